// The main window and the profile dialog, driven through real widgets (found by objectName)
// against the in-process emulator.
#include "support/apifixture.h"
#include "support/logcapture.h"
#include "support/profilefixture.h"
#include "support/widgets.h"

#include "api/workflows/callworkflow.h"
#include "api/workflows/deployworkflow.h"
#include "gui/actions.h"
#include "gui/appsettings.h"
#include "gui/call/calldialog.h"
#include "gui/call/callpanel.h"
#include "gui/call/callview.h"
#include "gui/deploy/deploypreflightpage.h"
#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/deploy/deploywizard.h"
#include "gui/dialogs/helpdialogs.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/logs/logview.h"
#include "gui/mainwindow.h"
#include "gui/models/callsmodel.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/modelroles.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/functiondetails.h"
#include "gui/pages/functionspage.h"
#include "gui/pages/gettingstarted.h"
#include "gui/pages/schedulespage.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilecontroller.h"
#include "gui/profiles/profiledialog.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/codedrift.h"
#include "gui/schedules/scheduleeditor.h"
#include "gui/schedules/weekview.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/notifier.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTest>
#include <QTextEdit>
#include <QToolBar>
#include <QToolButton>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

namespace {
const QByteArray Hello = "def handle(data):\n    print('hello from the test')\n    return {'ok': True}\n";

// Selects exactly one row, whatever keyboard modifiers an earlier key click left behind.
void selectOnly(QTableView *table, int row)
{
    const QModelIndex idx = table->model()->index(row, 0);
    table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { MessageBoxes::setAutoAnswer(std::nullopt); }
    void profileDialogValidatesAsYouType();
    void profileDialogTestConnection();
    void profileDialogReportsMissingCapabilities();
    void profileDialogImportsEnv();
    void createProfileThroughTheWindow();
    void browseSearchFilterSortAndDetails();
    void pagesThrough2500Calls();
    void openCallShowsResponseAndLogs();
    void deleteWithConfirmation();
    void autoRefreshKeepsSelection();
    void activationBannerAndErrors();
    void callsCountFollowsTheRows();
    void scheduleZoneSettingIsFollowed();
    void keyboardAndLayoutMemory();
    void secretsGoToTheStoreNotSettings();
    void keychainFailuresAreSaid();
    void unreachableProjectSaysSoInTheTable();
    void schedulesPageRunNowAndEdit();
    void gettingStartedFollowsTheUsersOwnFunction(); // and Deploy New Version from its folder
    void secretIsBoundToWhereItWasSavedFor();
    void testConnectionUsesTheStoredSecret();
    void removeProfileRemovesItsSecrets();
    void unknownSignInMethodIsAnErrorNotACrash();
    void serverTextIsNeverRichText();
    void throttlingIsShownWhileRetrying();
    void secretsNeverLeak();
    void failedSignInsNeverShowTheSecret();
    void settingsPersistAndApply();
    void helpIsOneKeyAway();
    void switchProfileMidRefresh();
    void switchProfileWhileFollowingLogs();
    void refreshWhileContextMenuIsOpen();
    void actionsAreSharedAndFollowTheSelection();
    void newCallsAreOrderedByStartTime();
    void deleteAnsweredAfterAProfileSwitchDoesNothing();
    void messageBoxOfAClosedWindowNeverAnswers();
    void deployWizardEntryPoints();
    void promoteFromTheWindow();
    void callPanelFromTheWindow();

private:
    Profile addProfile(MainWindow *w, EmulatorFixture &fx, const QString &name);
    std::unique_ptr<MainWindow> openWindow(EmulatorFixture &fx, const Profile &p, const QString &secret = u"emulator-secret"_s);
    api::MemorySecretStore m_keychain;
    std::unique_ptr<SecretVault> m_vault;
    ProfileStore m_profiles;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    // Every test starts from nothing stored: no settings, no profiles, no secrets.
    QSettings().clear();
    m_keychain.clear();
    m_vault = std::make_unique<SecretVault>(&m_keychain);
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(EmulatorFixture &fx, const Profile &p, const QString &secret)
{
    Q_UNUSED(fx);
    auto w = std::make_unique<MainWindow>(&m_profiles, m_vault.get());
    w->setAutoRefreshInterval(0); // tests refresh explicitly unless they test auto-refresh
    w->saveProfile(p, secret);
    [&] { QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret"))); }(); // the secret write completes asynchronously
    w->reloadProfiles();
    w->show();
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(p.id);
    if (!refreshed.wait(20000))
        QTest::qFail(qPrintable(u"the window did not load the project within 20 s: "_s + w->errorText()), __FILE__, __LINE__);
    return w;
}

void TestMainWindow::profileDialogValidatesAsYouType()
{
    ProfileDialog dlg(Profile{}, nullptr);
    dlg.show();
    auto *ok = child<QDialogButtonBox>(&dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    auto *problems = child<QLabel>(&dlg, u"problems"_s);
    QVERIFY(!dlg.currentProblems().isEmpty());
    QCOMPARE(problems->text(), QString()); // nothing touched yet (tst_profiledialog has the rest)
    setText(&dlg, u"name"_s, u"Prod"_s);
    setText(&dlg, u"cluster"_s, u"http://cdf.example.com"_s);
    QVERIFY(problems->text().contains(u"must use https"_s));
    setText(&dlg, u"cluster"_s, u"westeurope-1"_s);
    setText(&dlg, u"project"_s, u"My Project"_s);
    QVERIFY(problems->text().contains(u"project name \"My Project\" is not valid"_s));
    setText(&dlg, u"project"_s, u"my-project"_s);
    setText(&dlg, u"tenant"_s, u"contoso.onmicrosoft.com"_s);
    setText(&dlg, u"clientId"_s, u"abc"_s);
    QTest::mouseClick(ok, Qt::LeftButton); // Save shows what is left
    QVERIFY(problems->text().contains(u"client secret"_s));
    QVERIFY(dlg.isVisible());
    setText(&dlg, u"secret"_s, u"s3cret"_s);
    QCOMPARE(problems->text(), QString());
    QVERIFY(dlg.currentProblems().isEmpty());
    // Switching to device code hides the secret and needs nothing more for Entra ID.
    auto *method = child<QComboBox>(&dlg, u"method"_s);
    method->setCurrentIndex(method->findData(int(Profile::Method::DeviceCode)));
    QVERIFY(!child<QLineEdit>(&dlg, u"secret"_s)->isVisible());
    QVERIFY(dlg.currentProblems().isEmpty());
    auto *idp = child<QComboBox>(&dlg, u"idp"_s);
    idp->setCurrentIndex(1); // generic OIDC: token and device URLs are needed
    QVERIFY(!dlg.currentProblems().isEmpty());
    QVERIFY(problems->text().contains(u"device code URL"_s));
    const Profile p = dlg.profile();
    QCOMPARE(p.project, u"my-project"_s);
    QCOMPARE(p.method, Profile::Method::DeviceCode);
}

void TestMainWindow::profileDialogTestConnection()
{
    EmulatorFixture fx;
    Profile p = emulatorProfile(fx);
    ProfileDialog dlg(p, nullptr);
    dlg.show();
    setText(&dlg, u"secret"_s, u"emulator-secret"_s);
    QVERIFY(dlg.currentProblems().isEmpty());
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(&dlg, u"testConnection"_s), Qt::LeftButton);
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), true);
    const QString report = child<QPlainTextEdit>(&dlg, u"testResult"_s)->toPlainText();
    QVERIFY2(report.contains(u"✓ Signed in"_s), qPrintable(report));
    QVERIFY(report.contains(u"Project \"playground\" is accessible to client:functions-studio"_s));
    QVERIFY(report.contains(u"All capabilities Functions Studio needs are granted"_s));
    QVERIFY(report.contains(u"Functions is activated"_s));
    QVERIFY(report.contains(u"Limits: timeout 10 min"_s));
    // A wrong secret fails clearly.
    setText(&dlg, u"secret"_s, u"wrong"_s);
    QSignalSpy done2(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done2.wait(20000));
    QCOMPARE(done2.first().first().toBool(), false);
    QVERIFY(dlg.testReport().contains(u"invalid_client"_s));
}

void TestMainWindow::profileDialogReportsMissingCapabilities()
{
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"reader"_s, u"r"_s, {u"functions:read"_s}};
    EmulatorFixture fx(cfg);
    ProfileDialog dlg(emulatorProfile(fx, u"reader"_s), nullptr);
    setText(&dlg, u"secret"_s, u"r"_s);
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done.wait(20000));
    const QString report = dlg.testReport();
    QVERIFY2(report.contains(u"✗ Missing capability: functions:write"_s), qPrintable(report));
    QVERIFY(report.contains(u"files:write"_s));
    QVERIFY(report.contains(u"sessions:create (sessionsAcl CREATE) is needed to call functions"_s));
    QVERIFY(!report.contains(u"Missing capability: functions:read"_s));
}

void TestMainWindow::profileDialogImportsEnv()
{
    ProfileDialog dlg(Profile{}, nullptr);
    dlg.importEnvText(
        u"CDF_CLUSTER=westeurope-1\nCDF_PROJECT=acme\nLOGIN_FLOW=client_credentials\nIDP_TENANT_ID=t1\nIDP_CLIENT_ID=c1\nIDP_CLIENT_SECRET=shh\n"_s,
        u"acme.env"_s);
    QCOMPARE(child<QLineEdit>(&dlg, u"cluster"_s)->text(), u"westeurope-1"_s);
    QCOMPARE(child<QLineEdit>(&dlg, u"project"_s)->text(), u"acme"_s);
    QCOMPARE(child<QLineEdit>(&dlg, u"tenant"_s)->text(), u"t1"_s);
    QCOMPARE(child<QLineEdit>(&dlg, u"clientId"_s)->text(), u"c1"_s);
    QCOMPARE(dlg.secret(), u"shh"_s);
    QVERIFY(dlg.currentProblems().isEmpty());
    QVERIFY(dlg.testReport().contains(u"Imported acme.env"_s));
}

void TestMainWindow::createProfileThroughTheWindow()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"via-dialog"_s, Hello));
    MainWindow w(&m_profiles, m_vault.get());
    w.setAutoRefreshInterval(0);
    w.show();
    child<QAction>(&w, u"newProfileAction"_s)->trigger();
    ProfileDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w.findChild<ProfileDialog *>()) != nullptr);
    setText(dlg, u"name"_s, u"My emulator"_s);
    setText(dlg, u"cluster"_s, fx.server->baseUrl());
    setText(dlg, u"project"_s, u"playground"_s);
    auto *idp = child<QComboBox>(dlg, u"idp"_s);
    idp->setCurrentIndex(idp->findData(int(Profile::IdentityProvider::GenericOidc)));
    setText(dlg, u"tokenUrl"_s, fx.server->baseUrl() + u"/oauth2/token"_s);
    setText(dlg, u"clientId"_s, u"functions-studio"_s);
    setText(dlg, u"scopes"_s, u"playground"_s);
    setText(dlg, u"secret"_s, u"emulator-secret"_s);
    auto *method = child<QComboBox>(dlg, u"method"_s);
    QCOMPARE(method->currentData().toInt(), int(Profile::Method::Interactive)); // a new profile is for a person
    method->setCurrentIndex(method->findData(int(Profile::Method::ClientCredentials)));
    setText(dlg, u"secret"_s, u"emulator-secret"_s);
    auto *ok = child<QDialogButtonBox>(dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY2(dlg->currentProblems().isEmpty(), qPrintable(child<QLabel>(dlg, u"problems"_s)->text()));
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(refreshed.wait(20000));
    // Saved (secret in the store), switched to, and browsing.
    const auto saved = m_profiles.load();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().name, u"My emulator"_s);
    QVERIFY(m_keychain.contains(saved.first().secretKey("client-secret")));
    QCOMPARE(child<QComboBox>(&w, u"profileSwitcher"_s)->currentText(), u"My emulator  —  playground"_s);
    QCOMPARE(w.functionsModel()->rowCount(), 1);
}

