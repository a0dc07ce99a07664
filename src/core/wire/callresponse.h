#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace fstudio {

// GET /functions/{id}/calls/{callId}/response: {"callId", "functionId", "response"}.
struct CallResponse
{
    qint64 callId = 0;
    qint64 functionId = 0;
    QJsonValue response; // any JSON value; Undefined when the key is absent
    QByteArray responseText = {}; // the same value as the server wrote it (keys in their order); set by CallsService::response

    QJsonObject toJson() const;
    static Decoded<CallResponse> fromJson(const QJsonValue &v);
    friend bool operator==(const CallResponse &, const CallResponse &) = default;
};

} // namespace fstudio
