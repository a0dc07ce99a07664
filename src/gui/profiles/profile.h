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

    // Set by ProfileStore::load() when the settings hold something this version cannot use (an
    // unknown sign-in method, say): such a profile is listed but never connected.
    QString settingsProblem;

    bool isLocalEmulator() const { return method == Method::LocalEmulator; }
    // A person signs in (in the browser or with a device code), not a client with its secret.
    bool signsInAsUser() const { return method == Method::Interactive || method == Method::DeviceCode; }
    // The keychain key of a secret ("client-secret", "token", "refresh-token"). It names where the
    // secret may be sent (a fingerprint of the token URL and client id; for a static token, of the
    // CDF URL): when a profile's token URL, tenant, client id or cluster changes, the key changes,
    // so a stored secret can never travel to a place it was not saved for.
    QString secretKey(const char *what) const;
    // Where secretKey(what) may be sent, in words (for the fingerprint and for messages).
    QString secretDestination(const char *what) const;
    // The secret this profile's sign-in method reads or writes ("client-secret", "token",
    // "refresh-token"; nullptr for the local emulator).
    const char *secretInUse() const;
    static QList<const char *> secretKinds();
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
