#include "core/packaging/packagewriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <atomic>
#include <future>
#include <thread>
#include <vector>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

namespace fstudio {

using namespace Qt::StringLiterals;

namespace {

// PackageWriterText::tr(): why a package could not be written, under the context "PackageWriter".
struct PackageWriterText
{
    Q_DECLARE_TR_FUNCTIONS(PackageWriter)
};

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

namespace {

// One file, read and deflated (raw deflate, as zip stores it) on a worker thread.
struct Deflated
{
    QByteArray data; // compressed
    QByteArray plain; // for the content hash
    quint32 crc = 0;
    QString error;
};

Deflated deflateFile(const PackagePlan::Entry &e)
try {
    Deflated out;
    QFile in(e.sourcePath);
    if (!in.open(QIODevice::ReadOnly)) {
        out.error = PackageWriterText::tr("cannot read %1: %2").arg(e.path, in.errorString());
        return out;
    }
    out.plain = in.read(e.size + 1);
    if (out.plain.size() != e.size) {
        out.error = PackageWriterText::tr("%1 changed while it was being packaged (%2 bytes expected, %3 read); try again")
                        .arg(e.path, QString::number(e.size), QString::number(out.plain.size()));
        return out;
    }
    out.crc = quint32(::crc32(::crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef *>(out.plain.constData()), uInt(out.plain.size())));
    z_stream z{};
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        out.error = PackageWriterText::tr("cannot compress %1").arg(e.path);
        return out;
    }
    out.data.resize(qsizetype(deflateBound(&z, uLong(out.plain.size()))));
    z.next_in = reinterpret_cast<Bytef *>(out.plain.data());
    z.avail_in = uInt(out.plain.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data.data());
    z.avail_out = uInt(out.data.size());
    const int rc = deflate(&z, Z_FINISH);
    out.data.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (rc != Z_STREAM_END)
        out.error = PackageWriterText::tr("cannot compress %1").arg(e.path);
    out.data.squeeze();
    return out;
} catch (const std::exception &) { // out of memory: reported, never thrown across a thread
    Deflated failed;
    failed.error = PackageWriterText::tr("not enough memory to compress %1").arg(e.path);
    return failed;
}

// Deflates plan.files[from, to) with up to `threads` threads; results in plan order. A cancel
// stops it between files (the unfinished ones are left empty; the caller stops too).
QList<Deflated> deflateBatch(const PackagePlan &plan, qsizetype from, qsizetype to, int threads, const std::atomic_bool *cancel)
{
    QList<Deflated> out(to - from);
    std::atomic<qsizetype> next{from};
    const auto work = [&] {
        for (qsizetype i = next++; i < to && !cancelled(cancel); i = next++)
            out[i - from] = deflateFile(plan.files.at(i));
    };
    std::vector<std::thread> pool;
    try {
        for (int t = 1; t < std::min<qsizetype>(threads, to - from); ++t)
            pool.emplace_back(work);
    } catch (const std::exception &) {
        // No more threads to be had: the ones started and this one do the work.
    }
    work();
    for (std::thread &t : pool)
        t.join();
    return out;
}

} // namespace

Expected<PackageResult, PackageError> PackageWriter::write(const PackagePlan &plan, const QString &zipPath, const ProgressFn &progress,
                                                           const std::atomic_bool *cancel, int threads)
{
    if (!plan.ok())
        //: %1 is the first of the plan's errors, e.g. "the folder /x does not exist".
        return PackageError{plan.errors.first().path, PackageWriterText::tr("the package plan has errors: %1").arg(plan.errors.first().message)};
    if (threads < 1)
        threads = std::max(1, int(std::thread::hardware_concurrency()));
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
            return fail(PackageError{
                zipPath,
                PackageWriterText::tr("cannot create the zip file (zip error %1); check that the folder is writable").arg(zip.getZipError())});
        const auto newInfo = [](const PackagePlan::Entry &e) {
            QuaZipNewInfo info(e.path);
            info.dateTime = clampForZip(e.modified);
            info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
                                | QFileDevice::ReadGroup | QFileDevice::ReadOther);
            return info;
        };
        // Small files are read and deflated in batches on `threads` threads (the next batch while
        // this one is written), then stored as they are; large ones are streamed.
        constexpr qint64 LargeFile = 8LL * 1024 * 1024;
        constexpr qint64 BatchBytes = 16LL * 1024 * 1024;
        constexpr qsizetype BatchFiles = 512;
        const auto batchEnd = [&](qsizetype from) {
            qsizetype to = from;
            qint64 bytes = 0;
            while (to < plan.files.size() && plan.files.at(to).size <= LargeFile && bytes < BatchBytes && to - from < BatchFiles)
                bytes += plan.files.at(to++).size;
            return to;
        };
        std::future<QList<Deflated>> ahead;
        qsizetype aheadFrom = -1, aheadTo = -1;
        QByteArray buffer;
        for (qsizetype i = 0; i < plan.files.size();) {
            if (cancelled(cancel)) {
                if (ahead.valid())
                    ahead.wait();
                zip.close();
                return fail(PackageError{plan.files.at(i).path, PackageWriterText::tr("packaging was cancelled"), true});
            }
            const qsizetype to = batchEnd(i);
            if (to > i) {
                QList<Deflated> batch = aheadFrom == i ? ahead.get() : deflateBatch(plan, i, to, threads, cancel);
                aheadFrom = aheadTo = -1;
                if (const qsizetype after = batchEnd(to); after > to) {
                    try {
                        ahead = std::async(std::launch::async,
                                           [&plan, to, after, threads, cancel] { return deflateBatch(plan, to, after, threads, cancel); });
                        aheadFrom = to;
                        aheadTo = after;
                    } catch (const std::exception &) {
                        // No thread for the next batch: it is deflated when its turn comes.
                    }
                }
                for (qsizetype k = i; k < to; ++k) {
                    const PackagePlan::Entry &e = plan.files.at(k);
                    const Deflated &d = batch.at(k - i);
                    const auto stop = [&](PackageError err) {
                        if (ahead.valid())
                            ahead.wait();
                        zip.close();
                        return fail(std::move(err));
                    };
                    if (cancelled(cancel))
                        return stop(PackageError{e.path, PackageWriterText::tr("packaging was cancelled"), true});
                    if (!d.error.isEmpty())
                        return stop(PackageError{e.path, d.error});
                    QuaZipNewInfo info = newInfo(e);
                    info.uncompressedSize = ulong(e.size);
                    QuaZipFile out(&zip);
                    if (!out.open(QIODevice::WriteOnly, info, nullptr, d.crc, Z_DEFLATED, Z_DEFAULT_COMPRESSION, true)
                        || out.write(d.data) != d.data.size())
                        return stop(PackageError{e.path,
                                                 PackageWriterText::tr("writing %1 to the zip failed (zip error %2; is the disk full?)")
                                                     .arg(e.path, QString::number(out.getZipError()))});
                    out.close();
                    if (out.getZipError() != 0)
                        return stop(PackageError{
                            e.path,
                            PackageWriterText::tr("cannot finish %1 in the zip (zip error %2)").arg(e.path, QString::number(out.getZipError()))});
                    hashEntryHeader(hash, e);
                    hash.addData(d.plain);
                    pr.currentFile = e.path;
                    pr.bytesDone += e.size;
                    ++pr.filesDone;
                    if (progress)
                        progress(pr);
                }
                i = to;
                continue;
            }
            const PackagePlan::Entry &e = plan.files.at(i);
            QFile in(e.sourcePath);
            if (!in.open(QIODevice::ReadOnly)) {
                zip.close();
                return fail(PackageError{e.path, PackageWriterText::tr("cannot read %1: %2").arg(e.path, in.errorString())});
            }
            QuaZipFile out(&zip);
            if (!out.open(QIODevice::WriteOnly, newInfo(e), nullptr, 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION)) {
                zip.close();
                return fail(PackageError{
                    e.path, PackageWriterText::tr("cannot add %1 to the zip (zip error %2)").arg(e.path, QString::number(out.getZipError()))});
            }
            hashEntryHeader(hash, e);
            pr.currentFile = e.path;
            qint64 written = 0;
            while (!in.atEnd()) {
                if (cancelled(cancel)) {
                    out.close();
                    zip.close();
                    return fail(PackageError{e.path, PackageWriterText::tr("packaging was cancelled"), true});
                }
                buffer = in.read(ChunkSize);
                if (buffer.isEmpty() && in.error() != QFileDevice::NoError)
                    break;
                if (out.write(buffer) != buffer.size()) {
                    out.close();
                    zip.close();
                    return fail(PackageError{e.path, PackageWriterText::tr("writing %1 to the zip failed (is the disk full?)").arg(e.path)});
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
                return fail(PackageError{e.path,
                                         written != e.size
                                             ? PackageWriterText::tr("%1 changed while it was being packaged (%2 bytes expected, %3 read); try again")
                                                   .arg(e.path, QString::number(e.size), QString::number(written))
                                             : PackageWriterText::tr("cannot read %1: %2").arg(e.path, in.errorString())});
            }
            out.close();
            if (out.getZipError() != 0) {
                zip.close();
                return fail(PackageError{
                    e.path, PackageWriterText::tr("cannot finish %1 in the zip (zip error %2)").arg(e.path, QString::number(out.getZipError()))});
            }
            ++pr.filesDone;
            if (progress)
                progress(pr);
            ++i;
        }
        zip.close();
        if (zip.getZipError() != 0)
            return fail(PackageError{zipPath, PackageWriterText::tr("cannot finish the zip file (zip error %1)").arg(zip.getZipError())});
    }
    QFile::remove(zipPath);
    if (!QFile::rename(partPath, zipPath))
        return fail(PackageError{zipPath, PackageWriterText::tr("cannot move the finished zip to %1").arg(zipPath)});
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
            return PackageError{e.path, PackageWriterText::tr("cannot read %1: %2").arg(e.path, in.errorString())};
        hashEntryHeader(hash, e);
        while (!in.atEnd()) {
            if (cancelled(cancel))
                return PackageError{e.path, PackageWriterText::tr("cancelled"), true};
            hash.addData(in.read(ChunkSize));
        }
    }
    return QString(u"sha256:"_s + QString::fromLatin1(hash.result().toHex()));
}

} // namespace fstudio
