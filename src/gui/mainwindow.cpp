#include "gui/mainwindow.h"

#include "gui/actions.h"
#include "gui/appsettings.h"
#include "gui/call/calldialog.h"
#include "gui/call/callpanel.h"
#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/deploy/deploywizard.h"
#include "gui/deploy/promotion.h"
#include "gui/dialogs/helpdialogs.h"
#include "gui/dialogs/settingsdialog.h"
#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/models/formatting.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/functionsproxy.h"
#include "gui/models/schedulesmodel.h"
#include "gui/pages/callspage.h"
#include "gui/pages/functiondeletion.h"
#include "gui/pages/functionspage.h"
#include "gui/pages/gettingstarted.h"
#include "gui/pages/schedulespage.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/localemulator.h"
#include "gui/profiles/profiledialog.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/codedrift.h"
#include "gui/schedules/scheduleeditor.h"
#include "gui/schedules/weekview.h"
#include "gui/widgets/messagebar.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/notifier.h"
#include "gui/widgets/theme.h"

#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include "core/rules/validator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
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
    , m_secrets(secrets)
{
    setAcceptDrops(true); // a folder, zip or .py file dropped here opens the deploy wizard
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Functions Studio"));
    m_emulator = new LocalEmulator(this);
    buildActions();
    setWindowIcon(appIcon());
    buildPages();
    buildMenus();
    buildToolbar();
    buildStatusBar();
    restoreLayout();
    resize(1280, 800);
    restoreGeometry(QSettings().value(u"mainWindow/geometry"_s).toByteArray());

    m_autoRefresh.setSingleShot(true);
    connect(&m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_emulator, &LocalEmulator::stateChanged, this, [this](LocalEmulator::State s) {
        if (!m_profile.isLocalEmulator())
            return;
        if (s == LocalEmulator::State::Running) {
            showMessage(QString(), false);
            connectTo(m_profile, {m_emulator->baseUrl(), m_emulator->clientSecret()});
        } else if (s == LocalEmulator::State::Failed) {
            showMessage(tr("The local emulator could not start: %1").arg(m_emulator->errorText()), true);
        }
        updateStatusBar();
    });
    reloadProfiles();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The emulator is a child, destroyed after this body: stopping it then emits stateChanged into
    // a window that is half gone (found by ASan). Nothing it says matters any more.
    m_emulator->disconnect(this);
    closeConnection();
}

FunctionsModel *MainWindow::functionsModel() const
{
    return m_functionsPage->model();
}

CallsModel *MainWindow::callsModel() const
{
    return m_callsPage->model();
}

SchedulesModel *MainWindow::schedulesModel() const
{
    return m_schedulesPage->model();
}

// ---- building

