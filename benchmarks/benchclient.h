#pragma once
// The client the benchmarks use against a functions-emulator started with
// `--client-id functions-studio --client-secret emulator-secret` (benchmarks/run-benchmarks.sh).
#include "api/auth/oauthproviders.h"
#include "api/transport/cdfclient.h"

#include <QUrl>

namespace fstudio::bench {

struct Client
{
    explicit Client(const QString &baseUrl, const QString &project = QStringLiteral("playground"))
        : client(config(baseUrl, project), nullptr)
        , tokens(client.network(), oauth(baseUrl), QStringLiteral("emulator-secret"))
    {
        client.setTokenProvider(&tokens);
    }
    api::CdfClient client;
    api::ClientCredentialsProvider tokens;

private:
    static api::ConnectionConfig config(const QString &baseUrl, const QString &project)
    {
        api::ConnectionConfig cc;
        cc.baseUrl = QUrl(baseUrl);
        cc.project = project;
        return cc;
    }
    static api::OAuthSettings oauth(const QString &baseUrl)
    {
        api::OAuthSettings o;
        o.tokenUrl = QUrl(baseUrl + QStringLiteral("/oauth2/token"));
        o.clientId = QStringLiteral("functions-studio");
        o.scopes = {QStringLiteral("x")};
        return o;
    }
};

} // namespace fstudio::bench
