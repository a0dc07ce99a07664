#pragma once

#include "core/http/httpresponseparser.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QSslSocket;

namespace fstudio::api {

// One HTTP/1.1 request on its own connection, never sent twice. Used for non-idempotent
// requests (create, delete, call): Qt's network stack silently resends a request whose
// connection closes before an answer arrives (seen with Qt 6.4 for POST), which could create
// a second function, call or schedule. Handles Content-Length, chunked and close-delimited bodies.
class OneShotHttp : public QObject
{
    Q_OBJECT

public:
    OneShotHttp(QUrl url, QByteArray method, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, QObject *parent = nullptr);
    void start();
    void abort();
    // An answer (head and body) larger than this fails the request instead of growing memory.
    void setMaxResponseBytes(qint64 bytes) { m_parser = HttpResponseParser(bytes); }
    bool responseTooLarge() const { return m_parser.tooLarge(); }

    int status() const { return m_parser.status(); }
    QByteArray body() const { return m_parser.body(); }
    QByteArray header(const QByteArray &lowerName) const { return m_parser.header(lowerName); }
    bool hasHeader(const QByteArray &lowerName) const { return m_parser.hasHeader(lowerName); }
    QNetworkReply::NetworkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total); // total: -1 (not known ahead)

private:
    void onReadyRead();
    void onDisconnected();
    void onError();
    void done(QNetworkReply::NetworkError e, const QString &message);

    QUrl m_url;
    QByteArray m_method;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QByteArray m_requestBody;
    QSslSocket *m_socket = nullptr;
    HttpResponseParser m_parser;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
    bool m_finished = false;
    qint64 m_written = 0;
    qint64 m_received = 0;
    bool takeInput(bool closed); // feeds the parser what the socket has; true when that ended the request
};

} // namespace fstudio::api