void MainWindow::buildActions()
{
    m_actions = new Actions(this);
    Actions *a = m_actions;
    connect(a->newProfile, &QAction::triggered, this, [this] { editProfile(true); });
    connect(a->editProfile, &QAction::triggered, this, [this] { editProfile(false); });
    connect(a->gettingStarted, &QAction::triggered, this, &MainWindow::showGettingStarted);
    connect(a->shortcuts, &QAction::triggered, this, [this] {
        auto *dlg = new ShortcutsDialog(this, this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    });
    connect(a->about, &QAction::triggered, this, [this] {
        auto *dlg = new AboutDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    });
    connect(this, &MainWindow::refreshed, this, &MainWindow::updateGettingStarted);
    connect(a->settings, &QAction::triggered, this, [this] {
        auto *dlg = new SettingsDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->open();
    });
    // Preferences apply at once, wherever they were changed.
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] {
        const AppSettings *s = AppSettings::instance();
        if (s->theme() != m_appliedTheme) {
            m_appliedTheme = s->theme();
            applyTheme(m_appliedTheme);
        }
        if (s->autoRefreshSeconds() * 1000 != m_autoRefreshMs) {
            setAutoRefreshInterval(s->autoRefreshSeconds() * 1000);
            scheduleNextRefresh(); // on again after "off", or sooner
        }
        const QSignalBlocker block(m_actions->notifications);
        m_actions->notifications->setChecked(s->notifications());
    });
    connect(a->removeProfile, &QAction::triggered, this, &MainWindow::removeProfile);
    connect(a->quit, &QAction::triggered, this, &QWidget::close);
    connect(a->copyId, &QAction::triggered, this, [this] { copySelectedId(false); });
    connect(a->copyExternalId, &QAction::triggered, this, [this] { copySelectedId(true); });
    connect(a->deleteSelected, &QAction::triggered, this, &MainWindow::deleteSelected);
    connect(a->find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(a->showFunctions, &QAction::triggered, this, [this] { m_views->setCurrentIndex(FunctionsTab); });
    connect(a->showCalls, &QAction::triggered, this, [this] { m_views->setCurrentIndex(CallsTab); });
    connect(a->showSchedules, &QAction::triggered, this, [this] { m_views->setCurrentIndex(SchedulesTab); });
    connect(a->refresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(a->openCall, &QAction::triggered, this, &MainWindow::openSelectedCall);
    connect(a->deploy, &QAction::triggered, this, [this] { openDeployWizard(); });
    connect(a->deployNewVersion, &QAction::triggered, this, [this] {
        if (const auto f = m_functionsPage->currentFunction())
            openDeployWizard({}, *f);
    });
    connect(a->newSchedule, &QAction::triggered, this,
            [this] { openScheduleEditor(currentPage() == FunctionsTab ? m_functionsPage->currentFunction() : std::nullopt); });
    connect(a->editSchedule, &QAction::triggered, this, [this] {
        if (const auto s = m_schedulesPage->currentSchedule())
            openScheduleEditor(std::nullopt, *s, false);
    });
    connect(a->duplicateSchedule, &QAction::triggered, this, [this] {
        if (const auto s = m_schedulesPage->currentSchedule())
            openScheduleEditor(std::nullopt, *s, true);
    });
    connect(a->weekView, &QAction::triggered, this, &MainWindow::openWeekView);
    connect(a->call, &QAction::triggered, this, [this] {
        if (const auto f = m_functionsPage->currentFunction())
            openCallPanel(*f);
    });
    a->notifications->setChecked(Notifier::isEnabled());
    connect(a->notifications, &QAction::toggled, this, [](bool on) { Notifier::setEnabled(on); });
    connect(a->promote, &QAction::triggered, this, [this] {
        if (const auto f = m_functionsPage->currentFunction())
            choosePromotionTarget(*f);
    });
    connect(a->viewInputData, &QAction::triggered, this, [this] {
        if (m_connection)
            m_schedulesPage->showInputData(m_connection->client());
    });
    connect(a->requestActivation, &QAction::triggered, this, &MainWindow::requestActivation);
}

void MainWindow::buildMenus()
{
    Actions *a = m_actions;
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addActions({a->newProfile, a->editProfile, a->removeProfile});
    file->addSeparator();
    file->addAction(a->settings);
    file->addSeparator();
    file->addAction(a->quit);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addActions({a->copyId, a->copyExternalId});
    edit->addSeparator();
    edit->addAction(a->deleteSelected);
    edit->addSeparator();
    edit->addAction(a->find);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(a->pages->actions());
    view->addSeparator();
    view->addAction(a->refresh);
    view->addSeparator();
    view->addAction(a->weekView);
    m_callDock->toggleViewAction()->setText(tr("Call &Panels"));
    view->addAction(m_callDock->toggleViewAction());
    view->addAction(a->notifications);
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addActions({a->call, a->newSchedule, a->editSchedule, a->duplicateSchedule, a->deploy, a->deployNewVersion, a->promote});
    project->addSeparator();
    project->addActions({a->openCall, a->viewInputData});
    project->addSeparator();
    project->addAction(a->requestActivation);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addActions({a->gettingStarted, a->shortcuts});
    help->addSeparator();
    help->addAction(a->about);
}

void MainWindow::showGettingStarted()
{
    if (!m_gettingStartedDock) {
        m_gettingStarted = new GettingStarted(this);
        m_gettingStartedDock = new QDockWidget(tr("Getting Started"), this);
        m_gettingStartedDock->setObjectName(u"gettingStartedDock"_s);
        m_gettingStartedDock->setWidget(m_gettingStarted);
        addDockWidget(Qt::RightDockWidgetArea, m_gettingStartedDock);
        connect(m_gettingStarted, &GettingStarted::openEmulator, this, [this] { openProfile(Profile::localEmulator().id); });
        connect(m_gettingStarted, &GettingStarted::deployDemo, this, [this] {
            // The demo folder is in the app (resources/gui.qrc); it is copied where the user can
            // open and change it, then deployed with the wizard.
            // Named apart from the emulator's own demo functions, so each step is the user's doing.
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/getting-started/"_s
                + QLatin1StringView(GettingStarted::DemoName);
            if (!m_profile.isLocalEmulator())
                return; // the demo is for the local emulator only, never a real project
            QDir().mkpath(folder);
            for (const QString &name : QDir(u":/demo/hello-world"_s).entryList(QDir::Files)) {
                if (QFile::exists(folder + u'/' + name))
                    continue; // the user's copy, perhaps changed: never overwritten
                if (!QFile::copy(u":/demo/hello-world/"_s + name, folder + u'/' + name)) {
                    showMessage(tr("Could not copy the demo function to %1.").arg(folder), true);
                    return;
                }
                QFile::setPermissions(folder + u'/' + name, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
            }
            openDeployWizard(folder);
        });
        connect(m_gettingStarted, &GettingStarted::callDemo, this, [this] {
            if (!m_profile.isLocalEmulator())
                return;
            if (const auto f = demoFunction()) {
                m_functionsPage->selectFunction(f->id);
                openCallPanel(*f);
            }
        });
        connect(m_gettingStarted, &GettingStarted::scheduleDemo, this, [this] {
            if (!m_profile.isLocalEmulator())
                return;
            if (const auto f = demoFunction())
                openScheduleEditor(*f);
        });
    }
    updateGettingStarted();
    m_gettingStartedDock->show();
    m_gettingStartedDock->raise();
}

std::optional<Function> MainWindow::demoFunction() const
{
    for (const Function &f : m_functionsPage->model()->functions())
        if (f.name == QLatin1StringView(GettingStarted::DemoName))
            return f;
    return std::nullopt;
}

void MainWindow::updateGettingStarted()
{
    if (!m_gettingStarted)
        return;
    GettingStarted::Progress p;
    p.onEmulator = m_profile.isLocalEmulator() && m_connection;
    const auto demo = p.onEmulator ? demoFunction() : std::nullopt;
    p.deployed = demo && demo->status == FunctionStatus::Ready;
    p.called = demo && demo->lastCalled.has_value();
    p.scheduled = demo && !m_schedulesPage->model()->schedulesOf(demo->id).isEmpty();
    m_gettingStarted->setProgress(p);
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

    m_banner = new MessageBar(u"activationBanner"_s, u"activationText"_s);
    QPushButton *activate = m_banner->addButton(u"requestActivation"_s, m_actions->requestActivation->text().remove(QLatin1Char('&')));
    connect(activate, &QPushButton::clicked, m_actions->requestActivation, &QAction::trigger);
    layout->addWidget(m_banner);

    m_errorBar = new MessageBar(u"errorBar"_s, u"errorText"_s);
    QPushButton *signIn = m_errorBar->addButton(u"signInAgain"_s, tr("Sign in again"));
    signIn->hide();
    m_signInAgain = signIn;
    connect(signIn, &QPushButton::clicked, this, [this] {
        if (!m_connection)
            return;
        const int generation = m_connectionGeneration;
        m_connection->tokens()->signIn(this, [this, generation](const api::TokenResult &t) {
            if (generation != m_connectionGeneration)
                return;
            if (t) {
                showMessage(QString(), false);
                refresh();
            } else {
                showError(t.error());
            }
        });
    });
    QPushButton *dismiss = m_errorBar->addButton(u"dismissError"_s, tr("Dismiss"));
    connect(dismiss, &QPushButton::clicked, this, [this] { showMessage(QString(), false); });
    layout->addWidget(m_errorBar);

    m_views = new QTabWidget;
    m_views->setObjectName(u"views"_s);
    layout->addWidget(m_views, 1);
    m_functionsPage = new FunctionsPage;
    m_notifier = new Notifier(this);
    // Calls: one panel per function, in a dock that can sit beside the tables or float.
    m_callDock = new QDockWidget(tr("Calls"), this);
    m_callDock->setObjectName(u"callDock"_s);
    m_callPanels = new QTabWidget;
    m_callPanels->setObjectName(u"callPanels"_s);
    m_callPanels->setTabsClosable(true);
    m_callPanels->setDocumentMode(true);
    m_callDock->setWidget(m_callPanels);
    addDockWidget(Qt::BottomDockWidgetArea, m_callDock);
    m_callDock->hide();
    connect(m_callPanels, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget *panel = m_callPanels->widget(i);
        m_callPanels->removeTab(i);
        panel->deleteLater();
        if (m_callPanels->count() == 0)
            m_callDock->hide();
    });
    m_drift = new CodeDrift(this);
    connect(m_drift, &CodeDrift::checked, m_functionsPage->model(), &FunctionsModel::setDrift);
    m_callsPage = new CallsPage;
    m_schedulesPage = new SchedulesPage;
    m_views->addTab(m_functionsPage, tr("&Functions"));
    m_views->addTab(m_callsPage, tr("&Calls"));
    m_views->addTab(m_schedulesPage, tr("&Schedules"));
    m_schedulesPage->addPageActions({m_actions->viewInputData, m_actions->deleteSelected});
    setCentralWidget(central);

    connect(m_views, &QTabWidget::currentChanged, this, [this](int i) {
        m_actions->pages->actions().at(i)->setChecked(true);
        updateActions();
    });
    for (ResourcePage *page :
         {static_cast<ResourcePage *>(m_functionsPage), static_cast<ResourcePage *>(m_callsPage), static_cast<ResourcePage *>(m_schedulesPage)}) {
        connect(page, &ResourcePage::selectionChanged, this, &MainWindow::updateActions);
        connect(page, &ResourcePage::contextMenuRequested, this, &MainWindow::showContextMenu);
    }
    connect(m_functionsPage, &ResourcePage::selectionChanged, this, &MainWindow::selectedFunctionChanged);
    connect(m_functionsPage, &ResourcePage::selectionChanged, this, [this] {
        if (m_weekWindow && m_weekOnlySelected->isChecked())
            updateWeekView();
    });
    connect(m_schedulesPage, &ResourcePage::selectionChanged, this, [this] {
        if (m_connection)
            m_schedulesPage->showRecentRuns(m_connection->client());
    });
    connect(m_schedulesPage, &SchedulesPage::openCallRequested, this, &MainWindow::openCall);
    // A schedule whose session broke: the editor opens on it, to recreate it with new credentials.
    connect(m_schedulesPage, &SchedulesPage::recreateRequested, this,
            [this](const FunctionSchedule &s) { openScheduleEditor(std::nullopt, s, false); });
    connect(m_functionsPage, &FunctionsPage::activated, this, [this] { m_views->setCurrentIndex(CallsTab); });
    connect(m_callsPage, &CallsPage::openCallRequested, this, &MainWindow::openCall);
    connect(m_callsPage, &CallsPage::fetchFailed, this, &MainWindow::showError);
    connect(m_schedulesPage, &SchedulesPage::activated, m_actions->viewInputData, &QAction::trigger);
}

void MainWindow::buildStatusBar()
{
    auto label = [this](const QString &name) {
        auto *l = new QLabel;
        l->setObjectName(name);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_statusProject = label(u"statusProject"_s);
    m_statusActivation = label(u"statusActivation"_s);
    m_statusLimits = label(u"statusLimits"_s);
    m_statusNetwork = label(u"statusNetwork"_s);
    statusBar()->addWidget(m_statusProject);
    statusBar()->addWidget(m_statusActivation);
    statusBar()->addWidget(m_statusLimits, 1);
    statusBar()->addPermanentWidget(m_statusNetwork);
}

// ---- actions and selection

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_views->currentIndex());
}

