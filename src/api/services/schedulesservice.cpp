#include "api/services/schedulesservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QCoreApplication>
#include <QJsonArray>

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
    QJsonArray a;
    for (qint64 id : ids)
        a.append(QJsonObject{{"id"_L1, id}});
    return a;
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
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<FunctionSchedule>(CdfClient::Request::postJson(u"functions/schedules"_s, schedule.toRequestBody(),
                                                               SchedulesServiceText::tr("create schedule \"%1\"").arg(schedule.name)),
                                  decodeFirstItem<FunctionSchedule>);
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
                                   decodeObject<ScheduleInputData>);
}

} // namespace fstudio::api
