#include "core/json/jsontext.h"

namespace fstudio::JsonText {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// The end (one past the closing quote) of the string that starts at `i` (its opening quote).
qsizetype stringEnd(QByteArrayView s, qsizetype i)
{
    for (++i; i < s.size(); ++i) {
        if (s[i] == '\\')
            ++i;
        else if (s[i] == '"')
            return i + 1;
    }
    return s.size();
}

// One past the end of the value that starts at `i` (no leading whitespace).
qsizetype valueEnd(QByteArrayView s, qsizetype i)
{
    if (i >= s.size())
        return i;
    if (s[i] == '"')
        return stringEnd(s, i);
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                i = stringEnd(s, i) - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return i + 1;
            }
        }
        return s.size();
    }
    while (i < s.size() && !isSpace(s[i]) && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i; // a number, true, false, null
    return i;
}

qsizetype skipSpace(QByteArrayView s, qsizetype i)
{
    while (i < s.size() && isSpace(s[i]))
        ++i;
    return i;
}

} // namespace

QString compact(QByteArrayView json)
{
    QByteArray out;
    out.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            out.append(json.sliced(i, end - i));
            i = end - 1;
        } else if (!isSpace(c)) {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

QString indented(QByteArrayView json, int indent)
{
    QByteArray out;
    out.reserve(json.size() * 2);
    int depth = 0;
    // Indents stop growing past MaxIndentLevels, and a result past MaxIndentedBytes is given up
    // for the compact text: a hostile shape (deep, then wide) cannot blow a reply up a thousandfold.
    auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(qsizetype(std::clamp(depth, 0, MaxIndentLevels)) * indent, ' '));
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (isSpace(c))
            continue;
        if (c == '"') {
            const qsizetype end = stringEnd(json, i);
            out.append(json.sliced(i, end - i));
            i = end - 1;
        } else if (c == '{' || c == '[') {
            const qsizetype next = skipSpace(json, i + 1);
            if (next < json.size() && (json[next] == '}' || json[next] == ']')) { // {} and [] on one line
                out.append(c);
                out.append(json[next]);
                i = next;
                continue;
            }
            out.append(c);
            ++depth;
            newline();
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out.append(c);
        } else if (c == ',') {
            out.append(c);
            newline();
            if (out.size() > MaxIndentedBytes)
                return compact(json);
        } else if (c == ':') {
            out.append(": ");
        } else {
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

std::optional<QByteArray> member(QByteArrayView json, QByteArrayView key)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '{')
        return std::nullopt;
    ++i;
    while (true) {
        i = skipSpace(json, i);
        if (i >= json.size() || json[i] != '"')
            return std::nullopt;
        const qsizetype keyEnd = stringEnd(json, i);
        const QByteArrayView name = json.sliced(i + 1, std::max<qsizetype>(0, keyEnd - i - 2));
        i = skipSpace(json, keyEnd);
        if (i >= json.size() || json[i] != ':')
            return std::nullopt;
        i = skipSpace(json, i + 1);
        const qsizetype end = valueEnd(json, i);
        if (name == key) // keys with escapes are compared as written: the API's keys have none
            return json.sliced(i, end - i).toByteArray();
        i = skipSpace(json, end);
        if (i >= json.size() || json[i] != ',')
            return std::nullopt;
        ++i;
    }
}

std::optional<QByteArray> element(QByteArrayView json, int index)
{
    qsizetype i = skipSpace(json, 0);
    if (i >= json.size() || json[i] != '[' || index < 0)
        return std::nullopt;
    i = skipSpace(json, i + 1);
    for (int n = 0; i < json.size() && json[i] != ']'; ++n) {
        const qsizetype end = valueEnd(json, i);
        if (n == index)
            return json.sliced(i, end - i).toByteArray();
        i = skipSpace(json, end);
        if (i >= json.size() || json[i] != ',')
            return std::nullopt;
        i = skipSpace(json, i + 1);
    }
    return std::nullopt;
}

} // namespace fstudio::JsonText
