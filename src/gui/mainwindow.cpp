#include "gui/mainwindow.h"

#include "gui/dialogs/calldialog.h"
#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/dialogs/functiondetails.h"
#include "gui/models/functionsmodel.h"
#include "gui/models/functionsproxy.h"
#include "gui/profiles/keychainsecretstore.h"
#include "gui/profiles/localemulator.h"
#include "gui/dialogs/messageboxes.h"
#include "gui/models/modelroles.h"
#include "gui/dialogs/profiledialog.h"
#include "gui/profiles/profilestore.h"
#include "gui/profiles/projectconnection.h"
#include "gui/models/schedulesmodel.h"
#include "gui/models/statusdelegate.h"

#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
QTableView *makeTable(const QString &objectName)
{
    auto *v = new QTableView;
    v->setObjectName(objectName);
    v->setSortingEnabled(true);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    v->setContextMenuPolicy(Qt::CustomContextMenu);
    v->verticalHeader()->hide();
    v->verticalHeader()->setDefaultSectionSize(24);
    v->horizontalHeader()->setSectionsMovable(true);
    v->horizontalHeader()->setHighlightSections(false);
    v->horizontalHeader()->setStretchLastSection(true);
    return v;
}
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretVault *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profileStore(profiles)
    , m_secrets(secrets)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Functions Studio"));
    m_emulator = new LocalEmulator(this);
    m_functions = new FunctionsModel(this);
    m_functionsProxy = new FunctionsProxy(this);
    m_functionsProxy->setSourceModel(m_functions);
    m_calls = new CallsModel(this);
    m_callsProxy = new CallsProxy(this);
    m_callsProxy->setSourceModel(m_calls);
    m_schedules = new SchedulesModel(this);
    m_schedulesProxy = new QSortFilterProxyModel(this);
    m_schedulesProxy->setSourceModel(m_schedules);
    m_schedulesProxy->setSortRole(RawRole);
    m_schedulesProxy->setFilterKeyColumn(-1);
    m_schedulesProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    buildUi();
    restoreLayout();

    m_autoRefresh.setSingleShot(true);
    connect(&m_autoRefresh, &QTimer::timeout, this, &MainWindow::refresh);
    connect(m_emulator, &LocalEmulator::stateChanged, this, [this](LocalEmulator::State s) {
        if (!m_profile.isLocalEmulator())
            return;
        if (s == LocalEmulator::State::Running) {
            showMessage(QString(), false);
            connectTo(m_profile, m_emulator->baseUrl());
        } else if (s == LocalEmulator::State::Failed) {
            showMessage(tr("The local emulator could not start: %1").arg(m_emulator->errorText()), true);
        }
        updateStatusBar();
    });
    reloadProfiles();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildUi()
{
    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolbar"_s);
    toolbar->setMovable(false);
    toolbar->addWidget(new QLabel(tr(" Profile ")));
    m_profileSwitcher = new QComboBox;
    m_profileSwitcher->setObjectName(u"profileSwitcher"_s);
    m_profileSwitcher->setMinimumWidth(220);
    toolbar->addWidget(m_profileSwitcher);
    connect(m_profileSwitcher, &QComboBox::activated, this, [this](int i) { openProfile(m_profileSwitcher->itemData(i).toString()); });
    auto *edit = toolbar->addAction(tr("Edit profile…"), this, [this] { editProfile(false); });
    edit->setObjectName(u"editProfileAction"_s);
    auto *add = toolbar->addAction(tr("New profile…"), this, [this] { editProfile(true); });
    add->setObjectName(u"newProfileAction"_s);
    toolbar->addSeparator();
    auto *refreshAction = toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setObjectName(u"refreshAction"_s);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setToolTip(tr("Refresh (F5)"));
    toolbar->addSeparator();
    m_search = new QLineEdit;
    m_search->setObjectName(u"search"_s);
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    toolbar->addWidget(m_search);
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const char *s : {"Ready", "Failed", "Deploying", "Queued"})
        m_statusFilter->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    toolbar->addWidget(m_statusFilter);
    auto *del = toolbar->addAction(tr("Delete…"), this, [this] {
        if (m_views->currentIndex() == 2)
            deleteSelectedSchedules();
        else
            deleteSelectedFunctions();
    });
    del->setObjectName(u"deleteAction"_s);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WindowShortcut);

    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);

    m_banner = new QFrame;
    m_banner->setObjectName(u"activationBanner"_s);
    m_banner->setStyleSheet(u"#activationBanner { background: #fff8e1; border: 1px solid #ffcc80; border-radius: 4px; }"_s);
    auto *bl = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setObjectName(u"activationText"_s);
    m_bannerText->setWordWrap(true);
    bl->addWidget(m_bannerText, 1);
    auto *activate = new QPushButton(tr("Request activation"));
    activate->setObjectName(u"requestActivation"_s);
    connect(activate, &QPushButton::clicked, this, &MainWindow::requestActivation);
    bl->addWidget(activate);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_errorBar = new QFrame;
    m_errorBar->setObjectName(u"errorBar"_s);
    m_errorBar->setStyleSheet(u"#errorBar { background: #ffebee; border: 1px solid #ef9a9a; border-radius: 4px; }"_s);
    auto *el = new QHBoxLayout(m_errorBar);
    m_errorLabel = new QLabel;
    m_errorLabel->setObjectName(u"errorText"_s);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    el->addWidget(m_errorLabel, 1);
    m_signInAgain = new QPushButton(tr("Sign in again"));
    m_signInAgain->setObjectName(u"signInAgain"_s);
    m_signInAgain->hide();
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        if (!m_connection)
            return;
        m_connection->tokens()->signIn(this, [this](const api::TokenResult &t) {
            if (t) {
                showMessage(QString(), false);
                refresh();
            } else {
                showError(t.error());
            }
        });
    });
    el->addWidget(m_signInAgain);
    auto *dismiss = new QPushButton(tr("Dismiss"));
    dismiss->setObjectName(u"dismissError"_s);
    connect(dismiss, &QPushButton::clicked, this, [this] { showMessage(QString(), false); });
    el->addWidget(dismiss);
    m_errorBar->hide();
    layout->addWidget(m_errorBar);

    m_views = new QTabWidget;
    m_views->setObjectName(u"views"_s);
    layout->addWidget(m_views, 1);

    // Functions
    auto *split = new QSplitter;
    split->setObjectName(u"functionsSplitter"_s);
    m_functionsView = makeTable(u"functionsTable"_s);
    m_functionsView->setModel(m_functionsProxy);
    m_functionsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_functionsView->setItemDelegateForColumn(FunctionsModel::Status, new StatusDelegate(m_functionsView));
    m_functionsView->sortByColumn(FunctionsModel::Name, Qt::AscendingOrder);
    m_functionsView->setColumnWidth(FunctionsModel::Name, 220);
    m_functionsView->setColumnWidth(FunctionsModel::ExternalId, 180);
    m_functionsView->setColumnWidth(FunctionsModel::Created, 150);
    m_functionsView->setColumnWidth(FunctionsModel::LastCalled, 150);
    split->addWidget(m_functionsView);
    m_details = new FunctionDetails;
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({820, 440});
    m_views->addTab(split, tr("&Functions"));
    connect(m_functionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::selectedFunctionChanged);
    connect(m_functionsView, &QTableView::activated, this, [this] { m_views->setCurrentIndex(1); });
    connect(m_functionsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &p) { contextMenu(m_functionsView, p); });

    // Calls
    auto *callsPage = new QWidget;
    auto *cl = new QVBoxLayout(callsPage);
    cl->setContentsMargins(0, 4, 0, 0);
    auto *cbar = new QHBoxLayout;
    m_callsTitle = new QLabel(tr("Select a function to see its calls."));
    m_callsTitle->setObjectName(u"callsTitle"_s);
    cbar->addWidget(m_callsTitle, 1);
    m_callStatus = new QComboBox;
    m_callStatus->setObjectName(u"callStatusFilter"_s);
    m_callStatus->addItem(tr("All statuses"), QString());
    for (const char *s : {"Running", "Completed", "Failed", "Timeout"})
        m_callStatus->addItem(QString::fromLatin1(s), QString::fromLatin1(s));
    cbar->addWidget(m_callStatus);
    m_callTime = new QComboBox;
    m_callTime->setObjectName(u"callTimeFilter"_s);
    m_callTime->addItem(tr("Any time"), 0);
    m_callTime->addItem(tr("Last hour"), 3600);
    m_callTime->addItem(tr("Last 24 hours"), 24 * 3600);
    m_callTime->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_callTime->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    cbar->addWidget(m_callTime);
    m_callsCount = new QLabel;
    m_callsCount->setObjectName(u"callsCount"_s);
    cbar->addWidget(m_callsCount);
    cl->addLayout(cbar);
    m_callsView = makeTable(u"callsTable"_s);
    m_callsView->setModel(m_callsProxy);
    m_callsView->setItemDelegateForColumn(CallsModel::Status, new StatusDelegate(m_callsView));
    m_callsView->setColumnWidth(CallsModel::Id, 150);
    m_callsView->setColumnWidth(CallsModel::Started, 150);
    m_callsView->setColumnWidth(CallsModel::Ended, 150);
    cl->addWidget(m_callsView, 1);
    m_views->addTab(callsPage, tr("&Calls"));
    connect(m_callStatus, &QComboBox::currentIndexChanged, this, &MainWindow::applyCallFilters);
    connect(m_callTime, &QComboBox::currentIndexChanged, this, &MainWindow::applyCallFilters);
    connect(m_callsView, &QTableView::activated, this, &MainWindow::openCall);
    connect(m_callsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &p) { contextMenu(m_callsView, p); });
    connect(m_calls, &CallsModel::fetchFailed, this, &MainWindow::showError);
    connect(m_calls, &CallsModel::pageLoaded, this, [this](int rows, bool more) {
        m_callsCount->setText(more ? tr("%1 calls loaded, more on scroll").arg(rows) : tr("%1 calls").arg(rows));
    });

    // Schedules
    auto *schedPage = new QWidget;
    auto *sl = new QVBoxLayout(schedPage);
    sl->setContentsMargins(0, 4, 0, 0);
    auto *sbar = new QHBoxLayout;
    m_onlySelected = new QCheckBox(tr("Only the selected function"));
    m_onlySelected->setObjectName(u"onlySelectedFunction"_s);
    sbar->addWidget(m_onlySelected);
    sbar->addStretch();
    auto *viewData = new QPushButton(tr("View input data"));
    viewData->setObjectName(u"viewInputData"_s);
    sbar->addWidget(viewData);
    auto *delSched = new QPushButton(tr("Delete schedule…"));
    delSched->setObjectName(u"deleteSchedule"_s);
    sbar->addWidget(delSched);
    sl->addLayout(sbar);
    auto *ssplit = new QSplitter(Qt::Vertical);
    m_schedulesView = makeTable(u"schedulesTable"_s);
    m_schedulesView->setModel(m_schedulesProxy);
    m_schedulesView->setColumnWidth(SchedulesModel::Name, 200);
    m_schedulesView->setColumnWidth(SchedulesModel::When, 240);
    m_schedulesView->setColumnWidth(SchedulesModel::NextLocal, 140);
    m_schedulesView->setColumnWidth(SchedulesModel::NextUtc, 160);
    ssplit->addWidget(m_schedulesView);
    m_inputData = new QPlainTextEdit;
    m_inputData->setObjectName(u"inputData"_s);
    m_inputData->setReadOnly(true);
    m_inputData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputData->setPlaceholderText(tr("Select a schedule and press View input data."));
    ssplit->addWidget(m_inputData);
    ssplit->setStretchFactor(0, 3);
    sl->addWidget(ssplit, 1);
    m_views->addTab(schedPage, tr("&Schedules"));
    connect(viewData, &QPushButton::clicked, this, &MainWindow::showInputData);
    connect(m_schedulesView, &QTableView::activated, this, &MainWindow::showInputData);
    connect(delSched, &QPushButton::clicked, this, &MainWindow::deleteSelectedSchedules);
    connect(m_onlySelected, &QCheckBox::toggled, this, [this] { selectedFunctionChanged(); });
    connect(m_schedulesView, &QWidget::customContextMenuRequested, this, [this](const QPoint &p) { contextMenu(m_schedulesView, p); });

    setCentralWidget(central);

    // Search applies to the visible view.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_functionsProxy->setSearchText(t);
        m_callsProxy->setSearchText(t);
        m_schedulesProxy->setFilterFixedString(t);
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_functionsProxy->setStatusFilter(m_statusFilter->currentData().toString()); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    for (int i = 0; i < 3; ++i) {
        auto *sc = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(sc, &QShortcut::activated, this, [this, i] { m_views->setCurrentIndex(i); });
    }

    // Status bar.
    m_statusProject = new QLabel;
    m_statusProject->setObjectName(u"statusProject"_s);
    m_statusActivation = new QLabel;
    m_statusActivation->setObjectName(u"statusActivation"_s);
    m_statusLimits = new QLabel;
    m_statusLimits->setObjectName(u"statusLimits"_s);
    m_statusNetwork = new QLabel;
    m_statusNetwork->setObjectName(u"statusNetwork"_s);
    statusBar()->addWidget(m_statusProject);
    statusBar()->addWidget(m_statusActivation);
    statusBar()->addWidget(m_statusLimits, 1);
    statusBar()->addPermanentWidget(m_statusNetwork);
    resize(1280, 800);
}

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