void TestMainWindow::browseSearchFilterSortAndDetails()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"alpha-etl"_s, Hello,
                             QJsonObject{{"owner"_L1, u"ann@acme.com"_s},
                                         {"envVars"_L1, QJsonObject{{"MODE"_L1, u"prod"_s}}},
                                         {"secrets"_L1, QJsonObject{{"api-key"_L1, u"v"_s}}}}));
    QVERIFY(fx.readyFunction(u"beta-report"_s, Hello, QJsonObject{{"owner"_L1, u"bob@acme.com"_s}}));
    const auto failed = fx.createFunction(u"gamma-broken"_s, {{u"handler.py"_s, "import nope_module\ndef handle(data):\n    pass\n"}});
    fx.waitForDeploy(failed.json.value("items"_L1).toArray().at(0).toObject().value("id"_L1).toInteger());
    auto w = openWindow(fx, emulatorProfile(fx));
    auto *table = child<QTableView>(w.get(), u"functionsTable"_s);
    QCOMPARE(table->model()->rowCount(), 3);
    // Search (Ctrl+F puts the cursor there).
    QTest::keyClick(w.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = child<QLineEdit>(w.get(), u"search"_s);
    QVERIFY(search->hasFocus() || QApplication::focusWidget() == search);
    QTest::keyClicks(search, u"ann@"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, FunctionsModel::Name).data().toString(), u"alpha-etl"_s);
    search->clear();
    // Status filter.
    auto *status = child<QComboBox>(w.get(), u"statusFilter"_s);
    status->setCurrentIndex(status->findData(u"Failed"_s));
    QCOMPARE(table->model()->rowCount(), 1);
    status->setCurrentIndex(0);
    // Sort by name, descending, by clicking the header twice.
    table->sortByColumn(FunctionsModel::Name, Qt::DescendingOrder);
    QCOMPARE(table->model()->index(0, FunctionsModel::Name).data().toString(), u"gamma-broken"_s);
    // Details of the failed function show its message and full trace.
    selectOnly(table, 0);
    auto *details = child<FunctionDetails>(w.get(), u"functionDetails"_s);
    QTRY_COMPARE(details->function()->name, u"gamma-broken"_s);
    QVERIFY(child<QWidget>(w.get(), u"deployError"_s)->isVisible());
    QVERIFY(child<QLabel>(w.get(), u"deployErrorMessage"_s)->text().contains(u"nope_module"_s));
    QVERIFY(child<QPlainTextEdit>(w.get(), u"deployErrorTrace"_s)->toPlainText().contains(u"Traceback"_s));
    // Details of a healthy one: secrets masked, env vars in a table; the code's files on demand.
    table->sortByColumn(FunctionsModel::Name, Qt::AscendingOrder);
    selectOnly(table, 0);
    QTRY_COMPARE(details->function()->name, u"alpha-etl"_s);
    QVERIFY(!child<QWidget>(w.get(), u"deployError"_s)->isVisible());
    QVERIFY(child<QLabel>(w.get(), u"detail_secrets"_s)->text().contains(u"api-key = ••••"_s));
    QVERIFY(!child<QLabel>(w.get(), u"detail_secrets"_s)->text().contains(u"v\n"_s));
    auto *env = child<QTableWidget>(w.get(), u"detail_envVars"_s);
    QCOMPARE(env->rowCount(), 1);
    QCOMPARE(env->item(0, 1)->text(), u"prod"_s);
    QTest::mouseClick(child<QPushButton>(w.get(), u"loadCodeFiles"_s), Qt::LeftButton);
    auto *files = child<QListWidget>(w.get(), u"codeFiles"_s);
    QTRY_VERIFY_WITH_TIMEOUT(files->count() == 1 && files->item(0)->text().startsWith(u"handler.py"_s), 10000);
    // Status bar.
    QVERIFY(child<QLabel>(w.get(), u"statusProject"_s)->text().contains(u"playground"_s));
    QTRY_VERIFY(child<QLabel>(w.get(), u"statusLimits"_s)->text().contains(u"10 min timeout"_s));
    QCOMPARE(child<QLabel>(w.get(), u"statusActivation"_s)->text(), u"Functions: activated"_s);
}

void TestMainWindow::pagesThrough2500Calls()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"busy"_s, Hello);
    QList<FunctionCall> bulk;
    for (int i = 0; i < 2500; ++i) {
        FunctionCall c;
        c.id = 6'000'000'000'000LL + i;
        c.functionId = fid;
        c.startTime = QDateTime::currentMSecsSinceEpoch() - (2500 - i) * 60'000LL;
        c.endTime = c.startTime + 1200;
        c.status = i % 5 == 0 ? CallStatus::Failed : CallStatus::Completed;
        if (c.status == CallStatus::Failed)
            c.error = ErrorDetail{u"ValueError: %1"_s.arg(i), u"trace"_s, std::nullopt};
        bulk << c;
    }
    fx.server->store().insertCallsBulk(bulk);
    auto w = openWindow(fx, emulatorProfile(fx));
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentIndex(), 1);
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->callsModel()->rowCount(), 1000, 10000); // one page
    QVERIFY(w->callsModel()->canFetchMore({}));
    // Scrolling to the end fetches the next pages.
    for (int i = 0; i < 20 && w->callsModel()->rowCount() < 2500; ++i) {
        QSignalSpy page(w->callsModel(), &CallsModel::pageLoaded);
        calls->scrollToBottom();
        QVERIFY2(page.wait(10000), "scrolling to the end did not load another page");
    }
    QTRY_COMPARE_WITH_TIMEOUT(w->callsModel()->rowCount(), 2500, 15000);
    QVERIFY(!w->callsModel()->canFetchMore({}));
    QTRY_COMPARE(child<QLabel>(w.get(), u"callsCount"_s)->text(), u"2500 calls"_s);
    // Server-side status filter restarts the paging with the filter.
    auto *statusFilter = child<QComboBox>(w.get(), u"callStatusFilter"_s);
    statusFilter->setCurrentIndex(statusFilter->findData(u"Failed"_s));
    QTRY_COMPARE_WITH_TIMEOUT(w->callsModel()->rowCount(), 500, 10000);
    for (const FunctionCall &c : w->callsModel()->calls())
        QCOMPARE(c.status, CallStatus::Failed);
    // Time range: the last hour has 60 calls (one a minute), of which 12 failed.
    statusFilter->setCurrentIndex(0);
    auto *time = child<QComboBox>(w.get(), u"callTimeFilter"_s);
    time->setCurrentIndex(time->findData(3600));
    QTRY_VERIFY_WITH_TIMEOUT(w->callsModel()->rowCount() >= 59 && w->callsModel()->rowCount() <= 61, 10000);
}

void TestMainWindow::openCallShowsResponseAndLogs()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"talker"_s, Hello);
    const qint64 cid = fx.completedCall(fid);
    QVERIFY(cid);
    auto w = openWindow(fx, emulatorProfile(fx));
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 1, 10000);
    Q_EMIT calls->activated(calls->model()->index(0, 0)); // double-click / Enter
    CallDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<CallDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dlg->logText().contains(u"hello from the test"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dlg->responseText().contains(u"\"ok\": true"_s), 10000);
    dlg->close();
}

void TestMainWindow::deleteWithConfirmation()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 keep = fx.readyFunction(u"keep-me"_s, Hello);
    const qint64 drop = fx.readyFunction(u"drop-me"_s, Hello);
    QVERIFY(keep && drop);
    QCOMPARE(fx.createSchedule(drop, u"drop-nightly"_s, u"0 3 * * *"_s), 201);
    auto w = openWindow(fx, emulatorProfile(fx));
    auto *table = child<QTableView>(w.get(), u"functionsTable"_s);
    table->sortByColumn(FunctionsModel::Name, Qt::AscendingOrder);
    selectOnly(table, 0); // drop-me
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"drop-me"_s);
    // Cancel first: nothing happens.
    MessageBoxes::setAutoAnswer(QMessageBox::Cancel);
    const int before = MessageBoxes::shownCount();
    const int answered = MessageBoxes::answeredCount();
    child<QAction>(w.get(), u"deleteAction"_s)->trigger();
    QCOMPARE(MessageBoxes::shownCount(), before + 1);
    QVERIFY(MessageBoxes::lastText().contains(u"drop-me"_s));
    QVERIFY(MessageBoxes::lastText().contains(u"drop-nightly"_s)); // its schedule is named
    QTRY_COMPARE(MessageBoxes::answeredCount(), answered + 1); // the answer was handled
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(drop)).status, 200);
    // Confirm, with the code file.
    const qint64 fileId = fx.fileIdOf(drop);
    MessageBoxes::setAutoAnswer(QMessageBox::YesToAll);
    child<QAction>(w.get(), u"deleteAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(fx.http->pget(u"functions/%1"_s.arg(drop)).status, 404, 10000);
    // Said in the window's message bar, as every success is (no box for this one).
    QTRY_VERIFY_WITH_TIMEOUT(w->errorText().contains(u"✓ drop-me deleted, with its code file"_s), 10000);
    QCOMPARE(fx.http->ppost(u"files/byids"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fileId}}}}}).status, 400);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);
    QCOMPARE(fx.http->pget(u"functions/%1"_s.arg(keep)).status, 200);
    QCOMPARE(w->schedulesModel()->rowCount(), 0);
}

void TestMainWindow::autoRefreshKeepsSelection()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"m-middle"_s, Hello));
    QVERIFY(fx.readyFunction(u"z-last"_s, Hello));
    auto w = openWindow(fx, emulatorProfile(fx));
    auto *table = child<QTableView>(w.get(), u"functionsTable"_s);
    table->sortByColumn(FunctionsModel::Name, Qt::AscendingOrder);
    selectOnly(table, 1); // z-last
    QCOMPARE(table->selectionModel()->selectedRows().first().data().toString(), u"z-last"_s);
    QSignalSpy reset(w->functionsModel(), &QAbstractItemModel::modelReset);
    w->setAutoRefreshInterval(300);
    w->refresh();
    // A new function appears before the selected one; the selection stays on z-last.
    QVERIFY(fx.readyFunction(u"a-first"_s, Hello));
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
    QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(table->selectionModel()->selectedRows().first().data().toString(), u"z-last"_s);
    QCOMPARE(reset.count(), 0);
    QTRY_VERIFY(w->autoRefreshActive()); // scheduled again once the running refresh is done
    // Minimised: auto-refresh pauses.
    w->showMinimized();
    QTRY_VERIFY(!w->autoRefreshActive());
}

