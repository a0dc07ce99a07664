#pragma once

#include "api/services/service.h"

#include "core/wire/functionschedule.h"
#include "core/wire/schedulefilter.h"
#include "core/wire/scheduleinputdata.h"
#include "core/wire/schedulewrite.h"

namespace fstudio::api {

// Schedule endpoints (docs/cdf-api-notes.md §2.12-2.16).
class SchedulesService : public Service
{
public:
    using Service::Service;

    Pending<QList<FunctionSchedule>> list(const ScheduleFilter &filter);
    Pending<QList<FunctionSchedule>> byIds(const QList<qint64> &ids, bool ignoreUnknownIds);
    Pending<FunctionSchedule> create(const ScheduleWrite &schedule);
    Pending<Empty> remove(const QList<qint64> &ids);
    Pending<ScheduleInputData> inputData(qint64 scheduleId);
};

} // namespace fstudio::api
