// The "no keychain" path: this test runs with a D-Bus session address that leads nowhere, as on a
// machine without a Secret Service. The keychain must say Unavailable (not crash, not write a
// plain file), and the vault may keep secrets in memory only after the user agreed.
#include "gui/mainwindow.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/secretvault.h"
#include "gui/widgets/messageboxes.h"

#include <QSettings>

#include "support/secretsync.h"
#include <QDir>
#include <QStandardPaths>

#include <QTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;
using Status = api::SecretStore::Status;

namespace {

} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableThenSessionOnly();
    void mainWindowOffersSessionOnlySecret();
};

void TestNoKeychain::unavailableThenSessionOnly()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    KeychainSecretStore keychain(u"FunctionsStudioTests"_s);
    const auto w = fstudio::test::syncSecret([&](QObject *c, auto cb) { keychain.write(u"p/client-secret"_s, u"secret"_s, c, cb); });
    QVERIFY2(w.status == Status::Unavailable, qPrintable(u"status %1: %2"_s.arg(int(w.status)).arg(w.message)));
    QVERIFY(!w.message.isEmpty());

    SecretVault vault(&keychain);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.write(u"p/client-secret"_s, u"secret"_s, c, cb); }).status,
             Status::Unavailable);
    QVERIFY(vault.primaryUnavailable());
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.read(u"p/client-secret"_s, c, cb); }).status,
             Status::Unavailable); // nothing kept without consent
    vault.allowSessionOnlyFallback(true);
    QVERIFY(vault.usingSessionOnlyFallback());
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.write(u"p/client-secret"_s, u"secret"_s, c, cb); }).status, Status::Ok);
    const auto r = fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.read(u"p/client-secret"_s, c, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.value, u"secret"_s);
    // Nothing was written to disk in the places QtKeychain's insecure fallback would use.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDir dir(config);
    for (const QString &f : dir.entryList(QDir::Files | QDir::NoDotAndDotDot))
        QVERIFY2(!f.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(f));
}

void TestNoKeychain::mainWindowOffersSessionOnlySecret()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"functions-studio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_nokeychain"_s);
    QSettings().clear();
    KeychainSecretStore keychain(u"FunctionsStudioTests"_s);
    SecretVault vault(&keychain);
    ProfileStore profiles;
    MainWindow w(&profiles, &vault);
    Profile p;
    p.id = u"nokeychain"_s;
    p.name = u"No keychain"_s;
    p.cluster = u"westeurope-1"_s;
    p.project = u"p"_s;
    p.tenant = u"t"_s;
    p.clientId = u"c"_s;
    MessageBoxes::setAutoAnswer(QMessageBox::Yes);
    const int before = MessageBoxes::shownCount();
    w.saveProfile(p, u"the-secret"_s);
    QTRY_COMPARE_WITH_TIMEOUT(MessageBoxes::shownCount(), before + 1, 20000);
    QVERIFY(MessageBoxes::lastText().contains(u"No keychain is available"_s));
    QVERIFY(MessageBoxes::lastText().contains(u"memory for this session only"_s));
    QTRY_VERIFY(vault.usingSessionOnlyFallback());
    const auto r = fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.read(p.secretKey("client-secret"), c, cb); });
    QCOMPARE(r.value, u"the-secret"_s);
    // The settings file holds the profile, never the secret.
    QSettings s;
    s.sync();
    QFile f(s.fileName());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray settings = f.readAll();
    QVERIFY(settings.contains("No keychain"));
    QVERIFY(!settings.contains("the-secret"));
    MessageBoxes::setAutoAnswer(std::nullopt);
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
