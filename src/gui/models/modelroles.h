#pragma once

#include <Qt>

namespace fstudio::gui {

// Roles shared by the table models: DisplayRole is formatted text; these carry typed values.
enum ModelRole {
    RawRole = Qt::UserRole + 1, // typed value for sorting/filtering (qint64 ms, double, QString)
    IdRole,                     // the row's resource id (qint64)
    StatusRole,                 // status text ("Ready", "Failed", ...) for the badge delegate
    ExternalIdRole,
};

QString formatTimestamp(qint64 ms);   // local time, "2026-11-28 22:30:05"
QString formatDuration(qint64 ms);    // "1.2 s", "3 min 4 s"

} // namespace fstudio::gui
