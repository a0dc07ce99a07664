#pragma once

#include "emulatorfixture.h"

#include "gui/profiles/profile.h"
#include "gui/profiles/profilestore.h"

namespace fstudio::test {

// A client-credentials profile for the in-process emulator (GUI tests).
inline gui::Profile emulatorProfile(const EmulatorFixture &fx, const QString &clientId = QStringLiteral("functions-studio"))
{
    gui::Profile p;
    p.id = gui::ProfileStore::newId();
    p.name = QStringLiteral("Emulator via client credentials");
    p.cluster = fx.server->baseUrl();
    p.project = QStringLiteral("playground");
    p.method = gui::Profile::Method::ClientCredentials;
    p.idp = gui::Profile::IdentityProvider::GenericOidc;
    p.tokenUrl = fx.server->baseUrl() + QStringLiteral("/oauth2/token");
    p.clientId = clientId;
    p.scopes = {QStringLiteral("playground")};
    return p;
}

} // namespace fstudio::test
