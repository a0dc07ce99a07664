#include "gui/profiles/projectconnection.h"

#include "api/auth/oauthproviders.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProjectConnection::ProjectConnection(const Profile &profile, api::SecretStore *secrets, const Emulator &emulator, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_emulatorSecret(emulator.clientSecret)
    , m_secrets(secrets)
{
    const QUrl &emulatorUrl = emulator.url;
    api::ConnectionConfig cc;
    cc.baseUrl = profile.isLocalEmulator() ? emulatorUrl : api::ConnectionConfig::baseUrlFrom(profile.cluster);
    cc.project = profile.project;
    m_client = std::make_unique<api::CdfClient>(cc, nullptr);
    m_problem = cc.problem();

    api::OAuthSettings s;
    if (profile.isLocalEmulator()) {
        s.tokenUrl = QUrl(emulatorUrl.toString() + u"/oauth2/token"_s);
        s.clientId = u"functions-studio"_s;
        s.scopes = {emulatorUrl.toString() + u"/.default"_s};
    } else if (profile.idp == Profile::IdentityProvider::EntraId) {
        s = api::OAuthSettings::entraId(profile.tenant, cc.baseUrl, profile.clientId, profile.signsInAsUser());
        if (!profile.scopes.isEmpty())
            s.scopes = profile.scopes;
    } else {
        s.tokenUrl = QUrl(profile.tokenUrl);
        s.authorizeUrl = QUrl(profile.authorizeUrl);
        s.deviceCodeUrl = QUrl(profile.deviceCodeUrl);
        s.clientId = profile.clientId;
        s.scopes = profile.scopes;
    }
    s.audience = profile.audience;

    api::TokenProvider *provider = nullptr;
    switch (profile.method) {
    case Profile::Method::LocalEmulator: provider = new api::ClientCredentialsProvider(m_client->network(), s, m_emulatorSecret, this); break;
    case Profile::Method::ClientCredentials:
        provider = new api::ClientCredentialsProvider(m_client->network(), s, secrets, profile.secretKey("client-secret"), this);
        break;
    case Profile::Method::Interactive: {
        auto *p = new api::InteractiveProvider(m_client->network(), s, secrets, profile.secretKey("refresh-token"), this);
        connect(p, &api::InteractiveProvider::openBrowser, this, &ProjectConnection::openBrowser);
        provider = p;
        break;
    }
    case Profile::Method::DeviceCode: {
        auto *p = new api::DeviceCodeProvider(m_client->network(), s, secrets, profile.secretKey("refresh-token"), this);
        connect(p, &api::DeviceCodeProvider::userActionRequired, this, &ProjectConnection::deviceCode);
        provider = p;
        break;
    }
    case Profile::Method::StaticToken: {
        provider = new api::StaticTokenProvider(secrets, profile.secretKey("token"), this);
        break;
    }
    }
    if (!profile.settingsProblem.isEmpty())
        m_problem = profile.settingsProblem;
    if (!provider) { // an enum value no case knows: never connect without a provider
        provider = new api::StaticTokenProvider(QString(), this);
        if (m_problem.isEmpty())
            m_problem = tr("The profile \"%1\" has no sign-in method this version knows. Edit the profile and choose one.").arg(profile.name);
    }
    m_tokens = provider;
    m_client->setTokenProvider(provider);
}

api::NonceSource ProjectConnection::nonceSource() const
{
    if (m_profile.isLocalEmulator())
        return api::NonceSource::credentials(u"functions-studio"_s, m_emulatorSecret);
    if (auto *cc = qobject_cast<api::ClientCredentialsProvider *>(m_tokens.data()); cc && !cc->clientSecret().isEmpty())
        return api::NonceSource::credentials(m_profile.clientId, cc->clientSecret());
    return api::NonceSource::tokenExchange();
}

} // namespace fstudio::gui
