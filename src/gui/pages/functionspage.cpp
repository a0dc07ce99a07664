#include "gui/pages/functionspage.h"

#include "gui/models/functionsmodel.h"
#include "gui/models/functionsproxy.h"
#include "gui/models/modelroles.h"
#include "gui/models/statusdelegate.h"
#include "gui/pages/functiondeletion.h"
#include "gui/pages/functiondetails.h"
#include "gui/pages/tableview.h"

#include "api/workflows/callhistory.h"
#include "core/monitor/callstats.h"

#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

FunctionsPage::FunctionsPage(QWidget *parent)
    : ResourcePage(parent)
{
    setObjectName(u"functionsPage"_s);
    m_model = new FunctionsModel(this);
    m_proxy = new FunctionsProxy(this);
    m_proxy->setSourceModel(m_model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter;
    m_splitter->setObjectName(u"functionsSplitter"_s);
    auto *table = makeResourceTable(u"functionsTable"_s);
    table->setModel(m_proxy);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setItemDelegateForColumn(FunctionsModel::Status, new StatusDelegate(table));
    table->sortByColumn(FunctionsModel::Name, Qt::AscendingOrder);
    table->setColumnWidth(FunctionsModel::Name, 220);
    table->setColumnWidth(FunctionsModel::ExternalId, 180);
    table->setColumnWidth(FunctionsModel::Created, 150);
    table->setItemDelegateForColumn(FunctionsModel::LastCall, new StatusDelegate(table));
    table->setColumnWidth(FunctionsModel::LastCall, 170);
    fitColumnsToTitles(table);
    m_splitter->addWidget(table);
    m_details = new FunctionDetails;
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({820, 440});
    layout->addWidget(m_splitter);
    setView(table);
    connect(this, &ResourcePage::selectionChanged, this, &FunctionsPage::showDetails);
    connect(table, &QTableView::activated, this, &FunctionsPage::activated);
}

void FunctionsPage::follow(ProjectSession *session)
{
    m_session = session;
    connect(session, &ProjectSession::functionsChanged, this, [this, session] { setFunctions(session->functions()); });
    connect(session, &ProjectSession::connectionChanged, this, [this, session] { setClient(session->client()); });
    connect(session, &ProjectSession::profileChanged, this, &FunctionsPage::clear);
    connect(session, &ProjectSession::driftChecked, m_model, &FunctionsModel::setDrift);
    // Last call and error rate: the session reads the last day's calls of every function.
    connect(session->callHistory(), &api::CallHistory::updated, this, &FunctionsPage::updateCallSummary);
    connect(session, &ProjectSession::profileChanged, m_model, &FunctionsModel::clearCallSummaries);
    auto *minute = new QTimer(this); // the day slides and the ages grow
    minute->start(60'000);
    connect(minute, &QTimer::timeout, this, [this] {
        for (const Function &f : m_model->functions())
            updateCallSummary(f.id);
        m_model->refreshAges();
    });
    followProblems(session, ProjectSession::Part::Functions);
}

void FunctionsPage::deleteSelected()
{
    const QList<Function> functions = selectedFunctions();
    if (functions.isEmpty() || !m_session || !m_session->isOpen())
        return;
    QHash<qint64, QStringList> schedules;
    for (const Function &f : functions)
        for (const FunctionSchedule &s : m_session->schedulesOf(f.id))
            schedules[f.id] << s.name;
    const int generation = m_session->generation();
    ProjectSession *session = m_session;
    FunctionDeletion::start(
        window(), functions, schedules, m_session->functions(),
        [session, generation]() -> api::CdfClient * { return session->isCurrent(generation) ? session->client() : nullptr; },
        [page = QPointer<FunctionsPage>(this), session](const QString &report, bool failed) {
            session->refresh();
            if (page)
                Q_EMIT page->reported(report, failed); // the window's message bar: the one place successes are said
        });
}

void FunctionsPage::updateCallSummary(qint64 functionId)
{
    if (!m_session)
        return;
    const qint64 now = m_session->serverNowMs();
    const CallStats day = CallStats::of(m_session->callHistory()->calls(functionId), now - ProjectSession::RecentCallsMs, now + 1, 0);
    m_model->setCallSummary(functionId, {day.newest, day.finished(), day.failed + day.timeouts});
}

void FunctionsPage::setClient(api::CdfClient *client)
{
    m_details->setClient(client);
}

void FunctionsPage::setFunctions(const QList<Function> &functions)
{
    m_model->setFunctions(functions);
    if (!view()->selectionModel()->hasSelection() && m_proxy->rowCount() > 0)
        view()->selectRow(0);
    showDetails(); // the selected function may have changed on the server
}

void FunctionsPage::clear()
{
    m_model->clear();
    m_details->setFunction(std::nullopt);
}

QList<Function> FunctionsPage::selectedFunctions() const
{
    QList<Function> out;
    for (const QModelIndex &i : view()->selectionModel()->selectedRows()) {
        const int row = m_model->rowOf(i.data(IdRole).toLongLong());
        if (row >= 0)
            out << m_model->function(row);
    }
    return out;
}

std::optional<Function> FunctionsPage::currentFunction() const
{
    const QModelIndexList rows = view()->selectionModel()->selectedRows();
    const QModelIndex idx = rows.size() == 1 ? rows.first() : (rows.isEmpty() ? QModelIndex() : view()->selectionModel()->currentIndex());
    if (!idx.isValid())
        return std::nullopt;
    const int row = m_model->rowOf(idx.data(IdRole).toLongLong());
    return row >= 0 ? std::optional<Function>(m_model->function(row)) : std::nullopt;
}

bool FunctionsPage::selectFunction(qint64 id)
{
    return selectId(id);
}

void FunctionsPage::showDetails()
{
    m_details->setFunction(currentFunction());
}

} // namespace fstudio::gui
