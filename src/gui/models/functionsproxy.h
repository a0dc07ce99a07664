#pragma once

#include <QSortFilterProxyModel>

namespace fstudio::gui {

class FunctionsModel;

// Search (name, external id, owner, description) and status filter over FunctionsModel; sorts
// on typed values.
class FunctionsProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit FunctionsProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setStatusFilter(const QString &status); // empty = all
    QString searchText() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FunctionsModel *functions() const;
    QString m_search;
    QString m_status;
};

} // namespace fstudio::gui
