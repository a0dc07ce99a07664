#include "api/auth/oauthproviders.h"

#include "api/transport/connectionconfig.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {

// OAuthText::tr(): sign-in messages, under the context "OAuth". Most are the message part of
// "Could not sign in: <message>".
struct OAuthText
{
    Q_DECLARE_TR_FUNCTIONS(OAuth)
};

ApiError authError(const QString &message, int status = 0)
{
    ApiError e;
    e.kind = ApiError::Kind::Auth;
    e.httpStatus = status;
    e.message = message;
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    e.what = OAuthText::tr("sign in");
    return e;
}

QString randomUrlSafe(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        raw[i] = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray formEncode(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

} // namespace

void postTokenForm(QNetworkAccessManager *nam, const QUrl &url, const QList<std::pair<QString, QString>> &fields, QObject *context,
                   std::function<void(const OAuthTokenResponse &, const ApiError *, const QString &)> done)
{
    if (url.scheme() != u"https"_s && !ConnectionConfig::isLoopback(url)) {
        // Never send a secret, code or refresh token over plain http to another machine.
        QTimer::singleShot(0, context, [done, url] {
            const ApiError e = authError(OAuthText::tr("the token URL %1 must use https").arg(url.toString()));
            done(OAuthTokenResponse{}, &e, QString());
        });
        return;
    }
    QNetworkRequest req(url);
    req.setRawHeader("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8");
    req.setRawHeader("Accept", "application/json");
    req.setTransferTimeout(30000);
    // The form holds the client secret, code or refresh token: it goes to this URL and nowhere else.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = nam->post(req, formEncode(fields));
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject o = QJsonDocument::fromJson(body).object();
        OAuthTokenResponse t;
        if (o.contains("error"_L1)) {
            const QString code = o.value("error"_L1).toString();
            const QString description = o.value("error_description"_L1).toString();
            ApiError e;
            if (description.isEmpty()) {
                //: %1 is the provider's error code, e.g. "invalid_client".
                e = authError(OAuthText::tr("the identity provider refused: %1").arg(code), status);
            } else {
                //: %1 is the provider's error code, e.g. "invalid_client"; %2 its description.
                e = authError(OAuthText::tr("the identity provider refused: %1 (%2)").arg(code, description), status);
            }
            done(t, &e, code);
            return;
        }
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            //: %1 is a host name, %2 the network error.
            ApiError e = authError(OAuthText::tr("cannot reach the token endpoint %1: %2").arg(reply->url().host(), reply->errorString()));
            e.kind = ApiError::Kind::Network;
            e.identityProviderHost = reply->url().host();
            done(t, &e, QString());
            return;
        }
        t.accessToken = o.value("access_token"_L1).toString();
        t.refreshToken = o.value("refresh_token"_L1).toString();
        const QJsonValue lifetime = o.value("expires_in"_L1); // a number, or a string of one (some providers)
        const double seconds = lifetime.isString() ? lifetime.toString().toDouble() : lifetime.toDouble(3600);
        t.expiresIn = TokenProvider::boundedLifetime(seconds > 0 ? qint64(std::min(seconds, 1e12)) : 0);
        if (t.accessToken.isEmpty()) {
            QString why;
            if (status >= 300 && status < 400)
                //: %1 is the host name the token endpoint pointed to.
                why = OAuthText::tr("the token endpoint redirected to %1, and a token request is never redirected: use the token URL it points to")
                          .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().host());
            else if (status >= 400)
                why = OAuthText::tr("the token endpoint answered HTTP %1").arg(status);
            else
                why = OAuthText::tr("the token endpoint's answer has no access_token");
            const ApiError e = authError(why, status);
            done(t, &e, QString());
            return;
        }
        done(t, nullptr, QString());
    });
}

// ---- client credentials

