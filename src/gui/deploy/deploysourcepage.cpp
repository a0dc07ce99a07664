#include "gui/deploy/deploysourcepage.h"

#include "ui_deploysourcepage.h"

#include "gui/deploy/deploychecks.h"
#include "gui/models/formatting.h"
#include "gui/widgets/messageboxes.h"

#include <QDir>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

DeploySourcePage::DeploySourcePage(DeployState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DeploySourcePage>())
    , m_state(state)
{
    m_ui->setupUi(this);
    m_ui->packageTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->packageTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->packageTree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    // Typing makes the plan stale at once (Next must not deploy what was shown before); it is
    // read again when the typing pauses, or on Enter.
    m_retype.setSingleShot(true);
    m_retype.setInterval(400);
    connect(&m_retype, &QTimer::timeout, this, &DeploySourcePage::prepare);
    connect(m_ui->sourcePath, &QLineEdit::textEdited, this, [this] {
        m_preparing = true;
        m_state->folder.clear();
        Q_EMIT completeChanged();
        m_retype.start();
    });
    connect(m_ui->sourcePath, &QLineEdit::editingFinished, this, &DeploySourcePage::prepare);
    const auto choose = [this](int what) {
        const QString start = m_ui->sourcePath->text().isEmpty() ? QDir::homePath() : m_ui->sourcePath->text();
        const QString title = what == 0 ? tr("Function folder") : what == 1 ? tr("Code zip") : tr("Python file");
        const QString filter = what == 0 ? QString() : what == 1 ? tr("Zip archives (*.zip)") : tr("Python files (*.py)");
        MessageBoxes::chooseFile(this, title, start, filter, what == 0, [this](const QString &path) { setSourcePath(path); });
    };
    connect(m_ui->chooseFolder, &QPushButton::clicked, this, [choose] { choose(0); });
    connect(m_ui->chooseZip, &QPushButton::clicked, this, [choose] { choose(1); });
    connect(m_ui->chooseFile, &QPushButton::clicked, this, [choose] { choose(2); });
    if (!m_state->sourcePath.isEmpty())
        setSourcePath(m_state->sourcePath);
}

DeploySourcePage::~DeploySourcePage()
{
    if (m_cancel)
        m_cancel->store(true);
}

void DeploySourcePage::setSourcePath(const QString &path)
{
    m_ui->sourcePath->setText(QDir::toNativeSeparators(path));
    prepare();
}

QString DeploySourcePage::problem() const
{
    return m_problem;
}

bool DeploySourcePage::isComplete() const
{
    return !m_preparing && m_problem.isEmpty() && !m_state->folder.isEmpty() && m_state->plan.ok() && !m_state->plan.files.isEmpty();
}

void DeploySourcePage::prepare()
{
    m_retype.stop();
    const QString path = QDir::fromNativeSeparators(m_ui->sourcePath->text().trimmed());
    if (path == m_preparedPath && !m_state->folder.isEmpty() && !m_preparing)
        return;
    m_preparedPath = path;
    const int generation = ++m_generation;
    m_preparing = true;
    m_problem.clear();
    m_state->folder.clear();
    // A scan of what was chosen before stops: only the latest choice is read to the end.
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_ui->sourceProblem->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    Q_EMIT completeChanged();
    auto *watcher = new QFutureWatcher<DeployChecks::Prepared>(this); // dropped with the page
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, path] {
        watcher->deleteLater();
        if (generation != m_generation)
            return; // the user chose something else meanwhile
        const DeployChecks::Prepared p = watcher->result();
        m_preparing = false;
        m_problem = p.error;
        m_state->sourcePath = path;
        m_state->kind = DeploySource::kindOf(path);
        m_state->folder = p.error.isEmpty() ? p.folder : QString();
        m_state->prepared = p.tmp;
        m_state->plan = p.plan;
        m_state->toolkitDefinition = p.toolkit;
        showPlan();
        Q_EMIT completeChanged();
        Q_EMIT prepared();
    });
    watcher->setFuture(QtConcurrent::run(&DeployChecks::prepareSource, path, m_state->toolkitEnvironment, m_cancel));
}

void DeploySourcePage::showPlan()
{
    QTreeWidget *tree = m_ui->packageTree;
    tree->clear();
    const PackagePlan &plan = m_state->plan;
    QString problem = m_problem;
    if (problem.isEmpty() && !plan.errors.isEmpty())
        problem = plan.errors.first().message;
    if (problem.isEmpty() && plan.files.isEmpty() && !m_state->folder.isEmpty())
        problem = tr("There is nothing to deploy in %1.").arg(QDir::toNativeSeparators(m_state->sourcePath));
    m_problem = problem;
    m_ui->sourceProblem->setText(problem);
    m_ui->sourceProblem->setVisible(!problem.isEmpty());
    if (!m_problem.isEmpty()) {
        m_ui->packageSummary->clear();
        return;
    }
    QHash<QString, QString> warnings;
    for (const auto &w : plan.warnings)
        warnings.insert(w.path, w.message);
    QList<QTreeWidgetItem *> items;
    for (const auto &e : plan.files) {
        auto *item = new QTreeWidgetItem({e.path, formatBytes(e.size), warnings.value(e.path)});
        if (warnings.contains(e.path))
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
        items << item;
    }
    for (const auto &x : plan.excluded) {
        auto *item = new QTreeWidgetItem({x.path, QString(), tr("left out: %1").arg(x.message)});
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        item->setForeground(2, palette().brush(QPalette::Disabled, QPalette::Text));
        items << item;
    }
    tree->addTopLevelItems(items);
    QString summary = tr("%n file(s), %1, will be zipped with %2 at the top of the zip.", nullptr, int(plan.files.size()))
                          .arg(formatBytes(plan.totalBytes), plan.contains(u"handler.py"_s) ? u"handler.py"_s : tr("the folder's contents"));
    if (!plan.excluded.isEmpty())
        summary += u" "_s + tr("%n left out.", nullptr, int(plan.excluded.size()));
    if (!plan.warnings.isEmpty())
        summary += u" "_s + tr("%n file(s) look like credentials: check them before you deploy.", nullptr, int(plan.warnings.size()));
    if (m_state->kind == DeploySource::Kind::PythonFile)
        summary += u" "_s + tr("The file is deployed as handler.py; requirements come from its docstring's [requirements] block.");
    m_ui->packageSummary->setText(summary);
}

} // namespace fstudio::gui
