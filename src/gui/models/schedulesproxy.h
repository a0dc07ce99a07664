#pragma once

#include <QSortFilterProxyModel>

namespace fstudio::gui {

// Search over every column of SchedulesModel, and an optional filter to one function by id
// (names are not unique); sorts on typed values.
class SchedulesProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SchedulesProxy(QObject *parent = nullptr);
    void setSearchText(const QString &text);
    void setFunctionId(qint64 functionId); // 0 = every function
    qint64 functionId() const { return m_functionId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    qint64 m_functionId = 0;
};

} // namespace fstudio::gui
