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

void fitColumnsToTitles(QTableView *table)
{
    auto fit = [table] {
        QHeaderView *h = table->horizontalHeader();
        for (int i = 0; i < h->count(); ++i)
            if (!h->isSectionHidden(i) && h->sectionSize(i) < h->sectionSizeHint(i))
                h->resizeSection(i, h->sectionSizeHint(i));
    };
    fit();
    QObject::connect(table->model(), &QAbstractItemModel::headerDataChanged, table, fit);
}

} // namespace fstudio::gui
