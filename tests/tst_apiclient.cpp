#include "support/apifixture.h"
#include "support/logcapture.h"

#include "api/auth/noncesource.h"
#include "api/auth/tokenprovider.h"
#include "api/services/callsservice.h"
#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/services/sessionsservice.h"
#include "api/services/tokenservice.h"
#include "api/workflows/connectiontest.h"
#include "api/workflows/deployworkflow.h"
#include "api/workflows/scheduleworkflows.h"

#include "core/util/gzip.h"

#include "api/transport/oneshothttp.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>

#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <limits>
#include <memory>
#include <optional>

using namespace fstudio;
using namespace fstudio::api;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data):\n    print('hi ' + str(data.get('n', 0)))\n    return {'n': data.get('n', 0)}\n";

DeployWorkflow::Options deployOptions(ApiFixture &fx, const QString &name)
{
    DeployWorkflow::Options o;
    o.folder = fx.writeFunction(name, {{u"handler.py"_s, Hello}});
    o.function.name = name;
    o.pollIntervalMs = 100;
    return o;
}

// Starts the deploy and waits for its end; false on timeout.
bool runToEnd(DeployWorkflow &d)
{
    QSignalSpy done(&d, &DeployWorkflow::finished);
    d.start();
    return done.wait(30000);
}

int functionCount(ApiFixture &fx)
{
    return int(fx.http->ppost(u"functions/list"_s, QJsonObject{{"limit"_L1, 1000}}).json.value("items"_L1).toArray().size());
}

// A loopback HTTP/1.1 server that keeps every byte it receives and answers each request with bytes
// the test chooses. One request per connection: every canned answer says Connection: close.
class RawHttpServer
{
public:
    // head: the request line and headers, without the blank line; body: what Content-Length announced.
    using Responder = std::function<QByteArray(const QByteArray &head, const QByteArray &body)>;

    explicit RawHttpServer(Responder respond)
        : m_respond(std::move(respond))
    {
        m_listening = m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto pending = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, pending] {
                    const QByteArray chunk = socket->readAll();
                    m_received += chunk;
                    *pending += chunk;
                    const qsizetype headEnd = pending->indexOf("\r\n\r\n");
                    if (headEnd < 0)
                        return;
                    const QByteArray head = pending->left(headEnd);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n'))
                        if (line.trimmed().toLower().startsWith("content-length:"))
                            length = qsizetype(line.mid(line.indexOf(':') + 1).trimmed().toLongLong());
                    if (pending->size() < headEnd + 4 + length)
                        return; // the body is still coming
                    const QByteArray body = pending->mid(headEnd + 4, length);
                    pending->clear();
                    m_requests << head + "\r\n\r\n" + body;
                    socket->write(m_respond(head, body));
                    socket->disconnectFromHost();
                });
            }
        });
    }
    RawHttpServer(const RawHttpServer &) = delete;
    RawHttpServer &operator=(const RawHttpServer &) = delete;

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = {}) const { return u"http://127.0.0.1:%1"_s.arg(port()) + path; }
    QByteArray received() const { return m_received; } // every byte, of complete requests or not
    QList<QByteArray> requests() const { return m_requests; } // complete requests: head, blank line, body
    int connections() const { return m_connections; }

    static QByteArray requestLine(const QByteArray &head) { return head.left(head.indexOf("\r\n")); }
    static QByteArray answer(int status, const QByteArray &reason, const QByteArray &body, const QByteArray &contentType = "application/json",
                             const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "Connection: close\r\n\r\n" + body;
    }
    static QByteArray redirect307(const QString &location)
    {
        return answer(307, "Temporary Redirect", {}, "text/plain", "Location: " + location.toLatin1() + "\r\n");
    }

private:
    Responder m_respond;
    bool m_listening = false;
    QByteArray m_received;
    QList<QByteArray> m_requests;
    int m_connections = 0;
    QTcpServer m_server; // last: its sockets (and their lambdas, which use the members above) go first
};

// Only unreserved URL characters: it travels through a form body percent-encoded as itself, so a
// byte search finds it in any log, file or message it reaches.
const QString CanarySecret = u"CANARY-s3cr3t-7f1e"_s;

// HOME, the XDG folders and TMPDIR point into a fresh folder while this lives, so whatever the code
// under test writes through QStandardPaths, QDir::homePath() or QDir::tempPath() lands where the
// test searches. Set before anything else in the test is built (the emulator's data dir included).
struct ScratchHome
{
    QTemporaryDir dir; // made under the real TMPDIR, before it changes
    QList<std::pair<QByteArray, std::optional<QByteArray>>> saved;
    ScratchHome()
    {
        const QList<std::pair<const char *, QString>> vars{{"HOME", u""_s},
                                                           {"XDG_DATA_HOME", u"/data"_s},
                                                           {"XDG_CONFIG_HOME", u"/config"_s},
                                                           {"XDG_CACHE_HOME", u"/cache"_s},
                                                           {"XDG_STATE_HOME", u"/state"_s},
                                                           {"TMPDIR", u"/tmp"_s}};
        for (const auto &[name, sub] : vars) {
            saved.append({name, qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt});
            QDir().mkpath(dir.path() + sub);
            qputenv(name, QFile::encodeName(dir.path() + sub));
        }
    }
    ~ScratchHome()
    {
        for (const auto &[name, value] : saved) {
            if (value)
                qputenv(name.constData(), *value);
            else
                qunsetenv(name.constData());
        }
    }
    // Files under the scratch home and every writable standard location (all inside it now) that
    // hold `needle`; `searched` counts the files read.
    QStringList filesHolding(const QByteArray &needle, int *searched) const
    {
        QStringList roots{dir.path()};
        for (const auto loc : {QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::AppConfigLocation,
                               QStandardPaths::CacheLocation, QStandardPaths::GenericDataLocation, QStandardPaths::GenericConfigLocation,
                               QStandardPaths::GenericCacheLocation, QStandardPaths::TempLocation})
            roots << QStandardPaths::writableLocation(loc);
        QStringList hits;
        QSet<QString> seen;
        for (const QString &root : std::as_const(roots)) {
            QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                if (seen.contains(path))
                    continue;
                seen.insert(path);
                QFile f(path);
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                ++*searched;
                if (f.readAll().contains(needle))
                    hits << path;
            }
        }
        return hits;
    }
};

// Everything an ApiError can show or carry to the user (the GUI shows userMessage(); the rest is
// what a future screen or a log could print).
QStringList textsOf(const ApiError &e)
{
    QStringList out{e.message, e.what, e.requestId, e.userMessage()};
    for (const Identifier &i : e.missing + e.duplicated)
        out << i.externalId();
    return out;
}

QString firstHolding(const QStringList &texts, const QString &needle)
{
    for (const QString &t : texts)
        if (t.contains(needle))
            return t;
    return {};
}

const QString RedirectTestToken = u"redirect-test-token-5b7d"_s;

// A client for `base` that signs every request with RedirectTestToken; shortest backoff, and no
// request waits more than 5 s (a hang shows up as a Timeout error, not a 60 s stall).
struct TokenClient
{
    StaticTokenProvider tokens{RedirectTestToken};
    std::unique_ptr<CdfClient> client;
    explicit TokenClient(const QString &base)
    {
        ConnectionConfig cc;
        cc.baseUrl = QUrl(base);
        cc.project = u"playground"_s;
        client = std::make_unique<CdfClient>(cc, &tokens);
        client->setRandomSource([] { return 0.0; });
        client->setMaxTimeoutMs(5000);
    }
    ~TokenClient() { client.reset(); } // before the provider it points to
};
} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failingSignInsNeverShowTheSecret_data();
    void failingSignInsNeverShowTheSecret();
    void tokenRequestsAreNotRedirectedElsewhere();
    void refusedRedirectsNeverCarryTheToken_data();
    void refusedRedirectsNeverCarryTheToken();
    void oneShotRequestsNeverFollowRedirects();
    void connectionConfig_data();
    void connectionConfig();
    void entraDefaults();
    void headersAndGzip();
    void functionsAndFilesServices();
    void callsAndSchedulesServices();
    void callPagerOver100k();
    void tokenInspectMissingCapabilities();
    void clientCredentialsCoalesceBursts();
    void refreshBeforeExpiryWithLeeway();
    void unauthorizedRefreshesOnceAndRetries();
    void authenticationFailedOnce();
    void interactiveSignInWithPkce();
    void deviceCodeSignIn();
    void discovery();
    void retries429StormWithRetryAfter();
    void retryAfterSetsTheDelay();
    void serverClockFromDateHeader();
    void noRetryOfNonIdempotentOn5xx();
    void timeoutsRetriedOnlyWhenIdempotent();
    void oneShotTimeoutIsIdleTime();
    void resetsAndTruncatedBodies();
    void oversizedAnswersAreNotRead();
    void presignedUrlsAreRedacted();
    void atMostTenFunctionIdsPerRequest();
    void malformedBodyIsDecodeError();
    void lostCallReplyIsNotRepeated();
    void lostScheduleReplyIsNotRepeated();
    void cancel();
    void oneShotHttpParsesStrictly_data();
    void redirectsThatAreNotFollowed_data();
    void redirectsThatAreNotFollowed();
    void serverTimesAreBounded();
    void oneShotHttpParsesStrictly();
    void cancelWhileATokenIsFetchedForARetry();
    void destroyClientWhileATokenIsFetchedForARetry();
    void unreadableAnswersAreReadAgainTwiceAtMost();
    void unreadableFileCreateAnswerIsCleanedUp();
    void unreadableFunctionCreateAnswerIsAdopted();
};

