#include "support/apifixture.h"

#include "api/callworkflow.h"
#include "api/deployworkflow.h"
#include "api/redeployworkflow.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace fstudio;
using namespace fstudio::api;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(fstudio::api::DeployWorkflow::Stage)

namespace {
const QByteArray Hello = "def handle(data):\n    print('v1')\n    return {'version': 1, 'data': data}\n";
const QByteArray HelloV2 = "def handle(data):\n    print('v2')\n    return {'version': 2, 'data': data}\n";

int count(ApiFixture &fx, const QString &path)
{
    return int(fx.http->ppost(path, QJsonObject{{"limit"_L1, 1000}}).json.value("items"_L1).toArray().size());
}

int fileCount(ApiFixture &fx, qint64 maybeId)
{
    if (!maybeId)
        return 0;
    return fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, maybeId}}}}}).status == 200 ? 1 : 0;
}

DeployWorkflow::Options options(ApiFixture &fx, const QString &name, const QByteArray &handler, const QString &xid = {})
{
    DeployWorkflow::Options o;
    o.folder = fx.writeFunction(name, {{u"handler.py"_s, handler}, {u"requirements.txt"_s, "cognite-sdk\n"}});
    o.function.name = name;
    if (!xid.isEmpty())
        o.function.externalId = xid;
    o.pollIntervalMs = 100;
    o.fileWaitFirstDelayMs = 50;
    return o;
}
} // namespace

class TestWorkflows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<DeployWorkflow::Stage>(); }
    void deploySuccess();
    void deployFailedKeepsErrorAndTrace();
    void deployLocalProblemsCreateNothing_data();
    void deployLocalProblemsCreateNothing();
    void deployCancelAtEachStage_data();
    void deployCancelAtEachStage();
    void redeployKeepsSchedules();
    void redeployFailureReportsState();
    void redeployRefusesWithoutSecrets();
    void callWorkflow();
    void callPollBackoffShape();
    void logTailDeliversEveryLineOnce();
    void logTailAfterTheEnd();
};

void TestWorkflows::deploySuccess()
{
    ApiFixture fx;
    DeployWorkflow d(fx.client.get(), options(fx, u"ok"_s, Hello, u"ok-xid"_s));
    QList<DeployWorkflow::Stage> stages;
    qint64 uploaded = 0;
    QObject::connect(&d, &DeployWorkflow::stageChanged, [&](DeployWorkflow::Stage s) { stages << s; });
    QObject::connect(&d, &DeployWorkflow::progress, [&](DeployWorkflow::Stage s, qint64 done, qint64) {
        if (s == DeployWorkflow::Stage::Uploading)
            uploaded = std::max(uploaded, done);
    });
    QSignalSpy finished(&d, &DeployWorkflow::finished);
    d.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Ready);
    QCOMPARE(stages, (QList<DeployWorkflow::Stage>{DeployWorkflow::Stage::Packaging, DeployWorkflow::Stage::CreatingFile,
                                                   DeployWorkflow::Stage::Uploading, DeployWorkflow::Stage::WaitingForFile,
                                                   DeployWorkflow::Stage::CreatingFunction, DeployWorkflow::Stage::Deploying,
                                                   DeployWorkflow::Stage::Ready}));
    QVERIFY(uploaded > 100);
    QVERIFY(d.contentHash().startsWith(u"sha256:"_s));
    QCOMPARE(d.function()->status, FunctionStatus::Ready);
    QCOMPARE(*d.function()->externalId, u"ok-xid"_s);
    QVERIFY(d.summary().contains(u"is Ready"_s));
    // The code file carries the function's external id and name, as the SDK makes it.
    const auto file = fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, *d.fileId()}}}}});
    QCOMPARE(file.json.value("items"_L1).toArray().at(0).toObject().value("externalId"_L1).toString(), u"ok-xid"_s);
    QCOMPARE(file.json.value("items"_L1).toArray().at(0).toObject().value("name"_L1).toString(), u"ok.zip"_s);
}

