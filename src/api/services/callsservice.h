#pragma once

#include "api/services/service.h"

#include "core/wire/callfilter.h"
#include "core/wire/callrequest.h"
#include "core/wire/callresponse.h"
#include "core/wire/functioncall.h"
#include "core/wire/logentry.h"

#include <QObject>

namespace fstudio::api {

struct CallPage
{
    QList<FunctionCall> items;
    QString nextCursor; // empty on the last page
};

// Calls endpoints (docs/cdf-api-notes.md §2.6-2.11).
class CallsService : public Service
{
public:
    using Service::Service;

    Pending<FunctionCall> call(qint64 functionId, const QJsonObject &data, const QString &nonce);
    Pending<CallPage> list(qint64 functionId, const CallFilter &filter);
    Pending<QList<FunctionCall>> byIds(qint64 functionId, const QList<qint64> &callIds);
    Pending<FunctionCall> retrieve(qint64 functionId, qint64 callId);
    Pending<CallResponse> response(qint64 functionId, qint64 callId);
    Pending<QList<LogEntry>> logs(qint64 functionId, qint64 callId);
};

// Streams the calls of a function page by page over the server's cursor. fetchNext() asks for
// the next page; page() delivers it. One request at a time.
class CallPager : public QObject
{
    Q_OBJECT

public:
    CallPager(CdfClient *client, qint64 functionId, CallFilter filter, QObject *parent = nullptr);
    void fetchNext();
    void fetchAll(); // keeps fetching until the last page
    bool hasMore() const { return !m_done; }
    bool isFetching() const { return m_fetching; }
    qint64 functionId() const { return m_functionId; }
    int fetchedCount() const { return m_count; }

Q_SIGNALS:
    void page(const QList<fstudio::FunctionCall> &items, bool more);
    void failed(const fstudio::api::ApiError &error);

private:
    CallsService m_service;
    qint64 m_functionId;
    CallFilter m_filter;
    bool m_fetching = false;
    bool m_done = false;
    bool m_all = false;
    int m_count = 0;
};

} // namespace fstudio::api