ClientCredentialsProvider::ClientCredentialsProvider(QNetworkAccessManager *nam, OAuthSettings settings, SecretStore *store, QString secretKey,
                                                     QObject *parent)
    : TokenProvider(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
    , m_store(store)
    , m_secretKey(std::move(secretKey))
{
}

ClientCredentialsProvider::ClientCredentialsProvider(QNetworkAccessManager *nam, OAuthSettings settings, QString clientSecret, QObject *parent)
    : TokenProvider(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
    , m_secret(std::move(clientSecret))
{
}

void ClientCredentialsProvider::fetch(bool)
{
    if (!m_secret.isEmpty() || !m_store) {
        requestToken();
        return;
    }
    QPointer<ClientCredentialsProvider> self(this);
    m_store->read(m_secretKey, this, [self](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.status != SecretStore::Status::Ok || r.value.isEmpty()) {
            if (r.status == SecretStore::Status::NotFound) {
                self->fail(authError(OAuthText::tr("no client secret is stored for this profile; enter it in the profile")));
            } else {
                //: %1 is the keychain's error.
                self->fail(authError(OAuthText::tr("cannot read the client secret from the keychain: %1").arg(r.message)));
            }
            return;
        }
        self->m_secret = r.value;
        self->requestToken();
    });
}

void ClientCredentialsProvider::requestToken()
{
    if (m_secret.isEmpty()) {
        fail(authError(OAuthText::tr("the client secret is empty")));
        return;
    }
    QList<std::pair<QString, QString>> form{{u"grant_type"_s, u"client_credentials"_s}, {u"client_secret"_s, m_secret}};
    if (!m_settings.audience.isEmpty())
        form.append({u"audience"_s, m_settings.audience});
    form.append({u"scope"_s, m_settings.scopes.join(QLatin1Char(' '))});
    form.append({u"client_id"_s, m_settings.clientId});
    postTokenForm(m_nam, m_settings.tokenUrl, form, this, [this](const OAuthTokenResponse &t, const ApiError *e, const QString &) {
        if (e)
            fail(*e);
        else
            finish(t.accessToken, t.expiresIn);
    });
}

// ---- user sign-in (shared)

UserSignInProvider::UserSignInProvider(QNetworkAccessManager *nam, OAuthSettings settings, SecretStore *store, QString refreshTokenKey,
                                       QObject *parent)
    : TokenProvider(parent)
    , m_nam(nam)
    , m_settings(std::move(settings))
    , m_store(store)
    , m_refreshKey(std::move(refreshTokenKey))
{
}

void UserSignInProvider::fetch(bool interactive)
{
    if (!m_store) {
        if (interactive)
            startUserFlow();
        else
            fail(authError(OAuthText::tr("sign in first")));
        return;
    }
    QPointer<UserSignInProvider> self(this);
    m_store->read(m_refreshKey, this, [self, interactive](const SecretStore::Result &r) {
        if (!self)
            return;
        if (r.status == SecretStore::Status::Ok && !r.value.isEmpty())
            self->refreshWith(r.value, interactive);
        else if (interactive)
            self->startUserFlow();
        else
            self->fail(authError(OAuthText::tr("you are not signed in (no refresh token is stored); sign in")));
    });
}

void UserSignInProvider::refreshWith(const QString &refreshToken, bool interactive)
{
    QList<std::pair<QString, QString>> form{{u"grant_type"_s, u"refresh_token"_s},
                                            {u"refresh_token"_s, refreshToken},
                                            {u"client_id"_s, m_settings.clientId},
                                            {u"scope"_s, m_settings.scopes.join(QLatin1Char(' '))}};
    postTokenForm(m_nam, m_settings.tokenUrl, form, this, [this, interactive](const OAuthTokenResponse &t, const ApiError *e, const QString &) {
        if (!e) {
            acceptTokens(t);
            return;
        }
        if (interactive)
            startUserFlow();
        else
            //: %1 is why the provider refused the stored sign-in.
            fail(authError(OAuthText::tr("the stored sign-in has expired (%1); sign in again").arg(e->message)));
    });
}

void UserSignInProvider::acceptTokens(const OAuthTokenResponse &t)
{
    if (m_store && !t.refreshToken.isEmpty())
        m_store->write(m_refreshKey, t.refreshToken, this, [this](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::Error || r.status == SecretStore::Status::Unavailable)
                Q_EMIT keychainProblem(r.message);
        });
    finish(t.accessToken, t.expiresIn);
}

void UserSignInProvider::onSignOut()
{
    if (m_store)
        m_store->remove(m_refreshKey, this, [this](const SecretStore::Result &r) {
            if (r.status == SecretStore::Status::Error)
                Q_EMIT keychainProblem(r.message);
        });
}

// ---- interactive: authorization code + PKCE

InteractiveProvider::~InteractiveProvider()
{
    stopListening();
}