void TestApiClient::connectionConfig_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::newRow("cluster") << u"westeurope-1"_s << u"my-proj"_s << u"https://westeurope-1.cognitedata.com"_s << true;
    QTest::newRow("url with slash") << u"https://api.cognitedata.com/"_s << u"p"_s << u"https://api.cognitedata.com"_s << true;
    QTest::newRow("loopback http") << u"http://127.0.0.1:4000"_s << u"playground"_s << u"http://127.0.0.1:4000"_s << true;
    QTest::newRow("localhost http") << u"http://localhost:4000"_s << u"playground"_s << u"http://localhost:4000"_s << true;
    QTest::newRow("remote http refused") << u"http://cdf.example.com"_s << u"p"_s << u"http://cdf.example.com"_s << false;
    QTest::newRow("bad project") << u"westeurope-1"_s << u"My Project"_s << u"https://westeurope-1.cognitedata.com"_s << false;
}

void TestApiClient::connectionConfig()
{
    QFETCH(QString, input);
    QFETCH(QString, project);
    QFETCH(QString, url);
    QFETCH(bool, ok);
    ConnectionConfig c;
    c.baseUrl = ConnectionConfig::baseUrlFrom(input);
    c.project = project;
    QCOMPARE(c.baseUrl.toString(), url);
    QCOMPARE(c.problem().isEmpty(), ok);
    if (ok)
        QCOMPARE(c.projectUrl(u"functions/list"_s).toString(), url + u"/api/v1/projects/"_s + project + u"/functions/list"_s);
}

void TestApiClient::entraDefaults()
{
    const OAuthSettings s = OAuthSettings::entraId(u"contoso-tenant"_s, QUrl(u"https://westeurope-1.cognitedata.com"_s), u"cid"_s, true);
    QCOMPARE(s.tokenUrl.toString(), u"https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token"_s);
    QCOMPARE(s.authorizeUrl.toString(), u"https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/authorize"_s);
    QCOMPARE(s.deviceCodeUrl.toString(), u"https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/devicecode"_s);
    QCOMPARE(s.scopes, (QStringList{u"https://westeurope-1.cognitedata.com/.default"_s, u"offline_access"_s}));
    QCOMPARE(OAuthSettings::entraId(u"t"_s, QUrl(u"https://x.cognitedata.com"_s), u"c"_s, false).scopes.size(), 1);
    QCOMPARE(s.problem(true, true), QString());
    // Secrets never go to a remote http URL.
    OAuthSettings plain = s;
    plain.tokenUrl = QUrl(u"http://idp.example.com/token"_s);
    QVERIFY(plain.problem(false, false).contains(u"must use https"_s));
    plain.tokenUrl = QUrl(u"http://127.0.0.1:8080/token"_s);
    QCOMPARE(plain.problem(false, false), QString());
    QNetworkAccessManager nam;
    ClientCredentialsProvider p(
        &nam,
        [] {
            OAuthSettings o;
            o.tokenUrl = QUrl(u"http://idp.example.com/token"_s);
            o.clientId = u"c"_s;
            return o;
        }(),
        u"secret"_s);
    std::optional<TokenResult> r;
    QObject ctx;
    p.token(&ctx, [&](const TokenResult &t) { r = t; });
    QTRY_VERIFY(r.has_value());
    QVERIFY(!r->hasValue());
    QVERIFY2(r->error().userMessage().contains(u"must use https"_s), qPrintable(r->error().userMessage()));
}

void TestApiClient::headersAndGzip()
{
    ApiFixture fx;
    QList<emulator::HttpRequest> seen;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &r) { seen << r; });
    FunctionFilter f;
    f.name = u"nothing"_s;
    QVERIFY(await(FunctionsService(fx.client.get()).list(f)).hasValue());
    // The token request: form body exactly as docs/cdf-api-notes.md §1.3, no Basic header.
    const auto tokenReq = std::find_if(seen.begin(), seen.end(), [](const auto &r) { return r.path == u"/oauth2/token"_s; });
    QVERIFY(tokenReq != seen.end());
    QVERIFY(tokenReq->header("content-type").startsWith("application/x-www-form-urlencoded"));
    QVERIFY(!tokenReq->headers.contains("authorization"));
    const QUrlQuery form(QString::fromUtf8(tokenReq->body));
    QCOMPARE(form.queryItemValue(u"grant_type"_s), u"client_credentials"_s);
    QCOMPARE(form.queryItemValue(u"client_id"_s), u"functions-studio"_s);
    QCOMPARE(form.queryItemValue(u"client_secret"_s), u"emulator-secret"_s);
    QVERIFY(form.hasQueryItem(u"scope"_s));
    // The API request.
    const auto listReq = std::find_if(seen.begin(), seen.end(), [](const auto &r) { return r.path.endsWith(u"/functions/list"_s); });
    QVERIFY(listReq != seen.end());
    QCOMPARE(listReq->header("content-encoding"), QByteArray("gzip"));
    QCOMPARE(listReq->header("content-type"), QByteArray("application/json"));
    QCOMPARE(listReq->header("accept"), QByteArray("application/json"));
    QCOMPARE(listReq->header("cdf-version"), QByteArray("20230101"));
    QCOMPARE(listReq->header("x-cdp-app"), QByteArray("FunctionsStudio"));
    QVERIFY(listReq->header("x-cdp-sdk").startsWith("FunctionsStudio:"));
    QVERIFY(listReq->header("authorization").startsWith("Bearer emu_at_"));
    const auto body = Gzip::decompress(listReq->body);
    QVERIFY(body.has_value());
    QCOMPARE(QJsonDocument::fromJson(*body).object(), f.toRequestBody());
}

void TestApiClient::functionsAndFilesServices()
{
    ApiFixture fx;
    FunctionsService functions(fx.client.get());
    FilesService files(fx.client.get());
    const auto limits = await(functions.limits());
    QVERIFY(limits.hasValue());
    QCOMPARE(limits->runtimes, (QStringList{u"py310"_s, u"py311"_s, u"py312"_s, u"py313"_s, u"py314"_s}));
    QCOMPARE(await(functions.activationStatus())->state, ActivationState::Activated);
    // Files: create, upload with progress, byids, download link, download, delete.
    const auto meta = await(files.create(FileCreate::forFunctionCode(u"a/b"_s, u"ab-xid"_s, u"1"_s), false));
    QVERIFY(meta.hasValue());
    QCOMPARE(meta->name, u"a-b.zip"_s);
    const QByteArray content(300 * 1024, 'z');
    auto up = files.upload(*meta->uploadUrl, content);
    QSignalSpy progress(up.job(), &ApiJob::uploadProgress);
    QVERIFY(await(up).hasValue());
    QVERIFY(!progress.isEmpty());
    qint64 maxSent = 0;
    for (const auto &args : progress)
        maxSent = std::max(maxSent, args.at(0).toLongLong());
    QCOMPARE(maxSent, qint64(content.size()));
    QVERIFY(await(files.byIds({Identifier::byId(meta->id)}))->first().uploaded);
    const auto link = await(files.downloadLink(meta->id));
    QVERIFY(link.hasValue());
    QCOMPARE(*await(files.download(*link)), content);
    // Functions: create from the uploaded code via a deploy, list, byids, retrieve, delete.
    DeployWorkflow::Options o = deployOptions(fx, u"svc"_s);
    o.function.externalId = u"svc-xid"_s;
    DeployWorkflow deploy(fx.client.get(), o);
    QVERIFY(runToEnd(deploy));
    QCOMPARE(deploy.stage(), DeployWorkflow::Stage::Ready);
    const qint64 id = deploy.function()->id;
    FunctionFilter f;
    f.externalIdPrefix = u"svc"_s;
    QCOMPARE(await(functions.list(f))->size(), 1);
    const auto both = await(functions.byIds({Identifier::byExternalId(u"svc-xid"_s), Identifier::byId(id)}, false));
    QCOMPARE(both->size(), 2);
    const auto missing = await(functions.byIds({Identifier::byExternalId(u"nope"_s)}, false));
    QVERIFY(!missing.hasValue());
    QVERIFY(missing.error().isNotFound());
    QCOMPARE(missing.error().missing.first().externalId(), u"nope"_s);
    QVERIFY(missing.error().userMessage().contains(u"request id"_s));
    QVERIFY(!await(functions.retrieve(Identifier::byExternalId(u"nope"_s)))->has_value());
    QCOMPARE((*await(functions.retrieve(Identifier::byId(id))))->name, u"svc"_s);
    QVERIFY(await(functions.remove({Identifier::byId(id)})).hasValue());
    QVERIFY(!await(functions.retrieve(Identifier::byId(id)))->has_value());
    QVERIFY(await(files.remove({Identifier::byId(meta->id)})).hasValue());
}

