#pragma once

#include <Qt>

namespace fstudio::gui {

// Roles shared by the table models: DisplayRole is formatted text; these carry typed values.
enum ModelRole {
    RawRole = Qt::UserRole + 1, // typed value for sorting/filtering (qint64 ms, double, QString)
    IdRole, // the row's resource id (qint64)
    StatusRole, // status text ("Ready", "Failed", ...) for the badge delegate
    ExternalIdRole,
    FunctionIdRole, // the function a schedule or call belongs to (qint64)
    StatsRole, // a monitor row's CallStats (QVariant of fstudio::CallStats), for the activity sparkline
    VersionStartsRole, // when later versions of a function took over (QList<qint64> ms), marked on the sparkline
};

} // namespace fstudio::gui
