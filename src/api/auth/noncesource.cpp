#include "api/auth/noncesource.h"

#include "api/services/sessionsservice.h"

#include <QCoreApplication>

namespace fstudio::api {

namespace {
// NonceSourceText::tr(): under the context "NonceSource".
struct NonceSourceText
{
    Q_DECLARE_TR_FUNCTIONS(NonceSource)
};
} // namespace

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
            e.message = NonceSourceText::tr("the session has no nonce");
            //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
            e.what = NonceSourceText::tr("create a session");
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
