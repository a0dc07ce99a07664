#pragma once

#include "apijob.h"

#include "core/functionschedule.h"
#include "core/schedulefilter.h"
#include "core/scheduleinputdata.h"
#include "core/schedulewrite.h"

namespace fstudio::api {

class CdfClient;

// Schedule endpoints (contract §2.12-2.16).
class SchedulesService
{
public:
    explicit SchedulesService(CdfClient *client) : m_client(client) {}

    Pending<QList<FunctionSchedule>> list(const ScheduleFilter &filter);
    Pending<QList<FunctionSchedule>> byIds(const QList<qint64> &ids, bool ignoreUnknownIds);
    Pending<FunctionSchedule> create(const ScheduleWrite &schedule);
    Pending<Empty> remove(const QList<qint64> &ids);
    Pending<ScheduleInputData> inputData(qint64 scheduleId);

private:
    CdfClient *m_client;
};

} // namespace fstudio::api