void TestMainWindow::activationBannerAndErrors()
{
    emulator::EmulatorConfig cfg;
    cfg.startInactive = true;
    cfg.activationDelayMs = 200;
    EmulatorFixture fx(cfg);
    auto w = openWindow(fx, emulatorProfile(fx));
    auto *banner = child<QWidget>(w.get(), u"activationBanner"_s);
    QVERIFY(banner->isVisible());
    QVERIFY(child<QLabel>(w.get(), u"activationText"_s)->text().contains(u"not activated"_s));
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    QTest::mouseClick(child<QPushButton>(w.get(), u"requestActivation"_s), Qt::LeftButton);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(child<QLabel>(w.get(), u"activationText"_s)->text().contains(u"was requested"_s));
    // The emulator activates after its delay; then a refresh hides the banner.
    QVERIFY(fx.http->signIn());
    QTRY_COMPARE_WITH_TIMEOUT(fx.http->pget(u"functions/status"_s).json.value("status"_L1).toString(), u"activated"_s, 10000);
    w->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 10000);
    // A failing endpoint shows one bar, on the page whose data it is, with the server's message and
    // request id, counted when it repeats, no dialog; the page's tab carries a warning meanwhile.
    QString error;
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/list", "action": "status", "status": 500}]})", &error));
    const int boxes = MessageBoxes::shownCount();
    auto *views = child<QTabWidget>(w.get(), u"views"_s);
    auto *functionsProblem = child<QLabel>(w.get(), u"functionsProblemText"_s);
    auto *schedulesProblem = child<QLabel>(w.get(), u"schedulesProblemText"_s);
    for (int i = 0; i < 3; ++i) {
        QTRY_VERIFY(!w->isRefreshing()); // a refresh still running would swallow this one
        QSignalSpy again(w.get(), &MainWindow::refreshed);
        w->refresh();
        QVERIFY(again.wait(10000));
    }
    QVERIFY2(functionsProblem->text().contains(u"Could not list functions: Injected fault: HTTP 500"_s), qPrintable(functionsProblem->text()));
    QVERIFY(functionsProblem->text().contains(u"request id"_s));
    QVERIFY(functionsProblem->text().contains(u"(×3)"_s));
    QVERIFY(!views->tabIcon(0).isNull());
    QCOMPARE(w->errorText(), QString()); // not the window's: it is the Functions page's
    QVERIFY(schedulesProblem->text().isEmpty());
    QCOMPARE(MessageBoxes::shownCount(), boxes);
    QTest::mouseClick(child<QPushButton>(w.get(), u"functionsProblemDismiss"_s), Qt::LeftButton);
    QCOMPARE(functionsProblem->text(), QString());
    QVERIFY(views->tabIcon(0).isNull());
    // The schedules failing shows on the Schedules page, and nowhere else; it goes when they answer.
    fx.server->faults().clear();
    QVERIFY(fx.server->faults().loadJson(R"({"rules": [{"path": "*/functions/schedules/list", "action": "status", "status": 403}]})", &error));
    QSignalSpy failed(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(failed.wait(30000));
    QVERIFY2(schedulesProblem->text().contains(u"Could not list schedules"_s), qPrintable(schedulesProblem->text()));
    QVERIFY(!views->tabIcon(2).isNull());
    QVERIFY(functionsProblem->text().isEmpty());
    QCOMPARE(w->errorText(), QString());
    fx.server->faults().clear();
    QSignalSpy answered(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(answered.wait(10000));
    QCOMPARE(schedulesProblem->text(), QString());
    QVERIFY(views->tabIcon(2).isNull());
}

// The count beside the calls table says how many rows it has, however they came (the first page,
// a call made since, a refresh): it said "0 calls" beside a table with the new call in it.
void TestMainWindow::callsCountFollowsTheRows()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"counted"_s, Hello);
    auto w = openWindow(fx, emulatorProfile(fx));
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    auto *count = child<QLabel>(w.get(), u"callsCount"_s);
    QTRY_COMPARE(count->text(), u"0 calls"_s);
    for (int n = 1; n <= 2; ++n) {
        api::CallWorkflow::Options co;
        co.functionId = fid;
        api::CallWorkflow call(w->connection()->client(), co);
        QSignalSpy called(&call, &api::CallWorkflow::finished);
        call.start();
        QVERIFY(called.wait(30000));
        QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
        w->refresh(); // the calls table takes the new call in at the top
        QVERIFY(refreshed.wait(10000));
        QTRY_COMPARE(w->callsModel()->rowCount(), n);
        QTRY_COMPARE(count->text(), n == 1 ? u"1 call"_s : u"2 calls"_s);
    }
}

// File ▸ Settings ▸ Schedule time zone is what "Next run" in the schedules table and the week view
// show, at once when it changes (they used the system's zone whatever the setting said).
void TestMainWindow::scheduleZoneSettingIsFollowed()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"zoned"_s, Hello);
    const QJsonObject noon{{"name"_L1, u"noon"_s}, {"cronExpression"_L1, u"0 12 * * *"_s}, {"functionId"_L1, fid}, {"nonce"_L1, fx.http->nonce()}};
    QCOMPARE(fx.http->ppost(u"functions/schedules"_s, QJsonObject{{"items"_L1, QJsonArray{noon}}}).status, 201);
    AppSettings::instance()->setScheduleTimeZoneId(u"Asia/Tokyo"_s); // UTC+9, no daylight-saving time
    auto w = openWindow(fx, emulatorProfile(fx));
    SchedulesModel *model = w->schedulesModel();
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, SchedulesModel::NextLocal).data().toString().endsWith(u"21:00"_s));
    QCOMPARE(model->headerData(SchedulesModel::NextLocal, Qt::Horizontal).toString(), u"Next run (Asia/Tokyo)"_s);
    WeekView *week = w->openWeekView();
    QCOMPARE(week->startUtc().time(), QTime(15, 0)); // midnight in Tokyo
    QVERIFY(w->findChild<QLabel *>(u"weekHint"_s)->text().contains(u"Asia/Tokyo"_s));
    // Changed while both are open: they follow.
    AppSettings::instance()->setScheduleTimeZoneId(u"America/Sao_Paulo"_s); // UTC-3, no daylight-saving time since 2019
    QVERIFY(model->index(0, SchedulesModel::NextLocal).data().toString().endsWith(u"09:00"_s));
    QCOMPARE(model->headerData(SchedulesModel::NextLocal, Qt::Horizontal).toString(), u"Next run (America/Sao_Paulo)"_s);
    QCOMPARE(week->startUtc().time(), QTime(3, 0));
    AppSettings::instance()->setScheduleTimeZoneId(QString());
}

void TestMainWindow::keyboardAndLayoutMemory()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"f"_s, Hello));
    {
        auto w = openWindow(fx, emulatorProfile(fx));
        auto *views = child<QTabWidget>(w.get(), u"views"_s);
        QTest::keyClick(w.get(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(views->currentIndex(), 2);
        QTest::keyClick(w.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(views->currentIndex(), 0);
        auto *table = child<QTableView>(w.get(), u"functionsTable"_s);
        table->setColumnWidth(FunctionsModel::Owner, 333);
        QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
        w->close();
    }
    auto w2 = std::make_unique<MainWindow>(&m_profiles, m_vault.get());
    QCOMPARE(child<QTableView>(w2.get(), u"functionsTable"_s)->columnWidth(FunctionsModel::Owner), 333);
    QCOMPARE(child<QTabWidget>(w2.get(), u"views"_s)->currentIndex(), 1);
    QVERIFY(!m_profiles.lastProfileId().isEmpty()); // reopened at start-up
}

namespace {
// A keychain that is there but refuses every change (a locked or broken Secret Service).
class RefusingKeychain final : public api::SecretStore
{
public:
    void read(const QString &, QObject *context, Callback done) override { answer(context, done, Status::NotFound); }
    void write(const QString &, const QString &, QObject *context, Callback done) override { answer(context, done, Status::Error); }
    void remove(const QString &, QObject *context, Callback done) override { answer(context, done, Status::Error); }

private:
    static void answer(QObject *context, Callback done, Status status)
    {
        QTimer::singleShot(0, context ? context : qApp, [done, status] {
            if (done)
                done(Result{status, {}, QStringLiteral("the keychain is locked")});
        });
    }
};
} // namespace

// What the keychain refuses is said, never dropped: a secret that cannot be saved, and the
// secrets of a removed profile that cannot be removed.
void TestMainWindow::keychainFailuresAreSaid()
{
    RefusingKeychain refusing;
    SecretVault vault(&refusing);
    QWidget window;
    ProfileController profiles(&m_profiles, &vault, &window);
    QSignalSpy said(&profiles, &ProfileController::message);
    Profile p;
    p.id = ProfileStore::newId();
    p.name = u"Locked"_s;
    p.cluster = u"https://westeurope-1.cognitedata.com"_s;
    p.project = u"p"_s;
    p.method = Profile::Method::ClientCredentials;
    p.clientId = u"c"_s;
    p.tenant = u"t"_s;
    bool stored = false;
    profiles.save(p, u"typed-secret"_s, [&] { stored = true; });
    QTRY_COMPARE(said.size(), 1);
    QVERIFY2(said.first().at(0).toString().contains(u"could not be saved in the keychain: the keychain is locked"_s),
             qPrintable(said.first().at(0).toString()));
    QVERIFY(said.first().at(1).toBool()); // an error
    QVERIFY(!stored); // old secrets are not removed when the new one is not stored
    said.clear();
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    QSignalSpy removed(&profiles, &ProfileController::removed);
    profiles.remove(p);
    QTRY_COMPARE(removed.size(), 1);
    QTRY_VERIFY(!said.isEmpty());
    QVERIFY2(said.first().at(0).toString().contains(u"could not be removed from the keychain: the keychain is locked"_s),
             qPrintable(said.first().at(0).toString()));
}

void TestMainWindow::secretsGoToTheStoreNotSettings()
{
    EmulatorFixture fx;
    const Profile p = emulatorProfile(fx);
    auto w = openWindow(fx, p, u"emulator-secret"_s);
    QVERIFY(m_keychain.contains(p.secretKey("client-secret")));
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("emulator-secret"));
    QCOMPARE(w->functionsModel()->rowCount(), 0);
    QCOMPARE(w->errorText(), QString());
}

// A stored secret is only ever sent where it was saved for: its key names the token URL and
// client id (the cluster, for a static token). Editing any of them asks for the secret again,
// and the old entry leaves the keychain.
void TestMainWindow::secretIsBoundToWhereItWasSavedFor()
{
    Profile p;
    p.id = u"p1"_s;
    p.cluster = u"westeurope-1"_s;
    p.tenant = u"contoso.onmicrosoft.com"_s;
    p.clientId = u"c1"_s;
    const QString key = p.secretKey("client-secret");
    QVERIFY(key.startsWith(u"p1/client-secret@"_s));
    Profile renamed = p;
    renamed.name = u"Renamed"_s;
    renamed.project = u"other-project"_s;
    QCOMPARE(renamed.secretKey("client-secret"), key); // nothing about where the secret goes changed
    for (auto change : std::initializer_list<std::function<void(Profile &)>>{[](Profile &q) { q.tenant = u"evil.onmicrosoft.com"_s; },
                                                                             [](Profile &q) { q.clientId = u"c2"_s; },
                                                                             [](Profile &q) {
                                                                                 q.idp = Profile::IdentityProvider::GenericOidc;
                                                                                 q.tokenUrl = u"https://login.contoso.com/token"_s;
                                                                             }}) {
        Profile q = p;
        change(q);
        QVERIFY(q.secretKey("client-secret") != key);
    }
    Profile moved = p;
    moved.cluster = u"https://attacker.example.com"_s;
    QVERIFY(moved.secretKey("token") != p.secretKey("token"));
    QCOMPARE(moved.secretKey("client-secret"), key); // a client secret goes to the IdP, not to CDF

    // Through the window: edit the client id of a saved profile.
    EmulatorFixture fx;
    const Profile saved = emulatorProfile(fx);
    auto w = openWindow(fx, saved);
    child<QAction>(w.get(), u"editProfileAction"_s)->trigger();
    ProfileDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<ProfileDialog *>()) != nullptr);
    QTRY_VERIFY(dlg->hasStoredSecret()); // read from the keychain when the dialog opened
    QVERIFY(!dlg->secretRequired());
    auto *problems = child<QLabel>(dlg, u"problems"_s);
    setText(dlg, u"clientId"_s, u"someone-else"_s);
    QVERIFY(!dlg->hasStoredSecret());
    QVERIFY2(problems->text().contains(u"enter the client secret again"_s), qPrintable(problems->text()));
    QVERIFY(problems->text().contains(fx.server->baseUrl() + u"/oauth2/token client functions-studio"_s));
    auto *ok = child<QDialogButtonBox>(dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    QVERIFY(!dlg->currentProblems().isEmpty());
    setText(dlg, u"clientId"_s, u"functions-studio"_s); // back as it was: the stored secret counts again
    QVERIFY(dlg->hasStoredSecret());
    setText(dlg, u"tokenUrl"_s, u"http://127.0.0.1:1/oauth2/token"_s);
    QVERIFY(!dlg->currentProblems().isEmpty());
    setText(dlg, u"secret"_s, u"new-secret"_s);
    QVERIFY(dlg->currentProblems().isEmpty());
    const Profile edited = dlg->profile();
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(m_keychain.contains(edited.secretKey("client-secret")));
    QTRY_VERIFY(!m_keychain.contains(saved.secretKey("client-secret"))); // the old one is gone, after the new one was stored
    // A secret typed for a method that does not use one (switched to device code after typing) is not kept.
    Profile device = edited;
    device.id = u"device-profile"_s;
    device.method = Profile::Method::DeviceCode;
    bool stored = false;
    w->saveProfile(device, u"typed-then-hidden"_s, [&] { stored = true; });
    QVERIFY(stored);
    for (const char *what : Profile::secretKinds())
        QVERIFY(!m_keychain.contains(device.secretKey(what)));
}

