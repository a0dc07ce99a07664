#include "core/wire/sessioncreate.h"

#include "core/wire/jsonreader.h"
#include <QJsonArray>

namespace fstudio {

using namespace Qt::StringLiterals;

SessionCreate SessionCreate::clientCredentials(const QString &id, const QString &secret)
{
    return SessionCreate{Kind::ClientCredentials, id, secret};
}

SessionCreate SessionCreate::tokenExchange()
{
    return SessionCreate{Kind::TokenExchange, {}, {}};
}

QJsonObject SessionCreate::toRequestBody() const
{
    QJsonObject item;
    switch (kind) {
    case Kind::ClientCredentials: item = QJsonObject{{"clientId"_L1, clientId}, {"clientSecret"_L1, clientSecret}}; break;
    case Kind::TokenExchange: item = QJsonObject{{"tokenExchange"_L1, true}}; break;
    case Kind::OneshotTokenExchange: item = QJsonObject{{"oneshotTokenExchange"_L1, true}}; break;
    }
    return QJsonObject{{"items"_L1, QJsonArray{item}}};
}

Decoded<SessionCreate> SessionCreate::fromRequestBody(const QJsonObject &body)
{
    JsonReader top(body);
    const QJsonArray items = top.array("items"_L1);
    if (!top.ok())
        return top.error();
    if (items.size() != 1)
        return DecodeError{u"items"_s, u"expected exactly one session to create, got %1"_s.arg(items.size())};
    if (!items.at(0).isObject())
        return DecodeError{u"items[0]"_s, u"expected an object, got %1"_s.arg(JsonReader::typeName(items.at(0)))};
    JsonReader r(items.at(0).toObject(), u"items[0]"_s);
    const auto id = r.optionalString("clientId"_L1);
    const auto secret = r.optionalString("clientSecret"_L1);
    const bool exchange = r.optionalBool("tokenExchange"_L1).value_or(false);
    const bool oneshot = r.optionalBool("oneshotTokenExchange"_L1).value_or(false);
    if (!r.ok())
        return r.error();
    const int kinds = int(id || secret) + int(exchange) + int(oneshot);
    if (kinds != 1)
        return DecodeError{u"items[0]"_s, u"give exactly one of clientId+clientSecret, tokenExchange: true or oneshotTokenExchange: true"_s};
    if (exchange)
        return tokenExchange();
    if (oneshot)
        return SessionCreate{Kind::OneshotTokenExchange, {}, {}};
    if (!id || !secret || id->isEmpty() || secret->isEmpty())
        return DecodeError{id ? u"items[0].clientSecret"_s : u"items[0].clientId"_s, u"client credentials need both clientId and clientSecret"_s};
    return clientCredentials(*id, *secret);
}

} // namespace fstudio
