#include "gui/project/callarchive.h"

#include "gui/profiles/profile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxTextChars = 8 * 1024; // of a kept call's error message and trace each

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/call-history"_s;
}
} // namespace

QString CallArchive::fileFor(const Profile &p)
{
    const QByteArray key = (p.id + u'\n' + p.cluster + u'\n' + p.project).toUtf8();
    return folder() + u'/' + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32)) + u".sqlite"_s;
}

void CallArchive::forget(const Profile &profile)
{
    const QString path = fileFor(profile);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

CallArchive::CallArchive(const QString &path)
{
    const QString dir = QFileInfo(path).absolutePath();
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Created 0600 before SQLite opens it: the history is the project's, not other users'.
    if (!QFileInfo::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.close();
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_connection = u"fs-call-archive-%1"_s.arg(QRandomGenerator::global()->generate64());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=200"_s);
    if (!m_db.open()) {
        m_error = m_db.lastError().text();
        return;
    }
    m_open = exec(u"PRAGMA journal_mode=WAL"_s) && exec(u"PRAGMA synchronous=NORMAL"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS versions(function_id INTEGER PRIMARY KEY, external_id TEXT NOT NULL,"
                " name TEXT, created_time INTEGER NOT NULL, current INTEGER NOT NULL)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS versions_by_xid ON versions(external_id)"_s)
        && exec(u"CREATE TABLE IF NOT EXISTS calls(id INTEGER PRIMARY KEY, function_id INTEGER NOT NULL,"
                " start_time INTEGER NOT NULL, json TEXT NOT NULL)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS calls_by_function ON calls(function_id, start_time)"_s)
        && exec(u"CREATE INDEX IF NOT EXISTS calls_by_start ON calls(start_time)"_s);
}

CallArchive::~CallArchive()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

bool CallArchive::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    m_error = q.lastError().text();
    return false;
}

void CallArchive::noteFunctions(const QList<Function> &functions)
{
    if (!m_open)
        return;
    m_db.transaction();
    exec(u"UPDATE versions SET current = 0 WHERE current != 0"_s);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO versions(function_id, external_id, name, created_time, current) VALUES(?, ?, ?, ?, 1)"_s);
    for (const Function &f : functions) {
        if (!f.externalId || f.externalId->isEmpty())
            continue;
        q.addBindValue(f.id);
        q.addBindValue(*f.externalId);
        q.addBindValue(f.name);
        q.addBindValue(f.createdTime);
        if (!q.exec())
            m_error = q.lastError().text();
    }
    if (!m_db.commit())
        m_db.rollback();
}

bool CallArchive::keep(const QList<FunctionCall> &calls)
{
    if (!m_open)
        return false;
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO calls(id, function_id, start_time, json) VALUES(?, ?, ?, ?)"_s);
    bool ok = true;
    for (FunctionCall c : calls) {
        if (c.status == CallStatus::Running)
            continue;
        if (c.error) { // a trace of megabytes is the call panel's to show, not the history's
            c.error->message.truncate(MaxTextChars);
            c.error->trace.truncate(MaxTextChars);
        }
        q.addBindValue(c.id);
        q.addBindValue(c.functionId);
        q.addBindValue(c.startTime);
        q.addBindValue(QString::fromUtf8(QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact)));
        if (!q.exec()) {
            m_error = q.lastError().text();
            ok = false;
            break;
        }
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback(); // all of the batch or none: the caller says there is a gap
        return false;
    }
    return true;
}

QHash<qint64, FunctionVersion> CallArchive::versions() const
{
    QHash<qint64, FunctionVersion> out;
    if (!m_open)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT function_id, external_id, name, created_time, current FROM versions ORDER BY external_id, created_time, function_id"_s))
        return out;
    QString xid;
    int number = 0;
    while (q.next()) {
        FunctionVersion v;
        v.functionId = q.value(0).toLongLong();
        v.externalId = q.value(1).toString();
        v.name = q.value(2).toString();
        v.createdTime = q.value(3).toLongLong();
        v.current = q.value(4).toInt() != 0;
        number = v.externalId == xid ? number + 1 : 1;
        xid = v.externalId;
        v.number = number;
        out.insert(v.functionId, v);
    }
    return out;
}

QList<FunctionVersion> CallArchive::versionsOf(const QString &externalId) const
{
    QList<FunctionVersion> out;
    if (!m_open || externalId.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT function_id, name, created_time, current FROM versions WHERE external_id = ? ORDER BY created_time, function_id"_s);
    q.addBindValue(externalId);
    if (!q.exec())
        return out;
    while (q.next()) {
        FunctionVersion v;
        v.functionId = q.value(0).toLongLong();
        v.externalId = externalId;
        v.name = q.value(1).toString();
        v.createdTime = q.value(2).toLongLong();
        v.current = q.value(3).toInt() != 0;
        v.number = int(out.size()) + 1;
        out << v;
    }
    return out;
}

QList<FunctionCall> CallArchive::calls(const QList<qint64> &functionIds, qint64 fromMs, qint64 toMs) const
{
    QList<FunctionCall> out;
    if (!m_open)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT json FROM calls WHERE function_id = ? AND start_time >= ? AND start_time < ? ORDER BY start_time DESC"_s);
    for (const qint64 id : functionIds) {
        q.addBindValue(id);
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec())
            continue;
        while (q.next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
            if (auto c = FunctionCall::fromJson(doc.object()))
                out << *c;
        }
    }
    if (functionIds.size() > 1)
        std::stable_sort(out.begin(), out.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
    return out;
}

qint64 CallArchive::callCount() const
{
    QSqlQuery q(m_db);
    return m_open && q.exec(u"SELECT COUNT(*) FROM calls"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

void CallArchive::prune(qint64 nowMs)
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM calls WHERE start_time < ?"_s);
    q.addBindValue(nowMs - MaxAgeMs);
    q.exec();
    // Counting two million rows takes a while: only when the file is big enough to hold that many
    // (a kept call takes well over 100 bytes).
    const qint64 over = QFileInfo(m_db.databaseName()).size() > MaxCalls * 100 ? callCount() - MaxCalls : 0;
    if (over > 0) {
        QSqlQuery d(m_db);
        d.prepare(u"DELETE FROM calls WHERE id IN (SELECT id FROM calls ORDER BY start_time LIMIT ?)"_s);
        d.addBindValue(over);
        d.exec();
    }
    // A version that is gone and has nothing kept any more is forgotten, unless it still numbers
    // the ones after it (a version's number never changes while any of its calls is shown).
    QSqlQuery v(m_db);
    v.prepare(u"DELETE FROM versions WHERE current = 0 AND created_time < ?"
              " AND NOT EXISTS (SELECT 1 FROM calls WHERE calls.function_id = versions.function_id)"
              " AND NOT EXISTS (SELECT 1 FROM versions AS later WHERE later.external_id = versions.external_id"
              " AND later.created_time > versions.created_time AND later.current = 0"
              " AND EXISTS (SELECT 1 FROM calls WHERE calls.function_id = later.function_id))"_s);
    v.addBindValue(nowMs - MaxAgeMs);
    v.exec();
}

} // namespace fstudio::gui