// The schedules page: a selected schedule shows its input at once; Enter (or a double-click) edits
// it; Run Now calls its function with its input, on the call page.
void TestMainWindow::schedulesPageRunNowAndEdit()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"scheduled"_s, Hello);
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"hourly"_s, u"0 * * * *"_s, QJsonObject{{"name"_L1, u"from the schedule"_s}}), 201);
    auto w = openWindow(fx, emulatorProfile(fx));
    Actions *a = w->actions();
    a->showSchedules->trigger();
    auto *table = child<QTableView>(w.get(), u"schedulesTable"_s);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    selectOnly(table, 0);
    QTRY_VERIFY(child<QPlainTextEdit>(w.get(), u"inputData"_s)->toPlainText().contains(u"from the schedule"_s));
    // Enter edits.
    QVERIFY(a->editSchedule->isEnabled());
    table->setFocus();
    Q_EMIT table->activated(table->model()->index(0, 0));
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()) != nullptr);
    QTRY_VERIFY(editor->inputLoaded());
    // An edit (a new schedule in CDF): the new one is selected afterwards.
    auto *raw = child<QLineEdit>(editor, u"rawExpression"_s);
    raw->setFocus();
    raw->selectAll();
    QTest::keyClicks(raw, u"0 5 * * *"_s);
    QSignalSpy replaced(editor, &ScheduleEditor::replaced);
    editor->save();
    QVERIFY(replaced.wait(20000));
    const qint64 newId = replaced.first().at(1).value<FunctionSchedule>().id;
    QTRY_VERIFY(w->findChild<SchedulesPage *>()->currentSchedule() && w->findChild<SchedulesPage *>()->currentSchedule()->id == newId);
    // Run Now: the schedule's input, then a call.
    QVERIFY(a->runScheduleNow->isEnabled());
    a->runScheduleNow->trigger();
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentWidget()->objectName(), u"callPage"_s);
    auto *panel = qobject_cast<CallPanel *>(w->callPanels()->currentWidget());
    QVERIFY(panel);
    QTRY_VERIFY(panel->input().contains(u"from the schedule"_s));
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->callViews().first()->isFinished(), 30000);
    QCOMPARE(panel->callViews().first()->call().status, CallStatus::Completed);
}

// A function the user deployed from a folder with the app ticks step 2 of Getting Started, and the
// next steps act on it (not only the demo function does).
void TestMainWindow::gettingStartedFollowsTheUsersOwnFunction()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"my-own"_s, Hello);
    QVERIFY(fid);
    auto w = openWindow(fx, emulatorProfile(fx));
    w->showGettingStarted();
    auto *steps = w->findChild<GettingStarted *>();
    QVERIFY(steps);
    QVERIFY(!steps->progress().deployed); // made over HTTP, not deployed from a folder with the app
    QTemporaryDir folder;
    Function own;
    for (const Function &f : w->functionsModel()->functions())
        if (f.id == fid)
            own = f;
    CodeDrift::record(QUrl(fx.server->baseUrl()), u"playground"_s, own, folder.path()); // as a deploy from the wizard does
    w->refresh();
    QTRY_VERIFY(steps->progress().deployed);
    QCOMPARE(steps->progress().ownName, u"my-own"_s);
    QVERIFY(child<QPushButton>(steps, u"stepDeploy"_s)->text().contains(u"my-own"_s));
    QVERIFY(child<QPushButton>(steps, u"stepCall"_s)->isEnabled());
    QCOMPARE(steps->tourFunction()->id, fid);
    // Deploy New Version starts from the folder it was deployed from.
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    w->actions()->showFunctions->trigger();
    QVERIFY(w->actions()->deployNewVersion->isEnabled());
    w->actions()->deployNewVersion->trigger();
    QTRY_VERIFY(w->deployWizard());
    QCOMPARE(w->deployWizard()->state().sourcePath, folder.path());
    w->deployWizard()->reject();
}

// A project that cannot be reached: the tables say so with Retry (no empty grid), the status bar
// says "offline", and what needs the project is disabled until it answers again.
void TestMainWindow::unreachableProjectSaysSoInTheTable()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Profile p;
    p.id = u"unreachable"_s;
    p.name = u"Unreachable"_s;
    p.cluster = u"http://127.0.0.1:%1"_s.arg(port);
    p.project = u"playground"_s;
    p.method = Profile::Method::StaticToken;
    MainWindow w(&m_profiles, m_vault.get());
    w.setAutoRefreshInterval(0);
    w.saveProfile(p, u"a-token"_s);
    QTRY_VERIFY(m_keychain.contains(p.secretKey("token")));
    w.reloadProfiles();
    w.show();
    QSignalSpy refreshed(&w, &MainWindow::refreshed);
    w.openProfile(p.id);
    QVERIFY(refreshed.wait(120000));
    auto *functions = w.findChild<FunctionsPage *>();
    QVERIFY2(functions->emptyStateText().contains(u"127.0.0.1"_s) || functions->emptyStateText().contains(u"onnection"_s),
             qPrintable(functions->emptyStateText()));
    auto *retry = child<QPushButton>(&w, u"functionsEmptyStateRetry"_s);
    QVERIFY(retry && retry->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&w, u"statusNetwork"_s)->text(), u"offline"_s, 60000); // once the last request (limits) has given up too
    QVERIFY(!w.actions()->deploy->isEnabled());
    QVERIFY(!w.actions()->newSchedule->isEnabled());
    QVERIFY(w.actions()->refresh->isEnabled()); // the way to try again
    // Retry asks again (and it still fails: the empty state stays, with the error).
    QSignalSpy again(&w, &MainWindow::refreshed);
    retry->click();
    QVERIFY(again.wait(120000));
    QVERIFY(!functions->emptyStateText().isEmpty());
}

// "Test connection" on a saved profile with the secret field left empty signs in with the stored
// secret (it used to send an empty one and always fail).
void TestMainWindow::testConnectionUsesTheStoredSecret()
{
    EmulatorFixture fx;
    const Profile p = emulatorProfile(fx);
    MainWindow w(&m_profiles, m_vault.get());
    w.saveProfile(p, u"emulator-secret"_s);
    QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret")));
    ProfileDialog dlg(p, m_vault.get());
    QTRY_VERIFY(dlg.hasStoredSecret());
    QCOMPARE(dlg.secret(), QString());
    QVERIFY(dlg.currentProblems().isEmpty());
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done.wait(20000));
    QVERIFY2(done.first().first().toBool(), qPrintable(dlg.testReport()));
    QVERIFY(dlg.testReport().contains(u"✓ Signed in"_s));
    // A typed secret wins over the stored one.
    setText(&dlg, u"secret"_s, u"wrong"_s);
    QSignalSpy done2(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done2.wait(20000));
    QCOMPARE(done2.first().first().toBool(), false);
    // A changed client id never gets the stored secret: the field must be filled.
    setText(&dlg, u"secret"_s, QString());
    child<QLineEdit>(&dlg, u"secret"_s)->clear();
    setText(&dlg, u"clientId"_s, u"other-client"_s);
    QVERIFY(!dlg.currentProblems().isEmpty());
    dlg.testConnection(); // shows the problems instead of testing
    QVERIFY(!dlg.isTesting());
    QVERIFY(dlg.showsAllProblems());
}

void TestMainWindow::removeProfileRemovesItsSecrets()
{
    EmulatorFixture fx;
    const Profile keep = emulatorProfile(fx);
    auto w = openWindow(fx, keep);
    Profile doomed = addProfile(w.get(), fx, u"To be removed"_s);
    m_keychain.write(doomed.secretKey("refresh-token"), u"refresh-me"_s, nullptr, {});
    m_keychain.write(doomed.id + u"/client-secret"_s, u"from-an-older-version"_s, nullptr, {}); // a key from before the binding
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(doomed.id);
    QVERIFY(refreshed.wait(20000));
    QVERIFY(child<QAction>(w.get(), u"removeProfileAction"_s)->isEnabled());
    MessageBoxes::setAutoAnswer(QMessageBox::Cancel);
    child<QAction>(w.get(), u"removeProfileAction"_s)->trigger();
    QCOMPARE(m_profiles.load().size(), 2); // cancelled: nothing removed
    QVERIFY(m_keychain.contains(doomed.secretKey("client-secret")));
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    child<QAction>(w.get(), u"removeProfileAction"_s)->trigger();
    QTRY_VERIFY(!m_keychain.contains(doomed.secretKey("client-secret")));
    QTRY_VERIFY(!m_keychain.contains(doomed.secretKey("refresh-token")));
    QTRY_VERIFY(!m_keychain.contains(doomed.id + u"/client-secret"_s));
    QVERIFY(m_keychain.contains(keep.secretKey("client-secret")));
    const auto left = m_profiles.load();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, keep.id);
    QCOMPARE(child<QComboBox>(w.get(), u"profileSwitcher"_s)->findData(doomed.id), -1);
    QTRY_COMPARE(child<QComboBox>(w.get(), u"profileSwitcher"_s)->currentData().toString(), keep.id); // another profile is open
    QTRY_VERIFY2(w->errorText().contains(u"Profile \"To be removed\" removed, with its secrets."_s), qPrintable(w->errorText()));
}

