#include "api/workflows/logtail.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"

#include <QTimer>

namespace fstudio::api {

using namespace Qt::StringLiterals;

LogTail::LogTail(CdfClient *client, qint64 functionId, qint64 callId, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_functionId(functionId)
    , m_callId(callId)
{
}

void LogTail::start()
{
    if (m_running)
        return;
    m_running = true;
    tick();
}

void LogTail::stop()
{
    m_running = false;
}

void LogTail::tick()
{
    if (!m_running)
        return;
    CallsService(m_client).retrieve(m_functionId, m_callId).then(this, [this](const Pending<FunctionCall>::Result &r) {
        if (!m_running)
            return;
        if (!r) {
            // Transient problems are retried by the transport; after that, keep trying a few times.
            if (r.error().isCancelled() || ++m_failures >= 3 || r.error().httpStatus == 404) {
                m_running = false;
                Q_EMIT failed(r.error());
                return;
            }
            QTimer::singleShot(m_interval, this, &LogTail::tick);
            return;
        }
        m_failures = 0;
        Q_EMIT callUpdated(*r);
        fetchLogs(isTerminal(r->status), *r);
    });
}

void LogTail::fetchLogs(bool final, const FunctionCall &call)
{
    CallsService(m_client).logs(m_functionId, m_callId).then(this, [this, final, call](const Pending<QList<LogEntry>>::Result &r) {
        if (!m_running)
            return;
        if (!r && r.error().isCancelled()) {
            m_running = false;
            Q_EMIT failed(r.error());
            return;
        }
        int fresh = 0;
        if (r && r->size() > m_seen) {
            fresh = int(r->size()) - m_seen;
            const QList<LogEntry> newLines = r->mid(m_seen);
            m_seen = int(r->size());
            if (!final)
                m_sawWhileRunning = true;
            Q_EMIT lines(newLines);
        }
        if (final) {
            m_endOnly = m_seen > 0 && !m_sawWhileRunning;
            m_running = false;
            Q_EMIT finished(call);
            return;
        }
        // Fast while lines arrive; back off while nothing changes (from the fast interval after lines,
        // from the first one for a call that has printed nothing: its reads are as few as ever).
        m_interval = fresh > 0 ? m_fastMs : std::min(m_maxMs, int(m_interval * 1.6));
        QTimer::singleShot(m_interval, this, &LogTail::tick);
    });
}

} // namespace fstudio::api
