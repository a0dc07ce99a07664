#include "core/wire/callrequest.h"

#include "core/wire/jsonreader.h"

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

} // namespace fstudio
