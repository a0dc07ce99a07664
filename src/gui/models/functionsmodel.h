#pragma once

#include "gui/models/driftresult.h"
#include "gui/models/keyedtablemodel.h"

#include "core/wire/function.h"
#include "core/wire/functioncall.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace fstudio::gui {

// The functions of the project. setFunctions() updates rows in place (insert/remove/dataChanged,
// never a reset) so selection and scroll position survive a refresh.
class FunctionsModel : public KeyedTableModel<Function>
{
    Q_OBJECT

public:
    // LastCall: the newest call's status and age (from the project's call history; CDF's
    // lastCalled time until that is read). ErrorRate: failed and timed-out calls of those that
    // finished in the last 24 hours.
    enum Column { Name, ExternalId, Status, Runtime, Owner, Created, LastCall, ErrorRate, Cpu, Memory, LocalCode, ColumnCount };

    // What the call history says about a function's last 24 hours.
    struct CallSummary
    {
        std::optional<FunctionCall> newest;
        int finished = 0;
        int failures = 0; // failed and timed out
        friend bool operator==(const CallSummary &, const CallSummary &) = default;
    };

    explicit FunctionsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFunctions(const QList<Function> &functions);
    void clear();
    // Whether the folder the function was deployed from still holds its code (column LocalCode).
    void setDrift(qint64 functionId, const DriftResult &drift);
    std::optional<DriftResult> drift(qint64 functionId) const;
    void setCallSummary(qint64 functionId, const CallSummary &summary);
    void clearCallSummaries();
    // Ages ("5 min ago") are written against this clock (tests set it; else the machine's).
    void setNow(std::optional<qint64> nowMs) { m_nowMs = nowMs; }
    void refreshAges(); // the LastCall column says how long ago again
    const Function &function(int row) const { return m_rows.at(row); }
    const QList<Function> &functions() const { return m_rows; }
    int rowOf(qint64 id) const;
    bool anyDeploying() const;
    // Lower-cased name, external id, owner and description, for the search box.
    QString searchText(int row) const;

private:
    QVariant dataFor(const QModelIndex &index, int role) const; // data() makes tool tips plain text
    QHash<qint64, DriftResult> m_drift;
    QHash<qint64, CallSummary> m_calls;
    std::optional<qint64> m_nowMs;
};

} // namespace fstudio::gui
