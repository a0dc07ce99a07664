#pragma once

#include "decodeerror.h"
#include "errordetail.h"

#include <QJsonObject>

#include <optional>

namespace fstudio {

// A cron schedule of a function (contract §3.3). Its input data is read separately.
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

// The body item of POST /functions/schedules (contract §2.13).
struct ScheduleWrite
{
    QString name;
    QString cronExpression;
    std::optional<qint64> functionId;
    std::optional<QString> functionExternalId; // deprecated; not allowed with a nonce
    std::optional<QString> description;
    std::optional<QJsonObject> data;
    std::optional<QString> nonce;

    QJsonObject toJson() const;
    QJsonObject toRequestBody() const;
    static Decoded<ScheduleWrite> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const ScheduleWrite &, const ScheduleWrite &) = default;
};

// The body of POST /functions/schedules/list (contract §2.12).
struct ScheduleFilter
{
    std::optional<QString> name;
    std::optional<qint64> functionId;
    std::optional<QString> functionExternalId;
    TimeRange createdTime;
    std::optional<QString> cronExpression;
    int limit = 25;

    static constexpr int MaxLimit = 10000;

    QJsonObject toRequestBody() const;
    static Decoded<ScheduleFilter> fromRequestBody(const QJsonObject &body);
    bool matches(const FunctionSchedule &s) const;
    friend bool operator==(const ScheduleFilter &, const ScheduleFilter &) = default;
};

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
