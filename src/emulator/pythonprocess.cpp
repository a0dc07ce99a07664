#include "emulator/pythonprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QScopeGuard>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <linux/close_range.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

PythonProcess::PythonProcess(Spec spec, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        killGroup();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] { readChannel(QProcess::StandardOutput); });
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] { readChannel(QProcess::StandardError); });
    connect(&m_process, &QProcess::finished, this, &PythonProcess::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && !m_done) {
            m_done = true;
            m_timeout.stop();
            report(Outcome::FailedToStart, {},
                   m_spec.sandbox.isEmpty()
                       ? u"cannot start Python (%1): %2. Install Python 3 or start the emulator with --python PATH."_s.arg(m_spec.python,
                                                                                                                           m_process.errorString())
                       : u"cannot start the sandbox (%1): %2. Install bubblewrap, or start the emulator with --no-sandbox."_s.arg(
                           m_spec.sandbox.value(0), m_process.errorString()));
        }
    });
}

PythonProcess::~PythonProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_done = true;
        killGroup();
        m_process.waitForFinished(2000);
    }
    closeResultPipe();
}

void PythonProcess::closeResultPipe()
{
    if (m_resultNotifier) {
        m_resultNotifier->setEnabled(false);
        delete std::exchange(m_resultNotifier, nullptr);
    }
    for (int *fd : {&m_resultRead, &m_resultWrite})
        if (*fd >= 0)
            ::close(std::exchange(*fd, -1));
}

// The runner writes its outcome into a pipe the emulator reads (never a file the handler could
// replace): read as it comes, at most maxResultBytes.
void PythonProcess::readResult()
{
    char buffer[64 * 1024];
    while (m_resultRead >= 0) {
        const ssize_t n = ::read(m_resultRead, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0) { // every writer is gone
            closeResultPipe();
            return;
        }
        m_result.append(buffer, n);
        if (m_result.size() > m_spec.maxResultBytes) {
            m_resultTooLarge = true;
            m_result.clear();
            closeResultPipe(); // the writer gets EPIPE
            return;
        }
    }
}

void PythonProcess::discard()
{
    m_done = true;
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning) {
        deleteLater();
        return;
    }
    connect(&m_process, &QProcess::finished, this, &QObject::deleteLater);
    connect(&m_process, &QProcess::errorOccurred, this, &QObject::deleteLater); // killed while it started: no finished()
    killGroup();
}

// The handler and everything it started (its process group), grandchildren included.
void PythonProcess::killGroup()
{
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
    m_process.kill();
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
    if (m_spec.sandbox.isEmpty())
        m_process.setWorkingDirectory(m_spec.functionDir); // in a sandbox, bwrap's --chdir
    int fds[2] = {-1, -1};
    if (::pipe2(fds, O_CLOEXEC) == 0) {
        m_resultRead = fds[0];
        m_resultWrite = fds[1];
        ::fcntl(m_resultRead, F_SETFL, ::fcntl(m_resultRead, F_GETFL) | O_NONBLOCK);
        m_resultNotifier = new QSocketNotifier(m_resultRead, QSocketNotifier::Read, this);
        connect(m_resultNotifier, &QSocketNotifier::activated, this, &PythonProcess::readResult);
    }
    // A handler never outlives the emulator, even if the emulator is killed; it leads a process
    // group of its own. It gets stdin, stdout, stderr and the result pipe, nothing else the
    // emulator has open (Qt passes on every descriptor that is not close-on-exec).
    const int keep = m_resultWrite;
    m_process.setChildProcessModifier([keep] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        const bool marked = keep < 0 ? ::close_range(3, ~0U, CLOSE_RANGE_CLOEXEC) == 0
                                     : ((keep == 3 || ::close_range(3, unsigned(keep) - 1, CLOSE_RANGE_CLOEXEC) == 0)
                                        && ::close_range(unsigned(keep) + 1, ~0U, CLOSE_RANGE_CLOEXEC) == 0);
        if (!marked) // an older kernel: one by one
            for (int fd = 3; fd < 65536; ++fd)
                if (fd != keep)
                    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        if (keep >= 0)
            ::fcntl(keep, F_SETFD, 0);
    });
    QStringList command = m_spec.sandbox;
    command << m_spec.python << m_spec.pythonFlags << m_spec.runnerPath << m_spec.mode << m_spec.functionDir << m_spec.functionPath
            << QString::number(m_resultWrite);
    m_process.start(command.first(), command.mid(1));
    m_pid = m_process.processId(); // at once: a kill right after start reaches the whole group
    if (m_resultWrite >= 0)
        ::close(std::exchange(m_resultWrite, -1)); // the child has its copy
    if (!m_spec.warm)
        assign(m_spec.stdinData, m_spec.timeoutMs);
}

