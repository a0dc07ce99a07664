#pragma once

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
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    bool responseTooLarge() const { return m_tooLarge; }

    int status() const { return m_status; }
    QByteArray body() const { return m_body; }
    QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    bool hasHeader(const QByteArray &lowerName) const { return m_headers.contains(lowerName); }
    QNetworkReply::NetworkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void finished();
    void uploadProgress(qint64 sent, qint64 total);

private:
    void onReadyRead();
    void onDisconnected();
    void onError();
    bool parse(bool closed);
    void done(QNetworkReply::NetworkError e, const QString &message);

    QUrl m_url;
    QByteArray m_method;
    QList<QPair<QByteArray, QByteArray>> m_requestHeaders;
    QByteArray m_requestBody;
    QSslSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_headDone = false;
    bool m_chunked = false;
    qint64 m_contentLength = -1;
    int m_status = 0;
    QMap<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
    bool m_finished = false;
    qint64 m_written = 0;
    qint64 m_maxBytes = 64LL * 1024 * 1024;
    qint64 m_received = 0;
    bool m_tooLarge = false;
    bool takeInput(); // reads what the socket has; false (and done) when over m_maxBytes
    bool overLimit();
    bool protocolFailed(); // done() with the parse error, if there is one
    QString m_protocolError;
    int m_interimAnswers = 0;
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
};

} // namespace fstudio::api
