// The Monitor page, the functions table's Last call and Error rate 24 h columns and the failing
// schedules, in the main window against the in-process emulator with calls of known outcomes and
// durations.
#include "support/apifixture.h"
#include "support/callseed.h"
#include "support/emulatorfixture.h"
#include "support/profilefixture.h"
#include "support/widgets.h"

#include "api/auth/secretstore.h"
#include "gui/actions.h"
#include "gui/call/calldialog.h"
#include "gui/call/callview.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/logs/logcache.h"
#include "gui/logs/logpanel.h"
#include "gui/logs/logsearch.h"
#include "gui/logs/logview.h"
#include "gui/mainwindow.h"
#include "gui/models/callsmodel.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/modelroles.h"
#include "gui/models/monitormodel.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/callsearch.h"
#include "gui/pages/functionspage.h"
#include "gui/pages/monitorchart.h"
#include "gui/pages/monitorpage.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/callarchive.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/messageboxes.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 Hour = 3600 * 1000;

QString cell(QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}
} // namespace

class TestMonitorPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void monitorShowsEveryFunctionWorstFirst();
    void startsFromTheLastKnownState();
    void logCacheStaysWithinItsBound();
    void searchFindsTheKnownLinesAndCachesFinishedLogs();
    void searchWindowOpensTheCallAtTheLine();
    void historyFollowsTheExternalIdAcrossRedeploys();
    void callArchiveKeepsOnlyFinishedCallsWithinItsBounds();

private:
    std::unique_ptr<MainWindow> openWindow(const Profile &p, SecretVault *vault, bool waitForRefresh = true);
    api::MemorySecretStore m_keychain;
    ProfileStore m_profiles;
};

void TestMonitorPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_monitorpage"_s);
    QSettings().clear();
}

