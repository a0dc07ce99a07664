#pragma once

#include "gui/models/keyedtablemodel.h"

#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QTimeZone>

namespace fstudio::gui {

// Schedules of the project with function names and the next run (computed with the core cron
// engine) in local time and UTC. setSchedules() updates rows in place.
class SchedulesModel : public KeyedTableModel<FunctionSchedule>
{
    Q_OBJECT

public:
    // LocalTime: what a schedule made on the Simple tab means, from the tag in its description
    // (core/cron/scheduleintent.h); the Description column shows the description without it.
    // LastRun: the newest scheduled call (gui/schedules/lastruns.h), a status badge and its time.
    enum Column { Name, Function, Cron, When, LocalTime, NextLocal, NextUtc, LastRun, Description, ColumnCount };

    explicit SchedulesModel(QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setSchedules(const QList<FunctionSchedule> &schedules);
    void setFunctionNames(const QHash<qint64, QString> &names);
    void setNow(const QDateTime &nowUtc); // tests; default: the current time
    void setLocalZone(const QTimeZone &zone); // "Next run" (and its header) in this zone; default: the system's
    const FunctionSchedule &schedule(int row) const { return m_rows.at(row); }
    const QList<FunctionSchedule> &schedules() const { return m_rows; }
    std::optional<QDateTime> nextRun(int row) const;
    // By schedule id; `answered`: schedules whose last run was read (no call there: none yet);
    // `unread`: schedules whose last run could not be read (said in the cell).
    void setLastRuns(const QHash<qint64, FunctionCall> &calls, const QSet<qint64> &answered, const QSet<qint64> &unread);
    // A schedule's newest finished runs (at most RecentRunsKept, from the project's call
    // history); one whose newest run failed, or half of them, stands out: a warning on its name.
    struct RecentRuns
    {
        int runs = 0;
        int failures = 0; // failed and timed out
        bool newestFailed = false;
        bool isFailing() const { return newestFailed || (runs >= 2 && failures * 2 >= runs); }
        friend bool operator==(const RecentRuns &, const RecentRuns &) = default;
    };
    static constexpr int RecentRunsKept = 5;
    static RecentRuns recentRunsOf(QList<FunctionCall> calls); // calls of one schedule, any order
    void setRecentRuns(const QHash<qint64, RecentRuns> &runs);
    bool isFailing(int row) const;

private:
    QVariant dataFor(const QModelIndex &index, int role) const; // data() makes tool tips plain text
    QHash<qint64, QString> m_names;
    QHash<qint64, FunctionCall> m_lastRuns;
    QHash<qint64, RecentRuns> m_recentRuns;
    QSet<qint64> m_unreadRuns;
    QSet<qint64> m_answeredRuns;
    std::optional<QDateTime> m_now;
    std::optional<QTimeZone> m_zone;
};

} // namespace fstudio::gui