void TestWorkflows::deployFailedKeepsErrorAndTrace()
{
    ApiFixture fx;
    DeployWorkflow d(fx.client.get(), options(fx, u"broken"_s, "import not_installed_pkg_abc\n\ndef handle(data):\n    pass\n"));
    QSignalSpy finished(&d, &DeployWorkflow::finished);
    d.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Failed);
    QVERIFY(d.deployError().has_value());
    QVERIFY(d.deployError()->message.contains(u"not_installed_pkg_abc"_s));
    QVERIFY(d.deployError()->trace.contains(u"Traceback"_s));
    QVERIFY(d.summary().contains(u"is kept so you can read its error"_s));
    QCOMPARE(count(fx, u"functions/list"_s), 1);
}

void TestWorkflows::deployLocalProblemsCreateNothing_data()
{
    QTest::addColumn<QByteArray>("handler");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");
    QTest::newRow("no handle") << QByteArray("def main():\n    pass\n") << u"x"_s << u"no top-level function named handle"_s;
    QTest::newRow("bad parameter") << QByteArray("def handle(data, cfg):\n    pass\n") << u"x"_s << u"\"cfg\""_s;
    QTest::newRow("invalid name") << Hello << QString(141, u'n') << u"name: Name is 141 characters long"_s;
}

void TestWorkflows::deployLocalProblemsCreateNothing()
{
    QFETCH(QByteArray, handler);
    QFETCH(QString, name);
    QFETCH(QString, message);
    ApiFixture fx;
    int apiRequests = 0;
    QObject::connect(fx.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &r) {
        if (r.path.contains(u"/projects/"_s))
            ++apiRequests;
    });
    auto o = options(fx, u"local"_s, handler);
    o.function.name = name;
    DeployWorkflow d(fx.client.get(), o);
    QSignalSpy finished(&d, &DeployWorkflow::finished);
    d.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Failed);
    QVERIFY2(d.summary().contains(message), qPrintable(d.summary()));
    QCOMPARE(apiRequests, 0); // caught before anything was sent
}

void TestWorkflows::deployCancelAtEachStage_data()
{
    QTest::addColumn<int>("stage");
    for (auto s : {DeployWorkflow::Stage::Packaging, DeployWorkflow::Stage::CreatingFile, DeployWorkflow::Stage::Uploading,
                   DeployWorkflow::Stage::WaitingForFile, DeployWorkflow::Stage::CreatingFunction, DeployWorkflow::Stage::Deploying})
        QTest::newRow(qPrintable(DeployWorkflow::stageName(s))) << int(s);
}

void TestWorkflows::deployCancelAtEachStage()
{
    QFETCH(int, stage);
    ApiFixture fx;
    QString error;
    // Slow the server down so every stage lasts long enough to be cancelled inside it.
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/upload/*", "action": "latency", "latencyMs": 300},
                                                       {"method": "POST", "path": "*/files/byids", "action": "latency", "latencyMs": 300},
                                                       {"method": "POST", "path": "*/functions", "action": "latency", "latencyMs": 300}]})", &error));
    DeployWorkflow d(fx.client.get(), options(fx, u"cancelme"_s, Hello, u"cancel-xid"_s));
    bool cancelled = false;
    QObject::connect(&d, &DeployWorkflow::stageChanged, [&](DeployWorkflow::Stage s) {
        if (int(s) == stage && !cancelled) {
            cancelled = true;
            QTimer::singleShot(stage == int(DeployWorkflow::Stage::Deploying) ? 0 : 100, &d, &DeployWorkflow::cancel);
        }
    });
    QSignalSpy finished(&d, &DeployWorkflow::finished);
    d.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(d.stage(), DeployWorkflow::Stage::Cancelled);
    QVERIFY2(d.summary().startsWith(u"Deploy cancelled while "_s), qPrintable(d.summary()));
    // Nothing this deploy created is left: no function, no code file.
    QTRY_COMPARE_WITH_TIMEOUT(count(fx, u"functions/list"_s), 0, 5000);
    QCOMPARE(fileCount(fx, d.fileId().value_or(0)), 0);
    const auto byXid = fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"externalId"_L1, u"cancel-xid"_s}}}}});
    if (stage >= int(DeployWorkflow::Stage::Uploading))
        QCOMPARE(byXid.status, 400); // the file existed and was removed
}

