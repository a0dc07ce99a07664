#include "api/auth/noncesource.h"

#include "api/services/sessionsservice.h"

namespace fstudio::api {

void requestNonce(CdfClient *client, const NonceSource &source, QObject *context, std::function<void(const NonceResult &)> done)
{
    SessionsService(client).create(source.toSessionCreate()).then(context, [done](const Pending<Session>::Result &r) {
        if (!r) {
            done(r.error());
            return;
        }
        if (!r->nonce || r->nonce->isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Decode;
            e.message = QStringLiteral("the session has no nonce");
            e.what = QStringLiteral("create a session");
            done(e);
            return;
        }
        done(*r->nonce);
    });
}

} // namespace fstudio::api

#include "api/services/schedulesservice.h"

#include <QPointer>

namespace fstudio::api {

void createScheduleWithNonce(CdfClient *client, const ScheduleWrite &schedule, const NonceSource &source, QObject *context,
                             std::function<void(const ScheduleResult &)> done)
{
    requestNonce(client, source, context, [client = QPointer<CdfClient>(client), schedule, context, done](const NonceResult &n) {
        if (!n) {
            done(n.error());
            return;
        }
        ScheduleWrite w = schedule;
        w.nonce = n.value();
        SchedulesService(client).create(w).then(context, [done](const Pending<FunctionSchedule>::Result &r) {
            if (r)
                done(*r);
            else
                done(r.error());
        });
    });
}

} // namespace fstudio::api
