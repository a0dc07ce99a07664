#include "core/cron/simpleschedule.h"

#include "core/cron/localtimecron.h"

namespace fstudio {

using namespace Qt::StringLiterals;

Expected<QString, SimpleSchedule::Problem> SimpleSchedule::toCron(const QDate &reference) const
{
    if (!zone.isValid())
        return Problem{u"the time zone is not known"_s};
    switch (kind) {
    case Kind::EveryMinutes:
        if (everyMinutes < 1 || everyMinutes > 59)
            return Problem{u"every %1 minutes: choose 1 to 59 minutes"_s.arg(everyMinutes)};
        return everyMinutes == 1 ? u"* * * * *"_s : u"*/%1 * * * *"_s.arg(everyMinutes);
    case Kind::Hourly: {
        if (minute < 0 || minute > 59)
            return Problem{u"minute %1 of the hour: choose 0 to 59"_s.arg(minute)};
        // Zones a half or quarter hour off UTC move the minute.
        const int offsetMinutes = zone.offsetFromUtc(QDateTime(reference, QTime(12, 0), zone)) / 60;
        const int utcMinute = ((minute - offsetMinutes) % 60 + 60) % 60;
        return u"%1 * * * *"_s.arg(utcMinute);
    }
    case Kind::Daily:
    case Kind::Weekly: {
        if (kind == Kind::Weekly && weekdays.isEmpty())
            return Problem{u"choose at least one weekday"_s};
        const auto cron = LocalTimeCron::toUtcCron(time, kind == Kind::Weekly ? weekdays : QList<int>(), zone, reference);
        if (!cron)
            return Problem{cron.error()};
        return cron->expression();
    }
    case Kind::Monthly: {
        if (dayOfMonth < 1 || dayOfMonth > 31)
            return Problem{u"day %1 of the month: choose 1 to 31"_s.arg(dayOfMonth)};
        const QDateTime local(QDate(reference.year(), reference.month(), 1).addDays(14), time, zone);
        const QDateTime utc = local.toUTC();
        const int shift = int(local.date().daysTo(utc.date()));
        const QString hm = u"%1 %2"_s.arg(utc.time().minute()).arg(utc.time().hour());
        if (shift == 0)
            return u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth);
        if (shift < 0) // the day before in UTC; before the 1st is the last day of the month before
            return dayOfMonth == 1 ? u"%1 L * *"_s.arg(hm) : u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth - 1);
        if (dayOfMonth == 31)
            return Problem{u"in this time zone day 31 at %1 is the 1st of the next month in UTC, which cron cannot say only after "
                           "31-day months; choose day 30 or the advanced mode"_s.arg(time.toString(u"HH:mm"_s))};
        return u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth + 1);
    }
    }
    return Problem{u"unknown kind of schedule"_s};
}

} // namespace fstudio
