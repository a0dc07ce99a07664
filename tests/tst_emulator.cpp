#include "support/emulatorfixture.h"

#include "core/cron/cronexpression.h"
#include "core/util/gzip.h"
#include "emulator/sandbox.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace fstudio;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data, function_call_info):\n    print('hello ' + data.get('name', 'x'))\n    return {'greeting': 'Hello, ' + "
                         "data.get('name', 'x'), 'info': function_call_info}\n";

qint64 firstId(const TestHttp::Reply &r)
{
    return r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
}

QJsonObject items(const QJsonArray &a, bool ignoreUnknown = false)
{
    QJsonObject o{{"items"_L1, a}};
    if (ignoreUnknown)
        o.insert("ignoreUnknownIds"_L1, true);
    return o;
}
} // namespace

class TestEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authFailures();
    void callingTakesRun();
    void dataSetsOfCodeFiles();
    void oneShotAndChainedSessions();
    void scheduleDataAndQuotas();
    void commandLine();
    void unknownRoutesAndBadBodies();
    void gzipBodies();
    void createAndDeploy();
    void createValidation_data();
    void createValidation();
    void listFiltersAndByIds();
    void deployFailures_data();
    void deployFailures();
    void callSuccessAndLogs();
    void callFailures_data();
    void callFailures();
    void callTimeout();
    void warmProcessesRuntimesAndThreads();
    void runtimesPickTheirPython();
    void handlerClientIsBuiltForTheCall();
    void memoryCapCountsResidentMemory();
    void requirementsMakeASharedLayer();
    void hostPackagesOnlyWhenAsked();
    void sandboxCommandLine();
    void unreachableIndexFailsTheDeploy();
    void logsWhileRunning();
    void callRules();
    void tooManyRunningCalls();
    void tooManyRunningCallsInTheProject();
    void scheduledRunsOverTheCapAreRecorded();
    void manyDueRunsAreSpreadOverTicks();
    void lockedDatabaseLosesNothing();
    void fullDiskLosesNothing();
    void aFailedStatementRollsBackItsTransaction();
    void callsPagingOver100k();
    void schedulesCrud();
    void deletingFunctionDeletesSchedules();
    void schedulerFiresWithAdvancedClock();
    void restartPersistence();
    void files();
    void uploadLinksExpireAndFollowTheClient();
    void oauthAuthorizationCodePkce();
    void oauthRefreshAndDeviceCode();
    void signInRefusesOtherSitesAndFloods();
    void sessionsAndHandlerTokens();
    void revokingASessionEndsItsTokens();
    void emptyLinesCountAgainstTheLogBudget();
    void documentedLimitsAreTheDefaults();
    void activation();
};

// emulator::EmulatorConfig::fromCommandLine: what functions-emulator takes, and what it refuses, with the option named.
void TestEmulator::commandLine()
{
    QString error;
    const auto cfg =
        emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s, u"--port"_s, u"8080"_s, u"--project"_s, u"x"_s, u"--max-code-mb"_s,
                                                   u"3"_s, u"--client-id"_s, u"c"_s, u"--client-secret"_s, u"s"_s, u"--quiet"_s, u"--inactive"_s},
                                                  &error);
    QVERIFY2(cfg, qPrintable(error));
    QCOMPARE(cfg->port, 8080);
    QCOMPARE(cfg->project, u"x"_s);
    QCOMPARE(cfg->maxCodeBytes, 3LL * 1024 * 1024);
    QCOMPARE(cfg->clients.size(), 1);
    QCOMPARE(cfg->clients.first().clientId, u"c"_s);
    QVERIFY(!cfg->clientSecretFromDataDir && !cfg->logRequests && cfg->startInactive);
    QVERIFY(cfg->host.isLoopback());
    // A cloud's limits: Azure takes 36 kB of call input and fixed CPU and memory.
    const auto azure =
        emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s, u"--cloud"_s, u"azure"_s, u"--nonce-ttl"_s, u"30"_s}, &error);
    QVERIFY2(azure, qPrintable(error));
    QCOMPARE(azure->maxCallInputBytes, 36 * 1000);
    QCOMPARE(azure->limits.cpuCores.max, 1.0);
    QCOMPARE(azure->limits.memoryGb.defaultValue, 1.5);
    QVERIFY(!azure->limits.responseSizeMb);
    QCOMPARE(azure->nonceTtlSeconds, 30);
    const auto gcp = emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s, u"--cloud"_s, u"gcp"_s}, &error);
    QVERIFY2(gcp, qPrintable(error));
    QCOMPARE(gcp->limits.timeoutMinutes, 9);
    QCOMPARE(gcp->maxCallInputBytes, 9 * 1000 * 1000);
    const auto defaults = emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s}, &error);
    QVERIFY(defaults && defaults->clientSecretFromDataDir && defaults->port == 0 && defaults->project == u"playground"_s);
    const QList<std::pair<QStringList, QString>> wrong{
        {{u"--port"_s, u"99999"_s}, u"--port"_s},
        {{u"--host"_s, u"nowhere"_s}, u"--host"_s},
        {{u"--client-id"_s, u"c"_s}, u"go together"_s},
        {{u"--max-code-mb"_s, u"0"_s}, u"--max-code-mb"_s},
        {{u"--max-upload-mb"_s, u"99999999999999"_s}, u"--max-upload-mb"_s}, // never multiplied out of range
        {{u"--token-ttl"_s, u"soon"_s}, u"--token-ttl"_s},
        {{u"--token-ttl"_s, u"9223372036854775807"_s}, u"--token-ttl"_s}, // would overflow in milliseconds
        {{u"--nonce-ttl"_s, u"0"_s}, u"--nonce-ttl"_s},
        {{u"--cloud"_s, u"mars"_s}, u"--cloud"_s},
        {{u"--public-url"_s, u"ftp://x"_s}, u"--public-url"_s},
        {{u"--bogus"_s}, u"bogus"_s},
    };
    for (const auto &[args, named] : wrong) {
        error.clear();
        QVERIFY2(!emulator::EmulatorConfig::fromCommandLine(QStringList{u"functions-emulator"_s} + args, &error), qPrintable(args.join(u' ')));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
}

void TestEmulator::authFailures()
{
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"reader"_s, u"reader-secret"_s, {u"functions:read"_s}};
    cfg.tokenTtlSeconds = 60;
    EmulatorFixture fx(cfg, true);
    QVERIFY(fx.started);
    auto r = fx.http->pget(u"functions/limits"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), 401);
    QVERIFY(r.errorMessage().contains(u"no bearer token"_s));
    fx.http->token = u"made-up"_s;
    r = fx.http->pget(u"functions/limits"_s);
    QCOMPARE(r.status, 401);
    QVERIFY(r.errorMessage().contains(u"not valid"_s));
    // Wrong secret at the token endpoint.
    QVERIFY(!fx.http->signIn(u"functions-studio"_s, u"wrong"_s));
    QVERIFY(fx.http->signIn());
    QCOMPARE(fx.http->pget(u"functions/limits"_s).status, 200);
    // Another project.
    r = fx.http->get(u"/api/v1/projects/other-project/functions/limits"_s);
    QCOMPARE(r.status, 403);
    QVERIFY(r.errorMessage().contains(u"other-project"_s));
    // Expired.
    fx.clock->advance(61 * 1000);
    r = fx.http->pget(u"functions/limits"_s);
    QCOMPARE(r.status, 401);
    QVERIFY(r.errorMessage().contains(u"expired"_s));
    // A principal without functions:write.
    QVERIFY(fx.http->signIn(u"reader"_s, u"reader-secret"_s));
    QCOMPARE(fx.http->ppost(u"functions/list"_s, {}).status, 200);
    r = fx.http->ppost(u"functions/delete"_s, items({}));
    QCOMPARE(r.status, 403);
    QVERIFY(r.errorMessage().contains(u"functions:write"_s));
    QCOMPARE(fx.http->ppost(u"sessions"_s, items({QJsonObject{{"tokenExchange"_L1, true}}})).status, 403);
    // Token inspect lists what the principal has.
    r = fx.http->get(u"/api/v1/token/inspect"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("subject"_L1).toString(), u"client:reader"_s);
    QCOMPARE(r.json.value("projects"_L1).toArray().at(0).toObject().value("projectUrlName"_L1).toString(), u"playground"_s);
    const QJsonArray caps = r.json.value("capabilities"_L1).toArray();
    QCOMPARE(caps.size(), 1);
    QCOMPARE(caps.at(0).toObject().value("functionsAcl"_L1).toObject().value("actions"_L1).toArray(), QJsonArray{u"READ"_s});
}

// A schedule's data is held to a call input's limit, and schedules to CDF's quotas.
void TestEmulator::scheduleDataAndQuotas()
{
    emulator::EmulatorConfig cfg;
    cfg.maxCallInputBytes = 36 * 1000; // as --cloud azure
    cfg.maxSchedulesPerFunction = 2;
    cfg.maxSchedulesPerProject = 3;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 a = fx.readyFunction(u"a"_s, Hello);
    const qint64 b = fx.readyFunction(u"b"_s, Hello);
    QVERIFY(a && b);
    QCOMPARE(fx.createSchedule(a, u"too big"_s, u"0 * * * *"_s, QJsonObject{{"blob"_L1, QString(40 * 1000, u'x')}}), 400);
    QCOMPARE(fx.createSchedule(a, u"a1"_s, u"0 * * * *"_s, QJsonObject{{"small"_L1, 1}}), 201);
    QCOMPARE(fx.createSchedule(a, u"a2"_s, u"0 * * * *"_s), 201);
    QCOMPARE(fx.createSchedule(a, u"a3"_s, u"0 * * * *"_s), 400); // two per function here
    QCOMPARE(fx.createSchedule(b, u"b1"_s, u"0 * * * *"_s), 201);
    QCOMPARE(fx.createSchedule(b, u"b2"_s, u"0 * * * *"_s), 400); // three in the project here
}

// A one-shot session is not refreshed: a schedule bound to it runs until the token it exchanged
// would have expired, then fails with the reason. Sessions chain one level deep.
void TestEmulator::oneShotAndChainedSessions()
{
    emulator::EmulatorConfig cfg;
    cfg.tokenTtlSeconds = 3600;
    EmulatorFixture fx(cfg, true); // 10:00:30
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"chain"_s,
                                        "import inspect, json, urllib.request\n\n"
                                        "def handle(data):\n"
                                        "    cfg = inspect.currentframe().f_back.f_locals['request']['client']\n"
                                        "    req = urllib.request.Request(cfg['base_url'] + '/api/v1/projects/' + cfg['project'] + '/sessions',\n"
                                        "        data=json.dumps({'items': [{'tokenExchange': True}]}).encode(), method='POST',\n"
                                        "        headers={'Authorization': 'Bearer ' + cfg['token'], 'Content-Type': 'application/json'})\n"
                                        "    try:\n"
                                        "        with urllib.request.urlopen(req) as r:\n"
                                        "            made = json.load(r)['items'][0]\n"
                                        "            return {'status': r.status, 'nonce': made['nonce'], 'id': made['id']}\n"
                                        "    except urllib.error.HTTPError as e:\n"
                                        "        return {'status': e.code}\n");
    QVERIFY(fid);
    const auto callWith = [&](const QString &nonce) {
        const qint64 cid = fx.http->ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, nonce}}).json.value("id"_L1).toInteger();
        fx.waitForCall(fid, cid);
        return fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject();
    };
    // The user's session -> a handler makes a session (one level) -> its handler may not make another.
    const QJsonObject parent =
        fx.http->ppost(u"sessions"_s, items({QJsonObject{{"tokenExchange"_L1, true}}})).json.value("items"_L1).toArray().at(0).toObject();
    const QJsonObject first = callWith(parent.value("nonce"_L1).toString());
    QCOMPARE(first.value("status"_L1).toInt(), 200);
    QCOMPARE(callWith(first.value("nonce"_L1).toString()).value("status"_L1).toInt(), 403);
    // Revoking a session revokes the sessions its handlers made.
    QCOMPARE(fx.http->ppost(u"sessions/revoke"_s, items({QJsonObject{{"id"_L1, parent.value("id"_L1)}}})).status, 200);
    const QJsonObject child =
        fx.http->ppost(u"sessions/byids"_s, items({QJsonObject{{"id"_L1, first.value("id"_L1)}}})).json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(child.value("status"_L1).toString(), u"REVOKED"_s);
    // Nonces are kept hashed: the database's files do not hold one.
    for (const QFileInfo &db : QDir(fx.config.dataDir).entryInfoList({u"emulator.sqlite*"_s}, QDir::Files)) {
        QFile f(db.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(parent.value("nonce"_L1).toString().toUtf8()), qPrintable(db.fileName()));
    }
    // A schedule on a one-shot session.
    const auto oneShot = fx.http->ppost(u"sessions"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"oneshotTokenExchange"_L1, true}}}}});
    QCOMPARE(oneShot.status, 200);
    const QString nonce = oneShot.json.value("items"_L1).toArray().first().toObject().value("nonce"_L1).toString();
    const auto made = fx.http->ppost(
        u"functions/schedules"_s,
        QJsonObject{
            {"items"_L1,
             QJsonArray{QJsonObject{{"name"_L1, u"hourly"_s}, {"cronExpression"_L1, u"0 * * * *"_s}, {"functionId"_L1, fid}, {"nonce"_L1, nonce}}}}});
    QCOMPARE(made.status, 201);
    const auto scheduledCalls = [&] {
        QList<QJsonObject> out;
        for (const QJsonValue v : fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray())
            if (v.toObject().contains("scheduleId"_L1))
                out << v.toObject();
        return out;
    };
    fx.clock->advance(60 * 60 * 1000 - 30 * 1000); // 11:00: within the hour, it runs
    fx.server->tickScheduler();
    QTRY_COMPARE(scheduledCalls().size(), 1);
    QVERIFY(scheduledCalls().first().value("error"_L1).isUndefined());
    fx.clock->advance(60 * 60 * 1000); // 12:00: past the token's hour
    fx.server->tickScheduler();
    QVERIFY(fx.http->signIn()); // the test's own token expired too
    QTRY_COMPARE(scheduledCalls().size(), 2);
    const QJsonObject failed = scheduledCalls().first(); // newest first
    QCOMPARE(failed.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(failed.value("error"_L1).toObject().value("message"_L1).toString().contains(u"one-shot session"_s),
             qPrintable(failed.value("error"_L1).toObject().value("message"_L1).toString()));
}

