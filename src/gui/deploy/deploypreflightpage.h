#pragma once

#include "gui/deploy/deploystate.h"

#include <QWizardPage>

#include <memory>

class QProcess;
class QTreeWidgetItem;

namespace Ui {
class DeployPreflightPage;
}

namespace fstudio::gui {

// Page 3 (ui/deploy/deploypreflightpage.ui): a checklist, each item passing, a warning or an error with
// an explanation and a fix: the package, the handler and its parameters (with line numbers), the
// settings against the project's limits, credential-looking files, the external id being free,
// the capabilities a deploy needs, and importing the handler with a local Python (as the SDK
// does before it uploads). Errors block; warnings need one click to accept.
class DeployPreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Result { Pending, Pass, Warning, Error };
    struct Check
    {
        QString id; // stable, for tests: "package", "handler", "settings", "external-id", "capabilities", "import", ...
        Result result = Result::Pending;
        QString title;
        QString detail;
    };

    DeployPreflightPage(DeployState *state, QWidget *parent = nullptr);
    ~DeployPreflightPage() override;

    void initializePage() override;
    bool isComplete() const override;
    QList<Check> checks() const { return m_checks; }
    bool isRunning() const;
    // Where a local Python is looked for ("python3"); tests may point it elsewhere.
    void setPython(const QString &python) { m_python = python; }

Q_SIGNALS:
    void finishedChecking();

private:
    void run();
    int add(const QString &id, Result result, const QString &title, const QString &detail);
    void set(int index, Result result, const QString &detail);
    void showChecks();
    void checkExternalId(int generation);
    void checkCapabilities(int generation);
    void checkImport(int generation);
    void checkChanges(int generation);
    void checkSchedules(int generation);
    std::unique_ptr<Ui::DeployPreflightPage> m_ui;
    QString m_importDecidedFor; // the source the "import here" default was chosen for
    DeployState *m_state;
    QList<Check> m_checks;
    int m_generation = 0;
    QString m_python = QStringLiteral("python3");
    QProcess *m_import = nullptr;
    void endImport(QProcess *process);
};

} // namespace fstudio::gui
