#include "api/services/callsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// CallsServiceText::tr(): the actions of the calls API, under the context "CallsService".
struct CallsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(CallsService)
};
} // namespace

Pending<FunctionCall> CallsService::call(qint64 functionId, const QJsonObject &data, const QString &nonce)
{
    return send<FunctionCall>(CdfClient::Request::postJson(u"functions/%1/call"_s.arg(functionId), CallRequest{data, nonce}.toJson(),
                                                           //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                                                           CallsServiceText::tr("call function %1").arg(functionId)),
                              decodeObject<FunctionCall>);
}

Pending<CallPage> CallsService::list(qint64 functionId, const CallFilter &filter)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<CallPage>(
        CdfClient::Request::postJson(u"functions/%1/calls/list"_s.arg(functionId), filter.toRequestBody(), CallsServiceText::tr("list calls")),
        [](const QByteArray &body, ApiError *e) -> CallPage {
            const auto doc = parseJsonObject(body);
            if (!doc) {
                e->message = doc.error().toString();
                return {};
            }
            CallPage p;
            p.items = decodeItemsList<FunctionCall>(*doc, e);
            const QJsonValue cursor = doc->value("nextCursor"_L1);
            if (cursor.isString())
                p.nextCursor = cursor.toString();
            return p;
        });
}

Pending<QList<FunctionCall>> CallsService::byIds(qint64 functionId, const QList<qint64> &callIds)
{
    QList<Identifier> ids;
    for (qint64 id : callIds)
        ids << Identifier::byId(id);
    const QJsonArray items = Identifier::toJsonArray(ids); // each id once (docs/cdf-api-notes.md §11)
    return send<QList<FunctionCall>>(CdfClient::Request::postJson(u"functions/%1/calls/byids"_s.arg(functionId), QJsonObject{{"items"_L1, items}},
                                                                  //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                                                                  CallsServiceText::tr("read calls")),
                                     decodeItems<FunctionCall>);
}

Pending<FunctionCall> CallsService::retrieve(qint64 functionId, qint64 callId)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<FunctionCall>(
        CdfClient::Request::get(u"functions/%1/calls/%2"_s.arg(functionId).arg(callId), CallsServiceText::tr("read call %1").arg(callId)),
        decodeObject<FunctionCall>);
}

Pending<CallResponse> CallsService::response(qint64 functionId, qint64 callId)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<CallResponse>(CdfClient::Request::get(u"functions/%1/calls/%2/response"_s.arg(functionId).arg(callId),
                                                      CallsServiceText::tr("read the response of call %1").arg(callId)),
                              [](const QByteArray &body, ApiError *error) {
                                  CallResponse r = decodeObject<CallResponse>(body, error);
                                  r.responseText = JsonText::member(body, "response").value_or(QByteArray());
                                  return r;
                              });
}

Pending<QList<LogEntry>> CallsService::logs(qint64 functionId, qint64 callId)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<QList<LogEntry>>(CdfClient::Request::get(u"functions/%1/calls/%2/logs"_s.arg(functionId).arg(callId),
                                                         CallsServiceText::tr("read the logs of call %1").arg(callId)),
                                 decodeItems<LogEntry>);
}

CallPager::CallPager(CdfClient *client, qint64 functionId, CallFilter filter, QObject *parent)
    : QObject(parent)
    , m_service(client)
    , m_functionId(functionId)
    , m_filter(std::move(filter))
{
    m_filter.cursor.reset();
}

void CallPager::fetchAll()
{
    m_all = true;
    fetchNext();
}

void CallPager::fetchNext()
{
    if (m_fetching || m_done)
        return;
    m_fetching = true;
    m_service.list(m_functionId, m_filter).then(this, [this](const Pending<CallPage>::Result &r) {
        m_fetching = false;
        if (!r) {
            Q_EMIT failed(r.error());
            return;
        }
        m_count += int(r->items.size());
        if (r->nextCursor.isEmpty())
            m_done = true;
        else
            m_filter.cursor = r->nextCursor;
        Q_EMIT page(r->items, !m_done);
        if (m_all && !m_done)
            fetchNext();
    });
}

} // namespace fstudio::api
