#include "gui/pages/schedulespage.h"

#include "core/util/showntext.h"

#include "gui/appsettings.h"
#include "gui/models/modelroles.h"
#include "gui/models/schedulesmodel.h"
#include "gui/models/schedulesproxy.h"
#include "gui/models/statusdelegate.h"
#include "gui/pages/tableview.h"

#include "gui/models/formatting.h"
#include "gui/schedules/lastruns.h"
#include "gui/schedules/schedulehealth.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/plaintext.h"
#include "gui/widgets/tones.h"

#include "api/services/callsservice.h"
#include "api/services/schedulesservice.h"
#include "api/workflows/callhistory.h"

#include "core/json/jsontext.h"
#include "core/wire/callfilter.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

SchedulesPage::SchedulesPage(QWidget *parent)
    : ResourcePage(parent)
{
    setObjectName(u"schedulesPage"_s);
    m_model = new SchedulesModel(this);
    // "Next run" in the zone chosen in File ▸ Settings, as the schedule editor and week view show it.
    m_model->setLocalZone(AppSettings::instance()->scheduleTimeZone());
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] { m_model->setLocalZone(AppSettings::instance()->scheduleTimeZone()); });
    m_proxy = new SchedulesProxy(this);
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_onlySelected = new QCheckBox(tr("Only the selected function"));
    m_onlySelected->setObjectName(u"onlySelectedFunction"_s);
    bar->addWidget(m_onlySelected);
    bar->addStretch();
    m_tools = new QToolBar;
    m_tools->setObjectName(u"schedulesTools"_s);
    m_tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(m_tools);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical);
    auto *table = makeResourceTable(u"schedulesTable"_s);
    table->setModel(m_proxy);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setColumnWidth(SchedulesModel::Name, 200);
    table->setColumnWidth(SchedulesModel::When, 240);
    table->setColumnWidth(SchedulesModel::NextLocal, 200); // its header names the zone ("Next run (America/Sao_Paulo)")
    table->setColumnWidth(SchedulesModel::NextUtc, 160);
    table->setColumnWidth(SchedulesModel::LastRun, 230);
    table->setItemDelegateForColumn(SchedulesModel::LastRun, new StatusDelegate(table));
    fitColumnsToTitles(table);
    m_lastRuns = new LastRuns(this);
    connect(m_lastRuns, &LastRuns::changed, this,
            [this] { m_model->setLastRuns(m_lastRuns->calls(), m_lastRuns->answered(), m_lastRuns->unread()); });
    split->addWidget(table);
    m_inputData = new QPlainTextEdit;
    m_inputData->setObjectName(u"inputData"_s);
    m_inputData->setReadOnly(true);
    m_inputData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputData->setPlaceholderText(tr("Select a schedule and choose View Input Data."));
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(m_inputData);
    auto *runsBox = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsBox);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    m_health = new QLabel(tr("Select a schedule to see its recent runs."));
    m_health->setObjectName(u"scheduleHealth"_s);
    m_health->setTextFormat(Qt::PlainText);
    m_health->setWordWrap(true);
    runsLayout->addWidget(m_health);
    m_runs = new QListWidget;
    m_runs->setObjectName(u"scheduleRuns"_s);
    runsLayout->addWidget(m_runs, 1);
    m_recreate = new QPushButton(tr("Recreate with New Credentials…"));
    m_recreate->setObjectName(u"recreateSchedule"_s);
    m_recreate->setVisible(false);
    runsLayout->addWidget(m_recreate);
    bottom->addWidget(runsBox);
    split->addWidget(bottom);
    connect(m_recreate, &QPushButton::clicked, this, [this] {
        if (m_runsOf)
            Q_EMIT recreateRequested(*m_runsOf);
    });
    connect(m_runs, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int i = m_runs->row(item);
        if (i >= 0 && i < m_recentCalls.size())
            Q_EMIT openCallRequested(m_recentCalls[i]);
    });
    split->setStretchFactor(0, 3);
    layout->addWidget(split, 1);
    setView(table);
    connect(table, &QTableView::activated, this, &SchedulesPage::activated);
    connect(m_onlySelected, &QCheckBox::toggled, this, &SchedulesPage::applyFunctionFilter);
}

void SchedulesPage::addPageActions(const QList<QAction *> &actions)
{
    m_tools->addActions(actions);
}

