#pragma once

#include "core/wire/functionwrite.h"

#include <optional>

namespace fstudio {

// A Cognite Toolkit function definition, `<name>.Function.yaml` next to the function's folder,
// read for the settings it gives (name, externalId, description, owner, functionPath, runtime,
// cpu, memory, envVars, metadata, secrets' keys, indexUrl, extraIndexUrls). Only the plain YAML
// the Toolkit writes is understood: scalars, one level of mappings, and lists of scalars.
// Secret values are never taken (in Toolkit files they are ${VARIABLES}): only their keys.
class ToolkitFunction
{
public:
    // The file for a function folder: <parent>/<folder name>.Function.yaml (or .yml), if it exists.
    static QString fileFor(const QString &folder);
    static std::optional<FunctionWrite> parse(const QByteArray &yaml);
    static std::optional<FunctionWrite> read(const QString &path);
};

} // namespace fstudio
