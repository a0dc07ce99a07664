#pragma once

#include "gui/deploy/codechanges.h"
#include "gui/deploy/deploystate.h"

#include <QWizardPage>

#include <memory>

class QJsonValue;
class QProcess;
class QTreeWidgetItem;

namespace Ui {
class DeployPreflightPage;
}

namespace fstudio::gui {

// Page 3 (ui/deploy/deploypreflightpage.ui): a checklist, each item passing, a warning or an error with
// an explanation and a fix: the package (the folder read again at every run, so "Check again" sees
// what changed), the handler and its parameters (with line numbers), every .py file parsed by a
// local Python (nothing runs), requirements.txt read as pip reads it and resolved with pip's dry
// run, the settings against the project's limits, credential-looking files, the external id being
// free, the capabilities a deploy needs, and importing the handler with a local Python (as the SDK
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
    // A new version: what it changes against the deployed code (once compared).
    std::optional<CodeChanges> changes() const { return m_changes; }
    void showChanges(); // the dialog: the files, and a line diff of the one chosen
    // Where a local Python is looked for ("python3"); tests may point it elsewhere.
    void setPython(const QString &python) { m_python = python; }

Q_SIGNALS:
    void finishedChecking();

private:
    void run(); // reads the folder again, then checks
    void runChecks(int generation);
    int add(const QString &id, Result result, const QString &title, const QString &detail);
    void set(int index, Result result, const QString &detail);
    void showChecks();
    void checkExternalId(int generation);
    void checkCapabilities(int generation);
    void showImports(int row, const QJsonValue &imports);
    void checkImport(int generation);
    void checkCode(int generation, bool handlerProblem);
    QString pythonFound() const;
    void checkChanges(int generation);
    void checkSchedules(int generation);
    std::unique_ptr<Ui::DeployPreflightPage> m_ui;
    QString m_importDecidedFor; // the source the "import here" default was chosen for
    DeployState *m_state;
    QList<Check> m_checks;
    int m_generation = 0;
    QString m_python = QStringLiteral("python3");
    QProcess *m_import = nullptr;
    QProcess *m_codeCheck = nullptr;
    std::optional<CodeChanges> m_changes; // against the deployed version (a new version only)
    DeployedCode *m_deployedCode = nullptr; // downloaded once per wizard // parses the .py files and reads requirements.txt
                                            // (resources/deploy/codecheck.py)
    void endImport(QProcess *process);
};

} // namespace fstudio::gui