void MainWindow::openProfile(const QString &profileId)
{
    std::optional<Profile> found;
    for (const Profile &p : m_profileStore->load())
        if (p.id == profileId)
            found = p;
    if (!found) {
        showMessage(tr("The profile %1 no longer exists.").arg(profileId), true);
        return;
    }
    m_profile = *found;
    m_profileStore->setLastProfileId(profileId);
    const int i = m_profileSwitcher->findData(profileId);
    if (i >= 0)
        m_profileSwitcher->setCurrentIndex(i);
    // Leave the old project behind: nothing of it stays on screen.
    m_autoRefresh.stop();
    m_connection.reset();
    m_functions->clear();
    m_calls->setSource(nullptr, 0);
    m_callsFunctionId = 0;
    m_schedules->setSchedules({});
    m_details->setFunction(std::nullopt);
    m_limits.reset();
    m_activation.clear();
    m_banner->hide();
    showMessage(QString(), false);
    setWindowTitle(tr("Functions Studio — %1").arg(m_profile.name));
    if (m_profile.isLocalEmulator()) {
        if (m_emulator->state() == LocalEmulator::State::Running)
            connectTo(m_profile, m_emulator->baseUrl());
        else
            m_emulator->start();
        updateStatusBar();
        return;
    }
    connectTo(m_profile);
}

