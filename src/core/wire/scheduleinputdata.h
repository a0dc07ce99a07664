#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"
#include "core/wire/functionschedule.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// GET /functions/schedules/{id}/input_data: {"id", "data"?}.
struct ScheduleInputData
{
    qint64 id = 0;
    std::optional<QJsonObject> data;
    QByteArray dataText = {}; // the same object as the server wrote it (keys in their order); set by SchedulesService::inputData

    QJsonObject toJson() const;
    static Decoded<ScheduleInputData> fromJson(const QJsonValue &v);
    friend bool operator==(const ScheduleInputData &, const ScheduleInputData &) = default;
};

} // namespace fstudio
