#include "core/http/httprequesthead.h"

#include <QList>

#include <algorithm>

namespace fstudio {

HttpRequestHead HttpRequestHead::parse(QByteArrayView bytes, qsizetype maxHead)
{
    HttpRequestHead out;
    const qsizetype end = bytes.indexOf(QByteArrayView("\r\n\r\n"));
    if (end < 0 || end > maxHead) {
        out.state = bytes.size() >= maxHead || end > maxHead ? State::TooLong : State::NeedMore;
        return out;
    }
    const QList<QByteArray> lines = bytes.first(end).toByteArray().split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    out.method = requestLine.value(0).left(16);
    out.path = QString::fromLatin1(requestLine.value(1).left(2000));
    out.state = State::Complete;
    const auto invalid = [&out](const char *why) {
        out.state = State::Invalid;
        out.problem = QString::fromLatin1(why);
        return out;
    };
    bool chunked = false;
    int hosts = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const QByteArray lower = line.toLower();
        if (lower.startsWith("host:") && ++hosts > 1)
            return invalid("The request has two Host headers.");
        if (lower.startsWith("transfer-encoding:")) {
            if (chunked || lower.mid(18).trimmed() != "chunked")
                return invalid("The request's Transfer-Encoding is not \"chunked\" (the only one the emulator reads).");
            chunked = true;
        }
        if (!lower.startsWith("content-length:"))
            continue;
        const QByteArray value = line.mid(15).trimmed();
        const bool digits =
            !value.isEmpty() && value.size() <= 15 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || (out.contentLength >= 0 && out.contentLength != value.toLongLong()))
            return invalid("The request's Content-Length is not a number, or there are two that differ.");
        out.contentLength = value.toLongLong();
    }
    if (chunked && out.contentLength >= 0)
        return invalid("The request has both Content-Length and Transfer-Encoding.");
    return out;
}

} // namespace fstudio
