#include "api/auth/tokenprovider.h"

#include "api/auth/secretstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <algorithm>

namespace fstudio::api {

namespace {
// TokenProviderText::tr(): under the context "TokenProvider".
struct TokenProviderText
{
    Q_DECLARE_TR_FUNCTIONS(TokenProvider)
};
} // namespace

TokenProvider::TokenProvider(QObject *parent)
    : TokenSource(parent)
{
}

qint64 TokenProvider::currentMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool TokenProvider::hasValidToken() const
{
    return !m_token.isEmpty() && m_expiresAt - now() > LeewayMs;
}

void TokenProvider::token(QObject *context, Callback done, bool forceRefresh)
{
    request(context, std::move(done), forceRefresh, false);
}

void TokenProvider::signIn(QObject *context, Callback done)
{
    request(context, std::move(done), true, true);
}

void TokenProvider::signOut()
{
    m_token.clear();
    m_expiresAt = 0;
    onSignOut();
    Q_EMIT tokenChanged();
}

void TokenProvider::request(QObject *context, Callback done, bool force, bool interactive)
{
    if (!force && hasValidToken()) {
        const QString t = m_token;
        QTimer::singleShot(0, context ? context : this, [done, t] { done(t); });
        return;
    }
    m_waiters.append(Waiter{context, context != nullptr, std::move(done)});
    if (m_fetching)
        return;
    m_fetching = true;
    ++m_fetchCount;
    fetch(interactive);
}

qint64 TokenProvider::boundedLifetime(qint64 expiresInSeconds)
{
    if (expiresInSeconds <= 0)
        return 3600;
    return std::clamp<qint64>(expiresInSeconds, 60, MaxLifetimeSeconds);
}

int TokenProvider::boundedPollIntervalMs(double seconds)
{
    if (!(seconds > 0)) // also NaN
        return 5000;
    return int(std::clamp(seconds, 1.0, 60.0) * 1000);
}

void TokenProvider::finish(const QString &accessToken, qint64 expiresInSeconds)
{
    m_token = accessToken;
    m_expiresAt = now() + boundedLifetime(expiresInSeconds) * 1000;
    m_fetching = false;
    const auto waiters = std::exchange(m_waiters, {});
    Q_EMIT tokenChanged();
    for (const Waiter &w : waiters)
        if (!w.hasContext || w.context)
            w.done(accessToken);
}

void TokenProvider::fail(const ApiError &error)
{
    m_fetching = false;
    const auto waiters = std::exchange(m_waiters, {});
    Q_EMIT signInFailed(error);
    for (const Waiter &w : waiters)
        if (!w.hasContext || w.context)
            w.done(error);
}

StaticTokenProvider::StaticTokenProvider(QString token, QObject *parent)
    : TokenProvider(parent)
    , m_value(std::move(token))
{
}

StaticTokenProvider::StaticTokenProvider(SecretStore *store, QString key, QObject *parent)
    : TokenProvider(parent)
    , m_store(store)
    , m_key(std::move(key))
{
}

void StaticTokenProvider::fetch(bool)
{
    if (m_value.isEmpty() && m_store) {
        QPointer<StaticTokenProvider> self(this);
        m_store->read(m_key, this, [self](const SecretStore::Result &r) {
            if (!self)
                return;
            if (r.status == SecretStore::Status::Ok && !r.value.isEmpty()) {
                self->m_value = r.value;
                self->finish(r.value, 365LL * 24 * 3600);
            } else {
                QString message;
                if (r.status == SecretStore::Status::NotFound) {
                    message = TokenProviderText::tr("no token is stored for this profile; enter it in the profile");
                } else {
                    //: %1 is the keychain's error.
                    message = TokenProviderText::tr("cannot read the token from the keychain: %1").arg(r.message);
                }
                //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                const QString what = TokenProviderText::tr("sign in");
                self->fail(ApiError{ApiError::Kind::Auth, 0, 0, message, {}, {}, {}, what});
            }
        });
        return;
    }
    QTimer::singleShot(0, this, [this] {
        if (m_value.isEmpty())
            fail(ApiError{
                ApiError::Kind::Auth, 0, 0, TokenProviderText::tr("no token is set for this profile"), {}, {}, {}, TokenProviderText::tr("sign in")});
        else
            finish(m_value, 365LL * 24 * 3600); // a static token's lifetime is unknown; CDF will say 401 when it ends
    });
}

} // namespace fstudio::api
