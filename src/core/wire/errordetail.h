#pragma once

#include "core/wire/decodeerror.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace fstudio {

// The error of a failed deployment or call: {"message", "trace"}. Sources disagree on the
// shape: older deployments send {"code", "message"}, newer call pages a plain string.
struct ErrorDetail
{
    QString message;
    QString trace;
    std::optional<qint64> code;

    QJsonObject toJson() const;
    // Accepts an object, and a plain string when allowString (for call errors).
    static Decoded<ErrorDetail> fromJson(const QJsonValue &v, const QString &path, bool allowString);
    friend bool operator==(const ErrorDetail &, const ErrorDetail &) = default;
};

} // namespace fstudio
