#pragma once

#include "apierror.h"

#include "core/jsonreader.h"

#include <QByteArray>
#include <QJsonArray>
#include <QList>

#include <any>

namespace fstudio::api {

// Decoders for CdfClient: JSON body -> typed value, with errors naming the field.
template<typename T>
std::any decodeObject(const QByteArray &body, ApiError *error)
{
    const auto doc = parseJsonObject(body);
    if (!doc) {
        error->message = doc.error().toString();
        return {};
    }
    auto v = T::fromJson(*doc);
    if (!v) {
        error->message = QStringLiteral("unexpected answer: ") + v.error().toString();
        return {};
    }
    return std::any(std::move(*v));
}

// {"items": [T...]} -> QList<T>
template<typename T>
QList<T> decodeItemsList(const QJsonObject &doc, ApiError *error)
{
    JsonReader r(doc);
    const QJsonArray arr = r.array(QLatin1StringView("items"));
    if (!r.ok()) {
        error->message = QStringLiteral("unexpected answer: ") + r.error().toString();
        return {};
    }
    QList<T> out;
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto v = T::fromJson(arr.at(i), QStringLiteral("items[%1]").arg(i));
        if (!v) {
            error->message = QStringLiteral("unexpected answer: ") + v.error().toString();
            return {};
        }
        out.append(std::move(*v));
    }
    return out;
}

template<typename T>
std::any decodeItems(const QByteArray &body, ApiError *error)
{
    const auto doc = parseJsonObject(body);
    if (!doc) {
        error->message = doc.error().toString();
        return {};
    }
    return std::any(decodeItemsList<T>(*doc, error));
}

template<typename T>
std::any decodeFirstItem(const QByteArray &body, ApiError *error)
{
    std::any list = decodeItems<T>(body, error);
    if (!error->message.isEmpty())
        return {};
    const auto &items = std::any_cast<const QList<T> &>(list);
    if (items.isEmpty()) {
        error->message = QStringLiteral("unexpected answer: items is empty");
        return {};
    }
    return std::any(items.first());
}

} // namespace fstudio::api
