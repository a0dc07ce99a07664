#pragma once

#include "decodeerror.h"
#include "errordetail.h"
#include "functionschedule.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// GET /functions/schedules/{id}/input_data: {"id", "data"?}.
struct ScheduleInputData
{
    qint64 id = 0;
    std::optional<QJsonObject> data;

    QJsonObject toJson() const;
    static Decoded<ScheduleInputData> fromJson(const QJsonValue &v);
    friend bool operator==(const ScheduleInputData &, const ScheduleInputData &) = default;
};

} // namespace fstudio
