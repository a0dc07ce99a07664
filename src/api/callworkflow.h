#pragma once

#include "apierror.h"
#include "noncesource.h"

#include "core/callrequest.h"
#include "core/callresponse.h"
#include "core/logentry.h"
#include "core/functioncall.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>

namespace fstudio::api {

class ApiJob;
class CdfClient;

// Calls a function and waits for the outcome: session nonce -> call -> poll the status with the
// SDK's backoff shape (full jitter, 0.3 s doubling) capped at a user-set maximum -> response
// and logs.
class CallWorkflow : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qint64 functionId = 0;
        QJsonObject data;
        NonceSource nonce;
        int pollCapMs = 10000;
        bool fetchLogs = true;
    };

    CallWorkflow(CdfClient *client, Options options, QObject *parent = nullptr);
    void start();
    void cancel(); // stops waiting; the call itself keeps running in CDF
    void setRandomSource(std::function<double()> r) { m_random = std::move(r); }

    std::optional<FunctionCall> call() const { return m_call; }
    QJsonValue response() const { return m_response; }
    QList<LogEntry> logs() const { return m_logs; }
    std::optional<ApiError> error() const { return m_error; }
    int polls() const { return m_polls; }
    // The SDK's sleep before poll n: uniform(0, min(0.3 * 2^n, cap)) seconds.
    static int pollDelayMs(int n, int capMs, double random01);

Q_SIGNALS:
    void started(const fstudio::FunctionCall &call);
    void statusChanged(const fstudio::FunctionCall &call);
    void finished();

private:
    void schedulePoll();
    void poll();
    void fetchResults();
    void done(const std::optional<ApiError> &e);

    CdfClient *m_client;
    Options m_options;
    std::optional<FunctionCall> m_call;
    QJsonValue m_response{QJsonValue::Undefined};
    QList<LogEntry> m_logs;
    std::optional<ApiError> m_error;
    int m_polls = 0;
    bool m_done = false;
    QPointer<ApiJob> m_current;
    std::function<double()> m_random;
};

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
    void setIntervals(int minMs, int maxMs) { m_minMs = minMs; m_maxMs = maxMs; m_interval = minMs; }
    bool isRunning() const { return m_running; }
    bool logsOnlyAtEnd() const { return m_endOnly; }
    int linesSeen() const { return m_seen; }
    int currentIntervalMs() const { return m_interval; }

Q_SIGNALS:
    void lines(const QList<fstudio::LogEntry> &newLines);
    void callUpdated(const fstudio::FunctionCall &call);
    void finished(const fstudio::FunctionCall &call);
    void failed(const fstudio::api::ApiError &error);

private:
    void tick();
    void fetchLogs(bool final, const FunctionCall &call);

    CdfClient *m_client;
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
