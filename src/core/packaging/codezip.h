#pragma once

#include "core/util/expected.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace fstudio {

// Reads the table of contents of a function's code zip (as downloaded from CDF) without
// extracting anything. Bounded: a zip with more entries than maxEntries is reported as such
// rather than listed in full. Pure and thread-safe: the GUI runs it off the GUI thread.
struct CodeZipEntry
{
    QString name;
    qint64 uncompressedSize = 0;
    qint64 compressedSize = 0;
    friend bool operator==(const CodeZipEntry &, const CodeZipEntry &) = default;
};

struct CodeZipListing
{
    QList<CodeZipEntry> entries; // in the zip's own order
    qint64 totalEntries = 0; // may exceed entries.size() when truncated
    bool truncated = false;
};

class CodeZip
{
public:
    static constexpr int DefaultMaxEntries = 10000;
    // The error is a sentence for the user ("not a zip file (…)").
    static Expected<CodeZipListing, QString> list(const QByteArray &zipBytes, int maxEntries = DefaultMaxEntries);
};

} // namespace fstudio
