#include "gui/mainwindow.h"

#include "gui/actions.h"
#include "gui/appsettings.h"
#include "gui/call/calldialog.h"
#include "gui/call/callpage.h"
#include "gui/call/callpanel.h"
#include "gui/call/callview.h"
#include "gui/deploy/deploycontroller.h"
#include "gui/deploy/deploywizard.h"
#include "gui/dialogs/helpdialogs.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/logs/logcache.h"
#include "gui/logs/logpanel.h"
#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/models/formatting.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/functionsproxy.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/callsearch.h"
#include "gui/pages/callspage.h"
#include "gui/pages/functionspage.h"
#include "gui/pages/gettingstarted.h"
#include "gui/pages/monitorpage.h"
#include "gui/pages/schedulespage.h"
#include "gui/profiles/localemulator.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/activationbanner.h"
#include "gui/project/callarchive.h"
#include "gui/project/laststate.h"
#include "gui/project/projectmessagebar.h"
#include "gui/project/projectstatusbar.h"
#include "gui/schedules/scheduleeditor.h"
#include "gui/schedules/weekview.h"
#include "gui/schedules/weekwindow.h"
#include "gui/widgets/messagebar.h"
#include "gui/widgets/notifier.h"
#include "gui/widgets/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

QIcon MainWindow::appIcon()
{
    return Actions::icon("functions-studio");
}