void TestApiClient::callsAndSchedulesServices()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"calls"_s, Hello);
    QVERIFY(fid);
    CallsService calls(fx.client.get());
    const auto nonce = [&]() -> QString {
        const auto out = awaitCallback<NonceResult>([&](QObject *ctx, auto done) {
            requestNonce(fx.client.get(), NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s), ctx, done);
        });
        return out && out->hasValue() ? out->value() : QString();
    };
    const auto c = await(calls.call(fid, QJsonObject{{"n"_L1, 5}}, nonce()));
    QVERIFY2(c.hasValue(), qPrintable(c.hasValue() ? QString() : c.error().userMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(await(calls.retrieve(fid, c->id))->status, CallStatus::Completed, 20000);
    QCOMPARE(await(calls.response(fid, c->id))->response.toObject().value("n"_L1).toInt(), 5);
    QCOMPARE(await(calls.logs(fid, c->id))->first().message, u"hi 5"_s);
    QCOMPARE(await(calls.byIds(fid, QList<qint64>{c->id}))->first().id, c->id);
    const auto page = await(calls.list(fid, CallFilter{}));
    QCOMPARE(page->items.size(), 1);
    QVERIFY(page->nextCursor.isEmpty());
    // Schedules.
    ScheduleWrite w;
    w.name = u"every hour"_s;
    w.cronExpression = u"0 * * * *"_s;
    w.functionId = fid;
    w.data = QJsonObject{{"n"_L1, 9}};
    std::optional<ScheduleResult> created;
    QObject ctx;
    createScheduleWithNonce(fx.client.get(), w, NonceSource::tokenExchange(), &ctx, [&](const ScheduleResult &r) { created = r; });
    QTRY_VERIFY(created.has_value());
    QVERIFY(created->hasValue());
    QCOMPARE(created->value().when, u"Every hour"_s);
    SchedulesService schedules(fx.client.get());
    ScheduleFilter sf;
    sf.functionId = fid;
    QCOMPARE(await(schedules.list(sf))->size(), 1);
    QCOMPARE(await(schedules.byIds({created->value().id}, false))->size(), 1);
    QCOMPARE(await(schedules.inputData(created->value().id))->data->value("n"_L1).toInt(), 9);
    QVERIFY(await(schedules.remove({created->value().id})).hasValue());
    QCOMPARE(await(schedules.list(sf))->size(), 0);
    // A nonce already on the schedule is used as it is (as in the SDK): no session is made from
    // the source, here credentials that would be refused.
    ScheduleWrite withNonce = w;
    withNonce.nonce = fx.http->nonce();
    std::optional<ScheduleResult> ownNonce;
    createScheduleWithNonce(fx.client.get(), withNonce, NonceSource::credentials(u"functions-studio"_s, u"wrong-secret"_s), &ctx,
                            [&](const ScheduleResult &r) { ownNonce = r; });
    QTRY_VERIFY(ownNonce.has_value());
    QVERIFY2(ownNonce->hasValue(), qPrintable(ownNonce->hasValue() ? QString() : ownNonce->error().userMessage()));
    QVERIFY(await(schedules.remove({ownNonce->value().id})).hasValue());
    // A schedule without a function id is refused locally by the server with a clear message.
    const auto bad = await(schedules.create(ScheduleWrite{u"x"_s, u"bad cron"_s, fid, {}, {}, {}, u"n"_s}));
    QVERIFY(!bad.hasValue());
    QCOMPARE(bad.error().httpStatus, 400);
}

void TestApiClient::callPagerOver100k()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"many"_s, Hello);
    QList<FunctionCall> bulk;
    for (int i = 0; i < 100000; ++i) {
        FunctionCall c;
        c.id = 8'000'000'000'000LL + i;
        c.functionId = fid;
        c.startTime = 1'700'000'000'000LL + i;
        c.status = CallStatus::Completed;
        bulk << c;
    }
    fx.server->store().insertCallsBulk(bulk);
    CallFilter filter;
    filter.limit = 10000;
    CallPager pager(fx.client.get(), fid, filter);
    QSet<qint64> ids;
    int pages = 0;
    QObject::connect(&pager, &CallPager::page, [&](const QList<FunctionCall> &items, bool) {
        ++pages;
        for (const auto &c : items)
            ids.insert(c.id);
    });
    QElapsedTimer t;
    t.start();
    pager.fetchAll();
    QTRY_VERIFY_WITH_TIMEOUT(!pager.hasMore() && !pager.isFetching(), 60000);
    qInfo("CallPager: 100000 calls in %d pages, %lld ms", pages, static_cast<long long>(t.elapsed()));
    QCOMPARE(ids.size(), 100000);
    QCOMPARE(pages, 10);
}

void TestApiClient::tokenInspectMissingCapabilities()
{
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"reader"_s, u"r-secret"_s, {u"functions:read"_s, u"files:read"_s}};
    ApiFixture fx(cfg);
    auto full = await(TokenService(fx.client.get()).inspect());
    QVERIFY(full.hasValue());
    QCOMPARE(full->missingFor(u"playground"_s), QStringList());
    OAuthSettings s = fx.oauth();
    s.clientId = u"reader"_s;
    auto *reader = new ClientCredentialsProvider(fx.client->network(), s, u"r-secret"_s);
    fx.rebuildClient(reader);
    const auto r = await(TokenService(fx.client.get()).inspect());
    QCOMPARE(r->subject, u"client:reader"_s);
    QCOMPARE(r->missingFor(u"playground"_s), (QStringList{u"functions:write"_s, u"functions:run"_s, u"files:write"_s, u"sessions:create"_s}));
    QVERIFY(TokenInspection::explain(u"sessions:create"_s).contains(u"call functions"_s));
    QVERIFY(TokenInspection::explain(u"functions:run"_s).contains(u"functionsAcl RUN"_s));
    // WRITE stands in for RUN where RUN is not enforced: RUN is named only when neither is there.
    TokenInspection writer;
    writer.capabilities = {u"functions:read"_s, u"functions:write"_s, u"files:read"_s, u"files:write"_s, u"sessions:create"_s};
    QCOMPARE(writer.missingFor(u"playground"_s), QStringList());
    delete reader;
}

void TestApiClient::clientCredentialsCoalesceBursts()
{
    ApiFixture fx;
    int tokenRequests = 0;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &r) {
        if (r.path == u"/oauth2/token"_s)
            ++tokenRequests;
    });
    QList<Pending<FunctionsLimits>> burst;
    for (int i = 0; i < 25; ++i)
        burst << FunctionsService(fx.client.get()).limits();
    for (const auto &p : burst)
        QVERIFY(await(p).hasValue());
    QCOMPARE(tokenRequests, 1);
    QCOMPARE(fx.provider->fetchCount(), 1);
}

void TestApiClient::refreshBeforeExpiryWithLeeway()
{
    ApiFixture fx;
    qint64 fakeNow = QDateTime::currentMSecsSinceEpoch();
    fx.provider->setClock([&] { return fakeNow; });
    QVERIFY(await(FunctionsService(fx.client.get()).limits()).hasValue());
    QCOMPARE(fx.provider->fetchCount(), 1);
    fakeNow += (3600 - 31) * 1000LL; // 31 s left: still good
    QVERIFY(await(FunctionsService(fx.client.get()).limits()).hasValue());
    QCOMPARE(fx.provider->fetchCount(), 1);
    fakeNow += 2000; // 29 s left: inside the 30 s leeway, refresh first
    QVERIFY(await(FunctionsService(fx.client.get()).limits()).hasValue());
    QCOMPARE(fx.provider->fetchCount(), 2);
}

void TestApiClient::unauthorizedRefreshesOnceAndRetries()
{
    emulator::EmulatorConfig cfg;
    cfg.tokenTtlSeconds = 3600;
    ApiFixture fx(cfg, true);
    QVERIFY(await(FunctionsService(fx.client.get()).limits()).hasValue());
    QCOMPARE(fx.provider->fetchCount(), 1);
    // The server's clock moves past the token's lifetime; the client still thinks it is valid.
    fx.clock->advance(3700 * 1000LL);
    QSignalSpy authFailed(fx.client.get(), &CdfClient::authenticationFailed);
    const auto r = await(FunctionsService(fx.client.get()).limits());
    QVERIFY(r.hasValue());
    QCOMPARE(fx.provider->fetchCount(), 2); // refreshed once
    QCOMPARE(authFailed.count(), 0);
}

void TestApiClient::authenticationFailedOnce()
{
    ApiFixture fx;
    auto *bad = new StaticTokenProvider(u"not-a-token"_s);
    fx.rebuildClient(bad);
    QSignalSpy authFailed(fx.client.get(), &CdfClient::authenticationFailed);
    for (int i = 0; i < 3; ++i) {
        const auto r = await(FunctionsService(fx.client.get()).limits());
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().httpStatus, 401);
        QCOMPARE(r.error().kind, ApiError::Kind::Auth);
        QVERIFY(r.error().userMessage().contains(u"Sign in again"_s));
    }
    QCOMPARE(authFailed.count(), 1);
    delete bad;
}

