#pragma once

#include "api/auth/noncesource.h"
#include "api/auth/secretstore.h"
#include "api/transport/cdfclient.h"

#include "core/rules/validator.h"
#include "core/wire/functionslimits.h"

#include <QPointer>
#include <QString>
#include <QUrl>

#include <optional>

namespace fstudio::gui {

// What a feature needs to know about the open project, as one value: the call panel, the
// schedule editor and the deploy wizard get it from ProjectSession::context() (or, for a
// promotion, from the target's connection) instead of each assembling their own.
struct ProjectContext
{
    QPointer<api::CdfClient> client; // the connection owns it: it may go away first
    QString name; // the CDF project
    QUrl server; // the client's base URL: input histories and code drift records are kept per server
    api::NonceSource credentials; // the profile's own, for call and schedule sessions
    std::optional<FunctionsLimits> limits; // once read
    qint64 callInputLimit = DefaultCallInputBytes; // call input and schedule data, in bytes
    api::SecretStore *secrets = nullptr; // the keychain (none: nothing is remembered)

    // The server and the call-input limit follow from the client (Validator::callInputLimitFor).
    static ProjectContext of(api::CdfClient *client, const QString &name, const api::NonceSource &credentials = {})
    {
        ProjectContext c;
        c.client = client;
        c.name = name;
        c.credentials = credentials;
        if (client) {
            c.server = client->config().baseUrl;
            c.callInputLimit = Validator::callInputLimitFor(c.server.host());
        }
        return c;
    }
};

} // namespace fstudio::gui