MainWindow::MainWindow(ProfileStore *profiles, SecretVault *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profileStore(profiles)
    , m_session(new ProjectSession(secrets, this))
    , m_profiles(new ProfileController(profiles, secrets, this))
{
    setAcceptDrops(true); // a folder, zip or .py file dropped here opens the deploy wizard
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Functions Studio"));
    buildActions();
    setWindowIcon(appIcon());
    buildPages();
    m_actions->fillMenuBar(menuBar(), m_callPage->showAction());
    buildToolbar();
    setStatusBar(m_statusBar = new ProjectStatusBar(m_session));
    followSession();
    restoreLayout();
    resize(1280, 800);
    restoreGeometry(QSettings().value(u"mainWindow/geometry"_s).toByteArray());
    reloadProfiles();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The session goes before the pages it talks to: closed here, nothing it says reaches them.
    m_session->disconnect(this);
    delete m_session;
}

// ---- building

// An action on the functions page's selected function (none selected: nothing happens).
void MainWindow::onSelectedFunction(QAction *action, std::function<void(const Function &)> run)
{
    connect(action, &QAction::triggered, this, [this, run = std::move(run)] {
        if (const auto f = m_functionsPage->currentFunction())
            run(*f);
    });
}

void MainWindow::buildActions()
{
    m_actions = new Actions(this);
    Actions *a = m_actions;
    connect(a->newProfile, &QAction::triggered, m_profiles, &ProfileController::create);
    connect(a->editProfile, &QAction::triggered, this, [this] { m_profiles->edit(m_session->profile(), m_session->emulator()->dataDir()); });
    connect(a->removeProfile, &QAction::triggered, this, [this] {
        m_profiles->remove(m_session->profile(), [this] {
            return isDeploying()
                ? tr("A deploy is running in %1: let it finish (or cancel it) before you remove the profile.").arg(m_session->profile().name)
                : QString();
        });
    });
    connect(m_profiles, &ProfileController::saved, this, [this](const Profile &p) {
        reloadProfiles();
        openProfile(p.id);
    });
    connect(m_profiles, &ProfileController::removed, this, &MainWindow::profileRemoved);
    connect(m_profiles, &ProfileController::message, this, [this](const QString &text, bool error) { showMessage(text, error); });
    connect(a->gettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    auto open = [](QDialog *dlg) {
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    };
    connect(a->shortcuts, &QAction::triggered, this, [this, open] { open(new ShortcutsDialog(this, this)); });
    connect(a->about, &QAction::triggered, this, [this, open] { open(new AboutDialog(this)); });
    connect(a->settings, &QAction::triggered, this, [this, open] { open(new SettingsDialog(this)); });
    // Preferences apply at once, wherever they were changed (the session follows the refresh interval).
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] {
        const AppSettings *s = AppSettings::instance();
        if (s->theme() != m_appliedTheme) {
            m_appliedTheme = s->theme();
            applyTheme(m_appliedTheme);
        }
        const QSignalBlocker block(m_actions->notifications);
        m_actions->notifications->setChecked(s->notifications());
    });
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->copyId, &QAction::triggered, this, [this] { copySelectedId(false); });
    connect(a->copyExternalId, &QAction::triggered, this, [this] { copySelectedId(true); });
    connect(a->deleteSelected, &QAction::triggered, this, [this] {
        if (currentPage() == SchedulesTab)
            m_schedulesPage->deleteSelected();
        else if (currentPage() == FunctionsTab)
            m_functionsPage->deleteSelected();
    });
    connect(a->find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(a->showFunctions, &QAction::triggered, this, [this] { m_views->setCurrentIndex(FunctionsTab); });
    connect(a->showCalls, &QAction::triggered, this, [this] { m_views->setCurrentIndex(CallsTab); });
    connect(a->showSchedules, &QAction::triggered, this, [this] { m_views->setCurrentIndex(SchedulesTab); });
    connect(a->showMonitor, &QAction::triggered, this, [this] { m_views->setCurrentIndex(MonitorTab); });
    connect(a->searchCalls, &QAction::triggered, this, &MainWindow::openCallSearch);
    connect(a->refresh, &QAction::triggered, m_session, &ProjectSession::refresh);
    connect(a->openCall, &QAction::triggered, this, [this] {
        if (const auto c = m_callsPage->currentCall())
            openCall(*c);
    });
    connect(a->deploy, &QAction::triggered, this, [this] { openDeployWizard(); });
    onSelectedFunction(a->deployNewVersion, [this](const Function &f) { openDeployWizard({}, f); });
    connect(a->newSchedule, &QAction::triggered, this,
            [this] { openScheduleEditor(currentPage() == FunctionsTab ? m_functionsPage->currentFunction() : std::nullopt); });
    for (const auto &[action, duplicate] : {std::pair{a->editSchedule, false}, std::pair{a->duplicateSchedule, true}})
        connect(action, &QAction::triggered, this, [this, duplicate] {
            if (const auto s = m_schedulesPage->currentSchedule())
                openScheduleEditor(std::nullopt, *s, duplicate);
        });
    connect(a->weekView, &QAction::triggered, this, &MainWindow::openWeekView);
    onSelectedFunction(a->call, [this](const Function &f) { openCallPanel(f); });
    a->notifications->setChecked(Notifier::isEnabled());
    connect(a->notifications, &QAction::toggled, this, [](bool on) { Notifier::setEnabled(on); });
    onSelectedFunction(a->promote, [this](const Function &f) { m_deploy->choosePromotionTarget(f); });
    onSelectedFunction(a->exportToolkit, [this](const Function &f) { m_deploy->exportToolkit(f); });
    connect(a->viewInputData, &QAction::triggered, this, [this] {
        if (m_session->isOpen())
            m_schedulesPage->showInputData(m_session->client());
    });
    connect(a->runScheduleNow, &QAction::triggered, this, [this] {
        const auto s = m_schedulesPage->currentSchedule();
        if (!s || !s->functionId || !m_session->isOpen())
            return;
        if (const auto f = m_session->function(*s->functionId)) {
            if (CallPanel *panel = openCallPanel(*f))
                panel->callWithScheduleInput(s->id);
            return;
        }
        showMessage(tr("The function of schedule \"%1\" (id %2) is not in the project: it may have been deleted.").arg(s->name).arg(*s->functionId),
                    true);
    });
    connect(a->requestActivation, &QAction::triggered, m_session, &ProjectSession::requestActivation);
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStartedDock) {
        m_gettingStarted = new GettingStarted(this);
        m_gettingStarted->follow(m_session);
        m_gettingStartedDock = new QDockWidget(tr("Getting Started"), this);
        m_gettingStartedDock->setObjectName(u"gettingStartedDock"_s);
        m_gettingStartedDock->setWidget(m_gettingStarted);
        addDockWidget(Qt::RightDockWidgetArea, m_gettingStartedDock);
        connect(m_gettingStarted, &GettingStarted::openEmulator, this, [this] { openProfile(Profile::localEmulator().id); });
        connect(m_gettingStarted, &GettingStarted::deployDemo, this, [this](const QString &folder) { openDeployWizard(folder); });
        connect(m_gettingStarted, &GettingStarted::problem, this, [this](const QString &text) { showMessage(text, true); });
        connect(m_gettingStarted, &GettingStarted::callDemo, this, [this](const Function &f) {
            m_functionsPage->selectFunction(f.id);
            openCallPanel(f);
        });
        connect(m_gettingStarted, &GettingStarted::scheduleDemo, this, [this](const Function &f) { openScheduleEditor(f); });
    }
    m_gettingStartedDock->show();
    m_gettingStartedDock->raise();
}

