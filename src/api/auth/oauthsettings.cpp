#include "api/auth/oauthsettings.h"

#include "api/transport/connectionconfig.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// OAuthSettingsText::tr(): what is wrong with a profile's sign-in settings, under the context "OAuthSettings".
struct OAuthSettingsText
{
    Q_DECLARE_TR_FUNCTIONS(OAuthSettings)
};
} // namespace

OAuthSettings OAuthSettings::entraId(const QString &tenant, const QUrl &cdfBaseUrl, const QString &clientId, bool userSignIn)
{
    OAuthSettings s;
    const QString base = u"https://login.microsoftonline.com/%1/oauth2/v2.0/"_s.arg(tenant);
    s.tokenUrl = QUrl(base + u"token"_s);
    s.authorizeUrl = QUrl(base + u"authorize"_s);
    s.deviceCodeUrl = QUrl(base + u"devicecode"_s);
    s.clientId = clientId;
    s.scopes = {u"%1://%2/.default"_s.arg(cdfBaseUrl.scheme(), cdfBaseUrl.authority())};
    if (userSignIn)
        s.scopes << u"offline_access"_s;
    return s;
}

void OAuthSettings::discover(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                             std::function<void(const OAuthSettings &, const ApiError *)> done)
{
    QString s = issuer.toString();
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    const QUrl url(s + u"/.well-known/openid-configuration"_s);
    // The document says where secrets go: read it over https only (plain http on this machine).
    if (const QString problem = discoveryProblem(issuer); !problem.isEmpty()) {
        QTimer::singleShot(0, context, [done, problem] {
            //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
            const QString what = OAuthSettingsText::tr("read the OpenID configuration");
            ApiError e{ApiError::Kind::Config, 0, 0, problem, {}, {}, {}, what};
            done(OAuthSettings{}, &e);
        });
        return;
    }
    QNetworkRequest req(url);
    req.setTransferTimeout(15000);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy); // never to another host or scheme
    QNetworkReply *reply = nam->get(req);
    constexpr qint64 MaxDocumentBytes = 1024 * 1024; // real ones are a few kB
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDocumentBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        OAuthSettings out;
        const QJsonObject o = QJsonDocument::fromJson(reply->read(MaxDocumentBytes)).object();
        if (reply->error() != QNetworkReply::NoError || o.isEmpty()) {
            ApiError e{ApiError::Kind::Network,
                       reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                       0,
                       reply->error() != QNetworkReply::NoError ? reply->errorString() : OAuthSettingsText::tr("the discovery document is not JSON"),
                       {},
                       {},
                       {},
                       //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1."); %1 is a web address.
                       OAuthSettingsText::tr("read the OpenID configuration at %1").arg(reply->url().toString())};
            done(out, &e);
            return;
        }
        out.tokenUrl = QUrl(o.value("token_endpoint"_L1).toString());
        out.authorizeUrl = QUrl(o.value("authorization_endpoint"_L1).toString());
        out.deviceCodeUrl = QUrl(o.value("device_authorization_endpoint"_L1).toString());
        done(out, nullptr);
    });
}

QString OAuthSettings::discoveryProblem(const QUrl &issuer)
{
    if (!issuer.isValid() || issuer.host().isEmpty() || (issuer.scheme() != u"https"_s && issuer.scheme() != u"http"_s))
        return OAuthSettingsText::tr(
                   "\"%1\" is not an issuer URL: enter the https address of the identity provider (e.g. https://login.example.com/realms/cdf).")
            .arg(issuer.toString());
    if (issuer.scheme() != u"https"_s && !ConnectionConfig::isLoopback(issuer))
        return OAuthSettingsText::tr(
            "OpenID discovery over plain http is refused: the document says where secrets are sent, so it must come over https "
            "(plain http is only allowed for 127.0.0.1 or localhost).");
    return {};
}

QString OAuthSettings::problem(bool needsAuthorize, bool needsDevice) const
{
    if (clientId.isEmpty())
        return OAuthSettingsText::tr("The client id is missing.");
    // Secrets and codes travel to these URLs: https only, except on this machine.
    for (const QUrl &u : {tokenUrl, authorizeUrl, deviceCodeUrl})
        if (u.isValid() && !u.host().isEmpty() && u.scheme() != u"https"_s && !ConnectionConfig::isLoopback(u))
            //: %1 is a web address.
            return OAuthSettingsText::tr("%1 must use https (plain http is only allowed for 127.0.0.1 or localhost).").arg(u.toString());
    if (!tokenUrl.isValid() || tokenUrl.host().isEmpty())
        return OAuthSettingsText::tr("The token URL is missing or not valid.");
    if (needsAuthorize && (!authorizeUrl.isValid() || authorizeUrl.host().isEmpty()))
        return OAuthSettingsText::tr("The authorization URL is missing; interactive sign-in needs it.");
    if (needsDevice && (!deviceCodeUrl.isValid() || deviceCodeUrl.host().isEmpty()))
        return OAuthSettingsText::tr("The device code URL is missing; device sign-in needs it.");
    return {};
}

} // namespace fstudio::api
