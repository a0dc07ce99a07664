// The profile dialog as a new user meets it: no problems shown before a field is touched (all of
// them on Save), a secret that never survives a change of sign-in method, hints that name the real
// scope and redirect URI, and "Test connection" for every sign-in method against the in-process
// emulator, with the browser and the device code user played by the test; cancel and time-out.
// Also the proxy setting every request goes through.
#include "support/profilefixture.h"
#include "support/testhttp.h"
#include "support/widgets.h"

#include "api/transport/proxysetting.h"
#include "gui/appsettings.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/profiles/profiledialog.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace fstudio::test;
using namespace Qt::StringLiterals;

// The "browser" QDesktopServices::openUrl() hands http(s) addresses to while the test runs: it
// records them and, when told to, approves the sign-in as the emulator's approval page wants.
class Browser : public QObject
{
    Q_OBJECT

public:
    QString baseUrl;
    bool approve = true;
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url)
    {
        opened << url;
        if (!approve)
            return;
        QTimer::singleShot(0, this, [this, url] {
            TestHttp browser(baseUrl);
            if (browser.request("GET", url.toString()).status != 200)
                return;
            const auto r = browser.postForm(url.toString(), {{u"approval_code"_s, u"approve-in-tests"_s}});
            browser.request("GET", QString::fromLatin1(r.headers.value("location")));
        });
    }
};

class TestProfileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void problemsShowOnceTouchedOrOnSave();
    void changingTheMethodClearsTheSecret();
    void hintsNameTheRealScopeAndRedirect();
    void interactiveTestOpensTheBrowserAndShowsTheAddress();
    void deviceCodeTestShowsTheCode();
    void testCanBeCancelledAndTimesOut();
    void unreachableIdentityProviderIsNamed();
    void proxySettingIsUsedForEveryRequest();
    void proxySettingInTheSettingsDialog();

private:
    Browser m_browser;
};

namespace {
Profile userProfile(const EmulatorFixture &fx, Profile::Method method)
{
    Profile p = emulatorProfile(fx);
    p.method = method;
    p.authorizeUrl = fx.server->baseUrl() + u"/oauth2/authorize"_s;
    p.deviceCodeUrl = fx.server->baseUrl() + u"/oauth2/devicecode"_s;
    return p;
}

QStringList reportLines(const ProfileDialog &dlg)
{
    return dlg.testReport().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

void TestProfileDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_profiledialog"_s);
    QSettings().clear();
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "open");
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "open");
}

void TestProfileDialog::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
}

void TestProfileDialog::cleanup()
{
    m_browser.opened.clear();
    m_browser.approve = true;
    api::ProxySetting::install(QString());
}

void TestProfileDialog::problemsShowOnceTouchedOrOnSave()
{
    ProfileDialog dlg(Profile{}, nullptr);
    dlg.show();
    auto *problems = child<QLabel>(&dlg, u"problems"_s);
    auto *ok = child<QDialogButtonBox>(&dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    // Nothing typed yet: nothing is red, though plenty is missing.
    QVERIFY(!dlg.currentProblems().isEmpty());
    QCOMPARE(problems->text(), QString());
    QVERIFY(problems->isHidden());
    QCOMPARE(child<QLineEdit>(&dlg, u"cluster"_s)->styleSheet(), QString());
    // A field typed into says its own problem, and only its own.
    setText(&dlg, u"cluster"_s, u"http://cdf.example.com"_s);
    QVERIFY(problems->text().contains(u"must use https"_s));
    QVERIFY(!problems->text().contains(u"Give the profile a name"_s));
    QVERIFY(child<QLineEdit>(&dlg, u"cluster"_s)->styleSheet().contains(u"border"_s));
    // Save with problems left: all of them are shown, the first field gets the focus, nothing closes.
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dlg.isVisible());
    QCOMPARE(dlg.result(), int(QDialog::Rejected));
    QVERIFY(dlg.showsAllProblems());
    QVERIFY(problems->text().contains(u"Give the profile a name"_s));
    QVERIFY(problems->text().contains(u"client secret"_s));
    QTRY_COMPARE(QApplication::focusWidget(), child<QLineEdit>(&dlg, u"name"_s));
    // "Test connection" with problems left does not start a test.
    setText(&dlg, u"name"_s, u"Prod"_s);
    QTest::mouseClick(child<QPushButton>(&dlg, u"testConnection"_s), Qt::LeftButton);
    QVERIFY(!dlg.isTesting());
    // An existing profile shows what it lacks at once.
    Profile saved;
    saved.name = u"Old"_s;
    saved.method = Profile::Method::ClientCredentials;
    ProfileDialog edit(saved, nullptr);
    QVERIFY(child<QLabel>(&edit, u"problems"_s)->text().contains(u"Enter the CDF cluster"_s));
}

