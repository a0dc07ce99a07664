#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>

namespace fstudio {

// One item of POST /sessions: client credentials, token exchange or one-shot token exchange.
struct SessionCreate
{
    enum class Kind { ClientCredentials, TokenExchange, OneshotTokenExchange };
    Kind kind = Kind::TokenExchange;
    QString clientId;
    QString clientSecret;

    static SessionCreate clientCredentials(const QString &id, const QString &secret);
    static SessionCreate tokenExchange();
    QJsonObject toRequestBody() const; // {"items": [ ... ]}
    static Decoded<SessionCreate> fromRequestBody(const QJsonObject &body);
};

} // namespace fstudio
