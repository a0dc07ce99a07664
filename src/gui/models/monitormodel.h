#pragma once

#include "core/monitor/callstats.h"
#include "core/wire/function.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

Q_DECLARE_METATYPE(fstudio::CallStats)

namespace fstudio::gui {

// The Monitor page's table: one row per function with its figures over the chosen window
// (CallStats). Rows are updated in place as each function's calls come in (dataChanged, never a
// reset), so sorting, selection and scroll survive.
class MonitorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Calls, Failed, Timeouts, ErrorRate, P50, P95, Max, Activity, LastCall, Version, ColumnCount };
    // Where a row's figures stand: not read yet, being read (figures so far), complete.
    enum class Reading { NotYet, Partly, Done };

    explicit MonitorModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The project's functions: rows of functions still there keep their figures.
    void setFunctions(const QList<Function> &functions);
    // One version of a row's external id (CallArchive), with its calls in the window.
    struct VersionCalls
    {
        int number = 0;
        qint64 functionId = 0;
        qint64 createdTime = 0;
        int calls = 0;
        bool current = false;
    };
    // A row's versions, oldest first (empty: no external id, or no history kept); its figures
    // then cover the calls of every version in the window.
    void setVersions(qint64 functionId, const QList<VersionCalls> &versions);
    // truncated: only the newest calls were kept (the figures cover part of the window).
    void setStats(qint64 functionId, const CallStats &stats, Reading reading, bool truncated);
    void clear();
    int rowOf(qint64 functionId) const;
    qint64 functionIdAt(int row) const { return m_rows.at(row).functionId; }
    const CallStats &statsAt(int row) const { return m_rows.at(row).stats; }
    Reading readingAt(int row) const { return m_rows.at(row).reading; }
    // Ages ("5 min ago") are written against this clock (tests; else the machine's).
    void setNow(std::optional<qint64> nowMs) { m_nowMs = nowMs; }

private:
    struct Row
    {
        qint64 functionId = 0;
        QString name;
        QString externalId;
        CallStats stats;
        Reading reading = Reading::NotYet;
        bool truncated = false;
        QList<VersionCalls> versions;
    };
    QVariant display(const Row &r, int column, bool raw) const;
    QList<Row> m_rows;
    std::optional<qint64> m_nowMs;
};

} // namespace fstudio::gui
