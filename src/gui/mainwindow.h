#pragma once

#include "gui/appsettings.h"
#include "gui/call/callhints.h"
#include "gui/deploy/deploystate.h"
#include "gui/profiles/profile.h"
#include "gui/profiles/projectconnection.h"

#include "api/transport/apierror.h"
#include "core/wire/activationstatus.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionslimits.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialog;
class QDockWidget;
namespace fstudio::gui {
class GettingStarted;
}
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;

namespace fstudio::gui {

class Actions;
class CallDialog;
class CallsModel;
class CallsPage;
class CallPanel;
class ScheduleEditor;
class WeekView;
class Notifier;
class CodeDrift;
class FunctionsModel;
class DeployWizard;
class FunctionsPage;
class LocalEmulator;
class MessageBar;
class ProfileStore;
class ProjectConnection;
class SchedulesModel;
class SchedulesPage;
class SecretVault;

// Where users live: a profile switcher, the functions/calls/schedules pages, the shared actions
// in a menu bar, toolbar and context menus, the message bars and a status bar. It owns the
// connection to the open project; switching or editing the profile closes it, which finishes
// every request in flight with "cancelled" and detaches open call windows (docs/ARCHITECTURE.md).
// It never blocks on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, SecretVault *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    static QIcon appIcon();
    void openProfile(const QString &profileId);
    void refresh();
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const { return m_autoRefreshMs; }
    bool autoRefreshActive() const { return m_autoRefresh.isActive(); }
    bool isRefreshing() const { return m_refreshing; }
    ProjectConnection *connection() const { return m_connection.get(); }
    Actions *actions() const { return m_actions; }
    FunctionsModel *functionsModel() const;
    CallsModel *callsModel() const;
    SchedulesModel *schedulesModel() const;
    LocalEmulator *localEmulator() const { return m_emulator; }
    QString errorText() const;
    QString lastRetryMessage() const { return m_lastRetryMessage; } // what the status bar said last about a retry
    void showGettingStarted(); // Help ▸ Getting Started (and on the first start)
    void reloadProfiles();
    // Save a profile from the dialog: settings to QSettings, secret to the keychain (or, after
    // asking, to memory for this session when no keychain is available).
    // Saves the profile, and `secret` under the key its sign-in method uses (a client secret or a
    // token; nothing for the others). `stored` runs once the secret is safely in the keychain (or
    // at once when there is none to write): only then may old secrets go.
    void saveProfile(const Profile &p, const QString &secret, std::function<void()> stored = {});
    // The deploy wizard on path (a folder, zip or .py file; empty: the user picks), or for a new
    // version of redeployOf. Opens once the project is connected when it is not yet.
    void openDeployWizard(const QString &path = {}, const std::optional<Function> &redeployOf = std::nullopt);
    DeployWizard *deployWizard() const;
    // Promote a function of the open project to the project of another profile: signs in there,
    // reads what is needed (Promotion), then opens the deploy wizard on that project.
    void promoteFunction(const Function &function, const QString &targetProfileId);
    // The call panel of a function (opened, or brought forward), in the Calls dock.
    CallPanel *openCallPanel(const Function &function);
    // The schedule editor for a new schedule (of the function, when given).
    ScheduleEditor *openScheduleEditor(const std::optional<Function> &function = std::nullopt,
                                       const std::optional<FunctionSchedule> &original = std::nullopt, bool duplicate = false);
    // --call EXTERNAL_ID: opens once the project's functions are in.
    void openCallPanelFor(const QString &externalId);
    QTabWidget *callPanels() const { return m_callPanels; }
    // The week view window (opened, or brought forward).
    WeekView *openWeekView();
    Notifier *notifier() const { return m_notifier; }
    // A deploy or a new version is being made: the connection must not close under it.
    bool isDeploying() const;

Q_SIGNALS:
    void refreshed();
    void connected();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum Page { FunctionsTab, CallsTab, SchedulesTab };
    void buildActions();
    void buildMenus();
    void buildToolbar();
    void buildPages();
    void buildStatusBar();
    void closeConnection();
    void connectTo(const Profile &p, const ProjectConnection::Emulator &emulator = {});
    void showError(const api::ApiError &e);
    void showMessage(const QString &text, bool error, const QString &dedupeKey = {});
    void selectedFunctionChanged();
    void updateActions();
    void openCall(const FunctionCall &call);
    CallContext callContextFor(qint64 functionId) const;
    void openSelectedCall();
    void deleteSelected();
    void deleteSelectedFunctions();
    void deleteSelectedSchedules();
    void copySelectedId(bool external);
    void editProfile(bool createNew);
    void removeProfile();
    std::optional<Function> demoFunction() const; // the Getting Started demo on this project, if deployed
    void updateGettingStarted();
    // Removes the secrets of `old` that `now` does not use under the same key (a changed token URL,
    // tenant, client id, cluster or sign-in method); with no `now`, all of them.
    void forgetSecrets(const Profile &old, const std::optional<Profile> &now);
    void requestActivation();
    void setActivation(const std::optional<ActivationStatus> &status);
    void updateStatusBar();
    void scheduleNextRefresh();
    void restoreLayout();
    void saveLayout();
    void showContextMenu(const QPoint &globalPos);
    void showDeployWizard(DeployState state);
    void updateWeekView();
    void choosePromotionTarget(const Function &function);
    Page currentPage() const;

