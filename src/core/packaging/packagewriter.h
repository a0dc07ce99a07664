#pragma once

#include "core/packaging/packageplan.h"
#include "core/util/expected.h"

#include <atomic>
#include <functional>

namespace fstudio {

struct PackageProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile;
};

struct PackageResult
{
    QString zipPath;
    qint64 zipBytes = 0;
    int fileCount = 0;
    QString contentHash; // same as PackageWriter::contentHash(plan)
};

struct PackageError
{
    QString path; // the file concerned, if any
    QString message;
    bool cancelled = false;
};

// Writes a PackagePlan as a deflated zip with the folder's contents at the root, in the plan's
// (sorted) order, deflating small files on several threads, timestamps clamped to the DOS range. Writes to "<zip>.part" and renames on
// success, so a cancelled or failed run leaves nothing behind. No QObject: safe on any thread.
class PackageWriter
{
public:
    using ProgressFn = std::function<void(const PackageProgress &)>;

    // threads: how many deflate files at once (0 = one per core); the zip is the same either way.
    static Expected<PackageResult, PackageError> write(const PackagePlan &plan, const QString &zipPath, const ProgressFn &progress = {},
                                                       const std::atomic_bool *cancel = nullptr, int threads = 0);
    // SHA-256 over every file's path and content in plan order: equal for equal code on any
    // machine, whatever the timestamps or permissions. Prefixed "sha256:".
    static Expected<QString, PackageError> contentHash(const PackagePlan &plan, const std::atomic_bool *cancel = nullptr);
};

} // namespace fstudio