void MainWindow::connectTo(const Profile &p, const QUrl &emulatorUrl)
{
    m_connection = std::make_unique<ProjectConnection>(p, m_secrets, emulatorUrl);
    if (!m_connection->problem().isEmpty()) {
        showMessage(m_connection->problem(), true);
        return;
    }
    api::CdfClient *client = m_connection->client();
    connect(client, &api::CdfClient::activityChanged, this, [this](int n) {
        m_statusNetwork->setText(n > 0 ? tr("⟳ %n request(s) in flight", nullptr, n) : tr("idle"));
    });
    connect(client, &api::CdfClient::authenticationFailed, this, [this](const api::ApiError &e) {
        showError(e);
        m_signInAgain->show();
    });
    connect(m_connection.get(), &ProjectConnection::openBrowser, this, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(m_connection.get(), &ProjectConnection::deviceCode, this, [this](const QUrl &uri, const QString &code, const QString &) {
        showMessage(tr("To sign in, open %1 and enter the code %2.").arg(uri.toString(), code), false);
    });
    m_details->setClient(client);
    updateStatusBar();
    const bool userSignIn = p.method == Profile::Method::Interactive || p.method == Profile::Method::DeviceCode;
    if (userSignIn) {
        m_connection->tokens()->signIn(this, [this](const api::TokenResult &t) {
            if (!t)
                showError(t.error());
            refresh();
        });
        return;
    }
    Q_EMIT connected();
    refresh();
}

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
    m_pendingRefreshParts = 3;
    auto partDone = [this] {
        if (--m_pendingRefreshParts == 0) {
            m_refreshing = false;
            updateStatusBar();
            scheduleNextRefresh();
            Q_EMIT refreshed();
        }
    };
    FunctionFilter all;
    all.limit = FunctionFilter::MaxLimit;
    api::FunctionsService(client).list(all).then(this, [this, partDone](const api::Pending<QList<Function>>::Result &r) {
        if (r) {
            m_functions->setFunctions(*r);
            // First load of a project: select the first function so its details and calls show.
            if (!m_functionsView->selectionModel()->hasSelection() && m_functionsProxy->rowCount() > 0)
                m_functionsView->selectRow(0);
            QHash<qint64, QString> names;
            for (const Function &f : *r)
                names.insert(f.id, f.name);
            m_schedules->setFunctionNames(names);
            // Keep the details of the selected function current.
            if (const auto id = currentFunctionId()) {
                const int row = m_functions->rowOf(*id);
                m_details->setFunction(row >= 0 ? std::optional<Function>(m_functions->function(row)) : std::nullopt);
            }
        } else {
            showError(r.error());
        }
        partDone();
    });
    ScheduleFilter sf;
    sf.limit = ScheduleFilter::MaxLimit;
    api::SchedulesService(client).list(sf).then(this, [this, partDone](const api::Pending<QList<FunctionSchedule>>::Result &r) {
        if (r) {
            m_schedules->setSchedules(*r);
            QHash<qint64, QString> names;
            for (const FunctionSchedule &s : *r)
                names.insert(s.id, s.name);
            m_calls->setScheduleNames(names);
        } else {
            showError(r.error());
        }
        partDone();
    });
    api::FunctionsService(client).activationStatus().then(this, [this, partDone](const api::Pending<ActivationStatus>::Result &r) {
        if (r) {
            m_activation = r->text;
            const bool active = r->state == ActivationState::Activated;
            m_banner->setVisible(!active);
            if (!active)
                m_bannerText->setText(r->state == ActivationState::Requested
                                          ? tr("Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.").arg(m_profile.project)
                                          : tr("Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.").arg(m_profile.project, r->text));
        }
        partDone();
    });
    if (!m_limits) {
        api::FunctionsService(client).limits().then(this, [this](const api::Pending<FunctionsLimits>::Result &r) {
            if (r) {
                m_limits = *r;
                updateStatusBar();
            }
        });
    }
    m_calls->refreshHead();
}

