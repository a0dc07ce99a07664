#pragma once

#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace fstudio::api {
class ApiJob;
class CdfClient;
} // namespace fstudio::api

namespace fstudio::gui {

// The newest scheduled call of every schedule, for the Schedules page's "Last run" column: one
// small request per schedule (calls filtered by schedule id, one item: CDF lists newest first),
// a few at a time, at most MaxSchedules per refresh. Results arrive one by one; a refresh that
// starts before the last one ended replaces it (its late answers are dropped).
class LastRuns : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxInFlight = 4;
    static constexpr int MaxSchedules = 300;
    static constexpr qint64 MinIntervalMs = 60 * 1000; // between refreshes of an unchanged set

    using QObject::QObject;
    // Reads again when the set of schedules changed, when forced, or when the last read is older
    // than MinIntervalMs; otherwise does nothing.
    void refresh(api::CdfClient *client, const QList<FunctionSchedule> &schedules, bool force = false);
    void clear();
    const QHash<qint64, FunctionCall> &calls() const { return m_calls; } // by schedule id
    QSet<qint64> unread() const { return m_unread; } // schedules past MaxSchedules, or whose read failed
    QSet<qint64> answered() const { return m_answered; } // read, with or without a call
    bool isReading() const { return m_inFlight > 0 || !m_queue.isEmpty(); }

Q_SIGNALS:
    void changed(); // calls() or unread() changed
    void done();

private:
    void next();
    void finishOne();
    void cancelReads();
    QList<QPointer<api::ApiJob>> m_jobs; // reads under way, cancelled by the next refresh
    QPointer<api::CdfClient> m_client;
    QList<FunctionSchedule> m_queue;
    QHash<qint64, FunctionCall> m_calls;
    QSet<qint64> m_unread;
    QSet<qint64> m_answered;
    QList<qint64> m_readIds; // the set last read, sorted
    QElapsedTimer m_lastRead;
    int m_generation = 0;
    int m_inFlight = 0;
};

} // namespace fstudio::gui
