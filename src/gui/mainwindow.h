#pragma once

#include "gui/profiles/profile.h"

#include "api/transport/apierror.h"
#include "core/wire/functionslimits.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QCheckBox;
class QFrame;
class QPushButton;
class QSortFilterProxyModel;

namespace fstudio::api {
class SecretStore;
}

namespace fstudio::gui {

class CallsModel;
class CallsProxy;
class FunctionDetails;
class FunctionsModel;
class FunctionsProxy;
class LocalEmulator;
class ProfileStore;
class ProjectConnection;
class SchedulesModel;
class SecretVault;

// Where users live: a profile switcher, the functions/calls/schedules views with search, filters
// and sorting, details, activation banner, and a status bar. Never blocks on the network.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(ProfileStore *profiles, SecretVault *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openProfile(const QString &profileId);
    void refresh();
    void setAutoRefreshInterval(int ms);
    int autoRefreshInterval() const { return m_autoRefreshMs; }
    bool autoRefreshActive() const { return m_autoRefresh.isActive(); }
    bool isRefreshing() const { return m_refreshing; }
    ProjectConnection *connection() const { return m_connection.get(); }
    FunctionsModel *functionsModel() const { return m_functions; }
    CallsModel *callsModel() const { return m_calls; }
    SchedulesModel *schedulesModel() const { return m_schedules; }
    LocalEmulator *localEmulator() const { return m_emulator; }
    QString errorText() const;
    void reloadProfiles();
    // Save a profile from the dialog: settings to QSettings, secret to the keychain (or, after
    // asking, to memory for this session when no keychain is available).
    void saveProfile(const Profile &p, const QString &secret);

Q_SIGNALS:
    void refreshed();
    void connected();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void connectTo(const Profile &p, const QUrl &emulatorUrl = {});
    void showError(const api::ApiError &e);
    void showMessage(const QString &text, bool error, const QString &dedupeKey = {});
    void selectedFunctionChanged();
    void applyCallFilters();
    void openCall(const QModelIndex &proxyIndex);
    void deleteSelectedFunctions();
    void deleteSelectedSchedules();
    void showInputData();
    void editProfile(bool createNew);
    void requestActivation();
    void updateStatusBar();
    void scheduleNextRefresh();
    void restoreLayout();
    void saveLayout();
    QList<qint64> selectedFunctionIds() const;
    std::optional<qint64> currentFunctionId() const;
    void contextMenu(QTableView *view, const QPoint &pos);

    ProfileStore *m_profileStore;
    SecretVault *m_secrets;
    std::unique_ptr<ProjectConnection> m_connection;
    Profile m_profile;
    LocalEmulator *m_emulator = nullptr;

    FunctionsModel *m_functions = nullptr;
    FunctionsProxy *m_functionsProxy = nullptr;
    CallsModel *m_calls = nullptr;
    CallsProxy *m_callsProxy = nullptr;
    SchedulesModel *m_schedules = nullptr;
    QSortFilterProxyModel *m_schedulesProxy = nullptr;

    QComboBox *m_profileSwitcher = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_functionsView = nullptr;
    QTableView *m_callsView = nullptr;
    QTableView *m_schedulesView = nullptr;
    FunctionDetails *m_details = nullptr;
    QLabel *m_callsTitle = nullptr;
    QComboBox *m_callStatus = nullptr;
    QComboBox *m_callTime = nullptr;
    QLabel *m_callsCount = nullptr;
    QCheckBox *m_onlySelected = nullptr;
    QPlainTextEdit *m_inputData = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QFrame *m_errorBar = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QLabel *m_statusProject = nullptr;
    QLabel *m_statusActivation = nullptr;
    QLabel *m_statusLimits = nullptr;
    QLabel *m_statusNetwork = nullptr;

    QTimer m_autoRefresh;
    int m_autoRefreshMs = 30000;
    bool m_refreshing = false;
    int m_pendingRefreshParts = 0;
    std::optional<FunctionsLimits> m_limits;
    QString m_activation;
    qint64 m_callsFunctionId = 0;
    QString m_lastError;
    int m_repeatedErrors = 0;
};

} // namespace fstudio::gui
