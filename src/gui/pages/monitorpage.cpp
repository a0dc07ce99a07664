#include "gui/pages/monitorpage.h"

#include "gui/models/activitydelegate.h"
#include "gui/models/modelroles.h"
#include "gui/models/monitormodel.h"
#include "gui/models/statusdelegate.h"
#include "gui/pages/monitorchart.h"
#include "gui/pages/tableview.h"

#include "api/workflows/callhistory.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 HourMs = 3600 * 1000LL;
}

MonitorPage::MonitorPage(QWidget *parent)
    : ResourcePage(parent)
{
    setObjectName(u"monitorPage"_s);
    m_model = new MonitorModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RawRole);
    m_proxy->setDynamicSortFilter(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Window:"));
    bar->addWidget(label);
    m_window = new QComboBox;
    m_window->setObjectName(u"monitorWindow"_s);
    m_window->addItem(tr("Last hour"), int(Window::Hour));
    m_window->addItem(tr("Last 24 hours"), int(Window::Day));
    m_window->addItem(tr("Last 7 days"), int(Window::Week));
    m_window->addItem(tr("Custom…"), int(Window::Custom));
    m_window->setCurrentIndex(1);
    label->setBuddy(m_window);
    bar->addWidget(m_window);
    m_from = new QDateTimeEdit;
    m_from->setObjectName(u"monitorFrom"_s);
    m_to = new QDateTimeEdit;
    m_to->setObjectName(u"monitorTo"_s);
    for (QDateTimeEdit *e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
        e->setVisible(false);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    m_from->setToolTip(tr("From (local time)"));
    m_to->setToolTip(tr("To (local time)"));
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    m_status = new QLabel;
    m_status->setObjectName(u"monitorStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    bar->addWidget(m_status, 1);
    layout->addLayout(bar);

    m_chart = new MonitorChart;
    auto *table = makeResourceTable(u"monitorTable"_s);
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(MonitorModel::Activity, new ActivityDelegate(table));
    table->setItemDelegateForColumn(MonitorModel::LastCall, new StatusDelegate(table));
    table->setColumnWidth(MonitorModel::Name, 200); // every column fits 1280 px, in German too
    table->setColumnWidth(MonitorModel::Activity, 170);
    table->setColumnWidth(MonitorModel::Version, 70);
    table->setColumnWidth(MonitorModel::LastCall, 170);
    for (int c : {MonitorModel::Calls, MonitorModel::Failed, MonitorModel::Timeouts, MonitorModel::ErrorRate})
        table->setColumnWidth(c, 80);
    for (int c : {MonitorModel::P50, MonitorModel::P95, MonitorModel::Max})
        table->setColumnWidth(c, 80);
    fitColumnsToTitles(table);
    table->sortByColumn(MonitorModel::ErrorRate, Qt::DescendingOrder); // worst first
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"monitorSplitter"_s);
    splitter->addWidget(m_chart);
    splitter->addWidget(table);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(true);
    layout->addWidget(splitter, 1);
    setView(table);

    connect(table, &QTableView::activated, this, [this](const QModelIndex &proxyIndex) {
        if (proxyIndex.isValid())
            Q_EMIT openCallsRequested(proxyIndex.data(FunctionIdRole).toLongLong(), windowMs().first);
    });
    connect(m_window, &QComboBox::currentIndexChanged, this, &MonitorPage::windowChanged);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &MonitorPage::windowChanged);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &MonitorPage::windowChanged);
    m_batch.setSingleShot(true);
    m_batch.setInterval(UpdateMs);
    connect(&m_batch, &QTimer::timeout, this, &MonitorPage::recompute);
    m_slide.setInterval(60'000);
    connect(&m_slide, &QTimer::timeout, this, [this] {
        if (isVisible() && window() != Window::Custom)
            recomputeAll();
    });
    m_slide.start();
}

