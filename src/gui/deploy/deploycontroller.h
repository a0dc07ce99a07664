#pragma once

#include "gui/deploy/deploystate.h"

#include "core/wire/function.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace fstudio::gui {

class DeployWizard;
class Notifier;
class ProfileStore;
class ProjectSession;

// Opens the deploy wizard on the session's project (one at a time; once the project is connected
// when it is not yet), for a new function, a new version, or a promotion from another profile's
// project. Closing the session's connection closes a wizard that deploys to it, unless a deploy is
// running (the window never closes under one: isDeploying()); a promotion's wizard has its own
// connection and stays.
class DeployController : public QObject
{
    Q_OBJECT

public:
    DeployController(ProjectSession *session, ProfileStore *profiles, Notifier *notifier, QWidget *window);

    // On path (a folder, zip or .py file; empty: the user picks), or for a new version of redeployOf.
    void open(const QString &path = {}, const std::optional<Function> &redeployOf = std::nullopt);
    // Project ▸ Promote…: asks for the target profile, then promote().
    void choosePromotionTarget(const Function &function);
    // Signs in to the target profile's project, reads what is needed (Promotion), opens the wizard there.
    void promote(const Function &function, const QString &targetProfileId);
    // Function ▸ Export as Toolkit Module…: asks for the module's functions/ folder (and whether to
    // replace an earlier export there), then writes the files (ToolkitExporter); says how it went.
    void exportToolkit(const Function &function);
    DeployWizard *wizard() const;
    // A deploy or a new version is being made: the connection must not close under it.
    bool isDeploying() const;
    // ... to the session's own project (a promotion deploys elsewhere).
    bool isDeployingHere() const;

Q_SIGNALS:
    void message(const QString &text, bool error);
    void deployed(const fstudio::Function &function); // Ready in the session's project
    void callRequested(const fstudio::Function &function); // the last page's next steps
    void scheduleRequested(const fstudio::Function &function);

private:
    void show(DeployState state);
    ProjectSession *m_session;
    ProfileStore *m_profiles;
    Notifier *m_notifier;
    QPointer<QWidget> m_window;
    QPointer<DeployWizard> m_wizard;
    std::optional<QString> m_pending; // --deploy PATH, until the project is connected
};

} // namespace fstudio::gui
