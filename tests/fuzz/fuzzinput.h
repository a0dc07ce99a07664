#pragma once
// Shared by the fuzz targets: the bytes libFuzzer gives, as Qt types, and a check that aborts
// (so libFuzzer records the input) when a property the code promises does not hold.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fstudio::fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

#define FS_FUZZ_CHECK(cond)                                                                                                                          \
    do {                                                                                                                                             \
        if (!(cond)) {                                                                                                                               \
            std::fprintf(stderr, "fuzz check failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);                                                      \
            std::abort();                                                                                                                            \
        }                                                                                                                                            \
    } while (false)

} // namespace fstudio::fuzz
