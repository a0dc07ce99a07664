// The user flows through the client library while the emulator injects faults into about 20% of
// the API requests: throttling with Retry-After, 500/502/503/504, answers later than the client
// waits, resets before and after the request is handled, truncated and malformed bodies.
// Idempotent operations must succeed within their retry budget; creates, calls and deletes must
// happen at most once and either succeed or say why; nothing is ever duplicated. Every redeploy
// keeps a schedule, and after it exactly one Ready function holds the external id, with the
// schedules and input data it had (or the report says it could not, and keeps them). The counts
// are printed at the end (docs/ARCHITECTURE.md, "Deploys never destroy").
#include "support/apifixture.h"

#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/services/sessionsservice.h"
#include "api/workflows/callworkflow.h"
#include "api/workflows/deployworkflow.h"
#include "api/workflows/logtail.h"
#include "api/workflows/redeployworkflow.h"
#include "emulator/faultinjector.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace fstudio;
using namespace fstudio::api;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Handler = "import time\n"
                           "def handle(data):\n"
                           "    for i in range(3):\n"
                           "        print(f'step {i}')\n"
                           "        time.sleep(0.1)\n"
                           "    return {'round': data.get('round')}\n";

// Ten fault kinds, each ~2.2% of API requests: together about 20%. The token endpoint is left
// alone (sign-in has its own tests); latency is past the 2 s the client waits in this test.
QByteArray faultPlan(int seed)
{
    QJsonArray rules;
    const double p = 0.022;
    auto rule = [&](QJsonObject r) {
        r.insert("path"_L1, u"/api/v1/*"_s);
        r.insert("probability"_L1, p);
        rules.append(r);
    };
    rule({{"action"_L1, u"status"_s}, {"status"_L1, 429}, {"retryAfter"_L1, 1}});
    for (int status : {500, 502, 503, 504})
        rule({{"action"_L1, u"status"_s}, {"status"_L1, status}});
    rule({{"action"_L1, u"latency"_s}, {"latencyMs"_L1, 2600}});
    rule({{"action"_L1, u"reset"_s}});
    rule({{"action"_L1, u"reset-after"_s}});
    rule({{"action"_L1, u"truncate"_s}});
    rule({{"action"_L1, u"malformed"_s}});
    return QJsonDocument(QJsonObject{{"seed"_L1, seed}, {"rules"_L1, rules}}).toJson(QJsonDocument::Compact);
}

struct Counts
{
    int operations = 0;
    int succeeded = 0;
    int errorsSurfaced = 0; // failed with a message the user sees
    int retries = 0;
};

// A function's schedules as the server holds them, read from the store (no faults on the way):
// "name | cron | input data", sorted.
QStringList schedulesOn(ApiFixture &fx, qint64 functionId)
{
    QStringList out;
    for (const FunctionSchedule &s : fx.server->store().schedules()) {
        if (s.functionId != functionId)
            continue;
        const std::optional<QJsonObject> data = fx.server->store().scheduleData(s.id);
        out << s.name + u" | "_s + s.cronExpression + u" | "_s
                + (data ? QString::fromUtf8(QJsonDocument(*data).toJson(QJsonDocument::Compact)) : u"no input data"_s);
    }
    out.sort();
    return out;
}

// The functions that hold an external id, read from the store.
QList<Function> holdersOf(ApiFixture &fx, const QString &xid)
{
    QList<Function> out;
    for (const Function &f : fx.server->store().functions())
        if (f.externalId == xid)
            out << f;
    return out;
}
} // namespace

class TestChaos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userFlowsUnderFaults();
    void emulatorRestartMidDeployAndCall();
    void tokenExpiresDuringALongDeploy();
};

