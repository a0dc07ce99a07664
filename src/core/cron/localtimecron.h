#pragma once

#include "core/cron/cronexpression.h"
#include "core/util/expected.h"

#include <QDate>
#include <QList>
#include <QTime>
#include <QTimeZone>

namespace fstudio {

// Authoring help for schedules that users think of in local time while CDF evaluates cron in UTC.
class LocalTimeCron
{
public:
    // "At localTime on these weekdays (Qt numbering 1=Mon..7=Sun; empty = every day) in zone"
    // as a UTC cron, using the zone's UTC offset on `reference`. Weekdays shift when the UTC
    // time falls on the previous or next day.
    static Expected<CronExpression, QString> toUtcCron(QTime localTime, QList<int> weekdays, const QTimeZone &zone, const QDate &reference);

    // A stretch of time during which the schedule's runs have one local offset.
    struct Segment
    {
        QDateTime from; // UTC, inclusive
        QDateTime to; // UTC, exclusive
        int utcOffsetSeconds = 0;
        std::optional<QTime> firstRunLocalTime; // local time of the first run in the stretch
    };
    struct DriftReport
    {
        bool drifts = false; // runs move by the DST difference in local time during the period
        QList<Segment> segments;
        QString summary; // one paragraph for the UI
    };
    // Looks at `days` days from `fromUtc` and reports where daylight-saving time moves the
    // local time of a UTC schedule.
    static DriftReport analyzeDrift(const CronExpression &cron, const QTimeZone &zone, const QDateTime &fromUtc, int days = 366);

    static QString offsetText(int seconds); // "UTC+02:00"
    // Sorted day numbers as a cron list, runs as ranges: {1,2,3,4,5} -> "1-5", {0,2,3,4,6} -> "0,2-4,6".
    static QString dayList(const QList<int> &sortedDays);
};

} // namespace fstudio
