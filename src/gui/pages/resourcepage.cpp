#include "gui/pages/resourcepage.h"

#include "gui/models/modelroles.h"
#include "gui/widgets/messagebar.h"

#include <QBoxLayout>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
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
    // The empty state: what went wrong and Retry, in the table's own space.
    m_emptyState = new QWidget(view->viewport());
    m_emptyState->setObjectName(name.replace(QStringLiteral("Problem"), QStringLiteral("EmptyState")));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    m_emptyText = new QLabel;
    m_emptyText->setObjectName(m_emptyState->objectName() + QStringLiteral("Text"));
    m_emptyText->setTextFormat(Qt::PlainText);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Retry"));
    retry->setObjectName(m_emptyState->objectName() + QStringLiteral("Retry"));
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->refresh();
    });
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(retry, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_emptyState->hide();
    view->viewport()->installEventFilter(this);
    connect(view->model(), &QAbstractItemModel::modelReset, this, &ResourcePage::updateEmptyState);
    connect(view->model(), &QAbstractItemModel::rowsInserted, this, &ResourcePage::updateEmptyState);
    connect(view->model(), &QAbstractItemModel::rowsRemoved, this, &ResourcePage::updateEmptyState);
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
    m_session = session;
    connect(session, &ProjectSession::problem, this, [this, part](ProjectSession::Part p, const api::ApiError &e) {
        if (p != part)
            return;
        showOwnProblem(e);
        m_partError = e.userMessage();
        updateEmptyState();
    });
    connect(session, &ProjectSession::solved, this, [this, part](ProjectSession::Part p) {
        if (p != part)
            return;
        showProblem({});
        m_partError.clear();
        updateEmptyState();
    });
    connect(session, &ProjectSession::profileChanged, this, [this] {
        showProblem({});
        m_partError.clear();
        updateEmptyState();
    });
}

void ResourcePage::updateEmptyState()
{
    if (!m_emptyState)
        return;
    const bool shown = !m_partError.isEmpty() && m_view->model()->rowCount() == 0;
    m_emptyText->setText(shown ? m_partError : QString());
    m_emptyState->setGeometry(m_view->viewport()->rect());
    m_emptyState->setVisible(shown);
}

QString ResourcePage::emptyStateText() const
{
    return m_emptyState && !m_emptyState->isHidden() ? m_emptyText->text() : QString();
}

bool ResourcePage::eventFilter(QObject *watched, QEvent *event)
{
    if (m_view && watched == m_view->viewport() && event->type() == QEvent::Resize && m_emptyState)
        m_emptyState->setGeometry(m_view->viewport()->rect());
    return QWidget::eventFilter(watched, event);
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

bool ResourcePage::selectId(qint64 id)
{
    QAbstractItemModel *model = m_view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex idx = model->index(r, 0);
        if (idx.data(IdRole).toLongLong() == id) {
            m_view->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(idx);
            return true;
        }
    }
    return false;
}

bool ResourcePage::hasSelection() const
{
    return m_view && m_view->selectionModel()->hasSelection();
}

// The state is kept with the number of columns it was saved for: a version with another
// number (a column added) starts from the page's own widths and order instead of misplacing them.
QByteArray ResourcePage::saveHeader() const
{
    return "columns=" + QByteArray::number(m_view->horizontalHeader()->count()) + ';' + m_view->horizontalHeader()->saveState();
}

void ResourcePage::restoreHeader(const QByteArray &state)
{
    const QByteArray prefix = "columns=" + QByteArray::number(m_view->horizontalHeader()->count()) + ';';
    if (state.startsWith(prefix))
        m_view->horizontalHeader()->restoreState(state.mid(prefix.size()));
}

} // namespace fstudio::gui