void MainWindow::updateActions()
{
    const bool connected = m_connection != nullptr;
    const Page page = currentPage();
    const auto function = m_functionsPage->currentFunction();
    Actions *a = m_actions;
    a->editProfile->setEnabled(!m_profile.id.isEmpty());
    a->removeProfile->setEnabled(!m_profile.id.isEmpty() && !m_profile.isLocalEmulator());
    a->refresh->setEnabled(connected || m_profile.isLocalEmulator());
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
    a->call->setEnabled(connected && page == FunctionsTab && function.has_value());
    a->newSchedule->setEnabled(connected && m_functionsPage->model()->rowCount() > 0);
    const bool oneSchedule = connected && page == SchedulesTab && m_schedulesPage->currentSchedule().has_value();
    a->editSchedule->setEnabled(oneSchedule);
    a->duplicateSchedule->setEnabled(oneSchedule);
    a->viewInputData->setEnabled(connected && m_schedulesPage->currentSchedule().has_value());
    a->requestActivation->setEnabled(connected && m_activation && m_activation->state == ActivationState::Inactive);
}

void MainWindow::showContextMenu(const QPoint &globalPos)
{
    updateActions();
    // popup(), not exec(): no nested event loop; the actions read the selection when triggered,
    // so a refresh while the menu is open cannot make them act on another row.
    auto *menu = new QMenu(this);
    menu->setObjectName(u"contextMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    Actions *a = m_actions;
    switch (currentPage()) {
    case FunctionsTab:
        menu->addActions({a->copyId, a->copyExternalId});
        menu->addSeparator();
        menu->addActions({a->call, a->newSchedule, a->showCalls, a->deployNewVersion, a->promote, a->deleteSelected});
        break;
    case CallsTab: menu->addActions({a->openCall, a->copyId}); break;
    case SchedulesTab:
        menu->addActions({a->newSchedule, a->editSchedule, a->duplicateSchedule, a->weekView, a->viewInputData, a->copyId});
        menu->addSeparator();
        menu->addAction(a->deleteSelected);
        break;
    }
    menu->popup(globalPos);
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
    }
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
}

void MainWindow::selectedFunctionChanged()
{
    const auto f = m_functionsPage->currentFunction();
    if (m_connection)
        m_callsPage->showFunction(m_connection->client(), f);
    m_schedulesPage->setSelectedFunction(f ? f->id : 0);
}

// ---- profiles and the connection

void MainWindow::reloadProfiles()
{
    const QString current = m_profile.id;
    m_profileSwitcher->clear();
    for (const Profile &p : m_profileStore->load())
        m_profileSwitcher->addItem(p.name + (p.isLocalEmulator() ? QString() : u"  —  "_s + p.project), p.id);
    const int i = m_profileSwitcher->findData(current);
    if (i >= 0)
        m_profileSwitcher->setCurrentIndex(i);
}

// Ends everything that belongs to the open project. Requests in flight finish as cancelled
// (their callbacks see an old generation and do nothing); call windows detach and keep what
// they show.
void MainWindow::closeConnection()
{
    ++m_connectionGeneration;
    ++m_refreshGeneration;
    m_refreshing = false;
    m_autoRefresh.stop();
    if (m_connection) {
        const QString why = tr("the profile \"%1\" was closed").arg(m_profile.name);
        for (const QPointer<CallDialog> &d : std::as_const(m_callDialogs))
            if (d)
                d->detach(why);
    }
    m_callDialogs.clear();
    // A wizard of the closed connection has nothing to deploy to (a running deploy is never
    // closed under: switching profiles waits for it).
    // A promotion's wizard has a connection of its own to the target: it stays.
    if (m_deployWizard && !m_deployWizard->state().promotion) {
        m_deployWizard->hide();
        m_deployWizard->deleteLater();
        m_deployWizard = nullptr;
    }
    m_drift->cancel();
    if (m_weekWindow) {
        m_weekView->setClient(nullptr);
        m_weekView->setSchedules({}, {});
    }
    for (int i = 0; i < m_callPanels->count(); ++i)
        if (auto *panel = qobject_cast<CallPanel *>(m_callPanels->widget(i)))
            panel->detach(tr("the connection to %1 was closed").arg(m_profile.name));
    m_connection.reset();
    m_functionsPage->setClient(nullptr);
    updateGettingStarted(); // its steps act on the open project: none is open now
}

