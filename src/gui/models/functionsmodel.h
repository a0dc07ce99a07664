#pragma once

#include "gui/models/driftresult.h"
#include "gui/models/keyedtablemodel.h"

#include "core/wire/function.h"

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
    enum Column { Name, ExternalId, Status, Runtime, Owner, Created, LastCalled, Cpu, Memory, LocalCode, ColumnCount };

    explicit FunctionsModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFunctions(const QList<Function> &functions);
    void clear();
    // Whether the folder the function was deployed from still holds its code (column LocalCode).
    void setDrift(qint64 functionId, const DriftResult &drift);
    std::optional<DriftResult> drift(qint64 functionId) const;
    const Function &function(int row) const { return m_rows.at(row); }
    const QList<Function> &functions() const { return m_rows; }
    int rowOf(qint64 id) const;
    bool anyDeploying() const;
    // Lower-cased name, external id, owner and description, for the search box.
    QString searchText(int row) const;

private:
    QVariant dataFor(const QModelIndex &index, int role) const; // data() makes tool tips plain text
    QHash<qint64, DriftResult> m_drift;
};

} // namespace fstudio::gui