// A code file's data set must exist, and writing into it takes files:write for all files or for
// that set; an unknown set is named in "missing".
void TestEmulator::dataSetsOfCodeFiles()
{
    emulator::EmulatorConfig cfg;
    cfg.dataSets = {emulator::EmulatorDataSet{5, u"team-a"_s}, emulator::EmulatorDataSet{6, u"team-b"_s}};
    cfg.clients << emulator::EmulatorClient{u"team-a"_s, u"a-secret"_s, {u"files:read"_s, u"files:write@dataset:5"_s}};
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const auto file = [&](std::optional<qint64> set) {
        QJsonObject o{{"name"_L1, u"code.zip"_s}};
        if (set)
            o.insert("dataSetId"_L1, *set);
        return fx.http->ppost(u"files"_s, o);
    };
    QCOMPARE(file(5).status, 201);
    QCOMPARE(fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"theirs.zip"_s}, {"externalId"_L1, u"theirs"_s}}).status, 201); // no data set
    auto r = file(77);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toObject().value("missing"_L1).toArray().at(0).toObject().value("id"_L1).toInteger(), 77);
    QVERIFY(fx.http->signIn(u"team-a"_s, u"a-secret"_s));
    QCOMPARE(file(5).status, 201);
    QCOMPARE(file(6).status, 403);
    QCOMPARE(file(std::nullopt).status, 403);
    // Overwriting a file outside its sets (moving it into set 5) is refused too.
    r = fx.http->post(fx.http->projectPath(u"files?overwrite=true"_s),
                      QJsonObject{{"name"_L1, u"theirs.zip"_s}, {"externalId"_L1, u"theirs"_s}, {"dataSetId"_L1, 5}});
    QCOMPARE(r.status, 403);
    const auto caps = fx.http->get(u"/api/v1/token/inspect"_s).json.value("capabilities"_L1).toArray();
    bool scoped = false;
    for (const QJsonValue c : caps)
        scoped |=
            c.toObject().value("filesAcl"_L1).toObject().value("scope"_L1).toObject().value("datasetScope"_L1).toObject().value("ids"_L1).toArray()
            == QJsonArray{u"5"_s};
    QVERIFY(scoped);
    // On the command line.
    QString error;
    const auto parsed =
        emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s, u"--data-set"_s, u"5:team-a"_s, u"--data-set"_s, u"6"_s}, &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->dataSets.size(), 2);
    QCOMPARE(parsed->dataSets.first().externalId, u"team-a"_s);
    QVERIFY(!emulator::EmulatorConfig::fromCommandLine({u"functions-emulator"_s, u"--data-set"_s, u"team"_s}, &error));
    QVERIFY(error.contains(u"--data-set"_s));
}

// Calling takes functionsAcl RUN (as the SDK and CDF's docs have it); WRITE is accepted too.
void TestEmulator::callingTakesRun()
{
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"runner"_s, u"runner-secret"_s, {u"functions:read"_s, u"functions:run"_s, u"sessions:create"_s}}
                << emulator::EmulatorClient{u"writer"_s, u"writer-secret"_s, {u"functions:read"_s, u"functions:write"_s, u"sessions:create"_s}}
                << emulator::EmulatorClient{u"reader"_s, u"reader-secret"_s, {u"functions:read"_s, u"sessions:create"_s}};
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"callable"_s, Hello);
    QVERIFY(fid);
    QVERIFY(fx.http->signIn(u"runner"_s, u"runner-secret"_s));
    QCOMPARE(fx.call(fid).status, 201);
    QCOMPARE(fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, fid}}})).status, 403); // RUN is not WRITE
    const auto inspected = fx.http->get(u"/api/v1/token/inspect"_s).json.value("capabilities"_L1).toArray();
    QCOMPARE(inspected.at(0).toObject().value("functionsAcl"_L1).toObject().value("actions"_L1).toArray(), (QJsonArray{u"READ"_s, u"RUN"_s}));
    QVERIFY(fx.http->signIn(u"writer"_s, u"writer-secret"_s));
    QCOMPARE(fx.call(fid).status, 201);
    QVERIFY(fx.http->signIn(u"reader"_s, u"reader-secret"_s));
    const auto refused = fx.call(fid);
    QCOMPARE(refused.status, 403);
    QVERIFY2(refused.errorMessage().contains(u"functions:run"_s), qPrintable(refused.errorMessage()));
}

void TestEmulator::unknownRoutesAndBadBodies()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    auto r = fx.http->get(u"/nothing/here"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), 404);
    r = fx.http->pget(u"functions/1/bogus"_s);
    QCOMPARE(r.status, 404);
    QVERIFY(r.errorMessage().contains(u"not an endpoint"_s));
    r = fx.http->request("POST", fx.http->projectPath(u"functions/list"_s), "{not json", {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(u"Invalid JSON body"_s));
    r = fx.http->ppost(u"functions/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"status"_L1, u"Sleeping"_s}}}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(u"filter.status"_s));
    r = fx.http->ppost(u"functions/list"_s, QJsonObject{{"limit"_L1, 10001}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(u"limit"_s));
    QVERIFY(r.headers.contains("x-request-id"));
}

void TestEmulator::gzipBodies()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    auto r = fx.http->postGzip(fx.http->projectPath(u"sessions"_s), items({QJsonObject{{"tokenExchange"_L1, true}}}));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value("items"_L1).toArray().at(0).toObject().value("nonce"_L1).toString().startsWith(u"emu_nonce_"_s));
    r = fx.http->request("POST", fx.http->projectPath(u"functions/list"_s), "definitely not gzip",
                         {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"gzip"_s));
    // A gzip bomb: 200 MB of spaces in a fraction of a MB is refused at the cap (64 MB), not inflated whole.
    const QByteArray bomb = Gzip::compress(QByteArray(200 * 1024 * 1024, ' '), 9);
    QVERIFY(bomb.size() < 1024 * 1024);
    r = fx.http->request("POST", fx.http->projectPath(u"functions/list"_s), bomb,
                         {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    QCOMPARE(r.status, 413);
    QVERIFY2(r.errorMessage().contains(u"64 MB"_s), qPrintable(r.errorMessage()));
    // Without a valid token nothing is inflated at all.
    fx.http->token = u"not-a-token"_s;
    r = fx.http->request("POST", fx.http->projectPath(u"functions/list"_s), bomb,
                         {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
    QCOMPARE(r.status, 401);
}

void TestEmulator::createAndDeploy()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QElapsedTimer t;
    t.start();
    auto r = fx.createFunction(u"greeter"_s, {{u"handler.py"_s, Hello}},
                               QJsonObject{{"externalId"_L1, u"greeter-xid"_s},
                                           {"secrets"_L1, QJsonObject{{"api-key"_L1, u"s3cret"_s}}},
                                           {"envVars"_L1, QJsonObject{{"MODE"_L1, u"test"_s}}},
                                           {"description"_L1, u"says hello"_s}});
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(created.value("status"_L1).toString(), u"Queued"_s);
    QCOMPARE(created.value("secrets"_L1).toObject().value("api-key"_L1).toString(), u"***"_s); // write-only
    QCOMPARE(created.value("cpu"_L1).toDouble(), 0.25); // defaults from limits
    QCOMPARE(created.value("memory"_L1).toDouble(), 1.0);
    QCOMPARE(created.value("functionPath"_L1).toString(), u"handler.py"_s);
    QVERIFY(!created.contains("lastCalled"_L1));
    QVERIFY(created.value("id"_L1).toInteger() > (qint64(1) << 32)); // 64-bit ids
    const QJsonObject ready = fx.waitForDeploy(created.value("id"_L1).toInteger());
    qInfo("deploy create -> Ready: %lld ms", static_cast<long long>(t.elapsed()));
    QCOMPARE(ready.value("status"_L1).toString(), u"Ready"_s);
    QVERIFY(ready.value("runtimeVersion"_L1).toString().startsWith(u"Python 3."_s));
    QVERIFY(!ready.contains("error"_L1));
    // Duplicate external id.
    r = fx.createFunction(u"greeter2"_s, {{u"handler.py"_s, Hello}}, QJsonObject{{"externalId"_L1, u"greeter-xid"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value("error"_L1).toObject().value("duplicated"_L1).toArray().at(0).toObject().value("externalId"_L1).toString(),
             u"greeter-xid"_s);
    // A file that was never uploaded.
    const auto meta = fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"empty.zip"_s}});
    r = fx.http->ppost(u"functions"_s, items({QJsonObject{{"name"_L1, u"x"_s}, {"fileId"_L1, meta.json.value("id"_L1)}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"no content yet"_s));
    // A function path written "./handler.py" (the SDK accepts it) deploys and runs.
    r = fx.createFunction(u"dotted"_s, {{u"handler.py"_s, Hello}}, QJsonObject{{"functionPath"_L1, u"./handler.py"_s}});
    QCOMPARE(r.status, 201);
    const qint64 dotted = r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
    const QJsonObject dottedReady = fx.waitForDeploy(dotted);
    QVERIFY2(dottedReady.value("status"_L1).toString() == u"Ready"_s, qPrintable(QString::fromUtf8(QJsonDocument(dottedReady).toJson())));
    QVERIFY(fx.completedCall(dotted));
    // A repeated id in byids: 400 with "duplicated" (the app never sends one).
    const qint64 greeter = created.value("id"_L1).toInteger();
    r = fx.http->ppost(u"functions/byids"_s, items({QJsonObject{{"id"_L1, greeter}}, QJsonObject{{"id"_L1, greeter}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toObject().value("duplicated"_L1).toArray().at(0).toObject().value("id"_L1).toInteger(), greeter);
    // Exactly one item per create.
    r = fx.http->ppost(u"functions"_s, items({QJsonObject{}, QJsonObject{}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"exactly one"_s));
}

void TestEmulator::createValidation_data()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("messageStart");
    QTest::newRow("secret key") << QJsonObject{{"secrets"_L1, QJsonObject{{"Bad_Key"_L1, u"v"_s}}}} << u"items[0].secrets.Bad_Key: Secret key"_s;
    QTest::newRow("cpu over limit") << QJsonObject{{"cpu"_L1, 2.0}} << u"items[0].cpu: CPU 2 is outside"_s;
    QTest::newRow("runtime") << QJsonObject{{"runtime"_L1, u"py27"_s}} << u"items[0].runtime: Runtime \"py27\""_s;
    QTest::newRow("function path") << QJsonObject{{"functionPath"_L1, u"../x.py"_s}} << u"items[0].functionPath:"_s;
    QTest::newRow("env var") << QJsonObject{{"envVars"_L1, QJsonObject{{"A-B"_L1, u"v"_s}}}} << u"items[0].envVars.A-B:"_s;
    QTest::newRow("type") << QJsonObject{{"cpu"_L1, u"lots"_s}} << u"items[0].cpu: expected a number"_s;
}

void TestEmulator::createValidation()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, messageStart);
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const auto r = fx.createFunction(u"v"_s, {{u"handler.py"_s, Hello}}, extra);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().startsWith(messageStart), qPrintable(r.errorMessage()));
    QVERIFY(!r.errorMessage().contains(u"s3cret"_s));
}

void TestEmulator::listFiltersAndByIds()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 a =
        firstId(fx.createFunction(u"alpha"_s, {{u"handler.py"_s, Hello}},
                                  {{"externalId"_L1, u"etl-alpha"_s}, {"owner"_L1, u"ann"_s}, {"metadata"_L1, QJsonObject{{"team"_L1, u"x"_s}}}}));
    const qint64 b = firstId(fx.createFunction(u"beta"_s, {{u"handler.py"_s, Hello}}, {{"externalId"_L1, u"etl-beta"_s}, {"owner"_L1, u"bob"_s}}));
    const qint64 c = firstId(fx.createFunction(u"gamma"_s, {{u"handler.py"_s, "oops"}}, {{"externalId"_L1, u"other"_s}}));
    QVERIFY(a && b && c);
    fx.waitForDeploy(a);
    fx.waitForDeploy(b);
    fx.waitForDeploy(c);
    auto names = [&](const QJsonObject &filter, int limit = 100) {
        const auto r = fx.http->ppost(u"functions/list"_s, QJsonObject{{"filter"_L1, filter}, {"limit"_L1, limit}});
        QStringList out;
        for (const auto &v : r.json.value("items"_L1).toArray())
            out << v.toObject().value("name"_L1).toString();
        return out;
    };
    QCOMPARE(names({}), (QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s}));
    QCOMPARE(names({}, 2).size(), 2);
    QCOMPARE(names({{"externalIdPrefix"_L1, u"etl-"_s}}), (QStringList{u"alpha"_s, u"beta"_s}));
    QCOMPARE(names({{"owner"_L1, u"bob"_s}}), QStringList{u"beta"_s});
    QCOMPARE(names({{"status"_L1, u"Failed"_s}}), QStringList{u"gamma"_s});
    QCOMPARE(names({{"metadata"_L1, QJsonObject{{"team"_L1, u"x"_s}}}}), QStringList{u"alpha"_s});
    QCOMPARE(names({{"name"_L1, u"beta"_s}}), QStringList{u"beta"_s});
    QCOMPARE(fx.http->pget(u"functions"_s).json.value("items"_L1).toArray().size(), 3);

    // byids: order follows the request; unknown ids are 400 with "missing" unless ignored.
    auto r = fx.http->ppost(u"functions/byids"_s, items({QJsonObject{{"externalId"_L1, u"etl-beta"_s}}, QJsonObject{{"id"_L1, a}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("items"_L1).toArray().at(0).toObject().value("name"_L1).toString(), u"beta"_s);
    r = fx.http->ppost(u"functions/byids"_s, items({QJsonObject{{"id"_L1, a}}, QJsonObject{{"externalId"_L1, u"nope"_s}}}));
    QCOMPARE(r.status, 400);
    // The Functions API writes external ids in "missing" in snake case (the SDK's tests expect it).
    QCOMPARE(r.json.value("error"_L1).toObject().value("missing"_L1).toArray(), (QJsonArray{QJsonObject{{"external_id"_L1, u"nope"_s}}}));
    // At most 10 ids per request, as the SDK sends them.
    QJsonArray eleven;
    for (int i = 0; i < 11; ++i)
        eleven.append(QJsonObject{{"id"_L1, a}});
    for (const QString &endpoint : {u"functions/byids"_s, u"functions/delete"_s}) {
        r = fx.http->ppost(endpoint, QJsonObject{{"items"_L1, eleven}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.errorMessage().contains(u"at most 10 ids per request, got 11"_s), qPrintable(r.errorMessage()));
    }
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(a)).status, 200);
    r = fx.http->ppost(u"functions/byids"_s, items({QJsonObject{{"id"_L1, a}}, QJsonObject{{"externalId"_L1, u"nope"_s}}}, true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("items"_L1).toArray().size(), 1);
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(b)).json.value("name"_L1).toString(), u"beta"_s);
    QCOMPARE(fx.http->pget(u"functions/999"_s).status, 404);
    // delete: unknown -> 400 and nothing deleted; then real delete.
    r = fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, a}}, QJsonObject{{"id"_L1, 12345}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(a)).status, 200);
    r = fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, a}}, QJsonObject{{"id"_L1, 12345}}}, true));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{}"));
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(a)).status, 404);
}

