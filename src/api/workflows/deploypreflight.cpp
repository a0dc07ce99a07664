#include "api/workflows/deploypreflight.h"

#include "api/services/functionsservice.h"

#include "core/rules/validator.h"

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
