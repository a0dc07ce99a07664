#pragma once

#include "api/auth/noncesource.h"
#include "api/auth/secretstore.h"
#include "api/workflows/deploypreflight.h"
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
    std::optional<ToolkitDefinition> toolkitDefinition; // a Toolkit *.Function.yaml for the folder, its variables filled
    QString toolkitEnvironment; // the config.<env>.yaml that fills them (empty: the project's default)

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
    std::optional<QString> codeDataSetExternalId; // given by external id: the checks page resolves it to codeDataSetId

    // The schedules made once a new function is Ready: a promotion's, else the Toolkit files'
    // (a new version keeps the function's own).
    QList<api::RedeployWorkflow::ScheduleSnapshot> newSchedules() const
    {
        if (promotion)
            return promotion->schedules;
        QList<api::RedeployWorkflow::ScheduleSnapshot> out;
        if (toolkitDefinition && !redeployOf)
            for (const ToolkitSchedule &t : toolkitDefinition->schedules) {
                FunctionSchedule s;
                s.name = t.schedule.name;
                s.cronExpression = t.schedule.cronExpression;
                s.description = t.schedule.description;
                out << api::RedeployWorkflow::ScheduleSnapshot{s, t.schedule.data, t.schedule.dataText};
            }
        return out;
    }
    bool schedulesFromToolkit() const { return !promotion && !redeployOf && toolkitDefinition && !toolkitDefinition->schedules.isEmpty(); }
    // The Toolkit's hashes in the metadata instead of the app's: a function from a Toolkit module,
    // or a new version of one the Toolkit deployed.
    bool toolkitHashes() const { return toolkitDefinition || (redeployOf && api::DeployPreflight::isToolkitManaged(redeployOf->metadata)); }

    api::NonceSource schedulesSignIn() const { return scheduleSignIn.value_or(project.credentials); }
};

} // namespace fstudio::gui