void InteractiveProvider::stopListening()
{
    m_timeout.stop();
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
}

void InteractiveProvider::startUserFlow()
{
    if (const QString p = m_settings.problem(true, false); !p.isEmpty()) {
        fail(authError(p));
        return;
    }
    stopListening();
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, m_settings.redirectPort)) {
        const QString why = m_server->errorString();
        stopListening();
        //: %1 is a port number, %2 the system's error.
        fail(authError(
            OAuthText::tr("cannot listen on 127.0.0.1:%1 for the sign-in redirect: %2").arg(QString::number(m_settings.redirectPort), why)));
        return;
    }
    connect(m_server, &QTcpServer::newConnection, this, &InteractiveProvider::onConnection);
    m_verifier = randomUrlSafe(48);
    m_state = randomUrlSafe(16);
    m_redirectUri = u"http://127.0.0.1:%1/"_s.arg(m_server->serverPort());
    const QString challenge = QString::fromLatin1(QCryptographicHash::hash(m_verifier.toLatin1(), QCryptographicHash::Sha256)
                                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl url = m_settings.authorizeUrl;
    QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (!query.isEmpty())
        query += '&';
    query += formEncode({{u"response_type"_s, u"code"_s},
                         {u"client_id"_s, m_settings.clientId},
                         {u"redirect_uri"_s, m_redirectUri},
                         {u"scope"_s, m_settings.scopes.join(QLatin1Char(' '))},
                         {u"code_challenge"_s, challenge},
                         {u"code_challenge_method"_s, u"S256"_s},
                         {u"state"_s, m_state}});
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    m_timeout.setSingleShot(true);
    m_timeout.disconnect();
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        stopListening();
        fail(authError(OAuthText::tr("the sign-in in the browser did not finish within %1 minutes").arg(m_timeoutMs / 60000.0)));
    });
    m_timeout.start(m_timeoutMs);
    if (receivers(SIGNAL(openBrowser(QUrl))) == 0) {
        stopListening();
        fail(authError(OAuthText::tr("no browser is available to sign in; use the device code method instead")));
        return;
    }
    Q_EMIT openBrowser(url);
}

void InteractiveProvider::onConnection()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine();
            handleCallback(socket, line);
        });
    }
}

void InteractiveProvider::handleCallback(QTcpSocket *socket, const QByteArray &requestLine)
{
    // "GET /?code=...&state=... HTTP/1.1"
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl url(u"http://127.0.0.1"_s + QString::fromLatin1(parts.value(1)));
    const QUrlQuery q(url);
    // A page for the browser tab the sign-in ends in.
    auto reply = [socket](const QString &title, const QString &text) {
        const QByteArray body = "<!doctype html><html><body style=\"font-family:sans-serif\"><h2>" + title.toHtmlEscaped().toUtf8() + "</h2><p>"
            + text.toHtmlEscaped().toUtf8() + "</p></body></html>";
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nConnection: close\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        socket->disconnectFromHost();
    };
    if (!q.hasQueryItem(u"code"_s) && !q.hasQueryItem(u"error"_s)) {
        //: Shown in the browser during sign-in.
        reply(u"Functions Studio"_s, OAuthText::tr("Waiting for the sign-in to finish."));
        return; // e.g. a favicon request
    }
    if (q.queryItemValue(u"state"_s) != m_state) {
        //: The title of a page shown in the browser.
        reply(OAuthText::tr("Sign-in failed"),
              //: Shown in the browser.
              OAuthText::tr("The answer did not match this sign-in attempt. Start again from Functions Studio."));
        return;
    }
    stopListening();
    if (q.hasQueryItem(u"error"_s)) {
        //: The title of a page shown in the browser.
        reply(OAuthText::tr("Sign-in failed"),
              //: Shown in the browser.
              OAuthText::tr("You can close this tab and try again in Functions Studio."));
        fail(authError(OAuthText::tr("the identity provider refused: %1 (%2)")
                           .arg(q.queryItemValue(u"error"_s), q.queryItemValue(u"error_description"_s, QUrl::FullyDecoded))));
        return;
    }
    //: The title of a page shown in the browser.
    reply(OAuthText::tr("Signed in"),
          //: Shown in the browser.
          OAuthText::tr("You are signed in to Functions Studio. You can close this tab."));
    const QList<std::pair<QString, QString>> form{
        {u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, q.queryItemValue(u"code"_s, QUrl::FullyDecoded)},
        {u"redirect_uri"_s, m_redirectUri},         {u"client_id"_s, m_settings.clientId},
        {u"code_verifier"_s, m_verifier},           {u"scope"_s, m_settings.scopes.join(QLatin1Char(' '))}};
    postTokenForm(m_nam, m_settings.tokenUrl, form, this, [this](const OAuthTokenResponse &t, const ApiError *e, const QString &) {
        if (e)
            fail(*e);
        else
            acceptTokens(t);
    });
}

