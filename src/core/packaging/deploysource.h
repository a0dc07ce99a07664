#pragma once

#include "core/util/expected.h"

#include <QString>
#include <QStringList>

#include <atomic>

namespace fstudio {

struct DeployZipLimits
{
    int maxEntries = 20000;
    qint64 maxBytes = 512LL * 1024 * 1024;
    QString entriesHint; // added to "more than N entries", e.g. how to raise the limit
    QString bytesHint;
};

// What a user can deploy from: a function folder, a code zip, or one Python file (the SDK's
// function_handle case). Zips and single files are turned into a folder first, so everything
// after (the package plan, the checks, the upload) sees one kind of input.
class DeploySource
{
public:
    enum class Kind { Folder, Zip, PythonFile, Invalid };
    struct Error
    {
        QString message; // a sentence for the user
    };

    static Kind kindOf(const QString &path);
    // A sentence for the user when kindOf(path) is Invalid (or the path does not exist).
    static QString problemWith(const QString &path);

    // A single file becomes <target>/handler.py with a requirements.txt made from the
    // `[requirements]` block of its handle() docstring (as the Python SDK reads it; the module docstring as a fallback).
    static Expected<QString, Error> prepareSingleFile(const QString &pythonFile, const QString &target);
    // The requirement lines of handle()'s docstring block `[requirements] ... [/requirements]`, else the module docstring's.
    static QStringList docstringRequirements(const QString &source);

    // Unpacks a code zip into target (emptied first), refusing entries that would land outside
    // it; bounded in entries and size, and ends on every input (the emulator unpacks deploys with
    // it too). topLevel: the zip's top-level names, sorted, folders with a trailing '/'. Safe on a
    // worker thread.
    static Expected<QString, Error> extractZip(const QString &zipPath, const QString &target, const DeployZipLimits &limits = DeployZipLimits(),
                                               const std::atomic_bool *cancel = nullptr, QStringList *topLevel = nullptr);
};

} // namespace fstudio
