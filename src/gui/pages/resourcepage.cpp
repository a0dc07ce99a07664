#include "gui/pages/resourcepage.h"

#include "gui/widgets/messagebar.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>

namespace fstudio::gui {

void ResourcePage::setView(QTableView *view)
{
    m_view = view;
    QString name = view->objectName();
    name.replace(QStringLiteral("Table"), QStringLiteral("Problem"));
    m_problem = new MessageBar(name, name + QStringLiteral("Text"));
    QPushButton *dismiss = m_problem->addButton(name + QStringLiteral("Dismiss"), tr("Dismiss"));
    connect(dismiss, &QPushButton::clicked, this, [this] { showProblem({}); });
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->insertWidget(0, m_problem);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ResourcePage::selectionChanged);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourcePage::selectionChanged);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex idx = m_view->indexAt(pos);
        if (!idx.isValid())
            return;
        if (!m_view->selectionModel()->isRowSelected(idx.row(), idx.parent()))
            m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Q_EMIT contextMenuRequested(m_view->viewport()->mapToGlobal(pos));
    });
}

void ResourcePage::showProblem(const QString &text, const QString &dedupeKey)
{
    const bool was = !m_problem->text().isEmpty();
    m_problem->showMessage(text, Tone::Negative, dedupeKey);
    if (was != !text.isEmpty())
        Q_EMIT problemChanged(!text.isEmpty());
}

void ResourcePage::followProblems(ProjectSession *session, ProjectSession::Part part)
{
    connect(session, &ProjectSession::problem, this, [this, part](ProjectSession::Part p, const api::ApiError &e) {
        if (p == part)
            showOwnProblem(e);
    });
    connect(session, &ProjectSession::solved, this, [this, part](ProjectSession::Part p) {
        if (p == part)
            showProblem({});
    });
    connect(session, &ProjectSession::profileChanged, this, [this] { showProblem({}); });
}

bool ResourcePage::showOwnProblem(const api::ApiError &e)
{
    if (!ProjectSession::isPartsOwn(e))
        return false;
    showProblem(e.userMessage(), e.sameFailureKey());
    return true;
}

QString ResourcePage::problemText() const
{
    return m_problem ? m_problem->text() : QString();
}

bool ResourcePage::hasSelection() const
{
    return m_view && m_view->selectionModel()->hasSelection();
}

QByteArray ResourcePage::saveHeader() const
{
    return m_view->horizontalHeader()->saveState();
}

void ResourcePage::restoreHeader(const QByteArray &state)
{
    if (!state.isEmpty())
        m_view->horizontalHeader()->restoreState(state);
}

} // namespace fstudio::gui