void TestApiClient::interactiveSignInWithPkce()
{
    ApiFixture fx;
    MemorySecretStore store;
    auto *p = new InteractiveProvider(fx.client->network(), fx.oauth(), &store, u"p1/refresh-token"_s);
    // The "browser": follows the authorize URL, then the redirect to our loopback listener.
    TestHttp browser(fx.server->baseUrl());
    QUrl opened;
    QObject::connect(p, &InteractiveProvider::openBrowser, [&](const QUrl &url) {
        opened = url;
        QTimer::singleShot(0, [&browser, url] {
            // The approval page, then the user types the code the emulator printed.
            if (browser.request("GET", url.toString()).status != 200)
                return;
            const auto r = browser.postForm(url.toString(), {{u"approval_code"_s, u"approve-in-tests"_s}});
            const QString location = QString::fromLatin1(r.headers.value("location"));
            browser.request("GET", location);
        });
    });
    std::optional<TokenResult> result;
    QObject ctx;
    p->signIn(&ctx, [&](const TokenResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY2(result->hasValue(), qPrintable(result->hasValue() ? QString() : result->error().userMessage()));
    const QUrlQuery q(opened);
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QVERIFY(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded).startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(store.contains(u"p1/refresh-token"_s)); // kept for silent sign-in
    fx.rebuildClient(p);
    QCOMPARE(await(TokenService(fx.client.get()).inspect())->subject, u"user@emulator"_s);
    // A new provider with the same store signs in silently with the refresh token: no browser.
    auto *silent = new InteractiveProvider(fx.client->network(), fx.oauth(), &store, u"p1/refresh-token"_s);
    int browsers = 0;
    QObject::connect(silent, &InteractiveProvider::openBrowser, [&](const QUrl &) { ++browsers; });
    std::optional<TokenResult> second;
    silent->token(&ctx, [&](const TokenResult &r) { second = r; });
    QTRY_VERIFY(second.has_value());
    QVERIFY(second->hasValue());
    QCOMPARE(browsers, 0);
    // Signing out forgets the refresh token; then a silent token request fails clearly.
    silent->signOut();
    QTRY_VERIFY(!store.contains(u"p1/refresh-token"_s));
    std::optional<TokenResult> third;
    silent->token(&ctx, [&](const TokenResult &r) { third = r; });
    QTRY_VERIFY(third.has_value());
    QVERIFY(!third->hasValue());
    QVERIFY(third->error().userMessage().contains(u"not signed in"_s));
    delete silent;
}

void TestApiClient::deviceCodeSignIn()
{
    ApiFixture fx;
    MemorySecretStore store;
    auto *p = new DeviceCodeProvider(fx.client->network(), fx.oauth(), &store, u"p2/refresh-token"_s);
    TestHttp user(fx.server->baseUrl());
    QString shownCode;
    QObject::connect(p, &DeviceCodeProvider::userActionRequired, [&](const QUrl &uri, const QString &code, const QString &message) {
        shownCode = code;
        QVERIFY(message.contains(code));
        QTimer::singleShot(300, [&user, uri, code] {
            user.request("GET", uri.toString() + u"?user_code="_s + code);
            user.postForm(uri.toString(), {{u"user_code"_s, code}, {u"approval_code"_s, u"approve-in-tests"_s}});
        });
    });
    std::optional<TokenResult> result;
    QObject ctx;
    p->signIn(&ctx, [&](const TokenResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(result->hasValue());
    QCOMPARE(shownCode.size(), 9);
    QVERIFY(store.contains(u"p2/refresh-token"_s));
    fx.rebuildClient(p);
    QVERIFY(await(FunctionsService(fx.client.get()).limits()).hasValue());
}

void TestApiClient::discovery()
{
    ApiFixture fx;
    std::optional<OAuthSettings> found;
    QObject ctx;
    OAuthSettings::discover(fx.client->network(), QUrl(fx.server->baseUrl() + u"/"_s), &ctx, [&](const OAuthSettings &s, const ApiError *e) {
        QVERIFY(!e);
        found = s;
    });
    QTRY_VERIFY(found.has_value());
    QCOMPARE(found->tokenUrl.toString(), fx.server->baseUrl() + u"/oauth2/token"_s);
    QCOMPARE(found->deviceCodeUrl.toString(), fx.server->baseUrl() + u"/oauth2/devicecode"_s);
    std::optional<QString> failure;
    OAuthSettings::discover(fx.client->network(), QUrl(u"http://127.0.0.1:1"_s), &ctx,
                            [&](const OAuthSettings &, const ApiError *e) { failure = e ? e->userMessage() : QString(); });
    QTRY_VERIFY(failure.has_value());
    QVERIFY(failure->contains(u"OpenID configuration"_s));
    // The document says where secrets go: plain http off this machine is refused before any
    // request (nothing listens on 10.255.255.1 here; a request would time out, not fail at once).
    std::optional<QString> refused;
    QElapsedTimer t;
    t.start();
    OAuthSettings::discover(fx.client->network(), QUrl(u"http://10.255.255.1/realms/cdf"_s), &ctx,
                            [&](const OAuthSettings &, const ApiError *e) { refused = e ? e->userMessage() : QString(); });
    QVERIFY(!refused.has_value()); // answered from the event loop, never inside discover()
    QTRY_VERIFY(refused.has_value());
    QVERIFY2(refused->contains(u"plain http is refused"_s), qPrintable(*refused));
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(OAuthSettings::discoveryProblem(QUrl(u"http://localhost:8080/realms/x"_s)).isEmpty());
    QVERIFY(OAuthSettings::discoveryProblem(QUrl(u"https://login.example.com"_s)).isEmpty());
    QVERIFY(OAuthSettings::discoveryProblem(QUrl(u"ftp://login.example.com"_s)).contains(u"not an issuer URL"_s));
}

void TestApiClient::retries429StormWithRetryAfter()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"path": "*/functions/list", "maxCount": 5, "action": "status", "status": 429, "retryAfter": 0}]})", &error));
    QElapsedTimer t;
    t.start();
    auto p = FunctionsService(fx.client.get()).list(FunctionFilter{});
    QPointer<ApiJob> job = p.job();
    int attempts = 0;
    QObject::connect(job, &ApiJob::finished, [&] { attempts = job->attempts(); });
    QVERIFY(await(p).hasValue());
    QCOMPARE(attempts, 6);
    QVERIFY(t.elapsed() < 5000); // Retry-After: 0 honoured
    // 429 on a create is retried too, and creates exactly one function.
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"method": "POST", "path": "*/functions", "maxCount": 3, "action": "status", "status": 429, "retryAfter": 0}]})", &error));
    QVERIFY(fx.readyFunction(u"once"_s, Hello) == 0); // the fixture's own HTTP client does not retry
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"method": "POST", "path": "*/functions", "maxCount": 3, "action": "status", "status": 429, "retryAfter": 0}]})", &error));
    DeployWorkflow d(fx.client.get(), deployOptions(fx, u"once"_s));
    QVERIFY(runToEnd(d));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Ready);
    QCOMPARE(functionCount(fx), 1);
}

void TestApiClient::noRetryOfNonIdempotentOn5xx()
{
    ApiFixture fx;
    QString error;
    QVERIFY(
        fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions/delete", "action": "status", "status": 503}]})", &error));
    auto p = FunctionsService(fx.client.get()).remove({Identifier::byId(1)}, true);
    QPointer<ApiJob> job = p.job();
    int attempts = 0;
    QObject::connect(job, &ApiJob::finished, [&] { attempts = job->attempts(); });
    const auto r = await(p);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().httpStatus, 503);
    QCOMPARE(attempts, 1);
    // The same status on an idempotent list is retried until it passes.
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/list", "maxCount": 2, "action": "status", "status": 503}]})", &error));
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue());
}

void TestApiClient::timeoutsRetriedOnlyWhenIdempotent()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/limits", "maxCount": 1, "action": "latency", "latencyMs": 4000},
                                                       {"path": "*/sessions", "maxCount": 0, "action": "latency", "latencyMs": 1}]})",
                                         &error));
    CdfClient::Request req = CdfClient::Request::get(u"functions/limits"_s, u"read limits"_s);
    req.timeoutMs = 1000;
    ApiJob *job = fx.client->send(req).job();
    QSignalSpy finished(job, &ApiJob::finished);
    int attempts = 0;
    bool ok = false;
    QObject::connect(job, &ApiJob::finished, [&] {
        attempts = job->attempts();
        ok = job->ok();
    });
    QVERIFY(finished.wait(10000));
    QVERIFY(ok);
    QCOMPARE(attempts, 2);
    // A non-idempotent request that times out is not repeated, and says why.
    const qint64 fid = fx.readyFunction(u"slowcall"_s, Hello);
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/call", "action": "latency", "latencyMs": 4000}]})", &error));
    CdfClient::Request call = CdfClient::Request::postJson(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, fx.http->nonce()}}, u"call"_s);
    call.timeoutMs = 1000;
    ApiJob *cj = fx.client->send(call).job();
    std::optional<ApiError> err;
    QObject::connect(cj, &ApiJob::finished, [&] {
        err = cj->error();
        attempts = cj->attempts();
    });
    QTRY_VERIFY_WITH_TIMEOUT(err.has_value(), 10000);
    QCOMPARE(err->kind, ApiError::Kind::Timeout);
    QCOMPARE(attempts, 1);
    QVERIFY(err->userMessage().contains(u"not repeated"_s));
}

