#pragma once

#include <QByteArray>

#include <optional>

namespace fstudio {

// gzip (RFC 1952) for HTTP bodies: the client compresses JSON requests, the emulator accepts them.
class Gzip
{
public:
    static QByteArray compress(const QByteArray &data, int level = 6);
    // nullopt when the input is not a valid gzip stream or would inflate beyond maxOutput bytes.
    static std::optional<QByteArray> decompress(const QByteArray &data, qint64 maxOutput = 512LL * 1024 * 1024);
};

} // namespace fstudio
