#include "api/services/filesservice.h"

#include "api/transport/cdfclient.h"
#include "api/transport/decoders.h"

#include <QCoreApplication>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// FilesServiceText::tr(): the actions of the files API, under the context "FilesService".
struct FilesServiceText
{
    Q_DECLARE_TR_FUNCTIONS(FilesService)
};
} // namespace

Pending<FileMetadata> FilesService::create(const FileCreate &file, bool overwrite)
{
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    CdfClient::Request r = CdfClient::Request::postJson(u"files"_s, file.toJson(), FilesServiceText::tr("create the file \"%1\"").arg(file.name));
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
    // The SDK sends its bearer with the upload; so does the app, but only to the project's own host
    // (a relative URL, or the same scheme, host and port): a presigned URL on a storage host never
    // sees the token (docs/cdf-api-notes.md §5).
    r.authenticated = !uploadUrl.contains(u"://"_s) || (m_client && CdfClient::isSameOrigin(QUrl(uploadUrl), m_client->config().baseUrl));
    r.idempotent = true;
    r.timeoutMs = TransferTimeoutMs;
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    r.what = FilesServiceText::tr("upload the code");
    return send(r);
}

Pending<QList<FileMetadata>> FilesService::byIds(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    QJsonObject body{{"items"_L1, Identifier::toJsonArray(ids)}};
    if (ignoreUnknownIds)
        body.insert("ignoreUnknownIds"_L1, true);
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send<QList<FileMetadata>>(CdfClient::Request::postJson(u"files/byids"_s, body, FilesServiceText::tr("read files")),
                                     decodeItems<FileMetadata>);
}

Pending<QUrl> FilesService::downloadLink(qint64 fileId)
{
    return send<QUrl>(CdfClient::Request::postJson(u"files/downloadlink"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"id"_L1, fileId}}}}},
                                                   //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
                                                   FilesServiceText::tr("get a download link for file %1").arg(fileId)),
                      [](const QByteArray &body, ApiError *e) -> QUrl {
                          const auto doc = parseJsonObject(body);
                          const QString url = doc ? doc->value("items"_L1).toArray().at(0).toObject().value("downloadUrl"_L1).toString() : QString();
                          if (url.isEmpty()) {
                              e->message = FilesServiceText::tr("unexpected answer: items[0].downloadUrl is missing");
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
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    r.what = FilesServiceText::tr("download the code");
    r.maxResponseBytes = MaxDownloadBytes;
    return send<QByteArray>(r, [](const QByteArray &body, ApiError *) { return body; });
}

Pending<Empty> FilesService::remove(const QList<Identifier> &ids, bool ignoreUnknownIds)
{
    QJsonObject body{{"items"_L1, Identifier::toJsonArray(ids)}};
    if (ignoreUnknownIds)
        body.insert("ignoreUnknownIds"_L1, true);
    //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
    return send(CdfClient::Request::postJson(u"files/delete"_s, body, FilesServiceText::tr("delete files")));
}

} // namespace fstudio::api
