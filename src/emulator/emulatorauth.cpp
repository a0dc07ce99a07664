// OAuth2 / OpenID endpoints of the emulator: client credentials, authorization code + PKCE,
// refresh tokens, device code, discovery, and token inspection.
#include "emulator/emulatorauth.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

#include <cstdio>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {

QString randomToken(const char *prefix, int bytes = 32)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QLatin1StringView(prefix) + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString userCode()
{
    static const char alphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    QString s;
    for (int i = 0; i < 8; ++i) {
        if (i == 4)
            s += QLatin1Char('-');
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(20)]);
    }
    return s;
}

bool isLoopbackRedirect(const QUrl &u)
{
    return u.isValid() && u.scheme() == u"http"_s
        && (u.host() == u"127.0.0.1"_s || u.host() == u"localhost"_s || u.host() == u"[::1]"_s || u.host() == u"::1"_s);
}

// Compares without leaking, through timing, how much of a secret was right.
bool sameSecret(const QString &a, const QString &b)
{
    const QByteArray x = a.toUtf8(), y = b.toUtf8();
    unsigned diff = unsigned(x.size() ^ y.size());
    for (qsizetype i = 0; i < std::max(x.size(), y.size()); ++i)
        diff |= unsigned(uchar(i < x.size() ? x.at(i) : 0) ^ uchar(i < y.size() ? y.at(i) : 0));
    return diff == 0 && !a.isEmpty();
}

QByteArray page(const QString &title, const QString &body)
{
    return u"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
           "<style>body{font-family:sans-serif;max-width:36em;margin:3em auto}input{font-size:1.2em}</style></head>"
           "<body><h1>%1</h1>%2</body></html>"_s.arg(title.toHtmlEscaped(), body)
               .toUtf8();
}

// 12 characters of a 32-letter alphabet without look-alikes: 60 bits, far beyond guessing.
QString newApprovalCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";
    QString s;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            s += QLatin1Char('-');
        s += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return s;
}

// As typed: case, spaces and dashes do not matter.
QString normalisedCode(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

} // namespace

EmulatorAuth::EmulatorAuth(const EmulatorConfig &config, EmulatorStore &store, Links links)
    : m_config(config)
    , m_store(store)
    , m_links(std::move(links))
{
}

void EmulatorAuth::purgeExpired(qint64 now)
{
    for (auto it = m_authCodes.begin(); it != m_authCodes.end();)
        it = it->expires < now ? m_authCodes.erase(it) : std::next(it);
    for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end();)
        it = it->expires < now ? m_deviceCodes.erase(it) : std::next(it);
}

void EmulatorAuth::setUpApprovalCode()
{
    m_approvalCode = m_config.approvalCode;
    if (!m_approvalCode.isEmpty())
        return;
    m_approvalCode = newApprovalCode();
    // Only the person at this machine sees the emulator's output: that is what makes typing the
    // code a deliberate act of the local user.
    std::fprintf(stderr, "functions-emulator: sign-in: interactive and device-code sign-ins are approved with the code %s\n",
                 m_approvalCode.toLocal8Bit().constData());
}

// A browser sign-in (authorization code or device code) needs the local user's approval: the
// approval code the emulator printed. It is long enough that guessing is hopeless; wrong codes
// are still counted, and the user is told when they pile up.
bool EmulatorAuth::approved(const QUrlQuery &form, QString *why)
{
    const QString code = normalisedCode(form.queryItemValue(u"approval_code"_s, QUrl::FullyDecoded).left(100));
    if (!code.isEmpty() && sameSecret(code, normalisedCode(m_approvalCode)))
        return true;
    if (code.isEmpty()) {
        *why = u"Enter the approval code that functions-emulator printed when it started."_s;
        return false;
    }
    *why = u"That approval code is wrong. Use the code functions-emulator printed when it started."_s;
    if (++m_wrongApprovals % WarnAfterWrongApprovals == 0)
        std::fprintf(stderr,
                     "functions-emulator: %d wrong approval codes so far. If you did not type them, something on this machine is trying to "
                     "sign in.\n",
                     m_wrongApprovals);
    return false;
}

