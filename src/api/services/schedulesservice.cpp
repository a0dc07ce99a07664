#include "api/services/schedulesservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include "core/json/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// SchedulesServiceText::tr(): the actions of the schedules API, under the context "SchedulesService".
struct SchedulesServiceText
{
    Q_DECLARE_TR_FUNCTIONS(SchedulesService)
};
} // namespace

namespace {
QJsonArray idItems(const QList<qint64> &ids)
{
    QList<Identifier> list;
    for (qint64 id : ids)
        list << Identifier::byId(id);
    return Identifier::toJsonArray(list); // each id once (docs/cdf-api-notes.md §11)
}
} // namespace

Pending<QList<FunctionSchedule>> SchedulesService::list(const ScheduleFilter &filter)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<QList<FunctionSchedule>>(
        CdfClient::Request::postJson(u"functions/schedules/list"_s, filter.toRequestBody(), SchedulesServiceText::tr("list schedules")),
        decodeItems<FunctionSchedule>);
}

Pending<QList<FunctionSchedule>> SchedulesService::byIds(const QList<qint64> &ids, bool ignoreUnknownIds)
{
    return send<QList<FunctionSchedule>>(
        CdfClient::Request::postJson(u"functions/schedules/byids"_s,
                                     QJsonObject{{"items"_L1, idItems(ids)}, {"ignoreUnknownIds"_L1, ignoreUnknownIds}},
                                     //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                                     SchedulesServiceText::tr("read schedules")),
        decodeItems<FunctionSchedule>);
}

Pending<FunctionSchedule> SchedulesService::create(const ScheduleWrite &schedule)
{
    // The data as the user wrote it, keys in their order (a QJsonObject would sort them), when it
    // is the object `data` says it is.
    const bool asWritten = !schedule.dataText.isEmpty() && QJsonDocument::fromJson(schedule.dataText).isObject();
    ScheduleWrite sent = schedule;
    if (asWritten)
        sent.data.reset();
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    CdfClient::Request request = CdfClient::Request::postJson(u"functions/schedules"_s, sent.toRequestBody(),
                                                              SchedulesServiceText::tr("create schedule \"%1\"").arg(schedule.name));
    if (asWritten) {
        QByteArray item = QJsonDocument(sent.toJson()).toJson(QJsonDocument::Compact);
        item.chop(1); // the closing brace: the data goes last
        request.body = "{\"items\":[" + item + ",\"data\":" + JsonText::compact(schedule.dataText).toUtf8() + "}]}";
    }
    return send<FunctionSchedule>(request, decodeFirstItem<FunctionSchedule>);
}

Pending<Empty> SchedulesService::remove(const QList<qint64> &ids)
{
    return send(CdfClient::Request::postJson(u"functions/schedules/delete"_s, QJsonObject{{"items"_L1, idItems(ids)}},
                                             //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                                             SchedulesServiceText::tr("delete schedules")));
}

Pending<ScheduleInputData> SchedulesService::inputData(qint64 scheduleId)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<ScheduleInputData>(CdfClient::Request::get(u"functions/schedules/%1/input_data"_s.arg(scheduleId),
                                                           SchedulesServiceText::tr("read the input data of schedule %1").arg(scheduleId)),
                                   [](const QByteArray &body, ApiError *error) {
                                       ScheduleInputData d = decodeObject<ScheduleInputData>(body, error);
                                       if (d.data)
                                           d.dataText = JsonText::member(body, "data").value_or(QByteArray());
                                       return d;
                                   });
}

} // namespace fstudio::api
