#include "gui/deploy/deployprogresspage.h"

#include "ui_deployprogresspage.h"

#include "gui/deploy/deploywizard.h"
#include "gui/models/formatting.h"
#include "gui/project/codedrift.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/tones.h"

#include "api/transport/cdfclient.h"
#include "api/workflows/redeployworkflow.h"
#include "api/workflows/scheduleworkflows.h"

#include "core/toolkit/toolkithash.h"

#include <QListWidgetItem>
#include <QStyle>

namespace fstudio::gui {

using namespace Qt::StringLiterals;
using Stage = api::DeployWorkflow::Stage;

DeployProgressPage::DeployProgressPage(DeployState *state, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::DeployProgressPage>())
    , m_state(state)
{
    m_ui->setupUi(this);
    m_ui->failure->setVisible(false);
    m_ui->backToSettings->setVisible(false);
    m_ui->showFunction->setVisible(false);
    m_ui->callNow->setVisible(false);
    m_ui->createSchedule->setVisible(false);
    for (QPushButton *b : {m_ui->callNow, m_ui->createSchedule})
        connect(b, &QPushButton::clicked, this, [this, b] {
            if (!m_function)
                return;
            const Function f = *m_function;
            (b == m_ui->callNow) ? Q_EMIT callRequested(f) : Q_EMIT scheduleRequested(f);
            if (wizard())
                wizard()->accept();
        });
    connect(m_ui->cancelDeploy, &QPushButton::clicked, this, [this] {
        MessageBoxes::ask(this, tr("Cancel the deploy?"), tr("Cancel the deploy? What it has made so far in the project is removed again."),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No,
                          {{QMessageBox::Yes, tr("Cancel the deploy")}, {QMessageBox::No, tr("Keep going")}}, [this](QMessageBox::StandardButton b) {
                              if (b == QMessageBox::Yes)
                                  cancel();
                          });
    });
    connect(m_ui->backToSettings, &QPushButton::clicked, this, [this] {
        if (auto *w = qobject_cast<DeployWizard *>(wizard()))
            w->backToSettings();
    });
    connect(m_ui->showFunction, &QPushButton::clicked, this, [this] {
        if (wizard())
            wizard()->accept(); // the main window selected it when it became Ready
    });
}

DeployProgressPage::~DeployProgressPage() = default;

bool DeployProgressPage::isRunning() const
{
    return (m_deploy || m_redeploy) && !m_finished;
}

bool DeployProgressPage::isComplete() const
{
    return m_finished;
}

QString DeployProgressPage::outcomeText() const
{
    return m_outcome;
}

QString DeployProgressPage::failureText() const
{
    return m_ui->failure->toPlainText();
}

void DeployProgressPage::forget()
{
    if (m_deploy)
        m_deploy->deleteLater();
    if (m_redeploy)
        m_redeploy->deleteLater();
    m_finished = false;
    m_function.reset();
}

void DeployProgressPage::initializePage()
{
    m_finished = false;
    m_function.reset();
    m_outcome.clear();
    m_ui->stages->clear();
    m_ui->failure->clear();
    m_ui->failure->setVisible(false);
    m_ui->backToSettings->setVisible(false);
    m_ui->showFunction->setVisible(false);
    m_ui->callNow->setVisible(false);
    m_ui->createSchedule->setVisible(false);
    m_ui->cancelDeploy->setVisible(true);
    m_ui->cancelDeploy->setEnabled(true);
    m_ui->progress->setRange(0, 0);
    m_ui->detail->clear();
    setTitle(m_state->redeployOf ? tr("Deploying a new version of %1").arg(m_state->redeployOf->name)
                                 : tr("Deploying %1").arg(m_state->function.name));
    if (m_state->redeployOf)
        startRedeploy();
    else
        startDeploy();
}

void DeployProgressPage::setStage(const QString &text, bool done, bool failed)
{
    // The stage before is over: passed, or the one that failed.
    if (auto *last = m_ui->stages->item(m_ui->stages->count() - 1); last && last->data(Qt::UserRole).toBool() == false)
        last->setIcon(style()->standardIcon(failed ? QStyle::SP_MessageBoxCritical : QStyle::SP_DialogApplyButton));
    if (done)
        return;
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_ArrowRight), text);
    m_ui->stages->addItem(item);
    m_ui->stages->scrollToBottom();
}