HttpResponse EmulatorAuth::approvalPage(int status, const QString &title, const QString &intro, const QString &action, const QString &extraFields,
                                        const QString &problem) const
{
    QString body = u"<p>%1</p>"_s.arg(intro.toHtmlEscaped());
    if (!problem.isEmpty())
        body += u"<p style=\"color:#b00020\"><b>%1</b></p>"_s.arg(problem.toHtmlEscaped());
    body += u"<form method=\"post\" action=\"%1\">%2"
            "<p><label>Approval code (printed by functions-emulator at start):<br><input name=\"approval_code\" autocomplete=\"off\" "
            "autofocus></label></p>"
            "<p><button type=\"submit\">Approve sign-in</button></p></form>"
            "<p>Did you not start this sign-in? Close this page.</p>"_s.arg(action.toHtmlEscaped(), extraFields);
    return HttpResponse{status, {{"Cache-Control", "no-store"}, {"X-Frame-Options", "DENY"}}, page(title, body), "text/html; charset=utf-8"};
}

const EmulatorClient *EmulatorAuth::findClient(const QString &id) const
{
    for (const EmulatorClient &c : m_config.clients)
        if (c.clientId == id)
            return &c;
    return nullptr;
}

QJsonObject EmulatorAuth::issueTokens(const Principal &who, bool withRefresh, QString grant)
{
    // A sign-in that gives a refresh token is a grant: its refreshes keep it, and reusing a
    // rotated refresh token ends every token of it (RFC 9700 §4.14.2).
    if (withRefresh && grant.isEmpty())
        grant = randomToken("emu_grant_");
    const QString access = randomToken("emu_at_");
    m_store.putToken(access, {u"access"_s, who.subject, who.clientId, m_links.now() + m_config.tokenTtlSeconds * 1000, who.capabilities, grant});
    QJsonObject out{{"access_token"_L1, access},
                    {"token_type"_L1, u"Bearer"_s},
                    {"expires_in"_L1, m_config.tokenTtlSeconds},
                    {"scope"_L1, u"%1/.default"_s.arg(m_links.baseUrl())}};
    if (withRefresh) {
        const QString refresh = randomToken("emu_rt_");
        m_store.putToken(refresh, {u"refresh"_s, who.subject, who.clientId, m_links.now() + 90LL * 24 * 3600 * 1000, who.capabilities, grant});
        out.insert("refresh_token"_L1, refresh);
    }
    return out;
}

HttpResponse EmulatorAuth::openIdConfiguration(const HttpRequest &req) const
{
    const QString b = m_links.urlFor(req);
    return HttpResponse::json(
        200,
        QJsonObject{
            {"issuer"_L1, b},
            {"authorization_endpoint"_L1, QString(b + u"/oauth2/authorize"_s)},
            {"token_endpoint"_L1, QString(b + u"/oauth2/token"_s)},
            {"device_authorization_endpoint"_L1, QString(b + u"/oauth2/devicecode"_s)},
            {"grant_types_supported"_L1,
             QJsonArray{u"client_credentials"_s, u"authorization_code"_s, u"refresh_token"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}},
            {"code_challenge_methods_supported"_L1, QJsonArray{u"S256"_s}},
            {"response_types_supported"_L1, QJsonArray{u"code"_s}},
            {"token_endpoint_auth_methods_supported"_L1, QJsonArray{u"client_secret_post"_s, u"none"_s}},
        });
}

// A sign-in request a web page sent from another site (through the user's browser) is refused:
// the browser says so with Sec-Fetch-Site, or names the page's origin. Programs send neither; the
// emulator's own approval pages are same-origin.
std::optional<HttpResponse> EmulatorAuth::refuseCrossSite(const HttpRequest &req) const
{
    const QByteArray site = req.header("sec-fetch-site").trimmed().toLower();
    const QByteArray origin = req.header("origin").trimmed();
    const bool foreignOrigin = !origin.isEmpty() && QString::fromLatin1(origin) != m_links.urlFor(req);
    if (site == "cross-site" || foreignOrigin)
        return HttpResponse::oauthError(
            403, u"invalid_request"_s,
            u"sign-in requests from another web site are refused (Origin %1)"_s.arg(QString::fromLatin1(origin.left(100))));
    return std::nullopt;
}