// A settings file from a newer version (or edited by hand) with a sign-in method this version
// does not know: the profile is listed, opening it says what is wrong, nothing crashes.
void TestMainWindow::unknownSignInMethodIsAnErrorNotACrash()
{
    EmulatorFixture fx;
    Profile p = emulatorProfile(fx);
    m_profiles.save(p);
    {
        QSettings s;
        s.beginWriteArray(u"profiles"_s);
        s.setArrayIndex(0);
        s.setValue(u"method"_s, 42);
        s.endArray();
    }
    const auto loaded = m_profiles.load();
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.first().settingsProblem.contains(u"(42)"_s));
    MainWindow w(&m_profiles, m_vault.get());
    w.reloadProfiles();
    w.show();
    w.openProfile(p.id);
    QTRY_VERIFY(w.errorText().contains(u"sign-in method stored for this profile (42)"_s));
    QVERIFY(!child<QAction>(&w, u"refreshAction"_s)->isEnabled() || w.functionsModel()->rowCount() == 0);
    // The dialog opens on it and fixes it.
    ProfileDialog dlg(loaded.first(), m_vault.get());
    QCOMPARE(dlg.profile().method, Profile::Method::ClientCredentials);
}

namespace {
const QString Hostile = u"<b>HOSTILE</b><img src=\"file:///etc/hostname\">"_s;

// Every label, tool tip and item tool tip under the open windows that holds Hostile: none may be
// rendered as rich text. Returns what offends, by object name.
QStringList richTextHolders()
{
    QStringList out;
    auto rich = [](const QString &text, Qt::TextFormat format) {
        return text.contains(u"<b>HOSTILE"_s) && (format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text)));
    };
    const auto name = objectPath;
    for (QWidget *w : widgetsOfOpenWindows()) {
        if (auto *l = qobject_cast<QLabel *>(w); l && rich(l->text(), l->textFormat()))
            out << name(l) + u" (label)"_s;
        if (rich(w->toolTip(), Qt::AutoText))
            out << name(w) + u" (tool tip)"_s;
        QAbstractItemModel *m = nullptr;
        if (auto *v = qobject_cast<QAbstractItemView *>(w))
            m = v->model();
        else if (auto *c = qobject_cast<QComboBox *>(w))
            m = c->model();
        if (!m)
            continue;
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            for (int r = 0; r < std::min(m->rowCount(parent), 200); ++r)
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    if (rich(i.data(Qt::ToolTipRole).toString(), Qt::AutoText))
                        out << name(w) + u" (item %1,%2 tool tip)"_s.arg(r).arg(c);
                    if (c == 0 && m->hasChildren(i))
                        walk(i);
                }
        };
        walk({});
    }
    out.removeDuplicates();
    return out;
}
} // namespace

// Function names, descriptions, errors, traces, logs and schedule names come from the server (or
// from whoever deployed the function): shown anywhere, they are plain text, never markup.
void TestMainWindow::serverTextIsNeverRichText()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const QByteArray failing = "def handle(data):\n    print('" + Hostile.toUtf8() + "')\n    raise RuntimeError('" + Hostile.toUtf8() + "')\n";
    const qint64 fid = fx.readyFunction(u"fn "_s + Hostile, failing,
                                        QJsonObject{{"externalId"_L1, u"hostile-xid"_s},
                                                    {"description"_L1, Hostile},
                                                    {"owner"_L1, Hostile},
                                                    {"metadata"_L1, QJsonObject{{"note"_L1, Hostile}}}});
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"sched "_s + Hostile, u"0 * * * *"_s, QJsonObject{{"note"_L1, Hostile}}), 201);
    const qint64 cid = fx.call(fid).json.value("id"_L1).toInteger();
    QVERIFY(cid);
    QCOMPARE(fx.waitForCall(fid, cid).value("status"_L1).toString(), u"Failed"_s);
    auto w = openWindow(fx, emulatorProfile(fx));
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    Actions *a = w->actions();
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 1, 10000);
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
    a->showCalls->trigger();
    Q_EMIT calls->activated(calls->model()->index(0, 0));
    CallDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<CallDialog *>()) != nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(dlg->logText().contains(u"HOSTILE"_s), 10000);
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
    dlg->close();
    a->showSchedules->trigger();
    selectOnly(child<QTableView>(w.get(), u"schedulesTable"_s), 0);
    QTest::qWait(300); // the schedule's recent runs load
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
    a->editSchedule->trigger();
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()));
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
    editor->reject();
    a->call->trigger();
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
    a->weekView->trigger();
    WeekView *week = nullptr;
    QTRY_VERIFY((week = w->findChild<WeekView *>()));
    QString tip;
    for (int y = 0; y < week->height() && tip.isEmpty(); y += 4)
        tip = week->toolTipAt(QPoint(week->width() / 2, y));
    QVERIFY2(tip.contains(u"HOSTILE"_s), qPrintable(tip));
    QVERIFY2(!tip.contains(u"<b>HOSTILE"_s) && tip.contains(u"&lt;b&gt;HOSTILE"_s), qPrintable(tip));
    // Hovering reads the schedule's input once, and the tip then shows it (escaped as well).
    {
        int y = 0;
        while (y < week->height() && week->toolTipAt(QPoint(week->width() / 2, y)).isEmpty())
            y += 4;
        const QPoint at(week->width() / 2, y);
        QSignalSpy read(week, &WeekView::inputRead);
        QHelpEvent hover(QEvent::ToolTip, at, week->mapToGlobal(at));
        QApplication::sendEvent(week, &hover);
        QVERIFY(read.wait(10000));
        tip = week->toolTipAt(at);
        QVERIFY2(tip.contains(u"Input: {&quot;note&quot;:"_s) && tip.contains(u"&lt;b&gt;HOSTILE"_s), qPrintable(tip));
        // A click on the schedule's name opens it for editing.
        QTest::mouseClick(week, Qt::LeftButton, {}, QPoint(20, y));
        const auto openEditor = [&w]() -> ScheduleEditor * {
            for (ScheduleEditor *e : w->findChildren<ScheduleEditor *>())
                if (e->isVisible())
                    return e;
            return nullptr;
        };
        QTRY_VERIFY(openEditor());
        openEditor()->reject();
    }
    a->showFunctions->trigger();
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    QVERIFY(a->deployNewVersion->isEnabled());
    a->deployNewVersion->trigger();
    QTRY_VERIFY(w->deployWizard() && w->deployWizard()->isVisible());
    QVERIFY2(richTextHolders().isEmpty(), qPrintable(richTextHolders().join(u", "_s)));
}

// CDF throttles a refresh: the status bar says so and when the next try is, the window stays
// usable, and the refresh completes by itself.
void TestMainWindow::throttlingIsShownWhileRetrying()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"throttled"_s, Hello));
    auto w = openWindow(fx, emulatorProfile(fx));
    QString error;
    QVERIFY(fx.server->faults().loadJson(QJsonDocument(QJsonObject{{"rules"_L1,
                                                                    QJsonArray{QJsonObject{{"path"_L1, u"/api/v1/projects/*/functions/list"_s},
                                                                                           {"everyNth"_L1, 1},
                                                                                           {"maxCount"_L1, 2},
                                                                                           {"action"_L1, u"status"_s},
                                                                                           {"status"_L1, 429},
                                                                                           {"retryAfter"_L1, 2}}}}})
                                             .toJson(),
                                         &error));
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->refresh();
    QTRY_VERIFY(w->lastRetryMessage().contains(u"CDF is throttling requests: retrying in 2 s"_s));
    QCOMPARE(w->statusBar()->currentMessage(), w->lastRetryMessage());
    QElapsedTimer responsive;
    responsive.start();
    QTest::qWait(50); // the event loop turns while it waits: nothing sleeps
    QVERIFY(responsive.elapsed() < 1000);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(w->functionsModel()->rowCount(), 1);
    QCOMPARE(fx.server->faults().firedCount(), 2);
}

// Known secret values go through the real flows (sign-in with a client secret, a deploy with a
// function secret, a call, a schedule made with other client credentials) with every logging
// category on; then the messages of the app and the in-process emulator, the settings files and
// the temporary files written meanwhile are searched for them: none may hold one.
void TestMainWindow::secretsNeverLeak()
{
    const QString clientSecret = u"canary-client-secret-7f3a91"_s;
    const QString functionSecret = u"canary-function-secret-c4d2"_s;
    emulator::EmulatorConfig cfg;
    cfg.clients << emulator::EmulatorClient{u"canary-client"_s, clientSecret};
    EmulatorFixture fx(cfg);
    QVERIFY(fx.http->signIn());
    const QDateTime started = QDateTime::currentDateTime().addSecs(-1);
    std::optional<LogCapture> logs(std::in_place);
    {
        Profile p = emulatorProfile(fx, u"canary-client"_s);
        auto w = openWindow(fx, p, clientSecret);
        // A deploy with a secret, through the same client the window uses.
        api::DeployWorkflow::Options o;
        o.folder = fx.writeFunction(
            u"canary"_s, {{u"handler.py"_s, "def handle(data, secrets):\n    print('has secret', len(secrets['api-key']))\n    return 1\n"}});
        o.function.name = u"canary"_s;
        o.function.secrets = StringMap{{u"api-key"_s, functionSecret}};
        o.pollIntervalMs = 100;
        api::DeployWorkflow deploy(w->connection()->client(), o);
        QSignalSpy deployed(&deploy, &api::DeployWorkflow::finished);
        deploy.start();
        QVERIFY(deployed.wait(30000));
        QVERIFY2(deploy.stage() == api::DeployWorkflow::Stage::Ready, qPrintable(deploy.summary()));
        // A call that uses the secret, and a schedule signed with the client credentials.
        api::CallWorkflow::Options co;
        co.functionId = deploy.function()->id;
        co.nonce = api::NonceSource::credentials(u"canary-client"_s, clientSecret);
        api::CallWorkflow call(w->connection()->client(), co);
        QSignalSpy called(&call, &api::CallWorkflow::finished);
        call.start();
        QVERIFY(called.wait(30000));
        QVERIFY(!call.error());
        QCOMPARE(call.call()->status, CallStatus::Completed);
        QVERIFY(call.logs().first().message.startsWith(u"has secret"_s));
        w->refresh();
        QTest::qWait(500);
    }
    const QStringList messages = logs->messages();
    logs.reset();
    QVERIFY2(messages.size() > 10, "debug logging was not on: the search proves nothing");
    for (const QString &m : std::as_const(messages))
        QVERIFY2(!m.contains(clientSecret) && !m.contains(functionSecret), qPrintable(m));
    // Settings and every file written meanwhile under the test's settings and temporary folders.
    QSettings().sync();
    QStringList searched;
    const QStringList roots{QFileInfo(QSettings().fileName()).absolutePath(), QDir::tempPath(),
                            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
                            QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QFileInfo info(path);
            if (info.lastModified() < started || info.size() > 8 * 1024 * 1024 || path.startsWith(fx.dir.path()))
                continue; // older files, big ones, and the emulator's own store (the server keeps function secrets, as CDF does)
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.readAll();
            searched << path;
            QVERIFY2(!bytes.contains(clientSecret.toUtf8()) && !bytes.contains(functionSecret.toUtf8()), qPrintable(path));
        }
    }
    QVERIFY2(searched.contains(QSettings().fileName()), qPrintable(searched.join(u", "_s)));
    qInfo("secrets: %lld messages and %lld files searched, no secret found", qint64(messages.size()), qint64(searched.size()));
}

// File ▸ Settings: every preference is saved, survives (read back from the settings file), and
// the window follows at once: dark palette, refresh interval, notifications, log font, and the
// schedule editor's time zone. A time zone that does not exist keeps OK disabled.
namespace {
// The open windows' texts that hold needle: labels, buttons, titles, tool tips, status bars, line
// edits (but the secret field itself) and text views.
QStringList textsHolding(const QString &needle)
{
    QStringList out;
    for (QWidget *w : widgetsOfOpenWindows()) {
        QStringList texts{w->windowTitle(), w->toolTip(), w->statusTip()};
        if (auto *l = qobject_cast<QLabel *>(w))
            texts << l->text();
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            texts << b->text();
        if (auto *e = qobject_cast<QLineEdit *>(w); e && e->objectName() != u"secret"_s)
            texts << e->text() << e->placeholderText();
        if (auto *t = qobject_cast<QPlainTextEdit *>(w))
            texts << t->toPlainText();
        if (auto *t = qobject_cast<QTextEdit *>(w))
            texts << t->toPlainText();
        if (auto *bar = qobject_cast<QStatusBar *>(w))
            texts << bar->currentMessage();
        for (const QString &t : std::as_const(texts))
            if (t.contains(needle))
                out << objectPath(w) + u": "_s + t;
    }
    return out;
}
} // namespace

