#pragma once

#include "api/auth/oauthsettings.h"
#include "api/auth/secretstore.h"
#include "api/auth/tokenprovider.h"

#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace fstudio::api {

struct OAuthTokenResponse
{
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 3600;
};

// POSTs a form to a token endpoint and reads the OAuth answer (or its error/error_description).
void postTokenForm(QNetworkAccessManager *nam, const QUrl &url, const QList<std::pair<QString, QString>> &fields, QObject *context,
                   std::function<void(const OAuthTokenResponse &, const ApiError *, const QString &oauthError)> done);

// OAuth2 client credentials: the form body of docs/cdf-api-notes.md §1.3 (client_secret_post, no Basic header).
// The secret is read from the secret store under secretKey, or given directly.
class ClientCredentialsProvider final : public TokenProvider
{
    Q_OBJECT

public:
    ClientCredentialsProvider(QNetworkAccessManager *nam, OAuthSettings settings, SecretStore *store, QString secretKey, QObject *parent = nullptr);
    ClientCredentialsProvider(QNetworkAccessManager *nam, OAuthSettings settings, QString clientSecret, QObject *parent = nullptr);
    QString methodName() const override { return QStringLiteral("client credentials"); }
    const OAuthSettings &settings() const { return m_settings; }
    // The secret, once read (sessions for calls and schedules can use the same credentials).
    QString clientSecret() const { return m_secret; }

protected:
    void fetch(bool interactive) override;

private:
    void requestToken();
    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;
    SecretStore *m_store = nullptr;
    QString m_secretKey;
    QString m_secret;
};

// Shared by interactive and device-code sign-in: silent refresh with a stored refresh token,
// and the user-facing flow only when allowed.
class UserSignInProvider : public TokenProvider
{
    Q_OBJECT

public:
    UserSignInProvider(QNetworkAccessManager *nam, OAuthSettings settings, SecretStore *store, QString refreshTokenKey, QObject *parent = nullptr);
    const OAuthSettings &settings() const { return m_settings; }

protected:
    void fetch(bool interactive) override;
    virtual void startUserFlow() = 0;
    // Called by subclasses when the user flow produced tokens.
    void acceptTokens(const OAuthTokenResponse &t);
    void onSignOut() override;
    QNetworkAccessManager *m_nam;
    OAuthSettings m_settings;

private:
    void refreshWith(const QString &refreshToken, bool interactive);
    SecretStore *m_store;
    QString m_refreshKey;
};

// Authorization code + PKCE (S256) with a loopback redirect: opens the system browser via the
// openBrowser signal (the GUI connects it to QDesktopServices) and listens on 127.0.0.1.
class InteractiveProvider final : public UserSignInProvider
{
    Q_OBJECT

public:
    using UserSignInProvider::UserSignInProvider;
    ~InteractiveProvider() override;
    QString methodName() const override { return QStringLiteral("interactive sign-in"); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void openBrowser(const QUrl &url);

protected:
    void startUserFlow() override;

private:
    void onConnection();
    void handleCallback(QTcpSocket *socket, const QByteArray &requestLine);
    void stopListening();
    QTcpServer *m_server = nullptr;
    QString m_verifier;
    QString m_state;
    QString m_redirectUri;
    QTimer m_timeout;
    int m_timeoutMs = 5 * 60 * 1000;
};

// Device code: shows a code and a URL (userActionRequired), then polls the token endpoint.
class DeviceCodeProvider final : public UserSignInProvider
{
    Q_OBJECT

public:
    using UserSignInProvider::UserSignInProvider;
    QString methodName() const override { return QStringLiteral("device code"); }
    void cancel();

Q_SIGNALS:
    void userActionRequired(const QUrl &verificationUri, const QString &userCode, const QString &message);

protected:
    void startUserFlow() override;

private:
    void poll();
    QString m_deviceCode;
    int m_intervalMs = 5000;
    qint64 m_deadline = 0;
    QTimer m_pollTimer;
};

} // namespace fstudio::api
