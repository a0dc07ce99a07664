#pragma once

#include "core/wire/functionwrite.h"

#include <optional>

namespace fstudio::gui {

// The settings last used to deploy from a folder (or zip or file), so the next deploy from it
// starts where the user left off. Kept in QSettings under one key per source; secret values are
// never kept (CDF never returns them either: they are typed again).
class DeployMemory
{
public:
    static void remember(const QString &sourcePath, const FunctionWrite &settings);
    static std::optional<FunctionWrite> recall(const QString &sourcePath);
    static constexpr int MaxSources = 50; // the oldest is forgotten first
};

} // namespace fstudio::gui
