#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QIcon;
class QMenu;
class QMenuBar;
class QWidget;

namespace fstudio::gui {

// Every command of the main window, once: the menu bar, the toolbar and the context menus all
// show these same QActions, so a shortcut, an icon or an enabled state is defined in one place.
// MainWindow enables them from the selection and the connection (nothing selected: Delete is
// disabled). An action is added here when its feature lands, never as a placeholder.
class Actions : public QObject
{
    Q_OBJECT

public:
    explicit Actions(QWidget *window);

    // Theme icon with a bundled fallback (resources/icons/<name>.svg).
    static QIcon icon(const char *themeName);
    // The menu bar: File, Edit, View (with the dock toggle `callPanels`), Project, Help.
    void fillMenuBar(QMenuBar *bar, QAction *callPanels);
    // The context menu of a page (0 functions, 1 calls, 2 schedules), deleted when it closes.
    QMenu *contextMenu(int page, QWidget *parent);

    // File
    QAction *newProfile;
    QAction *editProfile;
    QAction *removeProfile; // and its secrets in the keychain
    QAction *settings; // the preferences dialog
    QAction *quit;
    // Edit
    QAction *copyId;
    QAction *copyExternalId;
    QAction *deleteSelected; // the selected functions or schedules, by page
    QAction *find;
    // View
    QAction *showFunctions;
    QAction *showCalls;
    QAction *showSchedules;
    QAction *showMonitor; // every function's figures over a window (MonitorPage)
    QAction *searchCalls; // the logs of many calls at once (CallSearchWindow)
    QActionGroup *pages;
    QAction *refresh;
    // Functions, calls, schedules
    QAction *deploy;
    QAction *deployNewVersion; // of the selected function
    QAction *promote; // the selected function to another profile's project
    QAction *exportToolkit; // the selected function as a Cognite Toolkit module's files
    QAction *call; // the call panel of the selected function
    QAction *newSchedule; // for the selected function, or any
    QAction *editSchedule; // the selected schedule, as create-then-delete
    QAction *duplicateSchedule;
    QAction *weekView; // every schedule on a 7-day timeline
    QAction *notifications; // checkable: desktop notifications on or off
    QAction *openCall;
    QAction *viewInputData;
    QAction *runScheduleNow; // calls the schedule's function with the schedule's input, now
    QAction *requestActivation;
    // Help
    QAction *gettingStarted;
    QAction *shortcuts;
    QAction *about;
};

} // namespace fstudio::gui
