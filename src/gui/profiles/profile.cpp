#include "gui/profiles/profile.h"

#include "api/auth/oauthsettings.h"
#include "api/transport/connectionconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QUrl>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// ProfileText::tr() in the context the catalogues use: lupdate reads Q_DECLARE_TR_FUNCTIONS, and the
// context matches at run time.
struct ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(Profile)
};

// https, or plain http on this machine only (secrets travel to these URLs).
bool isHttpUrl(const QString &s)
{
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty() && (u.scheme() == u"https"_s || (u.scheme() == u"http"_s && api::ConnectionConfig::isLoopback(u)));
}
} // namespace

QString Profile::methodName(Method m)
{
    switch (m) {
    case Method::ClientCredentials: return ProfileText::tr("Client credentials");
    case Method::Interactive: return ProfileText::tr("Interactive sign-in (browser)");
    case Method::DeviceCode: return ProfileText::tr("Device code");
    case Method::StaticToken: return ProfileText::tr("Token");
    case Method::LocalEmulator: return ProfileText::tr("Local emulator");
    }
    return {};
}

QString Profile::secretDestination(const char *what) const
{
    const QUrl cdf = api::ConnectionConfig::baseUrlFrom(cluster);
    if (qstrcmp(what, "token") == 0) // a static token goes to CDF itself
        return cdf.scheme() + u"://"_s + cdf.authority().toLower();
    const QUrl token =
        idp == IdentityProvider::EntraId ? api::OAuthSettings::entraId(tenant.trimmed(), cdf, clientId, false).tokenUrl : QUrl(tokenUrl.trimmed());
    return token.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString() + u" client "_s + clientId.trimmed();
}

QString Profile::secretKey(const char *what) const
{
    const QByteArray fingerprint = QCryptographicHash::hash(secretDestination(what).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return id + QLatin1Char('/') + QLatin1StringView(what) + QLatin1Char('@') + QString::fromLatin1(fingerprint);
}

const char *Profile::secretInUse() const
{
    switch (method) {
    case Method::ClientCredentials: return "client-secret";
    case Method::StaticToken: return "token";
    case Method::Interactive:
    case Method::DeviceCode: return "refresh-token";
    case Method::LocalEmulator: return nullptr;
    }
    return nullptr;
}

QList<const char *> Profile::secretKinds()
{
    return {"client-secret", "token", "refresh-token"};
}

Profile Profile::localEmulator()
{
    Profile p;
    p.id = u"local-emulator"_s;
    p.name = ProfileText::tr("Local emulator");
    p.project = u"playground"_s;
    p.method = Method::LocalEmulator;
    p.clientId = u"functions-studio"_s;
    return p;
}

QList<Profile::Problem> Profile::problems() const
{
    QList<Problem> out;
    if (name.trimmed().isEmpty())
        out << Problem{u"name"_s, ProfileText::tr("Give the profile a name.")};
    if (isLocalEmulator())
        return out;
    if (cluster.trimmed().isEmpty()) {
        out << Problem{u"cluster"_s, ProfileText::tr("Enter the CDF cluster (e.g. westeurope-1) or the full URL of the CDF API.")};
    } else {
        api::ConnectionConfig c;
        c.baseUrl = api::ConnectionConfig::baseUrlFrom(cluster);
        c.project = u"x"_s; // the project is checked on its own below
        if (const QString p = c.problem(); !p.isEmpty())
            out << Problem{u"cluster"_s, p};
    }
    if (project.trimmed().isEmpty())
        out << Problem{u"project"_s, ProfileText::tr("Enter the CDF project's URL name.")};
    else {
        api::ConnectionConfig c;
        c.baseUrl = QUrl(u"https://x.cognitedata.com"_s);
        c.project = project;
        if (const QString p = c.problem(); !p.isEmpty())
            out << Problem{u"project"_s, p};
    }
    if (method == Method::StaticToken)
        return out;
    if (clientId.trimmed().isEmpty())
        out << Problem{u"clientId"_s, ProfileText::tr("Enter the client id of the app registration.")};
    if (idp == IdentityProvider::EntraId) {
        if (tenant.trimmed().isEmpty())
            out << Problem{u"tenant"_s, ProfileText::tr("Enter the Entra ID tenant (its id or domain, e.g. contoso.onmicrosoft.com).")};
    } else {
        if (!isHttpUrl(tokenUrl))
            out << Problem{u"tokenUrl"_s, ProfileText::tr("Enter the https token URL of the identity provider, or discover it.")};
        if (method == Method::Interactive && !isHttpUrl(authorizeUrl))
            out << Problem{u"authorizeUrl"_s, ProfileText::tr("Interactive sign-in needs the authorization URL.")};
        if (method == Method::DeviceCode && !isHttpUrl(deviceCodeUrl))
            out << Problem{u"deviceCodeUrl"_s, ProfileText::tr("Device sign-in needs the device code URL.")};
        if (scopes.isEmpty())
            out << Problem{u"scopes"_s, ProfileText::tr("Enter the scopes to request (space separated).")};
    }
    return out;
}

} // namespace fstudio::gui