void MainWindow::openProfile(const QString &profileId)
{
    const std::optional<Profile> found = m_profileStore->find(profileId);
    if (!found) {
        showMessage(tr("The profile %1 no longer exists.").arg(profileId), true);
        return;
    }
    if (isDeploying() && !m_deployWizard->state().promotion) {
        showMessage(tr("A deploy is running in %1: let it finish (or cancel it) before you open another profile.").arg(m_profile.name), true);
        if (const int i = m_profileSwitcher->findData(m_profile.id); i >= 0)
            m_profileSwitcher->setCurrentIndex(i);
        return;
    }
    closeConnection();
    m_profile = *found;
    m_profileStore->setLastProfileId(profileId);
    const int i = m_profileSwitcher->findData(profileId);
    if (i >= 0)
        m_profileSwitcher->setCurrentIndex(i);
    // Leave the old project behind: nothing of it stays on screen.
    m_functionsPage->clear();
    m_callsPage->clear();
    m_schedulesPage->clear();
    m_limits.reset();
    setActivation(std::nullopt);
    showMessage(QString(), false);
    setWindowTitle(tr("Functions Studio — %1").arg(m_profile.name));
    updateActions();
    if (m_profile.isLocalEmulator()) {
        if (m_emulator->state() == LocalEmulator::State::Running)
            connectTo(m_profile, {m_emulator->baseUrl(), m_emulator->clientSecret()});
        else
            m_emulator->start();
        updateStatusBar();
        return;
    }
    connectTo(m_profile);
}

void MainWindow::connectTo(const Profile &p, const ProjectConnection::Emulator &emulator)
{
    closeConnection();
    m_connection = std::make_unique<ProjectConnection>(p, m_secrets, emulator);
    if (!m_connection->problem().isEmpty()) {
        showMessage(m_connection->problem(), true);
        m_connection.reset();
        updateActions();
        return;
    }
    if (m_pendingDeploy)
        QTimer::singleShot(0, this, [this] {
            if (m_pendingDeploy && m_connection)
                openDeployWizard(*std::exchange(m_pendingDeploy, std::nullopt));
        });
    api::CdfClient *client = m_connection->client();
    connect(client, &api::CdfClient::activityChanged, this,
            [this](int n) { m_statusNetwork->setText(n > 0 ? tr("⟳ %n request(s) in flight", nullptr, n) : tr("idle")); });
    // Say what the client is doing while it waits to try again, so a slow screen has a reason.
    connect(client, &api::CdfClient::retrying, this, [this](const QByteArray &, const QString &, int status, int delayMs) {
        const QString wait = delayMs >= 1000 ? tr("%n s", nullptr, (delayMs + 500) / 1000) : tr("%1 ms").arg(delayMs);
        const QString text = status == 429 ? tr("CDF is throttling requests: retrying in %1").arg(wait)
            : status > 0                   ? tr("CDF answered HTTP %1: retrying in %2").arg(status).arg(wait)
                                           : tr("No answer from CDF: retrying in %1").arg(wait);
        statusBar()->showMessage(text, delayMs + 3000);
        m_lastRetryMessage = text;
    });
    connect(client, &api::CdfClient::authenticationFailed, this, [this](const api::ApiError &e) {
        showError(e);
        m_signInAgain->show();
    });
    connect(m_connection.get(), &ProjectConnection::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_connection.get(), &ProjectConnection::deviceCode, this, [this](const QUrl &uri, const QString &code, const QString &) {
        showMessage(tr("To sign in, open %1 and enter the code %2.").arg(uri.toString(), code), false);
    });
    m_functionsPage->setClient(client);
    updateGettingStarted();
    if (m_weekWindow) {
        m_weekView->setClient(client);
        m_weekWindow->setWindowTitle(tr("Schedules this week — %1").arg(p.name));
    }
    updateStatusBar();
    updateActions();
    const bool userSignIn = p.signsInAsUser();
    if (userSignIn) {
        const int generation = m_connectionGeneration;
        m_connection->tokens()->signIn(this, [this, generation](const api::TokenResult &t) {
            if (generation != m_connectionGeneration)
                return;
            if (!t)
                showError(t.error());
            refresh();
        });
        return;
    }
    Q_EMIT connected();
    refresh();
}

// ---- refresh

void MainWindow::refresh()
{
    m_autoRefresh.stop();
    if (!m_connection) {
        if (m_profile.isLocalEmulator() && m_emulator->state() == LocalEmulator::State::Failed)
            m_emulator->start();
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    api::CdfClient *client = m_connection->client();
    const int generation = ++m_refreshGeneration;
    auto pending = std::make_shared<int>(3);
    // Every part reports exactly once (a closed connection reports "cancelled"); only the parts
    // of the current generation may finish the refresh.
    auto partDone = [this, generation, pending] {
        if (--*pending > 0 || generation != m_refreshGeneration)
            return;
        m_refreshing = false;
        updateStatusBar();
        updateActions();
        scheduleNextRefresh();
        if (m_pendingCall && m_functionsPage->model()->rowCount() > 0)
            openCallPanelFor(*std::exchange(m_pendingCall, std::nullopt));
        Q_EMIT refreshed();
    };
    auto current = [this, generation] { return generation == m_refreshGeneration; };
    FunctionFilter all;
    all.limit = FunctionFilter::MaxLimit;
    api::FunctionsService(client).list(all).then(this, [this, partDone, current](const api::Pending<QList<Function>>::Result &r) {
        if (current()) {
            if (r) {
                m_functionsPage->setFunctions(*r);
                if (m_connection)
                    m_drift->check(m_connection->client()->config().baseUrl, m_profile.project, *r);
                QHash<qint64, QString> names;
                for (const Function &f : *r)
                    names.insert(f.id, f.name);
                m_schedulesPage->model()->setFunctionNames(names);
                selectedFunctionChanged();
            } else {
                showError(r.error());
            }
        }
        partDone();
    });
    ScheduleFilter sf;
    sf.limit = ScheduleFilter::MaxLimit;
    api::SchedulesService(client).list(sf).then(this, [this, partDone, current](const api::Pending<QList<FunctionSchedule>>::Result &r) {
        if (current()) {
            if (r) {
                m_schedulesPage->setSchedules(*r);
                updateWeekView();
                for (int i = 0; i < m_callPanels->count(); ++i)
                    if (auto *panel = qobject_cast<CallPanel *>(m_callPanels->widget(i)); panel && !panel->isDetached())
                        panel->setSchedules(m_schedulesPage->model()->schedulesOf(panel->function().id));
                QHash<qint64, QString> names;
                for (const FunctionSchedule &s : *r)
                    names.insert(s.id, s.name);
                m_callsPage->model()->setScheduleNames(names);
            } else {
                showError(r.error());
            }
        }
        partDone();
    });
    api::FunctionsService(client).activationStatus().then(this, [this, partDone, current](const api::Pending<ActivationStatus>::Result &r) {
        if (current() && r)
            setActivation(*r);
        partDone();
    });
    if (!m_limits) {
        api::FunctionsService(client).limits().then(this, [this, current](const api::Pending<FunctionsLimits>::Result &r) {
            if (current() && r) {
                m_limits = *r;
                updateStatusBar();
            }
        });
    }
    m_callsPage->refreshHead();
}

void MainWindow::setActivation(const std::optional<ActivationStatus> &status)
{
    m_activation = status;
    if (!status || status->state == ActivationState::Activated) {
        m_banner->clear();
    } else {
        m_banner->showMessage(
            status->state == ActivationState::Requested
                ? tr("Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.")
                      .arg(m_profile.project)
                : tr("Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.")
                      .arg(m_profile.project, status->text),
            Tone::Warning);
    }
    updateActions();
}

void MainWindow::scheduleNextRefresh()
{
    if (isMinimized() || !m_connection)
        return;
    const int interval = m_functionsPage->model()->anyDeploying() ? std::min(5000, m_autoRefreshMs) : m_autoRefreshMs;
    if (interval > 0)
        m_autoRefresh.start(interval);
}

void MainWindow::setAutoRefreshInterval(int ms)
{
    m_autoRefreshMs = ms;
    if (ms <= 0)
        m_autoRefresh.stop();
    else if (m_autoRefresh.isActive())
        m_autoRefresh.start(ms);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange) {
        if (isMinimized())
            m_autoRefresh.stop(); // paused while minimised
        else if (!m_autoRefresh.isActive() && m_connection)
            refresh();
    }
}

