#include "api/transport/oneshothttp.h"

#include <algorithm>
#include <cctype>

#include <QCoreApplication>
#include <QSslSocket>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// OneShotHttpText::tr(): why a request over its own connection failed, under the context "OneShotHttp".
struct OneShotHttpText
{
    Q_DECLARE_TR_FUNCTIONS(OneShotHttp)
};
} // namespace

OneShotHttp::OneShotHttp(QUrl url, QByteArray method, QList<QPair<QByteArray, QByteArray>> headers, QByteArray body, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_method(std::move(method))
    , m_requestHeaders(std::move(headers))
    , m_requestBody(std::move(body))
{
}

void OneShotHttp::start()
{
    m_socket = new QSslSocket(this);
    const bool tls = m_url.scheme() == u"https"_s;
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    connect(m_socket, &QSslSocket::readyRead, this, &OneShotHttp::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &OneShotHttp::onDisconnected);
    connect(m_socket, &QSslSocket::errorOccurred, this, &OneShotHttp::onError);
    connect(m_socket, &QSslSocket::bytesWritten, this, [this](qint64 n) {
        m_written += n;
        Q_EMIT uploadProgress(std::min<qint64>(m_written, m_requestBody.size()), m_requestBody.size());
    });
    auto send = [this] {
        QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
        if (target.isEmpty())
            target = "/";
        if (m_url.hasQuery())
            target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
        QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\n";
        head += "Host: " + m_url.host(QUrl::FullyEncoded).toLatin1();
        if (m_url.port() != -1)
            head += ':' + QByteArray::number(m_url.port());
        head += "\r\nConnection: close\r\nContent-Length: " + QByteArray::number(m_requestBody.size()) + "\r\n";
        for (const auto &h : std::as_const(m_requestHeaders))
            head += h.first + ": " + h.second + "\r\n";
        head += "\r\n";
        m_socket->write(head + m_requestBody);
    };
    if (tls) {
        connect(m_socket, &QSslSocket::encrypted, this, send);
        m_socket->connectToHostEncrypted(m_url.host(), port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, send);
        m_socket->connectToHost(m_url.host(), port);
    }
}

void OneShotHttp::abort()
{
    //: Why a request ended: it was cancelled.
    done(QNetworkReply::OperationCanceledError, OneShotHttpText::tr("cancelled")); // disconnects, then aborts the socket
}

bool OneShotHttp::takeInput(bool closed)
{
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty()) {
        m_received += data.size();
        Q_EMIT downloadProgress(m_received, -1);
    }
    auto state = m_parser.feed(data);
    if (closed)
        state = m_parser.finish();
    if (state == HttpResponseParser::State::NeedMore)
        return false;
    if (state == HttpResponseParser::State::Failed) {
        const bool closedEarly = m_parser.closedEarly();
        if (m_parser.tooLarge())
            //: %1 says how the answer is too large, e.g. "is larger than the 1048576 bytes this request accepts".
            done(QNetworkReply::OperationCanceledError, OneShotHttpText::tr("the answer %1").arg(m_parser.error()));
        else if (closedEarly)
            done(QNetworkReply::RemoteHostClosedError, m_parser.error());
        else
            //: %1 says what is wrong, e.g. "its status line is "FOO"".
            done(QNetworkReply::ProtocolFailure, OneShotHttpText::tr("the server's answer is not valid HTTP: %1").arg(m_parser.error()));
        return true;
    }
    done(QNetworkReply::NoError, QString());
    return true;
}

void OneShotHttp::onReadyRead()
{
    takeInput(false);
}

void OneShotHttp::onDisconnected()
{
    takeInput(true);
}

void OneShotHttp::onError()
{
    const auto e = m_socket->error();
    if (e == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    QNetworkReply::NetworkError ne = QNetworkReply::UnknownNetworkError;
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError: ne = QNetworkReply::ConnectionRefusedError; break;
    case QAbstractSocket::HostNotFoundError: ne = QNetworkReply::HostNotFoundError; break;
    case QAbstractSocket::SocketTimeoutError: ne = QNetworkReply::TimeoutError; break;
    case QAbstractSocket::SslHandshakeFailedError: ne = QNetworkReply::SslHandshakeFailedError; break;
    default: break;
    }
    done(ne, m_socket->errorString());
}

void OneShotHttp::done(QNetworkReply::NetworkError e, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = e;
    m_errorString = message;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace fstudio::api
