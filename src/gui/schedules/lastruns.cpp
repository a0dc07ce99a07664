#include "gui/schedules/lastruns.h"

#include "api/services/callsservice.h"

#include "core/wire/callfilter.h"

#include <algorithm>

namespace fstudio::gui {

void LastRuns::cancelReads()
{
    ++m_generation; // answers still on their way are dropped
    for (const QPointer<api::ApiJob> &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
    m_jobs.clear();
}

void LastRuns::clear()
{
    cancelReads();
    m_queue.clear();
    m_calls.clear();
    m_unread.clear();
    m_answered.clear();
    m_readIds.clear();
    m_inFlight = 0;
    m_lastRead.invalidate();
    Q_EMIT changed();
}

void LastRuns::refresh(api::CdfClient *client, const QList<FunctionSchedule> &schedules, bool force)
{
    QList<qint64> ids;
    for (const FunctionSchedule &s : schedules)
        ids << s.id;
    std::sort(ids.begin(), ids.end());
    const bool sameSet = ids == m_readIds && client == m_client;
    if (!force && sameSet && (isReading() || (m_lastRead.isValid() && m_lastRead.elapsed() < MinIntervalMs)))
        return;
    cancelReads();
    m_client = client;
    m_readIds = ids;
    m_inFlight = 0;
    m_queue.clear();
    m_lastRead.start();
    // Deleted schedules go; the others keep what was read until the new answer comes.
    const QSet<qint64> present(ids.cbegin(), ids.cend());
    m_calls.removeIf([&present](QHash<qint64, FunctionCall>::iterator it) { return !present.contains(it.key()); });
    m_answered.intersect(present);
    m_unread.clear();
    for (const FunctionSchedule &s : schedules) {
        if (!s.functionId)
            continue;
        if (m_queue.size() >= MaxSchedules)
            m_unread << s.id;
        else
            m_queue << s;
    }
    Q_EMIT changed();
    if (m_queue.isEmpty()) {
        Q_EMIT done();
        return;
    }
    next();
}

void LastRuns::finishOne()
{
    Q_EMIT changed();
    next();
    if (!isReading())
        Q_EMIT done();
}

void LastRuns::next()
{
    if (!m_client) {
        m_queue.clear();
        return;
    }
    while (m_inFlight < MaxInFlight && !m_queue.isEmpty()) {
        const FunctionSchedule s = m_queue.takeFirst();
        CallFilter filter;
        filter.scheduleId = s.id;
        filter.limit = 1;
        ++m_inFlight;
        auto pending = api::CallsService(m_client).list(*s.functionId, filter);
        m_jobs.removeAll(nullptr);
        m_jobs << pending.job();
        pending.then(this, [this, id = s.id, generation = m_generation](const api::Pending<api::CallPage>::Result &r) {
            if (generation != m_generation)
                return;
            --m_inFlight;
            if (!r) {
                m_unread << id;
                m_answered.remove(id);
                return finishOne();
            }
            m_answered << id;
            if (r->items.isEmpty()) {
                m_calls.remove(id);
            } else {
                // Newest first in CDF and the emulator; the newest of the page either way.
                m_calls.insert(id, *std::max_element(r->items.cbegin(), r->items.cend(), [](const FunctionCall &a, const FunctionCall &b) {
                                   return a.startTime < b.startTime;
                               }));
            }
            finishOne();
        });
    }
}

} // namespace fstudio::gui
