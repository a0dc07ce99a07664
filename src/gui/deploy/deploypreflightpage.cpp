#include "gui/deploy/deploypreflightpage.h"

#include "ui_deploypreflightpage.h"

#include "gui/widgets/plaintext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QVBoxLayout>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

DeployPreflightPage::DeployPreflightPage(DeployState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DeployPreflightPage>())
    , m_state(state)
    , m_checks(new DeployChecks(state, this))
{
    m_ui->setupUi(this);
    m_ui->checks->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checks->header()->setStretchLastSection(true);
    connect(m_ui->acceptWarnings, &QCheckBox::toggled, this, &DeployPreflightPage::completeChanged);
    connect(m_ui->runAgain, &QPushButton::clicked, this, &DeployPreflightPage::run);
    connect(m_ui->showChanges, &QPushButton::clicked, this, &DeployPreflightPage::showChanges);
    connect(m_checks, &DeployChecks::changed, this, &DeployPreflightPage::showChecks);
    connect(m_checks, &DeployChecks::finishedChecking, this, &DeployPreflightPage::finishedChecking);
    m_ui->showChanges->hide();
    connect(m_ui->importLocally, &QCheckBox::toggled, this, [this] {
        if (isVisible())
            run();
    });
    setCommitPage(true); // the next page deploys: there is no way back past it
}

DeployPreflightPage::~DeployPreflightPage() = default;

void DeployPreflightPage::initializePage()
{
    m_ui->acceptWarnings->setChecked(false);
    // Importing runs the code. A folder or file the user picked is their own code; a zip (someone
    // may have sent it) or another project's code is imported only when the user ticks it.
    if (m_importDecidedFor != m_state->sourcePath) {
        m_importDecidedFor = m_state->sourcePath;
        const QSignalBlocker block(m_ui->importLocally);
        m_ui->importLocally->setChecked(m_state->kind != DeploySource::Kind::Zip && !m_state->promotion);
    }
    run();
}

void DeployPreflightPage::run()
{
    m_checks->setImportLocally(m_ui->importLocally->isChecked());
    m_checks->run();
}

bool DeployPreflightPage::isComplete() const
{
    bool warnings = false;
    for (const Check &c : m_checks->checks()) {
        if (c.result == Result::Pending || c.result == Result::Error)
            return false;
        warnings |= c.result == Result::Warning;
    }
    return !m_checks->checks().isEmpty() && (!warnings || m_ui->acceptWarnings->isChecked());
}

void DeployPreflightPage::showChanges()
{
    const auto found = m_checks->changes();
    if (!found || found->isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"changesDialog"_s);
    dialog->setWindowTitle(tr("Changes against the deployed version"));
    auto *layout = new QVBoxLayout(dialog);
    auto *split = new QSplitter;
    auto *files = new QListWidget;
    files->setObjectName(u"changedFiles"_s);
    auto *diff = new QPlainTextEdit;
    diff->setObjectName(u"changeDiff"_s);
    diff->setReadOnly(true);
    diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(files);
    split->addWidget(diff);
    split->setSizes({220, 600});
    layout->addWidget(split);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    const CodeChanges changes = *found;
    auto add = [files](const QList<CodeChanges::File> &list, const QString &how) {
        for (const auto &f : list) {
            auto *item = new QListWidgetItem(u"%1  %2"_s.arg(how, f.path));
            item->setData(Qt::UserRole, f.path);
            files->addItem(item);
        }
    };
    add(changes.changed, tr("changed"));
    add(changes.added, tr("added"));
    add(changes.removed, tr("removed"));
    connect(files, &QListWidget::currentItemChanged, dialog, [diff, changes](QListWidgetItem *item) {
        if (!item)
            return;
        const QString text = changes.diff(item->data(Qt::UserRole).toString());
        diff->setPlainText(text.isEmpty() ? tr("(a binary or large file: no line diff)") : text);
    });
    files->setCurrentRow(0);
    dialog->resize(900, 560);
    dialog->open();
}

void DeployPreflightPage::showChecks()
{
    QTreeWidget *tree = m_ui->checks;
    tree->clear();
    int errors = 0, warnings = 0, pending = 0;
    const QList<Check> checks = m_checks->checks();
    for (const Check &c : checks) {
        auto *item = new QTreeWidgetItem({c.title, c.detail});
        item->setToolTip(1, plainToolTip(c.detail)); // server and handler text: never rich text
        item->setData(0, Qt::UserRole, c.id);
        switch (c.result) {
        case Result::Pass: item->setIcon(0, style()->standardIcon(QStyle::SP_DialogApplyButton)); break;
        case Result::Warning:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            ++warnings;
            break;
        case Result::Error:
            item->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            ++errors;
            break;
        case Result::Pending:
            item->setIcon(0, style()->standardIcon(QStyle::SP_BrowserReload));
            ++pending;
            break;
        }
        tree->addTopLevelItem(item);
    }
    QString summary;
    if (pending)
        summary = tr("Checking…");
    else if (errors)
        summary = tr("%n error(s) must be fixed before deploying: go back and change the settings or the files, then check again.", nullptr, errors);
    else if (warnings)
        summary = tr("%n warning(s). Read them; tick the box below to deploy anyway.", nullptr, warnings);
    else
        summary = tr("Everything checks out. Deploy when ready.");
    m_ui->summary->setText(summary);
    m_ui->acceptWarnings->setVisible(warnings > 0 && !errors);
    const auto changes = m_checks->changes();
    m_ui->showChanges->setVisible(changes && changes->error.isEmpty() && !changes->isEmpty());
    Q_EMIT completeChanged();
}

} // namespace fstudio::gui
