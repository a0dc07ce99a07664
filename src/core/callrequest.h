#pragma once

#include "decodeerror.h"

#include <QJsonObject>

namespace fstudio {

// The body of POST /functions/{id}/call: {"data": {...}, "nonce": "..."} (contract §2.6).
struct CallRequest
{
    QJsonObject data;
    QString nonce;

    QJsonObject toJson() const;
    static Decoded<CallRequest> fromJson(const QJsonObject &body);
    friend bool operator==(const CallRequest &, const CallRequest &) = default;
};

// GET /functions/{id}/calls/{callId}/response: {"callId", "functionId", "response"}.
struct CallResponse
{
    qint64 callId = 0;
    qint64 functionId = 0;
    QJsonValue response; // any JSON value; Undefined when the key is absent

    QJsonObject toJson() const;
    static Decoded<CallResponse> fromJson(const QJsonValue &v);
    friend bool operator==(const CallResponse &, const CallResponse &) = default;
};

// One line a call printed: {"timestamp": ms, "message": "..."}; timestamp is optional.
struct LogEntry
{
    std::optional<qint64> timestamp;
    QString message;

    QJsonObject toJson() const;
    static Decoded<LogEntry> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

} // namespace fstudio
