// The built-in "Local emulator" profile's child process: started on a free loopback port with
// demo data, stopped when the app quits — and also when the app is killed.
#include "gui/appsettings.h"
#include "gui/profiles/localemulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <csignal>

using namespace fstudio::gui;
using namespace Qt::StringLiterals;

namespace {
bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    QProcess p;
    p.start(u"pgrep"_s, {u"-P"_s, QString::number(pid)});
    p.waitForFinished(5000);
    for (const QByteArray &l : p.readAllStandardOutput().split('\n'))
        if (!l.trimmed().isEmpty())
            out << l.trimmed().toLongLong();
    return out;
}
} // namespace

class TestLocalEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsAndStops();
    void stopsWhenTheAppIsKilled();
    void usesTheEmulatorAlreadyOnItsDataDir();
    void appCommandLine();
    void restartWhileStopping();
};

void TestLocalEmulator::startsAndStops()
{
    qputenv("FS_EMULATOR", FS_EMULATOR_BINARY);
    QTemporaryDir dir;
    LocalEmulator emu;
    emu.setDataDir(dir.path());
    QSignalSpy states(&emu, &LocalEmulator::stateChanged);
    emu.start();
    QCOMPARE(emu.state(), LocalEmulator::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(emu.state(), LocalEmulator::State::Running, 20000);
    QCOMPARE(emu.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(emu.baseUrl().port() > 0);
    QVERIFY(QFile::exists(QDir(dir.path()).filePath(u"emulator.sqlite"_s)));
    const QList<qint64> kids = childrenOf(QCoreApplication::applicationPid());
    QCOMPARE(kids.size(), 1);
    const auto commandLine = [](qint64 pid) {
        QFile f(u"/proc/%1/cmdline"_s.arg(pid));
        return f.open(QIODevice::ReadOnly) ? f.readAll().split('\0') : QList<QByteArray>();
    };
    QVERIFY(!commandLine(kids.first()).contains("--no-sandbox")); // sandboxed unless the user says otherwise
    emu.stop();
    QCOMPARE(emu.state(), LocalEmulator::State::Stopped);
    QTRY_VERIFY(!alive(kids.first()));
    // File ▸ Settings ▸ "Run the emulator's handlers without a sandbox" reaches its command line.
    AppSettings::instance()->setEmulatorNoSandbox(true);
    const auto reset = qScopeGuard([] { AppSettings::instance()->setEmulatorNoSandbox(false); });
    emu.start();
    QTRY_COMPARE_WITH_TIMEOUT(emu.state(), LocalEmulator::State::Running, 20000);
    const QList<qint64> again = childrenOf(QCoreApplication::applicationPid());
    QCOMPARE(again.size(), 1);
    QVERIFY(commandLine(again.first()).contains("--no-sandbox"));
    emu.stop();
    QTRY_VERIFY(!alive(again.first()));
}

// stop() does not wait; a start() while the old process still stops waits for it, and what the
// stopping process still prints (its "listening on" line, its last words) is not the new run's.
// A stand-in emulator: each run listens on the next port, and on SIGTERM takes half a second and
// prints its listening line again before it goes.
void TestLocalEmulator::restartWhileStopping()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(u"fake-emulator"_s);
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n"
            "n=$(cat \"$0.count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$0.count\"\n"
            "trap 'sleep 0.5; echo \"listening on http://127.0.0.1:100$n project=playground\"; "
            "echo \"functions-emulator: shutting down\" >&2; exit 0' TERM\n"
            "sleep 0.3\n"
            "echo \"listening on http://127.0.0.1:100$n project=playground\"\n"
            "while true; do sleep 0.1; done\n");
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("FS_EMULATOR", script.toLocal8Bit());
    LocalEmulator emu;
    emu.setDataDir(dir.filePath(u"data"_s));
    emu.start();
    QTRY_VERIFY(QFile::exists(script + u".count"_s)); // the first run is up (and its SIGTERM trap set just after)
    QTest::qWait(50);
    QCOMPARE(emu.state(), LocalEmulator::State::Starting);
    QElapsedTimer took;
    took.start();
    emu.stop(); // before the first run said where it listens
    QVERIFY(took.elapsed() < 200); // no waiting on the GUI thread
    emu.start();
    QCOMPARE(emu.state(), LocalEmulator::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(emu.state(), LocalEmulator::State::Running, 10000);
    QCOMPARE(emu.baseUrl().port(), 1002); // the second run's, not the stopping one's
    QVERIFY2(emu.errorText().isEmpty(), qPrintable(emu.errorText()));
    emu.stop();
    qputenv("FS_EMULATOR", FS_EMULATOR_BINARY);
}

void TestLocalEmulator::stopsWhenTheAppIsKilled()
{
    QTemporaryDir home;
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"FS_EMULATOR"_s, QStringLiteral(FS_EMULATOR_BINARY));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(FS_STUDIO_BINARY), {});
    QVERIFY(app.waitForStarted());
    QList<qint64> kids;
    QTRY_VERIFY_WITH_TIMEOUT(!(kids = childrenOf(app.processId())).isEmpty(), 20000);
    const qint64 emulatorPid = kids.first();
    QVERIFY(alive(emulatorPid));
    ::kill(pid_t(app.processId()), SIGKILL); // a crash: no chance to clean up
    QVERIFY(app.waitForFinished(5000));
    QTRY_VERIFY_WITH_TIMEOUT(!alive(emulatorPid), 10000);
}

