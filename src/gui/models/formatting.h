#pragma once

#include <QString>

namespace fstudio::gui {

// How the tables and panels show times and durations.
QString formatTimestamp(qint64 ms); // local time, "2026-11-28 22:30:05"
QString formatDuration(qint64 ms); // "1.2 s", "3 min 4 s"

} // namespace fstudio::gui
