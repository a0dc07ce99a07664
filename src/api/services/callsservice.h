#pragma once

#include "api/services/service.h"

#include "core/wire/callfilter.h"
#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace fstudio::api {

struct CallPage
{
    QList<FunctionCall> items;
    QString nextCursor; // empty on the last page
};

// A page of calls as it came, with its cursor read ahead of the items (CallPager).
struct RawCallPage
{
    QByteArray body;
    QString nextCursor; // empty on the last page
};

// Calls endpoints (docs/cdf-api-notes.md §2.6-2.11).
class CallsService : public Service
{
public:
    using Service::Service;

    Pending<FunctionCall> call(qint64 functionId, const QJsonObject &data, const QString &nonce);
    Pending<CallPage> list(qint64 functionId, const CallFilter &filter);
    // The same page undecoded, only its cursor read (a scan, no JSON tree): the next page can be
    // asked for while this one is decoded (decodePage(), on a worker thread).
    Pending<RawCallPage> listRaw(qint64 functionId, const CallFilter &filter);
    static CallPage decodePage(const QByteArray &body, ApiError *error);
    // A page's nextCursor ("" on the last page), read from the end of the body when it is there;
    // nullopt when the body is no JSON object.
    static std::optional<QString> cursorOf(const QByteArray &body);
    Pending<QList<FunctionCall>> byIds(qint64 functionId, const QList<qint64> &callIds);
    Pending<FunctionCall> retrieve(qint64 functionId, qint64 callId);
    Pending<CallResponse> response(qint64 functionId, qint64 callId);
    Pending<QList<LogEntry>> logs(qint64 functionId, qint64 callId);
    // The logs as the server wrote them (the search across calls caches these bytes).
    Pending<QByteArray> logsRaw(qint64 functionId, qint64 callId);
};

// Streams the calls of a function page by page over the server's cursor. fetchNext() asks for
// the next page; page() delivers it. One request at a time, but pipelined: as soon as a page's
// cursor is read, fetchAll() asks for the next one while a worker thread decodes this one; pages
// are delivered in order.
class CallPager : public QObject
{
    Q_OBJECT

public:
    CallPager(CdfClient *client, qint64 functionId, CallFilter filter, QObject *parent = nullptr);
    void fetchNext();
    void fetchAll(); // keeps fetching until the last page
    bool hasMore() const { return !m_done || !m_decoding.isEmpty(); }
    bool isFetching() const { return m_requesting || !m_decoding.isEmpty(); }
    qint64 functionId() const { return m_functionId; }
    int fetchedCount() const { return m_count; }

Q_SIGNALS:
    void page(const QList<fstudio::FunctionCall> &items, bool more);
    void failed(const fstudio::api::ApiError &error);

private:
    struct Decoded
    {
        CallPage page;
        ApiError error;
        std::optional<QString> asked; // the cursor this page was asked for with
        std::atomic<bool> ready = false; // page and error are written before it is set
    };
    void deliver();

    CallsService m_service;
    qint64 m_functionId;
    CallFilter m_filter;
    bool m_requesting = false;
    bool m_done = false; // the last page was received (it may still be decoding)
    std::optional<ApiError> m_pendingError; // a request failed while pages before it were decoding
    int m_generation = 0; // bumped when a page could not be read: answers asked after it are dropped
    bool m_all = false;
    int m_count = 0;
    QList<std::shared_ptr<Decoded>> m_decoding; // in the order received; delivered from the front
};

} // namespace fstudio::api
