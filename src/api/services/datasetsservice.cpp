#include "api/services/datasetsservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include "core/wire/identifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
struct DataSetsServiceText
{
    Q_DECLARE_TR_FUNCTIONS(DataSetsService)
};
} // namespace

Pending<qint64> DataSetsService::idOf(const QString &externalId)
{
    const QJsonObject body{{"items"_L1, Identifier::toJsonArray({Identifier::byExternalId(externalId)})}};
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1."); %1 is a data set's external id.
    CdfClient::Request r = CdfClient::Request::postJson(u"datasets/byids"_s, body, DataSetsServiceText::tr("read the data set %1").arg(externalId));
    r.idempotent = true; // a read
    return send<qint64>(r, [](const QByteArray &reply, ApiError *e) -> qint64 {
        const auto doc = parseJsonObject(reply);
        const QJsonValue id = doc ? doc->value("items"_L1).toArray().at(0).toObject().value("id"_L1) : QJsonValue();
        if (!id.isDouble() || id.toDouble() <= 0) {
            e->message = DataSetsServiceText::tr("unexpected answer: items[0].id is missing");
            return 0;
        }
        return qint64(id.toDouble());
    });
}

Pending<QString> DataSetsService::externalIdOf(qint64 id)
{
    const QJsonObject body{{"items"_L1, Identifier::toJsonArray({Identifier::byId(id)})}};
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1."); %1 is a data set's id.
    CdfClient::Request r = CdfClient::Request::postJson(u"datasets/byids"_s, body, DataSetsServiceText::tr("read the data set %1").arg(id));
    r.idempotent = true;
    return send<QString>(r, [](const QByteArray &reply, ApiError *e) -> QString {
        const auto doc = parseJsonObject(reply);
        const QJsonArray items = doc ? doc->value("items"_L1).toArray() : QJsonArray();
        if (items.isEmpty()) {
            e->message = DataSetsServiceText::tr("unexpected answer: items is empty");
            return {};
        }
        return items.at(0).toObject().value("externalId"_L1).toString();
    });
}

} // namespace fstudio::api
