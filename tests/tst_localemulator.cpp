// The built-in "Local emulator" profile's child process: started on a free loopback port with
// demo data, stopped when the app quits — and also when the app is killed.
#include "gui/appsettings.h"
#include "gui/profiles/localemulator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
    void headlessCheck();
    void headlessCheckAgainstAProject();
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

namespace {
struct CheckRun
{
    int exitCode = -1;
    QJsonObject json;
    QString out;
    QString err;
    QStringList codes(const QString &severity) const
    {
        QStringList found;
        for (const auto &v : json.value("findings"_L1).toArray())
            if (v.toObject().value("severity"_L1).toString() == severity)
                found << v.toObject().value("code"_L1).toString();
        return found;
    }
};

// functions-studio check, as a pre-commit hook runs it: no display, a home of its own.
CheckRun check(const QStringList &args, const QTemporaryDir &home, const QStringList &extraEnv = {})
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"FS_EMULATOR"_s, QStringLiteral(FS_EMULATOR_BINARY));
    for (const QString &e : extraEnv)
        env.insert(e.section(QLatin1Char('='), 0, 0), e.section(QLatin1Char('='), 1));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(FS_STUDIO_BINARY), QStringList{u"check"_s} + args);
    CheckRun r;
    if (!app.waitForFinished(180000))
        return r;
    r.exitCode = app.exitStatus() == QProcess::NormalExit ? app.exitCode() : -1;
    r.out = QString::fromUtf8(app.readAllStandardOutput());
    r.err = QString::fromUtf8(app.readAllStandardError());
    r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    return r;
}

const QString ToolkitFunctions = QStringLiteral(FS_TEST_SOURCE_DIR "/data/toolkit/modules/common/ingestion/functions");
} // namespace

// The deploy checks without a window: the settings the wizard would use (Toolkit variables
// filled), every finding with its file and line, and the exit status a hook or CI acts on.
void TestLocalEmulator::headlessCheck()
{
    QTemporaryDir home;
    const CheckRun dev = check({ToolkitFunctions + u"/ingest"_s, u"--json"_s}, home);
    QCOMPARE(dev.exitCode, 0);
    QVERIFY2(dev.json.value("ok"_L1).toBool(), qPrintable(dev.out + dev.err));
    const QJsonObject settings = dev.json.value("settings"_L1).toObject();
    QCOMPARE(settings.value("name"_L1).toString(), u"Ingest from sap"_s);
    QCOMPARE(settings.value("memory"_L1).toDouble(), 1.5);
    QCOMPARE(settings.value("metadata"_L1).toObject().value("version"_L1).toString(), u"7"_s);
    QCOMPARE(settings.value("secrets"_L1).toObject().value("api-key"_L1).toString(), QString()); // never a value
    const QJsonObject toolkit = dev.json.value("toolkit"_L1).toObject();
    QCOMPARE(toolkit.value("environment"_L1).toString(), u"dev"_s);
    QCOMPARE(toolkit.value("dataSetExternalId"_L1).toString(), u"ds_ingestion_dev"_s);
    QCOMPARE(toolkit.value("schedules"_L1).toArray().size(), 2);
    QCOMPARE(toolkit.value("schedules"_L1).toArray().at(0).toObject().value("cronExpression"_L1).toString(), u"0 8 * * *"_s);
    QVERIFY(dev.codes(u"warning"_s).contains(u"secret-value"_s)); // INGEST_API_KEY is not set
    // With the variable set, the secret has a value (shown as ***, never as itself).
    const CheckRun withSecret = check({ToolkitFunctions + u"/ingest"_s, u"--json"_s}, home, {u"INGEST_API_KEY=s3cr3t-value"_s});
    QVERIFY(!withSecret.codes(u"warning"_s).contains(u"secret-value"_s));
    QCOMPARE(withSecret.json.value("settings"_L1).toObject().value("secrets"_L1).toObject().value("api-key"_L1).toString(), u"***"_s);
    QVERIFY(!withSecret.out.contains(u"s3cr3t-value"_s));
    // prod leaves a variable unresolved: an error at its file and line, exit status 1.
    const CheckRun prod = check({ToolkitFunctions + u"/ingest"_s, u"--json"_s, u"--env"_s, u"prod"_s}, home);
    QCOMPARE(prod.exitCode, 1);
    QCOMPARE(prod.codes(u"error"_s), (QStringList{u"unresolved-variable"_s, u"unresolved-variable"_s}));
    const QJsonObject first = [&] {
        for (const auto &v : prod.json.value("findings"_L1).toArray())
            if (v.toObject().value("severity"_L1).toString() == u"error"_s)
                return v.toObject();
        return QJsonObject();
    }();
    QCOMPARE(first.value("file"_L1).toString(), ToolkitFunctions + u"/ingest.Schedule.yaml"_s);
    QCOMPARE(first.value("line"_L1).toInt(), 3);
    // Human output names the same, and a syntax error by file and line.
    QTemporaryDir broken;
    QDir(broken.path()).mkpath(u"fn"_s);
    QFile handler(broken.filePath(u"fn/handler.py"_s));
    QVERIFY(handler.open(QIODevice::WriteOnly));
    handler.write("def handle(data):\n    return {\n");
    handler.close();
    const CheckRun syntax = check({broken.filePath(u"fn"_s)}, home);
    QCOMPARE(syntax.exitCode, 1);
    QVERIFY2(syntax.out.contains(u"handler.py:2:12: '{' was never closed"_s), qPrintable(syntax.out));
    QVERIFY(syntax.out.contains(u"2 error"_s)); // the handler cannot be read, and the file does not parse
    // Usage problems: 2.
    QCOMPARE(check({}, home).exitCode, 2);
    QCOMPARE(check({home.filePath(u"missing"_s)}, home).exitCode, 2);
    const CheckRun env = check({ToolkitFunctions + u"/ingest"_s, u"--env"_s, u"staging"_s}, home);
    QCOMPARE(env.exitCode, 2);
    QVERIFY(env.err.contains(u"dev, prod"_s));
    QCOMPARE(check({ToolkitFunctions + u"/ingest"_s, u"--profile"_s, u"nobody"_s}, home).exitCode, 2);
}

// With --profile, the project checks too: here the built-in local emulator, which has no data set
// "ds_ingestion_dev": the data set check fails, naming it.
void TestLocalEmulator::headlessCheckAgainstAProject()
{
    QTemporaryDir home;
    const CheckRun r = check({ToolkitFunctions + u"/ingest"_s, u"--json"_s, u"--profile"_s, u"Local emulator"_s}, home);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.codes(u"error"_s).contains(u"data-set"_s), qPrintable(r.out + r.err));
    QVERIFY(r.codes(u"ok"_s).contains(u"external-id"_s));
    QVERIFY(r.codes(u"ok"_s).contains(u"capabilities"_s));
    QVERIFY(!r.codes(u"ok"_s).contains(u"project"_s)); // checked, not skipped
    // The toolkit config names fs-test-dev; the emulator's project is another one.
    QVERIFY(r.codes(u"warning"_s).contains(u"toolkit-project"_s));
}

QTEST_MAIN(TestLocalEmulator)
#include "tst_localemulator.moc"