void PythonProcess::assign(const QByteArray &stdinData, qint64 timeoutMs)
{
    if (m_assigned)
        return;
    m_assigned = true;
    m_spec.timeoutMs = timeoutMs;
    if (!m_done) {
        if (!stdinData.isEmpty())
            m_process.write(stdinData);
        m_process.closeWriteChannel();
        if (timeoutMs > 0)
            m_timeout.start(int(std::min<qint64>(timeoutMs, std::numeric_limits<int>::max())));
    }
    // What the warm process printed while it imported the handler belongs to this call.
    if (!m_heldLines.isEmpty())
        Q_EMIT lines(std::exchange(m_heldLines, {}));
    if (m_heldOutcome) {
        const auto [outcome, result, detail] = *std::exchange(m_heldOutcome, std::nullopt);
        Q_EMIT finished(outcome, result, detail);
    }
}

void PythonProcess::emitLines(const QStringList &texts)
{
    if (m_assigned) {
        Q_EMIT lines(texts);
        return;
    }
    // What a warm process prints while it waits is kept up to a small budget: it may never get a call.
    for (const QString &t : texts) {
        if (m_heldBytes > m_spec.maxHeldBytes)
            return;
        m_heldBytes += t.size() + 64;
        m_heldLines << (m_heldBytes > m_spec.maxHeldBytes
                            ? u"[log truncated: the module printed more than %1 kB while it was imported]"_s.arg(m_spec.maxHeldBytes / 1024)
                            : t);
    }
}

void PythonProcess::report(Outcome outcome, const QJsonObject &result, const QString &detail)
{
    if (m_assigned)
        Q_EMIT finished(outcome, result, detail);
    else
        m_heldOutcome = std::tuple{outcome, result, detail};
}

void PythonProcess::killForMemory(qint64 usedBytes)
{
    if (m_done || m_memoryUsed > 0)
        return;
    m_memoryUsed = usedBytes;
    killGroup();
}

void PythonProcess::kill()
{
    killGroup();
}

void PythonProcess::stop(const QString &reason)
{
    if (m_done)
        return;
    m_stopReason = reason;
    killGroup();
}

void PythonProcess::readChannel(QProcess::ProcessChannel channel)
{
    m_process.setReadChannel(channel);
    const int c = channel == QProcess::StandardOutput ? 0 : 1;
    QByteArray data = m_process.readAll();
    QByteArray &partial = m_partial[c];
    QStringList out;
    qsizetype from = 0;
    while (from < data.size()) {
        const qsizetype nl = data.indexOf('\n', from);
        const qsizetype end = nl < 0 ? data.size() : nl;
        if (m_skipping[c]) { // the rest of a line that was cut: dropped, never buffered
            if (nl >= 0)
                m_skipping[c] = false;
        } else {
            partial += QByteArrayView(data).sliced(from, end - from);
            if (nl >= 0 && partial.endsWith('\r'))
                partial.chop(1); // a CRLF line is as long as its text
            if (partial.size() > m_spec.maxLineBytes) {
                qsizetype cut = m_spec.maxLineBytes;
                while (cut > 0 && (uchar(partial.at(cut)) & 0xC0) == 0x80)
                    --cut; // never split a UTF-8 character
                partial.truncate(cut);
                partial += " … [line cut: longer than " + QByteArray::number(m_spec.maxLineBytes) + " bytes]";
                keep(std::exchange(partial, {}), &out, channel);
                m_skipping[c] = nl < 0;
            } else if (nl >= 0) {
                keep(std::exchange(partial, {}), &out, channel);
            }
        }
        from = end + 1;
    }
    if (!out.isEmpty())
        emitLines(out);
}

