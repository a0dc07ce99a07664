#include "core/wire/jsonreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace fstudio {

namespace {
// JsonReaderText::tr(): why an answer could not be decoded, under the context "JsonReader" (the
// decoders in core/wire share it).
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

constexpr qint64 MaxSafeInteger = 9007199254740991LL;

bool toExactInteger(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble())
        return false;
    // Qt 6 keeps integers that fit in 64 bits exactly; doubles must be whole numbers.
    const QVariant var = v.toVariant();
    if (var.typeId() == QMetaType::LongLong || var.typeId() == QMetaType::Int) {
        *out = var.toLongLong();
        return true;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > double(MaxSafeInteger))
        return false;
    *out = static_cast<qint64>(d);
    return true;
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{
}

QString JsonReader::typeName(const QJsonValue &v)
{
    switch (v.type()) {
    //: The JSON value null, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Null: return JsonReaderText::tr("null");
    //: A JSON type, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Bool: return JsonReaderText::tr("a boolean");
    //: A JSON type, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Double: return JsonReaderText::tr("a number");
    //: A JSON type, inserted as %1 into "expected a number, got %1".
    case QJsonValue::String: return JsonReaderText::tr("a string");
    //: A JSON type, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Array: return JsonReaderText::tr("an array");
    //: A JSON type, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Object: return JsonReaderText::tr("an object");
    //: An absent JSON value, inserted as %1 into "expected a string, got %1".
    case QJsonValue::Undefined: return JsonReaderText::tr("missing");
    }
    //: An unknown JSON type, inserted as %1 into "expected a string, got %1".
    return JsonReaderText::tr("unknown");
}

bool JsonReader::isValidId(const QJsonValue &v, qint64 *out)
{
    qint64 n = 0;
    if (!toExactInteger(v, &n) || n < 1 || n > MaxId)
        return false;
    *out = n;
    return true;
}

QString JsonReader::pathOf(QLatin1StringView key) const
{
    return m_path.isEmpty() ? QString(key) : m_path + QLatin1Char('.') + key;
}

void JsonReader::fail(QLatin1StringView key, const QString &message)
{
    failPath(pathOf(key), message);
}

void JsonReader::failPath(const QString &fullPath, const QString &message)
{
    if (!m_error)
        m_error = DecodeError{fullPath, message};
}

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

// True when the key is absent (or null); records an error when it was required.
bool JsonReader::missing(QLatin1StringView key, bool required)
{
    if (has(key))
        return false;
    if (required)
        fail(key, JsonReaderText::tr("required field is missing"));
    return true;
}

qint64 JsonReader::id(QLatin1StringView key)
{
    return optionalId(key).value_or((missing(key, true), 0));
}

std::optional<qint64> JsonReader::optionalId(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    qint64 n = 0;
    const QJsonValue v = m_object.value(key);
    if (!isValidId(v, &n)) {
        fail(key,
             //: %1 is the number given, or a JSON type such as "a string".
             JsonReaderText::tr("expected an id (an integer from 1 to 9007199254740991), got %1")
                 .arg(v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : typeName(v)));
        return std::nullopt;
    }
    return n;
}

qint64 JsonReader::timestamp(QLatin1StringView key)
{
    return optionalTimestamp(key).value_or((missing(key, true), 0));
}

std::optional<qint64> JsonReader::optionalTimestamp(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    qint64 n = 0;
    const QJsonValue v = m_object.value(key);
    if (!toExactInteger(v, &n) || n < 0) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected a timestamp in milliseconds since 1970 (a non-negative integer), got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return n;
}

qint64 JsonReader::integer(QLatin1StringView key)
{
    return optionalInteger(key).value_or((missing(key, true), 0));
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    qint64 n = 0;
    const QJsonValue v = m_object.value(key);
    if (!toExactInteger(v, &n)) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected an integer, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return n;
}

double JsonReader::number(QLatin1StringView key)
{
    return optionalNumber(key).value_or((missing(key, true), 0.0));
}

std::optional<double> JsonReader::optionalNumber(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isDouble()) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected a number, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

QString JsonReader::string(QLatin1StringView key)
{
    return optionalString(key).value_or((missing(key, true), QString()));
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        //: %1 is a JSON type, e.g. "a number".
        fail(key, JsonReaderText::tr("expected a string, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toString();
}

bool JsonReader::boolean(QLatin1StringView key)
{
    return optionalBool(key).value_or((missing(key, true), false));
}

std::optional<bool> JsonReader::optionalBool(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isBool()) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected true or false, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toBool();
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    return optionalObject(key).value_or((missing(key, true), QJsonObject()));
}

std::optional<QJsonObject> JsonReader::optionalObject(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isObject()) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected an object, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    return optionalArray(key).value_or((missing(key, true), QJsonArray()));
}

std::optional<QJsonArray> JsonReader::optionalArray(QLatin1StringView key)
{
    if (!ok() || missing(key, false))
        return std::nullopt;
    const QJsonValue v = m_object.value(key);
    if (!v.isArray()) {
        //: %1 is a JSON type, e.g. "a string".
        fail(key, JsonReaderText::tr("expected an array, got %1").arg(typeName(v)));
        return std::nullopt;
    }
    return v.toArray();
}

std::optional<QStringList> JsonReader::optionalStringList(QLatin1StringView key)
{
    const auto arr = optionalArray(key);
    if (!arr)
        return std::nullopt;
    QStringList out;
    out.reserve(arr->size());
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QJsonValue v = arr->at(i);
        if (!v.isString()) {
            failPath(pathOf(key) + QStringLiteral("[%1]").arg(i), JsonReaderText::tr("expected a string, got %1").arg(typeName(v)));
            return std::nullopt;
        }
        out.append(v.toString());
    }
    return out;
}

