#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace fstudio {

// The start of an HTTP/1.1 request as far as the emulator needs it before Qt's HTTP server reads
// the body: the method, the path and the declared Content-Length. The emulator's socket guard
// (src/emulator/emulatorserver.cpp) refuses oversized bodies from this. Bounded: a head longer
// than maxHead is TooLong; a Content-Length that is not plain digits (or more than 15 of them), two
// that differ, Content-Length beside Transfer-Encoding, a Transfer-Encoding other than chunked, or
// two Host headers are Invalid (each a way to frame one request two ways: request smuggling). Any bytes are accepted as input
// (tests/fuzz/fuzz_request_head).
struct HttpRequestHead
{
    enum class State { NeedMore, Complete, TooLong, Invalid };
    State state = State::NeedMore;
    QByteArray method;
    QString path; // at most 2000 characters
    qint64 contentLength = -1; // -1: none declared
    QString problem; // why it is Invalid, in words

    static HttpRequestHead parse(QByteArrayView bytes, qsizetype maxHead = 64 * 1024);
};

} // namespace fstudio
