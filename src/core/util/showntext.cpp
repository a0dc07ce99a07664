#include "core/util/showntext.h"

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e || c == 0x200f || c == 0x061c;
}
} // namespace

QString shownText(const QString &serverText)
{
    if (std::none_of(serverText.cbegin(), serverText.cend(), [](QChar c) { return isBidiControl(c.unicode()); }))
        return serverText;
    QString out;
    out.reserve(serverText.size() + 16);
    for (const QChar c : serverText) {
        if (isBidiControl(c.unicode()))
            out += u"[U+%1]"_s.arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0'));
        else
            out += c;
    }
    return out;
}

QString isolatedText(const QString &serverText)
{
    return QChar(0x2068) + shownText(serverText) + QChar(0x2069);
}

} // namespace fstudio
