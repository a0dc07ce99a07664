#include "gui/logs/logcache.h"

#include "gui/profiles/profile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

LogCache::LogCache(const QString &root, const QString &scope, qint64 maxBytes)
    : m_root(root)
    , m_dir(root + u'/' + scope)
    , m_maxBytes(maxBytes)
{
}

QString LogCache::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/call-logs"_s;
}

QString LogCache::scopeFor(const Profile &p)
{
    const QByteArray key = (p.id + u'\n' + p.cluster + u'\n' + p.project).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
}

QString LogCache::pathOf(qint64 callId) const
{
    return m_dir + u'/' + QString::number(callId) + u".json"_s;
}

namespace {
std::atomic<int> clears{0};
}

void LogCache::clearAll(const QString &root)
{
    QDir(root).removeRecursively();
    ++clears;
}

qint64 LogCache::usedBytes(const QString &root)
{
    qint64 total = 0;
    QDirIterator it(root, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

void LogCache::scanLocked()
{
    if (const int now = clears.load(); now != m_seenClears) {
        m_seenClears = now;
        m_scanned = false;
    }
    if (m_scanned)
        return;
    m_scanned = true;
    m_files.clear();
    m_total = 0;
    QDirIterator it(m_root, {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo fi = it.nextFileInfo();
        m_files.insert(fi.filePath(), Entry{fi.size(), fi.lastModified().toMSecsSinceEpoch()});
        m_total += fi.size();
    }
}

std::optional<QByteArray> LogCache::read(qint64 callId)
{
    const QString path = pathOf(callId);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = f.readAll();
    const QMutexLocker lock(&m_mutex);
    scanLocked();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_files[path].usedMs = now;
    f.setFileTime(QDateTime::fromMSecsSinceEpoch(now), QFileDevice::FileModificationTime); // the age survives a restart
    return bytes;
}

void LogCache::write(qint64 callId, const QByteArray &logs)
{
    const QMutexLocker lock(&m_mutex);
    if (logs.size() > m_maxBytes / 4)
        return; // one call's logs never push out most of the cache
    scanLocked();
    // The function's own output may hold what it should not print: only the user reads it.
    if (!QDir().mkpath(m_dir))
        return;
    QFile::setPermissions(m_root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString path = pathOf(callId);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(logs);
    if (!f.commit())
        return;
    const auto old = m_files.constFind(path);
    if (old != m_files.cend())
        m_total -= old->bytes;
    m_files.insert(path, Entry{logs.size(), QDateTime::currentMSecsSinceEpoch()});
    m_total += logs.size();
    evictLocked();
}

void LogCache::setMaxBytes(qint64 maxBytes)
{
    const QMutexLocker lock(&m_mutex);
    m_maxBytes = maxBytes;
    scanLocked();
    evictLocked();
}

qint64 LogCache::maxBytes()
{
    const QMutexLocker lock(&m_mutex);
    return m_maxBytes;
}

void LogCache::forget(const Profile &profile, const QString &root)
{
    QDir(root + u'/' + scopeFor(profile)).removeRecursively();
}

qint64 LogCache::sizeBytes()
{
    const QMutexLocker lock(&m_mutex);
    scanLocked();
    return m_total;
}

void LogCache::evictLocked()
{
    if (m_total <= m_maxBytes)
        return;
    // Least recently used first, down to 90 % of the bound (not one file per write).
    QList<std::pair<qint64, QString>> byAge;
    byAge.reserve(m_files.size());
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        byAge.append({it->usedMs, it.key()});
    std::sort(byAge.begin(), byAge.end());
    const qint64 target = m_maxBytes / 10 * 9;
    for (const auto &[used, path] : std::as_const(byAge)) {
        if (m_total <= target)
            break;
        if (QFile::remove(path) || !QFile::exists(path)) {
            m_total -= m_files.value(path).bytes;
            m_files.remove(path);
        }
    }
}

} // namespace fstudio::gui
