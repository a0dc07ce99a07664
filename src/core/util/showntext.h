#pragma once

#include <QString>

namespace fstudio {

// Text from a server (a function's name, a schedule's description, an error) as the app shows
// it: a bidirectional control character (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C)
// becomes a visible mark such as "[U+202E]", so a name ending in U+202E followed by "gnp.exe"
// cannot display as "…exe.png". Everything else is left as it is.
QString shownText(const QString &serverText);

// The same, wrapped in a first-strong isolate (U+2068 … U+2069) for use inside a sentence: a
// right-to-left name does not reorder the words around it.
QString isolatedText(const QString &serverText);

} // namespace fstudio