void MainWindow::buildToolbar()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addWidget(new QLabel(tr(" Profile ")));
    m_profileSwitcher = new QComboBox;
    m_profileSwitcher->setObjectName(u"profileSwitcher"_s);
    m_profileSwitcher->setMinimumWidth(220);
    toolbar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int i) { openProfile(m_profileSwitcher->itemData(i).toString()); });
    toolbar->addActions({m_actions->editProfile, m_actions->newProfile});
    toolbar->addSeparator();
    toolbar->addAction(m_actions->refresh);
    toolbar->addAction(m_actions->deploy);
    toolbar->addAction(m_actions->call);
    toolbar->addAction(m_actions->newSchedule);
    toolbar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160); // room for the longer German and Norwegian button texts at 1280 px
    toolbar->addWidget(m_search);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *s : {"Ready", "Failed", "Deploying", "Queued"})
        m_statusFilter->addItem(statusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    toolbar->addWidget(m_statusFilter);
    toolbar->addAction(m_actions->deleteSelected);

    // Search applies to every page.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_functionsPage->proxy()->setSearchText(t);
        m_callsPage->proxy()->setSearchText(t);
        m_schedulesPage->setSearchText(t);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_functionsPage->proxy()->setStatusFilter(m_statusFilter->currentData().toString()); });
}

void MainWindow::buildPages()
{
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);

    layout->addWidget(new ActivationBanner(m_session, m_actions->requestActivation));

    m_errorBar = new ProjectMessageBar(m_session, [this] { openProfile(m_session->profile().id); });
    layout->addWidget(m_errorBar);

    m_views = new QTabWidget;
    m_views->setObjectName(u"views"_s);
    layout->addWidget(m_views, 1);
    m_notifier = new Notifier(this);
    m_deploy = new DeployController(m_session, m_profileStore, m_notifier, this);
    m_callPage = new CallPage(m_session, m_notifier, m_views, this); // one panel per function; a tab of its own while one is open
    m_callPage->hide();
    m_functionsPage = new FunctionsPage;
    m_callsPage = new CallsPage;
    m_schedulesPage = new SchedulesPage;
    m_functionsPage->follow(m_session);
    m_callsPage->follow(m_session);
    m_schedulesPage->follow(m_session);
    m_monitorPage = new MonitorPage;
    m_monitorPage->follow(m_session);
    m_views->addTab(m_functionsPage, tr("&Functions"));
    m_views->addTab(m_callsPage, tr("&Calls"));
    m_views->addTab(m_schedulesPage, tr("&Schedules"));
    m_views->addTab(m_monitorPage, tr("&Monitor"));
    m_schedulesPage->addPageActions({m_actions->viewInputData, m_actions->deleteSelected});
    setCentralWidget(central);

    connect(m_views, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && i < m_actions->pages->actions().size()) // the Call page has no page action of its own
            m_actions->pages->actions().at(i)->setChecked(true);
        updateActions();
    });
    const QList<ResourcePage *> all{m_functionsPage, m_callsPage, m_schedulesPage, m_monitorPage};
    for (ResourcePage *page : all) {
        connect(page, &ResourcePage::selectionChanged, this, &MainWindow::updateActions);
        if (page != m_monitorPage) // its rows are figures: Enter or a double-click opens the calls
            connect(page, &ResourcePage::contextMenuRequested, this, &MainWindow::showContextMenu);
        // A page with a problem of its own says so on its tab, wherever the user is.
        connect(page, &ResourcePage::problemChanged, this, [this, page](bool shown) {
            m_views->setTabIcon(m_views->indexOf(page), shown ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        });
    }
    connect(m_functionsPage, &ResourcePage::selectionChanged, this, &MainWindow::selectedFunctionChanged);
    connect(m_schedulesPage, &ResourcePage::selectionChanged, this, [this] {
        if (!m_session->isOpen())
            return;
        m_schedulesPage->showRecentRuns(m_session->client());
        m_schedulesPage->showInputData(m_session->client()); // the input, as soon as a schedule is selected
    });
    connect(m_schedulesPage, &SchedulesPage::openCallRequested, this, &MainWindow::openCall);
    // A schedule whose session broke: the editor opens on it, to recreate it with new credentials.
    connect(m_schedulesPage, &SchedulesPage::recreateRequested, this,
            [this](const FunctionSchedule &s) { openScheduleEditor(std::nullopt, s, false); });
    connect(m_functionsPage, &FunctionsPage::activated, this, [this] { m_views->setCurrentIndex(CallsTab); });
    connect(m_functionsPage, &FunctionsPage::reported, this, [this](const QString &text, bool failed) { showMessage(text, failed); });
    connect(m_callsPage, &CallsPage::openCallRequested, this, &MainWindow::openCall);
    // From the Monitor to a function's calls over the window it showed.
    connect(m_monitorPage, &MonitorPage::openCallsRequested, this, [this](qint64 functionId, qint64 fromMs) {
        m_functionsPage->selectFunction(functionId); // when the search hides it, the calls page shows it anyway
        if (m_callsPage->showCallsOf(m_session->client(), m_session->function(functionId), fromMs))
            m_views->setCurrentIndex(CallsTab);
    });
    connect(m_callsPage, &CallsPage::fetchFailed, this, [this](const api::ApiError &e) {
        if (!ProjectSession::isPartsOwn(e))
            showError(e); // the page shows its own (ResourcePage::showProblem)
    });
    connect(m_schedulesPage, &SchedulesPage::activated, m_actions->editSchedule, &QAction::trigger); // Enter, double-click
}