void MainWindow::scheduleNextRefresh()
{
    if (isMinimized() || !m_connection)
        return;
    const int interval = m_functions->anyDeploying() ? std::min(5000, m_autoRefreshMs) : m_autoRefreshMs;
    if (interval > 0)
        m_autoRefresh.start(interval);
}

void MainWindow::setAutoRefreshInterval(int ms)
{
    m_autoRefreshMs = ms;
    if (m_autoRefresh.isActive())
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
    m_statusActivation->setText(m_activation.isEmpty() ? QString() : tr("Functions: %1").arg(m_activation));
    if (m_limits)
        m_statusLimits->setText(tr("Limits: %1 min timeout, CPU ≤ %2, memory ≤ %3 GB, %4")
                                    .arg(m_limits->timeoutMinutes)
                                    .arg(m_limits->cpuCores.max)
                                    .arg(m_limits->memoryGb.max)
                                    .arg(m_limits->runtimes.join(u", "_s)));
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
    if (text.isEmpty()) {
        m_errorBar->hide();
        m_signInAgain->hide();
        m_lastError.clear();
        m_repeatedErrors = 0;
        return;
    }
    // One bar, the latest message; repeats are counted, never stacked as dialogs.
    const QString key = dedupeKey.isEmpty() ? text : dedupeKey;
    if (key == m_lastError)
        ++m_repeatedErrors;
    else
        m_repeatedErrors = 0;
    m_lastError = key;
    m_errorLabel->setText(m_repeatedErrors > 0 ? tr("%1 (×%2)").arg(text).arg(m_repeatedErrors + 1) : text);
    m_errorBar->setStyleSheet(error ? u"#errorBar { background: #ffebee; border: 1px solid #ef9a9a; border-radius: 4px; }"_s
                                    : u"#errorBar { background: #e3f2fd; border: 1px solid #90caf9; border-radius: 4px; }"_s);
    m_errorBar->show();
}

