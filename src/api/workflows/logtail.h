#pragma once

#include "api/transport/apierror.h"

#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

#include <QObject>
#include <QPointer>

namespace fstudio::api {

class CdfClient;

// Follows the logs of a running call: polls about every second while lines arrive, backs off to
// maxIntervalMs when nothing changes, emits only new lines, in order, each exactly once; fetches
// once more when the call ends, then stops. Works whether the server returns lines while the call
// runs or only at the end (logsOnlyAtEnd() says which happened).
class LogTail : public QObject
{
    Q_OBJECT

public:
    LogTail(CdfClient *client, qint64 functionId, qint64 callId, QObject *parent = nullptr);
    void start();
    void stop();
    void setIntervals(int minMs, int maxMs)
    {
        m_minMs = minMs;
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
    int m_minMs = 1000;
    int m_maxMs = 10000;
    int m_interval = 1000;
    int m_seen = 0;
    bool m_running = false;
    bool m_sawWhileRunning = false;
    bool m_endOnly = false;
    int m_failures = 0;
};

} // namespace fstudio::api
