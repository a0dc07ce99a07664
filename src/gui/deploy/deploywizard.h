#pragma once

#include "gui/deploy/deploystate.h"

#include <QWizard>

class QLabel;

namespace fstudio::gui {

class DeploySourcePage;
class DeploySettingsPage;
class DeployPreflightPage;
class DeployProgressPage;

// Deploys a function from a folder, a zip or one Python file: Source -> Settings -> Preflight ->
// Deploy (one class and one form per page, one DeployState). "Deploy new version…" runs the same
// pages as a redeploy that keeps the function's schedules. Closing it mid-way asks first; a
// running deploy is cancelled (and cleans up what it made) only after the user agrees.
class DeployWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { SourcePageId, SettingsPageId, PreflightPageId, ProgressPageId };

    DeployWizard(DeployState initial, QWidget *parent = nullptr);
    ~DeployWizard() override;

    DeployState &state() { return m_state; }
    DeploySourcePage *sourcePage() const { return m_source; }
    DeploySettingsPage *settingsPage() const { return m_settings; }
    DeployPreflightPage *preflightPage() const { return m_preflight; }
    DeployProgressPage *progressPage() const { return m_progress; }
    // From the progress page after a failure: back to the settings, every field as it was.
    void backToSettings();

    void reject() override;
    // The step indicator: "Step 2 of 4", the steps by name, this one marked (1-based; 0 before the start).
    static QStringList stepNames();
    int stepNumber() const;

Q_SIGNALS:
    // The function is Ready in the project (after a deploy or a redeploy).
    void deployed(const fstudio::Function &function);
    // From the Ready page: the user wants to call the function, or schedule it.
    void callRequested(const fstudio::Function &function);
    void scheduleRequested(const fstudio::Function &function);

private:
    void showStep();
    DeployState m_state;
    QLabel *m_steps = nullptr;
    DeploySourcePage *m_source;
    DeploySettingsPage *m_settings;
    DeployPreflightPage *m_preflight;
    DeployProgressPage *m_progress;
};

} // namespace fstudio::gui