QString MainWindow::errorText() const
{
    return m_errorBar->isVisible() ? m_errorLabel->text() : QString();
}

std::optional<qint64> MainWindow::currentFunctionId() const
{
    const QModelIndex current = m_functionsView->selectionModel()->currentIndex();
    const QModelIndexList rows = m_functionsView->selectionModel()->selectedRows();
    const QModelIndex idx = rows.size() == 1 ? rows.first() : (rows.isEmpty() ? QModelIndex() : current);
    if (!idx.isValid())
        return std::nullopt;
    return idx.data(IdRole).toLongLong();
}

QList<qint64> MainWindow::selectedFunctionIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_functionsView->selectionModel()->selectedRows())
        ids << i.data(IdRole).toLongLong();
    return ids;
}

void MainWindow::selectedFunctionChanged()
{
    const auto id = currentFunctionId();
    const int row = id ? m_functions->rowOf(*id) : -1;
    m_details->setFunction(row >= 0 ? std::optional<Function>(m_functions->function(row)) : std::nullopt);
    // Calls follow the selected function.
    if (id && *id != m_callsFunctionId && m_connection) {
        m_callsFunctionId = *id;
        m_callsTitle->setText(tr("Calls of %1").arg(m_functions->function(row).name));
        applyCallFilters();
    } else if (!id) {
        m_callsTitle->setText(tr("Select a function to see its calls."));
    }
    // "Only the selected function" on the schedules view.
    if (m_onlySelected->isChecked() && row >= 0) {
        m_schedulesProxy->setFilterKeyColumn(SchedulesModel::Function);
        m_schedulesProxy->setFilterRegularExpression(QRegularExpression(u"^"_s + QRegularExpression::escape(m_functions->function(row).name) + u"$"_s));
    } else {
        m_schedulesProxy->setFilterKeyColumn(-1);
        m_schedulesProxy->setFilterFixedString(m_search->text());
    }
}

