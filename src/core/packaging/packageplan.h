#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

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

    bool ok() const { return errors.isEmpty(); }
    bool contains(const QString &path) const;
    const Entry *entry(const QString &path) const;
};

// Scans a function folder into a PackagePlan. Default exclusions: __pycache__, *.pyc, .git,
// .venv, venv, .mypy_cache, .pytest_cache, .DS_Store; plus .functionignore (gitignore syntax).
class PackagePlanner
{
public:
    static const QStringList &defaultExclusions();
    static PackagePlan plan(const QString &folder);
};

} // namespace fstudio
