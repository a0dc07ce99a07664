#include "api/workflows/scheduleworkflows.h"

#include "api/services/schedulesservice.h"

namespace fstudio::api {

void createScheduleWithNonce(CdfClient *client, const ScheduleWrite &schedule, const NonceSource &source, QObject *context,
                             std::function<void(const ScheduleResult &)> done)
{
    auto create = [client = QPointer<CdfClient>(client), context, done](const ScheduleWrite &w) {
        SchedulesService(client).create(w).then(context, [done](const Pending<FunctionSchedule>::Result &r) {
            if (r)
                done(*r);
            else
                done(r.error());
        });
    };
    if (schedule.nonce && !schedule.nonce->isEmpty()) {
        create(schedule); // the caller's nonce wins, as in the SDK
        return;
    }
    requestNonce(client, source, context, [schedule, create, done](const NonceResult &n) {
        if (!n) {
            done(n.error());
            return;
        }
        ScheduleWrite w = schedule;
        w.nonce = n.value();
        create(w);
    });
}

ReplaceScheduleWorkflow::ReplaceScheduleWorkflow(CdfClient *client, const FunctionSchedule &original, const ScheduleWrite &replacement,
                                                 const NonceSource &source, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_original(original)
    , m_write(replacement)
    , m_source(source)
{
}

void ReplaceScheduleWorkflow::start()
{
    createScheduleWithNonce(m_client, m_write, m_source, this, [this](const ScheduleResult &r) {
        if (!r) {
            finish(Outcome::NotCreated, r.error()); // the original is untouched
            return;
        }
        m_replacement = *r;
        Q_EMIT created(*r);
        SchedulesService(m_client).remove({m_original.id}).then(this, [this](const Pending<Empty>::Result &removed) {
            if (removed)
                finish(Outcome::Replaced, std::nullopt);
            else
                finish(Outcome::NotDeleted, removed.error()); // both exist now
        });
    });
}

void ReplaceScheduleWorkflow::finish(Outcome outcome, const std::optional<ApiError> &error)
{
    m_error = error;
    Q_EMIT finished(outcome);
}

} // namespace fstudio::api
