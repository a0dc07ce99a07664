#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// A session as returned by POST /sessions (docs/cdf-api-notes.md §6.1); the nonce authorises one call or schedule.
struct Session
{
    qint64 id = 0;
    QString status; // READY, ACTIVE, CANCELLED, EXPIRED, REVOKED, ACCESS_LOST
    std::optional<QString> nonce;
    std::optional<QString> type; // CLIENT_CREDENTIALS, TOKEN_EXCHANGE, ONESHOT_TOKEN_EXCHANGE
    std::optional<QString> clientId;
    std::optional<qint64> creationTime;
    std::optional<qint64> expirationTime;

    QJsonObject toJson() const;
    static Decoded<Session> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace fstudio