// Counts what is kept against the call's log budget; past it, one marker and nothing more.
void PythonProcess::keep(QByteArray bytes, QStringList *out, QProcess::ProcessChannel channel)
{
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    const QString text = QString::fromUtf8(bytes);
    if (channel == QProcess::StandardError)
        m_stderrTail = QString(m_stderrTail + text + u"\n"_s).right(4000);
    if (m_logCapped)
        return;
    constexpr qint64 PerLineCost = 64; // a line is a stored row, not only its bytes: empty lines count too
    m_logBytes += bytes.size() + PerLineCost;
    if (m_logBytes > m_spec.maxLogBytes) {
        m_logCapped = true;
        out->append(
            u"[log truncated: the call printed more than %1 MB; the rest was not kept]"_s.arg(m_spec.maxLogBytes / (1024.0 * 1024), 0, 'f', 1));
        return;
    }
    out->append(text);
}

void PythonProcess::flushPartial()
{
    QStringList out;
    for (int c = 0; c < 2; ++c)
        if (!m_partial[c].isEmpty())
            keep(std::exchange(m_partial[c], {}), &out, c == 0 ? QProcess::StandardOutput : QProcess::StandardError);
    if (!out.isEmpty())
        emitLines(out);
}

void PythonProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_done)
        return;
    m_done = true;
    m_timeout.stop();
    // What the handler left running ends with the call, as in CDF: at once, while the group id
    // cannot have been taken by a new group yet.
    if (m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);
    readChannel(QProcess::StandardOutput);
    readChannel(QProcess::StandardError);
    flushPartial();
    if (m_memoryUsed > 0) {
        // Rounded up: a process stopped for passing 512 MB by a few KB used 513 MB, not "512 MB,
        // more than its limit of 512 MB".
        report(Outcome::OutOfMemory, {}, u"used %1 MB"_s.arg((m_memoryUsed + 1024 * 1024 - 1) / (1024 * 1024)));
        return;
    }
    if (!m_stopReason.isEmpty()) {
        report(Outcome::Crashed, {}, m_stopReason);
        return;
    }
    if (m_timedOut) {
        report(Outcome::TimedOut, {}, u"stopped after %1 s"_s.arg(m_spec.timeoutMs / 1000.0));
        return;
    }
    readResult();
    closeResultPipe();
    if (m_resultTooLarge) {
        report(Outcome::Crashed, {},
               u"the result is larger than %1 MB, so it was not read; return less data (the response limit is much smaller)"_s.arg(
                   m_spec.maxResultBytes / (1024 * 1024)));
        return;
    }
    if (m_spec.exitCodeIsResult) { // whatever came through the pipe does not count
        report(status == QProcess::NormalExit ? Outcome::Finished : Outcome::Crashed,
               QJsonObject{{"exitCode"_L1, status == QProcess::NormalExit ? exitCode : -1}}, m_stderrTail);
        return;
    }
    if (!m_result.isEmpty()) {
        const QJsonObject o = QJsonDocument::fromJson(std::exchange(m_result, {})).object();
        if (!o.isEmpty()) {
            report(Outcome::Finished, o, QString());
            return;
        }
    }
    const QString how = status == QProcess::CrashExit ? u"crashed (signal)"_s : u"exited with code %1"_s.arg(exitCode);
    report(Outcome::Crashed, {},
           u"the Python process %1 before returning a result; the handler may have called os._exit() or run out of memory.%2"_s.arg(
               how, m_stderrTail.isEmpty() ? QString() : u"\n"_s + m_stderrTail.trimmed()));
}

} // namespace fstudio::emulator