HttpResponse EmulatorAuth::authorize(const HttpRequest &req)
{
    if (req.method == "POST")
        if (auto refused = refuseCrossSite(req))
            return *refused;
    const QUrlQuery &q = req.query;
    const QUrl redirect(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    if (!isLoopbackRedirect(redirect))
        return HttpResponse::error(400,
                                   u"redirect_uri must be an http://127.0.0.1 or http://localhost address; got \"%1\""_s.arg(redirect.toString()));
    QUrl target = redirect;
    QUrlQuery back(redirect);
    if (q.hasQueryItem(u"state"_s))
        back.addQueryItem(u"state"_s, q.queryItemValue(u"state"_s, QUrl::FullyDecoded));
    auto fail = [&](const QString &error, const QString &description) {
        back.addQueryItem(u"error"_s, error);
        back.addQueryItem(u"error_description"_s, description);
        target.setQuery(back);
        return HttpResponse{302, {{"Location", target.toEncoded()}}, {}, "text/plain"};
    };
    if (q.queryItemValue(u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"only response_type=code is supported"_s);
    if (q.queryItemValue(u"code_challenge_method"_s) != u"S256"_s || q.queryItemValue(u"code_challenge"_s).size() < 43)
        return fail(u"invalid_request"_s, u"PKCE with code_challenge_method=S256 is required"_s);
    const QString clientId = q.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const EmulatorClient *client = findClient(clientId);
    if (!client) // never redirected: the redirect URI of an unknown client is not to be trusted
        return HttpResponse::error(400,
                                   u"unknown client_id \"%1\": this emulator accepts sign-ins for the client id \"%2\" only"_s.arg(
                                       clientId.left(200), m_config.clients.first().clientId));
    // The user approves in the page; the sign-in goes on when the form comes back with the code.
    const QString action = u"/oauth2/authorize?"_s + QString::fromLatin1(req.url.query(QUrl::FullyEncoded).toLatin1());
    const QString intro =
        u"The application \"%1\" asks to sign in to functions-emulator (project %2) and run functions on this computer. After you approve, the browser goes to %3."_s
            .arg(clientId, m_config.project, redirect.toString(QUrl::RemoveQuery | QUrl::RemoveFragment).left(300));
    if (req.method != "POST")
        return approvalPage(200, u"Approve sign-in"_s, intro, action);
    QString why;
    if (!approved(QUrlQuery(QString::fromUtf8(req.body).replace(QLatin1Char('+'), u"%20"_s)), &why))
        return approvalPage(403, u"Approve sign-in"_s, intro, action, {}, why);
    const QString code = randomToken("emu_code_");
    m_authCodes.insert(code, AuthCode{clientId, redirect.toString(), q.queryItemValue(u"code_challenge"_s), m_links.now() + 10 * 60 * 1000});
    back.addQueryItem(u"code"_s, code);
    target.setQuery(back);
    return HttpResponse{302, {{"Location", target.toEncoded()}}, {}, "text/plain"};
}

HttpResponse EmulatorAuth::token(const HttpRequest &req)
{
    if (auto refused = refuseCrossSite(req))
        return *refused;
    if (!req.header("content-type").startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::oauthError(400, u"invalid_request"_s, u"the token request must be application/x-www-form-urlencoded"_s);
    const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), u"%20"_s));
    const auto field = [&form](const char *name) { return form.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded); };
    const QString grant = field("grant_type");
    const QString clientId = field("client_id");
    const EmulatorClient *client = findClient(clientId);
    if (!client)
        return HttpResponse::oauthError(401, u"invalid_client"_s, u"unknown client_id \"%1\""_s.arg(clientId.left(200)));
    const Principal user{u"user@emulator"_s, clientId, client->capabilities};

    if (grant == u"client_credentials"_s) {
        if (!sameSecret(field("client_secret"), client->clientSecret))
            return HttpResponse::oauthError(401, u"invalid_client"_s, u"unknown client_id or wrong client_secret"_s);
        return HttpResponse::json(200, issueTokens(Principal{u"client:"_s + client->clientId, client->clientId, client->capabilities}, false));
    }
    if (grant == u"authorization_code"_s) {
        const QString code = field("code");
        const auto it = m_authCodes.constFind(code);
        if (it == m_authCodes.constEnd() || it->expires < m_links.now())
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"the authorization code is unknown, used or expired"_s);
        const AuthCode ac = *it;
        m_authCodes.remove(code); // single use
        if (ac.clientId != clientId)
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"the code was issued to another client_id"_s);
        if (ac.redirectUri != field("redirect_uri"))
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"redirect_uri does not match the authorization request"_s);
        const QByteArray verifierHash = QCryptographicHash::hash(field("code_verifier").toLatin1(), QCryptographicHash::Sha256)
                                            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        if (QString::fromLatin1(verifierHash) != ac.challenge)
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"code_verifier does not match the PKCE code_challenge"_s);
        return HttpResponse::json(200, issueTokens(user, true));
    }
    if (grant == u"refresh_token"_s) {
        const QString refresh = field("refresh_token");
        const auto info = m_store.token(refresh);
        if (info && info->kind == u"spent-refresh"_s && !info->grant.isEmpty()) {
            // Used before: someone else has a copy. Every token of that sign-in ends.
            m_store.deleteTokensOfGrant(info->grant);
            return HttpResponse::oauthError(400, u"invalid_grant"_s,
                                            u"this refresh token was already used, so every token of its sign-in was revoked; sign in again"_s);
        }
        if (!info || info->kind != u"refresh"_s || info->expires < m_links.now())
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"the refresh token is unknown or expired; sign in again"_s);
        m_store.markRefreshSpent(refresh); // rotate
        return HttpResponse::json(200, issueTokens(Principal{info->subject, info->clientId, info->capabilities}, true, info->grant));
    }
    if (grant == u"urn:ietf:params:oauth:grant-type:device_code"_s) {
        const QString dc = field("device_code");
        const auto it = m_deviceCodes.find(dc);
        if (it == m_deviceCodes.end() || it->clientId != clientId)
            return HttpResponse::oauthError(400, u"invalid_grant"_s, u"unknown device_code"_s);
        if (it->expires < m_links.now()) {
            m_deviceCodes.erase(it);
            return HttpResponse::oauthError(400, u"expired_token"_s, u"the device code expired; start again"_s);
        }
        if (!it->approved)
            return HttpResponse::oauthError(400, u"authorization_pending"_s, u"the user has not approved the sign-in yet"_s);
        m_deviceCodes.erase(it);
        return HttpResponse::json(200, issueTokens(user, true));
    }
    return HttpResponse::oauthError(400, u"unsupported_grant_type"_s, u"grant_type \"%1\" is not supported"_s.arg(grant));
}