void TestMonitorPage::monitorShowsEveryFunctionWorstFirst()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 etl = addFunction(fx, u"nightly-etl"_s, u"nightly-etl"_s);
    const qint64 quiet = addFunction(fx, u"quiet"_s);
    const qint64 healthy = addFunction(fx, u"healthy"_s);
    QCOMPARE(fx.createSchedule(etl, u"hourly"_s, u"0 3 1 1 *"_s), 201);
    const qint64 scheduleId =
        fx.http->ppost(u"functions/schedules/list"_s, {}).json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger();
    QVERIFY(scheduleId);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // nightly-etl in the last 24 h: 6 completed (100..600 ms), 1 timeout (9 min), then 3 failed
    // runs of its schedule (50 ms each), the newest; and one failed call two days ago.
    // healthy: 4 completed of 1 s. quiet: nothing.
    QList<FunctionCall> calls;
    qint64 id = 6'000'000'000'000LL;
    for (int i = 0; i < 6; ++i)
        calls << makeCall(++id, etl, now - (20 - i) * Hour, CallStatus::Completed, (i + 1) * 100);
    calls << makeCall(++id, etl, now - 10 * Hour, CallStatus::Timeout, 540'000);
    for (int i = 0; i < 3; ++i)
        calls << makeCall(++id, etl, now - (3 - i) * Hour, CallStatus::Failed, 50, scheduleId);
    calls << makeCall(++id, etl, now - 48 * Hour, CallStatus::Failed, 50);
    for (int i = 0; i < 4; ++i)
        calls << makeCall(++id, healthy, now - (i + 1) * Hour, CallStatus::Completed, 1000);
    fx.server->store().insertCallsBulk(calls);

    SecretVault vault(&m_keychain);
    auto w = std::make_unique<MainWindow>(&m_profiles, &vault);
    w->setAutoRefreshInterval(0);
    const Profile p = emulatorProfile(fx);
    w->saveProfile(p, u"emulator-secret"_s);
    QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret")));
    w->reloadProfiles();
    w->resize(1280, 800);
    w->show();
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(p.id);
    QVERIFY(refreshed.wait(20000));

    // The functions table: the last call (status and age) and the day's error rate.
    FunctionsModel *functions = w->functionsModel();
    const int etlRow = functions->rowOf(etl);
    QTRY_COMPARE_WITH_TIMEOUT(cell(functions, etlRow, FunctionsModel::ErrorRate), QLocale().toString(40) + u" %"_s, 10000);
    QCOMPARE(cell(functions, etlRow, FunctionsModel::LastCall, StatusRole), u"Failed"_s);
    QCOMPARE(cell(functions, etlRow, FunctionsModel::LastCall), u"1 h ago"_s);
    QVERIFY(cell(functions, etlRow, FunctionsModel::ErrorRate, Qt::ToolTipRole).contains(u"4 of 10"_s));
    QTRY_COMPARE(cell(functions, functions->rowOf(healthy), FunctionsModel::ErrorRate), QLocale().toString(0) + u" %"_s);
    QCOMPARE(cell(functions, functions->rowOf(quiet), FunctionsModel::ErrorRate), QString()); // no call: no rate, not 0 %

    // The schedule whose recent runs fail stands out.
    SchedulesModel *schedules = w->schedulesModel();
    QTRY_VERIFY(schedules->rowCount() == 1 && schedules->isFailing(0));
    QVERIFY(!schedules->index(0, SchedulesModel::Name).data(Qt::DecorationRole).isNull());
    QVERIFY(cell(schedules, 0, SchedulesModel::Name, Qt::ToolTipRole).contains(u"3 of its last 3 run(s)"_s));

    // View ▸ Monitor (Ctrl+5).
    QCOMPARE(w->actions()->showMonitor->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_5));
    w->actions()->showMonitor->trigger();
    auto *tabs = child<QTabWidget>(w.get(), u"views"_s);
    MonitorPage *monitor = w->monitorPage();
    QCOMPARE(tabs->currentWidget(), monitor);
    MonitorModel *model = monitor->model();
    QCOMPARE(model->rowCount(), 3);
    const int row = model->rowOf(etl);
    QTRY_COMPARE(cell(model, row, MonitorModel::Calls), u"10"_s);
    QCOMPARE(cell(model, row, MonitorModel::Failed), u"3"_s);
    QCOMPARE(cell(model, row, MonitorModel::Timeouts), u"1"_s);
    QCOMPARE(cell(model, row, MonitorModel::ErrorRate), QLocale().toString(40) + u" %"_s);
    // Durations 50,50,50,100,...,600,540000: p50 is the 5th (200 ms), p95 the 10th.
    QCOMPARE(cell(model, row, MonitorModel::P50), u"200 ms"_s);
    QCOMPARE(cell(model, row, MonitorModel::P95), u"9 min 0 s"_s);
    QCOMPARE(cell(model, row, MonitorModel::Max), u"9 min 0 s"_s);
    QCOMPARE(cell(model, row, MonitorModel::LastCall, StatusRole), u"Failed"_s);
    QCOMPARE(cell(model, model->rowOf(quiet), MonitorModel::Calls), u"0"_s);
    // Worst first.
    auto *table = child<QTableView>(monitor, u"monitorTable"_s);
    QCOMPARE(table->model()->index(0, MonitorModel::Name).data().toString(), u"nightly-etl"_s);
    QCOMPARE(table->model()->index(1, MonitorModel::Name).data().toString(), u"healthy"_s);
    // The sparkline's buckets and the project chart: 24 hourly buckets, 14 calls in all.
    const CallStats stats = model->index(row, 0).data(StatsRole).value<CallStats>();
    QCOMPARE(stats.buckets.size(), 24);
    QCOMPARE(monitor->chart()->stats().calls, 14);
    int failedInChart = 0;
    for (const CallStats::Bucket &b : monitor->chart()->stats().buckets)
        failedInChart += b.failed;
    QCOMPARE(failedInChart, 3);
    QVERIFY(monitor->statusText().contains(u"3 function(s)"_s));
    QVERIFY(monitor->chart()->bucketText(monitor->chart()->stats().buckets.size() - 3).contains(u"failed"_s));

    // A wider window reads the days not yet read, and counts the older failure.
    monitor->setWindow(MonitorPage::Window::Week);
    QTRY_COMPARE(cell(model, row, MonitorModel::Calls), u"11"_s);
    QCOMPARE(cell(model, row, MonitorModel::Failed), u"4"_s);
    QCOMPARE(monitor->chart()->stats().calls, 15);

    // Click through: the calls of that function over the window.
    const QModelIndex first = table->model()->index(0, MonitorModel::Name);
    table->setCurrentIndex(first);
    QSignalSpy open(monitor, &MonitorPage::openCallsRequested);
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(open.count(), 1);
    QCOMPARE(tabs->currentIndex(), 1); // Calls
    QTRY_VERIFY(child<QLabel>(w.get(), u"callsTitle"_s)->text().contains(u"nightly-etl"_s));
    QCOMPARE(child<QComboBox>(w.get(), u"callTimeFilter"_s)->currentData().toInt(), 7 * 24 * 3600);
}