void TestEmulator::deployFailures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("functionPath");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::newRow("no handle") << u"handler.py"_s << QByteArray("def main(data):\n    pass\n") << u"handler.py"_s
                               << u"does not define a valid handle()"_s << u"no top-level function named handle"_s;
    QTest::newRow("async handle") << u"handler.py"_s << QByteArray("async def handle(data):\n    pass\n") << u"handler.py"_s
                                  << u"does not define a valid handle()"_s << u"line 1"_s;
    QTest::newRow("bad parameter") << u"handler.py"_s << QByteArray("def handle(data, config):\n    pass\n") << u"handler.py"_s
                                   << u"does not define a valid handle()"_s << u"\"config\""_s;
    QTest::newRow("import error") << u"handler.py"_s << QByteArray("import not_a_real_module_xyz\n\ndef handle(data):\n    pass\n") << u"handler.py"_s
                                  << u"ModuleNotFoundError"_s << u"not_a_real_module_xyz"_s;
    QTest::newRow("raises at import") << u"handler.py"_s << QByteArray("raise RuntimeError('config missing')\ndef handle(data):\n    pass\n")
                                      << u"handler.py"_s << u"RuntimeError: config missing"_s << u"Traceback"_s;
    QTest::newRow("syntax error") << u"handler.py"_s << QByteArray("def handle(data):\n    return (\n") << u"handler.py"_s
                                  << u"does not define a valid handle()"_s << u"bracket"_s;
    QTest::newRow("missing path") << u"main.py"_s << QByteArray("def handle(data):\n    pass\n") << u"handler.py"_s
                                  << u"handler.py was not found in the code zip"_s << u"main.py"_s;
    QTest::newRow("folder zipped itself") << u"myfn/handler.py"_s << QByteArray("def handle(data):\n    pass\n") << u"handler.py"_s
                                          << u"zip the folder's contents, not the folder itself"_s << u"myfn/"_s;
}

void TestEmulator::deployFailures()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(QString, functionPath);
    QFETCH(QString, message);
    QFETCH(QString, trace);
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const auto r = fx.createFunction(u"broken"_s, {{path, content}}, {{"functionPath"_L1, functionPath}});
    QCOMPARE(r.status, 201);
    const QJsonObject f = fx.waitForDeploy(firstId(r));
    QCOMPARE(f.value("status"_L1).toString(), u"Failed"_s);
    const QJsonObject err = f.value("error"_L1).toObject();
    QVERIFY2(err.value("message"_L1).toString().contains(message), qPrintable(err.value("message"_L1).toString()));
    QVERIFY2(err.value("trace"_L1).toString().contains(trace), qPrintable(err.value("trace"_L1).toString()));
}

void TestEmulator::callSuccessAndLogs()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"greeter"_s, Hello);
    QVERIFY(fid);
    QElapsedTimer t;
    t.start();
    const auto r = fx.call(fid, QJsonObject{{"name"_L1, u"Ada"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("status"_L1).toString(), u"Running"_s); // bare object, not wrapped
    const qint64 cid = r.json.value("id"_L1).toInteger();
    const QJsonObject done = fx.waitForCall(fid, cid);
    qInfo("trivial call -> Completed: %lld ms", static_cast<long long>(t.elapsed()));
    QCOMPARE(done.value("status"_L1).toString(), u"Completed"_s);
    QVERIFY(done.value("endTime"_L1).toInteger() >= done.value("startTime"_L1).toInteger());
    const auto resp = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid));
    QCOMPARE(resp.status, 200);
    QCOMPARE(resp.json.value("callId"_L1).toInteger(), cid);
    QCOMPARE(resp.json.value("functionId"_L1).toInteger(), fid);
    const QJsonObject value = resp.json.value("response"_L1).toObject();
    QCOMPARE(value.value("greeting"_L1).toString(), u"Hello, Ada"_s);
    QCOMPARE(value.value("info"_L1).toObject().value("call_id"_L1).toInteger(), cid);
    QCOMPARE(value.value("info"_L1).toObject().value("function_id"_L1).toInteger(), fid);
    QVERIFY(!value.value("info"_L1).toObject().contains("schedule_id"_L1));
    const auto logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid));
    QCOMPARE(logs.json.value("items"_L1).toArray().size(), 1);
    QCOMPARE(logs.json.value("items"_L1).toArray().at(0).toObject().value("message"_L1).toString(), u"hello Ada"_s);
    QVERIFY(logs.json.value("items"_L1).toArray().at(0).toObject().value("timestamp"_L1).toInteger() > 0);
    // lastCalled now set; byids of calls works.
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(fid)).json.value("lastCalled"_L1).toInteger(), done.value("startTime"_L1).toInteger());
    const auto byids = fx.http->ppost(u"functions/%1/calls/byids"_s.arg(fid), items({QJsonObject{{"id"_L1, cid}}}));
    QCOMPARE(byids.json.value("items"_L1).toArray().at(0).toObject().value("status"_L1).toString(), u"Completed"_s);
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/byids"_s.arg(fid), items({QJsonObject{{"id"_L1, 42}}})).status, 400);
    // Secrets and env vars reach the handler; client is None without the SDK (and the log says so).
    const qint64 sid =
        fx.readyFunction(u"secretive"_s,
                         "import os\n\ndef handle(data, secrets, client):\n    return {'key': secrets.get('api-key'), 'mode': "
                         "os.environ.get('MODE'), 'client': client is None}\n",
                         QJsonObject{{"secrets"_L1, QJsonObject{{"api-key"_L1, u"s3cret"_s}}}, {"envVars"_L1, QJsonObject{{"MODE"_L1, u"prod"_s}}}});
    const qint64 scid = fx.call(sid).json.value("id"_L1).toInteger();
    QCOMPARE(fx.waitForCall(sid, scid).value("status"_L1).toString(), u"Completed"_s);
    const QJsonObject sv = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(sid).arg(scid)).json.value("response"_L1).toObject();
    QCOMPARE(sv.value("key"_L1).toString(), u"s3cret"_s);
    QCOMPARE(sv.value("mode"_L1).toString(), u"prod"_s);
    if (sv.value("client"_L1).toBool()) {
        const auto slogs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(sid).arg(scid)).json.value("items"_L1).toArray();
        QVERIFY(slogs.size() >= 1);
        QVERIFY(slogs.at(0).toObject().value("message"_L1).toString().contains(u"client' is None"_s));
    }
}

void TestEmulator::callFailures_data()
{
    QTest::addColumn<QByteArray>("handler");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("trace");
    QTest::newRow("exception") << QByteArray("def inner(v):\n    return 1 / v\n\ndef handle(data):\n    print('before')\n    return inner(0)\n")
                               << u"ZeroDivisionError: division by zero"_s << u"line 2, in inner"_s;
    QTest::newRow("not json") << QByteArray("def handle(data):\n    return {1, 2}\n") << u"not JSON"_s << u"set"_s;
    QTest::newRow("too big") << QByteArray("def handle(data):\n    return 'x' * 1100000\n") << u"the limit is 1000000 bytes"_s << QString();
    QTest::newRow("sys.exit") << QByteArray("import sys\ndef handle(data):\n    sys.exit(3)\n") << u"SystemExit: 3"_s << QString();
    // A handler can write its own result file: it is read only as one JSON value, and only so much of it.
    QTest::newRow("forged result") << QByteArray("import os, sys\ndef handle(data):\n    os.write(int(sys.argv[4]), b'{\"status\": \"Completed\", "
                                                 "\"responseText\": \"{}, \\\\\"injected\\\\\": true\"}')\n    os._exit(0)\n")
                                   << u"could not be read as JSON"_s << QString();
    QTest::newRow("huge result file") << QByteArray("import os, sys\ndef handle(data):\n    try:\n        os.fdopen(int(sys.argv[4]), "
                                                    "'wb').write(b'x' * 9000000)\n    finally:\n        os._exit(0)\n")
                                      << u"the result is larger than"_s << QString();
    QTest::newRow("hard exit") << QByteArray("import os\ndef handle(data):\n    os._exit(7)\n") << u"exited with code 7"_s << QString();
}

void TestEmulator::callFailures()
{
    QFETCH(QByteArray, handler);
    QFETCH(QString, message);
    QFETCH(QString, trace);
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"failing"_s, handler);
    QVERIFY(fid);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    const QJsonObject done = fx.waitForCall(fid, cid);
    QCOMPARE(done.value("status"_L1).toString(), u"Failed"_s);
    const QJsonObject err = done.value("error"_L1).toObject();
    QVERIFY2(err.value("message"_L1).toString().contains(message), qPrintable(err.value("message"_L1).toString()));
    QVERIFY2(err.value("trace"_L1).toString().contains(trace), qPrintable(err.value("trace"_L1).toString()));
    // A finished call without a response answers null (the Toolkit reads it after any final status).
    const auto resp = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid));
    QCOMPARE(resp.status, 200);
    QCOMPARE(resp.json.value("callId"_L1).toInteger(), cid);
    QCOMPARE(resp.json.value("functionId"_L1).toInteger(), fid);
    QVERIFY(resp.json.contains("response"_L1) && resp.json.value("response"_L1).isNull());
}

// Resident memory is what counts (as in CDF), not address space: a handler that keeps allocating
// is stopped soon after it passes its function's memory setting.
void TestEmulator::memoryCapCountsResidentMemory()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"hungry"_s,
                                        "import time\n\ndef handle(data):\n    chunks = []\n    for i in range(80):\n"
                                        "        chunks.append(bytearray(25 * 1024 * 1024))\n        time.sleep(0.03)\n    return len(chunks)\n",
                                        QJsonObject{{"memory"_L1, 0.5}});
    QVERIFY(fid);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    const QJsonObject done = fx.waitForCall(fid, cid);
    QCOMPARE(done.value("status"_L1).toString(), u"Failed"_s);
    const QString message = done.value("error"_L1).toObject().value("message"_L1).toString();
    QVERIFY2(message.contains(u"more than its memory limit of 512 MB"_s), qPrintable(message));
    const int used = QRegularExpression(u"used (\\d+) MB"_s).match(message).captured(1).toInt();
    QVERIFY2(used > 512 && used < 1200, qPrintable(message)); // stopped soon after the limit, not at 2 GB
    // The call says what it used, as the message does (the app shows it beside the duration).
    QCOMPARE(done.value("runInfo"_L1).toObject().value("maxMemoryBytes"_L1).toInteger(), qint64(used) * 1024 * 1024);
}

// Each call gets a process of its own, started ahead (warm): what the module prints at import
// goes to the call that uses it. Threads start (no address-space cap); NaN comes back as Python's
// json writes it; a runtime that is not installed is named in the call's log.
void TestEmulator::warmProcessesRuntimesAndThreads()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"warm"_s,
                                        "import os, uuid\nfrom concurrent.futures import ThreadPoolExecutor\n"
                                        "print('module imported')\nCOUNT = [0]\nPROCESS = uuid.uuid4().hex\n\n"
                                        "def handle(data):\n"
                                        "    COUNT[0] += 1\n"
                                        "    with ThreadPoolExecutor(max_workers=200) as pool:\n"
                                        "        squares = sum(pool.map(lambda x: x * x, range(400)))\n"
                                        "    return {'pid': PROCESS, 'count': COUNT[0], 'squares': squares, 'nan': float('nan')}\n",
                                        QJsonObject{{"runtime"_L1, u"py311"_s}});
    QVERIFY(fid);
    QSet<QString> pids;
    for (int i = 0; i < 3; ++i) {
        const qint64 cid = fx.completedCall(fid);
        QVERIFY(cid);
        // How it ran: the peak memory of its process, and a warm start once a process was ready.
        const QJsonObject run = fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json.value("runInfo"_L1).toObject();
        const qint64 peak = run.value("maxMemoryBytes"_L1).toInteger();
        QVERIFY2(peak > 5'000'000 && peak < 2'000'000'000, qPrintable(QString::number(peak)));
        QVERIFY(run.value("coldStart"_L1).isBool());
        if (i > 0)
            QCOMPARE(run.value("coldStart"_L1).toBool(), false);
        const auto r = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains("\"nan\": NaN"), r.body.constData()); // as json.dumps writes it
        QVERIFY(r.body.contains("\"count\": 1,")); // a fresh process every time
        QVERIFY(r.body.contains("\"squares\": 21253400"));
        pids << QRegularExpression(u"\"pid\": \"(\\w+)\""_s).match(QString::fromLatin1(r.body)).captured(1); // in a PID namespace, every pid is 2
        const auto logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
        QCOMPARE(logs.size(), 1);
        QCOMPARE(logs.at(0).toObject().value("message"_L1).toString(), u"module imported"_s);
    }
    QCOMPARE(pids.size(), 3);
    QCOMPARE(fx.server->warmProcessCount(), 1); // ready for the next call
    QTRY_COMPARE(fx.server->runningProcessCount(), 0);
    // Deleting the function ends its warm process.
    QCOMPARE(fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, fid}}})).status, 200);
    QCOMPARE(fx.server->warmProcessCount(), 0);
    // Keyword-only parameters with the names CDF passes are fine, as in CDF.
    const qint64 kw = fx.readyFunction(u"keyword-only"_s, "def handle(*, data, function_call_info=None):\n    return data\n");
    QVERIFY(kw);
    const qint64 kwCall = fx.call(kw, QJsonObject{{"x"_L1, 1}}).json.value("id"_L1).toInteger();
    QCOMPARE(fx.waitForCall(kw, kwCall).value("status"_L1).toString(), u"Completed"_s);
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(kw).arg(kwCall)).json.value("response"_L1).toObject().value("x"_L1).toInt(), 1);
}

namespace {
// The minor version of the machine's python3 (11 on Debian 12).
int python3Minor()
{
    QProcess py;
    py.start(u"python3"_s, {u"-c"_s, u"import sys; print(sys.version_info.minor)"_s});
    py.waitForFinished(30000);
    return QString::fromLatin1(py.readAllStandardOutput()).trimmed().toInt();
}

QJsonArray callLogs(EmulatorFixture &fx, qint64 fid, qint64 cid)
{
    return fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
}
} // namespace

// A function runs on python3.X for runtime py3X when that is installed (no note in its log), and
// on python3 otherwise, with a log line that says which Python ran it. Both branches run here:
// the installed one with the machine's own python3.X, the missing one with a version it lacks.
void TestEmulator::runtimesPickTheirPython()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const QByteArray which = "import sys\ndef handle(data):\n    return {'exe': sys.executable, 'minor': sys.version_info.minor}\n";
    const int minor = python3Minor();
    QVERIFY2(minor >= 10, "python3 is missing or older than 3.10");
    QVERIFY2(!QStandardPaths::findExecutable(u"python3.%1"_s.arg(minor)).isEmpty(), "python3.X of the machine's python3 is not on PATH");
    // Installed: py3<minor> runs on python3.<minor> itself, not on "python3", and says nothing.
    const qint64 same = fx.readyFunction(u"installed"_s, which, QJsonObject{{"runtime"_L1, u"py3%1"_s.arg(minor)}});
    QVERIFY(same);
    const qint64 sameCall = fx.completedCall(same);
    QVERIFY(sameCall);
    const QJsonObject sameRun = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(same).arg(sameCall)).json.value("response"_L1).toObject();
    QVERIFY2(sameRun.value("exe"_L1).toString().endsWith(u"/python3.%1"_s.arg(minor)), qPrintable(sameRun.value("exe"_L1).toString()));
    QCOMPARE(sameRun.value("minor"_L1).toInt(), minor);
    for (const auto &line : callLogs(fx, same, sameCall))
        QVERIFY2(!line.toObject().value("message"_L1).toString().contains(u"[functions-emulator]"_s),
                 qPrintable(line.toObject().value("message"_L1).toString()));
    // Missing: another runtime the project offers, whose python3.X on PATH is what a pyenv shim of
    // an inactive version is: it exits with "command not found". (A fake first on PATH, so every
    // machine has this case, whatever Pythons it has.)
    const int missing = minor == 10 ? 12 : 10;
    QTemporaryDir bin;
    const QString shim = bin.filePath(u"python3.%1"_s.arg(missing));
    {
        QFile f(shim);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\necho \"pyenv: python3." + QByteArray::number(missing) + ": command not found\" >&2\nexit 127\n");
    }
    QVERIFY(QFile::setPermissions(shim, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    const QByteArray path = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + path);
    const auto restorePath = qScopeGuard([path] { qputenv("PATH", path); });
    const qint64 other = fx.readyFunction(u"missing"_s, which, QJsonObject{{"runtime"_L1, u"py3%1"_s.arg(missing)}});
    QVERIFY(other);
    const qint64 cid = fx.completedCall(other);
    QVERIFY(cid);
    const QJsonObject ran = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(other).arg(cid)).json.value("response"_L1).toObject();
    QCOMPARE(ran.value("minor"_L1).toInt(), minor);
    const QJsonArray logs = callLogs(fx, other, cid);
    QVERIFY(!logs.isEmpty());
    const QString note = logs.at(0).toObject().value("message"_L1).toString();
    QVERIFY2(note.contains(u"asks for runtime py3%1 (Python 3.%1), but python3.%1 is not installed"_s.arg(missing)), qPrintable(note));
    QVERIFY2(note.contains(u"Python 3.%1."_s.arg(minor)), qPrintable(note));
}

