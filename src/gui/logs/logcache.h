#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>

#include <optional>

namespace fstudio::gui {

struct Profile;

// The logs of finished calls on disk (they never change), for the search across calls
// (docs/ARCHITECTURE.md "Search across calls"): one file per call, the logs as CDF returned
// them, in a folder per profile and project (named by a hash of the profile's id, cluster and
// project, so one project's cache never serves another). Bounded in size over all projects
// (AppSettings::logCacheMb, 500 MB by default): past the bound the least recently used files go
// (a read counts as a use). Thread-safe: the search reads and writes it from worker threads.
class LogCache
{
public:
    // root: the folder that holds every project's folder; scope: this project's folder in it.
    LogCache(const QString &root, const QString &scope, qint64 maxBytes);
    static QString defaultRoot(); // CacheLocation/call-logs
    static QString scopeFor(const Profile &profile);

    std::optional<QByteArray> read(qint64 callId);
    void write(qint64 callId, const QByteArray &logs);
    void setMaxBytes(qint64 maxBytes);
    qint64 maxBytes();
    // A profile's folder, when the profile is removed.
    static void forget(const Profile &profile, const QString &root = defaultRoot());
    // Settings ▸ Clear: every project's kept logs go now; caches in use count again from nothing.
    static void clearAll(const QString &root = defaultRoot());
    // What the kept logs of every project take on disk (walks the folder: not on a hot path).
    static qint64 usedBytes(const QString &root = defaultRoot());
    qint64 sizeBytes(); // of every project's files
    QString folder() const { return m_dir; }

private:
    void scanLocked(); // the sizes and ages of every file under the root, once
    void evictLocked();
    QString pathOf(qint64 callId) const;

    QMutex m_mutex;
    QString m_root;
    QString m_dir;
    qint64 m_maxBytes;
    bool m_scanned = false;
    int m_seenClears = 0; // clearAll() since the scan: scanned again
    qint64 m_total = 0;
    struct Entry
    {
        qint64 bytes = 0;
        qint64 usedMs = 0;
    };
    QHash<QString, Entry> m_files; // by path
};

} // namespace fstudio::gui
