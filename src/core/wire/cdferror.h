#pragma once

#include "core/wire/decodeerror.h"
#include "core/wire/identifier.h"

#include <QByteArray>
#include <QJsonObject>

namespace fstudio {

// The CDF error envelope {"error": {"code", "message", "missing"?, "duplicated"?, ...}} (docs/cdf-api-notes.md §7.1).
struct CdfError
{
    int code = 0;
    QString message;
    QList<Identifier> missing;
    QList<Identifier> duplicated;
    bool snakeCaseExternalIds = false; // write {"external_id": …} (CDF's Functions API); reading accepts both
    std::optional<bool> isAutoRetryable;
    QJsonValue extra;

    QJsonObject toJson() const; // the whole envelope
    QByteArray toBody() const;
    // Lenient by design: an error body must never hide the HTTP status. Accepts the envelope,
    // {"error": "text"}, other JSON, and non-JSON bodies (the text becomes the message).
    static CdfError fromBody(int httpStatus, const QByteArray &body);
};

} // namespace fstudio