HttpResponse EmulatorAuth::deviceCode(const HttpRequest &req)
{
    if (auto refused = refuseCrossSite(req))
        return *refused;
    const QUrlQuery form(QString::fromUtf8(req.body));
    const QString clientId = form.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    if (clientId.isEmpty())
        return HttpResponse::oauthError(400, u"invalid_request"_s, u"client_id is required"_s);
    if (!findClient(clientId))
        return HttpResponse::oauthError(401, u"invalid_client"_s, u"unknown client_id \"%1\""_s.arg(clientId.left(200)));
    if (m_deviceCodes.size() >= MaxPendingSignIns) {
        // The oldest waiting sign-in gives way: a flood of requests cannot lock the user out.
        auto oldest = m_deviceCodes.begin();
        for (auto it = m_deviceCodes.begin(); it != m_deviceCodes.end(); ++it)
            if (it->order < oldest->order)
                oldest = it;
        m_deviceCodes.erase(oldest);
    }
    const QString device = randomToken("emu_dc_");
    const QString user = userCode();
    m_deviceCodes.insert(device, DeviceCode{user, clientId, false, m_links.now() + 15 * 60 * 1000, ++m_deviceCodesMade});
    const QString verify = m_links.urlFor(req) + u"/oauth2/device"_s;
    return HttpResponse::json(
        200,
        QJsonObject{
            {"device_code"_L1, device},
            {"user_code"_L1, user},
            {"verification_uri"_L1, verify},
            {"verification_uri_complete"_L1, QString(verify + u"?user_code="_s + user)},
            {"expires_in"_L1, 900},
            {"interval"_L1, 1},
            {"message"_L1, u"Open %1, enter the code %2 and the approval code functions-emulator printed when it started."_s.arg(verify, user)},
        });
}

HttpResponse EmulatorAuth::deviceApprove(const HttpRequest &req)
{
    if (req.method == "POST")
        if (auto refused = refuseCrossSite(req))
            return *refused;
    const QUrlQuery form(QString::fromUtf8(req.body).replace(QLatin1Char('+'), u"%20"_s));
    QString code = (req.method == "POST" ? form : req.query).queryItemValue(u"user_code"_s, QUrl::FullyDecoded).trimmed();
    const QString title = u"Sign in to functions-emulator"_s;
    const QString field =
        u"<p><label>Code shown by the application:<br><input name=\"user_code\" value=\"%1\" autocomplete=\"off\"></label></p>"_s.arg(
            code.left(20).toHtmlEscaped());
    const QString intro =
        u"An application asks to sign in to functions-emulator (project %1) and run functions on this computer."_s.arg(m_config.project);
    if (req.method != "POST") // a link never approves anything; the user does, in the form
        return approvalPage(200, title, intro, u"/oauth2/device"_s, field);
    auto it = m_deviceCodes.begin();
    for (; it != m_deviceCodes.end(); ++it)
        if (it->userCode.compare(code, Qt::CaseInsensitive) == 0 && it->expires >= m_links.now() && !it->approved)
            break;
    if (it == m_deviceCodes.end())
        return approvalPage(404, title, intro, u"/oauth2/device"_s, field, u"Unknown or expired code. Start the sign-in again in the application."_s);
    QString why;
    if (!approved(form, &why))
        return approvalPage(403, title, intro, u"/oauth2/device"_s, field, why);
    it->approved = true;
    return HttpResponse{
        200, {{"Cache-Control", "no-store"}}, page(u"Signed in"_s, u"<p>You can return to the application.</p>"_s), "text/html; charset=utf-8"};
}

