#include "api/services/functionsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QCoreApplication>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// FunctionsServiceText::tr(): the actions of the functions API, under the context "FunctionsService".
struct FunctionsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(FunctionsService)
};
} // namespace

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
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<QList<Function>>(
        CdfClient::Request::postJson(u"functions/list"_s, filter.toRequestBody(), FunctionsServiceText::tr("list functions")), decodeItems<Function>);
}

ApiError FunctionsService::tooManyIds(const QString &what, qsizetype count)
{
    ApiError e;
    e.kind = ApiError::Kind::Config;
    e.what = what;
    e.message = FunctionsServiceText::tr("CDF takes at most %1 function ids per request, and %2 were given; send them in chunks of %1")
                    .arg(MaxIdsPerRequest)
                    .arg(count);
    return e;
}

Pending<QList<Function>> FunctionsService::byIds(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    if (ids.size() > MaxIdsPerRequest)
        return Pending<QList<Function>>::failed(tooManyIds(FunctionsServiceText::tr("read functions"), ids.size()));
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<QList<Function>>(
        CdfClient::Request::postJson(u"functions/byids"_s, idsBody(ids, ignoreUnknownIds), FunctionsServiceText::tr("read functions")),
        decodeItems<Function>);
}

Pending<std::optional<Function>> FunctionsService::retrieve(const Identifier &id)
{
    return send<std::optional<Function>>(
        CdfClient::Request::postJson(
            u"functions/byids"_s, idsBody({id}, true),
            //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1."); %1 is e.g. "id 42" or "external id "my-function"".
            FunctionsServiceText::tr("read function %1").arg(id.toDisplayString())),
        [](const QByteArray &body, ApiError *e) {
            const QList<Function> items = decodeItems<Function>(body, e);
            return items.isEmpty() ? std::optional<Function>() : std::optional<Function>(items.first());
        });
}

Pending<Function> FunctionsService::create(const FunctionWrite &function)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<Function>(
        CdfClient::Request::postJson(u"functions"_s, function.toRequestBody(), FunctionsServiceText::tr("create function \"%1\"").arg(function.name)),
        decodeFirstItem<Function>);
}

Pending<Empty> FunctionsService::remove(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    if (ids.size() > MaxIdsPerRequest)
        return Pending<Empty>::failed(tooManyIds(FunctionsServiceText::tr("delete functions"), ids.size()));
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send(CdfClient::Request::postJson(u"functions/delete"_s, idsBody(ids, ignoreUnknownIds ? std::optional<bool>(true) : std::nullopt),
                                             FunctionsServiceText::tr("delete functions")));
}

Pending<FunctionsLimits> FunctionsService::limits()
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<FunctionsLimits>(CdfClient::Request::get(u"functions/limits"_s, FunctionsServiceText::tr("read the project's limits")),
                                 decodeObject<FunctionsLimits>);
}

Pending<ActivationStatus> FunctionsService::activationStatus()
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<ActivationStatus>(CdfClient::Request::get(u"functions/status"_s, FunctionsServiceText::tr("read the Functions activation status")),
                                  decodeObject<ActivationStatus>);
}

Pending<ActivationStatus> FunctionsService::activate()
{
    CdfClient::Request r;
    r.method = "POST";
    r.path = u"functions/status"_s;
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    r.what = FunctionsServiceText::tr("request Functions activation");
    return send<ActivationStatus>(r, decodeObject<ActivationStatus>);
}

} // namespace fstudio::api
