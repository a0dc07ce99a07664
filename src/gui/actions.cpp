#include "gui/actions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

// Q_INIT_RESOURCE cannot be used inside a namespace; the icons live in the fs_gui static library.
static void initGuiResources()
{
    Q_INIT_RESOURCE(gui);
}

namespace fstudio::gui {

using namespace Qt::StringLiterals;

QIcon Actions::icon(const char *themeName)
{
    static const bool resources = (initGuiResources(), true);
    Q_UNUSED(resources);
    const QString name = QString::fromLatin1(themeName);
    return QIcon::fromTheme(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
}

namespace {
QAction *make(QWidget *window, const QString &objectName, const QString &text, const char *iconName = nullptr, const QKeySequence &shortcut = {},
              const QString &tip = {})
{
    auto *a = new QAction(text, window);
    a->setObjectName(objectName);
    if (iconName)
        a->setIcon(Actions::icon(iconName));
    if (!shortcut.isEmpty()) {
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WindowShortcut);
    }
    const QString plain = QString(text).remove(QLatin1Char('&')).remove(u"…"_s);
    a->setToolTip(shortcut.isEmpty() ? (tip.isEmpty() ? plain : tip)
                                     : u"%1 (%2)"_s.arg(tip.isEmpty() ? plain : tip, shortcut.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    window->addAction(a); // shortcuts work even when no menu or toolbar shows the action
    return a;
}
} // namespace

Actions::Actions(QWidget *window)
    : QObject(window)
{
    newProfile = make(window, u"newProfileAction"_s, tr("&New Profile…"), "document-new", QKeySequence::New, tr("Connect to another CDF project"));
    editProfile = make(window, u"editProfileAction"_s, tr("&Edit Profile…"), "document-edit", {}, tr("Change how this profile signs in"));
    removeProfile = make(window, u"removeProfileAction"_s, tr("&Remove Profile…"), "edit-delete", {},
                         tr("Remove this profile and its secrets from the keychain"));
    gettingStarted = make(window, u"gettingStartedAction"_s, tr("&Getting Started"), nullptr, QKeySequence::HelpContents,
                          tr("Deploy, call and schedule a demo function on the local emulator, step by step"));
    shortcuts = make(window, u"shortcutsAction"_s, tr("&Keyboard Shortcuts"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Slash),
                     tr("Every command that has a shortcut"));
    about = make(window, u"aboutAction"_s, tr("&About Functions Studio"), nullptr, {}, tr("Version, libraries and licenses"));
    about->setMenuRole(QAction::AboutRole);
    settings = make(window, u"settingsAction"_s, tr("&Settings…"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_Comma),
                    tr("Theme, refresh interval, notifications, schedule time zone, log font"));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make(window, u"quitAction"_s, tr("&Quit"), "application-exit", QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    copyId = make(window, u"copyIdAction"_s, tr("Copy &Id"), "edit-copy", {}, tr("Copy the id of the selected item"));
    copyExternalId =
        make(window, u"copyExternalIdAction"_s, tr("Copy E&xternal Id"), nullptr, {}, tr("Copy the external id of the selected function"));
    deleteSelected =
        make(window, u"deleteAction"_s, tr("&Delete…"), "edit-delete", QKeySequence::Delete, tr("Delete the selected functions or schedules"));
    find = make(window, u"findAction"_s, tr("&Find"), "edit-find", QKeySequence::Find, tr("Search the current view"));
    searchCalls = make(window, u"searchCallsAction"_s, tr("Search C&alls…"), "edit-find", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F),
                       tr("Search the logs of many calls at once"));

    showFunctions = make(window, u"showFunctionsAction"_s, tr("&Functions"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_1));
    showCalls = make(window, u"showCallsAction"_s, tr("&Calls"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_2), tr("Calls of the selected function"));
    showSchedules = make(window, u"showSchedulesAction"_s, tr("&Schedules"), "view-calendar", QKeySequence(Qt::CTRL | Qt::Key_3));
    showMonitor = make(window, u"showMonitorAction"_s, tr("&Monitor"), nullptr, QKeySequence(Qt::CTRL | Qt::Key_5),
                       tr("Calls, failures and durations of every function over a window"));
    pages = new QActionGroup(this);
    for (QAction *a : {showFunctions, showCalls, showSchedules, showMonitor}) {
        a->setCheckable(true);
        pages->addAction(a);
    }
    refresh = make(window, u"refreshAction"_s, tr("&Refresh"), "view-refresh", QKeySequence::Refresh);

    deploy = make(window, u"deployAction"_s, tr("&Deploy…"), "document-send", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                  tr("Deploy a function from a folder, a zip or a Python file"));
    deployNewVersion = make(window, u"deployNewVersionAction"_s, tr("Deploy &New Version…"), nullptr, {},
                            tr("Replace the selected function with new code, keeping its schedules"));
    call = make(window, u"callAction"_s, tr("C&all…"), "media-playback-start", QKeySequence(Qt::Key_F9),
                tr("Call the selected function with JSON input and follow its logs"));
    newSchedule = make(window, u"newScheduleAction"_s, tr("New &Schedule…"), "view-calendar", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                       tr("Run a function on a schedule, with a form for the times"));
    editSchedule = make(window, u"editScheduleAction"_s, tr("&Edit Schedule…"), "document-edit", {},
                        tr("Change the selected schedule (CDF makes a new one and deletes the old one)"));
    duplicateSchedule =
        make(window, u"duplicateScheduleAction"_s, tr("D&uplicate Schedule…"), "edit-copy", {}, tr("A new schedule like the selected one"));
    weekView = make(window, u"weekViewAction"_s, tr("&Week View"), "view-calendar", QKeySequence(Qt::CTRL | Qt::Key_4),
                    tr("Every schedule of the project on a 7-day timeline in local time"));
    notifications = make(window, u"notificationsAction"_s, tr("Desktop &Notifications"), nullptr, {},
                         tr("Tell me when a call or a deploy I started ends while I am in another window"));
    notifications->setCheckable(true);
    promote = make(window, u"promoteAction"_s, tr("&Promote to Another Project…"), nullptr, {},
                   tr("Deploy the selected function, with its settings and schedules, to the project of another profile"));
    exportToolkit = make(window, u"exportToolkitAction"_s, tr("E&xport as Toolkit Module…"), nullptr, {},
                         tr("Write the selected function, its schedules and its code as the files of a Cognite Toolkit module"));
    openCall = make(window, u"openCallAction"_s, tr("&Open Response and Logs"), "document-open", {}, tr("Open the selected call"));
    viewInputData =
        make(window, u"viewInputDataAction"_s, tr("View &Input Data"), "document-open", {}, tr("Show the input data of the selected schedule"));
    runScheduleNow = make(window, u"runScheduleNowAction"_s, tr("&Run Now"), "media-playback-start", {},
                          tr("Call the selected schedule's function now, with the schedule's input data"));
    requestActivation = make(window, u"requestActivationAction"_s, tr("Request Functions Ac&tivation"), "dialog-ok", {},
                             tr("Ask CDF to activate Functions for this project"));
}

void Actions::fillMenuBar(QMenuBar *bar, QAction *callPanels)
{
    Actions *a = this;
    QMenu *file = bar->addMenu(tr("&File"));
    file->addActions({a->newProfile, a->editProfile, a->removeProfile});
    file->addSeparator();
    file->addAction(a->settings);
    file->addSeparator();
    file->addAction(a->quit);
    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addActions({a->copyId, a->copyExternalId});
    edit->addSeparator();
    edit->addAction(a->deleteSelected);
    edit->addSeparator();
    edit->addAction(a->find);
    edit->addAction(a->searchCalls);
    QMenu *view = bar->addMenu(tr("&View"));
    view->addActions(a->pages->actions());
    view->addSeparator();
    view->addAction(a->refresh);
    view->addSeparator();
    view->addAction(a->weekView);
    view->addAction(callPanels);
    view->addAction(a->notifications);
    QMenu *project = bar->addMenu(tr("&Project"));
    project->addActions(
        {a->call, a->newSchedule, a->editSchedule, a->duplicateSchedule, a->deploy, a->deployNewVersion, a->promote, a->exportToolkit});
    project->addSeparator();
    project->addActions({a->openCall, a->viewInputData, a->runScheduleNow});
    project->addSeparator();
    project->addAction(a->requestActivation);
    QMenu *help = bar->addMenu(tr("&Help"));
    help->addActions({a->gettingStarted, a->shortcuts});
    help->addSeparator();
    help->addAction(a->about);
}

QMenu *Actions::contextMenu(int page, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("contextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Actions *a = this;
    switch (page) {
    case 0:
        menu->addActions({a->copyId, a->copyExternalId});
        menu->addSeparator();
        menu->addActions({a->call, a->newSchedule, a->showCalls, a->deployNewVersion, a->promote, a->exportToolkit, a->deleteSelected});
        break;
    case 1: menu->addActions({a->openCall, a->copyId}); break;
    case 2:
        menu->addActions({a->editSchedule, a->runScheduleNow, a->newSchedule, a->duplicateSchedule, a->weekView, a->viewInputData, a->copyId});
        menu->addSeparator();
        menu->addAction(a->deleteSelected);
        break;
    }
    return menu;
}

} // namespace fstudio::gui