// A sign-in that fails with a canary client secret (the emulator refuses it; the identity provider
// cannot be reached): neither the profile dialog's test report, the window's error bar, its status
// bar nor any text on screen holds the secret.
void TestMainWindow::failedSignInsNeverShowTheSecret()
{
    const QString canary = u"CANARY-s3cr3t-9b2e"_s;
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    for (const QString &tokenUrl : {QString(fx.server->baseUrl() + u"/oauth2/token"_s), u"http://127.0.0.1:1/oauth2/token"_s}) {
        Profile p = emulatorProfile(fx);
        p.tokenUrl = tokenUrl;
        {
            ProfileDialog dlg(p, nullptr);
            dlg.show();
            setText(&dlg, u"secret"_s, canary);
            QSignalSpy done(&dlg, &ProfileDialog::testFinished);
            dlg.testConnection();
            QVERIFY(done.wait(20000));
            QCOMPARE(done.first().first().toBool(), false);
            const QString report = dlg.testReport();
            QVERIFY2(!report.isEmpty(), qPrintable(tokenUrl));
            QVERIFY2(!report.contains(canary), qPrintable(report));
            const QStringList shown = textsHolding(canary);
            QVERIFY2(shown.isEmpty(), qPrintable(shown.join(u'\n')));
        }
        MainWindow w(&m_profiles, m_vault.get());
        w.setAutoRefreshInterval(0);
        w.saveProfile(p, canary);
        QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret")));
        w.reloadProfiles();
        w.show();
        w.openProfile(p.id);
        QTRY_VERIFY_WITH_TIMEOUT(!w.errorText().isEmpty(), 20000);
        QVERIFY2(!w.errorText().contains(canary), qPrintable(w.errorText()));
        QVERIFY2(!w.statusBar()->currentMessage().contains(canary), qPrintable(w.statusBar()->currentMessage()));
        const QStringList shown = textsHolding(canary);
        QVERIFY2(shown.isEmpty(), qPrintable(shown.join(u'\n')));
    }
}

void TestMainWindow::settingsPersistAndApply()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"prefs"_s, Hello));
    auto w = openWindow(fx, emulatorProfile(fx));
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    LogView openLog; // a log viewer already on screen follows the new font
    child<QAction>(w.get(), u"settingsAction"_s)->trigger();
    SettingsDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<SettingsDialog *>()) != nullptr);
    auto *theme = child<QComboBox>(dlg, u"theme"_s);
    theme->setCurrentIndex(theme->findData(int(AppSettings::Theme::Dark)));
    child<QSpinBox>(dlg, u"autoRefresh"_s)->setValue(10);
    child<QCheckBox>(dlg, u"notifications"_s)->setChecked(false);
    child<QSpinBox>(dlg, u"logFontSize"_s)->setValue(13);
    auto *zone = child<QComboBox>(dlg, u"timeZone"_s);
    auto *ok = child<QDialogButtonBox>(dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    zone->setEditText(u"Mars/Olympus_Mons"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(dlg->problem().contains(u"\"Mars/Olympus_Mons\" is not a time zone"_s));
    zone->setEditText(u"Europe/Oslo"_s);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    // Applied at once.
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(QApplication::palette().color(QPalette::Window) != lightWindow);
    QCOMPARE(w->autoRefreshInterval(), 10000);
    QVERIFY(!w->actions()->notifications->isChecked());
    QVERIFY(!Notifier::isEnabled());
    // Persisted: a fresh read of the settings file says the same.
    QSettings().sync();
    QSettings file(QSettings().fileName(), QSettings::IniFormat);
    QCOMPARE(file.value(u"preferences/theme"_s).toString(), u"dark"_s);
    QCOMPARE(file.value(u"preferences/autoRefreshSeconds"_s).toInt(), 10);
    QCOMPARE(file.value(u"preferences/scheduleTimeZone"_s).toString(), u"Europe/Oslo"_s);
    QCOMPARE(AppSettings::instance()->logFont().pointSize(), 13);
    // The log viewer and the schedule editor follow.
    QCOMPARE(openLog.font().pointSize(), 13);
    QCOMPARE(LogView().font().pointSize(), 13);
    w->actions()->newSchedule->trigger();
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()));
    QCOMPARE(editor->zone().id(), QByteArray("Europe/Oslo"));
    editor->reject();
    // Back to the defaults.
    child<QAction>(w.get(), u"settingsAction"_s)->trigger();
    QTRY_VERIFY((dlg = w->findChild<SettingsDialog *>()) != nullptr);
    child<QDialogButtonBox>(dlg, u"buttons"_s)->button(QDialogButtonBox::RestoreDefaults)->click();
    dlg->save();
    dlg->close();
    QCOMPARE(AppSettings::instance()->theme(), AppSettings::Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window), lightWindow);
    QCOMPARE(w->autoRefreshInterval(), 30000);
    QVERIFY(Notifier::isEnabled());
}

// Help: the shortcut overview lists the window's own actions, About names the version and the
// libraries, Getting Started (F1) walks through the demo: its deploy step copies the demo folder
// out of the app and opens the wizard on it, and the steps show what the project really holds.
void TestMainWindow::helpIsOneKeyAway()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    auto w = openWindow(fx, emulatorProfile(fx));
    Actions *a = w->actions();
    QCOMPARE(a->gettingStarted->shortcut(), QKeySequence(QKeySequence::HelpContents));
    a->shortcuts->trigger();
    ShortcutsDialog *keys = nullptr;
    QTRY_VERIFY((keys = w->findChild<ShortcutsDialog *>()) != nullptr);
    QVERIFY(keys->rowCount() >= 10);
    auto *table = child<QTableWidget>(keys, u"shortcuts"_s);
    QVERIFY(!table->findItems(u"F9"_s, Qt::MatchExactly).isEmpty());
    setText(keys, u"filter"_s, u"week"_s);
    int visible = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        visible += table->isRowHidden(r) ? 0 : 1;
    QCOMPARE(visible, 1);
    keys->close();
    a->about->trigger();
    AboutDialog *about = nullptr;
    QTRY_VERIFY((about = w->findChild<AboutDialog *>()) != nullptr);
    QVERIFY(child<QLabel>(about, u"title"_s)->text().startsWith(u"Functions Studio 0."_s));
    QCOMPARE(child<QTableWidget>(about, u"libraries"_s)->rowCount(), 5);
    QVERIFY(!child<QTableWidget>(about, u"libraries"_s)->findItems(u"BSD-3-Clause"_s, Qt::MatchExactly).isEmpty());
    about->close();
    // Getting Started, on a project that is not the local emulator: step 1 only.
    a->gettingStarted->trigger();
    auto *steps = w->findChild<GettingStarted *>();
    QVERIFY(steps);
    QVERIFY(w->findChild<QDockWidget *>(u"gettingStartedDock"_s)->isVisible());
    QVERIFY(!steps->progress().onEmulator);
    QVERIFY(child<QPushButton>(steps, u"stepEmulator"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(steps, u"stepDeploy"_s)->isEnabled());
    // The demo steps never act on a real project, even when asked directly.
    const QString demo = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/getting-started/my-first-function/handler.py"_s;
    QFile::remove(demo);
    steps->deployStep();
    QTest::qWait(100);
    QVERIFY(!w->deployWizard());
    QVERIFY(!QFile::exists(demo));
    // On the local emulator: the deploy step's folder comes out of the app, the wizard opens on
    // it, and a copy the user changed is never overwritten.
    m_profiles.save(Profile::localEmulator());
    w->reloadProfiles();
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(Profile::localEmulator().id);
    QVERIFY2(refreshed.wait(30000), qPrintable(w->errorText()));
    QTRY_VERIFY(steps->progress().onEmulator);
    QVERIFY(child<QPushButton>(steps, u"stepDeploy"_s)->isEnabled());
    steps->deployStep();
    QTRY_VERIFY(w->deployWizard());
    QVERIFY2(QFile::exists(demo), qPrintable(demo));
    {
        QFile handler(demo);
        QVERIFY(handler.open(QIODevice::ReadOnly));
        QVERIFY(handler.readAll().contains("def handle("));
        handler.close();
        QVERIFY(handler.open(QIODevice::WriteOnly | QIODevice::Append));
        handler.write("# changed by the user\n");
    }
    w->deployWizard()->reject();
    QTRY_VERIFY(!w->deployWizard());
    steps->deployStep();
    QTRY_VERIFY(w->deployWizard());
    QFile again(demo);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QVERIFY(again.readAll().contains("# changed by the user"));
    // "Do not show this at start" is the first-start switch.
    child<QCheckBox>(steps, u"dontShow"_s)->setChecked(true);
    QVERIFY(AppSettings::instance()->gettingStartedShown());
}

Profile TestMainWindow::addProfile(MainWindow *w, EmulatorFixture &fx, const QString &name)
{
    Profile p = emulatorProfile(fx);
    p.name = name;
    w->saveProfile(p, u"emulator-secret"_s);
    [&] { QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret"))); }();
    w->reloadProfiles();
    return p;
}

// Switching profiles while a refresh is in flight: the old requests end as cancelled, and the new
// project loads (before, "refreshing" stayed set and nothing loaded until a restart).
void TestMainWindow::switchProfileMidRefresh()
{
    EmulatorFixture a;
    QVERIFY(a.http->signIn());
    QVERIFY(a.readyFunction(u"in-project-a"_s, Hello));
    EmulatorFixture b;
    QVERIFY(b.http->signIn());
    QVERIFY(b.readyFunction(u"in-project-b"_s, Hello));
    auto w = openWindow(a, emulatorProfile(a));
    QCOMPARE(w->functionsModel()->rowCount(), 1);
    const Profile pb = addProfile(w.get(), b, u"Project B"_s);
    QString error;
    QVERIFY(a.server->faults().loadJson(R"({"rules": [{"path": "*", "action": "latency", "latencyMs": 3000}]})", &error));
    w->refresh();
    QVERIFY(w->isRefreshing());
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(pb.id);
    QVERIFY(refreshed.wait(10000));
    QVERIFY(!w->isRefreshing());
    QCOMPARE(w->functionsModel()->rowCount(), 1);
    QCOMPARE(w->functionsModel()->function(0).name, u"in-project-b"_s);
    QCOMPARE(w->errorText(), QString()); // "cancelled" is not an error to show
    // F5 works on the new project.
    QVERIFY(b.readyFunction(u"second-in-b"_s, Hello));
    QSignalSpy again(w.get(), &MainWindow::refreshed);
    QTest::keyClick(w.get(), Qt::Key_F5);
    QVERIFY(again.wait(10000));
    QCOMPARE(w->functionsModel()->rowCount(), 2);
}

// A call window following logs when the profile changes: it stops following and keeps its lines
// (before, its log tail polled through the deleted client: heap-use-after-free under ASan).
void TestMainWindow::switchProfileWhileFollowingLogs()
{
    EmulatorFixture a;
    QVERIFY(a.http->signIn());
    const qint64 fid = a.readyFunction(
        u"chatty"_s, "import time\ndef handle(data):\n    for i in range(30):\n        print(f'line {i}')\n        time.sleep(0.1)\n    return 1\n");
    QVERIFY(fid);
    EmulatorFixture b;
    QVERIFY(b.http->signIn());
    auto w = openWindow(a, emulatorProfile(a));
    const Profile pb = addProfile(w.get(), b, u"Project B"_s);
    const qint64 cid = a.call(fid).json.value("id"_L1).toInteger();
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    w->refresh();
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 1, 10000);
    Q_EMIT calls->activated(calls->model()->index(0, 0));
    CallDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<CallDialog *>()) != nullptr);
    QPointer<CallDialog> guard(dlg);
    QTRY_VERIFY_WITH_TIMEOUT(dlg->logText().contains(u"line 1"_s), 10000);
    QVERIFY(dlg->isFollowing());
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(pb.id);
    QVERIFY(guard);
    QVERIFY(!dlg->isFollowing());
    QVERIFY2(dlg->logState().contains(u"Stopped following"_s), qPrintable(dlg->logState()));
    const QString kept = dlg->logText();
    QVERIFY(kept.contains(u"line 1"_s));
    // Let the call run to its end: the tail would have polled several times by then.
    QCOMPARE(a.waitForCall(fid, cid).value("status"_L1).toString(), u"Completed"_s);
    QVERIFY(refreshed.wait(10000) || refreshed.size() > 0);
    QCOMPARE(dlg->logText(), kept);
    dlg->close();
}

