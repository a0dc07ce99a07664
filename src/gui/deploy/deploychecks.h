#pragma once

#include "gui/deploy/codechanges.h"
#include "gui/deploy/deploystate.h"

#include <QObject>

#include <atomic>
#include <memory>

#include <optional>

class QJsonValue;
class QProcess;

namespace fstudio::gui {

// The deploy's checks, without a window: what the wizard's checks page (DeployPreflightPage)
// shows and `functions-studio check` prints. Each check passes, warns or fails with an
// explanation and a fix: the package (the folder read again at every run), what reading the
// Toolkit files found, the handler and its parameters (with line numbers), every .py file parsed
// by a local Python (nothing runs), requirements.txt read as pip reads it and resolved with pip's
// dry run, the settings against the project's limits, credential-looking files, the external id
// being free, the code file's data set, the capabilities a deploy needs, and importing the handler
// with a local Python (as the SDK does before it uploads). Errors block; warnings need accepting.
class DeployChecks : public QObject
{
    Q_OBJECT

public:
    enum class Result { Pending, Pass, Warning, Error };
    struct Check
    {
        QString id; // stable, for tests and scripts: "package", "handler", "settings", "external-id", "toolkit", …
        Result result = Result::Pending;
        QString title;
        QString detail;
        QString file = {}; // where, when the check found something in a file
        int line = 0;
        QString code = {}; // a finer code than id, when there is one ("unresolved-variable")
    };

    DeployChecks(DeployState *state, QObject *parent = nullptr);

    // What was chosen to deploy, made ready (the wizard's first page does this off the GUI thread):
    // a zip unpacked or a single file made a folder, the package planned, its Toolkit definition read.
    struct Prepared
    {
        QString error;
        QString folder;
        std::shared_ptr<QTemporaryDir> tmp;
        PackagePlan plan;
        std::optional<ToolkitDefinition> toolkit;
    };
    static Prepared prepareSource(const QString &path, const QString &environment, std::shared_ptr<std::atomic_bool> cancel);

    // The settings the wizard starts from for a new function: the folder's name, handler.py, the
    // project's default runtime, CPU and memory; a Toolkit definition's values over them.
    static FunctionWrite settingsFor(const DeployState &state);
    ~DeployChecks() override;

    void run(); // reads the folder again, then checks
    QList<Check> checks() const { return m_checks; }
    bool isRunning() const;
    // A new version: what it changes against the deployed code (once compared).
    std::optional<CodeChanges> changes() const { return m_changes; }
    // Where a local Python is looked for ("python3").
    void setPython(const QString &python) { m_python = python; }
    // Whether the handler is imported with a local Python (that runs its code).
    void setImportLocally(bool on) { m_importLocally = on; }
    // Without a project (the headless check without --profile): the checks that need one are
    // said to be left for the deploy, not failed.
    void setProjectChecks(bool on) { m_projectChecks = on; }
    // Without the wizard: a secret without a value is said to come from the environment variable
    // its Toolkit file names (as `cdf deploy` reads it), not to be typed on the Secrets tab.
    void setHeadless(bool on) { m_headless = on; }

Q_SIGNALS:
    void changed(); // a check was added or answered
    void finishedChecking(); // one of the checks that answer later did

private:
    void runChecks(int generation);
    int add(const QString &id, Result result, const QString &title, const QString &detail);
    void set(int index, Result result, const QString &detail);
    void checkToolkit();
    void checkDataSet(int generation);
    void checkExternalId(int generation);
    void checkCapabilities(int generation);
    void showImports(int row, const QJsonValue &imports);
    void checkImport(int generation);
    void checkCode(int generation, bool handlerProblem);
    QString pythonFound() const;
    void checkChanges(int generation);
    void checkSchedules(int generation);
    // Ends a check's child Python without waiting for it (it lives on, cut off, until it ends).
    void endImport(QProcess *process);

    DeployState *m_state;
    QList<Check> m_checks;
    int m_generation = 0;
    QString m_python = QStringLiteral("python3");
    bool m_importLocally = true;
    bool m_projectChecks = true;
    bool m_headless = false;
    QProcess *m_import = nullptr;
    QProcess *m_codeCheck = nullptr; // parses the .py files and reads requirements.txt (resources/deploy/codecheck.py)
    std::optional<CodeChanges> m_changes; // against the deployed version (a new version only)
    DeployedCode *m_deployedCode = nullptr; // downloaded once
};

} // namespace fstudio::gui
