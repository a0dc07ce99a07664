#include "core/wire/errordetail.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

QJsonObject ErrorDetail::toJson() const
{
    QJsonObject o{{"message"_L1, message}};
    if (!trace.isEmpty())
        o.insert("trace"_L1, trace);
    if (code)
        o.insert("code"_L1, *code);
    return o;
}

Decoded<ErrorDetail> ErrorDetail::fromJson(const QJsonValue &v, const QString &path, bool allowString)
{
    if (allowString && v.isString())
        return ErrorDetail{v.toString(), QString(), std::nullopt};
    if (!v.isObject())
        //: %1 is a JSON type, e.g. "a number".
        return DecodeError{path,
                           allowString ? JsonReaderText::tr("expected an error object or a string, got %1").arg(JsonReader::typeName(v))
                                       : JsonReaderText::tr("expected an error object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    ErrorDetail e;
    e.message = r.optionalString("message"_L1).value_or(QString());
    e.trace = r.optionalString("trace"_L1).value_or(QString());
    e.code = r.optionalInteger("code"_L1);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace fstudio