void TestProfileDialog::changingTheMethodClearsTheSecret()
{
    EmulatorFixture fx;
    ProfileDialog dlg(emulatorProfile(fx), nullptr);
    dlg.show();
    auto *secret = child<QLineEdit>(&dlg, u"secret"_s);
    setText(&dlg, u"secret"_s, u"client-secret-value"_s);
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *reveal = dlg.findChild<QAction *>(u"showSecret"_s);
    QVERIFY(reveal);
    reveal->trigger();
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    reveal->trigger();
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    auto *method = child<QComboBox>(&dlg, u"method"_s);
    method->setCurrentIndex(method->findData(int(Profile::Method::StaticToken)));
    // The client secret is never offered to CDF as a bearer token.
    QCOMPARE(secret->text(), QString());
    QCOMPARE(dlg.secret(), QString());
    QVERIFY(!dlg.currentProblems().isEmpty());
    setText(&dlg, u"secret"_s, u"a-token"_s);
    method->setCurrentIndex(method->findData(int(Profile::Method::ClientCredentials)));
    QCOMPARE(dlg.secret(), QString());
}

void TestProfileDialog::hintsNameTheRealScopeAndRedirect()
{
    Profile p;
    p.method = Profile::Method::Interactive;
    ProfileDialog dlg(p, nullptr);
    dlg.show();
    auto *scopes = child<QLineEdit>(&dlg, u"scopes"_s);
    QVERIFY(!scopes->placeholderText().contains(u"{cluster}"_s));
    QVERIFY2(scopes->placeholderText().contains(u"https://<cluster>.cognitedata.com/.default"_s), qPrintable(scopes->placeholderText()));
    setText(&dlg, u"cluster"_s, u"westeurope-1"_s);
    QVERIFY2(scopes->placeholderText().contains(u"https://westeurope-1.cognitedata.com/.default"_s), qPrintable(scopes->placeholderText()));
    QVERIFY(scopes->placeholderText().contains(u"offline_access"_s)); // a person's sign-in keeps a refresh token
    auto *hint = child<QLabel>(&dlg, u"methodHint"_s);
    QVERIFY2(hint->text().contains(u"http://127.0.0.1"_s), qPrintable(hint->text()));
    QVERIFY(hint->text().contains(u"Application (client) ID"_s));
    auto *method = child<QComboBox>(&dlg, u"method"_s);
    method->setCurrentIndex(method->findData(int(Profile::Method::DeviceCode)));
    QVERIFY(hint->text().contains(u"public client flows"_s));
    QVERIFY(!child<QLineEdit>(&dlg, u"tenant"_s)->toolTip().isEmpty());
}

void TestProfileDialog::interactiveTestOpensTheBrowserAndShowsTheAddress()
{
    EmulatorFixture fx;
    m_browser.baseUrl = fx.server->baseUrl();
    ProfileDialog dlg(userProfile(fx, Profile::Method::Interactive), nullptr);
    dlg.show();
    QVERIFY(dlg.currentProblems().isEmpty());
    m_browser.approve = false; // first look at what is shown while the browser is open
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(&dlg, u"testConnection"_s), Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(dlg.isTesting());
    QCOMPARE(child<QPushButton>(&dlg, u"testConnection"_s)->text(), u"Cancel test"_s);
    QCOMPARE(QUrl(dlg.signInAddress()), m_browser.opened.first());
    QVERIFY(child<QWidget>(&dlg, u"signInBox"_s)->isVisible());
    QVERIFY(child<QLabel>(&dlg, u"signInText"_s)->text().contains(u"browser"_s));
    child<QPushButton>(&dlg, u"copySignIn"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), dlg.signInAddress());
    // The user signs in: the test goes on and passes.
    m_browser.approve = true;
    m_browser.open(m_browser.opened.first());
    QVERIFY(done.wait(20000));
    QVERIFY2(done.first().first().toBool(), qPrintable(dlg.testReport()));
    QVERIFY(dlg.testReport().contains(u"✓ Signed in"_s));
    QVERIFY(dlg.testReport().contains(u"Project \"playground\" is accessible to user@emulator"_s));
    QVERIFY(child<QWidget>(&dlg, u"signInBox"_s)->isHidden());
    QCOMPARE(child<QPushButton>(&dlg, u"testConnection"_s)->text(), u"Test connection"_s);
}