void MainWindow::applyCallFilters()
{
    if (!m_connection || !m_callsFunctionId)
        return;
    CallFilter f;
    const QString status = m_callStatus->currentData().toString();
    if (!status.isEmpty())
        f.status = callStatusFromWire(status);
    const int seconds = m_callTime->currentData().toInt();
    if (seconds > 0)
        f.startTime.min = QDateTime::currentMSecsSinceEpoch() - seconds * 1000LL;
    m_callsCount->setText(tr("loading…"));
    m_calls->setSource(m_connection->client(), m_callsFunctionId, f, 1000);
}

void MainWindow::openCall(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid() || !m_connection)
        return;
    const QModelIndex src = m_callsProxy->mapToSource(proxyIndex);
    const FunctionCall c = m_calls->call(src.row());
    auto *dlg = new CallDialog(m_connection->client(), c, m_calls->triggerText(c), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void MainWindow::deleteSelectedFunctions()
{
    const QList<qint64> ids = selectedFunctionIds();
    if (ids.isEmpty() || !m_connection)
        return;
    QStringList lines;
    QList<qint64> fileIds;
    int scheduleCount = 0;
    for (qint64 id : ids) {
        const int row = m_functions->rowOf(id);
        if (row < 0)
            continue;
        const Function &f = m_functions->function(row);
        fileIds << f.fileId;
        const auto schedules = m_schedules->schedulesOf(id);
        scheduleCount += int(schedules.size());
        QString line = u"• %1 (id %2)"_s.arg(f.name).arg(id);
        if (!schedules.isEmpty()) {
            QStringList names;
            for (const auto &s : schedules)
                names << s.name;
            line += tr(" with %n schedule(s): %1", nullptr, int(schedules.size())).arg(names.join(u", "_s));
        }
        lines << line;
    }
    const QString text = tr("Delete %n function(s)? This cannot be undone.", nullptr, int(ids.size())) + u"\n\n"_s + lines.join(u"\n"_s)
                         + (scheduleCount ? u"\n\n"_s + tr("Their %n schedule(s) are deleted with them.", nullptr, scheduleCount) : QString());
    const auto answer = MessageBoxes::question(this, tr("Delete functions"), text, QMessageBox::Yes | QMessageBox::YesToAll | QMessageBox::Cancel,
                                               QMessageBox::Cancel,
                                               {{QMessageBox::Yes, tr("Delete")}, {QMessageBox::YesToAll, tr("Delete with code files")}});
    if (answer != QMessageBox::Yes && answer != QMessageBox::YesToAll)
        return;
    const bool withFiles = answer == QMessageBox::YesToAll;
    auto results = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(ids.size()));
    api::CdfClient *client = m_connection->client();
    for (int i = 0; i < ids.size(); ++i) {
        const qint64 id = ids[i];
        const qint64 fileId = fileIds.value(i);
        const int row = m_functions->rowOf(id);
        const QString name = row >= 0 ? m_functions->function(row).name : QString::number(id);
        api::FunctionsService(client).remove({Identifier::byId(id)}, true).then(this, [this, client, id, fileId, name, withFiles, results, remaining](const api::Pending<api::Empty>::Result &r) {
            auto done = [this, results, remaining](const QString &line) {
                *results << line;
                if (--*remaining == 0) {
                    MessageBoxes::information(this, tr("Delete functions"), results->join(u"\n"_s));
                    refresh();
                }
            };
            if (!r) {
                done(tr("✗ %1: %2").arg(name, r.error().userMessage()));
                return;
            }
            if (!withFiles) {
                done(tr("✓ %1 deleted").arg(name));
                return;
            }
            api::FilesService(client).remove({Identifier::byId(fileId)}, true).then(this, [name, fileId, done](const api::Pending<api::Empty>::Result &fr) {
                done(fr ? tr("✓ %1 deleted, with its code file %2").arg(name).arg(fileId)
                        : tr("✓ %1 deleted; ✗ its code file %2 was not: %3").arg(name).arg(fileId).arg(fr.error().userMessage()));
            });
        });
        Q_UNUSED(id);
    }
}

