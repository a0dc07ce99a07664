#pragma once

#include "core/util/expected.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace fstudio {

// Where and why a cron expression is invalid. position is the 1-based column in the text.
struct CronParseError
{
    QString field; // "minute", "hour", "day of month", "month", "day of week" or "expression"
    int position = 0;
    QString message;

    QString toString() const;
};

// A 5-field cron expression as CDF schedules use it, evaluated in UTC:
// minute hour day-of-month month day-of-week. Supports numbers, '*', ranges, steps, lists,
// month and weekday names (jan..dec, sun..sat), 7 = Sunday, and croniter's day rule: a day field
// is unrestricted only when its values cover the whole range; when both are restricted, a day
// matches if either matches (Vixie cron differs: it treats any field starting with '*' as
// unrestricted). tests/tst_cronoracle.cpp compares this engine with croniter itself.
// "a/n" means "a-max/n" (as Python's croniter reads it).
class CronExpression
{
public:
    enum Field { Minute, Hour, DayOfMonth, Month, DayOfWeek, FieldCount };
    static constexpr int LastDayOfMonth = 32; // "L" in the day-of-month field

    static Expected<CronExpression, CronParseError> parse(const QString &text);
    static QString fieldName(Field f);

    QString expression() const { return m_text; }
    // The first run strictly after `after` (any time spec; the result is UTC, whole minutes).
    // Never scans minute by minute. nullopt only if nothing matches within 50 years.
    std::optional<QDateTime> next(const QDateTime &after) const;
    QList<QDateTime> nextRuns(const QDateTime &after, int count) const;
    bool matches(const QDateTime &t) const;
    // In words, e.g. "Every 5 minutes", "At 08:30 on Monday and Friday" (English unless a translator is installed).
    QString describe() const;

    struct Item
    {
        int from = 0;
        int to = 0;
        int step = 1;
        bool star = false;
        bool single() const { return !star && from == to; }
    };

private:
    bool dayMatches(const QDate &d) const;
    bool has(Field f, int v) const { return (m_bits[f] >> v) & 1ULL; }
    int nextSet(Field f, int from) const; // -1 if none at or after from

    QString m_text;
    std::array<quint64, FieldCount> m_bits{};
    std::array<QList<Item>, FieldCount> m_items;
    bool m_domStar = false;
    bool m_dowStar = false;
};

} // namespace fstudio
