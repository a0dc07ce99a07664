#include "core/cron/simpleschedule.h"

#include "core/cron/cronexpression.h"
#include "core/cron/localtimecron.h"

#include <QCoreApplication>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// CronText::tr(): the schedule texts share the context of cronexpression.cpp.
struct CronText
{
    Q_DECLARE_TR_FUNCTIONS(CronText)
};
} // namespace

Expected<QString, SimpleSchedule::Problem> SimpleSchedule::toCron(const QDate &reference) const
{
    if (!zone.isValid())
        return Problem{CronText::tr("the time zone is not known")};
    switch (kind) {
    case Kind::EveryMinutes:
        if (everyMinutes < 1 || everyMinutes > 59)
            return Problem{CronText::tr("every %1 minutes: choose 1 to 59 minutes").arg(everyMinutes)};
        return everyMinutes == 1 ? u"* * * * *"_s : u"*/%1 * * * *"_s.arg(everyMinutes);
    case Kind::Hourly: {
        if (minute < 0 || minute > 59)
            return Problem{CronText::tr("minute %1 of the hour: choose 0 to 59").arg(minute)};
        // Zones a half or quarter hour off UTC move the minute.
        const int offsetMinutes = zone.offsetFromUtc(QDateTime(reference, QTime(12, 0), zone)) / 60;
        const int utcMinute = ((minute - offsetMinutes) % 60 + 60) % 60;
        return u"%1 * * * *"_s.arg(utcMinute);
    }
    case Kind::Daily:
    case Kind::Weekly: {
        if (kind == Kind::Weekly && weekdays.isEmpty())
            return Problem{CronText::tr("choose at least one weekday")};
        const auto cron = LocalTimeCron::toUtcCron(time, kind == Kind::Weekly ? weekdays : QList<int>(), zone, reference);
        if (!cron)
            return Problem{cron.error()};
        return cron->expression();
    }
    case Kind::Monthly: {
        if (dayOfMonth < 1 || dayOfMonth > 31)
            return Problem{CronText::tr("day %1 of the month: choose 1 to 31").arg(dayOfMonth)};
        const QDateTime local(QDate(reference.year(), reference.month(), 1).addDays(14), time, zone);
        const QDateTime utc = local.toUTC();
        const int shift = int(local.date().daysTo(utc.date()));
        // Half a year on, daylight-saving time may put the run on another UTC day: cron cannot follow.
        const QDateTime later(local.date().addMonths(6), time, zone);
        if (int(later.date().daysTo(later.toUTC().date())) != shift)
            //: %1 is a time of day, e.g. "01:30".
            return Problem{CronText::tr("at %1 in this time zone the run falls on another UTC day in summer than in winter, which one cron "
                                        "expression cannot say; choose another time or the advanced mode")
                               .arg(time.toString(u"HH:mm"_s))};
        // Near the end of the month the UTC day would miss (or add) runs in shorter months.
        if ((shift > 0 && dayOfMonth >= 28) || (shift < 0 && dayOfMonth >= 29))
            //: %1 is a day of the month, %2 a time of day, e.g. "01:30".
            return Problem{CronText::tr("day %1 at %2 in this time zone is another day in UTC, and near the end of the month that skips or adds runs "
                                        "in shorter months; choose an earlier day, another time, or the advanced mode")
                               .arg(dayOfMonth)
                               .arg(time.toString(u"HH:mm"_s))};
        const QString hm = u"%1 %2"_s.arg(utc.time().minute()).arg(utc.time().hour());
        if (shift == 0)
            return u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth);
        if (shift < 0) // the day before in UTC; before the 1st is the last day of the month before
            return dayOfMonth == 1 ? u"%1 L * *"_s.arg(hm) : u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth - 1);
        return u"%1 %2 * *"_s.arg(hm).arg(dayOfMonth + 1);
    }
    }
    return Problem{CronText::tr("unknown kind of schedule")};
}

