// ProjectSession without any window: it opens a profile against the in-process emulator, holds
// what the project has, says which part a problem belongs to, refreshes by itself (not while
// paused), and drops what an older connection answers.
#include "support/profilefixture.h"

#include "api/auth/secretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/laststate.h"
#include "gui/project/projectsession.h"

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Hello = "def handle(data):\n    return {'n': data.get('n', 0)}\n";

qint64 addSchedule(EmulatorFixture &fx, qint64 functionId, const QString &name)
{
    const QJsonObject s{{"name"_L1, name}, {"cronExpression"_L1, u"*/5 * * * *"_s}, {"functionId"_L1, functionId}, {"nonce"_L1, fx.http->nonce()}};
    const auto r = fx.http->ppost(u"functions/schedules"_s, QJsonObject{{"items"_L1, QJsonArray{s}}});
    return r.status == 201 ? r.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger() : 0;
}

} // namespace

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void opensAndHoldsTheProject();
    void problemsNameTheirPart();
    void autoRefreshPausesAndResumes();
    void closingDropsOlderAnswers();
    void lastKnownStateShowsAtOnceAndIsReplaced();
    void lastKnownStateIsNeverAnotherProjectsOrASecret();
    void lastKnownLimitsAreReadAgainAndSchedulesKept();

private:
    // A session on the emulator, its secret stored, opened and refreshed once.
    std::unique_ptr<ProjectSession> openOn(EmulatorFixture &fx, Profile *profile = nullptr);
    api::MemorySecretStore m_keychain;
    std::unique_ptr<SecretVault> m_vault;
};

void TestProjectSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_projectsession"_s);
}

void TestProjectSession::init()
{
    QSettings().clear();
    m_keychain.clear();
    m_vault = std::make_unique<SecretVault>(&m_keychain);
}

std::unique_ptr<ProjectSession> TestProjectSession::openOn(EmulatorFixture &fx, Profile *profile)
{
    const Profile p = emulatorProfile(fx);
    if (profile)
        *profile = p;
    m_keychain.write(p.secretKey("client-secret"), u"emulator-secret"_s, nullptr, {});
    auto session = std::make_unique<ProjectSession>(m_vault.get());
    session->setAutoRefreshInterval(0);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->open(p);
    if (!refreshed.wait(20000))
        qWarning("the session did not refresh within 20 s");
    return session;
}

void TestProjectSession::opensAndHoldsTheProject()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"alpha"_s, Hello);
    QVERIFY(fid);
    QVERIFY(addSchedule(fx, fid, u"every five"_s));
    Profile p;
    auto session = openOn(fx, &p);
    QVERIFY(session->isOpen());
    QCOMPARE(session->profile().id, p.id);
    QCOMPARE(session->functions().size(), 1);
    QCOMPARE(session->function(fid)->name, u"alpha"_s);
    QCOMPARE(session->functionNames().value(fid), u"alpha"_s);
    QCOMPARE(session->schedulesOf(fid).size(), 1);
    QCOMPARE(session->scheduleNames().size(), 1);
    QVERIFY(session->activation().has_value());
    QTRY_VERIFY(session->limits().has_value());
    // The context carries what features need, the call-input limit computed from the server.
    const ProjectContext c = session->context();
    QCOMPARE(c.client.data(), session->client());
    QCOMPARE(c.name, u"playground"_s);
    QCOMPARE(c.server, QUrl(fx.server->baseUrl()));
    QCOMPARE(c.callInputLimit, DefaultCallInputBytes);
    QCOMPARE(c.credentials.clientId, u"functions-studio"_s);
    QVERIFY(c.limits.has_value());
    QCOMPARE(c.secrets, m_vault.get());
    // A new function reaches subscribers with the next refresh, and only then.
    QSignalSpy functions(session.get(), &ProjectSession::functionsChanged);
    QSignalSpy schedules(session.get(), &ProjectSession::schedulesChanged);
    QVERIFY(fx.readyFunction(u"beta"_s, Hello));
    QCOMPARE(session->functions().size(), 1);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(functions.size(), 1);
    QCOMPARE(schedules.size(), 1);
    QCOMPARE(session->functions().size(), 2);
    // Forgetting the profile leaves nothing of the project.
    QSignalSpy profile(session.get(), &ProjectSession::profileChanged);
    session->forget();
    QCOMPARE(profile.size(), 1);
    QVERIFY(!session->isOpen());
    QVERIFY(session->profile().id.isEmpty());
    QVERIFY(session->functions().isEmpty() && session->schedules().isEmpty());
    QVERIFY(!session->context().client);
}

