#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

namespace fstudio::test {

// A small blocking HTTP client for tests (waits in a local event loop, which is fine in tests
// and nowhere else).
class TestHttp
{
public:
    explicit TestHttp(QString baseUrl)
        : m_base(std::move(baseUrl))
    {
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        QString errorMessage() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(); }
        int errorCode() const { return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toInt(); }
    };

    QString token; // sent as a bearer token when set
    QString project = QStringLiteral("playground");

    Reply request(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body = {}, const QMap<QByteArray, QByteArray> &headers = {},
                  int timeoutMs = 30000);
    Reply get(const QString &path) { return request("GET", path); }
    Reply post(const QString &path, const QJsonObject &body);
    Reply postGzip(const QString &path, const QJsonObject &body);
    Reply postForm(const QString &path, const QMap<QString, QString> &fields);
    // Project-scoped helpers: "functions/list" -> /api/v1/projects/{project}/functions/list
    Reply pget(const QString &path) { return get(projectPath(path)); }
    Reply ppost(const QString &path, const QJsonObject &body) { return post(projectPath(path), body); }
    QString projectPath(const QString &path) const { return QStringLiteral("/api/v1/projects/") + project + QLatin1Char('/') + path; }
    QString baseUrl() const { return m_base; }

    // Signs in with client credentials and keeps the token.
    bool signIn(const QString &clientId = QStringLiteral("functions-studio"), const QString &secret = QStringLiteral("emulator-secret"));
    // POST /sessions with token exchange; returns the nonce.
    QString nonce();
    // Files API: create + upload; returns the file id.
    qint64 uploadFile(const QString &name, const QByteArray &content, const QString &externalId = {});
    // Zips a folder with the core packager and uploads it.
    qint64 uploadFolder(const QString &folder, const QString &name);

private:
    QNetworkAccessManager m_nam;
    QString m_base;
};

} // namespace fstudio::test
