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
    std::optional<QString> functionExternalId;
    TimeRange createdTime;
    std::optional<QString> cronExpression;
    int limit = 25;

    static constexpr int MaxLimit = 10000;

    QJsonObject toRequestBody() const;
    static Decoded<ScheduleFilter> fromRequestBody(const QJsonObject &body);
    bool matches(const FunctionSchedule &s) const;
    friend bool operator==(const ScheduleFilter &, const ScheduleFilter &) = default;
};

} // namespace fstudio