// The handler's `client` is a CogniteClient built for the call: the project, the emulator's
// address and a token that works. A stand-in `cognite.client` package on the handler's path
// records how it was built (the real SDK is not installed here), and the handler uses the token.
void TestEmulator::handlerClientIsBuiltForTheCall()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const QMap<QString, QByteArray> files{
        {u"cognite/__init__.py"_s, ""},
        {u"cognite/client/__init__.py"_s,
         "class ClientConfig:\n    def __init__(self, **kw):\n        self.kw = kw\n\n"
         "class CogniteClient:\n    def __init__(self, config):\n        self.config = config\n"},
        {u"cognite/client/credentials.py"_s, "class Token:\n    def __init__(self, token):\n        self.token = token\n"},
        {u"handler.py"_s, R"py(import json, urllib.request

def handle(data, client):
    kw = client.config.kw
    token = kw['credentials'].token
    req = urllib.request.Request(kw['base_url'] + '/api/v1/projects/' + kw['project'] + '/functions/list', data=b'{}',
                                 headers={'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json'}, method='POST')
    with urllib.request.urlopen(req, timeout=20) as r:
        names = [f['name'] for f in json.load(r)['items']]
    return {'client_name': kw['client_name'], 'project': kw['project'], 'base_url': kw['base_url'], 'names': names}
)py"}};
    const auto created = fx.createFunction(u"uses-client"_s, files);
    const qint64 fid = created.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
    QVERIFY(fid);
    QCOMPARE(fx.waitForDeploy(fid).value("status"_L1).toString(), u"Ready"_s);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    const QJsonObject done = fx.waitForCall(fid, cid);
    QVERIFY2(done.value("status"_L1).toString() == u"Completed"_s, QJsonDocument(done).toJson().constData());
    const QJsonObject r = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject();
    QCOMPARE(r.value("project"_L1).toString(), fx.config.project);
    QCOMPARE(r.value("base_url"_L1).toString(), fx.server->baseUrl());
    QCOMPARE(r.value("client_name"_L1).toString(), u"functions-emulator"_s);
    QCOMPARE(r.value("names"_L1).toArray(), QJsonArray{u"uses-client"_s}); // the token was accepted
    for (const auto &line : callLogs(fx, fid, cid))
        QVERIFY2(!line.toObject().value("message"_L1).toString().contains(u"'client' is None"_s),
                 qPrintable(line.toObject().value("message"_L1).toString()));
}

namespace {
// Writes a minimal wheel of the package `tinypkg` (VALUE = value) into dir, as pip expects one.
bool writeTinyWheel(const QString &dir, const QString &version, int value)
{
    QProcess py;
    py.start(u"python3"_s,
             {u"-c"_s, uR"(
import base64, hashlib, sys, zipfile
folder, version, value = sys.argv[1], sys.argv[2], sys.argv[3]
info = f"tinypkg-{version}.dist-info"
files = {"tinypkg/__init__.py": f"VALUE = {value}\n",
         f"{info}/METADATA": f"Metadata-Version: 2.1\nName: tinypkg\nVersion: {version}\n",
         f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: tst_emulator\nRoot-Is-Purelib: true\nTag: py3-none-any\n"}
record = ""
for name, text in files.items():
    digest = base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b"=").decode()
    record += f"{name},sha256={digest},{len(text.encode())}\n"
files[f"{info}/RECORD"] = record + f"{info}/RECORD,,\n"
with zipfile.ZipFile(f"{folder}/tinypkg-{version}-py3-none-any.whl", "w") as z:
    for name, text in files.items():
        z.writestr(name, text)
)"_s,
              dir, version, QString::number(value)});
    return py.waitForFinished(30000) && py.exitCode() == 0;
}
} // namespace

// A function runs in an environment of its own: the standard library and its requirements.txt,
// installed (here offline, from a wheelhouse) into a layer that every function with the same file
// shares; not the packages of the Python that runs it (pip here), which CDF would not have. What
// cannot be installed fails the deploy with pip's own words; markers are evaluated by pip.
void TestEmulator::requirementsMakeASharedLayer()
{
    QTemporaryDir wheels;
    QVERIFY(writeTinyWheel(wheels.path(), u"1.0"_s, 42));
    emulator::EmulatorConfig cfg;
    cfg.wheelhouse = wheels.path();
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    // The handler tries, at import, to plant a .pth file in every layer folder it can see.
    const QByteArray handler = "import os, tinypkg\nWROTE = []\n"
                               "for d in ('/opt/functions-emulator/env', '/opt/functions-emulator/build', '/opt/functions-emulator/sdk'):\n"
                               "    try:\n"
                               "        open(os.path.join(d, 'poison.pth'), 'w').write('print(\"POISONED\")\\n')\n"
                               "        WROTE.append(d)\n"
                               "    except OSError:\n"
                               "        pass\n\n"
                               "def handle(data):\n    return {'value': tinypkg.VALUE, 'from': tinypkg.__file__, 'wrote': WROTE}\n";
    const QByteArray requirements = "tinypkg==1.0\nsurely-missing==9.9; python_version < '3'\ncognite-sdk\n";
    auto r = fx.createFunction(u"with-reqs"_s, {{u"handler.py"_s, handler}, {u"requirements.txt"_s, requirements}});
    const qint64 fid = firstId(r);
    QJsonObject f = fx.waitForDeploy(fid, 120000);
    QVERIFY2(f.value("status"_L1).toString() == u"Ready"_s, QJsonDocument(f).toJson().constData());
    const qint64 cid = fx.completedCall(fid);
    QVERIFY(cid);
    const QJsonObject value = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject();
    QCOMPARE(value.value("value"_L1).toInt(), 42);
    QVERIFY2(value.value("from"_L1).toString().startsWith(u"/opt/functions-emulator/env/"_s), qPrintable(value.value("from"_L1).toString()));
    QCOMPARE(value.value("wrote"_L1).toArray().size(), 0); // layers are read-only to the code, at deploy and in calls
    QDirIterator poison(fx.config.dataDir + u"/envs"_s, {u"poison.pth"_s}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(!poison.hasNext());
    const auto layers = [&] { return QDir(fx.config.dataDir + u"/envs"_s).entryList({u"req-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot); };
    QCOMPARE(layers().size(), 1);
    const QDateTime made = QFileInfo(fx.config.dataDir + u"/envs/"_s + layers().first()).lastModified();
    // Another function with the same requirements uses the same layer: nothing is installed again.
    r = fx.createFunction(u"same-reqs"_s, {{u"handler.py"_s, handler}, {u"requirements.txt"_s, requirements}});
    QCOMPARE(fx.waitForDeploy(firstId(r), 120000).value("status"_L1).toString(), u"Ready"_s);
    QCOMPARE(layers().size(), 1);
    QCOMPARE(QFileInfo(fx.config.dataDir + u"/envs/"_s + layers().first()).lastModified(), made);
    // A version the wheelhouse does not have: Failed, with pip's reason, and no layer is left behind.
    r = fx.createFunction(u"wrong-version"_s, {{u"handler.py"_s, handler}, {u"requirements.txt"_s, "tinypkg==2.0\n"}});
    f = fx.waitForDeploy(firstId(r), 120000);
    QCOMPARE(f.value("status"_L1).toString(), u"Failed"_s);
    const QString trace = f.value("error"_L1).toObject().value("trace"_L1).toString();
    QVERIFY2(trace.contains(u"pip could not install requirements.txt offline"_s), qPrintable(trace));
    QVERIFY2(trace.contains(u"tinypkg==2.0"_s), qPrintable(trace));
    QCOMPARE(QDir(fx.config.dataDir + u"/envs"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot).filter(u"req-"_s).size(), 1);
    // Requirements that name a file of the code (a bundled wheel) make a layer of that function's own.
    QTemporaryDir w1, w2;
    QVERIFY(writeTinyWheel(w1.path(), u"1.0"_s, 1));
    QVERIFY(writeTinyWheel(w2.path(), u"1.0"_s, 2));
    const auto wheelOf = [](const QTemporaryDir &d) {
        QFile wheel(d.filePath(u"tinypkg-1.0-py3-none-any.whl"_s));
        return wheel.open(QIODevice::ReadOnly) ? wheel.readAll() : QByteArray();
    };
    const QByteArray bundled = "wheels/tinypkg-1.0-py3-none-any.whl\n";
    const QByteArray plain = "import tinypkg\n\ndef handle():\n    return tinypkg.VALUE\n";
    for (const auto &[name, expected, dir] : {std::tuple{u"bundled-1"_s, 1, &w1}, std::tuple{u"bundled-2"_s, 2, &w2}}) {
        r = fx.createFunction(
            name, {{u"handler.py"_s, plain}, {u"requirements.txt"_s, bundled}, {u"wheels/tinypkg-1.0-py3-none-any.whl"_s, wheelOf(*dir)}});
        const qint64 id = firstId(r);
        QCOMPARE(fx.waitForDeploy(id, 120000).value("status"_L1).toString(), u"Ready"_s);
        const qint64 call = fx.completedCall(id);
        QCOMPARE(fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(id).arg(call)).json.value("response"_L1).toInt(), expected);
    }
    // A package the machine's Python has (pip) but requirements.txt does not name: as in CDF, the
    // deploy fails, naming it.
    r = fx.createFunction(u"undeclared"_s, {{u"handler.py"_s, "import pip\n\ndef handle():\n    return 1\n"}});
    f = fx.waitForDeploy(firstId(r), 120000);
    QCOMPARE(f.value("status"_L1).toString(), u"Failed"_s);
    const QJsonObject error = f.value("error"_L1).toObject();
    QVERIFY2(error.value("message"_L1).toString().contains(u"ModuleNotFoundError: No module named 'pip'"_s),
             qPrintable(error.value("message"_L1).toString()));
    QVERIFY2(error.value("trace"_L1).toString().contains(u"'pip' is not installed in the function's environment"_s),
             qPrintable(error.value("trace"_L1).toString()));
    // Deleting the function removes its code.
    QTRY_COMPARE(fx.server->runningProcessCount(), 0);
    QCOMPARE(fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, fid}}})).status, 200);
    QTRY_VERIFY(!QFileInfo::exists(fx.config.dataDir + u"/functions/%1"_s.arg(fid))); // on a worker thread
}

// The sandbox drops every capability and covers the data dir when a mounted folder holds it (a
// Python installed under the user's home, as the data dir is).
void TestEmulator::sandboxCommandLine()
{
    emulator::Interpreter py;
    py.executable = u"/home/u/.local/bin/python3"_s;
    py.roots = {u"/home/u/.local"_s, u"/usr"_s};
    const QStringList a =
        emulator::Sandbox::wrap(py, {}, 1024 * 1024, {u"/home/u/.local/share/functions-studio/emulator/p"_s, u"/srv/data"_s}, {u"/bin/true"_s});
    const qsizetype cap = a.indexOf(u"--cap-drop"_s);
    QVERIFY(cap > 0);
    QCOMPARE(a.value(cap + 1), u"ALL"_s);
    const qsizetype root = a.indexOf(u"/home/u/.local"_s);
    const qsizetype hidden = a.indexOf(u"/home/u/.local/share/functions-studio/emulator/p"_s);
    QVERIFY(root > 0 && hidden > root); // covered after the folder that holds it is mounted
    QCOMPARE(a.value(hidden - 1), u"--tmpfs"_s);
    QVERIFY(!a.contains(u"/srv/data"_s)); // not under anything mounted: nothing to cover
    QCOMPARE(a.indexOf(u"--"_s), a.size() - 2);
}

// --use-host-packages lets a handler import what the machine's Python has, and says so in every call's log.
void TestEmulator::hostPackagesOnlyWhenAsked()
{
    emulator::EmulatorConfig cfg;
    cfg.useHostPackages = true;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"host-pip"_s, "import pip\n\ndef handle():\n    return pip.__name__\n");
    QVERIFY(fid);
    const qint64 cid = fx.completedCall(fid);
    QVERIFY(cid);
    const auto logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
    QVERIFY(!logs.isEmpty());
    QVERIFY2(logs.at(0).toObject().value("message"_L1).toString().contains(u"--use-host-packages"_s), QJsonDocument(logs).toJson().constData());
}

// Without a wheelhouse, the function's index URL is used; an index that cannot be reached fails
// the deploy quickly, saying what to do.
void TestEmulator::unreachableIndexFailsTheDeploy()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const auto r = fx.createFunction(u"no-index"_s,
                                     {{u"handler.py"_s, "def handle():\n    return 1\n"}, {u"requirements.txt"_s, "surely-not-installed-pkg==1.0\n"}},
                                     QJsonObject{{"indexUrl"_L1, u"http://reader:t0ken-in-url@127.0.0.1:9/simple?x=1"_s}});
    const QJsonObject f = fx.waitForDeploy(firstId(r), 120000);
    QCOMPARE(f.value("status"_L1).toString(), u"Failed"_s);
    const QString trace = f.value("error"_L1).toObject().value("trace"_L1).toString();
    QVERIFY2(trace.contains(u"from http://***@127.0.0.1:9/simple"_s), qPrintable(trace));
    QVERIFY2(!QJsonDocument(f).toJson().contains("t0ken-in-url"), qPrintable(trace)); // private index credentials stay private
    QVERIFY2(trace.contains(u"ERROR:"_s), qPrintable(trace)); // pip's own words
    QVERIFY2(trace.contains(u"--wheelhouse"_s), qPrintable(trace));
    QVERIFY2(trace.contains(u"surely-not-installed-pkg==1.0"_s), qPrintable(trace)); // pip names what it could not find
}

