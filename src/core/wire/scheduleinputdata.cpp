#include "core/wire/scheduleinputdata.h"

#include "core/wire/jsonreader.h"
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject ScheduleInputData::toJson() const
{
    QJsonObject o{{"id"_L1, id}};
    if (data)
        o.insert("data"_L1, *data);
    return o;
}

Decoded<ScheduleInputData> ScheduleInputData::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), u"expected an input data object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    ScheduleInputData d;
    d.id = r.id("id"_L1);
    d.data = r.optionalObject("data"_L1);
    if (!r.ok())
        return r.error();
    return d;
}

} // namespace fstudio
