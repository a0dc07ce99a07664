#pragma once

#include <QStyledItemDelegate>

namespace fstudio::gui {

// Paints a status (Ready, Failed, Running, ...) as a coloured badge, in colours derived from the
// view's palette.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colorFor(const QString &status, const QPalette &palette); // from the palette: works on dark themes
};

} // namespace fstudio::gui
