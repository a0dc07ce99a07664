#include "testhttp.h"

#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"
#include "core/util/gzip.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

namespace fstudio::test {

using namespace Qt::StringLiterals;

TestHttp::Reply TestHttp::request(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                                  const QMap<QByteArray, QByteArray> &headers, int timeoutMs)
{
    const QUrl url(pathOrUrl.startsWith(u"http"_s) ? pathOrUrl : m_base + pathOrUrl);
    QNetworkRequest req(url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (auto it = headers.begin(); it != headers.end(); ++it)
        req.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    if (!reply->isFinished()) {
        reply->abort();
        r.error = QNetworkReply::TimeoutError;
    } else {
        r.error = reply->error();
    }
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto &h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    reply->deleteLater();
    return r;
}

TestHttp::Reply TestHttp::post(const QString &path, const QJsonObject &body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}});
}

TestHttp::Reply TestHttp::postGzip(const QString &path, const QJsonObject &body)
{
    return request("POST", path, Gzip::compress(QJsonDocument(body).toJson(QJsonDocument::Compact)),
                   {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
}

TestHttp::Reply TestHttp::postForm(const QString &path, const QMap<QString, QString> &fields)
{
    QUrlQuery q;
    for (auto it = fields.begin(); it != fields.end(); ++it)
        q.addQueryItem(it.key(), QString::fromLatin1(QUrl::toPercentEncoding(it.value())));
    return request("POST", path, q.query(QUrl::FullyEncoded).toLatin1(), {{"Content-Type", "application/x-www-form-urlencoded"}});
}

bool TestHttp::signIn(const QString &clientId, const QString &secret)
{
    const Reply r =
        postForm(u"/oauth2/token"_s, {{u"grant_type"_s, u"client_credentials"_s}, {u"client_id"_s, clientId}, {u"client_secret"_s, secret}});
    token = r.json.value("access_token"_L1).toString();
    return r.status == 200 && !token.isEmpty();
}

QString TestHttp::nonce()
{
    const Reply r = ppost(u"sessions"_s, QJsonObject{{"items"_L1, QJsonArray{QJsonObject{{"tokenExchange"_L1, true}}}}});
    return r.json.value("items"_L1).toArray().at(0).toObject().value("nonce"_L1).toString();
}

qint64 TestHttp::uploadFile(const QString &name, const QByteArray &content, const QString &externalId)
{
    QJsonObject meta{{"name"_L1, name}};
    if (!externalId.isEmpty())
        meta.insert("externalId"_L1, externalId);
    const Reply created = post(projectPath(u"files"_s) + (externalId.isEmpty() ? QString() : u"?overwrite=true"_s), meta);
    const QString url = created.json.value("uploadUrl"_L1).toString();
    if (created.status != 201 || url.isEmpty())
        return 0;
    const Reply put = request("PUT", url, content, {{"Content-Type", "application/zip"}});
    return put.status == 200 ? created.json.value("id"_L1).toInteger() : 0;
}

qint64 TestHttp::uploadFolder(const QString &folder, const QString &name)
{
    QTemporaryDir tmp;
    const auto written = PackageWriter::write(PackagePlanner::plan(folder), tmp.filePath(u"code.zip"_s));
    if (!written)
        return 0;
    QFile f(written->zipPath);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return uploadFile(name + u".zip"_s, f.readAll());
}

} // namespace fstudio::test