void MainWindow::updateStatusBar()
{
    if (m_profile.isLocalEmulator()) {
        QString state;
        switch (m_emulator->state()) {
        case LocalEmulator::State::Starting: state = tr("starting…"); break;
        case LocalEmulator::State::Running: state = m_emulator->baseUrl().toString(); break;
        case LocalEmulator::State::Failed: state = tr("failed"); break;
        case LocalEmulator::State::Stopped: state = tr("stopped"); break;
        }
        m_statusProject->setText(tr("Local emulator (%1) — project %2").arg(state, m_profile.project));
    } else {
        m_statusProject->setText(tr("Project %1 on %2").arg(m_profile.project, m_profile.cluster));
    }
    QString activation;
    if (m_activation) {
        switch (m_activation->state) {
        case ActivationState::Activated: activation = tr("Functions: activated"); break;
        case ActivationState::Requested: activation = tr("Functions: activation requested"); break;
        case ActivationState::Inactive: activation = tr("Functions: not activated"); break;
        case ActivationState::Unknown: activation = tr("Functions: %1").arg(m_activation->text); break;
        }
    }
    m_statusActivation->setText(activation);
    if (m_limits)
        m_statusLimits->setText(tr("Limits: %1 min timeout, CPU ≤ %L2, memory ≤ %L3 GB, %4")
                                    .arg(m_limits->timeoutMinutes)
                                    .arg(m_limits->cpuCores.max)
                                    .arg(m_limits->memoryGb.max)
                                    .arg(m_limits->runtimes.join(u", "_s)));
    else
        m_statusLimits->clear();
    if (m_statusNetwork->text().isEmpty())
        m_statusNetwork->setText(tr("idle"));
}

void MainWindow::showError(const api::ApiError &e)
{
    if (e.isCancelled())
        return;
    // The same failure again (only the request id differs) is counted, not shown anew.
    showMessage(e.userMessage(), true, e.what + QLatin1Char('|') + QString::number(e.httpStatus) + QLatin1Char('|') + e.message);
}

void MainWindow::showMessage(const QString &text, bool error, const QString &dedupeKey)
{
    if (text.isEmpty())
        m_signInAgain->hide();
    m_errorBar->showMessage(text, error ? Tone::Negative : Tone::Active, dedupeKey);
}

QString MainWindow::errorText() const
{
    return m_errorBar->text();
}

// ---- commands

void MainWindow::openSelectedCall()
{
    if (const auto c = m_callsPage->currentCall())
        openCall(*c);
}

CallContext MainWindow::callContextFor(qint64 functionId) const
{
    CallContext context;
    if (m_limits)
        context.timeoutMinutes = m_limits->timeoutMinutes;
    if (const int row = m_functionsPage->model()->rowOf(functionId); row >= 0)
        context.memoryGb = m_functionsPage->model()->function(row).memory;
    return context;
}

CallPanel *MainWindow::openCallPanel(const Function &function)
{
    for (int i = 0; i < m_callPanels->count(); ++i)
        if (auto *panel = qobject_cast<CallPanel *>(m_callPanels->widget(i)); panel && !panel->isDetached() && panel->function().id == function.id) {
            m_callPanels->setCurrentIndex(i);
            m_callDock->show();
            m_callDock->raise();
            return panel;
        }
    if (!m_connection)
        return nullptr;
    CallPanel::Setup setup;
    setup.client = m_connection->client();
    setup.project = m_profile.project;
    setup.function = function;
    setup.credentials = m_connection->nonceSource();
    setup.context = callContextFor(function.id);
    setup.server = m_connection->client()->config().baseUrl;
    setup.inputLimit = Validator::callInputLimitFor(setup.server.host()); // the local emulator: the default
    auto *panel = new CallPanel(setup);
    panel->setSchedules(m_schedulesPage->model()->schedulesOf(function.id));
    m_callPanels->setCurrentIndex(m_callPanels->addTab(panel, function.name));
    if (m_callDock->isHidden() && !m_callDock->isFloating()) {
        m_callDock->show();
        resizeDocks({m_callDock}, {height() * 2 / 3}, Qt::Vertical); // the logs need the room
    }
    m_callDock->show();
    m_callDock->raise();
    const QPointer<CallPanel> guard(panel);
    connect(panel, &CallPanel::callFinished, this, [this, guard](const FunctionCall &c, const QString &name) {
        refresh(); // the calls table and the chart show it
        const QString duration = c.durationMs() ? formatDuration(*c.durationMs()) : QString();
        m_notifier->notify(tr("%1: %2").arg(name, statusLabel(toWire(c.status))),
                           duration.isEmpty() ? tr("Call %1").arg(c.id) : tr("Call %1 took %2.").arg(c.id).arg(duration), [this, guard] {
                               if (!guard)
                                   return;
                               m_callPanels->setCurrentWidget(guard);
                               m_callDock->show();
                               m_callDock->raise();
                           });
    });
    return panel;
}

void MainWindow::updateWeekView()
{
    if (!m_weekWindow)
        return;
    QList<FunctionSchedule> schedules = m_connection ? m_schedulesPage->model()->schedules() : QList<FunctionSchedule>();
    if (m_weekOnlySelected->isChecked()) {
        QSet<qint64> ids;
        for (const Function &f : m_functionsPage->selectedFunctions())
            ids.insert(f.id);
        schedules.removeIf([&](const FunctionSchedule &s) { return !ids.contains(s.functionId.value_or(0)); });
    }
    m_weekView->setSchedules(schedules, m_schedulesPage->model()->functionNames());
}

