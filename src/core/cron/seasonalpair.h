#pragma once

#include "core/cron/simpleschedule.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace fstudio {

// CDF runs cron in UTC, so a schedule at 08:30 in a zone with daylight-saving time runs at 08:30
// for half the year and an hour off for the other half. This keeps the local time all year with
// two schedules: one for the months mostly in summer time, one for the months mostly in winter
// time, each at the UTC time that is 08:30 local then. What two crons cannot say (summer time
// starts and ends on some day inside a month) is named: the days on which the pair still runs an
// hour off.
struct SeasonalPair
{
    struct Part
    {
        QString cron; // UTC, its month field limited to `months`
        QList<int> months; // 1-12
        int utcOffsetSeconds = 0; // the zone's offset in these months
        bool summer = false;
    };
    Part summer;
    Part winter;
    QList<QPair<QDate, QDate>> offDays; // local dates (inclusive ranges) in the year from `from` with a run an hour off
    int offDayCount = 0;

    // For Daily, Weekly and Monthly schedules at a fixed local time in a zone that changes its
    // offset in the year from `from`; nothing otherwise (or when the halves cannot be written).
    static std::optional<SeasonalPair> make(const SimpleSchedule &schedule, const QDate &from);
    static QString monthList(const QList<int> &months); // "4-10", "1-3,11,12"
    // "29–31 Mar, 25–31 Oct" in the given language's short month names.
    QString offDaysText(const QLocale &locale) const;
};

} // namespace fstudio
