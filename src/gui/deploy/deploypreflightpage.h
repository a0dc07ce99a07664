#pragma once

#include "gui/deploy/deploychecks.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class DeployPreflightPage;
}

namespace fstudio::gui {

// Page 3 (ui/deploy/deploypreflightpage.ui): the deploy's checks (DeployChecks) as a checklist,
// each item passing, a warning or an error with an explanation and a fix. Errors block; warnings
// need one click to accept. "Check again" runs them all again on the folder as it is now.
class DeployPreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    using Result = DeployChecks::Result;
    using Check = DeployChecks::Check;

    DeployPreflightPage(DeployState *state, QWidget *parent = nullptr);
    ~DeployPreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QList<Check> checks() const { return m_checks->checks(); }
    bool isRunning() const { return m_checks->isRunning(); }
    // A new version: what it changes against the deployed code (once compared).
    std::optional<CodeChanges> changes() const { return m_checks->changes(); }
    void showChanges(); // the dialog: the files, and a line diff of the one chosen
    // Where a local Python is looked for ("python3"); tests may point it elsewhere.
    void setPython(const QString &python) { m_checks->setPython(python); }

Q_SIGNALS:
    void finishedChecking();

private:
    void run();
    void showChecks();
    std::unique_ptr<Ui::DeployPreflightPage> m_ui;
    QString m_importDecidedFor; // the source the "import here" default was chosen for
    DeployState *m_state;
    DeployChecks *m_checks;
};

} // namespace fstudio::gui
