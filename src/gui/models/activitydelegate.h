#pragma once

#include "core/monitor/callstats.h"

#include <QStyledItemDelegate>

namespace fstudio::gui {

// Calls over a window as stacked bars, one per bucket, coloured by status as the status badges
// are (completed at the bottom, then running, timed out, failed on top), scaled to maxTotal
// (the highest bucket when 0). Shared by the Monitor's sparklines and its project chart.
// A status's colour in these bars and their legends: the badge's, except a timeout, which is
// the warning tone (a failure's red and a timeout's must be told apart in a stack).
QColor activityColor(const QString &wireStatus, const QPalette &palette);
void paintActivity(QPainter *painter, const QRectF &area, const CallStats &stats, const QPalette &palette, int maxTotal = 0);

// The Monitor table's Activity column: a sparkline of the row's StatsRole.
class ActivityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace fstudio::gui