std::optional<SimpleSchedule> SimpleSchedule::fromCron(const QString &cron, const QTimeZone &zone, const QDate &reference)
{
    const QStringList f = cron.simplified().split(u' ');
    if (f.size() != 5 || !zone.isValid())
        return std::nullopt;
    const auto number = [](const QString &s, int min, int max) -> std::optional<int> {
        bool ok = false;
        const int v = s.toInt(&ok);
        return ok && v >= min && v <= max ? std::optional<int>(v) : std::nullopt;
    };
    SimpleSchedule s;
    s.zone = zone;
    const bool anyDay = f[2] == u"*"_s && f[3] == u"*"_s;
    if (f[1] == u"*"_s && anyDay && f[4] == u"*"_s) {
        if (f[0] == u"*"_s) {
            s.kind = Kind::EveryMinutes;
            s.everyMinutes = 1;
        } else if (f[0].startsWith(u"*/"_s) && number(f[0].mid(2), 1, 59)) {
            s.kind = Kind::EveryMinutes;
            s.everyMinutes = *number(f[0].mid(2), 1, 59);
        } else if (const auto m = number(f[0], 0, 59)) {
            s.kind = Kind::Hourly;
            const int offsetMinutes = zone.offsetFromUtc(QDateTime(reference, QTime(12, 0), zone)) / 60;
            s.minute = ((*m + offsetMinutes) % 60 + 60) % 60;
        } else {
            return std::nullopt;
        }
    } else {
        const auto minute = number(f[0], 0, 59);
        const auto hour = number(f[1], 0, 23);
        if (!minute || !hour)
            return std::nullopt;
        // The local time of a run on the reference day.
        const QDateTime utc(reference, QTime(*hour, *minute), Qt::UTC);
        const QDateTime local = utc.toTimeZone(zone);
        s.time = local.time();
        const int dayShift = int(utc.date().daysTo(local.date())); // -1, 0 or +1
        if (anyDay && f[4] == u"*"_s) {
            s.kind = Kind::Daily;
        } else if (anyDay) {
            s.kind = Kind::Weekly;
            for (const QString &part : f[4].split(u',')) {
                // A day, or a range of days ("1-5").
                const QStringList range = part.split(u'-');
                const auto first = number(range.value(0), 0, 7);
                const auto last = range.size() == 2 ? number(range.value(1), 0, 7) : first;
                if (!first || !last || range.size() > 2 || *first > *last)
                    return std::nullopt;
                for (int day = *first; day <= *last; ++day) {
                    const int qtDay = day == 0 ? 7 : day; // cron 0/7 = Sunday = Qt 7
                    const int localDay = ((qtDay - 1 + dayShift + 7) % 7) + 1;
                    if (!s.weekdays.contains(localDay))
                        s.weekdays << localDay;
                }
            }
            std::sort(s.weekdays.begin(), s.weekdays.end());
        } else if (f[3] == u"*"_s && f[4] == u"*"_s) {
            s.kind = Kind::Monthly;
            if (f[2] == u"L"_s && dayShift == 1)
                s.dayOfMonth = 1;
            else if (const auto d = number(f[2], 1, 31))
                s.dayOfMonth = *d + dayShift;
            else
                return std::nullopt;
            if (s.dayOfMonth < 1 || s.dayOfMonth > 31)
                return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    // The candidate must make the same schedule again (the same runs: "1-3" and "1,2,3" are one).
    const auto back = s.toCron(reference);
    if (!back)
        return std::nullopt;
    if (*back != cron.simplified()) {
        const auto a = CronExpression::parse(*back);
        const auto b = CronExpression::parse(cron);
        const QDateTime from(reference, QTime(0, 0), Qt::UTC);
        if (!a || !b || a->nextRuns(from, 40) != b->nextRuns(from, 40))
            return std::nullopt;
    }
    return s;
}

} // namespace fstudio
