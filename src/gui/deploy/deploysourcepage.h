#pragma once

#include "gui/deploy/deploystate.h"

#include <QTimer>
#include <QWizardPage>

#include <atomic>
#include <memory>

namespace Ui {
class DeploySourcePage;
}

namespace fstudio::gui {

// Page 1 (ui/deploy/deploysourcepage.ui): the folder, zip or file to deploy, and the package plan from
// core: every file that will be zipped with its size, what is left out and why, and files that
// look like credentials. Zips are unpacked and folders scanned on a worker thread.
class DeploySourcePage : public QWizardPage
{
    Q_OBJECT

public:
    DeploySourcePage(DeployState *state, QWidget *parent = nullptr);
    ~DeploySourcePage() override;

    void setSourcePath(const QString &path);
    bool isComplete() const override;
    bool isPreparing() const { return m_preparing; }
    QString problem() const;

Q_SIGNALS:
    void prepared(); // the plan for the current path is in (or its problem)

private:
    void prepare();
    void showPlan();
    std::unique_ptr<Ui::DeploySourcePage> m_ui;
    DeployState *m_state;
    QString m_problem;
    QString m_preparedPath;
    int m_generation = 0;
    bool m_preparing = false;
    QTimer m_retype;
    std::shared_ptr<std::atomic_bool> m_cancel; // of the scan in flight
};

} // namespace fstudio::gui
