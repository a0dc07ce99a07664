#include "core/wire/callresponse.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

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
        return DecodeError{QString(), JsonReaderText::tr("expected a call response object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject());
    CallResponse c;
    // The SDK reads only "response" (FunctionCall.get_response); the ids are kept when present.
    c.callId = r.optionalId("callId"_L1).value_or(0);
    c.functionId = r.optionalId("functionId"_L1).value_or(0);
    c.response = r.raw("response"_L1);
    if (!r.ok())
        return r.error();
    return c;
}

} // namespace fstudio
