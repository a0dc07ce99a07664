#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace fstudio::gui {

class CallsModel;

// Status, time-range and text filters over CallsModel. Sorting is done by the model itself on
// typed keys (sort() is forwarded), filtering reads the rows directly: no QVariant per row.
class CallsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallsProxy(QObject *parent = nullptr);
    void setStatusFilter(const QString &status); // empty = all
    void setStartedAfter(std::optional<qint64> ms);
    void setSearchText(const QString &text); // in the error text and trigger
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    CallsModel *calls() const;
    QString m_status;
    std::optional<qint64> m_after;
    QString m_search;
};

} // namespace fstudio::gui