void MonitorPage::follow(ProjectSession *session)
{
    m_session = session;
    api::CallHistory *history = session->callHistory();
    connect(session, &ProjectSession::functionsChanged, this, [this, session] {
        m_model->setFunctions(session->functions());
        QSet<qint64> ids; // the versions there are: a function becomes one when it is Ready
        for (const Function &f : session->functions())
            if (f.status == FunctionStatus::Ready)
                ids.insert(f.id);
        if (ids != m_lineageIds) { // a redeploy makes a version earlier; a refresh alone changes nothing
            m_lineageIds = ids;
            m_lineageFrom = std::numeric_limits<qint64>::max();
        }
        recomputeAll();
    });
    connect(session, &ProjectSession::profileChanged, this, [this] {
        m_lineage.clear();
        m_lineageIds.clear();
        m_lineageFrom = std::numeric_limits<qint64>::max();
        m_model->clear();
        m_chart->setStats({});
        m_dirty.clear();
        m_lastFailure.clear();
        showProblem({});
        updateStatus();
    });
    // Calls that waited to be written are in the file now: read the earlier versions again.
    connect(session, &ProjectSession::callArchiveRecovered, this, [this] {
        m_lineageFrom = std::numeric_limits<qint64>::max();
        recomputeAll();
    });
    connect(history, &api::CallHistory::updated, this, &MonitorPage::markDirty);
    connect(history, &api::CallHistory::functionRead, this, &MonitorPage::markDirty);
    connect(history, &api::CallHistory::idle, this, [this] {
        m_batch.start(0); // the last figures without waiting
    });
    connect(history, &api::CallHistory::failed, this, [this, session](qint64 functionId, const api::ApiError &e) {
        const QString name = session->functionNames().value(functionId, QString::number(functionId));
        m_lastFailure = tr("The calls of %1 could not be read: %2").arg(name, e.userMessage());
        showProblem(m_lastFailure, u"monitor"_s);
        markDirty(functionId);
    });
}

void MonitorPage::showEvent(QShowEvent *event)
{
    ResourcePage::showEvent(event);
    windowChanged();
}

MonitorPage::Window MonitorPage::window() const
{
    return Window(m_window->currentData().toInt());
}

void MonitorPage::setWindow(Window window)
{
    m_window->setCurrentIndex(m_window->findData(int(window)));
}

void MonitorPage::setCustomWindow(const QDateTime &from, const QDateTime &to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDateTime(from);
    m_to->setDateTime(to);
    if (window() == Window::Custom)
        windowChanged();
    else
        setWindow(Window::Custom);
}

std::pair<qint64, qint64> MonitorPage::windowMs() const
{
    // The end is the next whole minute: every row is figured over the same window until the
    // minute passes (then all are again), and a call that started this minute is in it.
    const qint64 clock = m_session ? m_session->serverNowMs() : QDateTime::currentMSecsSinceEpoch();
    const qint64 now = (clock / 60'000 + 1) * 60'000;
    switch (window()) {
    case Window::Hour: return {now - HourMs, now};
    case Window::Day: return {now - 24 * HourMs, now};
    case Window::Week: return {now - 7 * 24 * HourMs, now};
    case Window::Custom: {
        const qint64 from = m_from->dateTime().toMSecsSinceEpoch();
        return {from, std::max(from, m_to->dateTime().toMSecsSinceEpoch())};
    }
    }
    return {now - 24 * HourMs, now};
}

void MonitorPage::windowChanged()
{
    const bool custom = window() == Window::Custom;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    if (m_session && isVisible())
        m_session->readCallsSince(windowMs().first); // what is not read yet; the rest is kept
    recomputeAll();
}

void MonitorPage::markDirty(qint64 functionId)
{
    m_dirty.insert(functionId);
    if (!m_batch.isActive())
        m_batch.start();
}

void MonitorPage::recomputeAll()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_dirty.insert(m_model->functionIdAt(row));
    recompute();
}

