#pragma once

#include "api/transport/apierror.h"

#include "core/wire/functioncall.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <limits>

namespace fstudio::api {

class CallPager;
class CdfClient;

// The calls of a project's functions from a point in time on, read incrementally
// (docs/ARCHITECTURE.md "Monitoring"): the first read of a function lists its calls with the
// server-side start-time filter; later reads list only what started since the last read (less an
// overlap, and back to its oldest call still running), because a finished call never changes; a
// wider window reads only the part not yet covered. Several functions are read at once (at most
// maxInFlight(), halved when the server answers 429 and raised again while it does not), each
// over CallPager's pipelined pages. updated() is emitted as each page lands, so figures show as
// they arrive. Owned by the project session; a new client forgets everything.
class CallHistory : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;
    static constexpr int MaxCallsPerFunction = 200'000; // the newest are kept
    static constexpr qint64 OverlapMs = 5 * 60 * 1000; // re-read before the last read: a late-listed call is caught
    static constexpr qint64 MaxRunningLookBackMs = 24LL * 3600 * 1000;
    static constexpr qint64 Never = std::numeric_limits<qint64>::max();

    explicit CallHistory(QObject *parent = nullptr);
    ~CallHistory() override;
    void setClient(CdfClient *client);
    CdfClient *client() const { return m_client; }

    // Brings every function of ids up to date from sinceMs (the client's server time) on; the
    // functions not in ids are forgotten (deleted). A function being read is planned again when
    // its read ends.
    void refresh(const QList<qint64> &functionIds, qint64 sinceMs);
    void cancel();

    // The calls read of a function, in no particular order (empty when none).
    const QList<FunctionCall> &calls(qint64 functionId) const;
    // Every call starting at or after coveredFrom() was listed by the last read (Never: not yet).
    qint64 coveredFrom(qint64 functionId) const;
    bool isTruncated(qint64 functionId) const; // MaxCallsPerFunction reached
    bool isReading() const { return !m_queue.isEmpty() || !m_active.isEmpty(); }
    bool isReading(qint64 functionId) const;
    int maxInFlight() const { return m_limit; }
    qint64 callsListed() const { return m_listed; } // every call the server listed, re-reads included
    QList<qint64> functionIds() const { return m_entries.keys(); }

    // Tests: the most read at once (0 restores MaxInFlight).
    void setMaxInFlight(int n);

Q_SIGNALS:
    void updated(qint64 functionId); // new or changed calls of the function
    // A page of a function's calls as the server listed it (new ones, and ones read again),
    // before updated(): for whoever keeps them beyond this history (CallArchive).
    void arrived(qint64 functionId, const QList<fstudio::FunctionCall> &calls);
    void functionRead(qint64 functionId); // a read of it ended (all of its pages are in)
    void failed(qint64 functionId, const fstudio::api::ApiError &error);
    void idle(); // every read asked for has ended

private:
    struct Entry
    {
        QList<FunctionCall> calls;
        QHash<qint64, qsizetype> index; // call id -> position in calls
        qint64 coveredFrom = Never;
        qint64 readAt = 0; // server time when the last complete read of the newest calls began
        qint64 floor = 0; // calls older than this were let go (MaxCallsPerFunction)
        bool truncated = false;
    };
    struct Task
    {
        qint64 functionId = 0;
        qint64 minStart = 0;
        std::optional<qint64> maxStart; // a gap below what is covered
        qint64 startedAt = 0;
        bool head = true;
    };
    struct Active
    {
        Task task;
        CallPager *pager = nullptr;
        bool full = false; // MaxCallsPerFunction reached: the oldest were let go
    };
    void plan(qint64 functionId, qint64 sinceMs);
    void startNext();
    bool merge(Entry &e, const QList<FunctionCall> &items, Active &a); // true: full
    void finish(CallPager *pager, bool complete);
    void onRetrying(const QByteArray &method, const QString &path, int httpStatus, int delayMs);

    QPointer<CdfClient> m_client;
    QHash<qint64, Entry> m_entries;
    QList<Task> m_queue;
    QHash<CallPager *, Active> m_active;
    QHash<qint64, qint64> m_again; // function id -> since: asked for while being read
    int m_limit = MaxInFlight;
    int m_ceiling = MaxInFlight;
    QElapsedTimer m_sinceThrottle;
    qint64 m_listed = 0;
};

} // namespace fstudio::api