void TestEmulator::callTimeout()
{
    emulator::EmulatorConfig cfg;
    cfg.callTimeoutMs = 1500;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"sleepy"_s, "import time\ndef handle(data):\n    print('going to sleep')\n    time.sleep(60)\n");
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    const QJsonObject done = fx.waitForCall(fid, cid, 20000);
    QCOMPARE(done.value("status"_L1).toString(), u"Timeout"_s);
    QVERIFY(done.value("error"_L1).toObject().value("message"_L1).toString().contains(u"1.5 s"_s));
    QVERIFY(done.value("endTime"_L1).toInteger() - done.value("startTime"_L1).toInteger() < 10000);
    // The lines printed before the kill are kept.
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid))
                 .json.value("items"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("message"_L1)
                 .toString(),
             u"going to sleep"_s);
    QTRY_COMPARE(fx.server->runningProcessCount(), 0);
}

void TestEmulator::logsWhileRunning()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"tail"_s,
                                        "import sys, time\ndef handle(data):\n    print('first')\n    print('to stderr', file=sys.stderr)\n    "
                                        "time.sleep(1.5)\n    print('last')\n    return 1\n");
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    // While Running, the lines printed so far are there.
    QTRY_COMPARE_WITH_TIMEOUT(fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray().size(), 2, 10000);
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json.value("status"_L1).toString(), u"Running"_s);
    const auto running = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid));
    QCOMPARE(running.status, 400);
    QCOMPARE(running.errorMessage(), u"Call is still running"_s);
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    const QJsonArray logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
    QStringList lines;
    for (const auto &l : logs)
        lines << l.toObject().value("message"_L1).toString();
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.first(), u"first"_s);
    QCOMPARE(lines.last(), u"last"_s);
    QVERIFY(lines.contains(u"to stderr"_s));
    QVERIFY(logs.at(2).toObject().value("timestamp"_L1).toInteger() - logs.at(0).toObject().value("timestamp"_L1).toInteger() >= 1000);
}

void TestEmulator::callRules()
{
    EmulatorFixture fx(emulator::EmulatorConfig{}, true);
    QVERIFY(fx.http->signIn());
    const auto queued = fx.createFunction(u"slowdeploy"_s, {{u"handler.py"_s, Hello}});
    const qint64 qid = firstId(queued);
    // Calling before Ready.
    auto r = fx.call(qid);
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(u"Function is not ready (status: "_s));
    fx.waitForDeploy(qid);
    // Nonce missing / unknown / reused / expired.
    r = fx.http->ppost(u"functions/%1/call"_s.arg(qid), QJsonObject{{"data"_L1, QJsonObject()}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().startsWith(u"nonce"_s));
    r = fx.http->ppost(u"functions/%1/call"_s.arg(qid), QJsonObject{{"nonce"_L1, u"made-up"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"unknown nonce"_s));
    const QString nonce = fx.http->nonce();
    QCOMPARE(fx.http->ppost(u"functions/%1/call"_s.arg(qid), QJsonObject{{"nonce"_L1, nonce}}).status, 201);
    r = fx.http->ppost(u"functions/%1/call"_s.arg(qid), QJsonObject{{"nonce"_L1, nonce}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"already used"_s));
    const QString old = fx.http->nonce();
    fx.clock->advance(11 * 60 * 1000);
    QVERIFY(fx.http->signIn());
    r = fx.http->ppost(u"functions/%1/call"_s.arg(qid), QJsonObject{{"nonce"_L1, old}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"expired"_s));
    // Unknown function, oversized input.
    QCOMPARE(fx.call(77).status, 404);
    emulator::EmulatorConfig small;
    small.maxCallInputBytes = 36000;
    EmulatorFixture azure(small);
    QVERIFY(azure.http->signIn());
    const qint64 aid = azure.readyFunction(u"a"_s, Hello);
    r = azure.call(aid, QJsonObject{{"blob"_L1, QString(40000, u'x')}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"36.0 kB"_s));
    // Sessions with bad client credentials.
    r = fx.http->ppost(u"sessions"_s, items({QJsonObject{{"clientId"_L1, u"functions-studio"_s}, {"clientSecret"_L1, u"nope"_s}}}));
    QCOMPARE(r.status, 403);
    r = fx.http->ppost(u"sessions"_s, items({QJsonObject{{"clientId"_L1, u"functions-studio"_s}, {"clientSecret"_L1, u"emulator-secret"_s}}}));
    QCOMPARE(r.status, 200);
    const QJsonObject session = r.json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(session.value("type"_L1).toString(), u"CLIENT_CREDENTIALS"_s);
    QCOMPARE(session.value("status"_L1).toString(), u"READY"_s);
    QCOMPARE(session.value("clientId"_L1).toString(), u"functions-studio"_s);
}

void TestEmulator::tooManyRunningCallsInTheProject()
{
    emulator::EmulatorConfig cfg;
    cfg.maxRunningCalls = 2;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 a = fx.readyFunction(u"slow-a"_s, "import time\ndef handle(data):\n    time.sleep(3)\n    return 1\n");
    const qint64 b = fx.readyFunction(u"slow-b"_s, "import time\ndef handle(data):\n    time.sleep(3)\n    return 1\n");
    QVERIFY(a && b);
    QCOMPARE(fx.call(a).status, 201);
    QCOMPARE(fx.call(b).status, 201);
    const auto third = fx.call(a);
    QCOMPARE(third.status, 429); // handler processes, all functions: CDF's running calls per project
    QVERIFY(third.headers.contains("retry-after"));
    QVERIFY2(third.errorMessage().contains(u"the project already has 2 running calls"_s), qPrintable(third.errorMessage()));
    // The limit frees up when calls end.
    QTRY_COMPARE_WITH_TIMEOUT(fx.server->runningCalls(), 0, 20000);
    QCOMPARE(fx.call(a).status, 201);
}

void TestEmulator::tooManyRunningCalls()
{
    emulator::EmulatorConfig cfg;
    cfg.maxRunningCallsPerFunction = 2;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"busy"_s, "import time\ndef handle(data):\n    time.sleep(3)\n");
    QCOMPARE(fx.call(fid).status, 201);
    QCOMPARE(fx.call(fid).status, 201);
    const QString nonce = fx.http->nonce();
    auto r = fx.http->ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, nonce}});
    QCOMPARE(r.status, 429);
    QCOMPARE(r.headers.value("retry-after"), QByteArray("5"));
    // A refused call does not use up the nonce.
    QTRY_COMPARE_WITH_TIMEOUT(fx.server->store().runningCallCount(fid), 0, 15000);
    QCOMPARE(fx.http->ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, nonce}}).status, 201);
}

// A scheduled run over the running-call caps is recorded as a Failed call that says why, never dropped.
void TestEmulator::scheduledRunsOverTheCapAreRecorded()
{
    emulator::EmulatorConfig cfg;
    cfg.maxRunningCallsPerFunction = 1;
    EmulatorFixture fx(cfg, true); // 10:00:30
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"busy"_s, "import time\ndef handle(data):\n    time.sleep(30)\n");
    QCOMPARE(fx.call(fid).status, 201);
    QCOMPARE(
        fx.http
            ->ppost(u"functions/schedules"_s,
                    items({QJsonObject{
                        {"name"_L1, u"minutely"_s}, {"cronExpression"_L1, u"* * * * *"_s}, {"functionId"_L1, fid}, {"nonce"_L1, fx.http->nonce()}}}))
            .status,
        201);
    fx.clock->advance(60 * 1000);
    fx.server->tickScheduler();
    QJsonObject scheduled;
    for (const QJsonValue v : fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray())
        if (v.toObject().contains("scheduleId"_L1))
            scheduled = v.toObject();
    QCOMPARE(scheduled.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY2(
        scheduled.value("error"_L1).toObject().value("message"_L1).toString().contains(u"was not started: 1 calls of this function were running"_s),
        QJsonDocument(scheduled).toJson().constData());
}

// Many runs due at once start over several ticks (50 a tick), each with its own scheduled time;
// a tick with nothing due reads no schedule.
void TestEmulator::manyDueRunsAreSpreadOverTicks()
{
    EmulatorFixture fx(emulator::EmulatorConfig{}, true); // 10:00:30
    QVERIFY(fx.http->signIn());
    // Runs of a function that is not Ready are skipped without a call: the test starts no processes.
    const auto r = fx.createFunction(u"broken"_s, {{u"handler.py"_s, "def handle(:\n"}});
    const qint64 fid = firstId(r);
    QCOMPARE(fx.waitForDeploy(fid).value("status"_L1).toString(), u"Failed"_s);
    QList<qint64> ids;
    for (int i = 0; i < 60; ++i) {
        const auto made = fx.http->ppost(
            u"functions/schedules"_s,
            items({QJsonObject{
                {"name"_L1, u"s%1"_s.arg(i)}, {"cronExpression"_L1, u"* * * * *"_s}, {"functionId"_L1, fid}, {"nonce"_L1, fx.http->nonce()}}}));
        QCOMPARE(made.status, 201);
        ids << firstId(made);
    }
    const qint64 before = fx.clock->nowMs();
    fx.clock->advance(60 * 1000);
    const auto fired = [&] {
        return int(std::count_if(ids.cbegin(), ids.cend(), [&](qint64 id) { return fx.server->store().scheduleLastFired(id) > before; }));
    };
    fx.server->tickScheduler();
    QCOMPARE(fired(), 50);
    fx.server->tickScheduler();
    QCOMPARE(fired(), 60);
}

// Another program holds the database locked: a request that would write answers 503 with
// Retry-After at once (no nonce handed out, nothing half-made), and a call that ends meanwhile
// keeps its outcome and log until the lock goes, then both are written.
void TestEmulator::lockedDatabaseLosesNothing()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid =
        fx.readyFunction(u"slowish"_s, "import time\ndef handle():\n    print('working', flush=True)\n    time.sleep(1)\n    return 'done'\n");
    QVERIFY(fid);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    QVERIFY(cid);
    QProcess locker;
    locker.start(u"python3"_s,
                 {u"-c"_s,
                  u"import sqlite3, sys\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\nc.execute('BEGIN EXCLUSIVE')\n"
                  "print('locked', flush=True)\nsys.stdin.read()\n"_s,
                  fx.config.dataDir + u"/emulator.sqlite"_s});
    QVERIFY(locker.waitForReadyRead(10000));
    QCOMPARE(locker.readAll().trimmed(), QByteArray("locked"));
    QElapsedTimer t;
    t.start();
    const auto refused = fx.http->ppost(u"sessions"_s, items({QJsonObject{{"tokenExchange"_L1, true}}}));
    QCOMPARE(refused.status, 503);
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed()))); // no stall of seconds
    QCOMPARE(refused.headers.value("retry-after"), QByteArray("1"));
    QVERIFY2(refused.errorMessage().contains(u"locked by another program"_s), qPrintable(refused.errorMessage()));
    QVERIFY(!refused.body.contains("nonce"));
    // The call ends while the lock is held: it stays Running in the store until the lock goes.
    QTRY_COMPARE_WITH_TIMEOUT(fx.server->runningProcessCount(), 0, 15000);
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json.value("status"_L1).toString(), u"Running"_s);
    locker.closeWriteChannel();
    QVERIFY(locker.waitForFinished(10000));
    QTRY_COMPARE_WITH_TIMEOUT(fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json.value("status"_L1).toString(), u"Completed"_s, 5000);
    const auto logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
    QCOMPARE(logs.size(), 1);
    QCOMPARE(logs.at(0).toObject().value("message"_L1).toString(), u"working"_s);
    QCOMPARE(fx.http->ppost(u"sessions"_s, items({QJsonObject{{"tokenExchange"_L1, true}}})).status, 200);
}

// A statement that fails inside a transaction (here a repeated nonce: a constraint, which SQLite
// does not roll back by itself) makes the whole transaction roll back at commit.
void TestEmulator::aFailedStatementRollsBackItsTransaction()
{
    QTemporaryDir dir;
    emulator::EmulatorStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(u"s.sqlite"_s), &error), qPrintable(error));
    Session a;
    a.id = 11;
    a.nonce = u"same-nonce"_s;
    Session b = a;
    b.id = 12;
    QVERIFY(store.transaction());
    store.putSession(a, u"x"_s, 0, {});
    store.putSession(b, u"x"_s, 0, {}); // refused: the nonce is unique
    store.setMeta(u"after"_s, u"1"_s); // not even tried
    QVERIFY(!store.commit());
    QVERIFY(!store.session(11));
    QCOMPARE(store.meta(u"after"_s), QString());
    // The next transaction starts clean.
    store.clearFailure();
    QVERIFY(store.transaction());
    store.putSession(a, u"x"_s, 0, {});
    QVERIFY(store.commit());
    QVERIFY(store.session(11));
}

// The data dir's disk is full (a small tmpfs; needs root to mount one): creating anything answers
// 507 and hands out no id; once there is room again, everything works.
void TestEmulator::fullDiskLosesNothing()
{
    QTemporaryDir mountPoint;
    QProcess mount;
    mount.start(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=3m"_s, u"tmpfs"_s, mountPoint.path()});
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP("cannot mount a small tmpfs here (needs root)");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, {u"-l"_s, mountPoint.path()}); });
    {
        emulator::EmulatorConfig cfg;
        cfg.dataDir = mountPoint.path() + u"/data"_s;
        EmulatorFixture fx(cfg);
        QVERIFY(fx.started);
        QVERIFY(fx.http->signIn());
        const qint64 before = fx.http->ppost(u"functions/list"_s, {}).json.value("items"_L1).toArray().size();
        QFile filler(mountPoint.path() + u"/filler"_s);
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(64 * 1024, 'x');
        while (filler.write(block) == block.size() && filler.flush()) { }
        filler.close();
        const auto refused =
            fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code.zip"_s}, {"metadata"_L1, QJsonObject{{"pad"_L1, QString(100000, u'p')}}}});
        QCOMPARE(refused.status, 507);
        QVERIFY2(refused.errorMessage().contains(u"is full"_s), qPrintable(refused.errorMessage()));
        QVERIFY(!refused.json.contains("id"_L1));
        QCOMPARE(fx.http->ppost(u"functions/list"_s, {}).json.value("items"_L1).toArray().size(), before); // reads still work
        QVERIFY(QFile::remove(filler.fileName()));
        QCOMPARE(fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code.zip"_s}}).status, 201);
    }
    // Inside a transaction, nothing runs after a statement the full disk refused: SQLite rolled
    // the transaction back itself, and a later write would otherwise be stored on its own.
    emulator::EmulatorStore store;
    QString error;
    QVERIFY2(store.open(mountPoint.path() + u"/partial.sqlite"_s, &error), qPrintable(error));
    QFile filler(mountPoint.path() + u"/filler"_s);
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();
    QVERIFY(filler.resize(std::max<qint64>(0, filler.size() - 512 * 1024))); // room for a small write, not a large one
    store.clearFailure();
    store.transaction();
    store.setMeta(u"first"_s, u"1"_s);
    store.setMeta(u"big"_s, QString(3 * 1024 * 1024, u'b'));
    store.setMeta(u"after"_s, u"1"_s);
    QCOMPARE(store.failure(), emulator::EmulatorStore::Failure::Full);
    store.rollback();
    QVERIFY(QFile::remove(filler.fileName()));
    store.clearFailure();
    QCOMPARE(store.meta(u"after"_s), QString());
    QCOMPARE(store.meta(u"first"_s), QString());
}

