#include "core/wire/schedulewrite.h"

#include "core/wire/jsonreader.h"
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject ScheduleWrite::toJson() const
{
    QJsonObject o{{"name"_L1, name}, {"cronExpression"_L1, cronExpression}};
    if (functionId)
        o.insert("functionId"_L1, *functionId);
    if (functionExternalId)
        o.insert("functionExternalId"_L1, *functionExternalId);
    if (description)
        o.insert("description"_L1, *description);
    if (data)
        o.insert("data"_L1, *data);
    if (nonce)
        o.insert("nonce"_L1, *nonce);
    return o;
}

QJsonObject ScheduleWrite::toRequestBody() const
{
    return QJsonObject{{"items"_L1, QJsonArray{toJson()}}};
}

Decoded<ScheduleWrite> ScheduleWrite::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, u"expected a schedule object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    ScheduleWrite s;
    s.name = r.string("name"_L1);
    s.cronExpression = r.string("cronExpression"_L1);
    s.functionId = r.optionalId("functionId"_L1);
    s.functionExternalId = r.optionalString("functionExternalId"_L1);
    s.description = r.optionalString("description"_L1);
    s.data = r.optionalObject("data"_L1);
    s.nonce = r.optionalString("nonce"_L1);
    if (!r.ok())
        return r.error();
    if (s.functionId && s.functionExternalId)
        return DecodeError{path.isEmpty() ? u"functionId"_s : path + u".functionId"_s, u"give either functionId or functionExternalId, not both"_s};
    return s;
}

} // namespace fstudio
