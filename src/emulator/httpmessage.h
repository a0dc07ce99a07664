#pragma once

#include "core/wire/cdferror.h"

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QUrl>
#include <QUrlQuery>

namespace fstudio::emulator {

// A request as the emulator's handlers see it: copied out of the HTTP server so it can outlive
// the socket callback (for injected latency).
struct HttpRequest
{
    QByteArray method; // "GET", "POST", ...
    QUrl url;
    QString path;
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body; // already gunzipped when it came with Content-Encoding: gzip
    QHostAddress remote;

    QByteArray header(const QByteArray &lowerName) const { return headers.value(lowerName); }
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray contentType = "application/json";

    static HttpResponse json(int status, const QJsonObject &o)
    {
        return HttpResponse{status, {}, QJsonDocument(o).toJson(QJsonDocument::Compact), "application/json"};
    }
    static HttpResponse error(int status, const QString &message, const QList<Identifier> &missing = {}, const QList<Identifier> &duplicated = {},
                              bool snakeCaseExternalIds = false)
    {
        CdfError e;
        e.code = status;
        e.message = message;
        e.missing = missing;
        e.duplicated = duplicated;
        e.snakeCaseExternalIds = snakeCaseExternalIds;
        return HttpResponse{status, {}, e.toBody(), "application/json"};
    }
    static HttpResponse oauthError(int status, const QString &error, const QString &description)
    {
        return json(status, QJsonObject{{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    }
    HttpResponse &withHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
        return *this;
    }
};

} // namespace fstudio::emulator
