#pragma once

#include "api/transport/apierror.h"
#include "api/transport/tokensource.h"

#include "core/util/expected.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace fstudio::api {

// Supplies bearer tokens. Concurrent requests for a token while one is being fetched share that
// fetch, so a burst of API calls never triggers a burst of token requests.
class TokenProvider : public TokenSource
{
    Q_OBJECT

public:
    static constexpr qint64 LeewayMs = 30 * 1000;
    static constexpr qint64 MaxLifetimeSeconds = 30LL * 24 * 3600;
    // A token lifetime as a server gave it (expires_in), bounded: at least a minute, at most 30
    // days (no arithmetic on it can overflow), 1 hour when missing or not a number.
    static qint64 boundedLifetime(qint64 expiresInSeconds);
    // A device-code polling interval in ms, from the server's seconds: 1 to 60 s, 5 s by default.
    static int boundedPollIntervalMs(double seconds);

    using NowFn = std::function<qint64()>;

    explicit TokenProvider(QObject *parent = nullptr);

    // A token valid for at least the leeway; fetched (silently: no browser) when needed.
    void token(QObject *context, Callback done, bool forceRefresh = false) override;
    // Interactive sign-in when the method needs one (browser, device code); silent otherwise.
    void signIn(QObject *context, Callback done);
    void signOut();

    bool hasValidToken() const;
    bool canRefresh() const override { return true; }
    virtual QString methodName() const = 0;
    int fetchCount() const { return m_fetchCount; }
    void setClock(NowFn now) { m_now = std::move(now); }

Q_SIGNALS:
    void tokenChanged();
    void signInFailed(const fstudio::api::ApiError &error);
    // The keychain would not keep what a sign-in stores there (a refresh token): the user signs in
    // again next time. The message is the keychain's, never the token.
    void keychainProblem(const QString &message);

protected:
    // Start getting a token; call finish() or fail() exactly once when done.
    virtual void fetch(bool interactive) = 0;
    void finish(const QString &accessToken, qint64 expiresInSeconds);
    void fail(const ApiError &error);
    qint64 now() const { return m_now ? m_now() : currentMs(); }
    static qint64 currentMs();
    virtual void onSignOut() { }

private:
    void request(QObject *context, Callback done, bool force, bool interactive);
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    QList<Waiter> m_waiters;
    bool m_fetching = false;
    QString m_token;
    qint64 m_expiresAt = 0;
    int m_fetchCount = 0;
    NowFn m_now;
};

// A fixed token (e.g. from a CDF_TOKEN). It cannot be refreshed.
class StaticTokenProvider final : public TokenProvider
{
    Q_OBJECT

public:
    explicit StaticTokenProvider(QString token, QObject *parent = nullptr);
    // Reads the token from a secret store when first needed.
    StaticTokenProvider(class SecretStore *store, QString key, QObject *parent = nullptr);
    bool canRefresh() const override { return false; }
    QString methodName() const override { return QStringLiteral("static token"); }

protected:
    void fetch(bool interactive) override;

private:
    QString m_value;
    class SecretStore *m_store = nullptr;
    QString m_key;
};

} // namespace fstudio::api
