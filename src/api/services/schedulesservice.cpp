#include "api/services/schedulesservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QJsonArray>

namespace fstudio::api {

using namespace Qt::StringLiterals;

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
    return send<QList<FunctionSchedule>>(CdfClient::Request::postJson(u"functions/schedules/list"_s, filter.toRequestBody(), u"list schedules"_s),
                                         decodeItems<FunctionSchedule>);
}

Pending<QList<FunctionSchedule>> SchedulesService::byIds(const QList<qint64> &ids, bool ignoreUnknownIds)
{
    return send<QList<FunctionSchedule>>(
        CdfClient::Request::postJson(u"functions/schedules/byids"_s,
                                     QJsonObject{{"items"_L1, idItems(ids)}, {"ignoreUnknownIds"_L1, ignoreUnknownIds}}, u"read schedules"_s),
        decodeItems<FunctionSchedule>);
}

Pending<FunctionSchedule> SchedulesService::create(const ScheduleWrite &schedule)
{
    return send<FunctionSchedule>(
        CdfClient::Request::postJson(u"functions/schedules"_s, schedule.toRequestBody(), u"create schedule \"%1\""_s.arg(schedule.name)),
        decodeFirstItem<FunctionSchedule>);
}

Pending<Empty> SchedulesService::remove(const QList<qint64> &ids)
{
    return send(CdfClient::Request::postJson(u"functions/schedules/delete"_s, QJsonObject{{"items"_L1, idItems(ids)}}, u"delete schedules"_s));
}

Pending<ScheduleInputData> SchedulesService::inputData(qint64 scheduleId)
{
    return send<ScheduleInputData>(
        CdfClient::Request::get(u"functions/schedules/%1/input_data"_s.arg(scheduleId), u"read the input data of schedule %1"_s.arg(scheduleId)),
        decodeObject<ScheduleInputData>);
}

} // namespace fstudio::api
