#include "core/cron/seasonalpair.h"

#include "core/cron/cronexpression.h"
#include "core/cron/localtimecron.h"

#include <QLocale>
#include <QSet>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

QString SeasonalPair::monthList(const QList<int> &months)
{
    return LocalTimeCron::dayList(months); // the same ranges-and-commas form
}

QString SeasonalPair::offDaysText(const QLocale &locale) const
{
    QStringList parts;
    for (const auto &[first, last] : offDays) {
        if (first == last)
            parts << locale.toString(first, u"d MMM"_s);
        else if (first.month() == last.month())
            parts << u"%1–%2"_s.arg(first.day()).arg(locale.toString(last, u"d MMM"_s));
        else
            parts << u"%1 – %2"_s.arg(locale.toString(first, u"d MMM"_s), locale.toString(last, u"d MMM"_s));
    }
    return parts.join(u", "_s);
}

std::optional<SeasonalPair> SeasonalPair::make(const SimpleSchedule &schedule, const QDate &from)
{
    using Kind = SimpleSchedule::Kind;
    if (schedule.kind != Kind::Daily && schedule.kind != Kind::Weekly && schedule.kind != Kind::Monthly)
        return std::nullopt;
    if (!schedule.zone.isValid() || !from.isValid())
        return std::nullopt;
    // The zone's offset at the schedule's local time on every day of the coming year, and which
    // offset most days of each month have.
    constexpr int Days = 366;
    QHash<int, QHash<int, int>> perMonth; // month -> offset -> days
    QSet<int> offsets;
    QHash<int, QDate> referenceFor; // offset -> a day with it, mid-season
    for (int i = 0; i < Days; ++i) {
        const QDate d = from.addDays(i);
        const int offset = QDateTime(d, schedule.time, schedule.zone).offsetFromUtc();
        offsets << offset;
        ++perMonth[d.month()][offset];
        if (d.day() == 15)
            referenceFor.insert(offset, d);
    }
    if (offsets.size() != 2)
        return std::nullopt; // no daylight-saving time (or a zone that changed its rules this year)
    const int winterOffset = *std::min_element(offsets.cbegin(), offsets.cend());
    const int summerOffset = *std::max_element(offsets.cbegin(), offsets.cend());
    if (!referenceFor.contains(winterOffset) || !referenceFor.contains(summerOffset))
        return std::nullopt;
    SeasonalPair pair;
    pair.summer.summer = true;
    pair.summer.utcOffsetSeconds = summerOffset;
    pair.winter.utcOffsetSeconds = winterOffset;
    for (int m = 1; m <= 12; ++m) {
        const auto counts = perMonth.value(m);
        (counts.value(summerOffset) > counts.value(winterOffset) ? pair.summer.months : pair.winter.months) << m;
    }
    if (pair.summer.months.isEmpty() || pair.winter.months.isEmpty())
        return std::nullopt;
    for (Part *part : {&pair.summer, &pair.winter}) {
        const auto cron = schedule.toCron(referenceFor.value(part->utcOffsetSeconds));
        if (!cron)
            return std::nullopt;
        QStringList fields = cron->split(u' ');
        if (fields.size() != 5 || fields[3] != u"*"_s)
            return std::nullopt;
        fields[3] = monthList(part->months);
        part->cron = fields.join(u' ');
        if (!CronExpression::parse(part->cron))
            return std::nullopt;
    }
    // The days the pair runs an hour off: a run at another local time, or a day that should have
    // a run and has none at the right time (a UTC day shift across a month's edge).
    QSet<QDate> right;
    QSet<QDate> wrong;
    const QDateTime start(from, QTime(0, 0), schedule.zone);
    const QDateTime end = start.addDays(Days);
    for (const Part *part : {&pair.summer, &pair.winter}) {
        const auto cron = CronExpression::parse(part->cron);
        QDateTime t = start.toUTC().addSecs(-60);
        for (int n = 0; n < 2 * Days; ++n) {
            const auto next = cron->next(t);
            if (!next || *next >= end)
                break;
            const QDateTime local = next->toTimeZone(schedule.zone);
            (local.time() == schedule.time ? right : wrong) << local.date();
            t = *next;
        }
    }
    QList<QDate> off(wrong.cbegin(), wrong.cend());
    for (int i = 0; i < Days; ++i) {
        const QDate d = from.addDays(i);
        const bool due = schedule.kind == Kind::Daily || (schedule.kind == Kind::Weekly && schedule.weekdays.contains(d.dayOfWeek()))
            || (schedule.kind == Kind::Monthly && d.day() == schedule.dayOfMonth);
        if (due && !right.contains(d) && !wrong.contains(d))
            off << d;
    }
    std::sort(off.begin(), off.end());
    off.erase(std::unique(off.begin(), off.end()), off.end());
    pair.offDayCount = int(off.size());
    // Days a few apart (a weekly schedule's Mondays) read as one stretch.
    for (const QDate &d : std::as_const(off)) {
        if (!pair.offDays.isEmpty() && pair.offDays.last().second.daysTo(d) <= 7)
            pair.offDays.last().second = d;
        else
            pair.offDays.append({d, d});
    }
    return pair;
}

} // namespace fstudio
