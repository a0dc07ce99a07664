#include "core/wire/timerange.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

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
