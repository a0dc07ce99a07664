#pragma once

#include "emulator/emulatorconfig.h"
#include "emulator/emulatorstore.h"
#include "emulator/httpmessage.h"

#include <QHash>
#include <QJsonObject>
#include <QUrlQuery>

#include <functional>
#include <optional>

namespace fstudio::emulator {

// Who a request is from: its token's subject, client and capabilities.
struct Principal
{
    QString subject;
    QString clientId;
    QStringList capabilities;
};

// The emulator's sign-in, one of the classes around EmulatorStore: OAuth2 / OpenID endpoints
// (client credentials, authorization code + PKCE, refresh tokens, device code, discovery, token
// inspection), the approval code the local user types, and who a request is from. Its pending
// codes live here; tokens live in the store.
class EmulatorAuth
{
public:
    struct Links
    {
        std::function<qint64()> now; // the emulator's clock
        std::function<QString()> baseUrl; // where it listens
        std::function<QString(const HttpRequest &)> urlFor; // the address this client used
    };
    EmulatorAuth(const EmulatorConfig &config, EmulatorStore &store, Links links);

    HttpResponse openIdConfiguration(const HttpRequest &req) const;
    HttpResponse authorize(const HttpRequest &req);
    HttpResponse token(const HttpRequest &req);
    HttpResponse deviceCode(const HttpRequest &req);
    HttpResponse deviceApprove(const HttpRequest &req);
    HttpResponse tokenInspect(const HttpRequest &req);

    // The principal of a request's bearer token, or nullopt with the 401 to answer.
    std::optional<Principal> authenticate(const HttpRequest &req, HttpResponse *failure) const;
    static std::optional<HttpResponse> requireCapability(const Principal &who, const QString &capability);
    // An access token (and a refresh token) for the principal, as the token endpoint answers.
    QJsonObject issueTokens(const Principal &who, bool withRefresh, QString grant = {});
    const EmulatorClient *findClient(const QString &id) const;

    // The configured approval code, or a new one printed to stderr for the local user.
    void setUpApprovalCode();
    QString approvalCode() const { return m_approvalCode; }
    void purgeExpired(qint64 now); // authorization and device codes

private:
    std::optional<HttpResponse> refuseCrossSite(const HttpRequest &req) const;
    bool approved(const QUrlQuery &form, QString *why);
    HttpResponse approvalPage(int status, const QString &title, const QString &intro, const QString &action, const QString &extraFields = {},
                              const QString &problem = {}) const;

    const EmulatorConfig &m_config;
    EmulatorStore &m_store;
    Links m_links;
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        qint64 expires;
    };
    QHash<QString, AuthCode> m_authCodes;
    struct DeviceCode
    {
        QString userCode;
        QString clientId;
        bool approved = false;
        qint64 expires = 0;
        quint64 order = 0; // when it was asked for: the oldest gives way at the cap
    };
    quint64 m_deviceCodesMade = 0;
    QHash<QString, DeviceCode> m_deviceCodes;
    static constexpr int MaxPendingSignIns = 1000; // device codes waiting for approval; the oldest gives way
    static constexpr int WarnAfterWrongApprovals = 10; // the user is told on stderr every so many
    QString m_approvalCode;
    int m_wrongApprovals = 0;
};

} // namespace fstudio::emulator
