#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fstudio::gui {

// A way to reach one CDF project. Only non-secret fields live here (and in QSettings); the client
// secret, static token and refresh token are in the keychain under secretKey(...).
struct Profile
{
    enum class Method { ClientCredentials, Interactive, DeviceCode, StaticToken, LocalEmulator };
    enum class IdentityProvider { EntraId, GenericOidc };

    QString id; // stable key, also used for keychain entries
    QString name; // shown in the profile switcher
    QString cluster; // "westeurope-1" or a full URL
    QString project;
    Method method = Method::ClientCredentials;
    IdentityProvider idp = IdentityProvider::EntraId;
    QString tenant; // Entra ID tenant id or domain
    QString tokenUrl; // generic OIDC
    QString authorizeUrl;
    QString deviceCodeUrl;
    QString clientId;
    QStringList scopes; // empty = the default for the IdP
    QString audience;

    bool isLocalEmulator() const { return method == Method::LocalEmulator; }
    QString secretKey(const char *what) const { return id + QLatin1Char('/') + QLatin1StringView(what); }
    static QString methodName(Method m);

    struct Problem
    {
        QString field; // objectName of the widget: "cluster", "project", "clientId", ...
        QString message;
    };
    // What must be fixed before this profile can be used (the secret is checked by the dialog).
    QList<Problem> problems() const;
    static Profile localEmulator();
};

} // namespace fstudio::gui
