#include "gui/models/activitydelegate.h"

#include "gui/models/modelroles.h"
#include "gui/models/monitormodel.h"
#include "gui/widgets/tones.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

QColor activityColor(const QString &wireStatus, const QPalette &palette)
{
    if (wireStatus == u"Timeout"_s)
        return Tones::foreground(Tone::Warning, palette);
    return Tones::foreground(Tones::forStatus(wireStatus), palette);
}

void paintActivity(QPainter *painter, const QRectF &area, const CallStats &stats, const QPalette &palette, int maxTotal)
{
    if (stats.buckets.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return;
    int top = maxTotal;
    if (top <= 0)
        for (const CallStats::Bucket &b : stats.buckets)
            top = std::max(top, b.total());
    if (top <= 0)
        return;
    const QColor completed = activityColor(u"Completed"_s, palette);
    const QColor running = activityColor(u"Running"_s, palette);
    const QColor timeout = activityColor(u"Timeout"_s, palette);
    const QColor failed = activityColor(u"Failed"_s, palette);
    const qreal step = area.width() / stats.buckets.size();
    const qreal gap = step >= 4 ? 1 : 0;
    painter->save();
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < stats.buckets.size(); ++i) {
        const CallStats::Bucket &b = stats.buckets[i];
        if (b.total() == 0)
            continue;
        const qreal x = area.left() + i * step;
        qreal y = area.bottom();
        const auto stack = [&](int n, const QColor &c) {
            if (n <= 0)
                return;
            // A bucket with any call is at least a pixel high, so a single failure never vanishes.
            const qreal h = std::max<qreal>(1.0, area.height() * n / top);
            painter->fillRect(QRectF(x, y - h, std::max<qreal>(1.0, step - gap), h), c);
            y -= h;
        };
        stack(b.completed, completed);
        stack(b.running, running);
        stack(b.timeouts, timeout);
        stack(b.failed, failed);
    }
    painter->restore();
}

void ActivityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    const QVariant v = index.data(StatsRole);
    if (!v.canConvert<CallStats>())
        return;
    paintActivity(painter, QRectF(opt.rect.adjusted(4, 3, -4, -3)), v.value<CallStats>(), opt.palette);
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 160));
    return s;
}

} // namespace fstudio::gui