void DeployProgressPage::startDeploy()
{
    api::DeployWorkflow::Options o;
    o.folder = m_state->folder;
    o.function = m_state->function;
    o.checkExternalIdFree = true;
    o.codeDataSetId = m_state->codeDataSetId;
    o.toolkitHashes = m_state->toolkitHashes();
    auto *w = new api::DeployWorkflow(m_state->project.client, o, this);
    m_deploy = w;
    m_lastBytes = 0;
    m_lastMs = 0;
    connect(w, &api::DeployWorkflow::stageChanged, this, [this](Stage s) {
        if (s == Stage::Ready || s == Stage::Failed || s == Stage::Cancelled || s == Stage::TimedOut)
            return;
        setStage(api::DeployWorkflow::stageName(s));
        m_ui->progress->setRange(0, 0);
    });
    connect(w, &api::DeployWorkflow::progress, this, [this](Stage s, qint64 done, qint64 total, qint64 elapsedMs) {
        if (s == Stage::Uploading && total > 0) {
            m_ui->progress->setRange(0, 1000);
            m_ui->progress->setValue(int(1000 * done / total));
            const double seconds = std::max<qint64>(elapsedMs - m_lastMs, 1) / 1000.0;
            const double rate = double(done - m_lastBytes) / seconds;
            if (elapsedMs - m_lastMs > 500 || done == total) {
                m_ui->detail->setText(tr("Uploaded %1 of %2 (%3/s)").arg(formatBytes(done), formatBytes(total), formatBytes(qint64(rate))));
                m_lastBytes = done;
                m_lastMs = elapsedMs;
            }
        } else if (s == Stage::Packaging && total > 0) {
            m_ui->progress->setRange(0, 1000);
            m_ui->progress->setValue(int(1000 * done / total));
            m_ui->detail->setText(tr("Zipped %1 of %2").arg(formatBytes(done), formatBytes(total)));
        } else if (s == Stage::Deploying) {
            m_ui->progress->setRange(0, 0);
            m_ui->detail->setText(tr("Waiting for CDF to install and import the code: %1 so far").arg(formatDuration(elapsedMs)));
        }
    });
    connect(w, &api::DeployWorkflow::finished, this, [this, w](Stage outcome) {
        if (outcome == Stage::Ready && w->function()) {
            m_function = w->function();
            const QString ready =
                tr("%1 is Ready (function %2), after %3.").arg(m_function->name, QString::number(m_function->id), formatDuration(w->elapsedMs()));
            if (!m_state->newSchedules().isEmpty()) {
                m_ui->cancelDeploy->setVisible(false); // the function is there: nothing to take back
                createSchedules(0, {ready});
                return;
            }
            finishWith(true, ready, {});
            return;
        }
        QString failure;
        if (const auto e = w->deployError())
            failure = e->message + (e->trace.isEmpty() ? QString() : u"\n\n"_s + e->trace);
        else if (w->error())
            failure = w->error()->userMessage();
        finishWith(false, w->summary(), failure);
    });
    w->start();
}

void DeployProgressPage::startRedeploy()
{
    Q_EMIT redeployStarting();
    api::RedeployWorkflow::Options o;
    o.functionId = m_state->redeployOf->id;
    o.folder = m_state->folder;
    o.secrets = m_state->function.secrets.value_or(StringMap());
    o.settings = m_state->function;
    o.scheduleCredentials = m_state->schedulesSignIn();
    o.codeDataSetId = m_state->codeDataSetId;
    o.toolkitHashes = m_state->toolkitHashes();
    auto *w = new api::RedeployWorkflow(m_state->project.client, o, this);
    m_redeploy = w;
    // A redeploy cannot stop halfway: if the new version fails, it restores the previous one.
    m_ui->cancelDeploy->setVisible(false);
    connect(w, &api::RedeployWorkflow::step, this, [this](const QString &d) { setStage(d); });
    connect(w, &api::RedeployWorkflow::finished, this, [this, w](api::RedeployWorkflow::Outcome outcome) {
        using O = api::RedeployWorkflow::Outcome;
        const bool ready = outcome == O::Done || outcome == O::SchedulesIncomplete;
        if (ready)
            m_function = w->newFunction();
        // A retry replaces whatever version is there now.
        if (outcome == O::RolledBack && w->restoredFunction())
            m_state->redeployOf = w->restoredFunction();
        QString failure;
        if (const auto e = w->newVersionError())
            failure = e->message + (e->trace.isEmpty() ? QString() : u"\n\n"_s + e->trace);
        // Each schedule's outcome, by name: the user sees which ones run on the new version.
        QStringList lines{w->report()};
        const auto outcomes = w->scheduleOutcomes();
        for (const auto &s : outcomes)
            lines << (s.created ? tr("Schedule \"%1\" (%2) runs on function %3.")
                                      .arg(s.name, s.created->cronExpression, QString::number(s.created->functionId.value_or(0)))
                                : tr("Schedule \"%1\" was not made again: %2").arg(s.name, s.error));
        finishWith(ready, lines.join(u"\n"_s), failure);
        // Neither version is there: a retry has nothing to replace (the report says what to do).
        if (outcome == O::NewVersionFailed)
            m_ui->backToSettings->setVisible(false);
    });
    w->start();
}

