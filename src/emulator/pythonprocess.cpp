#include "pythonprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>

#include <csignal>
#include <sys/prctl.h>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

PythonProcess::PythonProcess(Spec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    // A handler never outlives the emulator, even if the emulator is killed.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, &PythonProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_done) {
            m_done = true;
            m_timeout.stop();
            Q_EMIT finished(Outcome::FailedToStart, {},
                            u"cannot start Python (%1): %2. Install Python 3 or start the emulator with --python PATH."_s.arg(
                                m_spec.python, m_process.errorString()));
        }
    });
}

PythonProcess::~PythonProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_done = true;
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

void PythonProcess::start()
{
    QProcessEnvironment env;
    const QProcessEnvironment sys = QProcessEnvironment::systemEnvironment();
    for (const char *keep : {"PATH", "HOME", "LANG", "LC_ALL", "PYTHONPATH", "VIRTUAL_ENV", "PYENV_VERSION", "PYENV_ROOT", "TMPDIR"})
        if (sys.contains(QLatin1StringView(keep)))
            env.insert(QLatin1StringView(keep), sys.value(QLatin1StringView(keep)));
    env.insert(u"PYTHONUNBUFFERED"_s, u"1"_s);
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    env.insert(u"PYTHONIOENCODING"_s, u"utf-8"_s);
    for (auto it = m_spec.environment.begin(); it != m_spec.environment.end(); ++it)
        env.insert(it.key(), it.value());
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(m_spec.functionDir);
    QFile::remove(m_spec.resultFile);
    m_process.start(m_spec.python, {u"-u"_s, m_spec.runnerPath, m_spec.mode, m_spec.functionDir, m_spec.functionPath, m_spec.resultFile});
    if (!m_spec.stdinData.isEmpty())
        m_process.write(m_spec.stdinData);
    m_process.closeWriteChannel();
    if (m_spec.timeoutMs > 0)
        m_timeout.start(int(std::min<qint64>(m_spec.timeoutMs, std::numeric_limits<int>::max())));
}

void PythonProcess::kill()
{
    m_process.kill();
}

void PythonProcess::readChannel(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const QByteArray data = m_process.readAll();
    QByteArray &partial = m_partial[channel == QProcess::StandardOutput ? 0 : 1];
    partial += data;
    qsizetype nl;
    while ((nl = partial.indexOf('\n')) >= 0) {
        QByteArray lineBytes = partial.left(nl);
        partial.remove(0, nl + 1);
        if (lineBytes.endsWith('\r'))
            lineBytes.chop(1);
        const QString text = QString::fromUtf8(lineBytes);
        if (channel == QProcess::StandardError)
            m_stderrTail = QString(m_stderrTail + text + u"\n"_s).right(4000);
        Q_EMIT line(text);
    }
}

void PythonProcess::flushPartial()
{
    for (QByteArray &p : m_partial) {
        if (!p.isEmpty()) {
            Q_EMIT line(QString::fromUtf8(p));
            p.clear();
        }
    }
}

void PythonProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    readChannel(QProcess::StandardOutput);
    readChannel(QProcess::StandardError);
    flushPartial();
    if (m_timedOut) {
        Q_EMIT finished(Outcome::TimedOut, {}, u"stopped after %1 s"_s.arg(m_spec.timeoutMs / 1000.0));
        return;
    }
    QFile result(m_spec.resultFile);
    if (result.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(result.readAll()).object();
        result.close();
        QFile::remove(m_spec.resultFile);
        if (!o.isEmpty()) {
            Q_EMIT finished(Outcome::Finished, o, QString());
            return;
        }
    }
    const QString how = status == QProcess::CrashExit ? u"crashed (signal)"_s : u"exited with code %1"_s.arg(exitCode);
    Q_EMIT finished(Outcome::Crashed, {},
                    u"the Python process %1 before returning a result; the handler may have called os._exit() or run out of memory.%2"_s.arg(
                        how, m_stderrTail.isEmpty() ? QString() : u"\n"_s + m_stderrTail.trimmed()));
}

} // namespace fstudio::emulator
