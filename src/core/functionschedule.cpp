#include "functionschedule.h"

#include "jsonreader.h"

#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject FunctionSchedule::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"name"_L1, name},
                  {"createdTime"_L1, createdTime},
                  {"cronExpression"_L1, cronExpression},
                  {"when"_L1, when}};
    if (sessionId) o.insert("sessionId"_L1, *sessionId);
    if (functionId) o.insert("functionId"_L1, *functionId);
    if (functionExternalId) o.insert("functionExternalId"_L1, *functionExternalId);
    if (description) o.insert("description"_L1, *description);
    return o;
}

Decoded<FunctionSchedule> FunctionSchedule::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, u"expected a schedule object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    FunctionSchedule s;
    s.id = r.id("id"_L1);
    s.name = r.string("name"_L1);
    s.createdTime = r.timestamp("createdTime"_L1);
    s.cronExpression = r.string("cronExpression"_L1);
    s.when = r.optionalString("when"_L1).value_or(QString());
    s.functionId = r.optionalId("functionId"_L1);
    s.functionExternalId = r.optionalString("functionExternalId"_L1);
    s.description = r.optionalString("description"_L1);
    if (!r.ok())
        return r.error();
    // sessionId: an integer per the SDK; documentation samples show a string. Accept both,
    // but a string must still hold an integer.
    const QJsonValue sid = r.raw("sessionId"_L1);
    if (sid.isString()) {
        bool ok = false;
        const qint64 n = sid.toString().toLongLong(&ok);
        if (!ok || n < 1)
            return DecodeError{r.pathOf("sessionId"_L1), u"expected a session id (an integer, possibly as a string), got \"%1\""_s.arg(sid.toString())};
        s.sessionId = n;
    } else {
        s.sessionId = r.optionalId("sessionId"_L1);
        if (!r.ok())
            return r.error();
    }
    return s;
}

QJsonObject ScheduleWrite::toJson() const
{
    QJsonObject o{{"name"_L1, name}, {"cronExpression"_L1, cronExpression}};
    if (functionId) o.insert("functionId"_L1, *functionId);
    if (functionExternalId) o.insert("functionExternalId"_L1, *functionExternalId);
    if (description) o.insert("description"_L1, *description);
    if (data) o.insert("data"_L1, *data);
    if (nonce) o.insert("nonce"_L1, *nonce);
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
        return DecodeError{path.isEmpty() ? u"functionId"_s : path + u".functionId"_s,
                           u"give either functionId or functionExternalId, not both"_s};
    return s;
}

QJsonObject ScheduleFilter::toRequestBody() const
{
    QJsonObject f;
    if (name) f.insert("name"_L1, *name);
    if (functionId) f.insert("functionId"_L1, *functionId);
    if (functionExternalId) f.insert("functionExternalId"_L1, *functionExternalId);
    if (!createdTime.isEmpty()) f.insert("createdTime"_L1, createdTime.toJson());
    if (cronExpression) f.insert("cronExpression"_L1, *cronExpression);
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

bool ScheduleFilter::matches(const FunctionSchedule &s) const
{
    if (name && s.name != *name) return false;
    if (functionId && s.functionId != functionId) return false;
    if (functionExternalId && s.functionExternalId != functionExternalId) return false;
    if (!createdTime.contains(s.createdTime)) return false;
    if (cronExpression && s.cronExpression != *cronExpression) return false;
    return true;
}

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