std::unique_ptr<MainWindow> TestMonitorPage::openWindow(const Profile &p, SecretVault *vault, bool waitForRefresh)
{
    auto w = std::make_unique<MainWindow>(&m_profiles, vault);
    w->setAutoRefreshInterval(0);
    w->saveProfile(p, u"emulator-secret"_s);
    if (!QTest::qWaitFor([&] { return m_keychain.contains(p.secretKey("client-secret")); }, 5000))
        return nullptr;
    w->reloadProfiles();
    w->resize(1280, 800);
    w->show();
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(p.id);
    if (waitForRefresh && !refreshed.wait(20000))
        return nullptr;
    return w;
}

void TestMonitorPage::startsFromTheLastKnownState()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 a = addFunction(fx, u"alpha"_s);
    addFunction(fx, u"beta"_s);
    SecretVault vault(&m_keychain);
    const Profile p = emulatorProfile(fx);
    QVERIFY(openWindow(p, &vault)); // reads the project, and keeps what it read

    // The next start shows it before the project answers: stale, read-only, then replaced in
    // place, the selection kept.
    addFunction(fx, u"gamma"_s);
    auto w = openWindow(p, &vault, false);
    QVERIFY(w);
    auto *stale = child<QLabel>(w.get(), u"statusStale"_s);
    QCOMPARE(w->functionsModel()->rowCount(), 2);
    QVERIFY(w->session()->isStale());
    QVERIFY(stale->isVisible());
    QVERIFY(stale->text().startsWith(u"Last known state of"_s));
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(a));
    QVERIFY(!w->actions()->call->isEnabled()); // nothing is changed on what may be gone
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(w->functionsModel()->rowCount(), 3);
    QVERIFY(!stale->isVisible());
    QCOMPARE(w->findChild<FunctionsPage *>()->currentFunction()->id, a);
    QVERIFY(w->actions()->call->isEnabled());
    w.reset();

    // Unreachable: the last-known state, the problem, and Retry.
    fx.server.reset();
    w = openWindow(p, &vault, false);
    QVERIFY(w);
    QCOMPARE(w->functionsModel()->rowCount(), 3);
    QSignalSpy refreshed2(w.get(), &MainWindow::refreshed);
    QVERIFY(refreshed2.wait(30000));
    QCOMPARE(w->functionsModel()->rowCount(), 3);
    QVERIFY(child<QLabel>(w.get(), u"statusStale"_s)->isVisible());
    QVERIFY(child<QLabel>(w.get(), u"statusStale"_s)->text().contains(u"cannot be reached"_s));
    QVERIFY(!w->errorText().isEmpty());
    QVERIFY(child<QPushButton>(w.get(), u"retryProject"_s)->isVisible());
    QVERIFY(!w->actions()->deploy->isEnabled());
}

