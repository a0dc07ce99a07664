#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/functionschedule.h"
#include "core/wire/timerange.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// The body of POST /functions/schedules/list (docs/cdf-api-notes.md §2.12).
struct ScheduleFilter
{
    std::optional<QString> name;
    std::optional<qint64> functionId;
    // The schedules of the function that has this external id now (as CDF resolves it: by the
    // function, not by a copy on the schedule). matches() takes that function's id.
    std::optional<QString> functionExternalId;
    TimeRange createdTime;
    std::optional<QString> cronExpression;
    int limit = 25;

    static constexpr int MaxLimit = 10000;

    QJsonObject toRequestBody() const;
    static Decoded<ScheduleFilter> fromRequestBody(const QJsonObject &body);
    // `functionOfExternalId`: the id of the function functionExternalId names (none: no such function).
    bool matches(const FunctionSchedule &s, std::optional<qint64> functionOfExternalId = std::nullopt) const;
    friend bool operator==(const ScheduleFilter &, const ScheduleFilter &) = default;
};

} // namespace fstudio
