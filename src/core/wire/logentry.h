#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>
#include <QJsonValue>

#include <optional>

namespace fstudio {

// One line a call printed: {"timestamp": ms, "message": "..."}; timestamp is optional.
struct LogEntry
{
    std::optional<qint64> timestamp;
    QString message;

    QJsonObject toJson() const;
    static Decoded<LogEntry> fromJson(const QJsonValue &v, const QString &path = {});
    friend bool operator==(const LogEntry &, const LogEntry &) = default;
};

} // namespace fstudio
