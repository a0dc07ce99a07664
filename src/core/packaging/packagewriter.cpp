#include "core/packaging/packagewriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtEndian>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 ChunkSize = 256 * 1024;

QDateTime clampForZip(const QDateTime &t)
{
    static const QDateTime minDos(QDate(1980, 1, 1), QTime(0, 0));
    static const QDateTime maxDos(QDate(2107, 12, 31), QTime(23, 59, 58));
    if (!t.isValid() || t < minDos)
        return minDos;
    if (t > maxDos)
        return maxDos;
    return t;
}

void hashEntryHeader(QCryptographicHash &h, const PackagePlan::Entry &e)
{
    const QByteArray path = e.path.toUtf8();
    h.addData(path);
    h.addData(QByteArrayView("\0", 1));
    const quint64 size = qToLittleEndian(quint64(e.size));
    h.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
}

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

} // namespace

Expected<PackageResult, PackageError> PackageWriter::write(const PackagePlan &plan, const QString &zipPath, const ProgressFn &progress,
                                                           const std::atomic_bool *cancel)
{
    if (!plan.ok())
        return PackageError{plan.errors.first().path, u"the package plan has errors: "_s + plan.errors.first().message};
    const QString partPath = zipPath + u".part"_s;
    QFile::remove(partPath);
    PackageResult result;
    result.zipPath = zipPath;
    result.fileCount = int(plan.files.size());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    PackageProgress pr{0, plan.totalBytes, 0, int(plan.files.size()), QString()};

    auto fail = [&](PackageError e) -> Expected<PackageResult, PackageError> {
        QFile::remove(partPath);
        return e;
    };
    {
        QuaZip zip(partPath);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return fail(
                PackageError{zipPath, u"cannot create the zip file (zip error %1); check that the folder is writable"_s.arg(zip.getZipError())});
        QByteArray buffer;
        for (const PackagePlan::Entry &e : plan.files) {
            if (cancelled(cancel)) {
                zip.close();
                return fail(PackageError{e.path, u"packaging was cancelled"_s, true});
            }
            QFile in(e.sourcePath);
            if (!in.open(QIODevice::ReadOnly)) {
                zip.close();
                return fail(PackageError{e.path, u"cannot read %1: %2"_s.arg(e.path, in.errorString())});
            }
            QuaZipNewInfo info(e.path);
            info.dateTime = clampForZip(e.modified);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
                                | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            QuaZipFile out(&zip);
            if (!out.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
                zip.close();
                return fail(PackageError{e.path, u"cannot add %1 to the zip (zip error %2)"_s.arg(e.path).arg(out.getZipError())});
            }
            hashEntryHeader(hash, e);
            pr.currentFile = e.path;
            qint64 written = 0;
            while (!in.atEnd()) {
                if (cancelled(cancel)) {
                    out.close();
                    zip.close();
                    return fail(PackageError{e.path, u"packaging was cancelled"_s, true});
                }
                buffer = in.read(ChunkSize);
                if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
                    break;
                if (out.write(buffer) != buffer.size()) {
                    out.close();
                    zip.close();
                    return fail(PackageError{e.path, u"writing %1 to the zip failed (is the disk full?)"_s.arg(e.path)});
                }
                hash.addData(buffer);
                written += buffer.size();
                pr.bytesDone += buffer.size();
                if (progress)
                    progress(pr);
            }
            if (in.error() != QFileDevice::NoError || written != e.size) {
                out.close();
                zip.close();
                return fail(PackageError{
                    e.path,
                    written != e.size
                        ? u"%1 changed while it was being packaged (%2 bytes expected, %3 read); try again"_s.arg(e.path).arg(e.size).arg(written)
                        : u"cannot read %1: %2"_s.arg(e.path, in.errorString())});
            }
            out.close();
            if (out.getZipError() != 0) {
                zip.close();
                return fail(PackageError{e.path, u"cannot finish %1 in the zip (zip error %2)"_s.arg(e.path).arg(out.getZipError())});
            }
            ++pr.filesDone;
            if (progress)
                progress(pr);
        }
        zip.close();
        if (zip.getZipError() != 0)
            return fail(PackageError{zipPath, u"cannot finish the zip file (zip error %1)"_s.arg(zip.getZipError())});
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partPath, zipPath))
        return fail(PackageError{zipPath, u"cannot move the finished zip to %1"_s.arg(zipPath)});
    result.zipBytes = QFileInfo(zipPath).size();
    result.contentHash = u"sha256:"_s + QString::fromLatin1(hash.result().toHex());
    return result;
}

Expected<QString, PackageError> PackageWriter::contentHash(const PackagePlan &plan, const std::atomic_bool *cancel)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PackagePlan::Entry &e : plan.files) {
        QFile in(e.sourcePath);
        if (!in.open(QIODevice::ReadOnly))
            return PackageError{e.path, u"cannot read %1: %2"_s.arg(e.path, in.errorString())};
        hashEntryHeader(hash, e);
        while (!in.atEnd()) {
            if (cancelled(cancel))
                return PackageError{e.path, u"cancelled"_s, true};
            hash.addData(in.read(ChunkSize));
        }
    }
    return QString(u"sha256:"_s + QString::fromLatin1(hash.result().toHex()));
}

} // namespace fstudio
