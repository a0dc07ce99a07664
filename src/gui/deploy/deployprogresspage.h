#pragma once

#include "gui/deploy/deploystate.h"

#include "api/workflows/deployworkflow.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class DeployProgressPage;
}

namespace fstudio::api {
class RedeployWorkflow;
}

namespace fstudio::gui {

// Page 4 (ui/deploy/deployprogresspage.ui): runs the deploy (api DeployWorkflow) or the redeploy
// (RedeployWorkflow) and shows each stage live: zipping, uploading (bytes and rate), creating,
// waiting for Ready (elapsed time). Cancel asks first and removes exactly what this run made. On
// Failed: the server's message and full trace, and "Back to settings" with every field kept. On
// Ready: "Show the function" selects it in the main window.
class DeployProgressPage : public QWizardPage
{
    Q_OBJECT

public:
    DeployProgressPage(DeployState *state, QWidget *parent = nullptr);
    ~DeployProgressPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool isRunning() const;
    // A promotion's function is Ready and its schedules are being made: nothing to cancel.
    bool isMakingSchedules() const { return m_makingSchedules; }
    bool succeeded() const { return m_function.has_value(); }
    QString outcomeText() const;
    QString failureText() const;
    std::optional<Function> function() const { return m_function; }
    // Cancel (after the user agreed); a deploy removes what it made, a new version cannot be cancelled.
    void cancel();
    // Drops a finished run (Back to settings starts a new one).
    void forget();

Q_SIGNALS:
    void deployed(const fstudio::Function &function);
    void finishedDeploy(bool ready);
    void redeployStarting(); // the old version is about to be replaced (and its calls deleted by CDF)
    void callRequested(const fstudio::Function &function);
    void scheduleRequested(const fstudio::Function &function);

private:
    void startDeploy();
    void startRedeploy();
    void setStage(const QString &text, bool done = false, bool failed = false);
    void createSchedules(int index, QStringList lines);
    void finishWith(bool ready, const QString &text, const QString &failure);
    std::unique_ptr<Ui::DeployProgressPage> m_ui;
    DeployState *m_state;
    QPointer<api::DeployWorkflow> m_deploy;
    QPointer<api::RedeployWorkflow> m_redeploy;
    std::optional<Function> m_function;
    bool m_finished = false;
    bool m_makingSchedules = false;
    qint64 m_lastBytes = 0;
    qint64 m_lastMs = 0;
    QString m_outcome;
};

} // namespace fstudio::gui
