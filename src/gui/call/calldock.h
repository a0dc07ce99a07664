#pragma once

#include "gui/call/callhints.h"

#include "core/wire/function.h"

#include <QDockWidget>

class QMainWindow;
class QTabWidget;

namespace fstudio::gui {

class CallPanel;
class Notifier;
class ProjectSession;

// The Calls dock: one CallPanel per function, as tabs, beside the tables or floating. A panel
// follows the session (its function's schedules; detached when the connection closes); a call
// that finishes refreshes the project and says so in a notification that brings the panel back.
class CallDock : public QDockWidget
{
    Q_OBJECT

public:
    CallDock(ProjectSession *session, Notifier *notifier, QMainWindow *window);
    QTabWidget *panels() const { return m_panels; }
    // The function's panel (opened, or brought forward); nullptr when no project is open.
    CallPanel *open(const Function &function, const CallContext &context);

private:
    void bringForward(QWidget *panel);
    ProjectSession *m_session;
    Notifier *m_notifier;
    QMainWindow *m_window;
    QTabWidget *m_panels;
};

} // namespace fstudio::gui
