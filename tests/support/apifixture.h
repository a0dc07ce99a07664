#pragma once

#include "await.h"
#include "emulatorfixture.h"

#include "api/auth/oauthproviders.h"
#include "api/auth/secretstore.h"
#include "api/transport/cdfclient.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>

namespace fstudio::test {

// Waits for a Pending result (tests only).
template<typename T> typename api::Pending<T>::Result await(const api::Pending<T> &p, int timeoutMs = 30000)
{
    std::optional<typename api::Pending<T>::Result> out;
    QEventLoop loop;
    QObject ctx;
    p.then(&ctx, [&](const typename api::Pending<T>::Result &r) {
        out = r;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!out)
        loop.exec();
    if (!out) {
        qWarning("await: no answer within %d ms", timeoutMs);
        api::ApiError e;
        e.kind = api::ApiError::Kind::Timeout;
        e.message = QStringLiteral("test timed out waiting");
        return e;
    }
    return *out;
}

// An in-process emulator plus a CdfClient signed in with client credentials.
class ApiFixture : public EmulatorFixture
{
public:
    explicit ApiFixture(emulator::EmulatorConfig config = {}, bool manualClock = false)
        : EmulatorFixture(std::move(config), manualClock)
    {
        QVERIFY(http->signIn());
        secrets.write(QStringLiteral("test/client-secret"), QStringLiteral("emulator-secret"), nullptr, {});
        api::ConnectionConfig cc;
        cc.baseUrl = QUrl(server->baseUrl());
        cc.project = this->config.project;
        client = std::make_unique<api::CdfClient>(cc, nullptr);
        client->setRandomSource([] { return 0.0; }); // shortest backoff in tests
        provider = new api::ClientCredentialsProvider(client->network(), oauth(), &secrets, QStringLiteral("test/client-secret"), client.get());
        client->setTokenProvider(provider);
    }

    api::OAuthSettings oauth() const
    {
        api::OAuthSettings s;
        s.tokenUrl = QUrl(server->baseUrl() + QStringLiteral("/oauth2/token"));
        s.authorizeUrl = QUrl(server->baseUrl() + QStringLiteral("/oauth2/authorize"));
        s.deviceCodeUrl = QUrl(server->baseUrl() + QStringLiteral("/oauth2/devicecode"));
        s.clientId = QStringLiteral("functions-studio");
        s.scopes = {server->baseUrl() + QStringLiteral("/.default")};
        return s;
    }

    // Signs the client in with another provider (built on client->network(); owned by the caller).
    void rebuildClient(api::TokenProvider *tokens) { client->setTokenProvider(tokens); }

    api::MemorySecretStore secrets;
    std::unique_ptr<api::CdfClient> client;
    api::ClientCredentialsProvider *provider = nullptr;
};

} // namespace fstudio::test
