#pragma once

#include "api/transport/apierror.h"

#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {

class CdfClient;

// Follows the logs of a running call: the first read after a second, then every fastMs (250 ms)
// while lines arrive, backing off by 1.6 each quiet read to maxMs (a call that prints nothing is
// read as often as before: 1, 1.6, 2.6, … s); emits only new lines, in order, each exactly once;
// fetches once more when the call ends, then stops. Works whether the server returns lines while the call
// runs or only at the end (logsOnlyAtEnd() says which happened).
class LogTail : public QObject
{
    Q_OBJECT

public:
    LogTail(CdfClient *client, qint64 functionId, qint64 callId, QObject *parent = nullptr);
    void start();
    void stop();
    // The first and fast intervals both minMs, the longest maxMs (tests).
    void setIntervals(int minMs, int maxMs)
    {
        m_minMs = minMs;
        m_fastMs = minMs;
        m_maxMs = maxMs;
        m_interval = minMs;
    }
    bool isRunning() const { return m_running; }
    bool logsOnlyAtEnd() const { return m_endOnly; }
    int linesSeen() const { return m_seen; }
    int currentIntervalMs() const { return m_interval; }

Q_SIGNALS:
    void lines(const QList<fstudio::LogEntry> &newLines);
    void callUpdated(const fstudio::FunctionCall &call);
    void finished(const fstudio::FunctionCall &call);
    // The call could not be read (or the connection was closed: error().isCancelled()). The tail
    // has stopped.
    void failed(const fstudio::api::ApiError &error);

private:
    void tick();
    void fetchLogs(bool final, const FunctionCall &call);

    QPointer<CdfClient> m_client; // the connection owns the client: it may go away first
    qint64 m_functionId;
    qint64 m_callId;
    int m_minMs = 1000; // the first read, and where a quiet call starts backing off
    int m_fastMs = 250; // while lines arrive
    int m_maxMs = 10000;
    int m_interval = m_minMs;
    int m_seen = 0;
    bool m_running = false;
    bool m_sawWhileRunning = false;
    bool m_endOnly = false;
    int m_failures = 0;
};

} // namespace fstudio::api