void TestProjectSession::problemsNameTheirPart()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"alpha"_s, Hello));
    auto session = openOn(fx);
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/schedules/list", "action": "status", "status": 403}]})", &error));
    QSignalSpy problems(session.get(), &ProjectSession::problem);
    QSignalSpy solved(session.get(), &ProjectSession::solved);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->refresh();
    QVERIFY(refreshed.wait(30000));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().at(0).value<ProjectSession::Part>(), ProjectSession::Part::Schedules);
    QVERIFY(problems.first().at(1).value<api::ApiError>().userMessage().contains(u"Could not list schedules"_s));
    QCOMPARE(solved.size(), 1); // the functions answered
    QCOMPARE(solved.first().at(0).value<ProjectSession::Part>(), ProjectSession::Part::Functions);
    QCOMPARE(session->functions().size(), 1); // what did answer is kept
    // Once the schedules answer again, their problem is solved.
    fx.server->faults().clear();
    solved.clear();
    session->refresh();
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(problems.size(), 1);
    QVERIFY(std::any_of(solved.begin(), solved.end(),
                        [](const QList<QVariant> &args) { return args.at(0).value<ProjectSession::Part>() == ProjectSession::Part::Schedules; }));
}

void TestProjectSession::autoRefreshPausesAndResumes()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    auto session = openOn(fx);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    QSignalSpy busy(session.get(), &ProjectSession::busyChanged);
    session->setAutoRefreshInterval(300);
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() >= 3, 10000); // by itself after the first
    QVERIFY(busy.size() >= 6); // on and off each time
    QTRY_VERIFY(!session->isRefreshing());
    session->setPaused(true);
    QVERIFY(!session->autoRefreshActive());
    refreshed.clear();
    QTest::qWait(1000);
    QCOMPARE(refreshed.size(), 0);
    session->setPaused(false); // coming back refreshes at once
    QVERIFY(refreshed.wait(5000));
    session->setAutoRefreshInterval(0);
    QTRY_VERIFY(!session->isRefreshing());
    QVERIFY(!session->autoRefreshActive());
}

void TestProjectSession::closingDropsOlderAnswers()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"alpha"_s, Hello));
    Profile first;
    auto session = openOn(fx, &first);
    const int generation = session->generation();
    QVERIFY(session->isCurrent(generation));
    // A slow answer of the first connection must not land in the second.
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/list", "action": "latency", "latencyMs": 1500}]})", &error));
    session->refresh();
    QVERIFY(session->isRefreshing());
    QSignalSpy closing(session.get(), &ProjectSession::closing);
    Profile second = emulatorProfile(fx);
    second.project = u"elsewhere"_s; // the emulator serves one project: every list of this one fails
    m_keychain.write(second.secretKey("client-secret"), u"emulator-secret"_s, nullptr, {});
    session->open(second);
    QCOMPARE(closing.size(), 1);
    QVERIFY(closing.first().first().toString().contains(first.name));
    QVERIFY(!session->isCurrent(generation));
    QVERIFY(session->functions().isEmpty()); // nothing of the first project
    QSignalSpy functions(session.get(), &ProjectSession::functionsChanged);
    QTest::qWait(2500); // the first connection's slow answer would have come by now
    QCOMPARE(functions.size(), 0);
    QVERIFY(session->functions().isEmpty());
}

void TestProjectSession::lastKnownStateShowsAtOnceAndIsReplaced()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 first = fx.readyFunction(u"first"_s, Hello);
    QVERIFY(addSchedule(fx, first, u"every five"_s));
    Profile p;
    {
        auto session = openOn(fx, &p);
        QCOMPARE(session->functions().size(), 1);
        QVERIFY(!session->isStale());
        QVERIFY(QFile::exists(LastState::fileFor(p))); // kept after the refresh
    }
    // The project changes meanwhile.
    QVERIFY(fx.readyFunction(u"second"_s, Hello));

    // The next open shows the last-known state at once, before any answer, marked stale...
    auto session = std::make_unique<ProjectSession>(m_vault.get());
    session->setAutoRefreshInterval(0);
    QSignalSpy functionsChanged(session.get(), &ProjectSession::functionsChanged);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->open(p);
    QCOMPARE(functionsChanged.count(), 1); // synchronously, inside open()
    QVERIFY(session->isStale());
    QVERIFY(session->staleSinceMs() > 0);
    QCOMPARE(session->functions().size(), 1);
    QCOMPARE(session->functions().first().name, u"first"_s);
    QCOMPARE(session->schedules().size(), 1);
    QVERIFY(session->limits().has_value());
    QVERIFY(session->activation().has_value());
    // ... and the refresh replaces it.
    QVERIFY(refreshed.wait(20000));
    QVERIFY(!session->isStale());
    QCOMPARE(session->functions().size(), 2);

    // When the project cannot be reached, the last-known state stays, stale (the window keeps it
    // read-only and offers Retry).
    session.reset();
    fx.server.reset();
    session = std::make_unique<ProjectSession>(m_vault.get());
    session->setAutoRefreshInterval(0);
    QSignalSpy refreshed2(session.get(), &ProjectSession::refreshed);
    session->open(p);
    QCOMPARE(session->functions().size(), 2); // what the last refresh saw
    QVERIFY(refreshed2.wait(30000));
    QVERIFY(session->isOffline());
    QVERIFY(session->isStale());
    QCOMPARE(session->functions().size(), 2);
}

