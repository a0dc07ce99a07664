#include "core/cron/localtimecron.h"

#include <QCoreApplication>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// CronText::tr(): the schedule texts share the context of cronexpression.cpp.
struct CronText
{
    Q_DECLARE_TR_FUNCTIONS(CronText)
};
} // namespace

QString LocalTimeCron::offsetText(int seconds)
{
    const int a = std::abs(seconds) / 60;
    return u"UTC%1%2:%3"_s.arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(a / 60, 2, 10, QLatin1Char('0'))
        .arg(a % 60, 2, 10, QLatin1Char('0'));
}

QString LocalTimeCron::dayList(const QList<int> &sortedDays)
{
    // Runs of three or more days as a range (1-5, not 1,2,3,4,5); pairs and single days as they are.
    QStringList parts;
    for (qsizetype i = 0; i < sortedDays.size();) {
        qsizetype j = i;
        while (j + 1 < sortedDays.size() && sortedDays[j + 1] == sortedDays[j] + 1)
            ++j;
        if (j - i >= 2)
            parts << u"%1-%2"_s.arg(sortedDays[i]).arg(sortedDays[j]);
        else
            for (qsizetype k = i; k <= j; ++k)
                parts << QString::number(sortedDays[k]);
        i = j + 1;
    }
    return parts.join(QLatin1Char(','));
}

Expected<CronExpression, QString> LocalTimeCron::toUtcCron(QTime localTime, QList<int> weekdays, const QTimeZone &zone, const QDate &reference)
{
    if (!zone.isValid())
        return CronText::tr("unknown time zone; choose an IANA zone such as Europe/Oslo");
    if (!localTime.isValid())
        return CronText::tr("invalid time of day");
    for (int d : weekdays)
        if (d < 1 || d > 7)
            return CronText::tr("weekday %1 is not 1 (Monday) to 7 (Sunday)").arg(d);
    const QDateTime local(reference, QTime(localTime.hour(), localTime.minute()), zone);
    const QDateTime utc = local.toUTC();
    const int dayShift = int(reference.daysTo(utc.date())); // -1, 0 or +1
    QString dow = u"*"_s;
    if (!weekdays.isEmpty() && weekdays.size() < 7) {
        QList<int> cronDays;
        for (int d : weekdays) {
            int shifted = ((d - 1 + dayShift) % 7 + 7) % 7 + 1; // 1..7, Qt numbering
            cronDays << shifted % 7; // cron: 0 = Sunday
        }
        std::sort(cronDays.begin(), cronDays.end());
        cronDays.erase(std::unique(cronDays.begin(), cronDays.end()), cronDays.end());
        dow = dayList(cronDays);
    }
    auto parsed = CronExpression::parse(u"%1 %2 * * %3"_s.arg(utc.time().minute()).arg(utc.time().hour()).arg(dow));
    if (!parsed)
        return parsed.error().toString();
    return *parsed;
}

LocalTimeCron::DriftReport LocalTimeCron::analyzeDrift(const CronExpression &cron, const QTimeZone &zone, const QDateTime &fromUtc, int days)
{
    DriftReport report;
    const QDateTime start = fromUtc.toUTC();
    const QDateTime end = start.addDays(days);
    QList<QDateTime> cuts{start};
    if (zone.hasTransitions()) {
        for (const auto &t : zone.transitions(start, end))
            if (t.atUtc > start && t.atUtc < end)
                cuts << t.atUtc.toUTC();
    }
    cuts << end;
    QList<int> offsetsWithRuns;
    for (int i = 0; i + 1 < cuts.size(); ++i) {
        Segment s;
        s.from = cuts[i];
        s.to = cuts[i + 1];
        s.utcOffsetSeconds = zone.offsetFromUtc(s.from);
        const auto run = cron.next(s.from.addSecs(-60));
        if (run && *run < s.to) {
            s.firstRunLocalTime = run->toTimeZone(zone).time();
            if (!offsetsWithRuns.contains(s.utcOffsetSeconds))
                offsetsWithRuns << s.utcOffsetSeconds;
        }
        report.segments << s;
    }
    report.drifts = offsetsWithRuns.size() > 1;
    const QString zoneName = QString::fromUtf8(zone.id());
    if (!report.drifts) {
        //: %1 is a time zone (e.g. "Europe/Oslo"), %2 its offset from UTC (e.g. "UTC+01:00").
        report.summary = CronText::tr("In %1 this schedule keeps the same local time for the whole period (%2).")
                             .arg(zoneName, offsetText(report.segments.value(0).utcOffsetSeconds));
        return report;
    }
    QStringList parts;
    for (const Segment &s : std::as_const(report.segments)) {
        if (!s.firstRunLocalTime)
            continue;
        //: One period of a schedule's drift, listed after "daylight-saving time moves this schedule by an hour:". %1 is a date, %2 a time of
        //: day, %3 an offset from UTC (e.g. "UTC+02:00").
        parts << CronText::tr("from %1 it runs at %2 local time (%3)")
                     .arg(s.from.toTimeZone(zone).date().toString(Qt::ISODate), s.firstRunLocalTime->toString(u"HH:mm"_s),
                          offsetText(s.utcOffsetSeconds));
    }
    //: %1 is a time zone (e.g. "Europe/Oslo"), %2 the periods, e.g. "from 2024-03-31 it runs at 09:00 local time (UTC+02:00); from ...".
    report.summary =
        CronText::tr("Cron runs in UTC, so in %1 daylight-saving time moves this schedule by an hour: %2.").arg(zoneName, parts.join(u"; "_s));
    return report;
}

} // namespace fstudio
