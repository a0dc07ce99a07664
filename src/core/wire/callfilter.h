#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/functioncall.h"
#include "core/wire/timerange.h"

namespace fstudio {

// The body of POST /functions/{id}/calls/list: filter, page size and cursor (docs/cdf-api-notes.md §2.7).
struct CallFilter
{
    std::optional<CallStatus> status;
    std::optional<qint64> scheduleId;
    TimeRange startTime;
    TimeRange endTime;
    int limit = 25;
    std::optional<QString> cursor;

    static constexpr int MaxLimit = 10000;

    bool hasFilter() const { return status || scheduleId || !startTime.isEmpty() || !endTime.isEmpty(); }
    // "filter" only when non-empty, "cursor" only when set, as the SDK sends it.
    QJsonObject toRequestBody() const;
    static Decoded<CallFilter> fromRequestBody(const QJsonObject &body);
    bool matches(const FunctionCall &c) const;
    friend bool operator==(const CallFilter &, const CallFilter &) = default;
};

} // namespace fstudio
