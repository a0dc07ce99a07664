#include "core/wire/session.h"

#include "core/wire/jsonreader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// JsonReaderText::tr(): the decoders' messages share the context "JsonReader" with jsonreader.cpp.
struct JsonReaderText
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)
};
} // namespace

QJsonObject Session::toJson() const
{
    QJsonObject o{{"id"_L1, id}, {"status"_L1, status}};
    if (nonce)
        o.insert("nonce"_L1, *nonce);
    if (type)
        o.insert("type"_L1, *type);
    if (clientId)
        o.insert("clientId"_L1, *clientId);
    if (creationTime)
        o.insert("creationTime"_L1, *creationTime);
    if (expirationTime)
        o.insert("expirationTime"_L1, *expirationTime);
    return o;
}

Decoded<Session> Session::fromJson(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        return DecodeError{path, JsonReaderText::tr("expected a session object, got %1").arg(JsonReader::typeName(v))};
    JsonReader r(v.toObject(), path);
    Session s;
    s.id = r.id("id"_L1);
    s.status = r.string("status"_L1);
    s.nonce = r.optionalString("nonce"_L1);
    s.type = r.optionalString("type"_L1);
    s.clientId = r.optionalString("clientId"_L1);
    s.creationTime = r.optionalTimestamp("creationTime"_L1);
    s.expirationTime = r.optionalTimestamp("expirationTime"_L1);
    if (!r.ok())
        return r.error();
    return s;
}

} // namespace fstudio