void MainWindow::deleteSelectedSchedules()
{
    if (!m_connection)
        return;
    QList<qint64> ids;
    QStringList names;
    for (const QModelIndex &i : m_schedulesView->selectionModel()->selectedRows()) {
        const int row = m_schedulesProxy->mapToSource(i).row();
        ids << m_schedules->schedule(row).id;
        names << u"• %1 (%2)"_s.arg(m_schedules->schedule(row).name, m_schedules->schedule(row).cronExpression);
    }
    if (ids.isEmpty())
        return;
    if (MessageBoxes::question(this, tr("Delete schedules"), tr("Delete %n schedule(s)?", nullptr, int(ids.size())) + u"\n\n"_s + names.join(u"\n"_s),
                               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}})
        != QMessageBox::Yes)
        return;
    api::SchedulesService(m_connection->client()).remove(ids).then(this, [this](const api::Pending<api::Empty>::Result &r) {
        if (!r)
            showError(r.error());
        refresh();
    });
}

void MainWindow::showInputData()
{
    const QModelIndexList rows = m_schedulesView->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_connection)
        return;
    const FunctionSchedule s = m_schedules->schedule(m_schedulesProxy->mapToSource(rows.first()).row());
    m_inputData->setPlainText(tr("Loading the input data of %1…").arg(s.name));
    api::SchedulesService(m_connection->client()).inputData(s.id).then(this, [this, s](const api::Pending<ScheduleInputData>::Result &r) {
        if (!r) {
            m_inputData->setPlainText(r.error().userMessage());
            return;
        }
        m_inputData->setPlainText(r->data ? QString::fromUtf8(QJsonDocument(*r->data).toJson(QJsonDocument::Indented))
                                          : tr("Schedule \"%1\" has no input data: its calls get data = {}.").arg(s.name));
    });
}

void MainWindow::requestActivation()
{
    if (!m_connection)
        return;
    api::FunctionsService(m_connection->client()).activate().then(this, [this](const api::Pending<ActivationStatus>::Result &r) {
        if (!r) {
            showError(r.error());
            return;
        }
        refresh();
    });
}

