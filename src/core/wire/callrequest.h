#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>

namespace fstudio {

// The body of POST /functions/{id}/call: {"data": {...}, "nonce": "..."} (docs/cdf-api-notes.md §2.6).
struct CallRequest
{
    QJsonObject data;
    QString nonce;

    QJsonObject toJson() const;
    static Decoded<CallRequest> fromJson(const QJsonObject &body);
    friend bool operator==(const CallRequest &, const CallRequest &) = default;
};

} // namespace fstudio
