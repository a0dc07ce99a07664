#pragma once

#include "gui/appsettings.h"
#include "gui/call/callhints.h"
#include "gui/call/callpage.h"
#include "gui/deploy/deploycontroller.h"
#include "gui/pages/callspage.h"
#include "gui/pages/functionspage.h"
#include "gui/pages/schedulespage.h"
#include "gui/profiles/profile.h"
#include "gui/profiles/profilecontroller.h"
#include "gui/project/projectsession.h"
#include "gui/project/projectstatusbar.h"

#include "api/transport/apierror.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace fstudio::gui {

class Actions;
class CallDialog;
class CallPanel;
class CallsModel;
class CallsPage;
class DeployWizard;
class FunctionsModel;
class FunctionsPage;
class GettingStarted;
class LocalEmulator;
class ProjectMessageBar;
class MonitorPage;
class CallSearchWindow;
class Notifier;
class ProfileStore;
class ProjectConnection;
class ScheduleEditor;
class SchedulesModel;
class SchedulesPage;
class SecretVault;
class WeekView;
class WeekWindow;

// The frame (docs/ARCHITECTURE.md "The window is a frame"): a profile switcher, the functions,
// calls and schedules pages, the shared actions in a menu bar, toolbar and context menus, the
// docks, the message bars and a status bar. The open project is a ProjectSession, which the
// pages, panels and windows follow by themselves; profiles are a ProfileController's. Switching
// or editing the profile closes the session's connection, which finishes every request in flight
// with "cancelled" and detaches open call windows. It never blocks on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, SecretVault *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QIcon appIcon();
    ProjectSession *session() const { return m_session; }
    ProfileController *profiles() const { return m_profiles; }
    void openProfile(const QString &profileId);
    void refresh() { m_session->refresh(); }
    void setAutoRefreshInterval(int ms) { m_session->setAutoRefreshInterval(ms); }
    int autoRefreshInterval() const { return m_session->autoRefreshInterval(); }
    bool autoRefreshActive() const { return m_session->autoRefreshActive(); }
    bool isRefreshing() const { return m_session->isRefreshing(); }
    ProjectConnection *connection() const { return m_session->connection(); }
    LocalEmulator *localEmulator() const { return m_session->emulator(); }
    Actions *actions() const { return m_actions; }
    FunctionsModel *functionsModel() const { return m_functionsPage->model(); }
    CallsModel *callsModel() const { return m_callsPage->model(); }
    SchedulesModel *schedulesModel() const { return m_schedulesPage->model(); }
    MonitorPage *monitorPage() const { return m_monitorPage; }
    // Edit ▸ Search Calls… (opened, or brought forward).
    CallSearchWindow *openCallSearch();
    QString errorText() const;
    QString lastRetryMessage() const { return m_statusBar->lastRetryMessage(); } // what the status bar said last about a retry
    void showGettingStarted(); // Help ▸ Getting Started (and on the first start)
    void reloadProfiles();
    // ProfileController::save: the profile, and its secret in the keychain.
    void saveProfile(const Profile &p, const QString &secret, std::function<void()> stored = {}) { m_profiles->save(p, secret, std::move(stored)); }
    // The deploy wizard on path (a folder, zip or .py file; empty: the user picks), or for a new
    // version of redeployOf. Opens once the project is connected when it is not yet.
    void openDeployWizard(const QString &path = {}, const std::optional<Function> &redeployOf = std::nullopt) { m_deploy->open(path, redeployOf); }
    DeployWizard *deployWizard() const { return m_deploy->wizard(); }
    // Promote a function of the open project to the project of another profile: signs in there,
    // reads what is needed (Promotion), then opens the deploy wizard on that project.
    void promoteFunction(const Function &function, const QString &targetProfileId) { m_deploy->promote(function, targetProfileId); }
    // The call panel of a function (opened, or brought forward), in the Calls dock.
    CallPanel *openCallPanel(const Function &function);
    // The schedule editor for a new schedule (of the function, when given).
    ScheduleEditor *openScheduleEditor(const std::optional<Function> &function = std::nullopt,
                                       const std::optional<FunctionSchedule> &original = std::nullopt, bool duplicate = false);
    // --call EXTERNAL_ID: opens once the project's functions are in.
    void openCallPanelFor(const QString &externalId);
    QTabWidget *callPanels() const { return m_callPage->panels(); }
    // The week view window (opened, or brought forward).
    WeekView *openWeekView();
    Notifier *notifier() const { return m_notifier; }
    // A deploy or a new version is being made: the connection must not close under it.
    bool isDeploying() const { return m_deploy->isDeploying(); }

Q_SIGNALS:
    void refreshed();
    void connected();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    enum Page { FunctionsTab, CallsTab, SchedulesTab, MonitorTab, CallPanelsTab };
    void buildActions();
    void onSelectedFunction(QAction *action, std::function<void(const Function &)> run);
    void buildToolbar();
    void buildPages();
    void followSession();
    void showError(const api::ApiError &e);
    void showMessage(const QString &text, bool error, const QString &dedupeKey = {});
    void selectedFunctionChanged();
    void updateActions();
    CallDialog *openCall(const FunctionCall &call); // null when no project is open
    CallContext callContextFor(qint64 functionId) const;
    void copySelectedId(bool external);
    void profileRemoved(const Profile &doomed);
    void restoreLayout();
    void saveLayout();
    void showContextMenu(const QPoint &globalPos);
    Page currentPage() const;

    ProfileStore *m_profileStore;
    ProjectSession *m_session;
    ProfileController *m_profiles;
    DeployController *m_deploy = nullptr;
    ProjectStatusBar *m_statusBar = nullptr;
    Actions *m_actions = nullptr;

    FunctionsPage *m_functionsPage = nullptr;
    CallsPage *m_callsPage = nullptr;
    SchedulesPage *m_schedulesPage = nullptr;
    MonitorPage *m_monitorPage = nullptr;
    QTabWidget *m_views = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    ProjectMessageBar *m_errorBar = nullptr;
    QPointer<QDockWidget> m_gettingStartedDock;
    QPointer<GettingStarted> m_gettingStarted;
    CallPage *m_callPage = nullptr; // one CallPanel per function, a page of its own
    Notifier *m_notifier = nullptr;
    QPointer<WeekWindow> m_weekWindow;
    QPointer<CallSearchWindow> m_callSearch;
    std::optional<QString> m_pendingCall; // --call EXTERNAL_ID, until the functions are in
    AppSettings::Theme m_appliedTheme = AppSettings::instance()->theme(); // main() applies it at start
};

} // namespace fstudio::gui