WeekView *MainWindow::openWeekView()
{
    if (!m_weekWindow) {
        auto *window = new QDialog(this);
        window->setObjectName(u"weekWindow"_s);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowTitle(tr("Schedules this week — %1").arg(m_profile.name));
        auto *scroll = new QScrollArea;
        scroll->setWidgetResizable(true);
        m_weekView = new WeekView;
        scroll->setWidget(m_weekView);
        auto *layout = new QVBoxLayout(window);
        auto *hint = new QLabel(tr("Each mark is a run, in local time (%1); the first row counts the runs of each hour. Hover a run for its "
                                   "function and input.")
                                    .arg(QString::fromUtf8(QTimeZone::systemTimeZone().id())));
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_weekOnlySelected = new QCheckBox(tr("Only the functions selected on the Functions page"));
        m_weekOnlySelected->setObjectName(u"weekOnlySelected"_s);
        connect(m_weekOnlySelected, &QCheckBox::toggled, this, &MainWindow::updateWeekView);
        layout->addWidget(m_weekOnlySelected);
        layout->addWidget(scroll);
        window->resize(1100, 520);
        m_weekWindow = window;
    }
    m_weekView->setClient(m_connection ? m_connection->client() : nullptr);
    updateWeekView();
    m_weekWindow->show();
    m_weekWindow->raise();
    return m_weekView;
}

ScheduleEditor *MainWindow::openScheduleEditor(const std::optional<Function> &function, const std::optional<FunctionSchedule> &original,
                                               bool duplicate)
{
    if (!m_connection)
        return nullptr;
    ScheduleEditor::Setup setup;
    setup.client = m_connection->client();
    setup.functions = m_functionsPage->model()->functions();
    if (function)
        setup.functionId = function->id;
    setup.profileCredentials = m_connection->nonceSource();
    setup.inputLimit = Validator::callInputLimitFor(m_connection->client()->config().baseUrl.host()); // the local emulator: the default
    setup.original = original;
    setup.duplicate = duplicate;
    setup.secrets = m_secrets;
    setup.zone = AppSettings::instance()->scheduleTimeZone(); // File ▸ Settings
    for (const Profile &p : m_profileStore->load())
        if (p.method == Profile::Method::ClientCredentials && !p.clientId.isEmpty())
            setup.storedClients << ScheduleEditor::Setup::StoredClient{tr("Profile %1 (client %2)").arg(p.name, p.clientId), p.clientId,
                                                                       p.secretKey("client-secret")};
    for (const QString &id : ScheduleEditor::savedClientIds())
        setup.storedClients << ScheduleEditor::Setup::StoredClient{tr("Saved for schedules: client %1").arg(id), id,
                                                                   ScheduleEditor::savedClientKey(id)};
    auto *editor = new ScheduleEditor(setup, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const int generation = m_connectionGeneration;
    connect(editor, &ScheduleEditor::created, this, [this, generation](const FunctionSchedule &s) {
        if (generation != m_connectionGeneration)
            return;
        showMessage(tr("Schedule \"%1\" created: %2 (UTC).").arg(s.name, s.cronExpression), false);
        m_views->setCurrentIndex(SchedulesTab);
        refresh();
    });
    connect(editor, &ScheduleEditor::replaced, this, [this, generation](const FunctionSchedule &, const FunctionSchedule &s) {
        if (generation != m_connectionGeneration)
            return;
        showMessage(tr("Schedule \"%1\" changed: %2 (UTC).").arg(s.name, s.cronExpression), false);
    });
    editor->open();
    return editor;
}

void MainWindow::openCallPanelFor(const QString &externalId)
{
    if (m_functionsPage->model()->rowCount() == 0 || m_refreshing || !m_connection) {
        m_pendingCall = externalId;
        return;
    }
    for (const Function &f : m_functionsPage->model()->functions())
        if (f.externalId.value_or(QString()) == externalId || (!f.externalId && f.name == externalId)) {
            openCallPanel(f);
            return;
        }
    showMessage(tr("There is no function with the external id \"%1\" in %2.").arg(externalId, m_profile.project), true);
}

void MainWindow::openCall(const FunctionCall &call)
{
    if (!m_connection)
        return;
    auto *dlg = new CallDialog(m_connection->client(), call, m_callsPage->triggerText(call), callContextFor(call.functionId), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    m_callDialogs.removeAll(nullptr);
    m_callDialogs << dlg;
    dlg->show();
}

void MainWindow::deleteSelected()
{
    if (currentPage() == SchedulesTab)
        deleteSelectedSchedules();
    else if (currentPage() == FunctionsTab)
        deleteSelectedFunctions();
}

void MainWindow::deleteSelectedFunctions()
{
    const QList<Function> functions = m_functionsPage->selectedFunctions();
    if (functions.isEmpty() || !m_connection)
        return;
    QHash<qint64, QStringList> schedules;
    for (const Function &f : functions)
        for (const FunctionSchedule &s : m_schedulesPage->model()->schedulesOf(f.id))
            schedules[f.id] << s.name;
    const int generation = m_connectionGeneration;
    FunctionDeletion::start(
        this, functions, schedules, m_functionsPage->model()->functions(),
        [this, generation]() -> api::CdfClient * { return generation == m_connectionGeneration && m_connection ? m_connection->client() : nullptr; },
        [this] { refresh(); });
}

void MainWindow::deleteSelectedSchedules()
{
    if (!m_connection)
        return;
    QList<qint64> ids;
    QStringList names;
    for (const FunctionSchedule &s : m_schedulesPage->selectedSchedules()) {
        ids << s.id;
        names << u"• %1 (%2)"_s.arg(s.name, s.cronExpression);
    }
    if (ids.isEmpty())
        return;
    const int generation = m_connectionGeneration;
    MessageBoxes::ask(this, tr("Delete schedules"), tr("Delete %n schedule(s)?", nullptr, int(ids.size())) + u"\n\n"_s + names.join(u"\n"_s),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}},
                      [this, ids, generation](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes || !m_connection || generation != m_connectionGeneration)
                              return;
                          api::SchedulesService(m_connection->client()).remove(ids).then(this, [this](const api::Pending<api::Empty>::Result &r) {
                              if (!r)
                                  showError(r.error());
                              refresh();
                          });
                      });
}

void MainWindow::requestActivation()
{
    if (!m_connection)
        return;
    const int generation = m_connectionGeneration;
    api::FunctionsService(m_connection->client()).activate().then(this, [this, generation](const api::Pending<ActivationStatus>::Result &r) {
        if (generation != m_connectionGeneration)
            return;
        if (!r) {
            showError(r.error());
            return;
        }
        refresh();
    });
}