// A request that must not be sent twice (a call, a create) times out after a stretch of idle time,
// like every other request, not after a total: a large body on a slow link is not cut off while
// it moves, and one that stalls still ends. (The one-shot path had a total timeout.)
void TestApiClient::oneShotTimeoutIsIdleTime()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    bool stall = false; // true: read nothing and never answer
    QList<QTcpSocket *> sockets;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        socket->setReadBufferSize(1024 * 1024); // the kernel's buffers fill, and the client's upload waits for us
        sockets << socket;
    });
    qint64 taken = 0;
    QByteArray head;
    QTimer reader; // a slow link: 1 MB every 100 ms
    connect(&reader, &QTimer::timeout, &server, [&] {
        for (QTcpSocket *socket : std::as_const(sockets)) {
            if (stall)
                continue;
            const QByteArray chunk = socket->read(1024 * 1024);
            taken += chunk.size();
            if (head.size() < 4096)
                head += chunk.left(4096);
            const int end = head.indexOf("\r\n\r\n");
            const QByteArray lower = head.toLower();
            const qint64 length = lower.mid(lower.indexOf("content-length: ") + 16).split('\r').first().toLongLong();
            if (end > 0 && length > 0 && taken >= end + 4 + length && socket->property("answered").isNull()) {
                socket->setProperty("answered", true);
                socket->write("HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}");
            }
        }
    });
    reader.start(100);
    ConnectionConfig cc;
    cc.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort()));
    cc.project = u"p"_s;
    CdfClient client(cc, nullptr);
    auto send = [&](qint64 bytes) {
        CdfClient::Request r = CdfClient::Request::postJson(u"functions/1/call"_s, {}, u"call"_s);
        r.authenticated = false;
        r.gzip = false;
        r.contentType = "application/octet-stream";
        r.body = QByteArray(bytes, 'x');
        r.timeoutMs = 1500;
        ApiJob *job = client.send(r).job();
        std::optional<bool> ok;
        std::optional<ApiError> error;
        int attempts = 0;
        QElapsedTimer took;
        took.start();
        QObject::connect(job, &ApiJob::finished, &server, [&, job] {
            ok = job->ok();
            if (job->hasError())
                error = job->error();
            attempts = job->attempts();
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 60000); }();
        return std::tuple{ok.value_or(false), error, attempts, took.elapsed()};
    };
    // 48 MB at 10 MB/s: about three times the idle timeout in all, never idle for long.
    const auto [ok, error, attempts, ms] = send(48LL * 1024 * 1024);
    QVERIFY2(ok, qPrintable(error ? error->userMessage() : QString()));
    QCOMPARE(attempts, 1);
    QVERIFY2(ms > 3000, qPrintable(QString::number(ms))); // it really was slow
    // Stalled: ends about one idle timeout after the last progress, not repeated.
    stall = true;
    const auto [stalledOk, stalledError, stalledAttempts, stalledMs] = send(48LL * 1024 * 1024);
    QVERIFY(!stalledOk);
    QCOMPARE(stalledError->kind, ApiError::Kind::Timeout);
    QCOMPARE(stalledAttempts, 1);
    QVERIFY2(stalledMs < 10000, qPrintable(QString::number(stalledMs)));
}

void TestApiClient::resetsAndTruncatedBodies()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/list", "maxCount": 2, "action": "reset"},
                                                       {"path": "*/functions/schedules/list", "maxCount": 2, "action": "truncate"}]})",
                                         &error));
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue());
    QVERIFY(await(SchedulesService(fx.client.get()).list(ScheduleFilter{})).hasValue());
    QCOMPARE(fx.server->faults().firedCount(), 4);
}

// An answer larger than the request allows is not read into memory, on both transports.
void TestApiClient::oversizedAnswersAreNotRead()
{
    ApiFixture fx;
    for (const bool idempotent : {true, false}) {
        CdfClient::Request r = CdfClient::Request::get(u"functions/limits"_s, u"read limits"_s);
        r.idempotent = idempotent; // false: the one-shot transport
        r.maxResponseBytes = 64; // the limits answer is a few hundred bytes
        const auto res = await(fx.client->send(r));
        QVERIFY2(!res.hasValue(), idempotent ? "through QNetworkAccessManager" : "through the one-shot transport");
        QCOMPARE(res.error().kind, ApiError::Kind::Decode);
        QVERIFY2(res.error().message.contains(u"larger than"_s), qPrintable(res.error().message));
        QCOMPARE(res.error().attempts, 1); // not retried
    }
    // The same request with room for the answer works.
    CdfClient::Request ok = CdfClient::Request::get(u"functions/limits"_s, u"read limits"_s);
    QVERIFY(await(fx.client->send(ok)).hasValue());
}

void TestApiClient::presignedUrlsAreRedacted()
{
    QCOMPARE(CdfClient::redactUrls(u"Error transferring https://storage.example.com/bucket/f.zip?X-Sig=abc&X-Exp=1 - server replied: Forbidden"_s),
             u"Error transferring https://storage.example.com/bucket/f.zip?… - server replied: Forbidden"_s);
    QCOMPARE(CdfClient::redactUrls(u"no url here"_s), u"no url here"_s);
    QCOMPARE(CdfClient::redactUrls(u"http://127.0.0.1:1/upload/7"_s), u"http://127.0.0.1:1/upload/7"_s);
    // An upload URL on another host (here: another port) never sees the project's token.
    ApiFixture fx;
    QByteArray head;
    RawHttpServer storage([&](const QByteArray &h, const QByteArray &) {
        head = h;
        return RawHttpServer::answer(200, "OK", "");
    });
    QVERIFY(storage.isListening());
    QVERIFY(await(FilesService(fx.client.get()).upload(storage.url() + u"/bucket/f.zip?X-Sig=abc"_s, "zip")).hasValue());
    QVERIFY(head.startsWith("PUT /bucket/f.zip"));
    QVERIFY2(!head.toLower().contains("authorization"), head.constData());
}

// CDF takes at most 10 ids on functions/byids and /delete; more fails before anything is sent.
void TestApiClient::atMostTenFunctionIdsPerRequest()
{
    ApiFixture fx;
    int sent = 0;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &r) {
        if (r.path.contains(u"/functions/"_s))
            ++sent;
    });
    QList<Identifier> eleven;
    for (int i = 1; i <= 11; ++i)
        eleven << Identifier::byId(i);
    const auto read = await(FunctionsService(fx.client.get()).byIds(eleven, true));
    QVERIFY(!read.hasValue());
    QCOMPARE(read.error().kind, ApiError::Kind::Config);
    QVERIFY(read.error().message.contains(u"at most 10"_s));
    QVERIFY(!await(FunctionsService(fx.client.get()).remove(eleven, true)).hasValue());
    QCOMPARE(sent, 0);
    QVERIFY(await(FunctionsService(fx.client.get()).byIds(eleven.mid(0, 10), true)).hasValue());
}

void TestApiClient::malformedBodyIsDecodeError()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/limits", "action": "malformed"}]})", &error));
    const auto r = await(FunctionsService(fx.client.get()).limits());
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, ApiError::Kind::Decode);
    QVERIFY2(r.error().userMessage().contains(u"not valid JSON"_s), qPrintable(r.error().userMessage()));
}

void TestApiClient::lostCallReplyIsNotRepeated()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"lost"_s, Hello);
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/call", "maxCount": 1, "action": "reset-after"}]})", &error));
    int callPosts = 0;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &rq) {
        if (rq.path.endsWith(u"/call"_s))
            ++callPosts;
    });
    const auto r = await(CallsService(fx.client.get()).call(fid, {}, fx.http->nonce()));
    QCOMPARE(callPosts, 1); // Qt's network stack would have sent it twice
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, ApiError::Kind::Network);
    QVERIFY(r.error().userMessage().contains(u"may have been carried out"_s));
    QTRY_COMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray().size(), 1); // exactly one call
    // A deploy whose create reply is lost finds the created function instead of failing or duplicating.
    QVERIFY(
        fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions", "maxCount": 1, "action": "reset-after"}]})", &error));
    DeployWorkflow d(fx.client.get(), deployOptions(fx, u"lostcreate"_s));
    QVERIFY(runToEnd(d));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Ready);
    QCOMPARE(functionCount(fx), 2);
}

