#pragma once

#include <QStyledItemDelegate>

namespace fstudio::gui {

// Paints a status (Ready, Failed, Running, ...) as a coloured badge.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static QColor colorFor(const QString &status);
};

} // namespace fstudio::gui