std::optional<QMap<QString, QString>> JsonReader::optionalStringMap(QLatin1StringView key)
{
    const auto obj = optionalObject(key);
    if (!obj)
        return std::nullopt;
    QMap<QString, QString> out;
    for (auto it = obj->begin(); it != obj->end(); ++it) {
        if (!it.value().isString()) {
            //: %1 is a JSON type, e.g. "a number".
            failPath(pathOf(key) + QLatin1Char('.') + it.key(), JsonReaderText::tr("expected a string value, got %1").arg(typeName(it.value())));
            return std::nullopt;
        }
        out.insert(it.key(), it.value().toString());
    }
    return out;
}

QJsonObject stringMapToJson(const StringMap &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

std::optional<DecodeError> readListBody(const QJsonObject &body, int maxLimit, int *limit, std::optional<QJsonObject> *filter,
                                        std::optional<QString> *cursor)
{
    JsonReader top(body);
    const auto l = top.optionalInteger(QLatin1StringView("limit"));
    if (cursor)
        *cursor = top.optionalString(QLatin1StringView("cursor"));
    *filter = top.optionalObject(QLatin1StringView("filter"));
    if (!top.ok())
        return top.error();
    if (l) {
        if (*l < 1 || *l > maxLimit)
            return DecodeError{QStringLiteral("limit"), QStringLiteral("must be between 1 and %1, got %2").arg(maxLimit).arg(*l)};
        *limit = int(*l);
    }
    return std::nullopt;
}

namespace {
// Python's json writes NaN, Infinity and -Infinity for such floats, and CDF's service is Python: a
// call's response may hold them. JSON has no such values; they become null. Returns empty when
// the text has none of them outside strings.
QByteArray withoutPythonNonFinite(const QByteArray &bytes)
{
    QByteArray out;
    bool inString = false, changed = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes.at(i);
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < bytes.size())
                out += bytes.at(++i);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        const QByteArrayView rest = QByteArrayView(bytes).sliced(i);
        qsizetype matched = 0;
        for (const QByteArrayView token : {QByteArrayView("-Infinity"), QByteArrayView("Infinity"), QByteArrayView("NaN")})
            if (!matched && rest.startsWith(token))
                matched = token.size();
        if (matched) {
            out += "null";
            i += matched - 1;
            changed = true;
        } else {
            out += c;
        }
    }
    return changed ? out : QByteArray();
}
} // namespace

Decoded<QJsonObject> parseJsonObject(const QByteArray &bytes)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        if (const QByteArray cleaned = withoutPythonNonFinite(bytes); !cleaned.isEmpty()) {
            QJsonParseError second{};
            const QJsonDocument again = QJsonDocument::fromJson(cleaned, &second);
            if (second.error == QJsonParseError::NoError) {
                doc = again;
                err = second;
            }
        }
    }
    if (err.error != QJsonParseError::NoError)
        //: %1 is Qt's description of the error, e.g. "unterminated string"; %2 a position.
        return DecodeError{QString(), JsonReaderText::tr("the body is not valid JSON (%1 at byte %2)").arg(err.errorString()).arg(err.offset)};
    if (!doc.isObject())
        return DecodeError{QString(), JsonReaderText::tr("expected a JSON object at the top level")};
    return doc.object();
}

std::optional<QJsonValue> parsePythonJsonValue(const QByteArray &text)
{
    const QByteArray wrapped = '[' + text + ']';
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(wrapped, &err);
    if (err.error != QJsonParseError::NoError) {
        const QByteArray cleaned = withoutPythonNonFinite(wrapped);
        if (cleaned.isEmpty())
            return std::nullopt;
        doc = QJsonDocument::fromJson(cleaned, &err);
        if (err.error != QJsonParseError::NoError)
            return std::nullopt;
    }
    if (!doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

} // namespace fstudio
