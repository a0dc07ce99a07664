#include "gui/models/schedulesproxy.h"

#include "gui/models/modelroles.h"

namespace fstudio::gui {

SchedulesProxy::SchedulesProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
}

void SchedulesProxy::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateFilter();
}

void SchedulesProxy::setFunctionId(qint64 functionId)
{
    if (functionId == m_functionId)
        return;
    m_functionId = functionId;
    invalidateFilter();
}

bool SchedulesProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_functionId && m->index(sourceRow, 0, sourceParent).data(FunctionIdRole).toLongLong() != m_functionId)
        return false;
    if (m_search.isEmpty())
        return true;
    for (int c = 0; c < m->columnCount(sourceParent); ++c)
        if (m->index(sourceRow, c, sourceParent).data().toString().contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace fstudio::gui