void SchedulesPage::follow(ProjectSession *session)
{
    m_session = session;
    connect(session, &ProjectSession::schedulesChanged, this, [this, session] { setSchedules(session->schedules()); });
    // The Last run column: read again after a refresh (at most once a minute for the same schedules).
    // Read only while the page is seen (and when it is shown): not a request per schedule a minute behind the user's back.
    connect(session, &ProjectSession::refreshed, this, &SchedulesPage::refreshLastRuns);
    connect(session, &ProjectSession::functionsChanged, this, [this, session] { m_model->setFunctionNames(session->functionNames()); });
    connect(session, &ProjectSession::profileChanged, this, &SchedulesPage::clear);
    connect(session, &ProjectSession::profileChanged, m_lastRuns, &LastRuns::clear);
    followProblems(session, ProjectSession::Part::Schedules);
    // Schedules whose recent runs fail stand out, from the calls the session reads anyway.
    auto *recent = new QTimer(this);
    recent->setSingleShot(true);
    recent->setInterval(200);
    connect(recent, &QTimer::timeout, this, &SchedulesPage::updateRecentRuns);
    connect(session->callHistory(), &api::CallHistory::updated, recent, qOverload<>(&QTimer::start));
    connect(session, &ProjectSession::schedulesChanged, recent, qOverload<>(&QTimer::start));
}

void SchedulesPage::updateRecentRuns()
{
    if (!m_session)
        return;
    const qint64 since = m_session->serverNowMs() - ProjectSession::RecentCallsMs;
    QHash<qint64, QList<FunctionCall>> bySchedule;
    const api::CallHistory *history = m_session->callHistory();
    for (qint64 functionId : history->functionIds())
        for (const FunctionCall &c : history->calls(functionId))
            if (c.scheduleId && c.startTime >= since)
                bySchedule[*c.scheduleId] << c;
    QHash<qint64, SchedulesModel::RecentRuns> runs;
    for (auto it = bySchedule.cbegin(); it != bySchedule.cend(); ++it)
        runs.insert(it.key(), SchedulesModel::recentRunsOf(it.value()));
    m_model->setRecentRuns(runs);
}

void SchedulesPage::refreshLastRuns()
{
    if (m_session && m_session->isOpen() && isVisible())
        m_lastRuns->refresh(m_session->client(), m_session->schedules());
}

void SchedulesPage::showEvent(QShowEvent *event)
{
    ResourcePage::showEvent(event);
    refreshLastRuns();
}

void SchedulesPage::deleteSelected()
{
    if (!m_session || !m_session->isOpen())
        return;
    QList<qint64> ids;
    QStringList names;
    for (const FunctionSchedule &s : selectedSchedules()) {
        ids << s.id;
        names << u"• %1 (%2)"_s.arg(isolatedText(s.name), s.cronExpression);
    }
    if (ids.isEmpty())
        return;
    const int generation = m_session->generation();
    MessageBoxes::ask(window(), tr("Delete schedules"), tr("Delete %n schedule(s)?", nullptr, int(ids.size())) + u"\n\n"_s + names.join(u"\n"_s),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Delete")}},
                      [this, ids, generation](QMessageBox::StandardButton answer) {
                          if (answer != QMessageBox::Yes || !m_session->isCurrent(generation))
                              return;
                          api::SchedulesService(m_session->client()).remove(ids).then(this, [this](const api::Pending<api::Empty>::Result &r) {
                              if (!r && !r.error().isCancelled())
                                  showProblem(r.error().userMessage());
                              m_session->refresh();
                          });
                      });
}

void SchedulesPage::setSchedules(const QList<FunctionSchedule> &schedules)
{
    m_model->setSchedules(schedules);
}

void SchedulesPage::setSelectedFunction(qint64 functionId)
{
    m_selectedFunction = functionId;
    applyFunctionFilter();
}

void SchedulesPage::applyFunctionFilter()
{
    m_proxy->setFunctionId(m_onlySelected->isChecked() ? m_selectedFunction : 0);
}

void SchedulesPage::setSearchText(const QString &text)
{
    m_proxy->setSearchText(text);
}

