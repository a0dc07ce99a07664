#include "gui/pages/resourcepage.h"

#include <QHeaderView>
#include <QTableView>

namespace fstudio::gui {

void ResourcePage::setView(QTableView *view)
{
    m_view = view;
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourcePage::selectionChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourcePage::selectionChanged);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_view->indexAt(pos);
        if (!idx.isValid())
            return;
        if (!m_view->selectionModel()->isRowSelected(idx.row(), idx.parent()))
            m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
}

bool ResourcePage::hasSelection() const
{
    return m_view && m_view->selectionModel()->hasSelection();
}

QByteArray ResourcePage::saveHeader() const
{
    return m_view->horizontalHeader()->saveState();
}

void ResourcePage::restoreHeader(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace fstudio::gui