    ProfileStore *m_profileStore;
    SecretVault *m_secrets;
    std::unique_ptr<ProjectConnection> m_connection;
    Profile m_profile;
    LocalEmulator *m_emulator = nullptr;
    CodeDrift *m_drift = nullptr;
    Actions *m_actions = nullptr;

    FunctionsPage *m_functionsPage = nullptr;
    CallsPage *m_callsPage = nullptr;
    SchedulesPage *m_schedulesPage = nullptr;
    QTabWidget *m_views = nullptr;
    QComboBox *m_profileSwitcher = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    MessageBar *m_banner = nullptr;
    MessageBar *m_errorBar = nullptr;
    QWidget *m_signInAgain = nullptr;
    QLabel *m_statusProject = nullptr;
    QLabel *m_statusActivation = nullptr;
    QLabel *m_statusLimits = nullptr;
    QLabel *m_statusNetwork = nullptr;
    QString m_lastRetryMessage;
    QPointer<QDockWidget> m_gettingStartedDock;
    QPointer<GettingStarted> m_gettingStarted;
    QList<QPointer<CallDialog>> m_callDialogs;
    QPointer<DeployWizard> m_deployWizard;
    QDockWidget *m_callDock = nullptr;
    QTabWidget *m_callPanels = nullptr; // one CallPanel per function
    Notifier *m_notifier = nullptr;
    QPointer<QDialog> m_weekWindow;
    WeekView *m_weekView = nullptr; // owned by m_weekWindow
    QCheckBox *m_weekOnlySelected = nullptr; // owned by m_weekWindow
    std::optional<QString> m_pendingCall; // --call EXTERNAL_ID, until the functions are in
    std::optional<QString> m_pendingDeploy; // --deploy PATH, until the project is connected

    QTimer m_autoRefresh;
    int m_autoRefreshMs = AppSettings::instance()->autoRefreshSeconds() * 1000; // File ▸ Settings
    AppSettings::Theme m_appliedTheme = AppSettings::instance()->theme(); // main() applies it at start
    bool m_refreshing = false;
    int m_refreshGeneration = 0; // a refresh of a closed connection never touches the new one
    int m_connectionGeneration = 0; // bumped when a connection closes: answers meant for it are dropped
    std::optional<FunctionsLimits> m_limits;
    std::optional<ActivationStatus> m_activation;
};

} // namespace fstudio::gui