// What the frame itself shows of the session: the status bar, the banners, the actions, and what
// waits for the project (--call, --deploy). The pages, panels and windows follow it themselves.
void MainWindow::followSession()
{
    ProjectSession *s = m_session;
    for (auto signal : {&ProjectSession::connectionChanged, &ProjectSession::functionsChanged, &ProjectSession::refreshed})
        connect(s, signal, this, &MainWindow::updateActions);
    connect(s, &ProjectSession::functionsChanged, this, &MainWindow::selectedFunctionChanged);
    connect(s, &ProjectSession::activationChanged, this, &MainWindow::updateActions);
    connect(s, &ProjectSession::offlineChanged, this, &MainWindow::updateActions);
    connect(s, &ProjectSession::staleChanged, this, &MainWindow::updateActions);
    connect(s, &ProjectSession::profileChanged, this, [this] {
        const Profile &p = m_session->profile();
        setWindowTitle(p.id.isEmpty() ? tr("Functions Studio") : tr("Functions Studio — %1").arg(p.name));
        if (const int i = m_profileSwitcher->findData(p.id); i >= 0)
            m_profileSwitcher->setCurrentIndex(i);
    });
    connect(s, &ProjectSession::refreshed, this, [this] {
        if (m_pendingCall && !m_session->functions().isEmpty())
            openCallPanelFor(*std::exchange(m_pendingCall, std::nullopt));
    });
    connect(s, &ProjectSession::problem, this, [this](ProjectSession::Part part, const api::ApiError &e) {
        if (!ProjectSession::isPartsOwn(e) || (part != ProjectSession::Part::Functions && part != ProjectSession::Part::Schedules))
            showError(e); // a page's own problems show on that page (ResourcePage::followProblems)
    });
    connect(s, &ProjectSession::message, this, [this](const QString &text, bool error) { showMessage(text, error); });
    connect(s, &ProjectSession::refreshed, this, &MainWindow::refreshed);
    connect(s, &ProjectSession::connected, this, &MainWindow::connected);

    connect(m_deploy, &DeployController::message, this, [this](const QString &text, bool error) { showMessage(text, error); });
    connect(m_deploy, &DeployController::deployed, this, [this](const Function &f) {
        m_views->setCurrentIndex(FunctionsTab);
        m_session->refresh();
        connect(
            m_session, &ProjectSession::refreshed, this, [this, id = f.id] { m_functionsPage->selectFunction(id); }, Qt::SingleShotConnection);
        showMessage(tr("%1 is deployed and Ready.").arg(f.name), false);
    });
    connect(m_deploy, &DeployController::callRequested, this, &MainWindow::openCallPanel);
    connect(m_deploy, &DeployController::scheduleRequested, this, [this](const Function &f) {
        m_views->setCurrentIndex(SchedulesTab);
        m_functionsPage->selectFunction(f.id);
        openScheduleEditor(f);
    });
}

