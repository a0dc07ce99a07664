#include "gui/pages/tableview.h"

#include <QHeaderView>
#include <QTableView>

namespace fstudio::gui {

QTableView *makeResourceTable(const QString &objectName)
{
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->setContextMenuPolicy(Qt::CustomContextMenu);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(24);
    v->horizontalHeader()->setSectionsMovable(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}

} // namespace fstudio::gui
