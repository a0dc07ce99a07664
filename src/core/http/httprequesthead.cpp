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
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (!line.toLower().startsWith("content-length:"))
            continue;
        const QByteArray value = line.mid(15).trimmed();
        const bool digits =
            !value.isEmpty() && value.size() <= 15 && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (!digits || (out.contentLength >= 0 && out.contentLength != value.toLongLong())) {
            out.state = State::Invalid; // junk, or two different lengths (request smuggling)
            return out;
        }
        out.contentLength = value.toLongLong();
    }
    return out;
}

} // namespace fstudio
