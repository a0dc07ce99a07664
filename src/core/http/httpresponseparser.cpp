#include "core/http/httpresponseparser.h"

#include <QCoreApplication>

#include <algorithm>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {
// HttpResponseText::tr(): what is wrong with an answer, under the context "HttpResponse". Most
// are the end of a sentence the caller begins: "the server's answer is not valid HTTP: its
// status line is ..." and "the answer is larger than ...".
struct HttpResponseText
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponse)
};

bool isDigits(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
bool isHex(QByteArrayView s)
{
    return !s.isEmpty()
        && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); });
}
QString shown(QByteArrayView s, qsizetype max)
{
    return QString::fromLatin1(s.first(std::min(s.size(), max))).trimmed();
}
} // namespace

HttpResponseParser::State HttpResponseParser::feed(QByteArrayView data)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer.append(data);
    return parse();
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state != State::NeedMore)
        return m_state;
    if (parse() != State::NeedMore)
        return m_state;
    if (m_stage == Stage::UntilClose) {
        m_body += m_buffer.mid(m_pos);
        return complete();
    }
    fail(m_status ? HttpResponseText::tr("the connection closed before the whole answer arrived")
                  : HttpResponseText::tr("the connection closed without an answer"));
    m_closedEarly = true;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::fail(const QString &why, bool tooLarge)
{
    m_state = State::Failed;
    m_error = why;
    m_tooLarge = tooLarge;
    m_buffer.clear();
    m_pos = 0;
    return m_state;
}

HttpResponseParser::State HttpResponseParser::complete()
{
    m_stage = Stage::Done;
    m_state = State::Complete;
    m_buffer.clear();
    m_pos = 0;
    return m_state;
}

void HttpResponseParser::compact()
{
    // Drop what was decoded once it is most of the buffer: amortised linear, never quadratic.
    if (m_pos > 4096 && m_pos * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
}

bool HttpResponseParser::parseHead(qsizetype end)
{
    const QList<QByteArray> lines = QByteArrayView(m_buffer).sliced(m_pos, end - m_pos).toByteArray().split('\n');
    m_pos = end + 4;
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    bool ok = false;
    const QByteArray code = statusLine.value(1);
    m_status = code.size() == 3 && isDigits(code) ? code.toInt(&ok) : 0;
    if (!statusLine.value(0).startsWith("HTTP/1.") || !ok || m_status < 100 || m_status > 599) {
        m_status = 0;
        //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
        fail(HttpResponseText::tr("its status line is \"%1\"").arg(shown(lines.value(0), 80)));
        return false;
    }
    if (m_status == 101) {
        m_status = 0;
        //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
        fail(HttpResponseText::tr("it switched protocols (101), which this request did not ask for"));
        return false;
    }
    if (m_status < 200) { // 100 Continue, 102 Processing, 103 Early Hints: a final answer follows
        m_status = 0;
        if (++m_interim > MaxInterimAnswers) {
            //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
            fail(HttpResponseText::tr("it sent more than %1 interim answers").arg(MaxInterimAnswers));
            return false;
        }
        return true;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
    }
    if (m_headers.value("transfer-encoding").toLower().contains("chunked")) {
        m_stage = Stage::ChunkSize;
    } else if (m_headers.contains("content-length")) {
        const QByteArray length = m_headers.value("content-length");
        if (!isDigits(length) || length.size() > 15) {
            //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
            fail(HttpResponseText::tr("its Content-Length is \"%1\"").arg(shown(length, 40)));
            return false;
        }
        m_contentLength = length.toLongLong();
        if (m_contentLength > m_maxBody) {
            //: Inserted into "the answer %1": the answer is too large.
            fail(HttpResponseText::tr("is larger than the %1 bytes this request accepts").arg(m_maxBody), true);
            return false;
        }
        m_stage = Stage::Length;
    } else if (m_status == 204 || m_status == 304) {
        m_contentLength = 0;
        m_stage = Stage::Length;
    } else {
        m_stage = Stage::UntilClose;
    }
    return true;
}

HttpResponseParser::State HttpResponseParser::parse()
{
    while (m_state == State::NeedMore) {
        switch (m_stage) {
        case Stage::Head: {
            // Search on from where the last search stopped (less the 3 bytes a split "\r\n\r\n"
            // may have left), so a head arriving a byte at a time is still read in linear time.
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", std::max(m_pos, m_headSearchFrom - 3));
            if (end < 0) {
                m_headSearchFrom = m_buffer.size();
                if (available() > MaxHeadBytes + 3) // the same limit however the bytes arrive
                    //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
                    return fail(HttpResponseText::tr("its header is longer than 64 kB"));
                return m_state;
            }
            if (end - m_pos > MaxHeadBytes)
                return fail(HttpResponseText::tr("its header is longer than 64 kB"));
            if (!parseHead(end))
                return m_state;
            compact();
            m_headSearchFrom = m_pos;
            break;
        }
        case Stage::ChunkSize: {
            const qsizetype nl = m_buffer.indexOf("\r\n", m_pos);
            if (nl < 0)
                // Without its CRLF yet, the line is at least available() - 1 long (a last '\r' may
                // start the CRLF): the same limit as below, however the bytes arrive.
                //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
                return available() - 1 > 1024 ? fail(HttpResponseText::tr("a chunk size line is longer than 1 kB")) : m_state;
            if (nl - m_pos > 1024) // the same limit when the whole line came in one read
                return fail(HttpResponseText::tr("a chunk size line is longer than 1 kB"));
            const QByteArray sizeText = QByteArrayView(m_buffer).sliced(m_pos, nl - m_pos).toByteArray().split(';').value(0).trimmed();
            if (!isHex(sizeText) || sizeText.size() > 15)
                //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
                return fail(HttpResponseText::tr("a chunk size is \"%1\"").arg(shown(sizeText, 40)));
            m_chunkSize = sizeText.toLongLong(nullptr, 16); // at most 15 hex digits: no overflow
            if (m_chunkSize > m_maxBody || qint64(m_body.size()) + m_chunkSize > m_maxBody)
                return fail(HttpResponseText::tr("is larger than the %1 bytes this request accepts").arg(m_maxBody), true);
            m_pos = nl + 2;
            if (m_chunkSize == 0)
                return complete(); // trailers, if any, are not read
            m_stage = Stage::ChunkData;
            break;
        }
        case Stage::ChunkData:
            if (available() < m_chunkSize + 2)
                return m_state;
            if (QByteArrayView(m_buffer).sliced(m_pos + m_chunkSize, 2) != "\r\n")
                //: Why an answer is not valid HTTP, inserted into "the server's answer is not valid HTTP: %1".
                return fail(HttpResponseText::tr("a chunk does not end where its size says"));
            m_body.append(QByteArrayView(m_buffer).sliced(m_pos, m_chunkSize));
            m_pos += m_chunkSize + 2;
            m_stage = Stage::ChunkSize;
            compact();
            break;
        case Stage::Length:
            if (available() < m_contentLength)
                return m_state;
            m_body = m_buffer.mid(m_pos, m_contentLength);
            return complete();
        case Stage::UntilClose:
            if (available() > m_maxBody)
                return fail(HttpResponseText::tr("is larger than the %1 bytes this request accepts").arg(m_maxBody), true);
            return m_state;
        case Stage::Done: return m_state;
        }
    }
    return m_state;
}

} // namespace fstudio