void MonitorPage::recompute()
{
    m_batch.stop();
    if (!m_session) {
        m_dirty.clear();
        return;
    }
    const api::CallHistory *history = m_session->callHistory();
    const auto [from, to] = windowMs();
    if (std::pair(from, to) != m_computed) { // the window moved: every row over the same one
        m_computed = {from, to};
        for (int row = 0; row < m_model->rowCount(); ++row)
            m_dirty.insert(m_model->functionIdAt(row));
    }
    if (from < m_lineageFrom && !m_session->isStale()) // the start paints before the archive is opened
        loadLineage(from);
    const qint64 bucket = CallStats::bucketFor(to - from);
    for (qint64 id : std::as_const(m_dirty)) {
        const qint64 covered = history->coveredFrom(id);
        const bool reading = history->isReading(id);
        const MonitorModel::Reading state = covered <= from && !reading          ? MonitorModel::Reading::Done
            : covered == api::CallHistory::Never && history->calls(id).isEmpty() ? MonitorModel::Reading::NotYet
                                                                                 : MonitorModel::Reading::Partly;
        const auto lineage = m_lineage.constFind(id);
        if (lineage == m_lineage.cend()) {
            m_model->setStats(id, CallStats::of(history->calls(id), from, to, bucket), state, history->isTruncated(id));
            m_model->setVersions(id, {});
            continue;
        }
        // The calls of every version: the earlier ones' from the archive, the deployed one's as read.
        const CallStats stats = CallStats::of(history->calls(id) + lineage->earlierCalls, from, to, bucket);
        QHash<qint64, int> inWindow;
        int earlier = 0;
        for (const FunctionCall &c : lineage->earlierCalls)
            if (c.startTime >= from && c.startTime < to) {
                ++inWindow[c.functionId];
                ++earlier;
            }
        // The deployed version and those with calls in the window, the newest ten.
        QList<MonitorModel::VersionCalls> versions;
        for (const FunctionVersion &v : lineage->versions) {
            const int n = v.functionId == id ? stats.calls - earlier : inWindow.value(v.functionId);
            if (v.functionId == id || n > 0)
                versions << MonitorModel::VersionCalls{v.number, v.functionId, v.createdTime, n, v.functionId == id};
        }
        if (versions.size() > MaxVersionsShown)
            versions.remove(0, versions.size() - MaxVersionsShown);
        m_model->setStats(id, stats, state, history->isTruncated(id));
        m_model->setVersions(id, versions);
    }
    m_dirty.clear();
    CallStats project = CallStats::of({}, from, to, bucket);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CallStats &s = m_model->statsAt(row);
        if (s.fromMs == from && s.bucketMs == project.bucketMs)
            project.addBuckets(s);
        project.calls += s.calls;
        project.failed += s.failed;
        project.timeouts += s.timeouts;
        project.completed += s.completed;
        project.running += s.running;
    }
    m_chart->setStats(project);
    updateStatus();
}

void MonitorPage::loadLineage(qint64 fromMs)
{
    m_lineage.clear();
    m_lineageFrom = fromMs;
    const CallArchive *archive = m_session ? m_session->callArchive() : nullptr;
    if (!archive)
        return;
    m_session->flushCallArchive(); // every call read so far is in it
    QHash<QString, QList<FunctionVersion>> byExternalId;
    for (const FunctionVersion &v : archive->versions())
        byExternalId[v.externalId] << v;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const qint64 id = m_model->functionIdAt(row);
        const auto fn = m_session->function(id);
        if (!fn || !fn->externalId)
            continue;
        // This one and the versions before it (a row shown from the last-known state may be older
        // than what is deployed now).
        QList<FunctionVersion> versions;
        for (const FunctionVersion &v : byExternalId.value(*fn->externalId))
            if (v.functionId == id || (v.createdTime <= fn->createdTime && !v.current))
                versions << v;
        std::sort(versions.begin(), versions.end(), [](const FunctionVersion &a, const FunctionVersion &b) { return a.number < b.number; });
        if (versions.isEmpty())
            continue;
        QList<qint64> earlier;
        for (const FunctionVersion &v : std::as_const(versions))
            if (v.functionId != id)
                earlier << v.functionId;
        // Figures need status and times only; as many as the history keeps of one function.
        m_lineage.insert(id, Lineage{versions, archive->calls(earlier, fromMs, CallArchive::Always, api::CallHistory::MaxCallsPerFunction, false)});
        m_dirty.insert(id);
    }
}

QString MonitorPage::statusText() const
{
    return m_status->text();
}

void MonitorPage::updateStatus()
{
    if (!m_session || !m_session->isOpen()) {
        m_status->clear();
        return;
    }
    int done = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        done += m_model->readingAt(row) == MonitorModel::Reading::Done ? 1 : 0;
    const int functions = m_model->rowCount();
    const CallStats &all = m_chart->stats();
    const QString calls = tr("%n call(s)", nullptr, all.calls);
    const QString failures = all.failed + all.timeouts > 0 ? tr(", %n failed or timed out", nullptr, all.failed + all.timeouts) : QString();
    if (done < functions)
        m_status->setText(tr("Reading calls: %1 of %n function(s) read; %2 so far", nullptr, functions).arg(done).arg(calls + failures));
    else
        m_status->setText(tr("%n function(s), %1", nullptr, functions).arg(calls + failures));
}

} // namespace fstudio::gui
