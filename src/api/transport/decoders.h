#pragma once

#include "api/transport/apierror.h"

#include "core/wire/jsonreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

namespace fstudio::api {

// Decoders for CdfClient: JSON body -> typed value, with errors naming the field. Their messages are
// translated under the context "CdfClient".
template<typename T> T decodeObject(const QByteArray &body, ApiError *error)
{
    const auto doc = parseJsonObject(body);
    if (!doc) {
        error->message = doc.error().toString();
        return {};
    }
    auto v = T::fromJson(*doc);
    if (!v) {
        //: %1 says what is wrong with the answer, e.g. "items[0].name: expected a string, got a number".
        error->message = QCoreApplication::translate("CdfClient", "unexpected answer: %1").arg(v.error().toString());
        return {};
    }
    return std::move(*v);
}

// {"items": [T...]} -> QList<T>
template<typename T> QList<T> decodeItemsList(const QJsonObject &doc, ApiError *error)
{
    JsonReader r(doc);
    const QJsonArray arr = r.array(QLatin1StringView("items"));
    if (!r.ok()) {
        error->message = QCoreApplication::translate("CdfClient", "unexpected answer: %1").arg(r.error().toString());
        return {};
    }
    QList<T> out;
    out.reserve(arr.size());
    for (qsizetype i = 0; i < arr.size(); ++i) {
        auto v = T::fromJson(arr.at(i), QStringLiteral("items[%1]").arg(i));
        if (!v) {
            error->message = QCoreApplication::translate("CdfClient", "unexpected answer: %1").arg(v.error().toString());
            return {};
        }
        out.append(std::move(*v));
    }
    return out;
}

template<typename T> QList<T> decodeItems(const QByteArray &body, ApiError *error)
{
    const auto doc = parseJsonObject(body);
    if (!doc) {
        error->message = doc.error().toString();
        return {};
    }
    return decodeItemsList<T>(*doc, error);
}

template<typename T> T decodeFirstItem(const QByteArray &body, ApiError *error)
{
    QList<T> items = decodeItems<T>(body, error);
    if (!error->message.isEmpty())
        return {};
    if (items.isEmpty()) {
        error->message = QCoreApplication::translate("CdfClient", "unexpected answer: items is empty");
        return {};
    }
    return items.takeFirst();
}

} // namespace fstudio::api
