#include "callrequest.h"

#include "jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

QJsonObject CallRequest::toJson() const
{
    return QJsonObject{{"data"_L1, data}, {"nonce"_L1, nonce}};
}

Decoded<CallRequest> CallRequest::fromJson(const QJsonObject &body)
{
    JsonReader r(body);
    CallRequest c;
    c.data = r.optionalObject("data"_L1).value_or(QJsonObject());
    c.nonce = r.string("nonce"_L1);
    if (!r.ok())
        return r.error();
    if (c.nonce.isEmpty())
        return DecodeError{u"nonce"_s, u"must not be empty: create a session first (POST /sessions)"_s};
    return c;
}

QJsonObject CallResponse::toJson() const
{
    QJsonObject o{{"callId"_L1, callId}, {"functionId"_L1, functionId}};
    if (!response.isUndefined())
        o.insert("response"_L1, response);
    return o;
}

Decoded<CallResponse> CallResponse::fromJson(const QJsonValue &v)
{
    if (!v.isObject())
        return DecodeError{QString(), u"expected a call response object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    CallResponse c;
    c.callId = r.id("callId"_L1);
    c.functionId = r.id("functionId"_L1);
    c.response = r.raw("response"_L1);
    if (!r.ok())
        return r.error();
    return c;
}

QJsonObject LogEntry::toJson() const
{
    QJsonObject o{{"message"_L1, message}};
    if (timestamp)
        o.insert("timestamp"_L1, *timestamp);
    return o;
}

Decoded<LogEntry> LogEntry::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, u"expected a log entry object, got %1"_s.arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    LogEntry e;
    e.timestamp = r.optionalTimestamp("timestamp"_L1);
    e.message = r.string("message"_L1);
    if (!r.ok())
        return r.error();
    return e;
}

} // namespace fstudio
