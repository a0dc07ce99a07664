#include "api/services/functionsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
QJsonObject idsBody(const QList<Identifier> &ids, std::optional<bool> ignoreUnknown)
{
    QJsonObject o{{"items"_L1, Identifier::toJsonArray(ids)}};
    if (ignoreUnknown)
        o.insert("ignoreUnknownIds"_L1, *ignoreUnknown);
    return o;
}
} // namespace

Pending<QList<Function>> FunctionsService::list(const FunctionFilter &filter)
{
    return send<QList<Function>>(CdfClient::Request::postJson(u"functions/list"_s, filter.toRequestBody(), u"list functions"_s),
                                 decodeItems<Function>);
}

ApiError FunctionsService::tooManyIds(const QString &what, qsizetype count)
{
    ApiError e;
    e.kind = ApiError::Kind::Config;
    e.what = what;
    e.message = u"CDF takes at most %1 function ids per request, and %2 were given; send them in chunks of %1"_s.arg(MaxIdsPerRequest).arg(count);
    return e;
}

Pending<QList<Function>> FunctionsService::byIds(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    if (ids.size() > MaxIdsPerRequest)
        return Pending<QList<Function>>::failed(tooManyIds(u"read functions"_s, ids.size()));
    return send<QList<Function>>(CdfClient::Request::postJson(u"functions/byids"_s, idsBody(ids, ignoreUnknownIds), u"read functions"_s),
                                 decodeItems<Function>);
}

Pending<std::optional<Function>> FunctionsService::retrieve(const Identifier &id)
{
    return send<std::optional<Function>>(
        CdfClient::Request::postJson(u"functions/byids"_s, idsBody({id}, true), u"read function %1"_s.arg(id.toDisplayString())),
        [](const QByteArray &body, ApiError *e) {
            const QList<Function> items = decodeItems<Function>(body, e);
            return items.isEmpty() ? std::optional<Function>() : std::optional<Function>(items.first());
        });
}

Pending<Function> FunctionsService::create(const FunctionWrite &function)
{
    return send<Function>(CdfClient::Request::postJson(u"functions"_s, function.toRequestBody(), u"create function \"%1\""_s.arg(function.name)),
                          decodeFirstItem<Function>);
}

Pending<Empty> FunctionsService::remove(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    if (ids.size() > MaxIdsPerRequest)
        return Pending<Empty>::failed(tooManyIds(u"delete functions"_s, ids.size()));
    return send(CdfClient::Request::postJson(u"functions/delete"_s, idsBody(ids, ignoreUnknownIds ? std::optional<bool>(true) : std::nullopt),
                                             u"delete functions"_s));
}

Pending<FunctionsLimits> FunctionsService::limits()
{
    return send<FunctionsLimits>(CdfClient::Request::get(u"functions/limits"_s, u"read the project's limits"_s), decodeObject<FunctionsLimits>);
}

Pending<ActivationStatus> FunctionsService::activationStatus()
{
    return send<ActivationStatus>(CdfClient::Request::get(u"functions/status"_s, u"read the Functions activation status"_s),
                                  decodeObject<ActivationStatus>);
}

Pending<ActivationStatus> FunctionsService::activate()
{
    CdfClient::Request r;
    r.method = "POST";
    r.path = u"functions/status"_s;
    r.what = u"request Functions activation"_s;
    return send<ActivationStatus>(r, decodeObject<ActivationStatus>);
}

} // namespace fstudio::api