void TestApiClient::lostScheduleReplyIsNotRepeated()
{
    ApiFixture fx;
    const qint64 fid = fx.readyFunction(u"sched-lost"_s, Hello);
    QString error;
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"method": "POST", "path": "*/functions/schedules", "maxCount": 1, "action": "reset-after"}]})", &error));
    ScheduleWrite w;
    w.name = u"nightly"_s;
    w.cronExpression = u"0 2 * * *"_s;
    w.functionId = fid;
    std::optional<ScheduleResult> result;
    QObject ctx;
    createScheduleWithNonce(fx.client.get(), w, NonceSource::tokenExchange(), &ctx, [&](const ScheduleResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(!result->hasValue());
    QCOMPARE(result->error().kind, ApiError::Kind::Network);
    // The request has finished with an error: nothing more is sent for it, so the count is final.
    QCOMPARE(fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 1); // created once, never twice
}

void TestApiClient::cancel()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/limits", "action": "latency", "latencyMs": 3000}]})", &error));
    auto p = FunctionsService(fx.client.get()).limits();
    QTimer::singleShot(200, [p] { p.cancel(); });
    QElapsedTimer t;
    t.start();
    const auto r = await(p);
    QVERIFY(!r.hasValue());
    QVERIFY(r.error().isCancelled());
    QVERIFY(t.elapsed() < 2000);
}

// The one-shot HTTP client (creates, calls, deletes) against a server that answers with crafted
// bytes: every malformed answer ends at once with a clear error; none loops, overflows or waits
// for the timeout.
void TestApiClient::oneShotHttpParsesStrictly_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("error"); // QNetworkReply::NetworkError
    QTest::addColumn<QString>("expected"); // in the error text, or the body when there is no error
    const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n";
    QTest::newRow("good chunked") << chunked + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n" << int(QNetworkReply::NoError) << u"hello world"_s;
    QTest::newRow("negative chunk size") << chunked + "-5\r\nhello\r\n0\r\n\r\n"
                                         << int(QNetworkReply::ProtocolFailure) << u"a chunk size is \"-5\""_s;
    QTest::newRow("chunk size past 64 bits") << chunked + "7fffffffffffffffff\r\nx\r\n"
                                             << int(QNetworkReply::ProtocolFailure) << u"a chunk size is"_s;
    QTest::newRow("chunk larger than allowed") << chunked + "fffffffffff\r\nx\r\n" << int(QNetworkReply::OperationCanceledError) << u"larger than"_s;
    QTest::newRow("chunk without its CRLF") << chunked + "2\r\nabcdef\r\n0\r\n\r\n" << int(QNetworkReply::ProtocolFailure) << u"does not end"_s;
    QTest::newRow("bad status line") << QByteArray("HTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << int(QNetworkReply::ProtocolFailure)
                                     << u"status line"_s;
    QTest::newRow("content-length junk") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\nhello") << int(QNetworkReply::ProtocolFailure)
                                         << u"Content-Length"_s;
    QByteArray flood;
    for (int k = 0; k < 20; ++k)
        flood += "HTTP/1.1 100 Continue\r\n\r\n";
    QTest::newRow("interim answers without end") << flood + "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                                 << int(QNetworkReply::ProtocolFailure) << u"interim"_s;
    QByteArray longHead = "HTTP/1.1 200 OK\r\n";
    while (longHead.size() < 70 * 1024)
        longHead += "X-Padding: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n";
    QTest::newRow("endless header") << longHead << int(QNetworkReply::ProtocolFailure) << u"longer than 64 kB"_s;
}

void TestApiClient::oneShotHttpParsesStrictly()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, error);
    QFETCH(QString, expected);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, answer] {
            if (socket->readAll().contains("\r\n\r\n"))
                socket->write(answer); // and the connection stays open: only the parser can end it
        });
    });
    OneShotHttp http(QUrl(u"http://127.0.0.1:%1/x"_s.arg(server.serverPort())), "POST", {}, "{}");
    QSignalSpy finished(&http, &OneShotHttp::finished);
    http.start();
    QVERIFY2(finished.wait(5000), "no answer within 5 s");
    QCOMPARE(int(http.error()), error);
    if (error == int(QNetworkReply::NoError)) {
        QCOMPARE(http.status(), 200);
        QCOMPARE(QString::fromUtf8(http.body()), expected);
    } else {
        QVERIFY2(http.errorString().contains(expected), qPrintable(http.errorString()));
    }
}

void TestApiClient::redirectsThatAreNotFollowed_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("token");
    QTest::addColumn<QString>("problem"); // empty: followed
    QTest::newRow("same host, https") << u"https://api.cognitedata.com/a"_s << u"https://api.cognitedata.com/b"_s << true << QString();
    QTest::newRow("another host with a token") << u"https://api.cognitedata.com/a"_s << u"https://evil.example.com/b"_s << true << u"another host"_s;
    QTest::newRow("another host, no token") << u"https://api.cognitedata.com/a"_s << u"https://storage.example.com/b"_s << false << QString();
    QTest::newRow("https to http") << u"https://api.cognitedata.com/a"_s << u"http://api.cognitedata.com/b"_s << false << u"not HTTPS"_s;
    QTest::newRow("loopback to loopback") << u"http://127.0.0.1:4000/a"_s << u"http://127.0.0.1:4000/b"_s << true << QString();
    QTest::newRow("loopback to another machine") << u"http://127.0.0.1:4000/a"_s << u"https://example.com/b"_s << false << u"another machine"_s;
    QTest::newRow("another port with a token") << u"https://api.cognitedata.com/a"_s << u"https://api.cognitedata.com:8443/b"_s << true
                                               << u"another host"_s;
}

void TestApiClient::redirectsThatAreNotFollowed()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, token);
    QFETCH(QString, problem);
    const QString got = CdfClient::redirectProblem(QUrl(from), QUrl(to), token);
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
}

// Lifetimes and intervals from a token server cannot overflow the arithmetic done on them.
void TestApiClient::serverTimesAreBounded()
{
    QCOMPARE(TokenProvider::boundedLifetime(3599), 3599);
    QCOMPARE(TokenProvider::boundedLifetime(0), 3600); // missing
    QCOMPARE(TokenProvider::boundedLifetime(-5), 3600);
    QCOMPARE(TokenProvider::boundedLifetime(5), 60);
    QCOMPARE(TokenProvider::boundedLifetime(std::numeric_limits<qint64>::max()), TokenProvider::MaxLifetimeSeconds);
    QVERIFY(TokenProvider::boundedLifetime(std::numeric_limits<qint64>::max()) * 1000 > 0);
    QCOMPARE(TokenProvider::boundedPollIntervalMs(5), 5000);
    QCOMPARE(TokenProvider::boundedPollIntervalMs(0), 5000);
    QCOMPARE(TokenProvider::boundedPollIntervalMs(1e300), 60000);
    QCOMPARE(TokenProvider::boundedPollIntervalMs(std::nan("")), 5000);
    QCOMPARE(TokenProvider::boundedPollIntervalMs(0.2), 1000);
}

namespace {
void armTokenStall(ApiFixture &fx)
{
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue()); // token cached
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/list", "maxCount": 1, "action": "status", "status": 503},
        {"path": "*/oauth2/token", "action": "latency", "latencyMs": 3000}]})",
                                         &error));
    // The token expires during the backoff: the retry must fetch a new one (slow).
    QObject::connect(fx.client.get(), &CdfClient::requestFinished, fx.provider, [p = fx.provider] { p->signOut(); });
}
} // namespace

void TestApiClient::cancelWhileATokenIsFetchedForARetry()
{
    ApiFixture fx;
    armTokenStall(fx);
    auto p = FunctionsService(fx.client.get()).list(FunctionFilter{});
    QTimer::singleShot(800, [p] { p.cancel(); });
    const auto r = await(p);
    QVERIFY(!r.hasValue());
    QVERIFY(r.error().isCancelled());
}

void TestApiClient::destroyClientWhileATokenIsFetchedForARetry()
{
    ApiFixture fx;
    armTokenStall(fx);
    auto p = FunctionsService(fx.client.get()).list(FunctionFilter{});
    QTimer::singleShot(800, [&fx] {
        fx.provider = nullptr;
        fx.client.reset();
    });
    const auto r = await(p);
    QVERIFY(!r.hasValue());
}

