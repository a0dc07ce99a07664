#include "api/workflows/deploypreflight.h"

#include "api/services/functionsservice.h"

#include "core/rules/validator.h"
#include "core/toolkit/toolkithash.h"

namespace fstudio::api {

Pending<QList<Function>> DeployPreflight::holderOf(CdfClient *client, const QString &externalId)
{
    return FunctionsService(client).byIds({Identifier::byExternalId(externalId)}, true);
}

bool DeployPreflight::hasRoomForCodeHash(const FunctionWrite &function)
{
    const StringMap metadata = function.metadata.value_or(StringMap());
    return metadata.size() < Validator::MaxMetadataPairs || metadata.contains(QLatin1StringView(CodeHashKey));
}

bool DeployPreflight::stampCodeHash(FunctionWrite &function, const QString &hash)
{
    if (hash.isEmpty() || !hasRoomForCodeHash(function))
        return false;
    StringMap metadata = function.metadata.value_or(StringMap());
    metadata.insert(QLatin1StringView(CodeHashKey), hash);
    function.metadata = metadata;
    return true;
}

} // namespace fstudio::api

namespace fstudio::api {

bool DeployPreflight::hasRoomForToolkitHashes(const FunctionWrite &function)
{
    StringMap metadata = function.metadata.value_or(StringMap());
    for (const char *key : {CodeHashKey, ToolkitHash::CodeKey, ToolkitHash::SecretKey})
        metadata.remove(QLatin1StringView(key));
    const int needed = 1 + (function.secrets.value_or(StringMap()).isEmpty() ? 0 : 1);
    return metadata.size() + needed <= Validator::MaxMetadataPairs;
}

bool DeployPreflight::stampToolkitHashes(FunctionWrite &function, const QString &toolkitCodeHash)
{
    if (!hasRoomForToolkitHashes(function))
        return false;
    StringMap metadata = function.metadata.value_or(StringMap());
    metadata.remove(QLatin1StringView(CodeHashKey));
    if (!toolkitCodeHash.isEmpty())
        metadata.insert(QLatin1StringView(ToolkitHash::CodeKey), toolkitCodeHash);
    const StringMap secrets = function.secrets.value_or(StringMap());
    if (secrets.isEmpty())
        metadata.remove(QLatin1StringView(ToolkitHash::SecretKey));
    else
        metadata.insert(QLatin1StringView(ToolkitHash::SecretKey), ToolkitHash::secretHash(secrets));
    function.metadata = metadata;
    return true;
}

bool DeployPreflight::isToolkitManaged(const std::optional<StringMap> &metadata)
{
    return metadata && metadata->contains(QLatin1StringView(ToolkitHash::CodeKey));
}

} // namespace fstudio::api