void TestMonitorPage::logCacheStaysWithinItsBound()
{
    QTemporaryDir root;
    LogCache cache(root.path(), u"project-a"_s, 500 * 1024);
    const QByteArray body(100 * 1024, 'x');
    cache.write(1, body);
    QTest::qWait(20);
    for (qint64 id = 2; id <= 4; ++id)
        cache.write(id, body);
    QTest::qWait(20);
    QVERIFY(cache.read(1)); // used again: now the newest
    for (qint64 id = 5; id <= 6; ++id) { // the sixth passes the bound: down to 90 % of it
        QTest::qWait(5);
        cache.write(id, body);
    }
    QVERIFY(cache.sizeBytes() <= 450 * 1024);
    QVERIFY(cache.read(1)); // kept: recently used
    QVERIFY(!cache.read(2)); // the least recently used went first
    QVERIFY(!cache.read(3));
    QVERIFY(cache.read(6));
    // Only the user reads what functions printed.
    QCOMPARE(QFileInfo(cache.folder() + u"/6.json"_s).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QCOMPARE(QFileInfo(cache.folder()).permissions() & (QFileDevice::ExeOther | QFileDevice::ReadOther), QFileDevice::Permissions());
    // Another project's cache, under the same root, never serves this one's calls (and counts
    // toward the same bound).
    LogCache other(root.path(), u"project-b"_s, 500 * 1024);
    QVERIFY(!other.read(6));
    other.write(100, body);
    QVERIFY(other.sizeBytes() <= 500 * 1024);
    // One call's logs larger than a quarter of the bound are not kept.
    LogCache small(root.path(), u"project-c"_s, 200 * 1024);
    small.write(7, body);
    QVERIFY(!small.read(7));
    // A profile's scope names its profile and project.
    Profile p;
    p.id = u"id-1"_s;
    p.cluster = u"westeurope-1"_s;
    p.project = u"a"_s;
    Profile q = p;
    q.project = u"b"_s;
    QVERIFY(LogCache::scopeFor(p) != LogCache::scopeFor(q));
    // A removed profile's logs go with it.
    LogCache mine(root.path(), LogCache::scopeFor(p), 500 * 1024);
    mine.write(1, "{}");
    QVERIFY(QFileInfo::exists(mine.folder()));
    LogCache::forget(p, root.path());
    QVERIFY(!QFileInfo::exists(mine.folder()));

    // Settings ▸ Clear: every project's kept logs go, and a cache in use counts from nothing.
    LogCache kept(LogCache::defaultRoot(), u"project-d"_s, 500 * 1024);
    kept.write(1, body);
    QCOMPARE(LogCache::usedBytes(), body.size());
    SettingsDialog dialog;
    auto *used = child<QLabel>(&dialog, u"logCacheUsed"_s);
    auto *clear = child<QPushButton>(&dialog, u"clearLogCache"_s);
    QTRY_VERIFY2(clear->isEnabled() && used->text().contains(u"100"_s), qPrintable(used->text()));
    clear->click();
    QCOMPARE(LogCache::usedBytes(), 0);
    QCOMPARE(kept.sizeBytes(), 0);
    QVERIFY(!kept.read(1));
    QTRY_VERIFY2(used->text().startsWith(u"0"_s) && used->text().contains(u"used"_s), qPrintable(used->text()));
    QVERIFY(!clear->isEnabled()); // nothing to clear
}

namespace {
// A known corpus: calls of two functions whose logs say which call and line they are; every
// third call of "etl" printed "ERROR disk full on node-<call>" as its fifth message (the log
// panel's row 5: the first message has two lines).
struct Corpus
{
    qint64 etl = 0;
    qint64 api = 0;
    QList<FunctionCall> calls;
    QSet<std::pair<qint64, int>> expected; // (call, line) of every "disk full"
    FunctionCall running;
};

Corpus seedCorpus(EmulatorFixture &fx)
{
    Corpus c;
    c.etl = addFunction(fx, u"etl"_s);
    c.api = addFunction(fx, u"api"_s);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 id = 7'000'000'000'000LL;
    for (int i = 0; i < 30; ++i) {
        const qint64 fid = i % 2 ? c.api : c.etl;
        // Ended more than LogSearch::SettledMs ago: their logs are kept.
        const FunctionCall call = makeCall(++id, fid, now - (i + 3) * 60'000, i % 6 == 0 ? CallStatus::Failed : CallStatus::Completed, 500);
        fx.server->store().putCall(call);
        for (int line = 0; line < 10; ++line) {
            const bool full = fid == c.etl && i % 3 == 0 && line == 4;
            // The first message has two lines: the log panel (and so the search) counts both.
            const QString text = full ? u"ERROR disk full on node-%1"_s.arg(call.id)
                : line == 0           ? u"call %1 line 0\ncall %1 line 0b"_s.arg(call.id)
                                      : u"call %1 line %2"_s.arg(call.id).arg(line);
            fx.server->store().appendLog(call.id, call.startTime + line, text);
            if (full)
                c.expected.insert({call.id, line + 1});
        }
        c.calls << call;
    }
    c.running = makeCall(++id, c.etl, now - 1000, CallStatus::Running, std::nullopt);
    fx.server->store().putCall(c.running);
    fx.server->store().appendLog(c.running.id, now - 900, u"ERROR disk full on the running one"_s);
    c.calls.prepend(c.running);
    return c;
}
} // namespace

void TestMonitorPage::searchFindsTheKnownLinesAndCachesFinishedLogs()
{
    ApiFixture fx;
    const Corpus corpus = seedCorpus(fx);
    QTemporaryDir root;
    auto cache = std::make_shared<LogCache>(root.path(), u"scope"_s, 100 * 1024 * 1024);
    LogSearch search;
    QList<LogSearch::Hit> hits;
    connect(&search, &LogSearch::hitsFound, this, [&](const QList<LogSearch::Hit> &found) { hits << found; });
    QSignalSpy finished(&search, &LogSearch::finished);
    int logReads = 0;
    connect(fx.client.get(), &api::CdfClient::requestFinished, this,
            [&](const QByteArray &, const QString &path, int, qint64) { logReads += path.endsWith(u"/logs") ? 1 : 0; });
    search.start(fx.client.get(), cache, corpus.calls, LogQuery(u"disk FULL"_s, false, false));
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QSet<std::pair<qint64, int>> found;
    for (const LogSearch::Hit &h : std::as_const(hits)) {
        if (h.call.id == corpus.running.id)
            continue;
        found.insert({h.call.id, h.line});
        QVERIFY(h.text.startsWith(u"ERROR disk full on node-"_s));
        QCOMPARE(h.before, (QStringList{u"call %1 line 2"_s.arg(h.call.id), u"call %1 line 3"_s.arg(h.call.id)}));
        QCOMPARE(h.after, (QStringList{u"call %1 line 5"_s.arg(h.call.id), u"call %1 line 6"_s.arg(h.call.id)}));
    }
    QCOMPARE(found, corpus.expected);
    QCOMPARE(hits.size(), corpus.expected.size() + 1); // and the running call's line
    QCOMPARE(search.searched(), 31);
    QCOMPARE(search.fromCache(), 0);
    QCOMPARE(logReads, 31);

    // Again, as a regular expression: the finished calls from the cache, the running one from CDF.
    hits.clear();
    logReads = 0;
    search.start(fx.client.get(), cache, corpus.calls, LogQuery(u"node-\\d+$"_s, true, true));
    QVERIFY(finished.wait(20000));
    QCOMPARE(search.fromCache(), 30);
    QCOMPARE(logReads, 1);
    QCOMPARE(hits.size(), corpus.expected.size());

    // Cancel: it says so at once, and nothing more arrives.
    hits.clear();
    search.start(fx.client.get(), std::make_shared<LogCache>(root.path(), u"cold"_s, 100 * 1024 * 1024), corpus.calls,
                 LogQuery(u"line"_s, false, false));
    QTRY_VERIFY(fx.client->inFlight() > 0); // log reads on their way
    search.cancel();
    QCOMPARE(finished.last().at(0).toBool(), true);
    QCOMPARE(fx.client->inFlight(), 0); // and ended with it, not left to finish
    QTest::qWait(500);
    QVERIFY(hits.isEmpty());
    QVERIFY(!search.isRunning());

    // The connection goes mid-search: the search ends (it never waits for ever).
    search.start(fx.client.get(), std::make_shared<LogCache>(root.path(), u"cold2"_s, 100 * 1024 * 1024), corpus.calls,
                 LogQuery(u"line"_s, false, false));
    fx.client.reset();
    QTRY_VERIFY(!search.isRunning());
}

void TestMonitorPage::searchWindowOpensTheCallAtTheLine()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const Corpus corpus = seedCorpus(fx);
    SecretVault vault(&m_keychain);
    auto w = openWindow(emulatorProfile(fx), &vault);
    QVERIFY(w);
    QCOMPARE(w->actions()->searchCalls->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    w->actions()->searchCalls->trigger();
    CallSearchWindow *search = w->findChild<CallSearchWindow *>();
    QVERIFY(search && search->isVisible());
    search->setFunction(corpus.etl);
    search->setPattern(u"disk full on node"_s);
    search->search();
    QTRY_VERIFY_WITH_TIMEOUT(!search->engine()->isRunning() && search->hits()->rowCount() > 0, 20000);
    QCOMPARE(search->hits()->rowCount(), corpus.expected.size());
    QVERIFY(search->statusText().contains(u"hit(s)"_s));
    QVERIFY(search->hits()->index(0, 4).data(Qt::ToolTipRole).toString().contains(u"line 3"_s)); // the lines around it
    // The newest call first; Enter opens it, at that line.
    auto *table = child<QTableView>(search, u"searchHits"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    CallDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<CallDialog *>()) != nullptr);
    LogView *view = dialog->view()->logPanel()->view();
    QTRY_COMPARE(view->currentMatchRow(), 5);
    QCOMPARE(dialog->callId(), search->hits()->index(0, 1).data().toLongLong());
    dialog->close();

    // The calls of a wider window cannot be read: the search says it covers part of the window.
    QVERIFY(!search->statusText().contains(u"part of the window"_s));
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/calls/list", "action": "status", "status": 400}]})", &error));
    auto *window = child<QComboBox>(search, u"searchWindow"_s);
    window->setCurrentIndex(window->findData(7 * 24 * Hour));
    search->search();
    QTRY_VERIFY_WITH_TIMEOUT(search->statusText().contains(u"the calls of 1 function(s) were read for only part of the window"_s), 20000);
}

