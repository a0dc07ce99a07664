#pragma once

#include "httpmessage.h"

#include "core/identifier.h"
#include "core/jsonreader.h"

#include <optional>

namespace fstudio::emulator {

// Parses a JSON object body; on failure *error is the 400 response to send.
inline std::optional<QJsonObject> parseBody(const HttpRequest &req, HttpResponse *error)
{
    if (req.body.trimmed().isEmpty())
        return QJsonObject();
    auto parsed = parseJsonObject(req.body);
    if (!parsed) {
        *error = HttpResponse::error(400, QStringLiteral("Invalid JSON body: ") + parsed.error().message);
        return std::nullopt;
    }
    return *parsed;
}

// {"items": [Identifier...], "ignoreUnknownIds"?: bool}
struct IdList
{
    QList<Identifier> ids;
    bool ignoreUnknownIds = false;
};

inline std::optional<IdList> parseIdList(const QJsonObject &body, HttpResponse *error, bool idsOnly = false)
{
    JsonReader r(body);
    const QJsonArray items = r.array(QLatin1StringView("items"));
    const bool ignore = r.optionalBool(QLatin1StringView("ignoreUnknownIds")).value_or(false);
    if (!r.ok()) {
        *error = HttpResponse::error(400, r.error().toString());
        return std::nullopt;
    }
    auto ids = Identifier::listFromJson(items, QStringLiteral("items"));
    if (!ids) {
        *error = HttpResponse::error(400, ids.error().toString());
        return std::nullopt;
    }
    if (idsOnly) {
        for (int i = 0; i < ids->size(); ++i) {
            if (!ids->at(i).isId()) {
                *error = HttpResponse::error(400, QStringLiteral("items[%1]: only internal ids ({\"id\": n}) are accepted here").arg(i));
                return std::nullopt;
            }
        }
    }
    return IdList{*ids, ignore};
}

} // namespace fstudio::emulator