// ---- actions and selection

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_views->currentIndex());
}

void MainWindow::updateActions()
{
    // What needs the project waits until it answers, and until what is shown is the project's
    // own (not the last-known state from the disk).
    const bool connected = m_session->isOpen() && !m_session->isOffline() && !m_session->isStale();
    const Profile &profile = m_session->profile();
    const Page page = currentPage();
    const auto function = m_functionsPage->currentFunction();
    Actions *a = m_actions;
    a->editProfile->setEnabled(!profile.id.isEmpty());
    a->removeProfile->setEnabled(!profile.id.isEmpty() && !profile.isLocalEmulator());
    a->refresh->setEnabled(m_session->isOpen() || profile.isLocalEmulator()); // also the way to try again when offline
    a->copyId->setEnabled((page == FunctionsTab && function) || (page == CallsTab && m_callsPage->currentCall())
                          || (page == SchedulesTab && m_schedulesPage->currentSchedule()));
    a->copyExternalId->setEnabled(page == FunctionsTab && function && function->externalId && !function->externalId->isEmpty());
    a->deleteSelected->setEnabled(
        connected && ((page == FunctionsTab && m_functionsPage->hasSelection()) || (page == SchedulesTab && m_schedulesPage->hasSelection())));
    a->deleteSelected->setText(page == SchedulesTab ? tr("&Delete Schedules…") : tr("&Delete Functions…"));
    a->openCall->setEnabled(connected && page == CallsTab && m_callsPage->currentCall().has_value());
    a->deploy->setEnabled(connected);
    a->deployNewVersion->setEnabled(connected && page == FunctionsTab && function.has_value());
    a->promote->setEnabled(connected && page == FunctionsTab && function.has_value() && m_profileSwitcher->count() > 1);
    a->exportToolkit->setEnabled(connected && page == FunctionsTab && function.has_value());
    a->call->setEnabled(connected && page == FunctionsTab && function.has_value());
    a->newSchedule->setEnabled(connected && !m_session->functions().isEmpty());
    const bool oneSchedule = connected && page == SchedulesTab && m_schedulesPage->currentSchedule().has_value();
    a->editSchedule->setEnabled(oneSchedule);
    a->duplicateSchedule->setEnabled(oneSchedule);
    a->viewInputData->setEnabled(connected && m_schedulesPage->currentSchedule().has_value());
    a->runScheduleNow->setEnabled(oneSchedule);
    const auto &activation = m_session->activation();
    a->requestActivation->setEnabled(connected && activation && activation->state == ActivationState::Inactive);
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    updateActions();
    // popup(), not exec(): no nested event loop; the actions read the selection when triggered,
    // so a refresh while the menu is open cannot make them act on another row.
    m_actions->contextMenu(currentPage(), this)->popup(globalPos);
}

