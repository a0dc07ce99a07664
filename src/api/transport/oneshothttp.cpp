#include "api/transport/oneshothttp.h"

#include <algorithm>
#include <cctype>

#include <QSslSocket>

namespace fstudio::api {

using namespace Qt::StringLiterals;

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
    done(QNetworkReply::OperationCanceledError, u"cancelled"_s); // disconnects, then aborts the socket
}

bool OneShotHttp::takeInput()
{
    const QByteArray data = m_socket->readAll();
    m_received += data.size();
    m_buffer += data;
    return !overLimit();
}

// Before the head is complete, the head may use 64 KiB on top; after it, the body counts alone.
bool OneShotHttp::overLimit()
{
    // After the head, m_buffer holds the body as it arrives (m_body is its decoded copy at the end).
    const qint64 bodySoFar = m_headDone ? std::max({qint64(m_body.size()), qint64(m_buffer.size()), m_contentLength}) : 0;
    if (bodySoFar <= m_maxBytes && m_received <= m_maxBytes + 64 * 1024)
        return false;
    m_tooLarge = true;
    done(QNetworkReply::OperationCanceledError, u"the answer is larger than the %1 bytes this request accepts"_s.arg(m_maxBytes));
    return true;
}

bool OneShotHttp::protocolFailed()
{
    if (m_protocolError.isEmpty())
        return false;
    done(m_tooLarge ? QNetworkReply::OperationCanceledError : QNetworkReply::ProtocolFailure,
         m_tooLarge ? u"the answer %1"_s.arg(m_protocolError) : u"the server's answer is not valid HTTP: %1"_s.arg(m_protocolError));
    return true;
}

void OneShotHttp::onReadyRead()
{
    if (!takeInput())
        return;
    const bool complete = parse(false);
    if (protocolFailed() || overLimit())
        return;
    if (complete)
        done(QNetworkReply::NoError, QString());
}

void OneShotHttp::onDisconnected()
{
    if (!takeInput())
        return;
    const bool complete = parse(true);
    if (protocolFailed() || overLimit())
        return;
    if (complete)
        done(QNetworkReply::NoError, QString());
    else
        done(QNetworkReply::RemoteHostClosedError,
             m_status ? u"the connection closed before the whole answer arrived"_s : u"the connection closed without an answer"_s);
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

namespace {
bool isHex(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isxdigit(uchar(c)); });
}
bool isDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
} // namespace

// True when a complete answer is in m_buffer (then m_status, m_headers, m_body are set). An
// answer that is not valid HTTP/1.1 sets m_protocolError: sizes are hex or decimal digits only
// and bounded, so no input can make this loop forever or overflow.
bool OneShotHttp::parse(bool closed)
{
    const auto fail = [this](const QString &why) {
        m_protocolError = why;
        return false;
    };
    while (!m_headDone) {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return m_buffer.size() > MaxHeadBytes ? fail(u"its header is longer than 64 kB"_s) : false;
        if (end > MaxHeadBytes)
            return fail(u"its header is longer than 64 kB"_s);
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        m_buffer.remove(0, end + 4);
        const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
        bool ok = false;
        m_status = statusLine.value(1).toInt(&ok);
        if (!statusLine.value(0).startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 599)
            return fail(u"its status line is \"%1\""_s.arg(QString::fromLatin1(lines.value(0).left(80).trimmed())));
        if (m_status == 100) { // 100 Continue: a final answer follows (a few at most)
            m_status = 0;
            if (++m_interimAnswers > 10)
                return fail(u"it sent more than 10 interim answers"_s);
            continue;
        }
        for (int i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        m_headDone = true;
        m_chunked = m_headers.value("transfer-encoding").toLower().contains("chunked");
        if (m_headers.contains("content-length") && !m_chunked) {
            const QByteArray length = m_headers.value("content-length");
            if (!isDigits(length) || length.size() > 15)
                return fail(u"its Content-Length is \"%1\""_s.arg(QString::fromLatin1(length.left(40))));
            m_contentLength = length.toLongLong();
        }
    }
    if (m_chunked) {
        QByteArray out;
        qsizetype pos = 0;
        while (true) {
            const qsizetype nl = m_buffer.indexOf("\r\n", pos);
            if (nl < 0)
                return m_buffer.size() - pos > 1024 ? fail(u"a chunk size line is longer than 1 kB"_s) : false;
            const QByteArray sizeText = m_buffer.mid(pos, nl - pos).split(';').value(0).trimmed();
            if (!isHex(sizeText) || sizeText.size() > 15)
                return fail(u"a chunk size is \"%1\""_s.arg(QString::fromLatin1(sizeText.left(40))));
            const qint64 size = sizeText.toLongLong(nullptr, 16);
            if (size > m_maxBytes || out.size() + size > m_maxBytes) {
                m_tooLarge = true;
                return fail(u"it is larger than the %1 bytes this request accepts"_s.arg(m_maxBytes));
            }
            if (size == 0) {
                m_body = out;
                return true;
            }
            if (m_buffer.size() - (nl + 2) < size + 2)
                return false;
            if (m_buffer.mid(nl + 2 + size, 2) != "\r\n")
                return fail(u"a chunk does not end where its size says"_s);
            out += m_buffer.mid(nl + 2, size);
            pos = nl + 2 + size + 2;
        }
    }
    if (m_contentLength >= 0) {
        if (m_buffer.size() < m_contentLength)
            return false;
        m_body = m_buffer.left(m_contentLength);
        return true;
    }
    if (closed) {
        m_body = m_buffer;
        return true;
    }
    return false;
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
