#include "gui/pages/monitorchart.h"

#include "gui/models/activitydelegate.h"
#include "gui/models/formatting.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

MonitorChart::MonitorChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"monitorChart"_s);
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void MonitorChart::setStats(const CallStats &stats)
{
    m_stats = stats;
    update();
}

QRectF MonitorChart::plotArea() const
{
    const QFontMetrics fm(font());
    const int left = fm.horizontalAdvance(u"000000"_s) + 8;
    const int legend = fm.height() + 6;
    return QRectF(left, legend + 4, std::max(10, width() - left - 8), std::max(10, height() - legend - fm.height() - 14));
}

int MonitorChart::bucketAt(const QPoint &pos) const
{
    const QRectF area = plotArea();
    if (m_stats.buckets.isEmpty() || !area.adjusted(0, -4, 0, 4).contains(pos))
        return -1;
    const int i = int((pos.x() - area.left()) * m_stats.buckets.size() / area.width());
    return std::clamp(i, 0, int(m_stats.buckets.size()) - 1);
}

QString MonitorChart::bucketText(int bucket) const
{
    if (bucket < 0 || bucket >= m_stats.buckets.size())
        return {};
    const CallStats::Bucket &b = m_stats.buckets[bucket];
    const qint64 from = m_stats.fromMs + bucket * m_stats.bucketMs;
    const qint64 to = std::min(m_stats.toMs, from + m_stats.bucketMs);
    const QString format = m_stats.bucketMs >= 24 * 3600 * 1000LL ? u"yyyy-MM-dd"_s : u"yyyy-MM-dd HH:mm"_s;
    const QString when = u"%1 – %2"_s.arg(QDateTime::fromMSecsSinceEpoch(from).toString(format),
                                          QDateTime::fromMSecsSinceEpoch(to).toString(m_stats.bucketMs >= 24 * 3600 * 1000LL ? format : u"HH:mm"_s));
    QStringList parts;
    if (b.completed)
        parts << tr("%n completed", nullptr, b.completed);
    if (b.failed)
        parts << tr("%n failed", nullptr, b.failed);
    if (b.timeouts)
        parts << tr("%n timed out", nullptr, b.timeouts);
    if (b.running)
        parts << tr("%n running", nullptr, b.running);
    return u"%1\n%2"_s.arg(when, parts.isEmpty() ? tr("no calls") : tr("%n call(s): ", nullptr, b.total()) + parts.join(u", "_s));
}

bool MonitorChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = bucketText(bucketAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void MonitorChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const QRectF area = plotArea();
    int top = 0;
    for (const CallStats::Bucket &b : m_stats.buckets)
        top = std::max(top, b.total());

    // Legend, across the top.
    qreal x = area.left();
    const auto legend = [&](const QString &status, const QString &label) {
        const QColor c = activityColor(status, pal);
        p.fillRect(QRectF(x, 4 + (fm.height() - 10) / 2.0, 10, 10), c);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QPointF(x + 14, 4 + fm.ascent()), label);
        x += 14 + fm.horizontalAdvance(label) + 16;
    };
    // CDF's own status words, as the badges write them (formatting.h).
    for (const QString &status : {u"Completed"_s, u"Failed"_s, u"Timeout"_s, u"Running"_s})
        legend(status, statusLabel(status));

    // Axes: the base line, the highest count, and a few times along the bottom.
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.topLeft(), area.bottomLeft());
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRectF(0, area.top() - fm.height() / 2.0, area.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(top));
    p.drawText(QRectF(0, area.bottom() - fm.height() / 2.0, area.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter, u"0"_s);
    if (m_stats.toMs > m_stats.fromMs) {
        const qint64 span = m_stats.toMs - m_stats.fromMs;
        const QString format = span > 2 * 24 * 3600 * 1000LL ? u"MM-dd HH:mm"_s : u"HH:mm"_s;
        const int ticks = std::max(2, int(area.width() / (fm.horizontalAdvance(u"00-00 00:00"_s) + 40)));
        for (int i = 0; i <= ticks; ++i) {
            const qint64 t = m_stats.fromMs + span * i / ticks;
            const qreal tx = area.left() + area.width() * i / ticks;
            const QString label = QDateTime::fromMSecsSinceEpoch(t).toString(format);
            const qreal w = fm.horizontalAdvance(label);
            p.drawText(QPointF(std::clamp(tx - w / 2, area.left(), area.right() - w), area.bottom() + 4 + fm.ascent()), label);
        }
    }
    if (top == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(area, Qt::AlignCenter, tr("No calls in this window"));
        return;
    }
    paintActivity(&p, area.adjusted(1, 0, 0, -1), m_stats, pal, top);
}

} // namespace fstudio::gui
