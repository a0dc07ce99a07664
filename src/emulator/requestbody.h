#pragma once

#include "emulator/httpmessage.h"

#include "core/wire/identifier.h"
#include "core/wire/jsonreader.h"

#include <QSet>

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

// Parses the request body as an id list; on failure *error is the 400 to send.
// maxItems > 0: more ids than that is a 400 (functions/byids and /delete take 10, as in CDF).
inline std::optional<IdList> parseIdList(const HttpRequest &req, HttpResponse *error, bool idsOnly = false, int maxItems = 0)
{
    const auto body = parseBody(req, error);
    if (!body)
        return std::nullopt;
    JsonReader r(*body);
    const QJsonArray items = r.array(QLatin1StringView("items"));
    const bool ignore = r.optionalBool(QLatin1StringView("ignoreUnknownIds")).value_or(false);
    if (!r.ok()) {
        *error = HttpResponse::error(400, r.error().toString());
        return std::nullopt;
    }
    if (maxItems <= 0)
        maxItems = 1000; // every id list is bounded (CDF's usual limit per request)
    if (items.size() > maxItems) {
        *error = HttpResponse::error(
            400, QStringLiteral("items: at most %1 ids per request, got %2; send them in chunks of %1").arg(maxItems).arg(items.size()));
        return std::nullopt;
    }
    auto ids = Identifier::listFromJson(items, QStringLiteral("items"));
    if (!ids) {
        *error = HttpResponse::error(400, ids.error().toString());
        return std::nullopt;
    }
    // A repeated id: 400 with "duplicated", as CDF's other resource APIs answer (docs/cdf-api-notes.md §11).
    QSet<QString> seen; // hashed: a body of 32 MB holds a lot of ids
    QList<Identifier> duplicated;
    for (const Identifier &i : std::as_const(*ids)) {
        const QString key = i.isId() ? QStringLiteral("i") + QString::number(i.id()) : QStringLiteral("x") + i.externalId();
        if (seen.contains(key)) {
            if (duplicated.size() < 1000 && !duplicated.contains(i))
                duplicated << i;
        } else {
            seen.insert(key);
        }
    }
    if (!duplicated.isEmpty()) {
        *error =
            HttpResponse::error(400, QStringLiteral("items: %1 is given more than once").arg(duplicated.first().toDisplayString()), {}, duplicated);
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

namespace fstudio::emulator {

// GET lists everything; POST reads the filter body. Without a "limit" the server pages at 100.
template<typename Filter> std::optional<Filter> parseListFilter(const HttpRequest &req, HttpResponse *error)
{
    Filter filter;
    filter.limit = Filter::MaxLimit;
    if (req.method != "POST")
        return filter;
    const auto body = parseBody(req, error);
    if (!body)
        return std::nullopt;
    auto f = Filter::fromRequestBody(*body);
    if (!f) {
        *error = HttpResponse::error(400, f.error().toString());
        return std::nullopt;
    }
    filter = *f;
    if (!body->contains(QLatin1StringView("limit")))
        filter.limit = 100;
    return filter;
}

// Looks every id up (lookup returns a std::optional of what to append to *out) in request order.
// Unknown ids are a 400 listing them in "missing", unless ignoreUnknownIds; then nothing else
// should happen, so `consequence` is appended to the message (e.g. "; nothing was deleted").
template<typename Out, typename Lookup>
// snakeCase: external ids in "missing" as {"external_id": …}, as CDF's Functions API writes them.
std::optional<HttpResponse> collectByIds(const IdList &ids, Lookup lookup, const QString &what, Out *out, const QString &consequence = {},
                                         bool snakeCase = false)
{
    QList<Identifier> missing;
    for (const Identifier &i : ids.ids) {
        if (const auto found = lookup(i))
            out->append(*found);
        else
            missing << i;
    }
    if (missing.isEmpty() || ids.ignoreUnknownIds)
        return std::nullopt;
    QString text = QStringLiteral("%1 not found: %2").arg(what, missing.first().toDisplayString());
    if (missing.size() > 1)
        text += QStringLiteral(" and %1 more").arg(missing.size() - 1);
    return HttpResponse::error(400, text + consequence, missing, {}, snakeCase);
}

} // namespace fstudio::emulator