// One emulator per data dir: a second one exits naming the first one's address, and the app's
// Local emulator profile then uses the running one instead of failing.
void TestLocalEmulator::usesTheEmulatorAlreadyOnItsDataDir()
{
    QTemporaryDir dir;
    QProcess first;
    first.start(QStringLiteral(FS_EMULATOR_BINARY), {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--quiet"_s});
    QVERIFY(first.waitForStarted());
    QVERIFY(first.waitForReadyRead(15000));
    const QString line = QString::fromUtf8(first.readLine()).trimmed();
    const QString url = line.section(QLatin1Char(' '), 2, 2);
    QVERIFY2(url.startsWith(u"http://127.0.0.1:"_s), qPrintable(line));
    // A second emulator on the same data dir refuses to start and says where the first one is.
    QProcess second;
    second.start(QStringLiteral(FS_EMULATOR_BINARY), {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path()});
    QVERIFY(second.waitForFinished(10000));
    QCOMPARE(second.exitCode(), 2);
    const QString err = QString::fromUtf8(second.readAllStandardError());
    QVERIFY2(err.contains(u"already uses the data dir"_s) && err.contains(url), qPrintable(err));
    // The app's runner adopts it.
    qputenv("FS_EMULATOR", FS_EMULATOR_BINARY);
    LocalEmulator emu;
    emu.setDataDir(dir.path());
    emu.start();
    QTRY_COMPARE_WITH_TIMEOUT(emu.state(), LocalEmulator::State::Running, 20000);
    QCOMPARE(emu.baseUrl().toString(), url);
    QVERIFY(emu.isShared());
    emu.stop();
    QCOMPARE(first.state(), QProcess::Running); // not ours to stop
    QTcpSocket probe; // and it still answers
    probe.connectToHost(QHostAddress::LocalHost, quint16(QUrl(url).port()));
    QVERIFY(probe.waitForConnected(5000));
    // A holder that was killed leaves no lock behind: the next emulator starts.
    ::kill(pid_t(first.processId()), SIGKILL);
    QVERIFY(first.waitForFinished(10000));
    QProcess third;
    third.start(QStringLiteral(FS_EMULATOR_BINARY), {u"--port"_s, u"0"_s, u"--data-dir"_s, dir.path(), u"--quiet"_s});
    QVERIFY(third.waitForStarted());
    QVERIFY2(third.waitForReadyRead(15000), third.readAllStandardError().constData());
    QVERIFY(third.readLine().startsWith("listening on "));
    ::kill(pid_t(third.processId()), SIGTERM);
    QVERIFY(third.waitForFinished(10000));
}

// What a file manager or a script can ask of the app (the desktop entry passes a path).
void TestLocalEmulator::appCommandLine()
{
    QProcess app;
    app.start(QStringLiteral(FS_STUDIO_BINARY), {u"--help"_s});
    QVERIFY(app.waitForFinished(20000));
    const QString help = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(help.contains(u"--deploy <PATH>"_s), qPrintable(help));
    QVERIFY(help.contains(u"--profile <NAME>"_s));
    QVERIFY(help.contains(u"[PATH]"_s));
}

QTEST_MAIN(TestLocalEmulator)
#include "tst_localemulator.moc"