void TestApiClient::unreadableAnswersAreReadAgainTwiceAtMost()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/limits", "action": "malformed"}]})", &error));
    QSignalSpy retrying(fx.client.get(), &CdfClient::retrying);
    auto p = FunctionsService(fx.client.get()).limits();
    QPointer<ApiJob> job = p.job();
    int attempts = 0;
    QObject::connect(job, &ApiJob::finished, [&] { attempts = job->attempts(); });
    const auto r = await(p);
    QCOMPARE(r.error().kind, ApiError::Kind::Decode);
    QCOMPARE(attempts, 3);
    QTRY_COMPARE(retrying.count(), 2);
    // Non-idempotent: once. A delete (its answer is not read) and a call (its answer is: asking
    // again would start a second call).
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions/delete", "action": "malformed"}]})", &error));
    int posts = 0;
    QObject ctx;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, &ctx, [&](const emulator::HttpRequest &rq) {
        if (rq.path.endsWith(u"/functions/delete"_s) || rq.path.endsWith(u"/call"_s))
            ++posts;
    });
    auto d = FunctionsService(fx.client.get()).remove({Identifier::byId(12345)}, true);
    (void)await(d);
    QCOMPARE(posts, 1);
    const qint64 fid = fx.readyFunction(u"called-once"_s, "def handle(data):\n    return 1\n");
    QVERIFY(fid);
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions/*/call", "action": "malformed"}]})", &error));
    posts = 0;
    const auto c = await(CallsService(fx.client.get()).call(fid, QJsonObject{}, fx.http->nonce()));
    QVERIFY(!c.hasValue());
    QCOMPARE(c.error().kind, ApiError::Kind::Decode);
    QCOMPARE(posts, 1);
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"limit"_L1, 10}}).json.value("items"_L1).toArray().size(), 1);
}

void TestApiClient::unreadableFileCreateAnswerIsCleanedUp()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/files", "maxCount": 1, "action": "malformed"}]})", &error));
    DeployWorkflow d(fx.client.get(), deployOptions(fx, u"decodefile"_s));
    QVERIFY(runToEnd(d));
    qInfo("%s", qPrintable(d.summary()));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Failed);
    QVERIFY(d.summary().contains(u"Removed what this deploy created: code file"_s));
}

void TestApiClient::unreadableFunctionCreateAnswerIsAdopted()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"method": "POST", "path": "*/functions", "maxCount": 1, "action": "malformed"}]})", &error));
    DeployWorkflow d(fx.client.get(), deployOptions(fx, u"decodefn"_s));
    QVERIFY(runToEnd(d));
    qInfo("%s", qPrintable(d.summary()));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Ready);
    QCOMPARE(functionCount(fx), 1);
}

void TestApiClient::failingSignInsNeverShowTheSecret_data()
{
    QTest::addColumn<QString>("idp"); // how the sign-in fails
    QTest::addColumn<QString>("expected"); // in the sign-in error: proves the failure is the one meant
    // The emulator's token endpoint answers invalid_client (401) to a wrong secret.
    QTest::newRow("wrong secret") << u"wrong-secret"_s << u"invalid_client"_s;
    // Nothing listens on 127.0.0.1:1 (needs root): connection refused at once.
    QTest::newRow("identity provider unreachable") << u"closed-port"_s << u"cannot reach the token endpoint"_s;
    // The issuer is a web page: discovery fails, and its /oauth2/token answers HTML too.
    QTest::newRow("discovery answers junk") << u"junk-discovery"_s << u"has no access_token"_s;
    // Discovery works; the token endpoint it names answers a 502 HTML page.
    QTest::newRow("discovered token endpoint answers junk") << u"junk-token-endpoint"_s << u"answered HTTP 502"_s;
}

// A canary client secret in every failing sign-in (wrong secret, unreachable identity provider,
// discovery answering junk, a discovered token endpoint answering junk) appears in no error text,
// connection-test report, log message (every category, debug included) or file under HOME; each
// row also checks that the secret really went out, so the searches prove something.
void TestApiClient::failingSignInsNeverShowTheSecret()
{
    QFETCH(QString, idp);
    QFETCH(QString, expected);
    const ScratchHome home; // first: the emulator's data dir and any temp file land inside it
    const LogCapture logs;
    qDebug("secret scan: capture probe");
    QVERIFY2(logs.messages().join(u'\n').contains(u"capture probe"_s), "the message handler sees nothing: the log search would prove nothing");
    QVERIFY(QLoggingCategory("fstudio.api").isDebugEnabled());

    EmulatorFixture fx;
    QVERIFY(fx.started);
    QByteArray emulatorTokenBodies; // what the emulator's token endpoint received
    QObject seen;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, &seen, [&](const emulator::HttpRequest &r) {
        if (r.path == u"/oauth2/token"_s)
            emulatorTokenBodies += r.body;
    });
    const bool junkDiscovery = idp == u"junk-discovery"_s;
    QString idpBase;
    RawHttpServer junk([&](const QByteArray &head, const QByteArray &) {
        const QByteArray line = RawHttpServer::requestLine(head);
        const QByteArray page = "<!doctype html><html><body><h1>Example sign-in portal</h1></body></html>";
        if (line.startsWith("GET /.well-known/openid-configuration") && !junkDiscovery) {
            const QJsonObject doc{{"issuer"_L1, idpBase}, {"token_endpoint"_L1, QString(idpBase + u"/token"_s)}};
            return RawHttpServer::answer(200, "OK", QJsonDocument(doc).toJson(QJsonDocument::Compact));
        }
        if (junkDiscovery)
            return RawHttpServer::answer(200, "OK", page, "text/html");
        return RawHttpServer::answer(502, "Bad Gateway", page, "text/html");
    });
    QVERIFY(junk.isListening());
    idpBase = junk.url();

    QStringList shown; // every text the failing sign-in produced, wherever it went
    QObject ctx;
    OAuthSettings settings;
    settings.clientId = u"functions-studio"_s;
    settings.scopes = {fx.server->baseUrl() + u"/.default"_s};
    if (idp == u"wrong-secret"_s) {
        settings.tokenUrl = QUrl(fx.server->baseUrl() + u"/oauth2/token"_s);
    } else if (idp == u"closed-port"_s) {
        settings.tokenUrl = QUrl(u"http://127.0.0.1:1/oauth2/token"_s);
    } else {
        // The profile dialog's "Discover" first (it never sees the secret), then sign in with what it found.
        std::optional<OAuthSettings> found;
        std::optional<ApiError> discoveryError;
        QNetworkAccessManager nam;
        OAuthSettings::discover(&nam, QUrl(idpBase), &ctx, [&](const OAuthSettings &s, const ApiError *e) {
            if (e)
                discoveryError = *e;
            found = s;
        });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 15000);
        if (junkDiscovery) {
            QVERIFY(discoveryError.has_value());
            QVERIFY2(discoveryError->userMessage().contains(u"not JSON"_s), qPrintable(discoveryError->userMessage()));
            shown << textsOf(*discoveryError);
            settings.tokenUrl = QUrl(idpBase + u"/oauth2/token"_s); // typed by hand after discovery failed
        } else {
            QVERIFY2(!discoveryError, qPrintable(discoveryError ? discoveryError->userMessage() : QString()));
            QCOMPARE(found->tokenUrl.toString(), idpBase + u"/token"_s);
            settings.tokenUrl = found->tokenUrl;
        }
    }

    {
        MemorySecretStore store;
        store.write(u"p/client-secret"_s, CanarySecret, nullptr, {});
        ConnectionConfig cc;
        cc.baseUrl = QUrl(fx.server->baseUrl());
        cc.project = fx.config.project;
        CdfClient client(cc, nullptr);
        client.setRandomSource([] { return 0.0; });
        client.setMaxTimeoutMs(10000);
        auto *provider = new ClientCredentialsProvider(client.network(), settings, &store, u"p/client-secret"_s, &client);
        client.setTokenProvider(provider);
        QObject::connect(provider, &TokenProvider::signInFailed, &ctx, [&](const ApiError &e) { shown << textsOf(e); });

        // "Test connection": the report the profile dialog words (ProfileDialog::describe() shows userMessage()).
        ConnectionTest test(&client, provider, cc.project);
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(!test.ok());
        QVERIFY(!test.steps().isEmpty());
        QVERIFY(test.steps().first().error.has_value());
        for (const ConnectionTest::Step &s : test.steps()) {
            if (s.error)
                shown << textsOf(*s.error);
            shown << s.subject << s.projects << s.missing;
        }
        // A request through the client, as the main window makes: it fails with the sign-in error.
        const auto r = await(FunctionsService(&client).limits(), 20000);
        QVERIFY(!r.hasValue());
        shown << textsOf(r.error());
    }

    const QString all = shown.join(u'\n');
    QVERIFY2(all.contains(expected), qPrintable(u"not the failure this row means:\n"_s + all));
    // The secret was really in play: it went out in the token request (except to a closed port).
    if (idp == u"wrong-secret"_s)
        QVERIFY(emulatorTokenBodies.contains(CanarySecret.toUtf8()));
    else if (idp != u"closed-port"_s)
        QVERIFY2(junk.received().contains(CanarySecret.toUtf8()), "the token request never carried the secret: the search proves nothing");

    // 1. No error text, step or message shown to the user holds it.
    QVERIFY2(!all.contains(CanarySecret), qPrintable(u"the secret is in an error text: "_s + firstHolding(shown, CanarySecret)));
    // 2. No log message (every category, debug included) holds it.
    const QStringList messages = logs.messages();
    QVERIFY2(!messages.join(u'\n').contains(CanarySecret), qPrintable(u"the secret was logged: "_s + firstHolding(messages, CanarySecret)));
    // 3. No file under HOME, the XDG folders, TMPDIR or the standard locations holds it.
    int searched = 0;
    const QStringList files = home.filesHolding(CanarySecret.toUtf8(), &searched);
    QVERIFY2(files.isEmpty(), qPrintable(u"the secret was written to "_s + files.join(u", "_s)));
    QVERIFY2(searched > 0, "no file was searched (the emulator's store should be there): the search proves nothing");
}