void MainWindow::copySelectedId(bool external)
{
    QString text;
    switch (currentPage()) {
    case FunctionsTab:
        if (const auto f = m_functionsPage->currentFunction())
            text = external ? f->externalId.value_or(QString()) : QString::number(f->id);
        break;
    case CallsTab:
        if (const auto c = m_callsPage->currentCall())
            text = QString::number(c->id);
        break;
    case SchedulesTab:
        if (const auto s = m_schedulesPage->currentSchedule())
            text = QString::number(s->id);
        break;
    case MonitorTab:
    case CallPanelsTab: break;
    }
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MainWindow::selectedFunctionChanged()
{
    const auto f = m_functionsPage->currentFunction();
    if (m_session->isOpen())
        m_callsPage->showFunction(m_session->client(), f);
    m_schedulesPage->setSelectedFunction(f ? f->id : 0);
    if (m_weekWindow) {
        QSet<qint64> ids;
        for (const Function &selected : m_functionsPage->selectedFunctions())
            ids.insert(selected.id);
        m_weekWindow->setSelectedFunctions(ids);
    }
}

// ---- profiles

void MainWindow::reloadProfiles()
{
    const QString current = m_session->profile().id;
    m_profileSwitcher->clear();
    for (const Profile &p : m_profileStore->load())
        m_profileSwitcher->addItem(p.name + (p.isLocalEmulator() ? QString() : u"  —  "_s + p.project), p.id);
    const int i = m_profileSwitcher->findData(current);
    if (i >= 0)
        m_profileSwitcher->setCurrentIndex(i);
}

void MainWindow::openProfile(const QString &profileId)
{
    const std::optional<Profile> found = m_profileStore->find(profileId);
    if (!found) {
        showMessage(tr("The profile %1 no longer exists.").arg(profileId), true);
        return;
    }
    if (m_deploy->isDeployingHere()) {
        showMessage(tr("A deploy is running in %1: let it finish (or cancel it) before you open another profile.").arg(m_session->profile().name),
                    true);
        if (const int i = m_profileSwitcher->findData(m_session->profile().id); i >= 0)
            m_profileSwitcher->setCurrentIndex(i);
        return;
    }
    m_profileStore->setLastProfileId(profileId);
    m_session->open(*found);
    updateActions();
}

void MainWindow::profileRemoved(const Profile &doomed)
{
    const QString done = tr("Profile \"%1\" removed, with its secrets.").arg(doomed.name);
    LastState::forget(doomed); // and what it last showed
    LogCache::forget(doomed); // and the logs its searches kept
    if (m_session->profile().id != doomed.id) {
        CallArchive::forget(doomed); // and its history of calls
        reloadProfiles();
        showMessage(done, false);
        return;
    }
    m_session->forget(); // closes the history's file first
    CallArchive::forget(doomed);
    reloadProfiles();
    const QList<Profile> left = m_profileStore->load();
    if (!left.isEmpty()) {
        auto it = std::find_if(left.begin(), left.end(), [](const Profile &p) { return p.isLocalEmulator(); });
        openProfile(it != left.end() ? it->id : left.first().id);
    } else {
        updateActions();
    }
    showMessage(done, false);
}

// ---- what the session says

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    m_session->setPaused(isMinimized()); // shown again after a close: refreshing again
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange)
        m_session->setPaused(isMinimized()); // no auto-refresh while minimised; a refresh on return
}

void MainWindow::showError(const api::ApiError &e)
{
    m_errorBar->showError(e);
}

void MainWindow::showMessage(const QString &text, bool error, const QString &dedupeKey)
{
    m_errorBar->showText(text, error, dedupeKey);
}

QString MainWindow::errorText() const
{
    return m_errorBar->text();
}

// ---- commands

CallContext MainWindow::callContextFor(qint64 functionId) const
{
    CallContext context;
    if (const auto &limits = m_session->limits())
        context.timeoutMinutes = limits->timeoutMinutes;
    if (const auto f = m_session->function(functionId))
        context.memoryGb = f->memory;
    return context;
}

CallPanel *MainWindow::openCallPanel(const Function &function)
{
    return m_callPage->open(function, callContextFor(function.id));
}

WeekView *MainWindow::openWeekView()
{
    if (!m_weekWindow) {
        m_weekWindow = new WeekWindow(m_session, this);
        m_weekWindow->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_weekWindow, &WeekWindow::editSchedule, this, [this](const FunctionSchedule &s) { openScheduleEditor(std::nullopt, s, false); });
        selectedFunctionChanged(); // what "only the selected functions" means
    }
    m_weekWindow->show();
    m_weekWindow->raise();
    return m_weekWindow->view();
}