void SchedulesPage::clear()
{
    m_model->setSchedules({});
    m_inputData->clear();
    ++m_inputGeneration;
    ++m_runsGeneration;
    m_runs->clear();
    m_recentCalls.clear();
    m_runsOf.reset();
    m_recreate->setVisible(false);
    m_health->setText(tr("Select a schedule to see its recent runs."));
}

QString SchedulesPage::healthText() const
{
    return m_health->text();
}

int SchedulesPage::recentRunCount() const
{
    return m_runs->count();
}

void SchedulesPage::showRecentRuns(api::CdfClient *client)
{
    const auto s = currentSchedule();
    const int generation = ++m_runsGeneration; // only the latest request may fill the list
    m_runsOf = s;
    m_runs->clear();
    m_recentCalls.clear();
    m_recreate->setVisible(false);
    if (!s || !client || !s->functionId) {
        m_health->setText(tr("Select a schedule to see its recent runs."));
        return;
    }
    m_health->setText(tr("Reading the recent runs of %1…").arg(s->name));
    CallFilter filter;
    filter.scheduleId = s->id;
    filter.limit = 20;
    api::CallsService(client).list(*s->functionId, filter).then(this, [this, generation](const api::Pending<api::CallPage>::Result &r) {
        if (generation != m_runsGeneration)
            return;
        if (!r) {
            if (!r.error().isCancelled())
                m_health->setText(r.error().userMessage());
            return;
        }
        m_recentCalls = r->items;
        std::sort(m_recentCalls.begin(), m_recentCalls.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
        for (const FunctionCall &c : std::as_const(m_recentCalls)) {
            auto *item = new QListWidgetItem(tr("%1  %2%3")
                                                 .arg(formatTimestamp(c.startTime), statusLabel(toWire(c.status)),
                                                      c.durationMs() ? u" ("_s + formatDuration(*c.durationMs()) + u')' : QString()));
            item->setForeground(Tones::foreground(Tones::forStatus(toWire(c.status)), palette()));
            if (c.error)
                item->setToolTip(plainToolTip(c.error->message));
            m_runs->addItem(item);
        }
        const ScheduleHealth h = ScheduleHealth::assess(m_recentCalls);
        m_health->setText(h.failureStreak > 1 ? tr("%n failed in a row. %1", nullptr, h.failureStreak).arg(h.text) : h.text);
        QPalette p = m_health->palette();
        p.setColor(QPalette::WindowText, h.failureStreak > 0 ? Tones::foreground(Tone::Negative, palette()) : palette().color(QPalette::WindowText));
        m_health->setPalette(p);
        m_recreate->setVisible(h.credentialProblem);
    });
}

QList<FunctionSchedule> SchedulesPage::selectedSchedules() const
{
    QList<FunctionSchedule> out;
    for (const QModelIndex &i : view()->selectionModel()->selectedRows())
        out << m_model->schedule(m_proxy->mapToSource(i).row());
    return out;
}

std::optional<FunctionSchedule> SchedulesPage::currentSchedule() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->schedule(m_proxy->mapToSource(rows.size() == 1 ? rows.first() : view()->selectionModel()->currentIndex()).row());
}

void SchedulesPage::selectAfterRefresh(qint64 id)
{
    if (!m_session)
        return;
    connect(
        m_session, &ProjectSession::refreshed, this, [this, id] { selectId(id); }, Qt::SingleShotConnection);
    m_session->refresh();
}

void SchedulesPage::showInputData(api::CdfClient *client)
{
    const auto s = currentSchedule();
    if (!s || !client)
        return;
    const int generation = ++m_inputGeneration; // only the latest request may fill the box
    m_inputData->setPlainText(tr("Loading the input data of %1…").arg(s->name));
    api::SchedulesService(client).inputData(s->id).then(this, [this, s = *s, generation](const api::Pending<ScheduleInputData>::Result &r) {
        if (generation != m_inputGeneration)
            return;
        if (!r) {
            m_inputData->setPlainText(r.error().userMessage());
            return;
        }
        m_inputData->setPlainText(r->data ? (r->dataText.isEmpty() ? QString::fromUtf8(QJsonDocument(*r->data).toJson(QJsonDocument::Indented))
                                                                   : JsonText::indented(r->dataText)) // keys in their order
                                          : tr("Schedule \"%1\" has no input data: its calls get data = {}.").arg(s.name));
    });
}

} // namespace fstudio::gui
