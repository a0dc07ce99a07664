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

QJsonObject TimeRange::toJson() const
{
    QJsonObject o;
    if (min)
        o.insert("min"_L1, *min);
    if (max)
        o.insert("max"_L1, *max);
    return o;
}

Decoded<TimeRange> TimeRange::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, u"expected an object with \"min\" and/or \"max\", got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    TimeRange t{r.optionalTimestamp("min"_L1), r.optionalTimestamp("max"_L1)};
    if (!r.ok())
        return r.error();
    if (t.min && t.max && *t.min > *t.max)
        return DecodeError{path, u"min (%1) is after max (%2)"_s.arg(*t.min).arg(*t.max)};
    return t;
}

} // namespace fstudio