void MainWindow::editProfile(bool createNew)
{
    Profile p = createNew ? Profile{} : m_profile;
    if (!createNew && p.isLocalEmulator()) {
        MessageBoxes::inform(
            this, tr("Local emulator"),
            tr("The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.")
                .arg(m_emulator->dataDir()));
        return;
    }
    if (createNew) {
        p.method = Profile::Method::ClientCredentials;
        p.idp = Profile::IdentityProvider::EntraId;
    }
    auto *dlg = new ProfileDialog(p, m_secrets, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg, createNew, p] {
        const Profile saved = dlg->profile();
        // Old secrets go only once the new one is safely stored: a failed keychain write leaves
        // the user with the secret they had, not with none.
        saveProfile(saved, dlg->secret(), [this, createNew, p, saved] {
            if (!createNew)
                forgetSecrets(p, saved);
        });
        reloadProfiles();
        openProfile(saved.id);
    });
    dlg->open();
}

void MainWindow::forgetSecrets(const Profile &old, const std::optional<Profile> &now)
{
    if (old.id.isEmpty() || old.isLocalEmulator())
        return;
    const QString keep = now && now->secretInUse() ? now->secretKey(now->secretInUse()) : QString();
    for (const char *what : Profile::secretKinds()) {
        if (const QString key = old.secretKey(what); key != keep)
            m_secrets->remove(key, nullptr, {});
        // Keys from before secrets were bound to their destination ("<id>/client-secret"): never
        // read any more, removed whenever the profile's secrets are.
        m_secrets->remove(old.id + u'/' + QLatin1StringView(what), nullptr, {});
    }
}

void MainWindow::removeProfile()
{
    if (m_profile.id.isEmpty() || m_profile.isLocalEmulator())
        return;
    if (isDeploying()) {
        showMessage(tr("A deploy is running in %1: let it finish (or cancel it) before you remove the profile.").arg(m_profile.name), true);
        return;
    }
    const Profile doomed = m_profile;
    MessageBoxes::ask(this, tr("Remove Profile"),
                      tr("Remove the profile \"%1\" (project %2)?\n\nIts client secret, token and refresh token are removed from the "
                         "keychain. Nothing in the CDF project is touched: functions, calls and schedules stay as they are.")
                          .arg(doomed.name, doomed.project),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Remove Profile")}},
                      [this, doomed](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes)
                              return;
                          forgetSecrets(doomed, std::nullopt);
                          m_profileStore->remove(doomed.id);
                          const QString done = tr("Profile \"%1\" removed, with its secrets.").arg(doomed.name);
                          if (m_profile.id != doomed.id) {
                              reloadProfiles();
                              showMessage(done, false);
                              return;
                          }
                          closeConnection();
                          m_profile = Profile{};
                          reloadProfiles();
                          const QList<Profile> left = m_profileStore->load();
                          if (!left.isEmpty()) {
                              auto it = std::find_if(left.begin(), left.end(), [](const Profile &p) { return p.isLocalEmulator(); });
                              openProfile(it != left.end() ? it->id : left.first().id);
                          } else {
                              m_functionsPage->clear();
                              m_callsPage->clear();
                              m_schedulesPage->clear();
                              setWindowTitle(tr("Functions Studio"));
                              updateActions();
                          }
                          showMessage(done, false);
                      });
}

void MainWindow::saveProfile(const Profile &p, const QString &secret, std::function<void()> stored)
{
    m_profileStore->save(p);
    const char *what = p.secretInUse();
    // Only a client secret or a token is typed; a secret left in the form after switching to
    // interactive or device sign-in is not the profile's and is not kept.
    if (secret.isEmpty() || !what || qstrcmp(what, "refresh-token") == 0) {
        if (stored)
            stored();
        return;
    }
    const QString key = p.secretKey(what);
    m_secrets->write(key, secret, this, [this, key, secret, stored](const api::SecretStore::Result &r) {
        if (r.status == api::SecretStore::Status::Ok) {
            if (stored)
                stored();
            return;
        }
        if (r.status == api::SecretStore::Status::Unavailable) {
            MessageBoxes::ask(this, tr("No keychain"),
                              tr("No keychain is available on this system (%1), so the secret cannot be saved securely.\n\n"
                                 "Keep it in memory for this session only? It is not written anywhere and you will have to enter it again "
                                 "after restarting Functions Studio.")
                                  .arg(r.message),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes,
                              {{QMessageBox::Yes, tr("Keep for this session")}, {QMessageBox::No, tr("Discard")}},
                              [this, key, secret](QMessageBox::StandardButton answer) {
                                  if (answer != QMessageBox::Yes)
                                      return;
                                  m_secrets->allowSessionOnlyFallback(true);
                                  m_secrets->write(key, secret, nullptr, {});
                                  showMessage(tr("No keychain: the secret is kept in memory for this session only."), false);
                              });
            return;
        }
        showMessage(tr("The secret could not be saved in the keychain: %1").arg(r.message), true);
    });
}

// ---- layout memory

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
    m_functionsPage->restoreHeader(s.value(u"mainWindow/functionsHeader"_s).toByteArray());
    m_callsPage->restoreHeader(s.value(u"mainWindow/callsHeader"_s).toByteArray());
    m_schedulesPage->restoreHeader(s.value(u"mainWindow/schedulesHeader"_s).toByteArray());
    const int view = s.value(u"mainWindow/view"_s, 0).toInt();
    m_views->setCurrentIndex(view >= 0 && view < m_views->count() ? view : 0);
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

DeployWizard *MainWindow::deployWizard() const
{
    return m_deployWizard;
}

bool MainWindow::isDeploying() const
{
    return m_deployWizard && m_deployWizard->progressPage()->isRunning();
}

void MainWindow::openDeployWizard(const QString &path, const std::optional<Function> &redeployOf)
{
    if (!m_connection) {
        m_pendingDeploy = path; // --deploy PATH before the project is connected
        return;
    }
    if (!m_limits && !m_deployWizard) {
        // The settings are bounded by the project's limits: read them first (the first refresh
        // may not have yet), and open the wizard either way.
        const int generation = m_connectionGeneration;
        api::FunctionsService(m_connection->client()).limits().then(this, [this, generation, path, redeployOf](const auto &r) {
            if (generation != m_connectionGeneration)
                return;
            if (r)
                m_limits = *r;
            else
                m_limits = FunctionsLimits(); // CDF's usual limits; the deploy's own checks still apply
            openDeployWizard(path, redeployOf);
        });
        return;
    }
    if (m_deployWizard) { // one at a time: show the one that is open
        m_deployWizard->raise();
        m_deployWizard->activateWindow();
        if (!path.isEmpty() && m_deployWizard->currentId() == DeployWizard::SourcePageId)
            m_deployWizard->sourcePage()->setSourcePath(path);
        return;
    }
    DeployState state;
    state.client = m_connection->client();
    state.project = m_profile.project;
    state.limits = m_limits;
    state.scheduleCredentials = m_connection->nonceSource();
    state.secrets = m_secrets;
    state.redeployOf = redeployOf;
    state.sourcePath = path;
    showDeployWizard(std::move(state));
}