void TestProjectSession::lastKnownStateIsNeverAnotherProjectsOrASecret()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    Function f;
    f.id = fx.server->store().nextId();
    f.name = u"with-secrets"_s;
    f.createdTime = QDateTime::currentMSecsSinceEpoch();
    f.status = FunctionStatus::Ready;
    f.statusText = u"Ready"_s;
    f.fileId = 1;
    fx.server->store().putFunction(f, StringMap{{u"api-key"_s, u"s3cret-value-1234"_s}});
    Profile p;
    auto session = openOn(fx, &p);
    QCOMPARE(session->functions().size(), 1);
    session.reset();
    QFile file(LastState::fileFor(p));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("with-secrets"));
    QVERIFY(!bytes.contains("s3cret-value-1234"));
    QVERIFY(!bytes.contains("emulator-secret"));
    QVERIFY(!bytes.contains("Bearer"));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    // A value that came unmasked is still never written.
    LastState state;
    Function leaky = f;
    leaky.secrets = StringMap{{u"api-key"_s, u"s3cret-value-1234"_s}};
    state.functions << leaky;
    QVERIFY(!state.toBytes(p).contains("s3cret-value-1234"));

    // Another profile on the same project, and this profile on another project, show nothing of it.
    Profile otherProject = p;
    otherProject.project = u"another-project"_s;
    QVERIFY(!LastState::load(otherProject));
    Profile other = p;
    other.id = u"another-profile"_s;
    QVERIFY(!LastState::load(other));
    // A file copied into another profile's place is refused by what it holds.
    QDir().mkpath(QFileInfo(LastState::fileFor(other)).path());
    QVERIFY(QFile::copy(LastState::fileFor(p), LastState::fileFor(other)));
    QVERIFY(!LastState::load(other));
    QVERIFY(LastState::load(p));
    // A removed profile's state goes with it.
    LastState::forget(p);
    QVERIFY(!LastState::load(p));
}

void TestProjectSession::lastKnownLimitsAreReadAgainAndSchedulesKept()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"first"_s, Hello);
    QVERIFY(addSchedule(fx, fid, u"every five"_s));
    Profile p;
    int serverTimeout = 0;
    {
        auto session = openOn(fx, &p);
        QTRY_VERIFY(session->limits().has_value());
        serverTimeout = session->limits()->timeoutMinutes;
    }
    // The file as it was kept, with limits that are not the server's (e.g. the project's limits changed since).
    auto kept = LastState::load(p);
    QVERIFY(kept);
    QCOMPARE(kept->schedules.size(), 1);
    QVERIFY(kept->limits);
    kept->limits->timeoutMinutes = serverTimeout + 7;
    QVERIFY(kept->save(p));
    // The schedules cannot be listed on this open.
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/schedules/list", "action": "malformed"}]})", &error));
    auto session = std::make_unique<ProjectSession>(m_vault.get());
    session->setAutoRefreshInterval(0);
    QSignalSpy refreshed(session.get(), &ProjectSession::refreshed);
    session->open(p);
    QVERIFY(refreshed.count() || refreshed.wait(120000));
    QVERIFY(!session->isStale());
    QTRY_COMPARE(session->limits()->timeoutMinutes, serverTimeout);
    const auto after = LastState::load(p);
    QCOMPARE(session->limits()->timeoutMinutes, serverTimeout);
    QVERIFY(after);
    QCOMPARE(after->schedules.size(), 1);
}

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
