#include "core/wire/errordetail.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

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
        return DecodeError{path, u"expected an error object%1, got %2"_s.arg(allowString ? u" or a string"_s : QString(), JsonReader::typeName(v))};
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
