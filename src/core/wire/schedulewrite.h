#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"
#include "core/wire/functionschedule.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// The body item of POST /functions/schedules (docs/cdf-api-notes.md §2.13).
struct ScheduleWrite
{
    QString name;
    QString cronExpression;
    std::optional<qint64> functionId;
    std::optional<QString> functionExternalId; // deprecated; not allowed with a nonce
    std::optional<QString> description;
    std::optional<QJsonObject> data;
    std::optional<QString> nonce;
    // When set, the data as sent instead of `data` (the same object, keys in the user's order: a
    // QJsonObject sorts them). SchedulesService::create splices it into the request.
    QByteArray dataText = {};

    QJsonObject toJson() const;
    QJsonObject toRequestBody() const;
    static Decoded<ScheduleWrite> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const ScheduleWrite &, const ScheduleWrite &) = default;
};

} // namespace fstudio