QTEST_MAIN(TestMonitorPage)
// A redeploy gives the function a new id and CDF deletes the old one's calls: the monitor and the
// calls page still show them, from the archive the app wrote while v1 was there, marked with
// their version; after a restart too; and the archive is the profile's alone.
void TestMonitorPage::historyFollowsTheExternalIdAcrossRedeploys()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 v1 = addFunction(fx, u"etl"_s, u"etl"_s);
    QList<FunctionCall> calls;
    qint64 id = 7'000'000'000'000LL;
    for (int i = 0; i < 3; ++i)
        calls << makeCall(++id, v1, now - (20 - i) * Hour, CallStatus::Completed, 100);
    for (int i = 0; i < 2; ++i)
        calls << makeCall(++id, v1, now - (15 - i) * Hour, CallStatus::Failed, 50);
    const qint64 v1Failed = id;
    calls << makeCall(++id, v1, now - 12 * Hour, CallStatus::Running, std::nullopt); // never kept: it still changes
    fx.server->store().insertCallsBulk(calls);

    SecretVault vault(&m_keychain);
    const Profile p = emulatorProfile(fx);
    auto w = openWindow(p, &vault);
    QVERIFY(w);
    FunctionsModel *functions = w->functionsModel();
    QTRY_COMPARE_WITH_TIMEOUT(cell(functions, functions->rowOf(v1), FunctionsModel::ErrorRate), QLocale().toString(40) + u" %"_s, 10000);
    w->session()->flushCallArchive();
    const QString file = CallArchive::fileFor(p);
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther), QFileDevice::Permissions{});

    // Redeployed (by anyone: the Toolkit, the SDK): v1 is gone, with its calls, and v2 runs twice.
    fx.server->store().deleteFunction(v1);
    const qint64 v2 = addFunction(fx, u"etl"_s, u"etl"_s);
    Function f2 = fx.server->store().function(v2)->function;
    f2.createdTime = now - 10 * Hour;
    fx.server->store().putFunction(f2, {});
    fx.server->store().insertCallsBulk(
        {makeCall(++id, v2, now - 5 * Hour, CallStatus::Completed, 300), makeCall(++id, v2, now - 4 * Hour, CallStatus::Completed, 300)});
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(refreshed.wait(20000));

    // The monitor: one row for the external id, its figures over both versions.
    w->actions()->showMonitor->trigger();
    MonitorModel *model = w->monitorPage()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->functionIdAt(0), v2);
    QTRY_COMPARE(cell(model, 0, MonitorModel::Calls), u"7"_s); // 5 of v1 + 2 of v2 (the running one was not kept)
    QCOMPARE(cell(model, 0, MonitorModel::Failed), u"2"_s);
    QCOMPARE(cell(model, 0, MonitorModel::Version), u"v1–v2"_s);
    const QString tip = cell(model, 0, MonitorModel::Version, Qt::ToolTipRole);
    QVERIFY2(tip.contains(u"v1: function %1"_s.arg(v1)) && tip.contains(u"5 call(s)"_s) && tip.contains(u"2 call(s) in the window (deployed now)"_s),
             qPrintable(tip));
    QCOMPARE(model->index(0, MonitorModel::Activity).data(VersionStartsRole).value<QList<qint64>>(), QList<qint64>{f2.createdTime});

    // The calls page: v2's own calls, then v1's, marked; v1's open without asking CDF.
    auto *table = child<QTableView>(w->monitorPage(), u"monitorTable"_s);
    table->setCurrentIndex(table->model()->index(0, MonitorModel::Name));
    QTest::keyClick(table, Qt::Key_Return);
    CallsModel *callsModel = w->callsModel();
    QTRY_COMPARE(callsModel->rowCount(), 7);
    QCOMPARE(cell(callsModel, 0, CallsModel::Version), u"v2"_s);
    int failedRow = -1;
    for (int r = 0; r < callsModel->rowCount(); ++r)
        if (callsModel->call(r).id == v1Failed)
            failedRow = r;
    QVERIFY(failedRow >= 2);
    QCOMPARE(cell(callsModel, failedRow, CallsModel::Version), u"v1 (replaced)"_s);
    QCOMPARE(cell(callsModel, failedRow, CallsModel::Error), u"ValueError: bad row"_s);
    auto *callsTable = child<QTableView>(w.get(), u"callsTable"_s);
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(callsTable->model());
    callsTable->setCurrentIndex(proxy->mapFromSource(callsModel->index(failedRow, 0)));
    QTest::keyClick(callsTable, Qt::Key_Return);
    CallDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<CallDialog *>()) != nullptr);
    QVERIFY(dialog->windowTitle().contains(u"version 1"_s));
    QVERIFY2(dialog->logState().contains(u"redeploy replaced"_s), qPrintable(dialog->logState()));
    QVERIFY(!dialog->isFollowing());
    dialog->close();
    // Wherever a call is opened from (a search hit, a schedule's runs), v1's is known as replaced.
    QCOMPARE(w->session()->replacedVersionOf(v1), 1);
    QCOMPARE(w->session()->replacedVersionOf(v2), 0);

    // A restart: v1's calls come from the disk (the server has them no more).
    w.reset();
    auto again = openWindow(p, &vault);
    QVERIFY(again);
    again->actions()->showMonitor->trigger();
    QTRY_COMPARE(cell(again->monitorPage()->model(), 0, MonitorModel::Calls), u"7"_s);

    // Another project of the same profile has a file of its own; removing the profile removes it.
    Profile other = p;
    other.project = u"other-project"_s;
    QVERIFY(CallArchive::fileFor(other) != file);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    child<QAction>(again.get(), u"removeProfileAction"_s)->trigger();
    QTRY_VERIFY(!QFileInfo::exists(file));
}

