#include "api/workflows/callhistory.h"

#include "api/services/callsservice.h"
#include "api/transport/cdfclient.h"

#include <algorithm>

namespace fstudio::api {

namespace {
const QList<FunctionCall> NoCalls;
}

CallHistory::CallHistory(QObject *parent)
    : QObject(parent)
{
    m_sinceThrottle.start();
}

CallHistory::~CallHistory()
{
    cancel();
}

void CallHistory::setClient(CdfClient *client)
{
    if (client == m_client)
        return;
    cancel();
    m_entries.clear();
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_limit = m_ceiling;
    if (client)
        connect(client, &CdfClient::retrying, this, &CallHistory::onRetrying);
}

void CallHistory::setMaxInFlight(int n)
{
    m_ceiling = n > 0 ? n : MaxInFlight;
    m_limit = m_ceiling;
}

const QList<FunctionCall> &CallHistory::calls(qint64 functionId) const
{
    const auto it = m_entries.constFind(functionId);
    return it == m_entries.cend() ? NoCalls : it->calls;
}

qint64 CallHistory::coveredFrom(qint64 functionId) const
{
    const auto it = m_entries.constFind(functionId);
    return it == m_entries.cend() ? Never : it->coveredFrom;
}

bool CallHistory::isTruncated(qint64 functionId) const
{
    const auto it = m_entries.constFind(functionId);
    return it != m_entries.cend() && it->truncated;
}

bool CallHistory::isReading(qint64 functionId) const
{
    for (const Task &t : m_queue)
        if (t.functionId == functionId)
            return true;
    for (const Active &a : m_active)
        if (a.task.functionId == functionId)
            return true;
    return false;
}

void CallHistory::cancel()
{
    for (auto it = m_active.cbegin(); it != m_active.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->deleteLater(); // its request's answer is dropped with it
    }
    m_active.clear();
    m_queue.clear();
    m_again.clear();
}

void CallHistory::refresh(const QList<qint64> &functionIds, qint64 sinceMs)
{
    if (!m_client)
        return;
    const QSet<qint64> wanted(functionIds.cbegin(), functionIds.cend());
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (wanted.contains(it.key())) {
            ++it;
            continue;
        }
        const qint64 gone = it.key();
        m_queue.removeIf([gone](const Task &t) { return t.functionId == gone; });
        for (auto a = m_active.begin(); a != m_active.end();) {
            if (a->task.functionId == gone) {
                a.key()->disconnect(this);
                a.key()->deleteLater();
                a = m_active.erase(a);
            } else {
                ++a;
            }
        }
        m_again.remove(gone);
        it = m_entries.erase(it);
    }
    for (qint64 id : functionIds)
        plan(id, sinceMs);
    startNext();
    if (!isReading())
        Q_EMIT idle();
}

void CallHistory::plan(qint64 functionId, qint64 sinceMs)
{
    Entry &e = m_entries[functionId];
    if (isReading(functionId)) {
        const auto again = m_again.constFind(functionId);
        m_again.insert(functionId, again == m_again.cend() ? sinceMs : std::min(*again, sinceMs));
        return;
    }
    const qint64 now = m_client->serverNowMs();
    if (e.coveredFrom == Never) {
        m_queue << Task{functionId, sinceMs, std::nullopt, now, true};
        return;
    }
    // What started since the last read, and back to the oldest call that was still running then
    // (within a day: a call never seen to end is not read back for ever).
    qint64 from = e.readAt - OverlapMs;
    for (const FunctionCall &c : std::as_const(e.calls)) {
        if (c.status == CallStatus::Running)
            from = std::min(from, std::max(c.startTime, now - MaxRunningLookBackMs));
    }
    m_queue << Task{functionId, std::max<qint64>(0, from), std::nullopt, now, true};
    if (sinceMs < e.coveredFrom && !e.truncated)
        m_queue << Task{functionId, sinceMs, e.coveredFrom - 1, now, false};
}