void TestWorkflows::redeployKeepsSchedules()
{
    ApiFixture fx;
    DeployWorkflow first(fx.client.get(), options(fx, u"keeper"_s, Hello, u"keeper-xid"_s));
    QSignalSpy firstDone(&first, &DeployWorkflow::finished);
    first.start();
    QVERIFY(firstDone.wait(30000));
    const qint64 oldId = first.function()->id;
    for (int i = 0; i < 3; ++i) {
        QJsonObject s{{"name"_L1, u"sched %1"_s.arg(i)}, {"cronExpression"_L1, u"%1 * * * *"_s.arg(i * 10)}, {"functionId"_L1, oldId},
                      {"nonce"_L1, fx.http->nonce()}, {"description"_L1, u"number %1"_s.arg(i)}};
        if (i != 1)
            s.insert("data"_L1, QJsonObject{{"i"_L1, i}, {"nested"_L1, QJsonObject{{"deep"_L1, true}}}});
        QCOMPARE(fx.http->ppost(u"functions/schedules"_s, QJsonObject{{"items"_L1, QJsonArray{s}}}).status, 201);
    }
    RedeployWorkflow::Options o;
    o.functionId = oldId;
    o.folder = fx.writeFunction(u"keeper-v2"_s, {{u"handler.py"_s, HelloV2}});
    o.scheduleCredentials = NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
    o.pollIntervalMs = 100;
    RedeployWorkflow r(fx.client.get(), o);
    QStringList steps;
    QObject::connect(&r, &RedeployWorkflow::step, [&](const QString &s) { steps << s; });
    QSignalSpy done(&r, &RedeployWorkflow::finished);
    r.start();
    QVERIFY(done.wait(60000));
    QCOMPARE(r.outcome(), RedeployWorkflow::Outcome::Done);
    QVERIFY2(r.report().contains(u"All 3 schedules were recreated"_s), qPrintable(r.report()));
    QVERIFY(steps.size() >= 7);
    const qint64 newId = r.newFunction()->id;
    QVERIFY(newId != oldId);
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(oldId)).status, 404);
    const QJsonObject fresh = fx.http->pget(u"functions/%1"_s.arg(newId)).json;
    QCOMPARE(fresh.value("externalId"_L1).toString(), u"keeper-xid"_s);
    QCOMPARE(fresh.value("status"_L1).toString(), u"Ready"_s);
    const QJsonArray schedules = fx.http->ppost(u"functions/schedules/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"functionId"_L1, newId}}}}).json.value("items"_L1).toArray();
    QCOMPARE(schedules.size(), 3);
    for (const auto &v : schedules) {
        const QJsonObject s = v.toObject();
        const int i = s.value("name"_L1).toString().back().digitValue();
        QCOMPARE(s.value("cronExpression"_L1).toString(), u"%1 * * * *"_s.arg(i * 10));
        QCOMPARE(s.value("description"_L1).toString(), u"number %1"_s.arg(i));
        const QJsonObject data = fx.http->pget(u"functions/schedules/%1/input_data"_s.arg(s.value("id"_L1).toInteger())).json;
        if (i == 1)
            QVERIFY(!data.contains("data"_L1));
        else
            QCOMPARE(data.value("data"_L1).toObject(), (QJsonObject{{"i"_L1, i}, {"nested"_L1, QJsonObject{{"deep"_L1, true}}}}));
    }
    // The new code runs.
    const auto call = fx.call(newId);
    QCOMPARE(fx.waitForCall(newId, call.json.value("id"_L1).toInteger()).value("status"_L1).toString(), u"Completed"_s);
    QCOMPARE(fx.http->pget(u"functions/%1/calls/%2/response"_s.arg(newId).arg(call.json.value("id"_L1).toInteger())).json.value("response"_L1).toObject().value("version"_L1).toInt(), 2);
}

