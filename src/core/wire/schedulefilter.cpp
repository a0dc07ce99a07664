#include "core/wire/schedulefilter.h"

#include "core/wire/jsonreader.h"
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject ScheduleFilter::toRequestBody() const
{
    QJsonObject f;
    if (name)
        f.insert("name"_L1, *name);
    if (functionId)
        f.insert("functionId"_L1, *functionId);
    if (functionExternalId)
        f.insert("functionExternalId"_L1, *functionExternalId);
    if (!createdTime.isEmpty())
        f.insert("createdTime"_L1, createdTime.toJson());
    if (cronExpression)
        f.insert("cronExpression"_L1, *cronExpression);
    return QJsonObject{{"filter"_L1, f}, {"limit"_L1, limit}};
}

Decoded<ScheduleFilter> ScheduleFilter::fromRequestBody(const QJsonObject &body)
{
    ScheduleFilter out;
    std::optional<QJsonObject> filter;
    if (auto e = readListBody(body, MaxLimit, &out.limit, &filter))
        return *e;
    if (!filter)
        return out;
    JsonReader r(*filter, u"filter"_s);
    out.name = r.optionalString("name"_L1);
    out.functionId = r.optionalId("functionId"_L1);
    out.functionExternalId = r.optionalString("functionExternalId"_L1);
    out.cronExpression = r.optionalString("cronExpression"_L1);
    if (!r.ok())
        return r.error();
    if (out.functionId && out.functionExternalId)
        return DecodeError{u"filter.functionId"_s, u"give either functionId or functionExternalId, not both"_s};
    if (r.has("createdTime"_L1)) {
        auto t = TimeRange::fromJson(r.raw("createdTime"_L1), u"filter.createdTime"_s);
        if (!t)
            return t.error();
        out.createdTime = *t;
    }
    return out;
}

bool ScheduleFilter::matches(const FunctionSchedule &s, std::optional<qint64> functionOfExternalId) const
{
    if (name && s.name != *name)
        return false;
    if (functionId && s.functionId != functionId)
        return false;
    if (functionExternalId && (!functionOfExternalId || s.functionId != functionOfExternalId))
        return false;
    if (!createdTime.contains(s.createdTime))
        return false;
    if (cronExpression && s.cronExpression != *cronExpression)
        return false;
    return true;
}

} // namespace fstudio
