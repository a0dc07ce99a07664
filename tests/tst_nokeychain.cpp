// The "no keychain" path: this test runs with a D-Bus session address that leads nowhere, as on a
// machine without a Secret Service. The keychain must say Unavailable (not crash, not write a
// plain file), and the vault may keep secrets in memory only after the user agreed.
#include "gui/keychainsecretstore.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace fstudio;
using namespace fstudio::gui;
using namespace Qt::StringLiterals;
using Status = api::SecretStore::Status;

namespace {
api::SecretStore::Result sync(const std::function<void(api::SecretStore::Callback)> &op)
{
    std::optional<api::SecretStore::Result> out;
    op([&](const api::SecretStore::Result &r) { out = r; });
    QElapsedTimer t;
    t.start();
    while (!out && t.elapsed() < 30000)
        QTest::qWait(10);
    return out.value_or(api::SecretStore::Result{Status::Error, {}, u"timed out"_s});
}
} // namespace

class TestNoKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unavailableThenSessionOnly();
};

void TestNoKeychain::unavailableThenSessionOnly()
{
    QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"_s));
    KeychainSecretStore keychain(u"FunctionsStudioTests"_s);
    const auto w = sync([&](auto cb) { keychain.write(u"p/client-secret"_s, u"secret"_s, cb); });
    QVERIFY2(w.status == Status::Unavailable, qPrintable(u"status %1: %2"_s.arg(int(w.status)).arg(w.message)));
    QVERIFY(!w.message.isEmpty());

    SecretVault vault(&keychain);
    QCOMPARE(sync([&](auto cb) { vault.write(u"p/client-secret"_s, u"secret"_s, cb); }).status, Status::Unavailable);
    QVERIFY(vault.primaryUnavailable());
    QCOMPARE(sync([&](auto cb) { vault.read(u"p/client-secret"_s, cb); }).status, Status::Unavailable); // nothing kept without consent
    vault.allowSessionOnlyFallback(true);
    QVERIFY(vault.usingSessionOnlyFallback());
    QCOMPARE(sync([&](auto cb) { vault.write(u"p/client-secret"_s, u"secret"_s, cb); }).status, Status::Ok);
    const auto r = sync([&](auto cb) { vault.read(u"p/client-secret"_s, cb); });
    QCOMPARE(r.status, Status::Ok);
    QCOMPARE(r.value, u"secret"_s);
    // Nothing was written to disk in the places QtKeychain's insecure fallback would use.
    const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    QDir dir(config);
    for (const QString &f : dir.entryList(QDir::Files | QDir::NoDotAndDotDot))
        QVERIFY2(!f.contains(u"keychain"_s, Qt::CaseInsensitive), qPrintable(f));
}

QTEST_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
