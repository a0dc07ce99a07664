#include "gui/models/callsproxy.h"

#include "gui/models/callsmodel.h"

namespace fstudio::gui {

CallsProxy::CallsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true); // re-filter rows whose status changes; sorting is the model's (sort() is forwarded)
}

CallsModel *CallsProxy::calls() const
{
    return static_cast<CallsModel *>(sourceModel());
}

void CallsProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void CallsProxy::setStartedAfter(std::optional<qint64> ms)
{
    if (ms == m_after)
        return;
    m_after = ms;
    invalidateRowsFilter();
}

void CallsProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_search)
        return;
    m_search = t;
    invalidateRowsFilter();
}

bool CallsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const FunctionCall &c = calls()->call(sourceRow);
    if (!m_status.isEmpty() && toWire(c.status) != m_status)
        return false;
    if (m_after && c.startTime < *m_after)
        return false;
    if (!m_search.isEmpty()) {
        const bool hit = (c.error && c.error->message.contains(m_search, Qt::CaseInsensitive))
            || calls()->triggerText(c).contains(m_search, Qt::CaseInsensitive) || QString::number(c.id).contains(m_search);
        if (!hit)
            return false;
    }
    return true;
}

void CallsProxy::sort(int column, Qt::SortOrder order)
{
    calls()->sort(column, order);
}

} // namespace fstudio::gui
