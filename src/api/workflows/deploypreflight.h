#pragma once

#include "api/services/service.h"

#include "core/wire/function.h"
#include "core/wire/functionwrite.h"

namespace fstudio::api {

class CdfClient;

// What a deploy checks against the project, shared by the deploy wizard's checks page
// (gui/deploy/deploypreflightpage.cpp) and DeployWorkflow, so that both ask the same endpoint the
// same way, and the code's hash is stamped in one place.
class DeployPreflight
{
public:
    // The function's metadata key for the hash of its code (PackageWriter::contentHash): a later
    // deploy, and CodeDrift in the app, tell by it whether the folder changed.
    static constexpr const char *CodeHashKey = "fs-code-hash";

    // The function that holds an external id, if any (POST /functions/byids, unknown ids ignored):
    // an empty list when the id is free.
    static Pending<QList<Function>> holderOf(CdfClient *client, const QString &externalId);

    // Puts the code's hash in the function's metadata, when there is room for one more pair (or it
    // has one already); false when there is not.
    static bool stampCodeHash(FunctionWrite &function, const QString &hash);
    // A function from a Cognite Toolkit module carries the Toolkit's keys instead
    // (core/toolkit/toolkithash.h): cognite-toolkit-hash with the folder's Toolkit hash, and
    // cdf-toolkit-secret-hash when it has secrets, and not the app's own key, so that the next
    // `cdf deploy` finds nothing changed.
    // Only when the metadata has room for them (hasRoomForToolkitHashes); false when it has not.
    static bool stampToolkitHashes(FunctionWrite &function, const QString &toolkitCodeHash);
    static bool hasRoomForToolkitHashes(const FunctionWrite &function);
    // Whether a function's settings came from the Toolkit (its metadata has the Toolkit's code hash).
    static bool isToolkitManaged(const std::optional<StringMap> &metadata);
    static bool hasRoomForCodeHash(const FunctionWrite &function);
};

} // namespace fstudio::api
