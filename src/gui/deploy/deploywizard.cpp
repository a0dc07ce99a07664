#include "gui/deploy/deploywizard.h"

#include "gui/deploy/deploypreflightpage.h"
#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysettingspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/widgets/messageboxes.h"

#include <QLabel>

namespace fstudio::gui {

DeployWizard::DeployWizard(DeployState initial, QWidget *parent)
    : QWizard(parent)
    , m_state(std::move(initial))
    , m_source(new DeploySourcePage(&m_state, this))
    , m_settings(new DeploySettingsPage(&m_state, this))
    , m_preflight(new DeployPreflightPage(&m_state, this))
    , m_progress(new DeployProgressPage(&m_state, this))
{
    setObjectName(QStringLiteral("deployWizard"));
    if (m_state.promotion)
        setWindowTitle(tr("Promote %1 from %2 to %3").arg(m_state.promotion->source.name, m_state.promotion->fromProject, m_state.project.name));
    else
        setWindowTitle(m_state.redeployOf ? tr("Deploy a new version of %1").arg(m_state.redeployOf->name) : tr("Deploy a function"));
    // The target project's connection lives as long as the wizard, and goes after its pages
    // (children are deleted in the order they were added).
    if (m_state.promotion && m_state.promotion->targetConnection)
        m_state.promotion->targetConnection->setParent(this);
    setWizardStyle(QWizard::ClassicStyle);
    setTitleFormat(Qt::PlainText); // titles hold function names from the server
    setSubTitleFormat(Qt::PlainText);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePageId, m_source);
    setPage(SettingsPageId, m_settings);
    setPage(PreflightPageId, m_preflight);
    setPage(ProgressPageId, m_progress);
    setButtonText(QWizard::CommitButton, m_state.redeployOf ? tr("Deploy new version") : tr("Deploy"));
    // Where the user is: the four steps by name, the current one marked, on the left of every page.
    m_steps = new QLabel;
    m_steps->setObjectName(QStringLiteral("deploySteps"));
    m_steps->setTextFormat(Qt::RichText); // our own words only: the step names
    m_steps->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_steps->setContentsMargins(8, 12, 16, 8);
    setSideWidget(m_steps);
    connect(this, &QWizard::currentIdChanged, this, &DeployWizard::showStep);
    connect(m_progress, &DeployProgressPage::deployed, this, &DeployWizard::deployed);
    connect(m_progress, &DeployProgressPage::callRequested, this, &DeployWizard::callRequested);
    connect(m_progress, &DeployProgressPage::scheduleRequested, this, &DeployWizard::scheduleRequested);
    resize(860, 640);
}

DeployWizard::~DeployWizard() = default;

QStringList DeployWizard::stepNames()
{
    return {tr("Source"), tr("Settings"), tr("Checks"), tr("Deploy")};
}

int DeployWizard::stepNumber() const
{
    switch (currentId()) {
    case SourcePageId: return 1;
    case SettingsPageId: return 2;
    case PreflightPageId: return 3;
    case ProgressPageId: return 4;
    default: return 0;
    }
}

void DeployWizard::showStep()
{
    const QStringList names = stepNames();
    const int current = stepNumber();
    QString html = QStringLiteral("<p style='margin-bottom:8px'>%1</p>").arg(tr("Step %1 of %2").arg(current).arg(names.size()));
    for (int i = 0; i < names.size(); ++i) {
        const int n = i + 1;
        const QString line = QStringLiteral("%1&nbsp;&nbsp;%2").arg(n < current ? QStringLiteral("✓") : QString::number(n), names[i].toHtmlEscaped());
        html += n == current ? QStringLiteral("<p><b>%1</b></p>").arg(line) : QStringLiteral("<p style='color:gray'>%1</p>").arg(line);
    }
    m_steps->setText(html);
}

void DeployWizard::backToSettings()
{
    m_progress->forget();
    // The progress page is a commit page: there is no way back through QWizard's history, so the
    // pages are visited again from the start, each keeping what the user entered.
    restart();
    next();
}

void DeployWizard::reject()
{
    if (m_progress->isMakingSchedules()) {
        MessageBoxes::inform(this, tr("The schedules are being made"),
                             tr("The function is Ready and its schedules are being made. Wait a moment: closing now would leave some of them out."));
        return;
    }
    if (m_progress->isRunning() && m_state.redeployOf) {
        MessageBoxes::inform(this, tr("A new version is being deployed"),
                             tr("A new version cannot be stopped halfway: if it fails, the previous version is restored with its schedules. "
                                "Wait for it to finish."));
        return;
    }
    if (m_progress->isRunning()) {
        MessageBoxes::ask(this, tr("Cancel the deploy?"),
                          tr("The deploy is still running. Cancel it? What it has made so far in the project is removed again."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                          {{QMessageBox::Yes, tr("Cancel the deploy")}, {QMessageBox::No, tr("Keep going")}}, [this](QMessageBox::StandardButton b) {
                              if (b == QMessageBox::Yes)
                                  m_progress->cancel(); // the outcome stays on screen: what was removed, what was left
                          });
        return;
    }
    if (currentId() == SettingsPageId || currentId() == PreflightPageId) {
        MessageBoxes::ask(this, tr("Close the wizard?"), tr("Close the wizard? The settings you entered are not kept."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No, {{QMessageBox::Yes, tr("Close")}, {QMessageBox::No, tr("Stay")}},
                          [this](QMessageBox::StandardButton b) {
                              if (b == QMessageBox::Yes)
                                  QWizard::reject();
                          });
        return;
    }
    QWizard::reject();
}

} // namespace fstudio::gui
