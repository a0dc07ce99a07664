// Starts the functions-emulator binary and drives it over HTTP, as a user's script would.
#include "support/testhttp.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace fstudio::test;
using namespace Qt::StringLiterals;

class TestEmulatorE2E : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoEndToEnd();
    void refusesBadArguments_data();
    void refusesBadArguments();
};

void TestEmulatorE2E::demoEndToEnd()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(FS_EMULATOR_BINARY),
            {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--demo"_s, u"--client-id"_s, u"ci"_s, u"--client-secret"_s, u"ci-secret"_s});
    QVERIFY(p.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(p.canReadLine(), 15000);
    const QString line = QString::fromUtf8(p.readLine()).trimmed();
    const auto m = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:(\\d+)) project=playground$"_s).match(line);
    QVERIFY2(m.hasMatch(), qPrintable(line));
    QVERIFY(m.captured(2).toInt() > 0);
    TestHttp http(m.captured(1));
    QVERIFY(http.signIn(u"ci"_s, u"ci-secret"_s));
    QVERIFY(!http.signIn()); // the built-in default client is replaced
    QVERIFY(http.signIn(u"ci"_s, u"ci-secret"_s));
    // Demo data: three functions that deploy, a schedule, call history.
    QJsonArray fns;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            fns =
                http.ppost(u"functions/list"_s, QJsonObject{{"filter"_L1, QJsonObject{{"status"_L1, u"Ready"_s}}}}).json.value("items"_L1).toArray();
            return fns.size() == 3;
        }(),
        30000);
    qint64 hello = 0;
    for (const auto &f : fns)
        if (f.toObject().value("name"_L1).toString() == u"hello-world"_s)
            hello = f.toObject().value("id"_L1).toInteger();
    QVERIFY(hello);
    QCOMPARE(http.pget(u"functions/schedules"_s).json.value("items"_L1).toArray().size(), 1);
    QVERIFY(http.ppost(u"functions/%1/calls/list"_s.arg(hello), {}).json.value("items"_L1).toArray().size() >= 10);
    const auto call =
        http.ppost(u"functions/%1/call"_s.arg(hello), QJsonObject{{"data"_L1, QJsonObject{{"name"_L1, u"CI"_s}}}, {"nonce"_L1, http.nonce()}});
    QCOMPARE(call.status, 201);
    const qint64 cid = call.json.value("id"_L1).toInteger();
    QTRY_COMPARE_WITH_TIMEOUT(http.pget(u"functions/%1/calls/%2"_s.arg(hello).arg(cid)).json.value("status"_L1).toString(), u"Completed"_s, 20000);
    QCOMPARE(http.pget(u"functions/%1/calls/%2/response"_s.arg(hello).arg(cid)).json.value("response"_L1).toObject().value("greeting"_L1).toString(),
             u"Hello, CI!"_s);
    // Requests are logged to stderr, never with tokens.
    ::kill(pid_t(p.processId()), SIGTERM);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 0);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY(err.contains(u"POST /api/v1/projects/playground/functions/list 200"_s));
    QVERIFY(!err.contains(http.token));
    QVERIFY(err.contains(u"shutting down"_s));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QString()); // exactly one stdout line
}

void TestEmulatorE2E::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("remote host") << QStringList{u"--host"_s, u"0.0.0.0"_s} << u"--allow-remote"_s;
    QTest::newRow("bad port") << QStringList{u"--port"_s, u"99999"_s} << u"--port"_s;
    QTest::newRow("missing faults file") << QStringList{u"--faults"_s, u"/nonexistent/plan.json"_s} << u"cannot read the fault plan"_s;
    QTest::newRow("half credentials") << QStringList{u"--client-id"_s, u"x"_s} << u"go together"_s;
}

void TestEmulatorE2E::refusesBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral(FS_EMULATOR_BINARY), QStringList{u"--data-dir"_s, dir.path()} + args);
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 2);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
}

QTEST_MAIN(TestEmulatorE2E)
#include "tst_emulator_e2e.moc"
