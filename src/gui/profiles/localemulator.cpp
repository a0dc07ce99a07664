#include "gui/profiles/localemulator.h"

#include "gui/appsettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

LocalEmulator::LocalEmulator(QObject *parent)
    : QObject(parent)
{
    m_dataDir = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"functions-studio/emulator/playground"_s);
    // If the app dies without quitting (crash, kill), the kernel stops the emulator too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
        if (m_startWhenStopped) {
            m_process.readAllStandardOutput(); // the stopping process's, not the next run's
            return;
        }
        m_stdout += m_process.readAllStandardOutput();
        static const QRegularExpression re(u"listening on (http://127\\.0\\.0\\.1:\\d+) project="_s);
        const auto m = re.match(QString::fromUtf8(m_stdout));
        if (m.hasMatch() && m_state == State::Starting) {
            m_baseUrl = QUrl(m.captured(1));
            setState(State::Running);
        }
    });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        const QByteArray err = m_process.readAllStandardError();
        if (m_startWhenStopped)
            return; // the stopping process's, not the next run's
        for (const QByteArray &line : err.split('\n'))
            if (line.startsWith("functions-emulator:") && !line.contains("approval code") && !line.contains("approved with the code")
                && !line.contains("client credentials"))
                m_error = QString::fromUtf8(line.mid(20)).trimmed();
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (std::exchange(m_startWhenStopped, false)) {
            launch(); // start() came while the one before was still stopping
            return;
        }
        if (m_state == State::Stopped)
            return;
        // An emulator already runs on this data dir (another window, an earlier session): use it.
        if (m_state == State::Starting && m_error.contains(u"already uses the data dir"_s)) {
            QFile urlFile(QDir(m_dataDir).filePath(u"emulator.url"_s));
            const QUrl url(urlFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(urlFile.readLine(1024)).trimmed() : QString());
            if (url.isValid() && url.scheme() == u"http"_s && url.host() == u"127.0.0.1"_s) {
                m_baseUrl = url;
                m_external = true;
                m_error.clear();
                setState(State::Running);
                return;
            }
        }
        if (m_error.isEmpty())
            m_error = tr("the local emulator stopped (exit code %1)").arg(code);
        setState(State::Failed);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_error = tr("cannot start the local emulator (%1): %2").arg(m_process.program(), m_process.errorString());
            setState(State::Failed);
        }
    });
}

LocalEmulator::~LocalEmulator()
{
    stop();
    // The one bounded wait, at exit: the emulator must not outlive the app.
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

QString LocalEmulator::clientSecret() const
{
    QFile f(QDir(m_dataDir).filePath(u"client-secret"_s));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.read(1024)).trimmed() : QString();
}

QString LocalEmulator::findBinary()
{
    const QString env = qEnvironmentVariable("FS_EMULATOR");
    if (!env.isEmpty())
        return env;
    const QDir appDir(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         {appDir.filePath(u"functions-emulator"_s), appDir.filePath(u"../emulator/functions-emulator"_s),
          appDir.filePath(u"../src/emulator/functions-emulator"_s), appDir.filePath(u"../../src/emulator/functions-emulator"_s)})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return u"functions-emulator"_s; // from PATH
}

void LocalEmulator::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_external = false;
    setState(State::Starting);
    if (m_process.state() != QProcess::NotRunning) {
        m_startWhenStopped = true; // still stopping: starts once it has
        return;
    }
    launch();
}

void LocalEmulator::launch()
{
    ++m_runs;
    m_error.clear();
    m_stdout.clear();
    QDir().mkpath(m_dataDir);
    QStringList args{u"--port"_s, u"0"_s, u"--data-dir"_s, m_dataDir, u"--demo"_s, u"--quiet"_s};
    // File ▸ Settings ▸ Local emulator: what is set and usable now (a setting that went stale is
    // left out rather than stopping the emulator from starting).
    const AppSettings *settings = AppSettings::instance();
    if (const QString python = settings->emulatorPython(); !python.isEmpty() && QFileInfo(python).isExecutable())
        args << u"--python"_s << python;
    if (const QString wheels = settings->emulatorWheelhouse(); !wheels.isEmpty() && QFileInfo(wheels).isDir())
        args << u"--wheelhouse"_s << wheels;
    if (settings->emulatorNoSandbox())
        args << u"--no-sandbox"_s;
    m_process.start(findBinary(), args);
}

void LocalEmulator::stop()
{
    m_external = false; // a shared emulator keeps running for whoever started it
    if (m_process.state() == QProcess::NotRunning) {
        m_state = State::Stopped;
        return;
    }
    m_state = State::Stopped;
    m_startWhenStopped = false;
    // Asynchronous: no waiting on the GUI thread; a process that ignores SIGTERM is killed after 5 s.
    m_process.terminate();
    QTimer::singleShot(5000, &m_process, [this, run = ++m_runs] {
        if (run == m_runs && m_process.state() != QProcess::NotRunning)
            m_process.kill(); // still the process this stop() was for
    });
    Q_EMIT stateChanged(State::Stopped);
}

void LocalEmulator::setState(State s)
{
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace fstudio::gui
