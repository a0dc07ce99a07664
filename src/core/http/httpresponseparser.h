#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QMap>
#include <QString>

namespace fstudio {

// The answer to one HTTP/1.1 request, parsed as its bytes arrive (api::OneShotHttp feeds it from
// a socket; tests/fuzz/fuzz_http_response feeds it anything). Strict and bounded: the status line must be
// "HTTP/1.x NNN", Content-Length and chunk sizes are digits only (decimal, hex) and at most 15 of
// them, the head is at most 64 kB, at most 10 interim (1xx) answers, 101 refused, and a body larger
// than maxBodyBytes fails as "too large" as soon as that is known. Chunks are decoded as they
// arrive and their bytes dropped, so the work is linear in the input and memory is about
// twice maxBodyBytes at most. No input can make it loop, overflow or read out of bounds.
class HttpResponseParser
{
public:
    enum class State { NeedMore, Complete, Failed };
    static constexpr qsizetype MaxHeadBytes = 64 * 1024;
    static constexpr int MaxInterimAnswers = 10;

    explicit HttpResponseParser(qint64 maxBodyBytes = 64LL * 1024 * 1024)
        : m_maxBody(maxBodyBytes)
    {
    }

    State feed(QByteArrayView data); // more bytes arrived
    State finish(); // the connection closed: a close-delimited body ends here

    State state() const { return m_state; }
    int status() const { return m_status; } // 0 until the final status line is in
    QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    bool hasHeader(const QByteArray &lowerName) const { return m_headers.contains(lowerName); }
    const QByteArray &body() const { return m_body; } // complete only in State::Complete
    QString error() const { return m_error; } // why it failed, in words ("a chunk size is "-5"")
    bool tooLarge() const { return m_tooLarge; } // failed because the body is over the limit
    bool closedEarly() const { return m_closedEarly; } // failed because the connection closed mid-answer

private:
    enum class Stage { Head, ChunkSize, ChunkData, Length, UntilClose, Done };
    State parse();
    State fail(const QString &why, bool tooLarge = false);
    State complete();
    bool parseHead(qsizetype end);
    qsizetype available() const { return m_buffer.size() - m_pos; }
    void compact();

    qint64 m_maxBody;
    State m_state = State::NeedMore;
    Stage m_stage = Stage::Head;
    QByteArray m_buffer; // undecoded input from m_pos on
    qsizetype m_pos = 0;
    qsizetype m_headSearchFrom = 0; // where the search for the end of the head goes on (linear, not quadratic)
    int m_status = 0;
    int m_interim = 0;
    QMap<QByteArray, QByteArray> m_headers;
    qint64 m_contentLength = -1;
    qint64 m_chunkSize = 0;
    QByteArray m_body;
    QString m_error;
    bool m_tooLarge = false;
    bool m_closedEarly = false;
};

} // namespace fstudio
