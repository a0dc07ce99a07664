#pragma once

#include <QWidget>

class QTableView;

namespace fstudio::gui {

// What the functions, calls and schedules pages share: one resource table whose selection
// drives the shared actions, and a context menu request (the window builds the menu from the
// shared actions, which read the selection when triggered, never a stored model index).
class ResourcePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;
    QTableView *view() const { return m_view; }
    QByteArray saveHeader() const;
    void restoreHeader(const QByteArray &state);
    bool hasSelection() const;

Q_SIGNALS:
    void selectionChanged();
    void contextMenuRequested(const QPoint &globalPos);

protected:
    // Connects the selection and the context menu; a right-click on a row that is not selected
    // selects it first, so the menu acts on what the user clicked.
    void setView(QTableView *view);

private:
    QTableView *m_view = nullptr;
};

} // namespace fstudio::gui