// The context menu's actions act on the row the user clicked, even when a refresh moves it while
// the menu is open (the menu used to keep a model index across its own event loop).
void TestMainWindow::refreshWhileContextMenuIsOpen()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"menu"_s, Hello);
    const qint64 first = fx.completedCall(fid);
    QVERIFY(first);
    auto w = openWindow(fx, emulatorProfile(fx));
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    QTest::keyClick(w.get(), Qt::Key_2, Qt::ControlModifier);
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 1, 10000);
    Q_EMIT calls->customContextMenuRequested(calls->visualRect(calls->model()->index(0, 0)).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = w->findChild<QMenu *>(u"contextMenu"_s)) != nullptr && menu->isVisible());
    QAction *open = w->actions()->openCall;
    QVERIFY(menu->actions().contains(open));
    QVERIFY(open->isEnabled());
    // A newer call arrives and a refresh puts it on top: the clicked row moves down.
    const qint64 second = fx.completedCall(fid);
    QVERIFY(second);
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 2, 10000);
    QCOMPARE(calls->model()->index(0, 0).data(IdRole).toLongLong(), second);
    open->trigger();
    menu->close();
    CallDialog *dlg = nullptr;
    QTRY_VERIFY((dlg = w->findChild<CallDialog *>()) != nullptr);
    QCOMPARE(dlg->callId(), first);
    dlg->close();
}

// One QAction per command in the menu bar, the toolbar and context menus, enabled only when it
// applies.
void TestMainWindow::actionsAreSharedAndFollowTheSelection()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"one"_s, Hello, QJsonObject{{"externalId"_L1, u"one-xid"_s}}));
    auto w = openWindow(fx, emulatorProfile(fx));
    Actions *a = w->actions();
    auto *table = child<QTableView>(w.get(), u"functionsTable"_s);
    QList<QAction *> menuActions;
    for (QAction *m : w->menuBar()->actions())
        if (m->menu())
            menuActions += m->menu()->actions();
    const QList<QAction *> toolbarActions = child<QToolBar>(w.get(), u"mainToolbar"_s)->actions();
    for (QAction *shared : {a->deleteSelected, a->refresh, a->newProfile, a->editProfile}) {
        QVERIFY2(menuActions.contains(shared), qPrintable(shared->objectName()));
        QVERIFY2(toolbarActions.contains(shared), qPrintable(shared->objectName()));
    }
    QVERIFY(menuActions.contains(a->openCall) && menuActions.contains(a->copyExternalId) && menuActions.contains(a->quit));
    QVERIFY(!a->refresh->icon().isNull());
    QVERIFY(!w->windowIcon().isNull());
    // Nothing selected: nothing to delete or copy.
    table->clearSelection();
    table->selectionModel()->clearCurrentIndex();
    QVERIFY(!a->deleteSelected->isEnabled());
    QVERIFY(!a->copyId->isEnabled());
    selectOnly(table, 0);
    QVERIFY(a->deleteSelected->isEnabled());
    QVERIFY(a->copyExternalId->isEnabled());
    a->copyExternalId->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"one-xid"_s);
    // Calls page: no call selected, nothing to open or delete.
    a->showCalls->trigger();
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentIndex(), 1);
    QVERIFY(!a->deleteSelected->isEnabled());
    QVERIFY(!a->openCall->isEnabled());
    // Schedules page: nothing selected.
    a->showSchedules->trigger();
    QVERIFY(!a->deleteSelected->isEnabled());
    QVERIFY(!a->viewInputData->isEnabled());
    QVERIFY(!a->requestActivation->isEnabled()); // the emulator project is activated
}

