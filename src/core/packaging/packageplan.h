#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>

namespace fstudio {

// What will go into a function's code zip, and what will not, decided before anything is written.
struct PackagePlan
{
    struct Entry
    {
        QString path; // relative POSIX path inside the zip
        QString sourcePath; // absolute path on disk
        qint64 size = 0;
        QDateTime modified;
    };
    struct Note
    {
        QString path; // relative POSIX path ("" for the folder itself)
        QString message;
    };

    QString root; // absolute folder path
    QList<Entry> files; // sorted by path
    qint64 totalBytes = 0;
    QList<Note> excluded; // left out, and why
    QList<Note> warnings; // included but worth a look (e.g. credentials)
    QList<Note> errors; // packaging cannot proceed
    bool cancelled = false; // the scan was stopped before the end (the plan is incomplete)

    bool ok() const { return errors.isEmpty(); }
    // A path as a function path may be written: "./handler.py" is "handler.py" (the SDK and CDF take both).
    bool contains(const QString &path) const;
    const Entry *entry(const QString &path) const;
    static QString normalizedPath(const QString &path);
};

// Where a folder scan stops with an error, so choosing a huge folder by mistake (a home folder, a
// data dump) ends quickly with a clear message instead of a long scan and a giant zip.
struct PackageLimits
{
    int maxFiles = 50000; // files in the package
    qint64 maxBytes = 1024LL * 1024 * 1024; // their total size
    int maxEntries = 200000; // everything looked at, excluded entries too
    qint64 maxIgnoreFileBytes = 1024 * 1024;
};

// Scans a function folder into a PackagePlan. Default exclusions: __pycache__, *.pyc, .git,
// .venv, venv, .mypy_cache, .pytest_cache, .DS_Store; plus .functionignore (gitignore syntax).
class PackagePlanner
{
public:
    static const QStringList &defaultExclusions();
    // cancel: checked between entries; when set, the plan comes back with cancelled set.
    static PackagePlan plan(const QString &folder, const std::atomic_bool *cancel = nullptr, const PackageLimits &limits = PackageLimits());
};

} // namespace fstudio