void TestProfileDialog::deviceCodeTestShowsTheCode()
{
    EmulatorFixture fx;
    ProfileDialog dlg(userProfile(fx, Profile::Method::DeviceCode), nullptr);
    dlg.show();
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QTRY_VERIFY(!dlg.signInCode().isEmpty());
    const QString code = dlg.signInCode();
    QVERIFY(child<QLabel>(&dlg, u"signInText"_s)->text().contains(code));
    QVERIFY(dlg.signInAddress().startsWith(fx.server->baseUrl()));
    child<QPushButton>(&dlg, u"copySignIn"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), code);
    QVERIFY(m_browser.opened.isEmpty()); // the code may be entered on another device: no browser is forced open
    TestHttp user(fx.server->baseUrl());
    user.request("GET", dlg.signInAddress() + u"?user_code="_s + code);
    user.postForm(dlg.signInAddress(), {{u"user_code"_s, code}, {u"approval_code"_s, u"approve-in-tests"_s}});
    QVERIFY(done.wait(30000));
    QVERIFY2(done.first().first().toBool(), qPrintable(dlg.testReport()));
    QVERIFY(dlg.signInCode().isEmpty());
}

void TestProfileDialog::testCanBeCancelledAndTimesOut()
{
    EmulatorFixture fx;
    m_browser.approve = false; // the user never finishes signing in
    ProfileDialog dlg(userProfile(fx, Profile::Method::Interactive), nullptr);
    dlg.show();
    auto *test = child<QPushButton>(&dlg, u"testConnection"_s);
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE(m_browser.opened.size(), 1);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton); // "Cancel test"
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.first().first().toBool(), false);
    QVERIFY(!dlg.isTesting());
    QVERIFY(dlg.testReport().contains(u"✗ The test was cancelled."_s));
    QCOMPARE(test->text(), u"Test connection"_s);
    // The loopback listener of the cancelled sign-in is gone: its redirect address answers nothing.
    const QUrl redirect(QUrlQuery(m_browser.opened.first()).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
    QTcpSocket probe;
    probe.connectToHost(redirect.host(), quint16(redirect.port()));
    QVERIFY(!probe.waitForConnected(2000));
    // A test that takes too long stops by itself and says so.
    dlg.setTestTimeouts(400, 400);
    QSignalSpy done2(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done2.wait(10000));
    QCOMPARE(done2.first().first().toBool(), false);
    QVERIFY2(dlg.testReport().contains(u"did not finish within"_s), qPrintable(dlg.testReport()));
    // Changing the method while a test runs stops it, and Test works again.
    dlg.setTestTimeouts(60000, 60000);
    QSignalSpy done3(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QTRY_VERIFY(dlg.isTesting());
    auto *method = child<QComboBox>(&dlg, u"method"_s);
    method->setCurrentIndex(method->findData(int(Profile::Method::DeviceCode)));
    QCOMPARE(done3.size(), 1);
    QVERIFY(!dlg.isTesting());
    QVERIFY(test->isEnabled());
}

void TestProfileDialog::unreachableIdentityProviderIsNamed()
{
    EmulatorFixture fx;
    Profile p = emulatorProfile(fx);
    QTcpServer closed; // a port nobody listens on
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    p.tokenUrl = u"http://localhost:%1/oauth2/token"_s.arg(port);
    ProfileDialog dlg(p, nullptr);
    setText(&dlg, u"secret"_s, u"emulator-secret"_s);
    QSignalSpy done(&dlg, &ProfileDialog::testFinished);
    dlg.testConnection();
    QVERIFY(done.wait(20000));
    QCOMPARE(done.first().first().toBool(), false);
    const QString report = dlg.testReport();
    QVERIFY2(report.contains(u"the identity provider's address (localhost)"_s), qPrintable(report));
    QVERIFY(!report.contains(u"CDF URL"_s));
    // No step that failed, or has not happened yet, carries a tick.
    for (const QString &line : reportLines(dlg))
        QVERIFY2(!line.startsWith(u"✓"_s), qPrintable(line));
}

void TestProfileDialog::proxySettingIsUsedForEveryRequest()
{
    using api::ProxySetting;
    QCOMPARE(ProxySetting::problem(QString()), QString());
    QCOMPARE(ProxySetting::problem(u"none"_s), QString());
    QCOMPARE(ProxySetting::problem(u"http://proxy.example.com:3128"_s), QString());
    QVERIFY(ProxySetting::problem(u"proxy.example.com"_s).contains(u"http://host:port"_s));
    QVERIFY(ProxySetting::problem(u"http://proxy.example.com"_s).contains(u"port"_s));
    QVERIFY(ProxySetting::problem(u"http://me:pw@proxy.example.com:3128"_s).contains(u"never stored"_s));
    // Loopback never goes through a proxy (the emulator, the sign-in redirect).
    QCOMPARE(ProxySetting::proxyFor(u"http://proxy.example.com:3128"_s, QUrl(u"http://127.0.0.1:8080/x"_s)).type(), QNetworkProxy::NoProxy);
    QCOMPARE(ProxySetting::proxyFor(u"none"_s, QUrl(u"https://api.cognitedata.com"_s)).type(), QNetworkProxy::NoProxy);

    // A request to a CDF-like host really goes to the proxy set (a listener on this machine).
    QTcpServer proxy;
    QVERIFY(proxy.listen(QHostAddress::LocalHost));
    ProxySetting::install(u"http://127.0.0.1:%1"_s.arg(proxy.serverPort()));
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(u"https://westeurope-1.cognitedata.com/api/v1/token/inspect"_s)));
    QByteArray asked;
    QVERIFY(proxy.waitForNewConnection(10000));
    QTcpSocket *s = proxy.nextPendingConnection();
    QTRY_VERIFY(s->bytesAvailable() > 0 || s->waitForReadyRead(100));
    asked = s->readAll();
    QVERIFY2(asked.startsWith("CONNECT westeurope-1.cognitedata.com:443"), asked.constData());
    reply->abort();
    delete reply;
}

