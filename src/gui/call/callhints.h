#pragma once

#include "core/wire/functioncall.h"

#include <QStringList>

#include <optional>

namespace fstudio::gui {

// What the call view knows about the function, for the hints.
struct CallContext
{
    std::optional<double> memoryGb; // the function's memory setting
    int timeoutMinutes = 10; // the project's limit
};

// The advice users need when a call went wrong (or printed nothing): each a whole sentence.
// Timeout -> the limit and how long it ran; out of memory -> the memory setting; a read-only file
// system -> write to /tmp; a missing module -> requirements.txt; no log lines at all -> Python's
// logging writes nothing until it has a handler.
QStringList callHints(const FunctionCall &call, int logLines, const CallContext &context);

} // namespace fstudio::gui
