#pragma once

#include "api/auth/noncesource.h"
#include "api/auth/secretstore.h"
#include "api/workflows/redeployworkflow.h"
#include "gui/project/projectcontext.h"

#include "core/packaging/deploysource.h"
#include "core/packaging/packageplan.h"
#include "core/toolkit/toolkitfunction.h"
#include "core/wire/function.h"
#include "core/wire/functionslimits.h"
#include "core/wire/functionwrite.h"

#include <QPointer>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace fstudio::api {
class CdfClient;
}

namespace fstudio::gui {

// What the deploy wizard's pages share: the source the user chose, the folder that is packaged
// (a zip or a single file is turned into one first), its package plan, the function's settings,
// and the connection to deploy with. Owned by DeployWizard; pages hold a pointer.
struct DeployState
{
    // Where it deploys to: client, project name, limits, the keychain for remembered secret values
    // (none: nothing remembered), and the profile's own credentials for schedules (token exchange
    // when it has none).
    ProjectContext project;
    std::optional<api::NonceSource> scheduleSignIn; // what the user chose for the schedules (Settings page)
    std::optional<Function> redeployOf; // "Deploy new version…": the function it replaces
    QList<Function> knownFunctions; // the project's functions as last listed: a taken external id is named as it is typed

    QString sourcePath;
    DeploySource::Kind kind = DeploySource::Kind::Invalid;
    QString folder; // what is packaged
    std::shared_ptr<QTemporaryDir> prepared; // holds folder for a zip or a single file
    PackagePlan plan;
    std::optional<ToolkitDefinition> toolkitDefinition; // a Toolkit <name>.Function.yaml for the folder

    // Promoting a function from another project: where it comes from, and the schedules to make
    // again with it (not when the target already has the function: redeployOf, which keeps its own).
    struct Promotion
    {
        QString fromProject;
        Function source;
        QList<api::RedeployWorkflow::ScheduleSnapshot> schedules;
        std::shared_ptr<QTemporaryDir> download; // holds the downloaded code zip
        QPointer<QObject> targetConnection; // the wizard takes it over and closes it when it closes
        std::optional<Function> sameNameInTarget; // no external id to match by, but this has the name
    };
    std::optional<Promotion> promotion;
    // Whose settings fill the Settings page: the promoted function, else the one being replaced.
    const Function *settingsSource() const { return promotion ? &promotion->source : redeployOf ? &*redeployOf : nullptr; }

    FunctionWrite function; // name, external id, settings, secrets
    std::optional<qint64> codeDataSetId; // the data set the code file goes into

    api::NonceSource schedulesSignIn() const { return scheduleSignIn.value_or(project.credentials); }
};

} // namespace fstudio::gui
