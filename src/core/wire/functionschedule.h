#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/errordetail.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// A cron schedule of a function (docs/cdf-api-notes.md §3.3). Its input data is read separately.
struct FunctionSchedule
{
    qint64 id = 0;
    QString name;
    qint64 createdTime = 0;
    QString cronExpression;
    std::optional<qint64> sessionId; // integer on the wire; some sources send a string
    QString when;
    std::optional<qint64> functionId;
    std::optional<QString> functionExternalId;
    std::optional<QString> description;

    QJsonObject toJson() const;
    static Decoded<FunctionSchedule> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const FunctionSchedule &, const FunctionSchedule &) = default;
};

} // namespace fstudio
