#include "callsproxy.h"

#include "callsmodel.h"

namespace fstudio::gui {

CallsProxy::CallsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
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
        const QString hay = (c.error ? c.error->message : QString()) + QLatin1Char(' ') + calls()->triggerText(c) + QLatin1Char(' ')
                            + QString::number(c.id);
        if (!hay.toLower().contains(m_search))
            return false;
    }
    return true;
}

bool CallsProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const FunctionCall &a = calls()->call(left.row());
    const FunctionCall &b = calls()->call(right.row());
    switch (CallsModel::Column(left.column())) {
    case CallsModel::Id: return a.id < b.id;
    case CallsModel::Status: return int(a.status) < int(b.status);
    case CallsModel::Started: return a.startTime < b.startTime;
    case CallsModel::Ended: return a.endTime.value_or(0) < b.endTime.value_or(0);
    case CallsModel::Duration: return a.durationMs().value_or(-1) < b.durationMs().value_or(-1);
    case CallsModel::Trigger: return a.scheduleId.value_or(0) < b.scheduleId.value_or(0);
    case CallsModel::Error: {
        const QString ea = a.error ? a.error->message : QString();
        const QString eb = b.error ? b.error->message : QString();
        return ea < eb;
    }
    case CallsModel::ColumnCount: break;
    }
    return false;
}

} // namespace fstudio::gui