void TestWorkflows::redeployFailureReportsState()
{
    ApiFixture fx;
    const qint64 oldId = fx.readyFunction(u"fragile"_s, Hello);
    QCOMPARE(fx.http->ppost(u"functions/schedules"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{
        {"name"_L1, u"nightly"_s}, {"cronExpression"_L1, u"0 2 * * *"_s}, {"functionId"_L1, oldId}, {"nonce"_L1, fx.http->nonce()},
        {"data"_L1, QJsonObject{{"full"_L1, true}}}}}}}).status, 201);
    // 1. New code with a local problem: nothing changes.
    RedeployWorkflow::Options o;
    o.functionId = oldId;
    o.folder = fx.writeFunction(u"fragile-bad"_s, {{u"handler.py"_s, "def handle(data, nope):\n    pass\n"}});
    o.pollIntervalMs = 100;
    RedeployWorkflow local(fx.client.get(), o);
    QSignalSpy localDone(&local, &RedeployWorkflow::finished);
    local.start();
    QVERIFY(localDone.wait(30000));
    QCOMPARE(local.outcome(), RedeployWorkflow::Outcome::FailedBeforeChanges);
    QVERIFY(local.report().contains(u"were not touched"_s));
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(oldId)).status, 200);
    QCOMPARE(count(fx, u"functions/schedules/list"_s), 1);
    // 2. New code that fails to deploy in CDF: the report says what is gone and what was saved.
    o.folder = fx.writeFunction(u"fragile-import"_s, {{u"handler.py"_s, "import missing_module_qq\ndef handle(data):\n    pass\n"}});
    RedeployWorkflow remote(fx.client.get(), o);
    QSignalSpy remoteDone(&remote, &RedeployWorkflow::finished);
    remote.start();
    QVERIFY(remoteDone.wait(60000));
    QCOMPARE(remote.outcome(), RedeployWorkflow::Outcome::NewVersionFailed);
    const QString report = remote.report();
    QVERIFY2(report.contains(u"The old function %1 was deleted (with its 1 schedules)"_s.arg(oldId)), qPrintable(report));
    QVERIFY(report.contains(u"is Failed"_s));
    QVERIFY(report.contains(u"NOT recreated"_s));
    QVERIFY(report.contains(u"\"nightly\": 0 2 * * * (At 02:00), input data {\"full\":true}"_s));
    QCOMPARE(remote.snapshot().size(), 1);
    QCOMPARE(remote.snapshot().first().data->value("full"_L1).toBool(), true);
}

void TestWorkflows::redeployRefusesWithoutSecrets()
{
    ApiFixture fx;
    const qint64 id = fx.readyFunction(u"secretive"_s, Hello, QJsonObject{{"secrets"_L1, QJsonObject{{"api-key"_L1, u"x"_s}}}});
    RedeployWorkflow::Options o;
    o.functionId = id;
    o.folder = fx.writeFunction(u"secretive2"_s, {{u"handler.py"_s, HelloV2}});
    RedeployWorkflow r(fx.client.get(), o);
    QSignalSpy done(&r, &RedeployWorkflow::finished);
    r.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(r.outcome(), RedeployWorkflow::Outcome::FailedBeforeChanges);
    QVERIFY(r.report().contains(u"api-key"_s));
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(id)).status, 200);
}

