// Secrets in a real Secret Service: test.sh runs every test inside a private D-Bus session with an
// unlocked gnome-keyring (scripts/with-test-keyring.sh), so this never touches a user's keyring.
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/secretvault.h"

#include "support/secretsync.h"

#include <QTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;
using Status = api::SecretStore::Status;

namespace {

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void vaultUsesKeychainFirst();
};

void TestKeychain::initTestCase()
{
    if (!qEnvironmentVariableIsSet("FS_TEST_KEYRING"))
        QSKIP("needs the private gnome-keyring session that ./test.sh sets up (scripts/with-test-keyring.sh)");
}

void TestKeychain::writeReadRemove()
{
    KeychainSecretStore store(u"FunctionsStudioTests"_s);
    const QString key = u"profile-%1/client-secret"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.read(key, c, cb); }).status,
             Status::NotFound); // "not stored" is not an error
    const auto w = fstudio::test::syncSecret([&](QObject *c, auto cb) { store.write(key, u"s3cr3t-välue"_s, c, cb); });
    QVERIFY2(w.status == Status::Ok, qPrintable(w.message));
    const auto r = fstudio::test::syncSecret([&](QObject *c, auto cb) { store.read(key, c, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.value, u"s3cr3t-välue"_s);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.write(key, u"rotated"_s, c, cb); }).status, Status::Ok);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.read(key, c, cb); }).value, u"rotated"_s);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.remove(key, c, cb); }).status, Status::Ok);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.read(key, c, cb); }).status, Status::NotFound);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { store.remove(key, c, cb); }).status, Status::Ok); // removing twice is fine
}

void TestKeychain::vaultUsesKeychainFirst()
{
    KeychainSecretStore store(u"FunctionsStudioTests"_s);
    SecretVault vault(&store);
    const QString key = u"vault-%1/token"_s.arg(QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.write(key, u"t"_s, c, cb); }).status, Status::Ok);
    QVERIFY(!vault.primaryUnavailable());
    QVERIFY(!vault.usingSessionOnlyFallback());
    // It really is in the keychain: a separate store instance reads it.
    KeychainSecretStore other(u"FunctionsStudioTests"_s);
    QCOMPARE(fstudio::test::syncSecret([&](QObject *c, auto cb) { other.read(key, c, cb); }).value, u"t"_s);
    fstudio::test::syncSecret([&](QObject *c, auto cb) { vault.remove(key, c, cb); });
}

QTEST_MAIN(TestKeychain)
#include "tst_keychain.moc"
