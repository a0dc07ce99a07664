#pragma once

#include "core/util/expected.h"

#include <QDate>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace fstudio {

// The schedule editor's simple mode: what users mean ("every day at 09:00 in Oslo") turned into
// the UTC cron CDF runs. Times are in `zone` and converted with its UTC offset on `reference`
// (LocalTimeCron reports when daylight-saving time moves the runs during the year).
struct SimpleSchedule
{
    enum class Kind { EveryMinutes, Hourly, Daily, Weekly, Monthly };
    Kind kind = Kind::Daily;
    int everyMinutes = 15; // EveryMinutes: 1-59
    int minute = 0; // Hourly: minute of the hour, local
    QTime time{9, 0}; // Daily, Weekly, Monthly: local time
    QList<int> weekdays; // Weekly: 1=Mon..7=Sun
    int dayOfMonth = 1; // Monthly: 1-31
    QTimeZone zone = QTimeZone::utc();

    struct Problem
    {
        QString message;
    };
    // The UTC cron, or why it cannot be written as one.
    Expected<QString, Problem> toCron(const QDate &reference) const;
    // The simple form of a UTC cron in `zone`, when it has one: the candidate read from the
    // expression's shape must turn back into exactly the same cron.
    static std::optional<SimpleSchedule> fromCron(const QString &cron, const QTimeZone &zone, const QDate &reference);
};

} // namespace fstudio