// A token request never leaves its token URL: a 307 from the identity provider to another port is
// not followed, so the client secret in the form body goes nowhere else.
void TestApiClient::tokenRequestsAreNotRedirectedElsewhere()
{
    RawHttpServer elsewhere(
        [](const QByteArray &, const QByteArray &) { return RawHttpServer::answer(200, "OK", R"({"access_token":"stolen","expires_in":3600})"); });
    QVERIFY(elsewhere.isListening());
    RawHttpServer tokenUrl([&](const QByteArray &, const QByteArray &) { return RawHttpServer::redirect307(elsewhere.url(u"/token"_s)); });
    QVERIFY(tokenUrl.isListening());
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy); // as CdfClient's, which providers share
    OAuthSettings s;
    s.tokenUrl = QUrl(tokenUrl.url(u"/token"_s));
    s.clientId = u"functions-studio"_s;
    s.scopes = {u"https://example.cognitedata.com/.default"_s};
    ClientCredentialsProvider provider(&nam, s, CanarySecret);
    QObject ctx;
    std::optional<TokenResult> result;
    provider.signIn(&ctx, [&](const TokenResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
    QVERIFY(tokenUrl.received().contains(CanarySecret.toUtf8())); // sent where it belongs
    QVERIFY2(!elsewhere.received().contains(CanarySecret.toUtf8()), "the client secret followed a redirect to another port");
    QCOMPARE(elsewhere.connections(), 0); // stricter: a token request never leaves its token URL
    QVERIFY(!result->hasValue());
    QVERIFY2(result->error().message.contains(u"the token endpoint redirected to 127.0.0.1, and a token request is never redirected"_s),
             qPrintable(result->error().message));
    QVERIFY(!result->error().message.contains(CanarySecret));
}

void TestApiClient::refusedRedirectsNeverCarryTheToken_data()
{
    QTest::addColumn<QString>("location"); // %1: the second listener's port, %2: the first's
    QTest::addColumn<QString>("problem"); // in the job's error; empty: the redirect is followed
    const QString path = u"/api/v1/projects/playground/functions/list"_s;
    QTest::newRow("another port of 127.0.0.1") << u"http://127.0.0.1:%1"_s + path << u"redirected to another host"_s;
    // Same machine, other name: also "another host" for a token-carrying request (plain http is
    // allowed loopback to loopback, so this is the only rule that stops it).
    QTest::newRow("plain http to localhost") << u"http://localhost:%1"_s + path << u"redirected to another host"_s;
    // .invalid never resolves: if followed, the job would fail with "host not found", never "not followed".
    QTest::newRow("another machine") << u"https://redirect-target.invalid"_s + path << u"redirected to another machine"_s;
    // Same scheme, host and port: followed, token and all (kills a mutant that refuses every redirect).
    QTest::newRow("same origin is followed") << u"http://127.0.0.1:%2"_s + path + u"?moved=1"_s << QString();
}

// functions/list goes through QNetworkAccessManager (idempotent). The first listener answers it with
// `307 Temporary Redirect`; the second must never receive a byte, let alone an Authorization header.
void TestApiClient::refusedRedirectsNeverCarryTheToken()
{
    QFETCH(QString, location);
    QFETCH(QString, problem);
    RawHttpServer second([](const QByteArray &, const QByteArray &) { return RawHttpServer::answer(200, "OK", R"({"items":[]})"); });
    QVERIFY(second.isListening());
    QString target;
    RawHttpServer first([&](const QByteArray &head, const QByteArray &) {
        if (RawHttpServer::requestLine(head).contains("moved=1"))
            return RawHttpServer::answer(200, "OK", R"({"items":[]})");
        return RawHttpServer::redirect307(target);
    });
    QVERIFY(first.isListening());
    // replace(), not arg(): a row may hold %2 without %1, and arg() fills the lowest placeholder present.
    target = QString(location).replace(u"%1"_s, QString::number(second.port())).replace(u"%2"_s, QString::number(first.port()));

    TokenClient c(first.url());
    const auto r = await(FunctionsService(c.client.get()).list(FunctionFilter{}), 20000);

    // The request that was redirected did carry the token: the case the rule is about.
    QVERIFY(!first.requests().isEmpty());
    QVERIFY(first.requests().first().toLower().contains(QByteArray("authorization: bearer " + RedirectTestToken.toLatin1().toLower())));
    if (problem.isEmpty()) {
        QVERIFY2(r.hasValue(), qPrintable(r.hasValue() ? QString() : r.error().userMessage()));
        QCOMPARE(first.requests().size(), 2); // the original and the followed one
        QCOMPARE(second.connections(), 0);
        return;
    }
    // Nothing reached the second listener: no connection, no byte, so certainly no Authorization.
    QVERIFY2(!second.received().toLower().contains("authorization"), second.received().constData());
    QVERIFY2(!second.received().contains(RedirectTestToken.toLatin1()), second.received().constData());
    QCOMPARE(second.connections(), 0);
    // The job failed, once, and says why in the user's words.
    QVERIFY(!r.hasValue());
    QVERIFY2(r.error().userMessage().contains(problem), qPrintable(r.error().userMessage()));
    QVERIFY2(r.error().userMessage().contains(u"not followed"_s), qPrintable(r.error().userMessage()));
    QCOMPARE(r.error().attempts, 1); // "A refused redirect is an error and is not retried" (docs/ARCHITECTURE.md)
    QCOMPARE(first.requests().size(), 1);
}

// Creates and deletes go through OneShotHttp (never sent twice), which follows no redirect at
// all: a 307 is the answer, reported as such, sent once, and the Location is never contacted.
void TestApiClient::oneShotRequestsNeverFollowRedirects()
{
    RawHttpServer second([](const QByteArray &, const QByteArray &) { return RawHttpServer::answer(201, "Created", R"({"items":[]})"); });
    QVERIFY(second.isListening());
    RawHttpServer first([&](const QByteArray &head, const QByteArray &) {
        const QByteArray line = RawHttpServer::requestLine(head);
        const QByteArray path = line.split(' ').value(1);
        return RawHttpServer::redirect307(second.url(QString::fromLatin1(path)));
    });
    QVERIFY(first.isListening());
    TokenClient c(first.url());

    FunctionWrite w;
    w.name = u"redirected"_s;
    w.fileId = 1;
    const auto created = await(FunctionsService(c.client.get()).create(w), 20000);
    const auto removed = await(FunctionsService(c.client.get()).remove({Identifier::byId(1)}, true), 20000);
    for (const ApiError *e : {created.hasValue() ? nullptr : &created.error(), removed.hasValue() ? nullptr : &removed.error()}) {
        QVERIFY2(e, "a request answered 307 succeeded");
        QCOMPARE(e->httpStatus, 307);
        QCOMPARE(e->attempts, 1);
    }
    QCOMPARE(first.requests().size(), 2); // one create, one delete: each sent once
    QVERIFY(first.requests().at(0).startsWith("POST /api/v1/projects/playground/functions HTTP/1.1"));
    QVERIFY(first.requests().at(1).startsWith("POST /api/v1/projects/playground/functions/delete HTTP/1.1"));
    for (const QByteArray &req : first.requests())
        QVERIFY(req.toLower().contains(QByteArray("authorization: bearer " + RedirectTestToken.toLatin1().toLower())));
    QCOMPARE(second.connections(), 0);
    QVERIFY2(second.received().isEmpty(), second.received().constData());
}

// The wait before a retry is the server's Retry-After, not the backoff (the fixture's backoff is
// the shortest, 0.1 s).
void TestApiClient::retryAfterSetsTheDelay()
{
    ApiFixture fx;
    QString error;
    QVERIFY(fx.server->faults().loadJson(
        R"({"rules": [{"path": "*/functions/list", "maxCount": 1, "action": "status", "status": 429, "retryAfter": 2}]})", &error));
    QSignalSpy retrying(fx.client.get(), &CdfClient::retrying);
    QElapsedTimer t;
    t.start();
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue());
    QVERIFY2(t.elapsed() >= 1900, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(retrying.count(), 1);
    QCOMPARE(retrying.at(0).at(2).toInt(), 429); // httpStatus
    QCOMPARE(retrying.at(0).at(3).toInt(), 2000); // delayMs
}

// The emulator sends its clock in Date (as HTTP/1.1 servers do); the client keeps how far it is
// from this machine's, so a running call's timer counts on the server's clock.
void TestApiClient::serverClockFromDateHeader()
{
    ApiFixture fx({}, true); // the emulator's clock stands on 2026-11-28 10:00:30 UTC
    QCOMPARE(fx.client->serverClockOffsetMs(), 0);
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue());
    const qint64 expected = fx.clock->nowMs() - QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(std::abs(fx.client->serverClockOffsetMs() - expected) < 2500,
             qPrintable(u"%1 vs %2"_s.arg(fx.client->serverClockOffsetMs()).arg(expected)));
    QVERIFY(std::abs(fx.client->serverNowMs() - fx.clock->nowMs()) < 2500);
    // The clocks agree again: no offset below the header's one-second resolution.
    fx.clock->set(QDateTime::currentMSecsSinceEpoch());
    QVERIFY(await(FunctionsService(fx.client.get()).list(FunctionFilter{})).hasValue());
    QCOMPARE(fx.client->serverClockOffsetMs(), 0);
}

QTEST_MAIN(TestApiClient)
#include "tst_apiclient.moc"
