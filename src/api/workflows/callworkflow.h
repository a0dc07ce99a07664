#pragma once

#include "api/auth/noncesource.h"
#include "api/transport/apierror.h"

#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

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
        bool waitForResult = true; // false: finish once the call is made (a LogTail follows it)
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

    QPointer<CdfClient> m_client; // the connection owns the client: it may go away first
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

} // namespace fstudio::api
