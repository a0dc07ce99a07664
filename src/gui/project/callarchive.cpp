#include "gui/project/callarchive.h"

#include "gui/profiles/profile.h"

#include <QCoreApplication>
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
// The archive's words (a class of its own would be a QObject only for tr()).
class CallArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(CallArchiveText)
};
} // namespace fstudio::gui

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr int SchemaVersion = 3;

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
    m_connection = u"fs-call-archive-%1"_s.arg(QRandomGenerator::global()->generate64());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    // Another instance of the app on the same project may be writing: wait for it (writes are
    // small batches), never lose a batch to a busy file (ProjectSession keeps it and tries again).
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=2000"_s);
    for (int attempt = 0; attempt < 2 && !m_open; ++attempt) {
        // Created 0600 before SQLite opens it: the history is the project's, not other users'.
        if (!QFileInfo::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.close();
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (!m_db.open()) {
            m_error = m_db.lastError().text();
            return;
        }
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) { // busy, or not a database: never wiped for that
            m_error = q.lastError().text();
            m_db.close();
            return;
        }
        const int found = q.value(0).toInt();
        const bool empty = q.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) && q.next() && q.value(0).toInt() == 0;
        q.finish();
        if (found > SchemaVersion) {
            m_error = CallArchiveText::tr("it was written by a newer version of the app");
            m_db.close();
            return;
        }
        if (found < SchemaVersion && !empty) {
            // An earlier layout: started afresh, as a new file (only a new file takes the
            // page-reclaiming mode).
            m_db.close();
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(path + suffix);
            continue;
        }
        if (empty) // set up once, before any table (the writes below take the file's lock)
            m_open = exec(u"PRAGMA auto_vacuum=INCREMENTAL"_s) && exec(u"PRAGMA journal_mode=WAL"_s)
                && exec(u"CREATE TABLE versions(function_id INTEGER PRIMARY KEY, external_id TEXT NOT NULL,"
                        " name TEXT, created_time INTEGER NOT NULL, current INTEGER NOT NULL, number INTEGER NOT NULL)"_s)
                && exec(u"CREATE INDEX versions_by_xid ON versions(external_id)"_s)
                && exec(u"CREATE TABLE calls(id INTEGER PRIMARY KEY, function_id INTEGER NOT NULL,"
                        " start_time INTEGER NOT NULL, status TEXT NOT NULL, json TEXT NOT NULL)"_s)
                && exec(u"CREATE INDEX calls_by_function ON calls(function_id, start_time)"_s)
                && exec(u"CREATE INDEX calls_by_start ON calls(start_time)"_s) && exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion));
        else
            m_open = true;
        // Per connection, no lock taken.
        m_open = m_open && exec(u"PRAGMA secure_delete=ON"_s) && exec(u"PRAGMA synchronous=NORMAL"_s);
    }
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

