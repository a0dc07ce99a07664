#include "gui/models/functionsproxy.h"

#include "gui/models/functionsmodel.h"
#include "gui/models/modelroles.h"

namespace fstudio::gui {

FunctionsProxy::FunctionsProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

FunctionsModel *FunctionsProxy::functions() const
{
    return qobject_cast<FunctionsModel *>(sourceModel());
}

void FunctionsProxy::setSearchText(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_search)
        return;
    m_search = t;
    invalidateRowsFilter();
}

void FunctionsProxy::setStatusFilter(const QString &status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

bool FunctionsProxy::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const FunctionsModel *m = functions();
    if (!m)
        return true;
    if (!m_status.isEmpty() && m->data(m->index(sourceRow, 0), StatusRole).toString() != m_status)
        return false;
    if (!m_search.isEmpty()) {
        const QStringList words = m_search.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString hay = m->searchText(sourceRow);
        for (const QString &w : words)
            if (!hay.contains(w))
                return false;
    }
    return true;
}

} // namespace fstudio::gui
