#pragma once

#include <QString>

namespace fstudio::gui {

// How the tables and panels show times and durations.
QString formatTimestamp(qint64 ms); // local time, "2026-11-28 22:30:05"
QString formatDuration(qint64 ms); // "1.2 s", "3 min 4 s"
QString formatBytes(qint64 bytes);
// How long ago, coarsely: "just now", "5 min ago", "3 h ago", "2 d ago".
QString formatAge(qint64 msAgo);
// A share as a percentage in the user's locale: "0 %", "0.4 %", "12 %".
QString formatPercent(double share); // "512 B", "3.4 kB", "12.0 MB" (the user's locale)
// A function's or call's status as shown: CDF's own word ("Ready", "Failed") in every language, as
// the API, the web UI and the docs write it; a state this version does not know, as the server wrote it.
QString statusLabel(const QString &wireStatus);

} // namespace fstudio::gui