void TestEmulator::callsPagingOver100k()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"busy"_s, Hello);
    QList<FunctionCall> calls;
    const qint64 base = 7'000'000'000'000LL;
    for (int i = 0; i < 100000; ++i) {
        FunctionCall c;
        c.id = base + i;
        c.functionId = fid;
        c.startTime = 1'700'000'000'000LL + i * 1000LL;
        c.endTime = c.startTime + 500;
        c.status = i % 10 == 0 ? CallStatus::Failed : CallStatus::Completed;
        if (i % 100 == 0)
            c.scheduleId = 42;
        calls << c;
    }
    fx.server->store().insertCallsBulk(calls);
    QSet<qint64> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    QString cursor;
    int pages = 0;
    QElapsedTimer t;
    t.start();
    do {
        QJsonObject body{{"limit"_L1, 10000}};
        if (!cursor.isEmpty())
            body.insert("cursor"_L1, cursor);
        const auto r = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), body);
        QCOMPARE(r.status, 200);
        const QJsonArray page = r.json.value("items"_L1).toArray();
        QVERIFY(page.size() <= 10000);
        for (const auto &v : page) {
            const qint64 id = v.toObject().value("id"_L1).toInteger();
            QVERIFY(id < previous); // newest first, no repeats across pages
            previous = id;
            seen.insert(id);
        }
        cursor = r.json.value("nextCursor"_L1).toString();
        ++pages;
    } while (!cursor.isEmpty() && pages < 20);
    qInfo("listed %lld calls in %d pages in %lld ms", static_cast<long long>(seen.size()), pages, static_cast<long long>(t.elapsed()));
    QCOMPARE(seen.size(), 100000);
    QCOMPARE(pages, 10);
    // The store's filter queries read an index, not the whole table (a second connection asks SQLite how).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"plan"_s);
        db.setDatabaseName(fx.config.dataDir + u"/emulator.sqlite"_s);
        QVERIFY(db.open());
        const auto plan = [&db](const QString &where) {
            QSqlQuery q(db);
            q.exec(u"EXPLAIN QUERY PLAN SELECT id FROM calls WHERE function_id = 1 AND "_s + where + u" ORDER BY id DESC LIMIT 101"_s);
            QString text;
            while (q.next())
                text += q.value(3).toString() + u'\n';
            return text;
        };
        QVERIFY2(plan(u"status = 'Failed'"_s).contains(u"calls_by_function_status"_s), qPrintable(plan(u"status = 'Failed'"_s)));
        QVERIFY2(plan(u"start_time >= 5 AND start_time <= 9"_s).contains(u"calls_by_function_start"_s),
                 qPrintable(plan(u"start_time >= 5 AND start_time <= 9"_s)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"plan"_s);
    // Filters with paging.
    int failed = 0;
    cursor.clear();
    do {
        QJsonObject body{{"limit"_L1, 3000}, {"filter"_L1, QJsonObject{{"status"_L1, u"Failed"_s}}}};
        if (!cursor.isEmpty())
            body.insert("cursor"_L1, cursor);
        const auto r = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), body);
        for (const auto &v : r.json.value("items"_L1).toArray()) {
            QCOMPARE(v.toObject().value("status"_L1).toString(), u"Failed"_s);
            ++failed;
        }
        cursor = r.json.value("nextCursor"_L1).toString();
    } while (!cursor.isEmpty());
    QCOMPARE(failed, 10000);
    auto r =
        fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"filter"_L1, QJsonObject{{"scheduleId"_L1, 42}}}, {"limit"_L1, 10000}});
    QCOMPARE(r.json.value("items"_L1).toArray().size(), 1000);
    QVERIFY(!r.json.contains("nextCursor"_L1));
    r = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid),
                       QJsonObject{{"filter"_L1, QJsonObject{{"startTime"_L1, QJsonObject{{"min"_L1, 1'700'000'000'000LL + 99'990'000LL}}}}}});
    QCOMPARE(r.json.value("items"_L1).toArray().size(), 10);
    // Default page size is 25; a bad cursor is a clear 400.
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray().size(), 25);
    r = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"cursor"_L1, u"garbage"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"cursor"_s));
}

void TestEmulator::schedulesCrud()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"sched"_s, Hello);
    auto make = [&](const QString &name, const QString &cron, const QJsonObject &data) {
        QJsonObject s{{"name"_L1, name}, {"cronExpression"_L1, cron}, {"functionId"_L1, fid}, {"nonce"_L1, fx.http->nonce()}};
        if (!data.isEmpty())
            s.insert("data"_L1, data);
        return fx.http->ppost(u"functions/schedules"_s, items({s}));
    };
    auto r = make(u"every five"_s, u"*/5 * * * *"_s, QJsonObject{{"name"_L1, u"sched"_s}});
    QCOMPARE(r.status, 201);
    const QJsonObject s = r.json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(s.value("when"_L1).toString(), u"Every 5 minutes"_s);
    QVERIFY(s.value("sessionId"_L1).isDouble());
    QVERIFY(!s.contains("data"_L1) && !s.contains("nonce"_L1)); // write-only
    const qint64 sid = s.value("id"_L1).toInteger();
    QCOMPARE(make(u"daily"_s, u"30 8 * * 1-5"_s, {}).json.value("items"_L1).toArray().at(0).toObject().value("when"_L1).toString(),
             u"At 08:30 on Monday through Friday"_s);
    // Invalid cron, missing nonce, unknown function.
    r = make(u"bad"_s, u"61 * * * *"_s, {});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(u"minute field at column 1"_s), qPrintable(r.errorMessage()));
    r = fx.http->ppost(u"functions/schedules"_s,
                       items({QJsonObject{{"name"_L1, u"x"_s}, {"cronExpression"_L1, u"* * * * *"_s}, {"functionId"_L1, fid}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"nonce"_s));
    r = fx.http->ppost(
        u"functions/schedules"_s,
        items({QJsonObject{{"name"_L1, u"x"_s}, {"cronExpression"_L1, u"* * * * *"_s}, {"functionId"_L1, 5}, {"nonce"_L1, fx.http->nonce()}}}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"does not exist"_s));
    // list, filter, byids, GET, input_data.
    QCOMPARE(fx.http->ppost(u"functions/schedules/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"functionId"_L1, fid}}}, {"limit"_L1, 10000}})
                 .json.value("items"_L1)
                 .toArray()
                 .size(),
             2);
    QCOMPARE(fx.http->ppost(u"functions/schedules/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"cronExpression"_L1, u"*/5 * * * *"_s}}}})
                 .json.value("items"_L1)
                 .toArray()
                 .size(),
             1);
    QCOMPARE(fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 2);
    QCOMPARE(fx.http->pget(u"functions/schedules/%1"_s.arg(sid)).json.value("name"_L1).toString(), u"every five"_s);
    r = fx.http->ppost(u"functions/schedules/byids"_s, items({QJsonObject{{"id"_L1, sid}}, QJsonObject{{"id"_L1, 3}}}));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toObject().value("missing"_L1).toArray(), (QJsonArray{QJsonObject{{"id"_L1, 3}}}));
    QCOMPARE(fx.http->ppost(u"functions/schedules/byids"_s, items({QJsonObject{{"id"_L1, sid}}, QJsonObject{{"id"_L1, 3}}}, true))
                 .json.value("items"_L1)
                 .toArray()
                 .size(),
             1);
    r = fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(sid));
    QCOMPARE(r.json, (QJsonObject{{"id"_L1, sid}, {"data"_L1, QJsonObject{{"name"_L1, u"sched"_s}}}}));
    // delete
    QCOMPARE(fx.http->ppost(u"functions/schedules/delete"_s, items({QJsonObject{{"id"_L1, sid}}})).status, 200);
    QCOMPARE(fx.http->pget(u"functions/schedules/%1"_s.arg(sid)).status, 404);
    QCOMPARE(fx.http->ppost(u"functions/schedules/delete"_s, items({QJsonObject{{"id"_L1, sid}}})).status, 400);
}

void TestEmulator::deletingFunctionDeletesSchedules()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"f"_s, Hello);
    const qint64 fileId = fx.http->pget(u"functions/%1"_s.arg(fid)).json.value("fileId"_L1).toInteger();
    QCOMPARE(fx.http
                 ->ppost(u"functions/schedules"_s,
                         items({QJsonObject{
                             {"name"_L1, u"s"_s}, {"cronExpression"_L1, u"0 * * * *"_s}, {"functionId"_L1, fid}, {"nonce"_L1, fx.http->nonce()}}}))
                 .status,
             201);
    QCOMPARE(fx.http->ppost(u"functions/delete"_s, items({QJsonObject{{"id"_L1, fid}}})).status, 200);
    QCOMPARE(fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 0);
    // The code file stays.
    const auto file = fx.http->ppost(u"files/byids"_s, items({QJsonObject{{"id"_L1, fileId}}}));
    QCOMPARE(file.status, 200);
    QCOMPARE(file.json.value("items"_L1).toArray().at(0).toObject().value("uploaded"_L1).toBool(), true);
}

void TestEmulator::schedulerFiresWithAdvancedClock()
{
    EmulatorFixture fx(emulator::EmulatorConfig{}, true); // 2026-11-28 10:00:30 UTC
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"tick"_s, Hello);
    const auto r = fx.http->ppost(u"functions/schedules"_s,
                                  items({QJsonObject{{"name"_L1, u"five"_s},
                                                     {"cronExpression"_L1, u"*/5 * * * *"_s},
                                                     {"functionId"_L1, fid},
                                                     {"nonce"_L1, fx.http->nonce()},
                                                     {"data"_L1, QJsonObject{{"name"_L1, u"cron"_s}}}}}));
    const qint64 sid = firstId(r);
    auto callCount = [&] {
        return fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"limit"_L1, 100}}).json.value("items"_L1).toArray().size();
    };
    fx.server->tickScheduler();
    QCOMPARE(callCount(), 0); // 10:00:30 - nothing due
    fx.clock->advance(4 * 60 * 1000); // 10:04:30
    fx.server->tickScheduler();
    QCOMPARE(callCount(), 0);
    fx.clock->advance(40 * 1000); // 10:05:10
    fx.server->tickScheduler();
    QCOMPARE(callCount(), 1);
    fx.server->tickScheduler(); // same minute again: no second call
    QCOMPARE(callCount(), 1);
    const QJsonObject call = fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(call.value("scheduleId"_L1).toInteger(), sid);
    const qint64 expected = QDateTime(QDate(2026, 11, 28), QTime(10, 5), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(call.value("scheduledTime"_L1).toInteger(), expected);
    const qint64 cid = call.value("id"_L1).toInteger();
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    const QJsonObject resp = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject();
    QCOMPARE(resp.value("greeting"_L1).toString(), u"Hello, cron"_s); // the schedule's data
    QCOMPARE(resp.value("info"_L1).toObject().value("schedule_id"_L1).toInteger(), sid);
    QCOMPARE(resp.value("info"_L1).toObject().value("scheduled_time"_L1).toInteger(), expected);
    // A jump of an hour fires once (the latest due run), not twelve times.
    fx.clock->advance(60 * 60 * 1000);
    fx.server->tickScheduler();
    QVERIFY(fx.http->signIn()); // the hour also expired the token
    QCOMPARE(callCount(), 2);
    // Filter calls by schedule.
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"filter"_L1, QJsonObject{{"scheduleId"_L1, sid}}}})
                 .json.value("items"_L1)
                 .toArray()
                 .size(),
             2);
    QTRY_COMPARE(fx.server->runningProcessCount(), 0);
}

void TestEmulator::restartPersistence()
{
    EmulatorFixture fx(emulator::EmulatorConfig{}, true);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"persist"_s, "import time\ndef handle(data):\n    print('working')\n    time.sleep(30)\n",
                                        QJsonObject{{"externalId"_L1, u"persist-xid"_s}});
    QCOMPARE(fx.http
                 ->ppost(u"functions/schedules"_s,
                         items({QJsonObject{{"name"_L1, u"s"_s},
                                            {"cronExpression"_L1, u"*/5 * * * *"_s},
                                            {"functionId"_L1, fid},
                                            {"nonce"_L1, fx.http->nonce()},
                                            {"data"_L1, QJsonObject{{"k"_L1, 1}}}}}))
                 .status,
             201);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray().size(), 1, 10000);
    const QString token = fx.http->token;
    // Stop while the call runs; 50 minutes pass; start again on the same data dir.
    fx.clock->advance(50 * 60 * 1000);
    fx.restart();
    QVERIFY(fx.started);
    fx.http->token = token; // tokens survive restarts
    const QJsonObject f = fx.http->pget(u"functions/%1"_s.arg(fid)).json;
    QCOMPARE(f.value("status"_L1).toString(), u"Ready"_s);
    QCOMPARE(f.value("externalId"_L1).toString(), u"persist-xid"_s);
    const QJsonObject call = fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(cid)).json;
    QCOMPARE(call.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(call.value("error"_L1).toObject().value("message"_L1).toString().contains(u"emulator stopped"_s));
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray().size(), 1);
    const QJsonArray schedules = fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray();
    QCOMPARE(schedules.size(), 1);
    const qint64 sid = schedules.at(0).toObject().value("id"_L1).toInteger();
    QCOMPARE(fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(sid)).json.value("data"_L1).toObject().value("k"_L1).toInt(), 1);
    // The ten ticks missed while down are skipped, not replayed.
    fx.server->tickScheduler();
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray().size(), 1);
    fx.clock->advance(5 * 60 * 1000);
    fx.server->tickScheduler();
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), {}).json.value("items"_L1).toArray().size(), 2);
    fx.server->shutdown();
}

void TestEmulator::files()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    // Control characters are refused as the functions API refuses them.
    auto r = fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code\u001b[2J.zip"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(u"name: contains a control character (U+001b) at position 5"_s), qPrintable(r.errorMessage()));
    QCOMPARE(fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"a.zip"_s}, {"metadata"_L1, QJsonObject{{"k"_L1, u"\u0085"_s}}}}).status, 400);
    r = fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code.zip"_s}, {"externalId"_L1, u"code-xid"_s}});
    QCOMPARE(r.status, 201);
    const qint64 id = r.json.value("id"_L1).toInteger();
    QCOMPARE(r.json.value("uploaded"_L1).toBool(), false);
    const QString url = r.json.value("uploadUrl"_L1).toString();
    QVERIFY(url.startsWith(fx.server->baseUrl() + u"/upload/"_s));
    static const char raw[] = "PK\x03\x04 not really a zip but bytes are bytes";
    const QByteArray content(raw, sizeof raw - 1);
    QCOMPARE(fx.http->request("PUT", url, content).status, 200);
    r = fx.http->ppost(u"files/byids"_s, items({QJsonObject{{"id"_L1, id}}}));
    const QJsonObject meta = r.json.value("items"_L1).toArray().at(0).toObject();
    QCOMPARE(meta.value("uploaded"_L1).toBool(), true);
    QVERIFY(meta.contains("uploadedTime"_L1));
    QCOMPARE(meta.value("externalId"_L1).toString(), u"code-xid"_s);
    // Same external id: 409 without overwrite, same id with overwrite=true.
    QCOMPARE(fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code.zip"_s}, {"externalId"_L1, u"code-xid"_s}}).status, 409);
    r = fx.http->post(fx.http->projectPath(u"files?overwrite=true"_s), QJsonObject{{"name"_L1, u"code2.zip"_s}, {"externalId"_L1, u"code-xid"_s}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value("id"_L1).toInteger(), id);
    // Download link and bytes.
    r = fx.http->ppost(u"files/downloadlink"_s, items({QJsonObject{{"id"_L1, id}}}));
    QCOMPARE(r.status, 200);
    const QString link = r.json.value("items"_L1).toArray().at(0).toObject().value("downloadUrl"_L1).toString();
    QCOMPARE(r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger(), id);
    const auto bytes = fx.http->request("GET", link);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, content);
    // Unknown ids, delete.
    QCOMPARE(fx.http->ppost(u"files/byids"_s, items({QJsonObject{{"id"_L1, 1}}})).status, 400);
    QCOMPARE(fx.http->ppost(u"files/delete"_s, items({QJsonObject{{"externalId"_L1, u"code-xid"_s}}})).status, 200);
    QCOMPARE(fx.http->ppost(u"files/byids"_s, items({QJsonObject{{"id"_L1, id}}})).status, 400);
    QCOMPARE(fx.http->request("PUT", url, content).status, 404);
}