void CallHistory::startNext()
{
    if (!m_client) {
        m_queue.clear(); // the connection is gone: nothing more can be read
        m_again.clear();
    }
    while (m_client && m_active.size() < m_limit && !m_queue.isEmpty()) {
        const Task task = m_queue.takeFirst();
        CallFilter filter;
        filter.limit = CallFilter::MaxLimit;
        filter.startTime.min = task.minStart;
        filter.startTime.max = task.maxStart;
        auto *pager = new CallPager(m_client, task.functionId, filter, this);
        m_active.insert(pager, Active{task, pager, false});
        connect(pager, &CallPager::page, this, [this, pager](const QList<FunctionCall> &items, bool more) {
            const auto a = m_active.find(pager);
            if (a == m_active.end())
                return;
            const auto e = m_entries.find(a->task.functionId);
            if (e == m_entries.end()) { // forgotten meanwhile (deleted): this read ends too
                finish(pager, false);
                return;
            }
            const qint64 functionId = a->task.functionId;
            const bool head = a->task.head;
            const bool full = merge(*e, items, *a);
            // A read of the newest calls goes on to its end (what is older is let go as it comes);
            // a gap read stops when full: what it would read next is older than all that is kept.
            const bool stop = !more || (full && !head);
            Q_EMIT arrived(functionId, items);
            if (!m_active.contains(pager)) // a slot of arrived() ended it (cancel, a new client)
                return;
            Q_EMIT updated(functionId);
            if (stop && m_active.contains(pager)) // a slot of updated() may have ended it
                finish(pager, true);
        });
        connect(pager, &CallPager::failed, this, [this, pager](const ApiError &error) {
            const auto a = m_active.constFind(pager);
            if (a == m_active.cend())
                return;
            const qint64 functionId = a->task.functionId;
            finish(pager, false);
            if (error.kind == ApiError::Kind::Cancelled)
                return;
            if (error.httpStatus == 404) { // deleted meanwhile: the next refresh lists the rest
                m_entries.remove(functionId);
                Q_EMIT updated(functionId);
                return;
            }
            Q_EMIT failed(functionId, error);
        });
        pager->fetchAll();
    }
}

bool CallHistory::merge(Entry &e, const QList<FunctionCall> &items, Active &a)
{
    m_listed += items.size();
    for (const FunctionCall &c : items) {
        const auto at = e.index.constFind(c.id);
        if (at != e.index.cend()) {
            e.calls[*at] = c; // a running call that ended, or the same call again
        } else {
            e.index.insert(c.id, e.calls.size());
            e.calls << c;
        }
    }
    if (e.calls.size() <= MaxCallsPerFunction)
        return false;
    // Full: the newest are kept, and what is covered starts at the oldest of them.
    std::sort(e.calls.begin(), e.calls.end(), [](const FunctionCall &x, const FunctionCall &y) { return x.startTime > y.startTime; });
    e.calls.resize(MaxCallsPerFunction);
    e.index.clear();
    for (qsizetype i = 0; i < e.calls.size(); ++i)
        e.index.insert(e.calls[i].id, i);
    e.truncated = true;
    e.floor = std::max(e.floor, e.calls.last().startTime);
    e.coveredFrom = std::max(e.coveredFrom == Never ? e.floor : e.coveredFrom, e.floor);
    a.full = true;
    return true;
}

void CallHistory::finish(CallPager *pager, bool complete)
{
    const auto found = m_active.find(pager);
    if (found == m_active.end())
        return;
    const Active a = *found;
    m_active.erase(found);
    pager->disconnect(this);
    pager->deleteLater();
    const qint64 functionId = a.task.functionId;
    if (const auto e = m_entries.find(functionId); complete && e != m_entries.end()) {
        if (a.task.head)
            e->readAt = a.task.startedAt;
        // What this read covered: down to its lower bound, never below what was let go when full.
        if (!a.task.head || e->coveredFrom == Never)
            e->coveredFrom = std::max(e->floor, std::min(e->coveredFrom, a.task.minStart));
    }
    if (m_limit < m_ceiling && m_sinceThrottle.elapsed() > 10'000) {
        ++m_limit; // no 429 for a while: one more at once again
        m_sinceThrottle.restart();
    }
    if (!isReading(functionId)) {
        Q_EMIT functionRead(functionId);
        const auto again = m_again.constFind(functionId); // looked up after the signal: a slot may have changed things
        if (again != m_again.cend() && m_entries.contains(functionId)) {
            const qint64 since = *again;
            m_again.erase(again);
            plan(functionId, since);
        }
    }
    startNext();
    if (!isReading())
        Q_EMIT idle();
}

void CallHistory::onRetrying(const QByteArray &, const QString &path, int httpStatus, int)
{
    if (httpStatus != 429 || !path.contains(u"/calls/list"))
        return;
    m_limit = std::max(1, m_limit / 2);
    m_sinceThrottle.restart();
}

} // namespace fstudio::api