// ---- device code

void DeviceCodeProvider::startUserFlow()
{
    if (const QString p = m_settings.problem(false, true); !p.isEmpty()) {
        fail(authError(p));
        return;
    }
    QNetworkRequest req(m_settings.deviceCodeUrl);
    req.setRawHeader("Content-Type", "application/x-www-form-urlencoded");
    req.setTransferTimeout(30000);
    // Whoever answers chooses the address the user is sent to: only the device code URL may.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const QByteArray body = formEncode({{u"client_id"_s, m_settings.clientId}, {u"scope"_s, m_settings.scopes.join(QLatin1Char(' '))}});
    QNetworkReply *reply = m_nam->post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        m_deviceCode = o.value("device_code"_L1).toString();
        if (m_deviceCode.isEmpty()) {
            if (o.contains("error"_L1)) {
                fail(authError(OAuthText::tr("the identity provider refused: %1")
                                   .arg(o.value("error_description"_L1).toString(o.value("error"_L1).toString()))));
            } else {
                //: %1 is the network error.
                ApiError e = authError(OAuthText::tr("cannot start device sign-in: %1").arg(reply->errorString()));
                if (reply->error() != QNetworkReply::NoError && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0) {
                    e.kind = ApiError::Kind::Network;
                    e.identityProviderHost = reply->url().host();
                }
                fail(e);
            }
            return;
        }
        m_intervalMs = TokenProvider::boundedPollIntervalMs(o.value("interval"_L1).toDouble(5));
        m_deadline = now() + qint64(std::clamp(o.value("expires_in"_L1).toDouble(900), 60.0, 24.0 * 3600)) * 1000;
        const QUrl verify(o.value("verification_uri"_L1).toString(o.value("verification_url"_L1).toString()));
        Q_EMIT userActionRequired(
            verify, o.value("user_code"_L1).toString(),
            //: Device sign-in: %1 is a web address, %2 a short code to type there.
            o.value("message"_L1)
                .toString(OAuthText::tr("Open %1 and enter the code %2.").arg(verify.toString(), o.value("user_code"_L1).toString())));
        m_pollTimer.setSingleShot(true);
        m_pollTimer.disconnect();
        connect(&m_pollTimer, &QTimer::timeout, this, &DeviceCodeProvider::poll);
        m_pollTimer.start(m_intervalMs);
    });
}

void DeviceCodeProvider::poll()
{
    if (m_deviceCode.isEmpty())
        return;
    if (now() > m_deadline) {
        m_deviceCode.clear();
        fail(authError(OAuthText::tr("the device code expired before the sign-in was approved; start again")));
        return;
    }
    const QList<std::pair<QString, QString>> form{{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                                                  {u"device_code"_s, m_deviceCode},
                                                  {u"client_id"_s, m_settings.clientId}};
    postTokenForm(m_nam, m_settings.tokenUrl, form, this, [this](const OAuthTokenResponse &t, const ApiError *e, const QString &code) {
        if (m_deviceCode.isEmpty())
            return; // cancelled
        if (!e) {
            m_deviceCode.clear();
            acceptTokens(t);
            return;
        }
        if (code == u"authorization_pending"_s || code == u"slow_down"_s) {
            if (code == u"slow_down"_s)
                m_intervalMs += 5000;
            m_pollTimer.start(m_intervalMs);
            return;
        }
        m_deviceCode.clear();
        fail(*e);
    });
}

void DeviceCodeProvider::cancel()
{
    if (m_deviceCode.isEmpty())
        return;
    m_deviceCode.clear();
    m_pollTimer.stop();
    ApiError e = authError(OAuthText::tr("device sign-in was cancelled"));
    e.kind = ApiError::Kind::Cancelled;
    fail(e);
}

} // namespace fstudio::api
