#include "api/services/callsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>

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
        &CallsService::decodePage);
}

CallPage CallsService::decodePage(const QByteArray &body, ApiError *e)
{
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
}

// The cursor of a calls page without reading the page: CDF (and the emulator) write it as the
// last member, `…,"nextCursor":"<cursor>"}`, so it is read from the end; anything else (another
// order, escapes in it) falls back to a scan of the top-level members.
std::optional<QString> CallsService::cursorOf(const QByteArray &body)
{
    qsizetype end = body.size();
    while (end > 0 && QChar::isSpace(uchar(body[end - 1])))
        --end;
    if (end < 2 || body[end - 1] != '}')
        return std::nullopt;
    qsizetype last = end - 2;
    while (last >= 0 && QChar::isSpace(uchar(body[last])))
        --last;
    if (last >= 0 && body[last] == '"') {
        static const QByteArray key = "\"nextCursor\":\"";
        const qsizetype at = body.lastIndexOf(key, last);
        qsizetype before = at - 1;
        while (before >= 0 && QChar::isSpace(uchar(body[before])))
            --before;
        if (at > 0 && before >= 0 && (body[before] == ',' || body[before] == '{')) {
            const QByteArrayView value(body.constData() + at + key.size(), last - at - key.size());
            if (!value.contains('"') && !value.contains('\\'))
                return QString::fromUtf8(value);
        }
    }
    const auto member = JsonText::member(body, "nextCursor");
    if (!member)
        return QString(); // none: the last page (a damaged body fails its decode)
    const QJsonValue v = QJsonDocument::fromJson("[" + *member + "]").array().at(0);
    if (!v.isString() && !v.isNull())
        return std::nullopt;
    return v.toString();
}

Pending<RawCallPage> CallsService::listRaw(qint64 functionId, const CallFilter &filter)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    auto request =
        CdfClient::Request::postJson(u"functions/%1/calls/list"_s.arg(functionId), filter.toRequestBody(), CallsServiceText::tr("list calls"));
    request.cheapDecoder = true; // reads the end of the body: the next page goes out at once
    return send<RawCallPage>(std::move(request), [](const QByteArray &body, ApiError *e) -> RawCallPage {
        // A cut-off body is unreadable here already, so the client tries it again as it would
        // for a page decoded at once.
        const auto cursor = cursorOf(body);
        qsizetype first = 0;
        while (first < body.size() && QChar::isSpace(uchar(body[first])))
            ++first;
        if (!cursor || first == body.size() || body[first] != '{') {
            e->message = QCoreApplication::translate("CdfClient", "unexpected answer: %1").arg(u"not a page of calls"_s);
            return {};
        }
        return RawCallPage{body, *cursor};
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

Pending<QByteArray> CallsService::logsRaw(qint64 functionId, qint64 callId)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    auto request = CdfClient::Request::get(u"functions/%1/calls/%2/logs"_s.arg(functionId).arg(callId),
                                           CallsServiceText::tr("read the logs of call %1").arg(callId));
    request.cheapDecoder = true; // decoded where it is searched, on a worker thread
    return send<QByteArray>(std::move(request), [](const QByteArray &body, ApiError *e) -> QByteArray {
        if (!body.trimmed().startsWith('{')) {
            e->message = QCoreApplication::translate("CdfClient", "unexpected answer: %1").arg(u"not a JSON object"_s);
            return {};
        }
        return body;
    });
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
    if (m_requesting || m_done)
        return;
    m_requesting = true;
    const std::optional<QString> asked = m_filter.cursor;
    m_service.listRaw(m_functionId, m_filter).then(this, [this, asked, generation = m_generation](const Pending<RawCallPage>::Result &r) {
        if (generation != m_generation)
            return; // a page before it could not be read: it is asked for again
        m_requesting = false;
        if (!r) {
            // The cursor is unchanged: fetchNext() asks for this page again. Pages read before it
            // are delivered first.
            if (m_decoding.isEmpty())
                Q_EMIT failed(r.error());
            else
                m_pendingError = r.error();
            return;
        }
        if (r->nextCursor.isEmpty())
            m_done = true;
        else
            m_filter.cursor = r->nextCursor;
        auto slot = std::make_shared<Decoded>();
        slot->asked = asked;
        m_decoding << slot;
        // The next page is asked for before this one is decoded: the server works while we do.
        if (m_all && !m_done)
            fetchNext();
        auto *watcher = new QFutureWatcher<void>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            watcher->deleteLater();
            deliver();
        });
        watcher->setFuture(QtConcurrent::run([slot, body = r->body] {
            slot->page = CallsService::decodePage(body, &slot->error);
            slot->ready.store(true, std::memory_order_release);
        }));
    });
}

void CallPager::deliver()
{
    while (!m_decoding.isEmpty() && m_decoding.first()->ready.load(std::memory_order_acquire)) {
        const std::shared_ptr<Decoded> slot = m_decoding.takeFirst();
        if (!slot->error.message.isEmpty()) {
            // Unreadable (cut off where the cursor scan could not tell): this page and what came
            // after it are asked for again by the next fetchNext().
            slot->error.kind = ApiError::Kind::Decode;
            slot->error.what = CallsServiceText::tr("list calls");
            m_filter.cursor = slot->asked;
            m_done = false;
            m_requesting = false;
            m_pendingError.reset();
            m_decoding.clear();
            ++m_generation;
            Q_EMIT failed(slot->error);
            return;
        }
        m_count += int(slot->page.items.size());
        const bool more = !slot->page.nextCursor.isEmpty();
        Q_EMIT page(slot->page.items, more);
    }
    if (m_decoding.isEmpty() && m_pendingError)
        Q_EMIT failed(*std::exchange(m_pendingError, std::nullopt));
}

} // namespace fstudio::api
