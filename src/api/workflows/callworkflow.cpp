#include "api/workflows/callworkflow.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTimer>

#include <cmath>

namespace fstudio::api {

namespace {
// CallWorkflowText::tr(): under the context "CallWorkflow".
struct CallWorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(CallWorkflow)
};
} // namespace

using namespace Qt::StringLiterals;

CallWorkflow::CallWorkflow(CdfClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

int CallWorkflow::pollDelayMs(int n, int capMs, double random01)
{
    const double capSeconds = std::min(0.3 * std::pow(2.0, std::min(n, 30)), capMs / 1000.0);
    return int(std::lround(capSeconds * random01 * 1000.0));
}

void CallWorkflow::start()
{
    requestNonce(m_client, m_options.nonce, this, [this](const NonceResult &n) {
        if (m_done)
            return;
        if (!n) {
            done(n.error());
            return;
        }
        const auto pending = CallsService(m_client).call(m_options.functionId, m_options.data, n.value());
        m_current = pending.job();
        pending.then(this, [this](const Pending<FunctionCall>::Result &r) {
            if (m_done)
                return;
            if (!r) {
                done(r.error());
                return;
            }
            m_call = *r;
            Q_EMIT started(*m_call);
            if (!m_options.waitForResult)
                done(std::nullopt);
            else if (isTerminal(m_call->status))
                fetchResults();
            else
                schedulePoll();
        });
    });
}

void CallWorkflow::schedulePoll()
{
    const double r = m_random ? m_random() : QRandomGenerator::global()->generateDouble();
    QTimer::singleShot(pollDelayMs(m_polls, m_options.pollCapMs, r), this, &CallWorkflow::poll);
}

void CallWorkflow::poll()
{
    if (m_done)
        return;
    ++m_polls;
    const auto pending = CallsService(m_client).byIds(m_call->functionId, {m_call->id});
    m_current = pending.job();
    pending.then(this, [this](const Pending<QList<FunctionCall>>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            done(r.error());
            return;
        }
        if (!r->isEmpty()) {
            const FunctionCall c = r->first();
            if (c.status != m_call->status)
                Q_EMIT statusChanged(c);
            m_call = c;
        }
        if (isTerminal(m_call->status))
            fetchResults();
        else
            schedulePoll();
    });
}

void CallWorkflow::fetchResults()
{
    auto afterResponse = [this] {
        if (!m_options.fetchLogs) {
            done(std::nullopt);
            return;
        }
        CallsService(m_client).logs(m_call->functionId, m_call->id).then(this, [this](const Pending<QList<LogEntry>>::Result &r) {
            if (m_done)
                return;
            if (r)
                m_logs = *r;
            done(r ? std::nullopt : std::optional<ApiError>(r.error()));
        });
    };
    if (m_call->status != CallStatus::Completed) {
        afterResponse();
        return;
    }
    CallsService(m_client).response(m_call->functionId, m_call->id).then(this, [this, afterResponse](const Pending<CallResponse>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            done(r.error());
            return;
        }
        m_response = r->response;
        afterResponse();
    });
}

void CallWorkflow::cancel()
{
    if (m_done)
        return;
    QPointer<ApiJob> current = m_current;
    ApiError e;
    e.kind = ApiError::Kind::Cancelled;
    //: The action that was cancelled, inserted into "Cancelled: %1."
    e.what = CallWorkflowText::tr("wait for the call");
    e.message = CallWorkflowText::tr("stopped waiting; the call keeps running in CDF");
    done(e);
    if (current)
        current->cancel();
}

void CallWorkflow::done(const std::optional<ApiError> &e)
{
    if (m_done)
        return;
    m_done = true;
    m_error = e;
    Q_EMIT finished();
}

} // namespace fstudio::api
