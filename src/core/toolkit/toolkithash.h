#pragma once

#include "core/util/expected.h"
#include "core/wire/function.h"

#include <QString>

#include <atomic>

namespace fstudio {

struct ToolkitHashError
{
    QString message;
};

// The hashes the Cognite Toolkit keeps in what it deploys, computed as the Toolkit computes them
// (docs/cdf-api-notes.md §12.3), so that a function deployed from the app compares equal on the
// next `cdf deploy` and the app can tell whether a Toolkit-deployed folder changed.
class ToolkitHash
{
public:
    // The function metadata keys the Toolkit writes and compares.
    static constexpr const char *CodeKey = "cognite-toolkit-hash";
    static constexpr const char *SecretKey = "cdf-toolkit-secret-hash";
    static constexpr int MaxValueLength = 512; // a metadata value's limit, which the code hash stays under
    static constexpr int MaxFiles = 20000;

    // "/=<folder>;handler.py=<file>;…": the folder's hash, then each file's (8 hex digits each),
    // a folder's files before its subfolders, cut before the value would pass 511 characters.
    static Expected<QString, ToolkitHashError> codeHash(const QString &folder, const std::atomic_bool *cancel = nullptr);
    // SHA-256 over every file's relative path and bytes (CRLF read as LF within 8 kB chunks), in
    // path order; .pyc files and names starting with .DS_Store left out.
    static Expected<QString, ToolkitHashError> directoryHash(const QString &folder, bool shorten, const std::atomic_bool *cancel = nullptr);
    // SHA-512 of the secrets as Python's json.dumps(secrets, sort_keys=True) writes them.
    static QString secretHash(const StringMap &secrets);
    // A schedule's description with "cdf-auth: <8 hex>" for its client credentials, as the Toolkit
    // writes it (the whole at most 500 characters).
    static QString describedWithAuth(const QString &description, const QString &clientId, const QString &clientSecret);
    // Every file's path, size and time: when it is the same, the folder's hash is too (read no file).
    // Empty (never the same) while a file was changed in the last two seconds.
    static QByteArray signature(const QString &folder);
    // Python's json.dumps() with its default separators and ensure_ascii.
    static QByteArray pythonJson(const StringMap &values);
};

} // namespace fstudio
