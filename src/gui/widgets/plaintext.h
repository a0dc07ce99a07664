#pragma once

#include <QString>

namespace fstudio::gui {

// A tool tip that shows `text` exactly as it is. Qt renders a tool tip as rich text when it merely
// looks like markup (Qt::mightBeRichText), so server text (function names, errors, traces, inputs)
// goes through here: escaped, wrapped in a paragraph that keeps line breaks, and capped so a
// megabyte trace cannot make a tool tip the size of the screen.
inline QString plainToolTip(const QString &text, qsizetype maxChars = 4000)
{
    if (text.isEmpty())
        return {};
    QString shown = text.size() > maxChars ? text.left(maxChars) + QChar(0x2026) : text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + shown.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace fstudio::gui
