#include "core/wire/callfilter.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject CallFilter::toRequestBody() const
{
    QJsonObject body{{"limit"_L1, limit}};
    if (hasFilter()) {
        QJsonObject f;
        if (status)
            f.insert("status"_L1, toWire(*status));
        if (scheduleId)
            f.insert("scheduleId"_L1, *scheduleId);
        if (!startTime.isEmpty())
            f.insert("startTime"_L1, startTime.toJson());
        if (!endTime.isEmpty())
            f.insert("endTime"_L1, endTime.toJson());
        body.insert("filter"_L1, f);
    }
    if (cursor)
        body.insert("cursor"_L1, *cursor);
    return body;
}

Decoded<CallFilter> CallFilter::fromRequestBody(const QJsonObject &body)
{
    CallFilter out;
    std::optional<QJsonObject> filter;
    if (auto e = readListBody(body, MaxLimit, &out.limit, &filter, &out.cursor))
        return *e;
    if (!filter)
        return out;
    JsonReader r(*filter, u"filter"_s);
    const auto status = r.optionalString("status"_L1);
    out.scheduleId = r.optionalId("scheduleId"_L1);
    if (!r.ok())
        return r.error();
    if (status) {
        const CallStatus s = callStatusFromWire(*status);
        if (s == CallStatus::Unknown)
            return DecodeError{u"filter.status"_s, u"must be one of Running, Completed, Failed, Timeout; got \"%1\""_s.arg(*status)};
        out.status = s;
    }
    for (const auto &[key, range] : {std::pair{"startTime"_L1, &out.startTime}, std::pair{"endTime"_L1, &out.endTime}}) {
        if (!r.has(key))
            continue;
        auto t = TimeRange::fromJson(r.raw(key), r.pathOf(key));
        if (!t)
            return t.error();
        *range = *t;
    }
    return out;
}

bool CallFilter::matches(const FunctionCall &c) const
{
    if (status && c.status != *status)
        return false;
    if (scheduleId && c.scheduleId != scheduleId)
        return false;
    if (!startTime.contains(c.startTime))
        return false;
    if (!endTime.isEmpty() && (!c.endTime || !endTime.contains(*c.endTime)))
        return false;
    return true;
}

} // namespace fstudio