// Calls that appear on refresh are placed by start time, whatever their ids (ids are not
// ordered by time); the user's sort is kept.
void TestMainWindow::newCallsAreOrderedByStartTime()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"timed"_s, Hello);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto call = [&](qint64 id, qint64 startAgoMs) {
        FunctionCall c;
        c.id = id;
        c.functionId = fid;
        c.startTime = now - startAgoMs;
        c.endTime = c.startTime + 100;
        c.status = CallStatus::Completed;
        return c;
    };
    fx.server->store().insertCallsBulk({call(9'000'000'000'000LL, 60'000)});
    auto w = openWindow(fx, emulatorProfile(fx));
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    auto *calls = child<QTableView>(w.get(), u"callsTable"_s);
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 1, 10000);
    // Two newer calls with smaller ids than the one shown, the newest with the smallest id.
    fx.server->store().insertCallsBulk({call(1'000'000'000'000LL, 1'000), call(2'000'000'000'000LL, 30'000)});
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(refreshed.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 3, 10000);
    QCOMPARE(calls->model()->index(0, 0).data(IdRole).toLongLong(), 1'000'000'000'000LL);
    QCOMPARE(calls->model()->index(1, 0).data(IdRole).toLongLong(), 2'000'000'000'000LL);
    QCOMPARE(calls->model()->index(2, 0).data(IdRole).toLongLong(), 9'000'000'000'000LL);
    // The user sorts oldest first; a new call goes where that order puts it.
    calls->sortByColumn(CallsModel::Started, Qt::AscendingOrder);
    fx.server->store().insertCallsBulk({call(5'000'000'000'000LL, 45'000)});
    QSignalSpy again(w.get(), &MainWindow::refreshed);
    w->refresh();
    QVERIFY(again.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(calls->model()->rowCount(), 4, 10000);
    QList<qint64> order;
    for (int r = 0; r < 4; ++r)
        order << calls->model()->index(r, 0).data(IdRole).toLongLong();
    QCOMPARE(order, (QList<qint64>{9'000'000'000'000LL, 5'000'000'000'000LL, 2'000'000'000'000LL, 1'000'000'000'000LL}));
}

// A delete confirmed after the profile changed must not run against the new project with the
// old project's ids (the answer comes from the event loop, after the switch).
void TestMainWindow::deleteAnsweredAfterAProfileSwitchDoesNothing()
{
    EmulatorFixture a;
    QVERIFY(a.http->signIn());
    const qint64 fa = a.readyFunction(u"in-a"_s, Hello);
    EmulatorFixture b;
    QVERIFY(b.http->signIn());
    const qint64 fb = b.readyFunction(u"in-b"_s, Hello);
    auto w = openWindow(a, emulatorProfile(a));
    const Profile pb = addProfile(w.get(), b, u"Project B"_s);
    int deletesOnB = 0;
    QObject::connect(b.server.get(), &emulator::EmulatorServer::requestReceived, [&](const emulator::HttpRequest &r) {
        if (r.path.endsWith(u"/delete"_s))
            ++deletesOnB;
    });
    selectOnly(child<QTableView>(w.get(), u"functionsTable"_s), 0);
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    const int answered = MessageBoxes::answeredCount();
    const int shown = MessageBoxes::shownCount();
    child<QAction>(w.get(), u"deleteAction"_s)->trigger();
    QSignalSpy refreshed(w.get(), &MainWindow::refreshed);
    w->openProfile(pb.id);
    QTRY_COMPARE(MessageBoxes::answeredCount(), answered + 1);
    QVERIFY(refreshed.wait(10000));
    QCOMPARE(deletesOnB, 0);
    QCOMPARE(MessageBoxes::shownCount(), shown + 1); // the question only: no report of a delete
    QCOMPARE(b.http->pget(u"functions/%1"_s.arg(fb)).status, 200);
    QCOMPARE(a.http->pget(u"functions/%1"_s.arg(fa)).status, 200);
}

// A real (not pre-answered) box whose window goes away: its callback is never called.
void TestMainWindow::messageBoxOfAClosedWindowNeverAnswers()
{
    auto *parent = new QWidget;
    parent->show();
    int calls = 0;
    MessageBoxes::ask(parent, u"Title"_s, u"Text"_s, QMessageBox::Yes | QMessageBox::No, QMessageBox::No, {},
                      [&](QMessageBox::StandardButton) { ++calls; });
    QTRY_VERIFY(parent->findChild<QMessageBox *>() != nullptr);
    delete parent;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCOMPARE(calls, 0);
}

// Every way into the deploy wizard: the shared action (menu and toolbar), a dropped folder,
// "Deploy New Version…" on the selected function, and --deploy PATH given before the project is
// connected. A deploy ends with the new function selected in the table.
void TestMainWindow::deployWizardEntryPoints()
{
    emulator::EmulatorConfig slow;
    slow.deployQueuedMs = 1500; // the deploy is still running when the window is asked to close
    EmulatorFixture fx(slow);
    QVERIFY(fx.http->signIn());
    QVERIFY(fx.readyFunction(u"existing"_s, Hello, QJsonObject{{"externalId"_L1, u"existing"_s}}));
    const QString folder = fx.writeFunction(u"dropped"_s, {{u"handler.py"_s, Hello}});
    // --deploy before a connection: the wizard opens once the project is connected.
    const Profile p = emulatorProfile(fx);
    auto early = std::make_unique<MainWindow>(&m_profiles, m_vault.get());
    early->setAutoRefreshInterval(0);
    early->saveProfile(p, u"emulator-secret"_s);
    QTRY_VERIFY(m_keychain.contains(p.secretKey("client-secret")));
    early->reloadProfiles();
    early->openDeployWizard(folder);
    QVERIFY(!early->deployWizard());
    early->openProfile(p.id);
    QTRY_VERIFY_WITH_TIMEOUT(early->deployWizard(), 20000);
    QCOMPARE(early->deployWizard()->state().sourcePath, folder);
    early.reset();
    auto w = openWindow(fx, p);
    Actions *a = w->actions();
    QVERIFY(child<QToolBar>(w.get(), u"mainToolbar"_s)->actions().contains(a->deploy));
    QVERIFY(a->deploy->isEnabled());
    a->deploy->trigger();
    QTRY_VERIFY(w->deployWizard());
    QVERIFY(w->deployWizard()->state().sourcePath.isEmpty());
    w->deployWizard()->close(); // nothing entered yet: closes without asking
    QTRY_VERIFY(!w->deployWizard());
    // A dropped folder.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(folder)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(w.get(), &drop);
    QTRY_VERIFY(w->deployWizard());
    DeployWizard *wizard = w->deployWizard();
    QTRY_VERIFY(!wizard->sourcePage()->isPreparing() && wizard->sourcePage()->isComplete());
    QCOMPARE(wizard->state().folder, folder);
    // All the way to Ready: the new function is selected in the table.
    wizard->next();
    wizard->next();
    QTRY_VERIFY_WITH_TIMEOUT(!wizard->preflightPage()->isRunning(), 30000);
    QVERIFY(wizard->preflightPage()->isComplete());
    wizard->next();
    // While it deploys, the window neither closes nor switches profile under it.
    QVERIFY(w->isDeploying());
    MessageBoxes::setAutoAnswer(QMessageBox::No); // "Cancel the deploy?" No
    QVERIFY(!w->close());
    QVERIFY(w->isVisible());
    w->openProfile(p.id);
    QVERIFY(w->errorText().contains(u"A deploy is running"_s));
    QTRY_VERIFY_WITH_TIMEOUT(wizard->progressPage()->isComplete(), 60000);
    QVERIFY(wizard->progressPage()->succeeded());
    QTRY_COMPARE_WITH_TIMEOUT(w->findChild<FunctionsPage *>()->currentFunction().value_or(Function()).name, u"dropped"_s, 20000);
    // The table says the folder still holds the deployed code.
    FunctionsModel *functions = w->functionsModel();
    const int droppedRow = functions->rowOf(wizard->progressPage()->function()->id);
    QVERIFY(droppedRow >= 0);
    QTRY_COMPARE(functions->index(droppedRow, FunctionsModel::LocalCode).data().toString(), u"Same as dropped"_s);
    wizard->accept();
    QTRY_VERIFY(!w->deployWizard());
    // "Deploy New Version…" follows the selection and opens the wizard for that function.
    QVERIFY(a->deployNewVersion->isEnabled());
    a->deployNewVersion->trigger();
    QTRY_VERIFY(w->deployWizard());
    QVERIFY(w->deployWizard()->state().redeployOf.has_value());
    QCOMPARE(w->deployWizard()->state().redeployOf->name, u"dropped"_s);
    QVERIFY(w->deployWizard()->windowTitle().contains(u"new version of dropped"_s));
}

// "Promote to Another Project…": pick the other profile, and the wizard opens on its project with
// the function's code, settings and schedules.
void TestMainWindow::promoteFromTheWindow()
{
    emulator::EmulatorConfig devConfig;
    devConfig.project = u"dev"_s;
    EmulatorFixture dev(devConfig);
    emulator::EmulatorConfig prodConfig;
    prodConfig.project = u"prod"_s;
    EmulatorFixture prod(prodConfig);
    QVERIFY(dev.http->signIn());
    const qint64 fid = dev.readyFunction(u"promoted"_s, Hello, QJsonObject{{"externalId"_L1, u"promoted"_s}});
    QVERIFY(fid);
    QCOMPARE(dev.createSchedule(fid, u"nightly"_s, u"0 2 * * *"_s), 201);
    Profile devProfile = emulatorProfile(dev);
    devProfile.name = u"Development"_s;
    devProfile.project = u"dev"_s;
    Profile prodProfile = emulatorProfile(prod);
    prodProfile.name = u"Production"_s;
    prodProfile.project = u"prod"_s;
    auto w = std::make_unique<MainWindow>(&m_profiles, m_vault.get());
    w->setAutoRefreshInterval(0);
    w->saveProfile(prodProfile, u"emulator-secret"_s);
    QTRY_VERIFY(m_keychain.contains(prodProfile.secretKey("client-secret")));
    w.reset();
    w = openWindow(dev, devProfile);
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    Actions *a = w->actions();
    QVERIFY(a->promote->isEnabled());
    a->promote->trigger();
    QInputDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w->findChild<QInputDialog *>(u"promoteDialog"_s)));
    QVERIFY(dialog->comboBoxItems().join(u"|"_s).contains(u"Production (project prod)"_s));
    QVERIFY(!dialog->comboBoxItems().join(u"|"_s).contains(u"Development"_s)); // not the open one
    dialog->setTextValue(u"Production (project prod)"_s);
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(w->deployWizard(), 20000);
    DeployWizard *wizard = w->deployWizard();
    QCOMPARE(wizard->state().project.name, u"prod"_s);
    QVERIFY(wizard->state().promotion.has_value());
    QCOMPARE(wizard->state().promotion->schedules.size(), 1);
    QVERIFY(wizard->windowTitle().contains(u"Promote promoted from dev to prod"_s));
    QTRY_VERIFY(!wizard->sourcePage()->isPreparing() && wizard->sourcePage()->isComplete());
    QVERIFY(wizard->state().plan.contains(u"handler.py"_s)); // dev's code, unpacked
    // The schedules sign in with prod's own client by default (read once prod was signed in to).
    QCOMPARE(wizard->state().project.credentials.clientId, u"functions-studio"_s);
    // Reopening the source profile does not take the promotion away: it has its own connection.
    w->openProfile(devProfile.id);
    QTRY_VERIFY(w->connection());
    QCOMPARE(w->deployWizard(), wizard);
    QVERIFY(wizard->state().project.client);
    // Closing the wizard closes the connection to prod with it.
    QPointer<QObject> target = wizard->state().promotion->targetConnection;
    QVERIFY(target && target->parent() == wizard);
    wizard->close();
    QTRY_VERIFY(!w->deployWizard());
    QTRY_VERIFY(!target);
}

// Call… (F9) opens the function's call panel in the Calls dock; --call EXTERNAL_ID does the same
// once the functions are in; a call that ends in the background is notified; closing the
// connection keeps the panel and its calls but stops calling.
void TestMainWindow::callPanelFromTheWindow()
{
    EmulatorFixture fx;
    QVERIFY(fx.http->signIn());
    const qint64 fid = fx.readyFunction(u"callable"_s, Hello, QJsonObject{{"externalId"_L1, u"callable-xid"_s}});
    QVERIFY(fid);
    QCOMPARE(fx.createSchedule(fid, u"hourly"_s, u"0 * * * *"_s, QJsonObject{{"name"_L1, u"from schedule"_s}}), 201);
    const Profile p = emulatorProfile(fx);
    auto w = openWindow(fx, p);
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    Actions *a = w->actions();
    // New Schedule… opens the editor on the selected function.
    QVERIFY(a->newSchedule->isEnabled());
    a->newSchedule->trigger();
    ScheduleEditor *editor = nullptr;
    QTRY_VERIFY((editor = w->findChild<ScheduleEditor *>()));
    QCOMPARE(child<QComboBox>(editor, u"function"_s)->currentData().toLongLong(), fid);
    editor->reject();
    QVERIFY(a->call->isEnabled());
    QCOMPARE(a->call->shortcut(), QKeySequence(Qt::Key_F9));
    a->call->trigger();
    QCOMPARE(w->callPanels()->count(), 1);
    QVERIFY(w->findChild<QWidget *>(u"callPage"_s)->isVisible()); // a page of its own, shown
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentWidget()->objectName(), u"callPage"_s);
    auto *panel = qobject_cast<CallPanel *>(w->callPanels()->widget(0));
    QVERIFY(panel);
    a->call->trigger(); // the same function: the same panel
    QCOMPARE(w->callPanels()->count(), 1);
    // It floats in a window of its own at the size of the window's pages (the page closes with
    // its last panel), is found there by Call, and goes back.
    child<QToolButton>(w.get(), u"floatCallPanel"_s)->click();
    QWidget *own = panel->window();
    QVERIFY(own != w.get() && own->isVisible());
    QCOMPARE(own->size(), child<QTabWidget>(w.get(), u"views"_s)->size());
    QCOMPARE(w->callPanels()->count(), 0);
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->indexOf(w->findChild<QWidget *>(u"callPage"_s)), -1);
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentWidget()->objectName(), u"functionsPage"_s); // where the user came from
    QVERIFY(panel->height() > own->height() - 60); // the panel fills it: no empty band
    a->call->trigger();
    QCOMPARE(w->callPanels()->count(), 0); // the floating one, not a second panel
    child<QPushButton>(own, u"dockCallPanel"_s)->click();
    QCOMPARE(w->callPanels()->count(), 1);
    QCOMPARE(panel->window(), w.get());
    QCOMPARE(child<QTabWidget>(w.get(), u"views"_s)->currentWidget()->objectName(), u"callPage"_s);
    // The week view shows the project's schedule: one run an hour.
    a->weekView->trigger();
    WeekView *week = nullptr;
    QTRY_VERIFY((week = w->findChild<WeekView *>()));
    QCOMPARE(week->scheduleCount(), 1);
    // Previous and next week, and back to this one.
    const QDate shown = week->startDay();
    w->findChild<QPushButton *>(u"weekNext"_s)->click();
    QCOMPARE(week->startDay(), shown.addDays(7));
    w->findChild<QPushButton *>(u"weekPrevious"_s)->click();
    w->findChild<QPushButton *>(u"weekPrevious"_s)->click();
    QCOMPARE(week->startDay(), shown.addDays(-7));
    w->findChild<QPushButton *>(u"weekToday"_s)->click();
    QCOMPARE(week->startDay(), QDate::currentDate());
    QCOMPARE(week->runCount(), 7 * 24);
    // Only the selected functions: the selected one has it, no selection has none.
    auto *onlySelected = w->findChild<QCheckBox *>(u"weekOnlySelected"_s);
    QVERIFY(onlySelected);
    onlySelected->setChecked(true);
    QCOMPARE(week->scheduleCount(), 1);
    w->findChild<FunctionsPage *>()->view()->clearSelection();
    QCOMPARE(week->scheduleCount(), 0);
    onlySelected->setChecked(false);
    QVERIFY(w->findChild<FunctionsPage *>()->selectFunction(fid));
    // The schedule's input is one click away.
    auto *fromSchedule = child<QToolButton>(panel, u"fromSchedule"_s);
    QVERIFY(fromSchedule->isEnabled());
    QCOMPARE(fromSchedule->menu()->actions().size(), 1);
    fromSchedule->menu()->actions().first()->trigger();
    QTRY_VERIFY(panel->input().contains(u"from schedule"_s));
    Notifier::setEnabled(true);
    QVERIFY(panel->call());
    QTRY_COMPARE_WITH_TIMEOUT(panel->callViews().size(), 1, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->callViews().first()->isFinished(), 30000);
    QTRY_VERIFY(panel->callViews().first()->responseText().contains(u"\"ok\": true"_s));
    if (!w->isActiveWindow()) // offscreen windows may or may not be active
        QTRY_VERIFY(w->notifier()->last().startsWith(u"callable: Completed"_s));
    // Closing the connection: the panel stays with its call, calling stops.
    w->openProfile(p.id);
    QVERIFY2(panel->isDetached(), qPrintable(w->errorText()));
    QVERIFY(panel->callViews().first()->responseText().contains(u"\"ok\": true"_s));
    QVERIFY(!panel->call());
    w.reset();

    // --call before the project is connected.
    auto early = std::make_unique<MainWindow>(&m_profiles, m_vault.get());
    early->setAutoRefreshInterval(0);
    early->reloadProfiles();
    early->openCallPanelFor(u"callable-xid"_s);
    early->openProfile(p.id);
    QTRY_COMPARE_WITH_TIMEOUT(early->callPanels()->count(), 1, 20000);
    QCOMPARE(qobject_cast<CallPanel *>(early->callPanels()->widget(0))->function().id, fid);
    early->openCallPanelFor(u"no-such-function"_s);
    QVERIFY(early->errorText().contains(u"no function with the external id"_s));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