void TestMonitorPage::callArchiveKeepsOnlyFinishedCallsWithinItsBounds()
{
    QTemporaryDir dir;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    CallArchive archive(dir.filePath(u"history/a.sqlite"_s));
    QVERIFY2(archive.isOpen(), qPrintable(archive.lastError()));
    QCOMPARE(QFileInfo(dir.filePath(u"history"_s)).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther), QFileDevice::Permissions{});
    Function a;
    a.id = 1;
    a.externalId = u"a"_s;
    a.createdTime = now - 5 * Hour;
    a.status = FunctionStatus::Ready;
    Function failed = a; // a redeploy that failed (and was rolled back) is no version
    failed.id = 4;
    failed.createdTime = now - 2 * Hour;
    failed.status = FunctionStatus::Failed;
    Function b = a;
    b.id = 2;
    b.createdTime = now - Hour;
    Function plain; // no external id: no versions
    plain.id = 3;
    plain.status = FunctionStatus::Ready;
    archive.noteFunctions({a, plain});
    archive.noteFunctions({failed, plain});
    archive.noteFunctions({b, plain});
    const QList<FunctionVersion> versions = archive.versionsOf(u"a"_s);
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions[0].functionId, 1);
    QCOMPARE(versions[0].number, 1);
    QVERIFY(!versions[0].current);
    QCOMPARE(versions[1].number, 2);
    QVERIFY(versions[1].current);
    QVERIFY(!archive.versions().contains(3));
    QVERIFY(!archive.versions().contains(4));
    QCOMPARE(archive.version(1)->number, 1);

    FunctionCall big = makeCall(10, 1, now - 4 * Hour, CallStatus::Failed, 10);
    big.error->trace = QString(100'000, u'x');
    QVERIFY(archive.keep({makeCall(11, 1, now - 3 * Hour, CallStatus::Running, std::nullopt), big,
                          makeCall(12, 1, now - CallArchive::MaxAgeMs - Hour, CallStatus::Completed, 10)}));
    QVERIFY(archive.keep({makeCall(10, 1, now - 4 * Hour, CallStatus::Completed, 10)})); // kept already: unchanged
    QCOMPARE(archive.callCount(), 2);
    QList<FunctionCall> kept = archive.calls({1});
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept[0].id, 10);
    QCOMPARE(kept[0].status, CallStatus::Failed);
    QVERIFY(kept[0].error->trace.size() <= 8 * 1024); // a trace of megabytes is not the history's
    QCOMPARE(archive.calls({1}, now - 5 * Hour).size(), 1); // the window
    QVERIFY(kept[0].error->message.size() <= CallArchive::MaxMessageChars);
    archive.prune(now);
    QCOMPARE(archive.callCount(), 1); // older than 90 days: gone
    QCOMPARE(archive.versionsOf(u"a"_s).size(), 2);
    // Figures need no error text; a limit keeps the newest.
    QVERIFY(archive.keep({makeCall(13, 2, now - 30 * 60 * 1000, CallStatus::Failed, 10)}));
    const QList<FunctionCall> figures = archive.calls({1, 2}, 0, CallArchive::Always, 1, false);
    QCOMPARE(figures.size(), 1);
    QCOMPARE(figures[0].id, 13);
    QVERIFY(figures[0].error && figures[0].error->message.isEmpty());

    // Another instance holds the file: the write fails (and says so), nothing is half written,
    // and the same calls are written once it lets go.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-instance"_s);
        other.setDatabaseName(dir.filePath(u"history/a.sqlite"_s));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(!archive.keep({makeCall(14, 2, now - 10 * 60 * 1000, CallStatus::Completed, 10)}));
        QVERIFY(!archive.lastError().isEmpty());
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-instance"_s);
    QVERIFY(archive.keep({makeCall(14, 2, now - 10 * 60 * 1000, CallStatus::Completed, 10)}));
    QCOMPARE(archive.calls({2}).size(), 2);
    // A status filter counts toward the limit only what it lets through (the Calls page's filter).
    const QList<FunctionCall> failedOnly = archive.calls({1, 2}, 0, CallArchive::Always, 1, true, CallStatus::Failed);
    QCOMPARE(failedOnly.size(), 1);
    QCOMPARE(failedOnly[0].id, 13);
    QCOMPARE(archive.calls({1, 2}, 0, CallArchive::Always, -1, true, CallStatus::Completed).size(), 1);

    // A file of an earlier layout starts afresh (as a new file, so its freed pages go back to the
    // disk); one of a newer version is left alone and said.
    const QString old = dir.filePath(u"history/old.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-layout"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE calls(id INTEGER PRIMARY KEY, json TEXT)"_s));
        QVERIFY(q.exec(u"INSERT INTO calls VALUES(1, '{}')"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old-layout"_s);
    {
        CallArchive upgraded(old);
        QVERIFY2(upgraded.isOpen(), qPrintable(upgraded.lastError()));
        QCOMPARE(upgraded.callCount(), 0);
        QVERIFY(upgraded.keep({makeCall(1, 2, now, CallStatus::Completed, 10)}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check-layout"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA auto_vacuum"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2); // incremental
        QVERIFY(q.exec(u"PRAGMA user_version=99"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check-layout"_s);
    CallArchive newer(old);
    QVERIFY(!newer.isOpen());
    QVERIFY2(newer.lastError().contains(u"newer version"_s), qPrintable(newer.lastError()));
}

#include "tst_monitorpage.moc"
