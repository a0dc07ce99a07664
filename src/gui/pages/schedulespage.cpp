#include "gui/pages/schedulespage.h"

#include "gui/models/modelroles.h"
#include "gui/models/schedulesmodel.h"
#include "gui/models/schedulesproxy.h"
#include "gui/pages/tableview.h"

#include "api/services/schedulesservice.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

SchedulesPage::SchedulesPage(QWidget *parent)
    : ResourcePage(parent)
{
    setObjectName(u"schedulesPage"_s);
    m_model = new SchedulesModel(this);
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
    table->setColumnWidth(SchedulesModel::NextLocal, 140);
    table->setColumnWidth(SchedulesModel::NextUtc, 160);
    split->addWidget(table);
    m_inputData = new QPlainTextEdit;
    m_inputData->setObjectName(u"inputData"_s);
    m_inputData->setReadOnly(true);
    m_inputData->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_inputData->setPlaceholderText(tr("Select a schedule and choose View Input Data."));
    split->addWidget(m_inputData);
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
        m_inputData->setPlainText(r->data ? QString::fromUtf8(QJsonDocument(*r->data).toJson(QJsonDocument::Indented))
                                          : tr("Schedule \"%1\" has no input data: its calls get data = {}.").arg(s.name));
    });
}

} // namespace fstudio::gui
