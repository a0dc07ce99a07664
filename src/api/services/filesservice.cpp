#include "api/services/filesservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

namespace fstudio::api {

using namespace Qt::StringLiterals;

Pending<FileMetadata> FilesService::create(const FileCreate &file, bool overwrite)
{
    CdfClient::Request r = CdfClient::Request::postJson(u"files"_s, file.toJson(), u"create the file \"%1\""_s.arg(file.name));
    r.query.addQueryItem(u"overwrite"_s, overwrite ? u"true"_s : u"false"_s);
    return send<FileMetadata>(r, decodeObject<FileMetadata>);
}

Pending<Empty> FilesService::upload(const QString &uploadUrl, const QByteArray &content)
{
    CdfClient::Request r;
    r.method = "PUT";
    // A root-relative upload URL is joined to the bare base URL (docs/cdf-api-notes.md §5.2).
    r.path = uploadUrl.startsWith(QLatin1Char('/')) || uploadUrl.contains(u"://"_s) ? uploadUrl : u"/"_s + uploadUrl;
    r.body = content;
    r.hasBody = true;
    r.gzip = false;
    r.contentType = "application/zip";
    r.cdfHeaders = false;
    r.authenticated = false; // presigned URL; a bearer header could be refused by the storage
    r.idempotent = true;
    r.timeoutMs = TransferTimeoutMs;
    r.what = u"upload the code"_s;
    return send(r);
}

Pending<QList<FileMetadata>> FilesService::byIds(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    QJsonObject body{{"items"_L1, Identifier::toJsonArray(ids)}};
    if (ignoreUnknownIds)
        body.insert("ignoreUnknownIds"_L1, true);
    return send<QList<FileMetadata>>(CdfClient::Request::postJson(u"files/byids"_s, body, u"read files"_s), decodeItems<FileMetadata>);
}

Pending<QUrl> FilesService::downloadLink(qint64 fileId)
{
    return send<QUrl>(CdfClient::Request::postJson(u"files/downloadlink"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fileId}}}}},
                                                   u"get a download link for file %1"_s.arg(fileId)),
                      [](const QByteArray &body, ApiError *e) -> QUrl {
                          const auto doc = parseJsonObject(body);
                          const QString url = doc ? doc->value("items"_L1).toArray().at(0).toObject().value("downloadUrl"_L1).toString() : QString();
                          if (url.isEmpty()) {
                              e->message = u"unexpected answer: items[0].downloadUrl is missing"_s;
                              return {};
                          }
                          return QUrl(url);
                      });
}

Pending<QByteArray> FilesService::download(const QUrl &url)
{
    CdfClient::Request r;
    r.method = "GET";
    r.path = url.toString();
    r.cdfHeaders = false;
    r.authenticated = false;
    r.timeoutMs = TransferTimeoutMs;
    r.what = u"download the code"_s;
    r.maxResponseBytes = MaxDownloadBytes;
    return send<QByteArray>(r, [](const QByteArray &body, ApiError *) { return body; });
}

Pending<Empty> FilesService::remove(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    QJsonObject body{{"items"_L1, Identifier::toJsonArray(ids)}};
    if (ignoreUnknownIds)
        body.insert("ignoreUnknownIds"_L1, true);
    return send(CdfClient::Request::postJson(u"files/delete"_s, body, u"delete files"_s));
}

} // namespace fstudio::api