void MainWindow::showDeployWizard(DeployState state)
{
    const bool promotion = state.promotion.has_value();
    const QString target = state.project;
    auto *wizard = new DeployWizard(std::move(state), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_deployWizard = wizard;
    const int generation = m_connectionGeneration;
    connect(wizard, &DeployWizard::deployed, this, [this, generation, promotion, target](const Function &f) {
        if (promotion) {
            showMessage(tr("%1 is promoted to %2 and Ready there.").arg(f.name, target), false);
            return;
        }
        if (generation != m_connectionGeneration)
            return; // deployed to a project this window no longer shows
        m_views->setCurrentIndex(FunctionsTab);
        refresh();
        const qint64 id = f.id;
        connect(
            this, &MainWindow::refreshed, this, [this, id] { m_functionsPage->selectFunction(id); }, Qt::SingleShotConnection);
        showMessage(tr("%1 is deployed and Ready.").arg(f.name), false);
    });
    // "Call it now" opens the call panel; until the schedule editor exists, "Create a schedule"
    // selects the function with its schedules beside it.
    connect(wizard, &DeployWizard::callRequested, this, [this, generation, promotion](const Function &f) {
        if (!promotion && generation == m_connectionGeneration)
            openCallPanel(f);
    });
    connect(wizard, &DeployWizard::scheduleRequested, this, [this, generation, promotion](const Function &f) {
        if (promotion || generation != m_connectionGeneration)
            return;
        m_views->setCurrentIndex(FunctionsTab);
        m_functionsPage->selectFunction(f.id);
    });
    const QPointer<DeployWizard> guard(wizard);
    connect(wizard->progressPage(), &DeployProgressPage::finishedDeploy, this, [this, guard, target](bool ready) {
        if (!guard)
            return;
        m_notifier->notify(ready ? tr("Deployed to %1").arg(target) : tr("Deploy to %1 did not finish").arg(target),
                           guard->progressPage()->outcomeText().section(u'\n', 0, 0), [guard] {
                               if (guard) {
                                   guard->raise();
                                   guard->activateWindow();
                               }
                           });
    });
    wizard->show();
}

void MainWindow::choosePromotionTarget(const Function &function)
{
    QStringList labels;
    QStringList ids;
    for (const Profile &p : m_profileStore->load())
        if (p.id != m_profile.id) {
            labels << tr("%1 (project %2)").arg(p.name, p.project);
            ids << p.id;
        }
    if (ids.isEmpty()) {
        showMessage(tr("There is no other profile to promote to: add the target project's profile first (File ▸ New Profile…)."), true);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"promoteDialog"_s);
    dialog->setWindowTitle(tr("Promote %1").arg(function.name));
    dialog->setLabelText(tr("Deploy %1 with its settings and schedules from %2 to the project of:").arg(function.name, m_profile.project));
    dialog->setComboBoxItems(labels);
    dialog->setOkButtonText(tr("Continue"));
    const int generation = m_connectionGeneration;
    connect(dialog, &QInputDialog::accepted, this, [this, dialog, labels, ids, function, generation] {
        const int i = int(labels.indexOf(dialog->textValue()));
        if (i >= 0 && generation == m_connectionGeneration)
            promoteFunction(function, ids[i]);
    });
    dialog->open();
}

void MainWindow::promoteFunction(const Function &function, const QString &targetProfileId)
{
    if (!m_connection)
        return;
    if (m_deployWizard) {
        m_deployWizard->raise();
        showMessage(tr("A deploy wizard is open: close it first, then promote %1.").arg(function.name), true);
        return;
    }
    const std::optional<Profile> target = m_profileStore->find(targetProfileId);
    if (!target) {
        showMessage(tr("The profile %1 no longer exists.").arg(targetProfileId), true);
        return;
    }
    ProjectConnection::Emulator emulator;
    if (target->isLocalEmulator()) {
        if (m_emulator->state() != LocalEmulator::State::Running) {
            showMessage(tr("The local emulator is not running: open its profile once to start it, then promote again."), true);
            return;
        }
        emulator = {m_emulator->baseUrl(), m_emulator->clientSecret()};
    }
    auto *connection = new ProjectConnection(*target, m_secrets, emulator);
    if (!connection->problem().isEmpty()) {
        showMessage(tr("Cannot connect to %1: %2").arg(target->name, connection->problem()), true);
        delete connection;
        return;
    }
    connect(connection, &ProjectConnection::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(connection, &ProjectConnection::deviceCode, this, [this, name = target->name](const QUrl &uri, const QString &code, const QString &) {
        showMessage(tr("To sign in to %1, open %2 and enter the code %3.").arg(name, uri.toString(), code), false);
    });
    auto *promotion = new Promotion({m_connection->client(), m_profile.project, {}}, function,
                                    {connection->client(), target->project, connection->nonceSource()}, this);
    connection->setParent(promotion); // until the wizard takes it over
    const QString name = function.name;
    connect(promotion, &Promotion::step, this, [this](const QString &s) { showMessage(s, false); });
    connect(promotion, &Promotion::failed, this, [this, promotion, name](const QString &why) {
        showMessage(tr("Could not promote %1: %2").arg(name, why), true);
        promotion->deleteLater();
    });
    connect(promotion, &Promotion::ready, this, [this, promotion, connection] {
        promotion->deleteLater();
        if (m_deployWizard) { // opened meanwhile
            showMessage(tr("A deploy wizard is open: close it first, then promote again."), true);
            return;
        }
        showMessage(QString(), false);
        DeployState state = promotion->state();
        // Signed in by now: a client-credentials profile has read its secret, so its client is
        // what the schedules use by default.
        state.scheduleCredentials = connection->nonceSource();
        state.promotion->targetConnection = connection;
        connection->setParent(nullptr); // the wizard takes it over
        showDeployWizard(std::move(state));
    });
    const bool userSignIn = target->signsInAsUser();
    if (!userSignIn) {
        promotion->start();
        return;
    }
    showMessage(tr("Signing in to %1…").arg(target->name), false);
    connection->tokens()->signIn(promotion, [promotion, name = target->name](const api::TokenResult &t) {
        if (t)
            promotion->start();
        else
            Q_EMIT promotion->failed(MainWindow::tr("Signing in to %1 failed: %2").arg(name, t.error().userMessage()));
    });
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
    if (!m_connection) {
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
        m_deployWizard->raise();
        m_deployWizard->activateWindow();
        m_deployWizard->reject();
        return;
    }
    saveLayout();
    m_autoRefresh.stop();
    m_emulator->stop();
    QMainWindow::closeEvent(event);
}

} // namespace fstudio::gui
