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

// Where the session for a call or a schedule comes from: the given client credentials, an
// exchange of the signed-in user's token (or a one-shot exchange, for identity providers without
// token exchange, as the Toolkit's `run function live` uses), or a nonce the user already has.
struct NonceSource
{
    QString clientId; // empty = token exchange
    QString clientSecret;
    bool oneShot = false; // oneshotTokenExchange: not refreshed, fine for one call
    QString nonce = {}; // given: used as it is, no session is made

    static NonceSource tokenExchange() { return {}; }
    static NonceSource oneShotTokenExchange() { return NonceSource{{}, {}, true}; }
    static NonceSource given(const QString &nonce) { return NonceSource{{}, {}, false, nonce}; }
    static NonceSource credentials(const QString &id, const QString &secret) { return NonceSource{id, secret}; }
    SessionCreate toSessionCreate() const
    {
        if (!clientId.isEmpty())
            return SessionCreate::clientCredentials(clientId, clientSecret);
        return oneShot ? SessionCreate{SessionCreate::Kind::OneshotTokenExchange, {}, {}} : SessionCreate::tokenExchange();
    }
};

using NonceResult = Expected<QString, ApiError>;
// POST /sessions and hand back the nonce.
void requestNonce(CdfClient *client, const NonceSource &source, QObject *context, std::function<void(const NonceResult &)> done);

} // namespace fstudio::api
