#pragma once

#include "core/wire/functionwrite.h"

#include <optional>

namespace fstudio {

// A Cognite Toolkit function definition, `<name>.Function.yaml` next to the function's folder,
// read for the settings it gives (name, externalId, description, owner, functionPath, runtime,
// cpu, memory, envVars, metadata, secrets' keys, indexUrl, extraIndexUrls). Only the plain YAML
// the Toolkit writes is understood: scalars, one level of mappings, and lists of scalars.
// Secret values are never taken (in Toolkit files they are ${VARIABLES}): only their keys.
// A file may also hold a list of functions (`- name: …` entries); the Toolkit names each
// function's folder after its external id, which is how an entry is matched to a folder.
class ToolkitFunction
{
public:
    struct Found
    {
        QString path; // the YAML file
        FunctionWrite function;
    };
    // The definition of a function folder: <parent>/<folder name>.Function.yaml (or .yml) with one
    // function or a list holding the folder's external id; else another *.Function.yaml in the
    // parent whose list has an entry with the folder's name as external id.
    static std::optional<Found> find(const QString &folder);
    // One function (a mapping of settings); nullopt for anything else.
    static std::optional<FunctionWrite> parse(const QByteArray &yaml);
    // Every function of a file: one mapping, or a list of them.
    static QList<FunctionWrite> parseAll(const QByteArray &yaml);
    static QList<FunctionWrite> read(const QString &path);
    static constexpr qint64 MaxFileBytes = 256 * 1024;
    static constexpr int MaxFilesLookedAt = 50;
};

} // namespace fstudio
