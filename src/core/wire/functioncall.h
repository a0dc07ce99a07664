#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"
#include "core/wire/statuses.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// What a server says about how a call ran, beyond CDF's call object: the local emulator writes it
// as "runInfo" (docs/cdf-api-notes.md §3.2); CDF does not, and the app shows it only when there.
struct CallRunInfo
{
    std::optional<qint64> maxMemoryBytes; // peak resident memory of the handler's process
    std::optional<bool> coldStart; // true: a new process imported the handler for this call
    friend bool operator==(const CallRunInfo &, const CallRunInfo &) = default;
};

// One call of a function (docs/cdf-api-notes.md §3.2).
struct FunctionCall
{
    qint64 id = 0;
    qint64 functionId = 0;
    qint64 startTime = 0;
    CallStatus status = CallStatus::Running;
    QString statusText;
    std::optional<qint64> endTime;
    std::optional<qint64> scheduledTime;
    std::optional<qint64> scheduleId;
    std::optional<ErrorDetail> error; // object {message, trace} or a plain string on the wire
    std::optional<CallRunInfo> runInfo;

    bool isScheduled() const { return scheduleId.has_value(); }
    std::optional<qint64> durationMs() const;

    QJsonObject toJson() const;
    static Decoded<FunctionCall> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const FunctionCall &, const FunctionCall &) = default;
};

} // namespace fstudio
