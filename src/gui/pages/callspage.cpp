#include "gui/pages/callspage.h"

#include "gui/models/callsmodel.h"
#include "gui/models/callsproxy.h"
#include "gui/models/formatting.h"
#include "gui/models/modelroles.h"
#include "gui/models/statusdelegate.h"
#include "gui/pages/callschart.h"
#include "gui/pages/tableview.h"
#include "gui/project/callarchive.h"

#include "api/transport/cdfclient.h"
#include "core/wire/callfilter.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

CallsPage::CallsPage(QWidget *parent)
    : ResourcePage(parent)
{
    setObjectName(u"callsPage"_s);
    m_model = new CallsModel(this);
    m_proxy = new CallsProxy(this);
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(tr("Select a function to see its calls."));
    m_title->setObjectName(u"callsTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    bar->addWidget(m_title, 1);
    m_status = new QComboBox;
    m_status->setObjectName(u"callStatusFilter"_s);
    m_status->addItem(tr("All statuses"), QString());
    for (const char *s : {"Running", "Completed", "Failed", "Timeout"})
        m_status->addItem(statusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    bar->addWidget(m_status);
    m_time = new QComboBox;
    m_time->setObjectName(u"callTimeFilter"_s);
    m_time->addItem(tr("Any time"), 0);
    m_time->addItem(tr("Last hour"), 3600);
    m_time->addItem(tr("Last 24 hours"), 24 * 3600);
    m_time->addItem(tr("Last 7 days"), 7 * 24 * 3600);
    m_time->addItem(tr("Last 30 days"), 30 * 24 * 3600);
    bar->addWidget(m_time);
    m_count = new QLabel;
    m_count->setObjectName(u"callsCount"_s);
    bar->addWidget(m_count);
    layout->addLayout(bar);
    auto *table = makeResourceTable(u"callsTable"_s);
    table->setModel(m_proxy);
    table->setItemDelegateForColumn(CallsModel::Status, new StatusDelegate(table));
    table->setColumnWidth(CallsModel::Id, 150);
    table->setColumnWidth(CallsModel::Started, 150);
    table->setColumnWidth(CallsModel::Ended, 150);
    fitColumnsToTitles(table);
    // Calls over time above the table (chart()); drag the handle to give either more room.
    m_splitter = new QSplitter(Qt::Vertical);
    m_splitter->setObjectName(u"callsSplitter"_s);
    m_splitter->addWidget(new QWidget); // the chart's place until it is built
    m_splitter->addWidget(table);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(true);
    layout->addWidget(m_splitter, 1);
    setView(table);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CallsPage::reload);
    connect(m_time, &QComboBox::currentIndexChanged, this, &CallsPage::reload);
    connect(table, &QTableView::activated, this, [this](const QModelIndex &proxyIndex) {
        if (proxyIndex.isValid())
            Q_EMIT openCallRequested(m_model->call(m_proxy->mapToSource(proxyIndex).row()));
    });
    connect(m_model, &CallsModel::fetchFailed, this, [this](const api::ApiError &e) {
        m_loading = false;
        updateCount();
        showOwnProblem(e);
        Q_EMIT fetchFailed(e);
    });
    connect(m_model, &CallsModel::pageLoaded, this, [this] {
        m_loading = false;
        showProblem({});
        updateCount();
    });
    // The count follows the rows, however they came: pages, new calls at the top, a reset.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &CallsPage::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &CallsPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CallsPage::updateCount);
}

CallsChart *CallsPage::chart()
{
    if (!m_chart) {
        m_chart = new CallsChart;
        m_chart->setModel(m_model);
        connect(m_chart, &CallsChart::callActivated, this, &CallsPage::openCallRequested);
        delete m_splitter->replaceWidget(0, m_chart);
    }
    return m_chart;
}

void CallsPage::showEvent(QShowEvent *event)
{
    chart();
    ResourcePage::showEvent(event);
}

void CallsPage::showFunction(api::CdfClient *client, const std::optional<Function> &function)
{
    if (!function) {
        m_title->setText(tr("Select a function to see its calls."));
        return; // keep showing the last function's calls until another is chosen
    }
    if (function->id == m_functionId && client == m_client)
        return;
    m_client = client;
    m_functionId = function->id;
    m_title->setText(tr("Calls of %1").arg(function->name));
    reload();
}

void CallsPage::follow(ProjectSession *session)
{
    m_session = session;
    connect(session, &ProjectSession::schedulesChanged, this, [this, session] { m_model->setScheduleNames(session->scheduleNames()); });
    connect(session, &ProjectSession::busyChanged, this, [this](bool busy) {
        if (busy)
            refreshHead(); // new and running calls, with the rest of the project
    });
    connect(session, &ProjectSession::profileChanged, this, [this] {
        clear();
        showProblem({});
    });
}

void CallsPage::reload()
{
    if (!m_client || !m_functionId)
        return;
    CallFilter f;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty())
        f.status = callStatusFromWire(status);
    const int seconds = m_time->currentData().toInt();
    if (seconds > 0)
        f.startTime.min = QDateTime::currentMSecsSinceEpoch() - seconds * 1000LL;
    m_loading = true;
    m_model->setSource(m_client, m_functionId, f, 1000);
    showEarlierVersions(f);
}

