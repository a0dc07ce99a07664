#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// {"min": x, "max": y}, either optional, for createdTime/startTime/endTime filters.
struct TimeRange
{
    std::optional<qint64> min;
    std::optional<qint64> max;

    bool isEmpty() const { return !min && !max; }
    QJsonObject toJson() const;
    static Decoded<TimeRange> fromJson(const QJsonValue &v, const QString &path);
    bool contains(qint64 t) const { return (!min || t >= *min) && (!max || t <= *max); }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

} // namespace fstudio