void TestEmulator::uploadLinksExpireAndFollowTheClient()
{
    emulator::EmulatorConfig cfg;
    cfg.publicUrl = u"http://emulator.example:8443"_s;
    EmulatorFixture fx(cfg, true);
    QVERIFY(fx.http->signIn());
    auto r = fx.http->ppost(u"files"_s, QJsonObject{{"name"_L1, u"code.zip"_s}});
    const QString url = r.json.value("uploadUrl"_L1).toString();
    // Links name the address clients use, and the emulator answers to that name.
    QVERIFY2(url.startsWith(u"http://emulator.example:8443/upload/"_s), qPrintable(url));
    emulator::HttpRequest viaProxy;
    viaProxy.headers.insert("host", "emulator.example:8443");
    QCOMPARE(fx.server->foreignHost(viaProxy, QHostAddress::LocalHost), QString());
    viaProxy.headers.insert("host", "emulator.example:9999");
    QVERIFY(!fx.server->foreignHost(viaProxy, QHostAddress::LocalHost).isEmpty());
    const QString local = fx.server->baseUrl() + QUrl(url).path();
    // An upload link works for a week, then says it expired, then is forgotten.
    fx.clock->advance(6LL * 24 * 3600 * 1000);
    QVERIFY(fx.http->signIn());
    QCOMPARE(fx.http->request("PUT", local, "bytes").status, 200);
    fx.clock->advance(2LL * 24 * 3600 * 1000);
    r = fx.http->request("PUT", local, "bytes");
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("expired"));
    fx.server->purgeExpired();
    QCOMPARE(fx.http->request("PUT", local, "bytes").status, 404);
}

void TestEmulator::oauthAuthorizationCodePkce()
{
    EmulatorFixture fx;
    auto r = fx.http->get(u"/.well-known/openid-configuration"_s);
    QCOMPARE(r.status, 200);
    const QString authorizeUrl = r.json.value("authorization_endpoint"_L1).toString();
    QCOMPARE(r.json.value("token_endpoint"_L1).toString(), fx.server->baseUrl() + u"/oauth2/token"_s);
    QVERIFY(r.json.value("device_authorization_endpoint"_L1).toString().endsWith(u"/oauth2/devicecode"_s));
    const QByteArray verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789abcdef";
    const QString challenge = QString::fromLatin1(
        QCryptographicHash::hash(verifier, QCryptographicHash::Sha256).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QUrl u(authorizeUrl);
    QUrlQuery q;
    q.addQueryItem(u"response_type"_s, u"code"_s);
    q.addQueryItem(u"client_id"_s, u"functions-studio"_s);
    q.addQueryItem(u"redirect_uri"_s, u"http://127.0.0.1:53682/callback"_s);
    q.addQueryItem(u"code_challenge"_s, challenge);
    q.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
    q.addQueryItem(u"state"_s, u"xyz"_s);
    u.setQuery(q);
    // The browser gets an approval page; nothing is issued until the local user approves.
    r = fx.http->request("GET", u.toString());
    QCOMPARE(r.status, 200);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    QVERIFY(r.body.contains("approval_code"));
    QVERIFY(!r.body.contains("emu_code_"));
    r = fx.http->postForm(u.toString(), {{u"approval_code"_s, u"wrong-code"_s}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("wrong"));
    QVERIFY(!r.headers.contains("location"));
    r = fx.http->postForm(u.toString(), {});
    QCOMPARE(r.status, 403);
    r = fx.http->postForm(u.toString(), {{u"approval_code"_s, fx.server->approvalCode()}});
    QCOMPARE(r.status, 302);
    const QUrl location(QString::fromLatin1(r.headers.value("location")));
    QCOMPARE(location.host(), u"127.0.0.1"_s);
    QCOMPARE(location.port(), 53682);
    const QUrlQuery back(location);
    QCOMPARE(back.queryItemValue(u"state"_s), u"xyz"_s);
    const QString code = back.queryItemValue(u"code"_s);
    QVERIFY(!code.isEmpty());
    // Wrong verifier first: refused, and the code is then used up.
    r = fx.http->postForm(u"/oauth2/token"_s,
                          {{u"grant_type"_s, u"authorization_code"_s},
                           {u"code"_s, code},
                           {u"client_id"_s, u"functions-studio"_s},
                           {u"redirect_uri"_s, u"http://127.0.0.1:53682/callback"_s},
                           {u"code_verifier"_s, u"wrong"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toString(), u"invalid_grant"_s);
    // Again, properly. The client secret approves nothing (any local process may know a client's secret).
    QCOMPARE(fx.http->postForm(u.toString(), {{u"client_secret"_s, u"emulator-secret"_s}}).status, 403);
    r = fx.http->postForm(u.toString(), {{u"approval_code"_s, u" approve-in-TESTS "_s}}); // as typed: case and spaces do not matter
    QVERIFY2(r.status == 302, r.body.constData());
    const QString code2 = QUrlQuery(QUrl(QString::fromLatin1(r.headers.value("location")))).queryItemValue(u"code"_s);
    r = fx.http->postForm(u"/oauth2/token"_s,
                          {{u"grant_type"_s, u"authorization_code"_s},
                           {u"code"_s, code2},
                           {u"client_id"_s, u"functions-studio"_s},
                           {u"redirect_uri"_s, u"http://127.0.0.1:53682/callback"_s},
                           {u"code_verifier"_s, QString::fromLatin1(verifier)}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.contains("refresh_token"_L1));
    QCOMPARE(r.json.value("token_type"_L1).toString(), u"Bearer"_s);
    fx.http->token = r.json.value("access_token"_L1).toString();
    QCOMPARE(fx.http->pget(u"functions/limits"_s).status, 200);
    // Only configured clients may sign in, and they are never redirected to.
    QUrlQuery unknown = q;
    unknown.removeAllQueryItems(u"client_id"_s);
    unknown.addQueryItem(u"client_id"_s, u"some-web-page"_s);
    QUrl unknownUrl = u;
    unknownUrl.setQuery(unknown);
    r = fx.http->postForm(unknownUrl.toString(), {{u"approval_code"_s, fx.server->approvalCode()}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.headers.contains("location"));
    QVERIFY(r.body.contains("unknown client_id"));
    // Non-loopback redirect URIs are refused outright.
    q.removeAllQueryItems(u"redirect_uri"_s);
    q.addQueryItem(u"redirect_uri"_s, u"https://evil.example.com/cb"_s);
    u.setQuery(q);
    QCOMPARE(fx.http->request("GET", u.toString()).status, 400);
    // PKCE is mandatory.
    q.removeAllQueryItems(u"redirect_uri"_s);
    q.removeAllQueryItems(u"code_challenge_method"_s);
    q.addQueryItem(u"redirect_uri"_s, u"http://localhost:1/cb"_s);
    u.setQuery(q);
    r = fx.http->request("GET", u.toString());
    QCOMPARE(r.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromLatin1(r.headers.value("location")))).queryItemValue(u"error"_s), u"invalid_request"_s);
    // The token endpoint knows only configured clients too.
    r = fx.http->postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, u"x"_s}, {u"client_id"_s, u"nobody"_s}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("error"_L1).toString(), u"invalid_client"_s);
}

// A web page cannot drive a sign-in through the user's browser, and a flood of device-code
// requests pushes out the oldest waiting sign-in instead of locking new ones out.
void TestEmulator::signInRefusesOtherSitesAndFloods()
{
    EmulatorFixture fx;
    const QByteArray form = "client_id=functions-studio";
    const QMap<QByteArray, QByteArray> type{{"Content-Type", "application/x-www-form-urlencoded"}};
    auto with = [&](const QByteArray &name, const QByteArray &value) {
        auto h = type;
        h.insert(name, value);
        return h;
    };
    auto r = fx.http->request("POST", u"/oauth2/devicecode"_s, form, with("Origin", "http://evil.example"));
    QCOMPARE(r.status, 403);
    QVERIFY2(r.body.contains("another web site"), r.body.constData());
    QCOMPARE(fx.http->request("POST", u"/oauth2/token"_s, "grant_type=client_credentials", with("Sec-Fetch-Site", "cross-site")).status, 403);
    QCOMPARE(fx.http->request("POST", u"/oauth2/device"_s, "user_code=x", with("Origin", "null")).status, 403);
    // The emulator's own pages are same-origin; programs send no Origin at all.
    const QByteArray own = fx.server->baseUrl().toLatin1();
    QCOMPARE(fx.http->request("POST", u"/oauth2/devicecode"_s, form, with("Origin", own)).status, 200);
    const QString first =
        fx.http->postForm(u"/oauth2/devicecode"_s, {{u"client_id"_s, u"functions-studio"_s}}).json.value("device_code"_L1).toString();
    QString last;
    for (int i = 0; i < 1000; ++i)
        last = fx.http->postForm(u"/oauth2/devicecode"_s, {{u"client_id"_s, u"functions-studio"_s}}).json.value("device_code"_L1).toString();
    QVERIFY(!last.isEmpty()); // never refused
    const auto poll = [&](const QString &device) {
        return fx.http
            ->postForm(u"/oauth2/token"_s,
                       {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
                        {u"device_code"_s, device},
                        {u"client_id"_s, u"functions-studio"_s}})
            .json.value("error"_L1)
            .toString();
    };
    QCOMPARE(poll(last), u"authorization_pending"_s);
    QVERIFY(poll(first) != u"authorization_pending"_s); // the oldest gave way
}

void TestEmulator::oauthRefreshAndDeviceCode()
{
    EmulatorFixture fx;
    auto r = fx.http->postForm(u"/oauth2/devicecode"_s, {{u"client_id"_s, u"functions-studio"_s}, {u"scope"_s, u"x offline_access"_s}});
    QCOMPARE(r.status, 200);
    const QString device = r.json.value("device_code"_L1).toString();
    const QString user = r.json.value("user_code"_L1).toString();
    QCOMPARE(user.size(), 9);
    QVERIFY(r.json.value("message"_L1).toString().contains(user));
    const QMap<QString, QString> poll{
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"device_code"_s, device}, {u"client_id"_s, u"functions-studio"_s}};
    r = fx.http->postForm(u"/oauth2/token"_s, poll);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toString(), u"authorization_pending"_s);
    // Opening the link approves nothing; the form needs the user code and the approval code.
    r = fx.http->request("GET", u"/oauth2/device?user_code="_s + user);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.contains(user.toUtf8()));
    QCOMPARE(fx.http->postForm(u"/oauth2/token"_s, poll).json.value("error"_L1).toString(), u"authorization_pending"_s);
    QCOMPARE(fx.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, u"WRONG-CODE"_s}, {u"approval_code"_s, fx.server->approvalCode()}}).status,
             404);
    QCOMPARE(fx.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, user}, {u"approval_code"_s, u"nope-nope"_s}}).status, 403);
    QCOMPARE(fx.http->postForm(u"/oauth2/token"_s, poll).json.value("error"_L1).toString(), u"authorization_pending"_s);
    QCOMPARE(fx.http->postForm(u"/oauth2/device"_s, {{u"user_code"_s, user.toLower()}, {u"approval_code"_s, fx.server->approvalCode()}}).status, 200);
    r = fx.http->postForm(u"/oauth2/token"_s, poll);
    QCOMPARE(r.status, 200);
    const QString refresh = r.json.value("refresh_token"_L1).toString();
    QVERIFY(!refresh.isEmpty());
    QCOMPARE(fx.http->postForm(u"/oauth2/token"_s, poll).status, 400); // device codes are single use
    // Refresh rotates: the old refresh token stops working.
    r = fx.http->postForm(u"/oauth2/token"_s,
                          {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}, {u"client_id"_s, u"functions-studio"_s}});
    QCOMPARE(r.status, 200);
    const QString rotated = r.json.value("refresh_token"_L1).toString();
    QVERIFY(rotated != refresh);
    fx.http->token = r.json.value("access_token"_L1).toString();
    QCOMPARE(fx.http->get(u"/api/v1/token/inspect"_s).json.value("subject"_L1).toString(), u"user@emulator"_s);
    r = fx.http->postForm(u"/oauth2/token"_s,
                          {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refresh}, {u"client_id"_s, u"functions-studio"_s}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value("error"_L1).toString(), u"invalid_grant"_s);
    // Reusing a rotated refresh token means someone else has a copy: every token of that sign-in ends.
    QVERIFY2(r.json.value("error_description"_L1).toString().contains(u"already used"_s), r.body.constData());
    QCOMPARE(fx.http->get(u"/api/v1/token/inspect"_s).status, 401);
    QCOMPARE(fx.http
                 ->postForm(u"/oauth2/token"_s,
                            {{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, rotated}, {u"client_id"_s, u"functions-studio"_s}})
                 .status,
             400);
    QCOMPARE(fx.http->postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"password"_s}, {u"client_id"_s, u"functions-studio"_s}})
                 .json.value("error"_L1)
                 .toString(),
             u"unsupported_grant_type"_s);
    // Unknown clients get no device code.
    r = fx.http->postForm(u"/oauth2/devicecode"_s, {{u"client_id"_s, u"studio-public"_s}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value("error"_L1).toString(), u"invalid_client"_s);
}