// The calls of the function's earlier versions that the app kept (CallArchive), under the same
// filters: CDF deleted them with those versions.
void CallsPage::showEarlierVersions(const CallFilter &filter)
{
    QHash<qint64, int> numbers;
    QList<FunctionCall> earlier;
    const CallArchive *archive = m_session ? m_session->callArchive() : nullptr;
    const auto function = m_session ? m_session->function(m_functionId) : std::nullopt;
    if (archive && function && function->externalId) {
        m_session->flushCallArchive();
        QList<qint64> ids;
        for (const FunctionVersion &v : archive->versionsOf(*function->externalId)) {
            if (v.functionId == m_functionId) {
                numbers.insert(v.functionId, v.number);
            } else if (!v.current && v.createdTime <= function->createdTime) {
                numbers.insert(v.functionId, v.number);
                ids << v.functionId;
            }
        }
        // The newest MaxEarlierCalls of them: a page that never ends is no page.
        earlier = archive->calls(ids, filter.startTime.min.value_or(0), CallArchive::Always, MaxEarlierCalls, true, filter.status);
    }
    m_model->setVersions(numbers.size() > 1 ? numbers : QHash<qint64, int>{}); // one version: nothing to tell apart
    m_model->setEarlierCalls(earlier);
}

void CallsPage::showSince(qint64 fromMs)
{
    const qint64 seconds = (QDateTime::currentMSecsSinceEpoch() - fromMs + 999) / 1000;
    int pick = 0; // any time
    for (int i = 1; i < m_time->count(); ++i) {
        if (m_time->itemData(i).toLongLong() >= seconds) {
            pick = i;
            break;
        }
    }
    m_time->setCurrentIndex(pick); // reloads when it changes
}

bool CallsPage::showCallsOf(api::CdfClient *client, const std::optional<Function> &function, qint64 fromMs)
{
    if (!function)
        return false;
    showFunction(client, function); // nothing to do when it is already the one shown
    showSince(fromMs);
    return true;
}

void CallsPage::refreshHead()
{
    m_model->refreshHead();
}

void CallsPage::clear()
{
    m_model->setSource(nullptr, 0);
    m_client = nullptr;
    m_functionId = 0;
    m_loading = false;
    updateCount();
    m_title->setText(tr("Select a function to see its calls."));
}

void CallsPage::updateCount()
{
    if (m_loading) {
        m_count->setText(tr("loading…"));
        return;
    }
    if (!m_functionId) {
        m_count->clear();
        return;
    }
    const int rows = m_model->rowCount();
    m_count->setText(m_model->hasMore() ? tr("%1 calls loaded, more on scroll").arg(rows) : rows == 1 ? tr("1 call") : tr("%1 calls").arg(rows));
}

std::optional<FunctionCall> CallsPage::currentCall() const
{
    const QModelIndex idx = view()->selectionModel()->currentIndex();
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    const QModelIndex pick = rows.size() == 1 ? rows.first() : idx;
    if (!pick.isValid() || !view()->selectionModel()->isRowSelected(pick.row(), pick.parent()))
        return std::nullopt;
    return m_model->call(m_proxy->mapToSource(pick).row());
}

QString CallsPage::triggerText(const FunctionCall &call) const
{
    return m_model->triggerText(call);
}

} // namespace fstudio::gui