// The emulator stops (as a crash or a quit would) while a deploy waits for Ready and while a
// call runs, and comes back a second later on the same port: the client reconnects, the deploy
// ends Ready (the emulator resumes deploys), the call ends Failed with the emulator's reason, and
// what the workflows report is what the server says.
void TestChaos::emulatorRestartMidDeployAndCall()
{
    ApiFixture fx;
    fx.client->setRandomSource([] { return 1.0; }); // the longest backoff: 0.5, 1, 2 s while it is down
    fx.config.port = quint16(QUrl(fx.server->baseUrl()).port());
    auto bounce = [&fx] {
        fx.server.reset();
        QTest::qWait(1000);
        fx.restart();
        QVERIFY(fx.started);
        QVERIFY(fx.http->signIn()); // the test's own HTTP client; the app's client signs in by itself
    };
    DeployWorkflow::Options o;
    o.folder = fx.writeFunction(u"survivor"_s, {{u"handler.py"_s, "import time\ndef handle(data):\n    time.sleep(3)\n    return 1\n"}});
    o.function.name = u"survivor"_s;
    o.function.externalId = u"survivor"_s;
    o.pollIntervalMs = 100;
    DeployWorkflow deploy(fx.client.get(), o);
    bool bounced = false;
    QObject::connect(&deploy, &DeployWorkflow::stageChanged, [&](DeployWorkflow::Stage s) {
        if (s == DeployWorkflow::Stage::Deploying && !bounced) {
            bounced = true;
            QTimer::singleShot(0, [&] { bounce(); });
        }
    });
    QSignalSpy deployed(&deploy, &DeployWorkflow::finished);
    deploy.start();
    QVERIFY(deployed.wait(60000));
    QVERIFY(bounced);
    QVERIFY2(deploy.stage() == DeployWorkflow::Stage::Ready, qPrintable(deploy.summary()));
    const qint64 id = deploy.function()->id;
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(id)).json.value("status"_L1).toString(), u"Ready"_s);
    QCOMPARE(fx.http->ppost(u"functions/list"_s, QJsonObject{}).json.value("items"_L1).toArray().size(), 1); // one function, not two

    CallWorkflow::Options co;
    co.functionId = id;
    co.pollCapMs = 300;
    CallWorkflow call(fx.client.get(), co);
    QObject::connect(&call, &CallWorkflow::started, [&] { QTimer::singleShot(500, [&] { bounce(); }); });
    QSignalSpy called(&call, &CallWorkflow::finished);
    call.start();
    QVERIFY(called.wait(60000));
    QVERIFY2(!call.error(), qPrintable(call.error() ? call.error()->userMessage() : QString()));
    QCOMPARE(call.call()->status, CallStatus::Failed);
    QVERIFY(call.call()->error->message.contains(u"emulator stopped"_s));
    const QJsonObject onServer = fx.http->pget(u"functions/%1/calls/%2"_s.arg(id).arg(call.call()->id)).json;
    QCOMPARE(onServer.value("status"_L1).toString(), u"Failed"_s);
    QCOMPARE(fx.http->ppost(u"functions/%1/calls/list"_s.arg(id), QJsonObject{}).json.value("items"_L1).toArray().size(), 1); // not called twice
}

// Tokens that live one second, a deploy that takes several: every expired token is refreshed
// and the request repeated, and the user is never asked to sign in again.
void TestChaos::tokenExpiresDuringALongDeploy()
{
    emulator::EmulatorConfig cfg;
    cfg.tokenTtlSeconds = 1;
    cfg.deployQueuedMs = 2500;
    ApiFixture fx(cfg);
    QSignalSpy authFailed(fx.client.get(), &CdfClient::authenticationFailed);
    DeployWorkflow::Options o;
    o.folder = fx.writeFunction(u"slow"_s, {{u"handler.py"_s, Handler}});
    o.function.name = u"slow"_s;
    o.pollIntervalMs = 300;
    DeployWorkflow deploy(fx.client.get(), o);
    QSignalSpy deployed(&deploy, &DeployWorkflow::finished);
    QElapsedTimer t;
    t.start();
    deploy.start();
    QVERIFY(deployed.wait(60000));
    QVERIFY2(deploy.stage() == DeployWorkflow::Stage::Ready, qPrintable(deploy.summary()));
    QVERIFY(t.elapsed() > 2000); // longer than two token lifetimes (the deploy waits 2.5 s in Queued)
    QCOMPARE(authFailed.count(), 0);
    qInfo("token refresh: deploy took %lld ms with 1 s tokens", qint64(t.elapsed()));
}

