#pragma once

#include "api/transport/apijob.h"

#include "core/wire/functionschedule.h"
#include "core/wire/schedulewrite.h"
#include "core/wire/session.h"
#include "core/wire/sessioncreate.h"

#include <QObject>

#include <functional>

namespace fstudio::api {

class CdfClient;

// Where the session for a call or a schedule comes from: the given client credentials, or an
// exchange of the signed-in user's token.
struct NonceSource
{
    QString clientId; // empty = token exchange
    QString clientSecret;

    static NonceSource tokenExchange() { return {}; }
    static NonceSource credentials(const QString &id, const QString &secret) { return NonceSource{id, secret}; }
    SessionCreate toSessionCreate() const
    {
        return clientId.isEmpty() ? SessionCreate::tokenExchange() : SessionCreate::clientCredentials(clientId, clientSecret);
    }
};

using NonceResult = Expected<QString, ApiError>;
// POST /sessions and hand back the nonce.
void requestNonce(CdfClient *client, const NonceSource &source, QObject *context, std::function<void(const NonceResult &)> done);

} // namespace fstudio::api