// A handler's token may do what the session's principal may do, no more; sessions can be listed,
// retrieved and revoked, and a revoked session stops its token and its schedules.
void TestEmulator::sessionsAndHandlerTokens()
{
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"reader"_s, u"reader-secret"_s, {u"functions:read"_s, u"functions:write"_s, u"sessions:create"_s}};
    EmulatorFixture fx(cfg, true);
    QVERIFY(fx.http->signIn());
    // The handler asks the emulator what its own token may do.
    const qint64 fid = fx.readyFunction(u"whoami"_s,
                                        "import inspect, json, urllib.request\n\n"
                                        "def handle(data):\n"
                                        "    frame = inspect.currentframe().f_back\n"
                                        "    cfg = frame.f_locals['request']['client']\n"
                                        "    req = urllib.request.Request(cfg['base_url'] + '/api/v1/token/inspect',\n"
                                        "                                 headers={'Authorization': 'Bearer ' + cfg['token']})\n"
                                        "    return json.load(urllib.request.urlopen(req, timeout=10))\n");
    QVERIFY(fid);
    auto nonceFor = [&](const QJsonObject &item, qint64 *sessionId) {
        const auto r = fx.http->ppost(u"sessions"_s, items({item}));
        *sessionId = r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
        return r.json.value("items"_L1).toArray().at(0).toObject().value("nonce"_L1).toString();
    };
    qint64 readerSession = 0;
    const QString nonce = nonceFor(QJsonObject{{"clientId"_L1, u"reader"_s}, {"clientSecret"_L1, u"reader-secret"_s}}, &readerSession);
    const qint64 cid = fx.http->ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, nonce}}).json.value("id"_L1).toInteger();
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    const QJsonObject inspected = fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(fid).arg(cid)).json.value("response"_L1).toObject();
    QCOMPARE(inspected.value("subject"_L1).toString(), u"session:%1"_s.arg(readerSession));
    QStringList acls;
    for (const auto &c : inspected.value("capabilities"_L1).toArray())
        acls << c.toObject().keys().filter(u"Acl"_s);
    acls.sort();
    QCOMPARE(acls, (QStringList{u"functionsAcl"_s, u"sessionsAcl"_s})); // no filesAcl: the reader has none
    // List, page, filter and retrieve.
    qint64 otherSession = 0;
    const QString unusedNonce = nonceFor(QJsonObject{{"tokenExchange"_L1, true}}, &otherSession);
    auto r = fx.http->get(u"/api/v1/projects/playground/sessions"_s);
    QCOMPARE(r.status, 200);
    QMap<qint64, QJsonObject> byId;
    for (const auto &v : r.json.value("items"_L1).toArray())
        byId.insert(v.toObject().value("id"_L1).toInteger(), v.toObject());
    QCOMPARE(byId.value(readerSession).value("status"_L1).toString(), u"ACTIVE"_s); // its nonce was used
    QCOMPARE(byId.value(readerSession).value("clientId"_L1).toString(), u"reader"_s);
    QCOMPARE(byId.value(readerSession).value("type"_L1).toString(), u"CLIENT_CREDENTIALS"_s);
    QVERIFY(!byId.value(readerSession).contains("nonce"_L1));
    QCOMPARE(byId.value(otherSession).value("status"_L1).toString(), u"READY"_s);
    r = fx.http->get(u"/api/v1/projects/playground/sessions?status=ready"_s);
    QVERIFY(!r.json.value("items"_L1).toArray().isEmpty());
    for (const auto &v : r.json.value("items"_L1).toArray())
        QCOMPARE(v.toObject().value("status"_L1).toString(), u"READY"_s);
    r = fx.http->get(u"/api/v1/projects/playground/sessions?limit=1"_s);
    QCOMPARE(r.json.value("items"_L1).toArray().size(), 1);
    const QString cursor = r.json.value("nextCursor"_L1).toString();
    QVERIFY(!cursor.isEmpty());
    r = fx.http->get(u"/api/v1/projects/playground/sessions?limit=1000&cursor="_s + cursor);
    QCOMPARE(r.json.value("items"_L1).toArray().size(), byId.size() - 1);
    QCOMPARE(fx.http->get(u"/api/v1/projects/playground/sessions?status=sleepy"_s).status, 400);
    QCOMPARE(fx.http->ppost(u"sessions/byids"_s, items({QJsonObject{{"id"_L1, 12345}}})).status, 400);
    r = fx.http->ppost(u"sessions/byids"_s, items({QJsonObject{{"id"_L1, otherSession}}}));
    QCOMPARE(r.json.value("items"_L1).toArray().at(0).toObject().value("type"_L1).toString(), u"TOKEN_EXCHANGE"_s);
    // A schedule on a session that is then revoked: its runs fail with a clear message.
    QCOMPARE(fx.createSchedule(fid, u"nightly"_s, u"* * * * *"_s), 201);
    const QJsonObject schedule = fx.http->pget(u"functions/schedules"_s).json.value("items"_L1).toArray().at(0).toObject();
    const qint64 scheduleSession = schedule.value("sessionId"_L1).toInteger();
    r = fx.http->ppost(u"sessions/revoke"_s, items({QJsonObject{{"id"_L1, scheduleSession}}, QJsonObject{{"id"_L1, readerSession}}}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("items"_L1).toArray().at(0).toObject().value("status"_L1).toString(), u"REVOKED"_s);
    QCOMPARE(fx.http->ppost(u"sessions/byids"_s, items({QJsonObject{{"id"_L1, readerSession}}}))
                 .json.value("items"_L1)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value("status"_L1)
                 .toString(),
             u"REVOKED"_s);
    fx.clock->advance(61 * 1000);
    fx.server->tickScheduler();
    const QJsonObject failed =
        fx.http->ppost(u"functions/%1/calls/list"_s.arg(fid), QJsonObject{{"filter"_L1, QJsonObject{{"scheduleId"_L1, schedule.value("id"_L1)}}}})
            .json.value("items"_L1)
            .toArray()
            .at(0)
            .toObject();
    QCOMPARE(failed.value("status"_L1).toString(), u"Failed"_s);
    QVERIFY(fx.http->pget(u"functions/%1/calls/%2"_s.arg(fid).arg(failed.value("id"_L1).toInteger()))
                .json.value("error"_L1)
                .toObject()
                .value("message"_L1)
                .toString()
                .contains(u"was revoked"_s));
    QCOMPARE(fx.server->runningProcessCount(), 0); // nothing was started
    // A nonce whose session was revoked before it was used starts nothing.
    QCOMPARE(fx.http->ppost(u"sessions/revoke"_s, items({QJsonObject{{"id"_L1, otherSession}}})).status, 200);
    r = fx.http->ppost(u"functions/%1/call"_s.arg(fid), QJsonObject{{"nonce"_L1, unusedNonce}});
    QCOMPARE(r.status, 400);
    QVERIFY2(r.errorMessage().contains(u"revoked"_s), qPrintable(r.errorMessage()));
    // Listing sessions needs sessions:list; the reader has only sessions:create.
    QVERIFY(fx.http->signIn(u"reader"_s, u"reader-secret"_s));
    QCOMPARE(fx.http->get(u"/api/v1/projects/playground/sessions"_s).status, 403);
    QCOMPARE(fx.http->ppost(u"sessions/revoke"_s, items({QJsonObject{{"id"_L1, readerSession}}})).status, 403);
}

void TestEmulator::activation()
{
    emulator::EmulatorConfig cfg;
    cfg.startInactive = true;
    cfg.activationDelayMs = 5000;
    EmulatorFixture fx(cfg, true);
    QVERIFY(fx.http->signIn());
    QCOMPARE(fx.http->pget(u"functions/status"_s).json.value("status"_L1).toString(), u"inactive"_s);
    auto r = fx.createFunction(u"f"_s, {{u"handler.py"_s, Hello}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.errorMessage().contains(u"not activated"_s));
    r = fx.http->request("POST", fx.http->projectPath(u"functions/status"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value("status"_L1).toString(), u"requested"_s);
    fx.clock->advance(6000);
    QCOMPARE(fx.http->pget(u"functions/status"_s).json.value("status"_L1).toString(), u"activated"_s);
    QCOMPARE(fx.createFunction(u"f"_s, {{u"handler.py"_s, Hello}}).status, 201);
    const auto limits = fx.http->pget(u"functions/limits"_s).json;
    QCOMPARE(limits.value("timeoutMinutes"_L1).toInt(), 10);
    QCOMPARE(limits.value("runtimes"_L1).toArray(), (QJsonArray{u"py310"_s, u"py311"_s, u"py312"_s, u"py313"_s, u"py314"_s}));
    QCOMPARE(limits.value("responseSizeMb"_L1).toInt(), 1);
    // The runtimes the SDK sends are accepted.
    const auto newest = fx.createFunction(u"newest"_s, {{u"handler.py"_s, Hello}}, QJsonObject{{"runtime"_L1, u"py314"_s}});
    QCOMPARE(newest.status, 201);
    const qint64 newestId = newest.json.value("items"_L1).toArray().first().toObject().value("id"_L1).toInteger();
    // A nonce lives a minute, as CDF's short-lived ones do.
    const QString nonce = fx.http->nonce();
    fx.clock->advance(61 * 1000);
    fx.http->signIn(); // a fresh token on the moved clock
    const auto late = fx.http->ppost(
        u"functions/schedules"_s,
        QJsonObject{{"items"_L1,
                     QJsonArray{QJsonObject{
                         {"name"_L1, u"late"_s}, {"cronExpression"_L1, u"0 * * * *"_s}, {"functionId"_L1, newestId}, {"nonce"_L1, nonce}}}}});
    QCOMPARE(late.status, 400);
    QVERIFY2(late.errorMessage().contains(u"expired"_s), qPrintable(late.errorMessage()));
}

// A handler's token ends with its call (a child it left behind cannot use it), and revoking its
// session ends it at once while the call runs. The handler prints its own token (tests only: a
// real handler keeps it to itself).
void TestEmulator::revokingASessionEndsItsTokens()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"leaky"_s,
                                        "import inspect, time\n\n"
                                        "def handle(data):\n"
                                        "    frame = inspect.currentframe().f_back\n"
                                        "    print('token', frame.f_locals['request']['client']['token'], flush=True)\n"
                                        "    time.sleep(data.get('sleep', 0))\n"
                                        "    return {}\n");
    QVERIFY(fid);
    // "token|session id" of a call made with a new session, read from the call's log.
    const auto tokenOf = [&](double sleep, qint64 *callId) -> QString {
        const QJsonObject session =
            fx.http->ppost(u"sessions"_s, items({QJsonObject{{"tokenExchange"_L1, true}}})).json.value("items"_L1).toArray().at(0).toObject();
        *callId = fx.http
                      ->ppost(u"functions/%1/call"_s.arg(fid),
                              QJsonObject{{"nonce"_L1, session.value("nonce"_L1)}, {"data"_L1, QJsonObject{{"sleep"_L1, sleep}}}})
                      .json.value("id"_L1)
                      .toInteger();
        QString token;
        for (int i = 0; i < 200 && token.isEmpty(); ++i) {
            for (const auto &l : fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(*callId)).json.value("items"_L1).toArray())
                if (const QString m = l.toObject().value("message"_L1).toString(); m.startsWith(u"token "_s))
                    token = m.mid(6);
            if (token.isEmpty())
                QTest::qWait(50);
        }
        return token + u"|"_s + QString::number(session.value("id"_L1).toInteger());
    };
    // While the call runs, its token works; revoking the session ends it at once.
    qint64 cid = 0;
    QString got = tokenOf(30, &cid);
    const QString handlerToken = got.section(u'|', 0, 0);
    const qint64 sessionId = got.section(u'|', 1).toLongLong();
    QVERIFY2(handlerToken.startsWith(u"emu_at_"_s), qPrintable(handlerToken.left(10)));
    TestHttp handler(fx.server->baseUrl());
    handler.token = handlerToken;
    QCOMPARE(handler.get(u"/api/v1/token/inspect"_s).json.value("subject"_L1).toString(), u"session:%1"_s.arg(sessionId));
    QCOMPARE(handler.pget(u"functions/limits"_s).status, 200);
    QCOMPARE(fx.http->ppost(u"sessions/revoke"_s, items({QJsonObject{{"id"_L1, sessionId}}})).status, 200);
    const auto r = handler.pget(u"functions/limits"_s);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.errorMessage().contains(u"not valid"_s), qPrintable(r.errorMessage()));
    QCOMPARE(handler.get(u"/api/v1/token/inspect"_s).status, 401);
    // A call's token ends when the call does.
    got = tokenOf(0, &cid);
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    handler.token = got.section(u'|', 0, 0);
    QVERIFY2(handler.token.startsWith(u"emu_at_"_s), qPrintable(handler.token.left(10)));
    QCOMPARE(handler.pget(u"functions/limits"_s).status, 401);
    // The caller's own token is not the session's: it still works.
    QCOMPARE(fx.http->pget(u"functions/limits"_s).status, 200);
}

// Every log line counts 64 bytes besides its text (README): with a 64 kB budget, 5,000 empty lines
// end with the truncation marker after at most 1,024 of them.
void TestEmulator::emptyLinesCountAgainstTheLogBudget()
{
    emulator::EmulatorConfig cfg;
    cfg.maxCallLogBytes = 64 * 1024;
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"blank-lines"_s, "def handle(data):\n    for _ in range(5000):\n        print()\n    return 1\n");
    QVERIFY(fid);
    const qint64 cid = fx.completedCall(fid);
    QVERIFY(cid);
    const QJsonArray logs = fx.http->pget(u"functions/%1/calls/%2/logs"_s.arg(fid).arg(cid)).json.value("items"_L1).toArray();
    QVERIFY2(logs.size() <= 1025, qPrintable(QString::number(logs.size()))); // 1,024 lines and the marker, at most
    const QString last = logs.last().toObject().value("message"_L1).toString();
    QVERIFY2(last.startsWith(u"[log truncated: the call printed more than"_s), qPrintable(last));
}

// The limits the README documents are the emulator's defaults (tests set small limits of their
// own, so nothing else notices when a documented default moves).
void TestEmulator::documentedLimitsAreTheDefaults()
{
    const emulator::EmulatorConfig cfg;
    QVERIFY(cfg.host.isLoopback()); // 127.0.0.1 unless --host ... --allow-remote
    QVERIFY(!cfg.allowRemote);
    QCOMPARE(cfg.maxRunningCallsPerFunction, 100); // "At most 100 calls run per function
    QCOMPARE(cfg.maxRunningCalls, 250); // and 250 in all"
    QCOMPARE(cfg.maxLogLineBytes, qint64(64 * 1024)); // "a printed line longer than 64 kB is cut"
    QCOMPARE(cfg.maxCallLogBytes, qint64(10 * 1024 * 1024)); // "a call's log stops at 10 MB"
    QCOMPARE(cfg.maxApiRequestBytes, qint64(32 * 1024 * 1024)); // "anything else 32 MB"
    QCOMPARE(cfg.maxUploadBytes, qint64(512) * 1024 * 1024); // "uploads 512 MB"
    QCOMPARE(cfg.maxInflatedBodyBytes, qint64(64 * 1024 * 1024)); // "only up to 64 MB"
    QCOMPARE(cfg.maxCodeBytes, qint64(512) * 1024 * 1024);
    QCOMPARE(cfg.maxCodeEntries, 20000);
    QCOMPARE(cfg.maxHandlerBytes, qint64(10 * 1024 * 1024));
    QCOMPARE(cfg.nonceTtlSeconds, qint64(60)); // "a nonce lives 60 s (--nonce-ttl)"
    QCOMPARE(cfg.tokenTtlSeconds, qint64(3600)); // --token-ttl default
    QCOMPARE(cfg.uploadUrlTtlSeconds, qint64(7) * 24 * 3600); // "Upload links expire after a week"
    QCOMPARE(emulator::EmulatorServer::MaxFunctionIdsPerRequest, 10); // "take at most 10 ids, as in CDF"
}

QTEST_MAIN(TestEmulator)
#include "tst_emulator.moc"