HttpResponse EmulatorAuth::tokenInspect(const HttpRequest &req)
{
    HttpResponse failure;
    const auto who = authenticate(req, &failure);
    if (!who)
        return failure;
    QJsonArray caps;
    QMap<QString, QJsonArray> byAcl;
    for (const QString &c : who->capabilities) {
        const QString acl = c.section(QLatin1Char(':'), 0, 0) + u"Acl"_s;
        if (c.contains(u"@dataset:"_s)) { // "files:write@dataset:5": one data set's scope, as CDF writes it
            const QString action = c.section(QLatin1Char(':'), 1).section(QLatin1Char('@'), 0, 0).toUpper();
            const qint64 set = c.section(u"@dataset:"_s, 1).toLongLong();
            caps.append(
                QJsonObject{{acl,
                             QJsonObject{{"actions"_L1, QJsonArray{action}},
                                         {"scope"_L1, QJsonObject{{"datasetScope"_L1, QJsonObject{{"ids"_L1, QJsonArray{QString::number(set)}}}}}}}},
                            {"projectScope"_L1, QJsonObject{{"projects"_L1, QJsonArray{m_config.project}}}}});
            continue;
        }
        byAcl[acl].append(c.section(QLatin1Char(':'), 1).toUpper());
    }
    for (auto it = byAcl.begin(); it != byAcl.end(); ++it)
        caps.append(QJsonObject{{it.key(), QJsonObject{{"actions"_L1, it.value()}, {"scope"_L1, QJsonObject{{"all"_L1, QJsonObject()}}}}},
                                {"projectScope"_L1, QJsonObject{{"projects"_L1, QJsonArray{m_config.project}}}}});
    return HttpResponse::json(200,
                              QJsonObject{
                                  {"subject"_L1, who->subject},
                                  {"projects"_L1, QJsonArray{QJsonObject{{"projectUrlName"_L1, m_config.project}, {"groups"_L1, QJsonArray()}}}},
                                  {"capabilities"_L1, caps},
                              });
}

std::optional<Principal> EmulatorAuth::authenticate(const HttpRequest &req, HttpResponse *failure) const
{
    const QByteArray auth = req.header("authorization");
    if (!auth.toLower().startsWith("bearer ")) {
        *failure = HttpResponse::error(
            401, u"Unauthorized: the request has no bearer token. Get one from the token endpoint (%1/oauth2/token)."_s.arg(m_links.baseUrl()));
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(auth.mid(7).trimmed());
    const auto info = m_store.token(token);
    if (!info || info->kind != u"access"_s) {
        *failure = HttpResponse::error(401, u"Unauthorized: the bearer token is not valid for this emulator."_s);
        return std::nullopt;
    }
    if (info->expires <= m_links.now()) {
        *failure = HttpResponse::error(401, u"Unauthorized: the bearer token has expired. Get a new one."_s);
        return std::nullopt;
    }
    return Principal{info->subject, info->clientId, info->capabilities};
}

std::optional<HttpResponse> EmulatorAuth::requireCapability(const Principal &who, const QString &capability)
{
    // "a|b": either one will do.
    // "x:y*": any capability that starts so (a data-set-scoped one: "files:write@dataset:5").
    const QStringList anyOf = capability.split(QLatin1Char('|'));
    for (const QString &c : anyOf)
        if (c.endsWith(u'*')
                ? std::any_of(who.capabilities.cbegin(), who.capabilities.cend(), [&](const QString &h) { return h.startsWith(c.chopped(1)); })
                : who.capabilities.contains(c))
            return std::nullopt;
    return HttpResponse::error(
        403,
        u"Forbidden: the principal %1 lacks the capability %2."_s.arg(who.subject, anyOf.join(u" (or "_s) + (anyOf.size() > 1 ? u")"_s : QString())));
}

} // namespace fstudio::emulator