void TestChaos::userFlowsUnderFaults()
{
    ApiFixture fx;
    fx.client->setMaxTimeoutMs(2000);
    Counts n;
    QObject::connect(fx.client.get(), &CdfClient::retrying, [&](const QByteArray &, const QString &, int, int) { ++n.retries; });
    auto surfaced = [&](const std::optional<ApiError> &e, const char *what) {
        QVERIFY2(e && !e->userMessage().isEmpty(), what);
        ++n.errorsSurfaced;
        qInfo("surfaced (%s): %s", what, qPrintable(e->userMessage()));
    };
    QString error;
    QVERIFY(fx.server->faults().loadJson(faultPlan(20261129), &error));

    int idempotentFailures = 0;
    QList<QString> deployedXids;
    QStringList failedXids;
    QMap<QString, QString> failedSummaries;
    int callAttempts = 0;
    QMap<qint64, int> callsPerFunction; // calls asked for, per function
    QMap<QString, int> scheduleAttempts; // by name
    int redeploysChecked = 0;
    int redeploysWithSchedules = 0;
    constexpr int Rounds = 8;
    for (int round = 0; round < Rounds; ++round) {
        // List (idempotent): must succeed.
        ++n.operations;
        const auto listed = await(FunctionsService(fx.client.get()).list({}), 60000);
        if (listed)
            ++n.succeeded;
        else
            ++idempotentFailures, qWarning("list failed: %s", qPrintable(listed.error().userMessage()));

        // Deploy (creates a file and a function): Ready, or a clear error and nothing left over.
        ++n.operations;
        const QString xid = u"chaos-%1"_s.arg(round);
        DeployWorkflow::Options o;
        o.folder = fx.writeFunction(xid, {{u"handler.py"_s, Handler}});
        o.function.name = xid;
        o.function.externalId = xid;
        o.pollIntervalMs = 100;
        o.fileWaitFirstDelayMs = 50;
        DeployWorkflow deploy(fx.client.get(), o);
        QSignalSpy deployed(&deploy, &DeployWorkflow::finished);
        deploy.start();
        QVERIFY2(deployed.wait(120000), "the deploy did not end within 2 minutes");
        std::optional<Function> function;
        if (deploy.stage() == DeployWorkflow::Stage::Ready) {
            ++n.succeeded;
            function = deploy.function();
            deployedXids << xid;
        } else {
            QVERIFY2(!deploy.summary().isEmpty(), "a failed deploy says nothing");
            ++n.errorsSurfaced;
            failedXids << xid;
            failedSummaries.insert(xid, deploy.summary());
            qInfo("surfaced (deploy): %s", qPrintable(deploy.summary()));
        }
        if (!function)
            continue;

        // Call and follow its logs.
        ++n.operations;
        ++callAttempts;
        ++callsPerFunction[function->id];
        CallWorkflow::Options co;
        co.functionId = function->id;
        co.data = QJsonObject{{"round"_L1, round}};
        co.pollCapMs = 300;
        CallWorkflow call(fx.client.get(), co);
        call.setRandomSource([] { return 0.5; });
        QSignalSpy called(&call, &CallWorkflow::finished);
        call.start();
        QVERIFY2(called.wait(120000), "the call did not end within 2 minutes");
        if (!call.error() && call.call()) {
            ++n.succeeded;
            QCOMPARE(call.response().toObject().value("round"_L1).toInt(), round);
            ++n.operations;
            LogTail tail(fx.client.get(), function->id, call.call()->id);
            tail.setIntervals(100, 400);
            QStringList lines;
            QObject::connect(&tail, &LogTail::lines, [&](const QList<LogEntry> &l) {
                for (const LogEntry &e : l)
                    lines << e.message;
            });
            QSignalSpy tailDone(&tail, &LogTail::finished);
            QSignalSpy tailFailed(&tail, &LogTail::failed);
            tail.start();
            QTRY_VERIFY_WITH_TIMEOUT(tailDone.count() + tailFailed.count() > 0, 60000);
            if (tailDone.count()) {
                ++n.succeeded;
                QCOMPARE(lines, (QStringList{u"step 0"_s, u"step 1"_s, u"step 2"_s})); // every line once, in order
            } else {
                surfaced(tailFailed.first().first().value<ApiError>(), "log tail");
            }
        } else {
            surfaced(call.error(), "call");
        }

        // Create a schedule (a session first, then the create). On even rounds it is deleted again;
        // on odd rounds it is kept (a failed create is tried again, up to three times) and the
        // redeploy below must carry it over.
        const bool keepSchedule = round % 2 == 1;
        const QString scheduleName = u"chaos schedule %1"_s.arg(round);
        bool scheduled = false;
        for (int attempt = 0; attempt < (keepSchedule ? 3 : 1) && !scheduled; ++attempt) {
            ++n.operations;
            ++scheduleAttempts[scheduleName];
            const auto session =
                await(SessionsService(fx.client.get()).create(SessionCreate::clientCredentials(u"functions-studio"_s, u"emulator-secret"_s)), 60000);
            if (!session) {
                surfaced(session.error(), "session");
                continue;
            }
            ScheduleWrite s;
            s.name = scheduleName;
            s.cronExpression = u"*/30 * * * *"_s;
            s.functionId = function->id;
            s.data = QJsonObject{{"round"_L1, round}};
            s.nonce = session->nonce;
            const auto created = await(SchedulesService(fx.client.get()).create(s), 60000);
            if (!created) {
                surfaced(created.error(), "schedule create");
                // The create may have happened with its answer lost: the server says.
                scheduled = keepSchedule && !schedulesOn(fx, function->id).filter(scheduleName + u" | "_s).isEmpty();
                continue;
            }
            ++n.succeeded;
            scheduled = true;
            if (keepSchedule)
                continue;
            ++n.operations;
            const auto removed = await(SchedulesService(fx.client.get()).remove({created->id}), 60000);
            if (removed)
                ++n.succeeded;
            else
                surfaced(removed.error(), "schedule delete");
        }

        // Redeploy keeping the schedule, through the same faulty client. Whatever the faults do,
        // the project ends in the state the report names: exactly one Ready function holds the
        // external id, with the schedules (and input data) the old version had. Only a redeploy
        // that says it could not restore the previous version may leave less, and its report then
        // keeps every schedule.
        if (keepSchedule) {
            ++n.operations;
            const QStringList schedulesBefore = schedulesOn(fx, function->id);
            if (scheduled)
                QVERIFY2(!schedulesBefore.filter(scheduleName + u" | "_s).isEmpty(), qPrintable(schedulesBefore.join(u"; "_s)));
            RedeployWorkflow::Options ro;
            ro.functionId = function->id;
            ro.folder = fx.writeFunction(xid + u"-v2"_s, {{u"handler.py"_s, Handler + "# v2\n"}});
            ro.scheduleCredentials = NonceSource::credentials(u"functions-studio"_s, u"emulator-secret"_s);
            ro.pollIntervalMs = 100;
            RedeployWorkflow redeploy(fx.client.get(), ro);
            QSignalSpy redeployed(&redeploy, &RedeployWorkflow::finished);
            redeploy.start();
            QVERIFY2(redeployed.wait(180000), "the redeploy did not end within 3 minutes");
            const RedeployWorkflow::Outcome outcome = redeploy.outcome();
            const QString report = redeploy.report();
            if (outcome == RedeployWorkflow::Outcome::Done) {
                ++n.succeeded;
            } else {
                QVERIFY2(!report.isEmpty(), "a redeploy that did not finish says nothing");
                ++n.errorsSurfaced;
                qInfo("surfaced (redeploy): %s", qPrintable(report));
            }
            ++redeploysChecked;
            if (!schedulesBefore.isEmpty())
                ++redeploysWithSchedules;
            const QList<Function> holders = holdersOf(fx, xid);
            if (outcome == RedeployWorkflow::Outcome::NewVersionFailed) {
                QVERIFY2(holders.size() <= 1, qPrintable(u"%1: %2 functions hold it. %3"_s.arg(xid).arg(holders.size()).arg(report)));
                QCOMPARE(redeploy.snapshot().size(), schedulesBefore.size());
                for (const RedeployWorkflow::ScheduleSnapshot &snap : redeploy.snapshot())
                    QVERIFY2(report.contains(u"\"%1\": "_s.arg(snap.schedule.name)), qPrintable(report));
            } else {
                QVERIFY2(holders.size() == 1,
                         qPrintable(u"%1: %2 functions hold it after the redeploy. %3"_s.arg(xid).arg(holders.size()).arg(report)));
                const Function &holder = holders.first();
                QVERIFY2(holder.status == FunctionStatus::Ready,
                         qPrintable(u"%1 is %2 after the redeploy. %3"_s.arg(xid, holder.statusText, report)));
                // Which version: the new one, the restored previous one, or the old one untouched.
                qint64 expectedId = function->id; // FailedBeforeChanges
                if (redeploy.restoredFunction())
                    expectedId = redeploy.restoredFunction()->id;
                else if (outcome == RedeployWorkflow::Outcome::Done || outcome == RedeployWorkflow::Outcome::SchedulesIncomplete)
                    expectedId = redeploy.newFunction()->id;
                QVERIFY2(holder.id == expectedId, qPrintable(report));
                const QStringList schedulesAfter = schedulesOn(fx, holder.id);
                if (outcome == RedeployWorkflow::Outcome::SchedulesIncomplete) {
                    // Every schedule it says it recreated is there (a create whose answer was lost
                    // may be there too), and nothing that was not there before.
                    for (const RedeployWorkflow::ScheduleOutcome &made : redeploy.scheduleOutcomes())
                        if (made.created)
                            QVERIFY2(!schedulesAfter.filter(made.name + u" | "_s).isEmpty(), qPrintable(made.name));
                    for (const QString &sched : schedulesAfter)
                        QVERIFY2(schedulesBefore.contains(sched), qPrintable(sched));
                    QVERIFY2(schedulesAfter.size() <= schedulesBefore.size(), qPrintable(schedulesAfter.join(u"; "_s)));
                } else {
                    QCOMPARE(schedulesAfter, schedulesBefore);
                }
            }
        }
    }
    const int faults = fx.server->faults().firedCount();
    fx.server->faults().clear(); // the checks below read the project as it is

    // Never a duplicate: at most one function per external id, one call per call asked for, one
    // schedule per create asked for (and the deleted ones are gone or their delete reported).
    int duplicates = 0;
    const QJsonArray functions = fx.http->ppost(u"functions/list"_s, QJsonObject{{"limit"_L1, 1000}}).json.value("items"_L1).toArray();
    QMap<QString, int> perXid;
    for (const auto &v : functions)
        ++perXid[v.toObject().value("externalId"_L1).toString()];
    for (auto it = perXid.cbegin(); it != perXid.cend(); ++it)
        duplicates += std::max(0, it.value() - 1);
    for (const QString &xid : std::as_const(deployedXids))
        QVERIFY2(perXid.value(xid) <= 1, qPrintable(xid));
    for (auto it = callsPerFunction.cbegin(); it != callsPerFunction.cend(); ++it) {
        const auto calls = fx.http->ppost(u"functions/%1/calls/list"_s.arg(it.key()), QJsonObject{{"limit"_L1, 100}});
        if (calls.status == 200) {
            int asked = 0; // a kept schedule may fire meanwhile: its calls were not asked for here
            for (const auto &c : calls.json.value("items"_L1).toArray())
                asked += c.toObject().contains("scheduleId"_L1) ? 0 : 1;
            duplicates += std::max(0, asked - it.value());
        }
    }
    const QJsonArray schedules = fx.http->ppost(u"functions/schedules/list"_s, QJsonObject{{"limit"_L1, 1000}}).json.value("items"_L1).toArray();
    QMap<QString, int> perName;
    for (const auto &v : schedules)
        ++perName[v.toObject().value("name"_L1).toString()];
    for (auto it = perName.cbegin(); it != perName.cend(); ++it)
        duplicates += std::max(0, it.value() - scheduleAttempts.value(it.key(), 1));

    // A deploy that failed left nothing it made (no function, no code file), or said what it
    // could not remove.
    const QList<FileMetadata> files = fx.server->store().files();
    QVERIFY(!files.isEmpty());
    int leftovers = 0;
    for (const QString &xid : std::as_const(failedXids)) {
        int codeFiles = 0;
        for (const FileMetadata &f : files)
            codeFiles += f.externalId.value_or(QString()).startsWith(xid + u"-code-"_s) ? 1 : 0;
        if ((perXid.value(xid) > 0 || codeFiles > 0) && !failedSummaries.value(xid).contains(u"delete it yourself"_s))
            ++leftovers;
    }
    QCOMPARE(leftovers, 0);
    QVERIFY2(!deployedXids.isEmpty(), "no deploy succeeded: the later steps were never exercised");

    qInfo("chaos: %d operations, %d succeeded, %d faults injected, %d retries, %d errors surfaced, %d duplicates", n.operations, n.succeeded, faults,
          n.retries, n.errorsSurfaced, duplicates);
    qInfo("chaos: %d redeploys checked, %d of them carrying a schedule", redeploysChecked, redeploysWithSchedules);
    QCOMPARE(duplicates, 0);
    QCOMPARE(idempotentFailures, 0);
    QVERIFY2(faults >= 10, "the plan injected almost nothing: the test proves nothing");
    QVERIFY2(redeploysWithSchedules > 0, "no redeploy carried a schedule: the redeploy checks proved nothing");
    QVERIFY(n.retries > 0);
    QVERIFY(n.succeeded >= n.operations / 2); // faults at 20% must not make most flows fail
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