void TestProfileDialog::proxySettingInTheSettingsDialog()
{
    SettingsDialog dlg;
    auto *mode = child<QComboBox>(&dlg, u"proxyMode"_s);
    auto *url = child<QLineEdit>(&dlg, u"proxyUrl"_s);
    auto *ok = child<QDialogButtonBox>(&dlg, u"buttons"_s)->button(QDialogButtonBox::Ok);
    QCOMPARE(mode->currentData().toString(), QString()); // the system's by default
    QVERIFY(!url->isEnabled());
    mode->setCurrentIndex(mode->findData(u"url"_s));
    QVERIFY(url->isEnabled());
    QVERIFY(!ok->isEnabled());
    url->setText(u"http://me:secret@proxy.example.com:3128"_s);
    QVERIFY(dlg.problem().contains(u"user name and password"_s));
    QVERIFY(!ok->isEnabled());
    url->setText(u"http://proxy.example.com:3128"_s);
    QVERIFY(ok->isEnabled());
    dlg.save();
    QCOMPARE(AppSettings::instance()->proxy(), u"http://proxy.example.com:3128"_s);
    SettingsDialog again;
    QCOMPARE(child<QLineEdit>(&again, u"proxyUrl"_s)->text(), u"http://proxy.example.com:3128"_s);
    AppSettings::instance()->setProxy(QString());
    // The local emulator's Python and wheelhouse: checked, then kept.
    auto *python = child<QLineEdit>(&again, u"emulatorPython"_s);
    auto *wheels = child<QLineEdit>(&again, u"emulatorWheelhouse"_s);
    python->setText(u"/no/such/python"_s);
    QVERIFY(again.problem().contains(u"is not a program that can be run"_s));
    python->setText(QStandardPaths::findExecutable(u"python3"_s));
    wheels->setText(u"/no/such/folder"_s);
    QVERIFY(again.problem().contains(u"is not a folder"_s));
    QTemporaryDir dir;
    wheels->setText(dir.path());
    QCOMPARE(again.problem(), QString());
    again.save();
    QCOMPARE(AppSettings::instance()->emulatorWheelhouse(), dir.path());
    QCOMPARE(AppSettings::instance()->emulatorPython(), QStandardPaths::findExecutable(u"python3"_s));
    QVERIFY(!AppSettings::instance()->emulatorNoSandbox()); // sandboxed by default
    SettingsDialog third;
    child<QCheckBox>(&third, u"emulatorNoSandbox"_s)->setChecked(true);
    third.save();
    QVERIFY(AppSettings::instance()->emulatorNoSandbox());
    AppSettings::instance()->setEmulatorNoSandbox(false);
    AppSettings::instance()->setEmulatorWheelhouse(QString());
    AppSettings::instance()->setEmulatorPython(QString());
}

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