bool CallArchive::noteFunctions(const QList<Function> &functions)
{
    if (!m_open)
        return false;
    // Taken for writing first: a busy file fails here once, not on every statement below.
    if (!exec(u"BEGIN IMMEDIATE"_s))
        return false;
    if (!exec(u"UPDATE versions SET current = 0 WHERE current != 0"_s)) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    QSqlQuery seen(m_db);
    seen.prepare(u"UPDATE versions SET name = ?, current = 1 WHERE function_id = ?"_s);
    QSqlQuery add(m_db);
    // Numbered once, at first sight: a number never changes, whatever is pruned later.
    add.prepare(u"INSERT INTO versions(function_id, external_id, name, created_time, current, number)"
                " VALUES(?, ?, ?, ?, 1, (SELECT COALESCE(MAX(number), 0) + 1 FROM versions WHERE external_id = ?))"_s);
    for (const Function &f : functions) {
        if (!f.externalId || f.externalId->isEmpty() || f.status != FunctionStatus::Ready)
            continue;
        seen.addBindValue(f.name);
        seen.addBindValue(f.id);
        if (seen.exec() && seen.numRowsAffected() > 0)
            continue;
        add.addBindValue(f.id);
        add.addBindValue(*f.externalId);
        add.addBindValue(f.name);
        add.addBindValue(f.createdTime);
        add.addBindValue(*f.externalId);
        if (!add.exec()) {
            m_error = add.lastError().text();
            exec(u"ROLLBACK"_s);
            return false;
        }
    }
    if (!exec(u"COMMIT"_s)) {
        exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

bool CallArchive::keep(const QList<FunctionCall> &calls)
{
    if (!m_open)
        return false;
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO calls(id, function_id, start_time, status, json) VALUES(?, ?, ?, ?, ?)"_s);
    bool ok = true;
    for (FunctionCall c : calls) {
        if (c.status == CallStatus::Running)
            continue;
        if (c.error) { // a trace of megabytes is the call panel's to show, not the history's
            c.error->message.truncate(MaxMessageChars);
            c.error->trace.truncate(MaxTraceChars);
        }
        q.addBindValue(c.id);
        q.addBindValue(c.functionId);
        q.addBindValue(c.startTime);
        q.addBindValue(toWire(c.status));
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
    if (!q.exec(u"SELECT function_id, external_id, name, created_time, current, number FROM versions"_s))
        return out;
    while (q.next()) {
        FunctionVersion v;
        v.functionId = q.value(0).toLongLong();
        v.externalId = q.value(1).toString();
        v.name = q.value(2).toString();
        v.createdTime = q.value(3).toLongLong();
        v.current = q.value(4).toInt() != 0;
        v.number = q.value(5).toInt();
        out.insert(v.functionId, v);
    }
    return out;
}

std::optional<FunctionVersion> CallArchive::version(qint64 functionId) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT external_id, name, created_time, current, number FROM versions WHERE function_id = ?"_s);
    q.addBindValue(functionId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return FunctionVersion{functionId,         q.value(0).toString(),  q.value(1).toString(), q.value(2).toLongLong(),
                           q.value(4).toInt(), q.value(3).toInt() != 0};
}

QList<FunctionVersion> CallArchive::versionsOf(const QString &externalId) const
{
    QList<FunctionVersion> out;
    if (!m_open || externalId.isEmpty())
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT function_id, name, created_time, current, number FROM versions WHERE external_id = ? ORDER BY number"_s);
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
        v.number = q.value(4).toInt();
        out << v;
    }
    return out;
}

QList<FunctionCall> CallArchive::calls(const QList<qint64> &functionIds, qint64 fromMs, qint64 toMs, qint64 limit, bool withErrors,
                                       const std::optional<CallStatus> &status) const
{
    QList<FunctionCall> out;
    if (!m_open || limit == 0)
        return out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT json FROM calls WHERE function_id = ? AND start_time >= ? AND start_time < ? AND (? IS NULL OR status = ?)"
              " ORDER BY start_time DESC LIMIT ?"_s);
    const QVariant wanted = status ? QVariant(toWire(*status)) : QVariant(QMetaType::fromType<QString>());
    for (const qint64 id : functionIds) {
        q.addBindValue(id);
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        q.addBindValue(wanted);
        q.addBindValue(wanted);
        q.addBindValue(limit);
        if (!q.exec())
            continue;
        while (q.next()) {
            const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8());
            if (auto c = FunctionCall::fromJson(doc.object())) {
                if (!withErrors && c->error)
                    c->error = ErrorDetail{}; // failed, without the text
                out << *c;
            }
        }
    }
    if (functionIds.size() > 1) {
        std::stable_sort(out.begin(), out.end(), [](const FunctionCall &a, const FunctionCall &b) { return a.startTime > b.startTime; });
        if (limit > 0 && out.size() > limit)
            out.resize(limit);
    }
    return out;
}

qint64 CallArchive::callCount() const
{
    QSqlQuery q(m_db);
    return m_open && q.exec(u"SELECT COUNT(*) FROM calls"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 CallArchive::usedBytes() const
{
    QSqlQuery q(m_db);
    const auto pragma = [&q](const QString &name) { return q.exec(u"PRAGMA "_s + name) && q.next() ? q.value(0).toLongLong() : 0; };
    return (pragma(u"page_count"_s) - pragma(u"freelist_count"_s)) * pragma(u"page_size"_s);
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
    const qint64 over = usedBytes() > MaxCalls * 100 ? callCount() - MaxCalls : 0;
    QSqlQuery d(m_db);
    d.prepare(u"DELETE FROM calls WHERE id IN (SELECT id FROM calls ORDER BY start_time LIMIT ?)"_s);
    if (over > 0) {
        d.addBindValue(over);
        d.exec();
    }
    // Within MaxBytes: the oldest tenth at a time (failed calls with long traces are big).
    for (int round = 0; round < 10 && usedBytes() > MaxBytes; ++round) {
        d.addBindValue(std::max<qint64>(1, callCount() / 10));
        d.exec();
    }
    // A version that is gone and has nothing kept any more is forgotten (numbers stay).
    QSqlQuery v(m_db);
    v.prepare(u"DELETE FROM versions WHERE current = 0 AND created_time < ?"
              " AND NOT EXISTS (SELECT 1 FROM calls WHERE calls.function_id = versions.function_id)"_s);
    v.addBindValue(nowMs - MaxAgeMs);
    v.exec();
    exec(u"PRAGMA incremental_vacuum"_s); // the freed pages go back to the disk
}

} // namespace fstudio::gui
