#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QStringList>

#include <optional>

namespace fstudio {

using StringMap = QMap<QString, QString>;
QJsonObject stringMapToJson(const StringMap &map);

// Reads fields of one JSON object with exact type checks. The first problem is kept
// (with the field's full path) and later reads return defaults, so a decoder can read
// every field and check ok() once at the end.
class JsonReader
{
public:
    JsonReader(const QJsonObject &object, QString path = {});

    // Largest id the CDF API hands out (2^53 - 1).
    static constexpr qint64 MaxId = 9007199254740991LL;

    qint64 id(QLatin1StringView key);
    std::optional<qint64> optionalId(QLatin1StringView key);
    qint64 timestamp(QLatin1StringView key);
    std::optional<qint64> optionalTimestamp(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    qint64 integer(QLatin1StringView key);
    double number(QLatin1StringView key);
    std::optional<double> optionalNumber(QLatin1StringView key);
    QString string(QLatin1StringView key);
    std::optional<QString> optionalString(QLatin1StringView key);
    std::optional<bool> optionalBool(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    std::optional<QJsonObject> optionalObject(QLatin1StringView key);
    std::optional<QJsonArray> optionalArray(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);
    std::optional<QStringList> optionalStringList(QLatin1StringView key);
    std::optional<QMap<QString, QString>> optionalStringMap(QLatin1StringView key);

    bool has(QLatin1StringView key) const;
    QJsonValue raw(QLatin1StringView key) const { return m_object.value(key); }
    QString pathOf(QLatin1StringView key) const;

    // Records a problem found by the caller (e.g. a value outside its allowed set).
    void fail(QLatin1StringView key, const QString &message);
    void failPath(const QString &fullPath, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    DecodeError error() const { return m_error.value_or(DecodeError{}); }

    // Id-like helpers usable outside a reader.
    static bool isValidId(const QJsonValue &v, qint64 *out);
    static QString typeName(const QJsonValue &v);

private:
    bool missing(QLatin1StringView key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::optional<DecodeError> m_error;
};

// The parts every list request body shares: "limit" (1..maxLimit; untouched when absent),
// "filter" and, for cursor-paged lists, "cursor". Returns the first problem, if any.
std::optional<DecodeError> readListBody(const QJsonObject &body, int maxLimit, int *limit, std::optional<QJsonObject> *filter,
                                        std::optional<QString> *cursor = nullptr);

// Parses a whole document that must be a JSON object.
Decoded<QJsonObject> parseJsonObject(const QByteArray &bytes);
// One JSON value as Python's json writes it (NaN, Infinity and -Infinity read as null); nullopt
// when the text is not exactly one value.
std::optional<QJsonValue> parsePythonJsonValue(const QByteArray &text);

} // namespace fstudio