ScheduleEditor *MainWindow::openScheduleEditor(const std::optional<Function> &function, const std::optional<FunctionSchedule> &original,
                                               bool duplicate)
{
    if (!m_session->isOpen())
        return nullptr;
    auto *editor = new ScheduleEditor(ScheduleEditor::setupFor(*m_session, m_profileStore->load(), function, original, duplicate), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const int generation = m_session->generation();
    connect(editor, &ScheduleEditor::created, this, [this, generation](const FunctionSchedule &s) {
        if (!m_session->isCurrent(generation))
            return;
        showMessage(tr("Schedule \"%1\" created: %2 (UTC).").arg(s.name, s.cronExpression), false);
        m_views->setCurrentIndex(SchedulesTab);
        m_schedulesPage->selectAfterRefresh(s.id);
    });
    connect(editor, &ScheduleEditor::replaced, this, [this, generation](const FunctionSchedule &, const FunctionSchedule &s) {
        if (!m_session->isCurrent(generation))
            return;
        showMessage(tr("Schedule \"%1\" changed: %2 (UTC).").arg(s.name, s.cronExpression), false);
        m_schedulesPage->selectAfterRefresh(s.id); // the edited schedule stays selected (it is a new one in CDF)
    });
    editor->open();
    return editor;
}

void MainWindow::openCallPanelFor(const QString &externalId)
{
    if (m_session->functions().isEmpty() || m_session->isRefreshing() || !m_session->isOpen()) {
        m_pendingCall = externalId;
        return;
    }
    for (const Function &f : m_session->functions())
        if (f.externalId.value_or(QString()) == externalId || (!f.externalId && f.name == externalId)) {
            openCallPanel(f);
            return;
        }
    showMessage(tr("There is no function with the external id \"%1\" in %2.").arg(externalId, m_session->profile().project), true);
}

CallSearchWindow *MainWindow::openCallSearch()
{
    if (!m_callSearch) {
        m_callSearch = new CallSearchWindow(m_session, this);
        m_callSearch->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_callSearch, &CallSearchWindow::openCallRequested, this, [this](const FunctionCall &call, int line, const LogQuery &query) {
            if (CallDialog *dlg = openCall(call))
                dlg->view()->logPanel()->showLine(line, query);
        });
    }
    const auto f = m_functionsPage->currentFunction();
    m_callSearch->bringForward(f && m_views->currentIndex() == FunctionsTab ? f->id : 0);
    return m_callSearch;
}

CallDialog *MainWindow::openCall(const FunctionCall &call)
{
    if (!m_session->isOpen())
        return nullptr;
    CallDialog *dlg = nullptr;
    if (const int version = m_session->replacedVersionOf(call.functionId); version > 0) { // CDF has it no more
        dlg = CallDialog::forReplacedVersion(call, m_callsPage->triggerText(call), version, m_session->profile(), this);
    } else {
        dlg = new CallDialog(m_session->client(), call, m_callsPage->triggerText(call), callContextFor(call.functionId), this);
        connect(m_session, &ProjectSession::closing, dlg, &CallDialog::detach); // keeps what it shows
    }
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
    return dlg;
}

// ---- layout memory

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
    m_functionsPage->restoreHeader(s.value(u"mainWindow/functionsHeader"_s).toByteArray());
    m_callsPage->restoreHeader(s.value(u"mainWindow/callsHeader"_s).toByteArray());
    m_schedulesPage->restoreHeader(s.value(u"mainWindow/schedulesHeader"_s).toByteArray());
    const int view = s.value(u"mainWindow/view"_s, 0).toInt(); // the Call page is never restored: it opens with a panel
    m_views->setCurrentIndex(view >= 0 && view < CallPanelsTab ? view : 0);
    m_actions->pages->actions().at(m_views->currentIndex())->setChecked(true);
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(u"mainWindow/geometry"_s, saveGeometry());
    s.setValue(u"mainWindow/state"_s, saveState());
    s.setValue(u"mainWindow/functionsHeader"_s, m_functionsPage->saveHeader());
    s.setValue(u"mainWindow/callsHeader"_s, m_callsPage->saveHeader());
    s.setValue(u"mainWindow/schedulesHeader"_s, m_schedulesPage->saveHeader());
    s.setValue(u"mainWindow/view"_s, m_views->currentIndex());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && DeploySource::kindOf(urls.first().toLocalFile()) != DeploySource::Kind::Invalid)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    if (!m_session->isOpen()) {
        showMessage(tr("Connect to a project first, then drop the folder again."), true);
        return;
    }
    openDeployWizard(urls.first().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (isDeploying()) {
        // Quitting now would leave a half-made function in the project (or, for a new version,
        // the project without its schedules): the wizard asks, or says to wait.
        event->ignore();
        deployWizard()->raise();
        deployWizard()->activateWindow();
        deployWizard()->reject();
        return;
    }
    saveLayout();
    m_session->setPaused(true); // until it is shown again (showEvent)
    m_session->emulator()->stop();
    QMainWindow::closeEvent(event);
}

} // namespace fstudio::gui
