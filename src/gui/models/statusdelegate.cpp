#include "gui/models/statusdelegate.h"

#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"
#include "gui/widgets/tones.h"

#include <QApplication>
#include <QPainter>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

QColor StatusDelegate::colorFor(const QString &status, const QPalette &palette)
{
    return Tones::foreground(Tones::forStatus(status), palette);
}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString status = index.data(StatusRole).toString();
    const QString label = statusLabel(status);
    if (!status.isEmpty())
        opt.text.clear(); // no status: the cell's text as any cell shows it ("none yet")
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (status.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(opt.font);
    const int w = fm.horizontalAdvance(label) + 14;
    const int h = std::min(opt.rect.height() - 4, fm.height() + 4);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - h / 2, w, h);
    const QColor c = colorFor(status, opt.palette);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    painter->drawRoundedRect(badge, h / 2.0, h / 2.0);
    painter->setPen(Tones::textOn(c));
    painter->drawText(badge, Qt::AlignCenter, label);
    // A cell that says more than its status (a last run's time) writes it after the badge.
    if (const QString more = index.data(Qt::DisplayRole).toString(); !more.isEmpty() && more != status && more != label) {
        painter->setPen(opt.palette.color(opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
        const QRect rest = opt.rect.adjusted(badge.right() - opt.rect.left() + 8, 0, -2, 0);
        painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft, fm.elidedText(more, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QString status = index.data(StatusRole).toString();
    const QString more = index.data(Qt::DisplayRole).toString();
    const int extra = !more.isEmpty() && more != status && more != statusLabel(status) ? option.fontMetrics.horizontalAdvance(more) + 10 : 0;
    s.setWidth(std::max(s.width(), option.fontMetrics.horizontalAdvance(statusLabel(status)) + 24 + extra));
    return s;
}

} // namespace fstudio::gui
