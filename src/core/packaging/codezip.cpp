#include "core/packaging/codezip.h"

#include <QBuffer>
#include <QCoreApplication>

#include <quazip.h>

namespace fstudio {

namespace {
// CodeZipText::tr(): why a function's code zip cannot be listed, under the context "CodeZip".
struct CodeZipText
{
    Q_DECLARE_TR_FUNCTIONS(CodeZip)
};
} // namespace

Expected<CodeZipListing, QString> CodeZip::list(const QByteArray &zipBytes, int maxEntries)
{
    QByteArray data = zipBytes; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return CodeZipText::tr("the file is not a readable zip archive (error %1)").arg(zip.getZipError());
    CodeZipListing out;
    out.totalEntries = zip.getEntriesCount();
    // Walk the central directory entry by entry: stops at maxEntries and on the first error.
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (out.entries.size() >= maxEntries) {
            out.truncated = true;
            break;
        }
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return CodeZipText::tr("the zip archive is damaged at entry %1 (error %2)").arg(out.entries.size() + 1).arg(zip.getZipError());
        out.entries.append(CodeZipEntry{info.name, qint64(info.uncompressedSize), qint64(info.compressedSize)});
    }
    if (zip.getZipError() != 0 && !out.truncated)
        return CodeZipText::tr("the zip archive is damaged (error %1)").arg(zip.getZipError());
    zip.close();
    return out;
}

} // namespace fstudio
