#pragma once

#include "gui/project/projectsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTableView;

namespace fstudio::gui {

class MessageBar;

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
    // Selects (and shows) the row whose IdRole is `id`; false when the table has no such row.
    bool selectId(qint64 id);
    // A problem with this page's own data ("Could not list schedules: ..."), shown on the page it
    // belongs to, above the table; an empty text hides it. The same problem again is counted.
    void showProblem(const QString &text, const QString &dedupeKey = {});
    QString problemText() const;
    // Shows an error here when it is about this page's own data (ProjectSession::isPartsOwn);
    // false when it is not (the window shows it).
    bool showOwnProblem(const api::ApiError &e);
    // Shows the session's problems with `part` here, until that part answers again. While the
    // table is empty because of one (the project cannot be reached, say), the table itself says so,
    // with a Retry button, instead of showing an empty grid.
    void followProblems(ProjectSession *session, ProjectSession::Part part);
    QString emptyStateText() const; // "" while the table shows rows or no problem

Q_SIGNALS:
    void selectionChanged();
    void problemChanged(bool shown);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    // Connects the selection and the context menu; a right-click on a row that is not selected
    // selects it first, so the menu acts on what the user clicked. The problem bar goes on top of
    // the page's layout (named after the view: "functionsTable" gets "functionsProblem").
    void setView(QTableView *view);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEmptyState();
    QTableView *m_view = nullptr;
    MessageBar *m_problem = nullptr;
    QWidget *m_emptyState = nullptr; // over the table's viewport
    QLabel *m_emptyText = nullptr;
    QString m_partError; // the followed part's last problem, until it answers again
    QPointer<ProjectSession> m_session;
};

} // namespace fstudio::gui