// A promotion makes the source function's schedules on the new function, and a Toolkit module
// the schedules its files define, one after the other, each with a session of its own.
void DeployProgressPage::createSchedules(int index, QStringList lines)
{
    const auto snapshots = m_state->newSchedules();
    m_makingSchedules = index < snapshots.size();
    if (index >= snapshots.size()) {
        finishWith(true, lines.join(u"\n"_s), {});
        return;
    }
    const auto snap = snapshots[index];
    setStage(tr("Making schedule \"%1\" (%2 of %3)").arg(snap.schedule.name, QString::number(index + 1), QString::number(snapshots.size())));
    ScheduleWrite w;
    w.name = snap.schedule.name;
    w.cronExpression = snap.schedule.cronExpression;
    w.functionId = m_function->id;
    w.description = snap.schedule.description;
    // The Toolkit marks its schedules' descriptions with a hash of their client credentials and
    // compares them on `cdf deploy`: written the same way, the next deploy finds nothing changed.
    if (const api::NonceSource signIn = m_state->schedulesSignIn(); m_state->schedulesFromToolkit() && !signIn.clientId.isEmpty())
        w.description = ToolkitHash::describedWithAuth(snap.schedule.description.value_or(QString()), signIn.clientId, signIn.clientSecret);
    w.data = snap.data;
    w.dataText = snap.dataText;
    api::createScheduleWithNonce(m_state->project.client, w, m_state->schedulesSignIn(), this,
                                 [this, index, lines, snap](const api::ScheduleResult &r) mutable {
                                     lines << (r ? tr("Schedule \"%1\" (%2) runs on function %3.")
                                                       .arg(snap.schedule.name, snap.schedule.cronExpression, QString::number(m_function->id))
                                                 : tr("Schedule \"%1\" was not made: %2").arg(snap.schedule.name, r.error().userMessage()));
                                     createSchedules(index + 1, lines);
                                 });
}

void DeployProgressPage::finishWith(bool ready, const QString &text, const QString &failure)
{
    setStage({}, true, !ready);
    m_finished = true;
    m_outcome = text;
    m_ui->progress->setRange(0, 1);
    m_ui->progress->setValue(1);
    if (!ready) { // a failed deploy's bar is red, not the green of one that went through
        QPalette red = m_ui->progress->palette();
        red.setColor(QPalette::Highlight, Tones::foreground(Tone::Negative, palette()));
        m_ui->progress->setPalette(red);
    }
    m_ui->cancelDeploy->setVisible(false);
    m_ui->detail->setText(text);
    auto *item = new QListWidgetItem(style()->standardIcon(ready ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical),
                                     ready ? tr("Ready") : tr("Not deployed"));
    item->setData(Qt::UserRole, true);
    m_ui->stages->addItem(item);
    if (!failure.isEmpty()) {
        m_ui->failure->setPlainText(failure);
        m_ui->failure->setVisible(true);
    }
    m_ui->backToSettings->setVisible(!ready);
    m_ui->showFunction->setVisible(ready);
    // In another project (a promotion) the main window cannot show it.
    m_ui->callNow->setVisible(ready && !m_state->promotion);
    m_ui->createSchedule->setVisible(ready && !m_state->promotion);
    m_ui->showFunction->setText(m_state->promotion ? tr("&Close") : tr("&Show the function"));
    Q_EMIT completeChanged();
    if (ready && m_function && m_state->kind == DeploySource::Kind::Folder && m_state->project.client)
        CodeDrift::record(m_state->project.client->config().baseUrl, m_state->project.name, *m_function, m_state->sourcePath);
    if (ready && m_function)
        Q_EMIT deployed(*m_function);
    Q_EMIT finishedDeploy(ready);
}

void DeployProgressPage::cancel()
{
    if (m_deploy && !m_finished) {
        m_ui->cancelDeploy->setEnabled(false);
        m_deploy->cancel();
    }
}

} // namespace fstudio::gui
