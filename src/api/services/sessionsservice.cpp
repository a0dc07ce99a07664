#include "api/services/sessionsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QCoreApplication>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// SessionsServiceText::tr(): sessions and sign-in checks, under the context "SessionsService".
struct SessionsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(SessionsService)
};
} // namespace

Pending<Session> SessionsService::create(const SessionCreate &how)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    CdfClient::Request r = CdfClient::Request::postJson(u"sessions"_s, how.toRequestBody(), SessionsServiceText::tr("create a session for the call"));
    r.idempotent = true; // the SDK retries POST /sessions; an extra session is harmless
    return send<Session>(r, decodeFirstItem<Session>);
}

} // namespace fstudio::api
