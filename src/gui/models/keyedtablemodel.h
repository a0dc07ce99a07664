#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace fstudio::gui {

// A table model over rows with a 64-bit id that refreshes in place: removes rows that are gone,
// emits dataChanged for rows that changed, appends new ones. Never a reset, so selections,
// current index and scroll position survive a refresh.
template<typename Row> class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

protected:
    void replaceRows(const QList<Row> &incoming, int columnCount)
    {
        QHash<qint64, int> byId;
        for (int i = 0; i < incoming.size(); ++i)
            byId.insert(incoming[i].id, i);
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!byId.contains(m_rows[row].id)) {
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
            }
        }
        QSet<qint64> present;
        for (int row = 0; row < m_rows.size(); ++row) {
            const Row &fresh = incoming[byId.value(m_rows[row].id)];
            present.insert(fresh.id);
            if (!(fresh == m_rows[row])) {
                m_rows[row] = fresh;
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount - 1));
            }
        }
        QList<Row> added;
        for (const Row &r : incoming)
            if (!present.contains(r.id))
                added << r;
        if (!added.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
            m_rows += added;
            endInsertRows();
        }
    }

    QList<Row> m_rows;
};

} // namespace fstudio::gui