void TestWorkflows::callWorkflow()
{
    ApiFixture fx;
    const qint64 id = fx.readyFunction(u"callee"_s, Hello);
    CallWorkflow::Options o;
    o.functionId = id;
    o.data = QJsonObject{{"who"_L1, u"me"_s}};
    o.pollCapMs = 500;
    CallWorkflow w(fx.client.get(), o);
    QSignalSpy started(&w, &CallWorkflow::started);
    QSignalSpy finished(&w, &CallWorkflow::finished);
    w.start();
    QVERIFY(finished.wait(30000));
    QCOMPARE(started.count(), 1);
    QVERIFY(!w.error());
    QCOMPARE(w.call()->status, CallStatus::Completed);
    QCOMPARE(w.response().toObject().value("data"_L1).toObject().value("who"_L1).toString(), u"me"_s);
    QCOMPARE(w.logs().size(), 1);
    QCOMPARE(w.logs().first().message, u"v1"_s);
    QVERIFY(w.polls() >= 1);
    // A failing call ends with the error and its logs, no response.
    const qint64 bad = fx.readyFunction(u"bad"_s, "def handle(data):\n    print('about to fail')\n    raise ValueError('nope')\n");
    o.functionId = bad;
    CallWorkflow f(fx.client.get(), o);
    QSignalSpy fdone(&f, &CallWorkflow::finished);
    f.start();
    QVERIFY(fdone.wait(30000));
    QCOMPARE(f.call()->status, CallStatus::Failed);
    QCOMPARE(f.call()->error->message, u"ValueError: nope"_s);
    QCOMPARE(f.logs().first().message, u"about to fail"_s);
    QVERIFY(f.response().isUndefined());
}

void TestWorkflows::callPollBackoffShape()
{
    // uniform(0, min(0.3 * 2^n, cap)): caps 0.3, 0.6, 1.2, 2.4, 4.8, 9.6, 10 (SDK), or the user's cap.
    const int caps[] = {300, 600, 1200, 2400, 4800, 9600, 10000, 10000};
    for (int n = 0; n < 8; ++n) {
        QCOMPARE(CallWorkflow::pollDelayMs(n, 10000, 1.0), caps[n]);
        QCOMPARE(CallWorkflow::pollDelayMs(n, 10000, 0.0), 0);
    }
    QCOMPARE(CallWorkflow::pollDelayMs(7, 2000, 1.0), 2000);
    QCOMPARE(CallWorkflow::pollDelayMs(100, 10000, 1.0), 10000);
}

void TestWorkflows::logTailDeliversEveryLineOnce()
{
    ApiFixture fx;
    const qint64 id = fx.readyFunction(u"chatty"_s,
        "import time\ndef handle(data):\n    for i in range(8):\n        print(f'line {i}')\n        time.sleep(0.25)\n    return 1\n");
    const qint64 cid = fx.call(id).json.value("id"_L1).toInteger();
    LogTail tail(fx.client.get(), id, cid);
    tail.setIntervals(150, 600);
    QStringList got;
    int batches = 0;
    QObject::connect(&tail, &LogTail::lines, [&](const QList<LogEntry> &lines) {
        ++batches;
        for (const auto &l : lines)
            got << l.message;
    });
    QSignalSpy finished(&tail, &LogTail::finished);
    tail.start();
    QVERIFY(finished.wait(30000));
    QStringList expected;
    for (int i = 0; i < 8; ++i)
        expected << u"line %1"_s.arg(i);
    QCOMPARE(got, expected); // in order, each exactly once
    QVERIFY(batches >= 2);   // lines arrived while the call ran
    QVERIFY(!tail.logsOnlyAtEnd());
    QVERIFY(!tail.isRunning());
}

void TestWorkflows::logTailAfterTheEnd()
{
    ApiFixture fx;
    const qint64 id = fx.readyFunction(u"quick"_s, "def handle(data):\n    print('a')\n    print('b')\n");
    const qint64 cid = fx.call(id).json.value("id"_L1).toInteger();
    QCOMPARE(fx.waitForCall(id, cid).value("status"_L1).toString(), u"Completed"_s);
    LogTail tail(fx.client.get(), id, cid);
    QList<QList<LogEntry>> batches;
    QObject::connect(&tail, &LogTail::lines, [&](const QList<LogEntry> &l) { batches << l; });
    QSignalSpy finished(&tail, &LogTail::finished);
    tail.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(batches.size(), 1);
    QCOMPARE(batches.first().size(), 2);
    QVERIFY(tail.logsOnlyAtEnd());
}

QTEST_MAIN(TestWorkflows)
#include "tst_workflows.moc"
