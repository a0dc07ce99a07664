#pragma once

#include "core/rules/finding.h"
#include "core/toolkit/toolkitproject.h"
#include "core/wire/functionwrite.h"
#include "core/wire/schedulewrite.h"

#include <optional>

namespace fstudio {

// A schedule of a Toolkit `*.Schedule.yaml` for a function (matched by functionExternalId).
struct ToolkitSchedule
{
    QString file;
    int line = 0;
    ScheduleWrite schedule; // name, cron, description, data (dataText keeps the file's key order)
    std::optional<QString> clientId; // authentication.clientId
    QString clientSecretReference; // authentication.clientSecret as written ("${SECRET}"); never a value
};

// A function of a Toolkit `*.Function.yaml` with the module's variables filled in, as `cdf build`
// reads it (docs/cdf-api-notes.md §12), and what the reading found.
struct ToolkitDefinition
{
    QString path; // the YAML file
    int line = 0; // where the function's entry starts
    FunctionWrite function; // fileId is a placeholder: the deploy makes the file
    std::optional<QString> dataSetExternalId; // the code file's data set
    std::optional<QString> space; // the code file as a CogniteFile in this space (not supported here)
    StringMap secretReferences; // secret key -> the file's text ("${MY_SECRET}"); never used as a value
    QList<ToolkitSchedule> schedules;
    QString moduleDir;
    std::optional<ToolkitProject> project;
    QString environment; // the config.<env>.yaml read ("" without a project)
    QString cdfProject; // that config's environment.project
    Findings findings;
    bool hasErrors() const;
};

// Reads Cognite Toolkit function and schedule files with a real YAML reader (core/yaml) after
// filling the module's variables. The Toolkit keeps a function's code in `<yaml dir>/<externalId>/`,
// which is how a folder finds its definition. Secret values are never taken (Toolkit files hold
// ${VARIABLES} there): only their keys, and the references for the export and the check.
class ToolkitFunction
{
public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxFilesLookedAt = 50;
    static constexpr int MaxDefinitions = 1000; // entries of one file

    // The definition of a function folder: <parent>/<folder name>.Function.yaml (or .yml) with one
    // function or a list holding the folder's external id; else another *.Function.yaml in the
    // parent whose list has an entry with the folder's name as external id. environment: which
    // config.<env>.yaml fills the variables (empty: "dev", else the first).
    static std::optional<ToolkitDefinition> find(const QString &folder, const QString &environment = {});
    // Every function of a YAML text (one mapping, or a list of them) whose variables are filled.
    static QList<ToolkitDefinition> parseAll(const QByteArray &yaml, const QString &file = {}, Findings *findings = nullptr);
    // One function (a mapping of settings); nullopt for anything else.
    static std::optional<FunctionWrite> parse(const QByteArray &yaml);
    // Every schedule of a *.Schedule.yaml text.
    static QList<ToolkitSchedule> parseSchedules(const QByteArray &yaml, const QString &file = {}, Findings *findings = nullptr);
};

} // namespace fstudio
