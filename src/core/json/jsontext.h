#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

namespace fstudio {

// JSON as text, keys in the order they were written. QJsonObject sorts its keys, so a value that
// went through it comes back alphabetical; users read their input, schedule data and responses in
// their own order. These work on text that QJsonDocument already accepted (they do not validate):
// whitespace outside strings is dropped or laid out, nothing else changes (not even a number's
// spelling). Nesting deeper than MaxIndentLevels is indented no further, and a laid-out text
// larger than MaxIndentedBytes is given as the compact one.
namespace JsonText {

constexpr int MaxIndentLevels = 32;
constexpr qsizetype MaxIndentedBytes = 32 * 1024 * 1024;

// Without whitespace between tokens: {"b":1,"a":[1,2]}.
QString compact(QByteArrayView json);
// One member or element per line, indented by `indent` spaces; {} and [] stay on one line.
QString indented(QByteArrayView json, int indent = 4);
// The text of the value of the top-level object's member `key` (the first one with that key), as
// written; nullopt when json is not an object or has no such member.
std::optional<QByteArray> member(QByteArrayView json, QByteArrayView key);
// The text of element `index` of a top-level array, as written; nullopt when there is none.
std::optional<QByteArray> element(QByteArrayView json, int index);

} // namespace JsonText

} // namespace fstudio
