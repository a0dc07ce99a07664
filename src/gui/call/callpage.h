#pragma once

#include "gui/call/callhints.h"

#include "core/wire/function.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QTabWidget;

namespace fstudio::gui {

class CallPanel;
class Notifier;
class ProjectSession;

// The Call page: one CallPanel per function, as tabs, on a page of its own beside Functions, Calls
// and Schedules, so a call's logs get the window's room. The page is there while a panel is open
// (never restored empty at start-up). A panel follows the session (its function's schedules;
// detached when the connection closes); a call that finishes refreshes the project and says so in
// a notification that brings the panel back.
class CallPage : public QWidget
{
    Q_OBJECT

public:
    // `views` is the window's tab widget of pages: the page adds itself there when a panel opens.
    CallPage(ProjectSession *session, Notifier *notifier, QTabWidget *views, QWidget *parent = nullptr);
    QTabWidget *panels() const { return m_panels; }
    // View ▸ Call Panels: shows the page; enabled while a panel is open.
    QAction *showAction() const { return m_show; }
    // The function's panel (opened, or brought forward); nullptr when no project is open.
    CallPanel *open(const Function &function, const CallContext &context);
    // Moves a panel into a window of its own at the size of the window's pages; the window's
    // "Back into the Main Window" returns it. Returns the window.
    QWidget *floatPanel(CallPanel *panel);

private:
    void bringForward(QWidget *panel);
    void updateTitle();
    void closeIfEmpty();
    QList<QPointer<CallPanel>> m_floating; // panels in windows of their own
    QPointer<QWidget> m_cameFrom; // the page shown before the call page
    ProjectSession *m_session;
    Notifier *m_notifier;
    QTabWidget *m_views;
    QTabWidget *m_panels;
    QAction *m_show;
};

} // namespace fstudio::gui
