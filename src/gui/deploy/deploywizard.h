#pragma once

#include "gui/deploy/deploystate.h"

#include <QWizard>

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

Q_SIGNALS:
    // The function is Ready in the project (after a deploy or a redeploy).
    void deployed(const fstudio::Function &function);
    // From the Ready page: the user wants to call the function, or schedule it.
    void callRequested(const fstudio::Function &function);
    void scheduleRequested(const fstudio::Function &function);

private:
    DeployState m_state;
    DeploySourcePage *m_source;
    DeploySettingsPage *m_settings;
    DeployPreflightPage *m_preflight;
    DeployProgressPage *m_progress;
};

} // namespace fstudio::gui
