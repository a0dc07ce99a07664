#pragma once

#include "api/transport/apierror.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QObject;

namespace fstudio::api {

// Where and how to get tokens: an Entra ID tenant, or any OIDC provider by explicit URLs or
// discovery. The client secret is not here: it lives in the SecretStore.
struct OAuthSettings
{
    QUrl tokenUrl;
    QUrl authorizeUrl;
    QUrl deviceCodeUrl;
    QString clientId;
    QStringList scopes;
    QString audience; // extra form field for some IdPs (e.g. Auth0)
    quint16 redirectPort = 0; // interactive sign-in: 0 = any free loopback port

    // Entra ID: https://login.microsoftonline.com/{tenant}/oauth2/v2.0/{authorize,token,devicecode},
    // scope https://{cluster}.cognitedata.com/.default (+ offline_access for user sign-in).
    // Why an issuer cannot be used for discovery (not a URL; plain http off this machine), or empty.
    static QString discoveryProblem(const QUrl &issuer);
    static OAuthSettings entraId(const QString &tenant, const QUrl &cdfBaseUrl, const QString &clientId, bool userSignIn);
    // Reads {issuer}/.well-known/openid-configuration and fills the endpoint URLs.
    static void discover(QNetworkAccessManager *nam, const QUrl &issuer, QObject *context,
                         std::function<void(const OAuthSettings &, const ApiError *)> done);
    QString problem(bool needsAuthorize, bool needsDevice) const;
};

} // namespace fstudio::api
