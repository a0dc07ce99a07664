#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/statuses.h"

#include <QJsonObject>

namespace fstudio {

// GET/POST /functions/status: {"status": "inactive" | "requested" | "activated"}.
struct ActivationStatus
{
    ActivationState state = ActivationState::Inactive;
    QString text; // as sent; other strings (e.g. "IN PROGRESS") keep their text

    QJsonObject toJson() const;
    static Decoded<ActivationStatus> fromJson(const QJsonValue &v);
    friend bool operator==(const ActivationStatus &, const ActivationStatus &) = default;
};

} // namespace fstudio
