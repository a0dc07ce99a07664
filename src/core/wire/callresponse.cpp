#include "core/wire/callresponse.h"

#include "core/wire/jsonreader.h"

namespace fstudio {

using namespace Qt::StringLiterals;

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

} // namespace fstudio