void MainWindow::contextMenu(QTableView *view, const QPoint &pos)
{
    const QModelIndex idx = view->indexAt(pos);
    if (!idx.isValid())
        return;
    QMenu menu(this);
    const qint64 id = idx.data(IdRole).toLongLong();
    menu.addAction(tr("Copy id"), this, [id] { QApplication::clipboard()->setText(QString::number(id)); });
    const QString xid = idx.data(ExternalIdRole).toString();
    if (view == m_functionsView) {
        auto *a = menu.addAction(tr("Copy external id"), this, [xid] { QApplication::clipboard()->setText(xid); });
        a->setEnabled(!xid.isEmpty());
        menu.addSeparator();
        menu.addAction(tr("Show calls"), this, [this] { m_views->setCurrentIndex(1); });
        menu.addAction(tr("Delete…"), this, &MainWindow::deleteSelectedFunctions);
    } else if (view == m_callsView) {
        menu.addAction(tr("Open response and logs"), this, [this, idx] { openCall(idx); });
    } else {
        menu.addAction(tr("View input data"), this, &MainWindow::showInputData);
        menu.addAction(tr("Delete…"), this, &MainWindow::deleteSelectedSchedules);
    }
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MainWindow::editProfile(bool createNew)
{
    Profile p = createNew ? Profile{} : m_profile;
    if (!createNew && p.isLocalEmulator()) {
        MessageBoxes::information(this, tr("Local emulator"),
                                  tr("The local emulator profile needs no settings: it starts functions-emulator on a free loopback port with its data in %1.")
                                      .arg(m_emulator->dataDir()));
        return;
    }
    if (createNew) {
        p.method = Profile::Method::ClientCredentials;
        p.idp = Profile::IdentityProvider::EntraId;
    }
    auto *dlg = new ProfileDialog(p, !createNew, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] {
        const Profile saved = dlg->profile();
        saveProfile(saved, dlg->secret());
        reloadProfiles();
        openProfile(saved.id);
    });
    dlg->open();
}

void MainWindow::saveProfile(const Profile &p, const QString &secret)
{
    m_profileStore->save(p);
    if (secret.isEmpty())
        return;
    const QString key = p.method == Profile::Method::StaticToken ? p.secretKey("token") : p.secretKey("client-secret");
    m_secrets->write(key, secret, [this, key, secret](const api::SecretStore::Result &r) {
        if (r.status == api::SecretStore::Status::Ok)
            return;
        if (r.status == api::SecretStore::Status::Unavailable) {
            const auto answer = MessageBoxes::question(
                this, tr("No keychain"),
                tr("No keychain is available on this system (%1), so the secret cannot be saved securely.\n\n"
                   "Keep it in memory for this session only? It is not written anywhere and you will have to enter it again "
                   "after restarting Functions Studio.").arg(r.message),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes, {{QMessageBox::Yes, tr("Keep for this session")}, {QMessageBox::No, tr("Discard")}});
            if (answer == QMessageBox::Yes) {
                m_secrets->allowSessionOnlyFallback(true);
                m_secrets->write(key, secret, {});
                showMessage(tr("No keychain: the secret is kept in memory for this session only."), false);
            }
            return;
        }
        showMessage(tr("The secret could not be saved in the keychain: %1").arg(r.message), true);
    });
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(s.value(u"mainWindow/state"_s).toByteArray());
    m_functionsView->horizontalHeader()->restoreState(s.value(u"mainWindow/functionsHeader"_s).toByteArray());
    m_callsView->horizontalHeader()->restoreState(s.value(u"mainWindow/callsHeader"_s).toByteArray());
    m_schedulesView->horizontalHeader()->restoreState(s.value(u"mainWindow/schedulesHeader"_s).toByteArray());
    m_views->setCurrentIndex(s.value(u"mainWindow/view"_s, 0).toInt());
}

void MainWindow::saveLayout()
{
    QSettings s;
    s.setValue(u"mainWindow/geometry"_s, saveGeometry());
    s.setValue(u"mainWindow/state"_s, saveState());
    s.setValue(u"mainWindow/functionsHeader"_s, m_functionsView->horizontalHeader()->saveState());
    s.setValue(u"mainWindow/callsHeader"_s, m_callsView->horizontalHeader()->saveState());
    s.setValue(u"mainWindow/schedulesHeader"_s, m_schedulesView->horizontalHeader()->saveState());
    s.setValue(u"mainWindow/view"_s, m_views->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    m_autoRefresh.stop();
    m_emulator->stop();
    QMainWindow::closeEvent(event);
}

} // namespace fstudio::gui
