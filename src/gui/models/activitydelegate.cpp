#include "gui/models/activitydelegate.h"

#include "gui/models/modelroles.h"
#include "gui/models/monitormodel.h"
#include "gui/widgets/tones.h"

#include <QApplication>
#include <QPainter>
#include <QPen>

#include <algorithm>
#include <cmath>

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
    const QRectF area(opt.rect.adjusted(4, 3, -4, -3));
    const CallStats stats = v.value<CallStats>();
    paintActivity(painter, area, stats, opt.palette);
    // A redeploy: a dotted line where the next version took over, so a change in the bars can be
    // told from a change in the code.
    const qint64 span = stats.bucketMs * stats.buckets.size();
    if (span <= 0)
        return;
    painter->save();
    painter->setPen(QPen(opt.palette.color(QPalette::Text), 1, Qt::DotLine));
    for (const qint64 at : index.data(VersionStartsRole).value<QList<qint64>>()) {
        if (at <= stats.fromMs || at >= stats.fromMs + span)
            continue;
        const qreal x = std::round(area.left() + area.width() * qreal(at - stats.fromMs) / qreal(span)) + 0.5;
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    painter->restore();
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    s.setWidth(std::max(s.width(), 160));
    return s;
}

} // namespace fstudio::gui
