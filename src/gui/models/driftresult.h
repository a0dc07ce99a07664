#pragma once

#include <QString>

namespace fstudio::gui {

// Whether the folder a function was deployed from still holds the code that runs in CDF: what
// CodeDrift (gui/project/codedrift.h) finds for one function, and what the functions table shows.
enum class DriftState {
    Unknown, // no folder recorded for this function (deployed elsewhere, or from a zip or a file)
    Same, // the folder holds the deployed code
    Changed, // the folder changed since the deploy
    NoHash, // the function has no fs-code-hash in its metadata (not deployed by this app)
    FolderGone, // the recorded folder is no longer there
    Unreadable, // the folder could not be read
};

struct DriftResult
{
    DriftState state = DriftState::Unknown;
    QString folder;
    QString detail; // why, for Unreadable
};

// The table's short text ("Changed in my-folder").
QString driftText(const DriftResult &r);

} // namespace fstudio::gui
