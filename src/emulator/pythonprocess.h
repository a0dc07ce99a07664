#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <optional>
#include <tuple>

class QSocketNotifier;

namespace fstudio::emulator {

// One run of resources/emulator/runner.py: a call of a handler, or the validation of a
// deployment. Emits every stdout/stderr line as it arrives, then the result.
class PythonProcess : public QObject
{
    Q_OBJECT

public:
    struct Spec
    {
        QString python;
        // -I -S: isolated from the user's site-packages and Python variables; the runner adds the
        // function's environment itself. -B: no .pyc files next to read-only code.
        QStringList pythonFlags{QStringLiteral("-u")};
        // bwrap and its options up to "--" (Sandbox::wrap); empty = no sandbox. The paths below
        // are then the paths inside it.
        QStringList sandbox;
        QString runnerPath;
        QString mode; // "call" or "validate"
        QString functionDir;
        QString functionPath;
        // The process's exit status is its result ({"exitCode": N}, its stderr's end as the detail)
        // when it writes none: pip, run by the runner's install mode.
        bool exitCodeIsResult = false;
        QByteArray stdinData;
        qint64 timeoutMs = 0;
        QMap<QString, QString> environment; // added to a minimal environment
        qint64 maxLineBytes = 64 * 1024; // longer lines are cut, with a marker
        qint64 maxLogBytes = 10LL * 1024 * 1024; // after this much output, one marker and nothing more
        // A warm process: started ahead, it holds its output and outcome until assign() gives it
        // a call (stdinData and timeoutMs are then set by assign()).
        bool warm = false;
        qint64 memoryLimitBytes = 0; // resident memory of the process group; 0 = none
        qint64 maxResultBytes = 64LL * 1024 * 1024; // a larger result is not read
        qint64 maxHeldBytes = 256 * 1024; // a warm process's output before its call, kept for it
    };

    explicit PythonProcess(Spec spec, QObject *parent = nullptr);
    ~PythonProcess() override;

    void start();
    // Kills it (its whole process group) without waiting on this thread, and deletes it once the
    // process has ended; nothing is reported. The destructor is the one that waits (at shutdown).
    void discard();
    void kill();
    // Ends it (its whole sandbox) and reports Crashed with the reason given.
    void stop(const QString &reason);
    // A warm process gets its call: the request, and the call's time limit from now.
    void assign(const QByteArray &stdinData, qint64 timeoutMs);
    bool isAssigned() const { return m_assigned; }
    // Still able to take a call (a warm process that has not ended).
    bool isUsable() const { return !m_done && m_process.state() != QProcess::NotRunning; }
    qint64 pid() const { return m_pid; }
    // Ends the process group because it uses more memory than allowed: Outcome::OutOfMemory.
    void killForMemory(qint64 usedBytes);
    qint64 memoryLimitBytes() const { return m_spec.memoryLimitBytes; }
    bool isSandboxed() const { return !m_spec.sandbox.isEmpty(); }

    enum class Outcome { Finished, TimedOut, Crashed, FailedToStart, OutOfMemory };

Q_SIGNALS:
    // The lines that arrived in one read, in order (the server stores them in one transaction).
    void lines(const QStringList &texts);
    // result: the JSON the runner wrote (empty unless Outcome::Finished and it wrote one);
    // detail: what went wrong otherwise, for the user.
    void finished(fstudio::emulator::PythonProcess::Outcome outcome, const QJsonObject &result, const QString &detail);

private:
    void readChannel(QProcess::ProcessChannel channel);
    void readResult();
    void closeResultPipe();
    void flushPartial();
    void keep(QByteArray bytes, QStringList *out, QProcess::ProcessChannel channel);
    void killGroup();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void report(Outcome outcome, const QJsonObject &result, const QString &detail);
    void emitLines(const QStringList &texts);

    Spec m_spec;
    QProcess m_process;
    QTimer m_timeout;
    QByteArray m_partial[2];
    bool m_skipping[2] = {false, false}; // dropping the rest of a cut line
    qint64 m_logBytes = 0;
    bool m_logCapped = false;
    qint64 m_pid = 0; // also the process group id (the handler runs setsid); kept after it exits
    bool m_timedOut = false;
    bool m_assigned = false;
    qint64 m_memoryUsed = 0; // > 0 once killed for using too much
    QStringList m_heldLines; // a warm process's output before its call
    qint64 m_heldBytes = 0;
    std::optional<std::tuple<Outcome, QJsonObject, QString>> m_heldOutcome;
    bool m_done = false;
    QString m_stderrTail;
    QString m_stopReason;
    int m_resultRead = -1; // the result pipe
    int m_resultWrite = -1; // the child's end, until it has started
    QSocketNotifier *m_resultNotifier = nullptr;
    QByteArray m_result;
    bool m_resultTooLarge = false;
};

} // namespace fstudio::emulator
