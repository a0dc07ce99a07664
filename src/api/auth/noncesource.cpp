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
    if (!source.nonce.isEmpty()) { // one the user has: no session to make
        QMetaObject::invokeMethod(
            context, [done, nonce = source.nonce] { done(nonce); }, Qt::QueuedConnection);
        return;
    }
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
