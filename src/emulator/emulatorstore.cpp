#include "emulator/emulatorstore.h"

#include "core/wire/jsonreader.h"
#include "emulator/storetext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;
using namespace storetext;

namespace {

// Responses stored by older emulators: wrapped as {"v": value}, so that scalars survived.
QJsonValue decodeValue(const QString &s)
{
    return toObject(s).value("v"_L1);
}

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

FunctionCall callFromRow(const QSqlQuery &q)
{
    FunctionCall c;
    c.id = q.value(0).toLongLong();
    c.functionId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.scheduleId = q.value(2).toLongLong();
    c.statusText = q.value(3).toString();
    c.status = callStatusFromWire(c.statusText);
    c.startTime = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        c.endTime = q.value(5).toLongLong();
    if (!q.value(6).isNull())
        c.scheduledTime = q.value(6).toLongLong();
    if (!q.value(7).isNull()) {
        const QJsonObject e = toObject(q.value(7).toString());
        c.error = ErrorDetail{e.value("message"_L1).toString(), e.value("trace"_L1).toString(), std::nullopt};
    }
    if (!q.value(8).isNull()) {
        const QJsonObject run = toObject(q.value(8).toString());
        c.runInfo = CallRunInfo{run.contains("maxMemoryBytes"_L1) ? std::optional<qint64>(run.value("maxMemoryBytes"_L1).toInteger()) : std::nullopt,
                                run.contains("coldStart"_L1) ? std::optional<bool>(run.value("coldStart"_L1).toBool()) : std::nullopt};
    }
    return c;
}

const char *const CallColumns = "id, function_id, schedule_id, status, start_time, end_time, scheduled_time, error, run_info";

} // namespace

EmulatorStore::~EmulatorStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool EmulatorStore::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    return run(q, sql);
}

// Every statement goes through here: a failure is remembered (the worst kind since
// clearFailure()), so that the server answers 503 or 507 instead of a success it did not store.
bool EmulatorStore::run(QSqlQuery &q, const QString &sql) const
{
    // After a failure inside a transaction nothing more runs: SQLite may have rolled the whole
    // transaction back itself (a full disk), and what followed would be stored on its own.
    if (m_depth > 0 && m_txFailed)
        return false;
    if (sql.isEmpty() ? q.exec() : q.exec(sql))
        return true;
    if (m_depth > 0)
        m_txFailed = true;
    const QSqlError e = q.lastError();
    m_lastError = e.text();
    const int code = e.nativeErrorCode().toInt() & 0xff; // SQLite's primary result code
    const Failure kind = code == 13 ? Failure::Full : (code == 5 || code == 6) ? Failure::Busy : Failure::Other; // SQLITE_FULL, _BUSY, _LOCKED
    if (m_failure == Failure::None || kind == Failure::Full)
        m_failure = kind;
    return false;
}

bool EmulatorStore::open(const QString &path, QString *error)
{
    m_connection = u"fs-emulator-%1"_s.arg(QRandomGenerator::global()->generate64());
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    m_db.setDatabaseName(path);
    // A database locked by another program answers within 100 ms (the server then says 503 and
    // Retry-After) instead of stalling every request for seconds.
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=100"_s);
    if (!m_db.open()) {
        *error = u"cannot open the database %1: %2"_s.arg(path, m_db.lastError().text());
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QStringList schema{
        u"PRAGMA journal_mode=WAL"_s,
        u"PRAGMA synchronous=NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS files(id INTEGER PRIMARY KEY, external_id TEXT UNIQUE, json TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS functions(id INTEGER PRIMARY KEY, external_id TEXT UNIQUE, json TEXT NOT NULL, secrets TEXT)"_s,
        u"CREATE TABLE IF NOT EXISTS calls(id INTEGER PRIMARY KEY, function_id INTEGER NOT NULL, schedule_id INTEGER,"
        " status TEXT NOT NULL, start_time INTEGER NOT NULL, end_time INTEGER, scheduled_time INTEGER, error TEXT, response TEXT)"_s,
        u"CREATE INDEX IF NOT EXISTS calls_by_function ON calls(function_id, id)"_s,
        u"CREATE INDEX IF NOT EXISTS calls_by_status ON calls(status)"_s,
        u"CREATE TABLE IF NOT EXISTS logs(call_id INTEGER NOT NULL, seq INTEGER NOT NULL, timestamp INTEGER, message TEXT,"
        " PRIMARY KEY(call_id, seq))"_s,
        u"CREATE TABLE IF NOT EXISTS schedules(id INTEGER PRIMARY KEY, function_id INTEGER, json TEXT NOT NULL, data TEXT,"
        " last_fired INTEGER)"_s,
        u"CREATE TABLE IF NOT EXISTS sessions(id INTEGER PRIMARY KEY, nonce TEXT UNIQUE, nonce_used INTEGER NOT NULL DEFAULT 0,"
        " nonce_expires INTEGER, subject TEXT, json TEXT NOT NULL)"_s,
        u"CREATE TABLE IF NOT EXISTS tokens(token_hash TEXT PRIMARY KEY, kind TEXT, subject TEXT, client_id TEXT,"
        " expires INTEGER, capabilities TEXT)"_s,
    };
    for (const QString &s : schema) {
        if (!exec(s)) {
            *error = u"cannot prepare the database %1: %2"_s.arg(path, m_lastError);
            return false;
        }
    }
    // Columns added after the first release; on a database that has them already these fail, harmlessly.
    exec(u"ALTER TABLE sessions ADD COLUMN capabilities TEXT"_s);
    exec(u"ALTER TABLE calls ADD COLUMN response_text TEXT"_s);
    exec(u"ALTER TABLE calls ADD COLUMN run_info TEXT"_s);
    exec(u"CREATE TABLE IF NOT EXISTS upload_urls(key_hash TEXT PRIMARY KEY, file_id INTEGER NOT NULL, expires INTEGER NOT NULL)"_s);
    exec(u"DELETE FROM meta WHERE key LIKE 'upload:%'"_s); // upload URLs of old versions never expired
    exec(u"CREATE INDEX IF NOT EXISTS tokens_by_subject ON tokens(subject)"_s);
    exec(u"CREATE INDEX IF NOT EXISTS tokens_by_expiry ON tokens(expires)"_s);
    // Status and time filters over a function's calls (a million of them) read an index, not the table.
    exec(u"CREATE INDEX IF NOT EXISTS calls_by_function_status ON calls(function_id, status, id)"_s);
    exec(u"CREATE INDEX IF NOT EXISTS calls_by_function_start ON calls(function_id, start_time)"_s);
    exec(u"ALTER TABLE tokens ADD COLUMN grant_id TEXT"_s);
    exec(u"CREATE INDEX IF NOT EXISTS tokens_by_grant ON tokens(grant_id)"_s);
    if (meta(u"next_id"_s).isEmpty()) {
        // Large ids from the start, so nothing that truncates to 32 bits can pass a test.
        setMeta(u"next_id"_s, QString::number(5'000'000'000'000LL + QRandomGenerator::global()->bounded(1'000'000)));
    }
    clearFailure(); // the ALTERs above fail on a database that has their columns
    return true;
}

// Transactions nest: only the outermost begins and commits (a request's transaction holds the
// ones its handler opens).
bool EmulatorStore::transaction()
{
    if (m_depth++ > 0)
        return !m_txFailed;
    m_txFailed = false;
    QSqlQuery q(m_db);
    if (run(q, u"BEGIN"_s))
        return true;
    m_txFailed = true;
    return false;
}

bool EmulatorStore::commit()
{
    if (m_depth == 0)
        return true;
    if (m_depth > 1) {
        --m_depth;
        return !m_txFailed;
    }
    return commitAll();
}

// The outermost transaction, whatever its depth: committed only when none of its statements
// failed; otherwise rolled back.
bool EmulatorStore::commitAll()
{
    if (m_depth == 0)
        return true;
    if (m_txFailed) {
        rollback();
        return false;
    }
    QSqlQuery q(m_db);
    const bool ok = run(q, u"COMMIT"_s);
    m_depth = 0;
    if (!ok)
        rollback();
    return ok;
}

void EmulatorStore::rollback()
{
    m_depth = 0;
    m_txFailed = false;
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s); // fails harmlessly when nothing was begun
}

qint64 EmulatorStore::nextId()
{
    const qint64 id = meta(u"next_id"_s).toLongLong();
    setMeta(u"next_id"_s, QString::number(id + 1 + QRandomGenerator::global()->bounded(7)));
    return id;
}

QString EmulatorStore::meta(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (run(q) && q.next())
        return q.value(0).toString();
    return fallback;
}

void EmulatorStore::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    run(q);
}

// ---- files

void EmulatorStore::putFile(const FileMetadata &f)
{
    FileMetadata stored = f;
    stored.uploadUrl.reset();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO files(id, external_id, json) VALUES(?, ?, ?)"_s);
    q.addBindValue(f.id);
    q.addBindValue(f.externalId ? QVariant(*f.externalId) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(toText(stored.toJson()));
    run(q);
}

std::optional<FileMetadata> EmulatorStore::file(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT json FROM files WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    auto f = FileMetadata::fromJson(toObject(q.value(0).toString()));
    return f ? std::optional<FileMetadata>(*f) : std::nullopt;
}

std::optional<FileMetadata> EmulatorStore::fileByExternalId(const QString &xid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM files WHERE external_id = ?"_s);
    q.addBindValue(xid);
    if (!run(q) || !q.next())
        return std::nullopt;
    return file(q.value(0).toLongLong());
}

void EmulatorStore::deleteFile(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM files WHERE id = ?"_s);
    q.addBindValue(id);
    run(q);
}

int EmulatorStore::fileCount() const
{
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT COUNT(*) FROM files"_s) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QList<FileMetadata> EmulatorStore::files() const
{
    QList<FileMetadata> out;
    QSqlQuery q(m_db);
    if (!run(q, u"SELECT json FROM files ORDER BY id"_s))
        return out;
    while (q.next())
        if (auto f = FileMetadata::fromJson(toObject(q.value(0).toString())))
            out << *f;
    return out;
}

// ---- functions

void EmulatorStore::putFunction(const Function &f, const StringMap &secrets)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO functions(id, external_id, json, secrets) VALUES(?, ?, ?, ?)"_s);
    q.addBindValue(f.id);
    q.addBindValue(f.externalId ? QVariant(*f.externalId) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(toText(f.toJson()));
    q.addBindValue(toText(stringMapToJson(secrets)));
    run(q);
}

void EmulatorStore::updateFunction(const Function &f)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE functions SET json = ? WHERE id = ?"_s);
    q.addBindValue(toText(f.toJson()));
    q.addBindValue(f.id);
    run(q);
}

std::optional<EmulatorStore::StoredFunction> EmulatorStore::function(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT json, secrets FROM functions WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    auto f = Function::fromJson(toObject(q.value(0).toString()));
    if (!f)
        return std::nullopt;
    StoredFunction out{*f, {}};
    const QJsonObject s = toObject(q.value(1).toString());
    for (auto it = s.begin(); it != s.end(); ++it)
        out.secrets.insert(it.key(), it.value().toString());
    return out;
}

std::optional<Function> EmulatorStore::functionByExternalId(const QString &xid) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM functions WHERE external_id = ?"_s);
    q.addBindValue(xid);
    if (!run(q) || !q.next())
        return std::nullopt;
    auto f = function(q.value(0).toLongLong());
    return f ? std::optional<Function>(f->function) : std::nullopt;
}

QList<Function> EmulatorStore::functions() const
{
    QList<Function> out;
    QSqlQuery q(m_db);
    run(q, u"SELECT json FROM functions ORDER BY id"_s);
    while (q.next())
        if (auto f = Function::fromJson(toObject(q.value(0).toString())))
            out << *f;
    return out;
}

int EmulatorStore::functionCount() const
{
    QSqlQuery q(m_db);
    run(q, u"SELECT COUNT(*) FROM functions"_s);
    return q.next() ? q.value(0).toInt() : 0;
}

void EmulatorStore::deleteFunction(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM functions WHERE id = ?"_s);
    q.addBindValue(id);
    run(q);
}

// ---- calls

void EmulatorStore::putCall(const FunctionCall &c)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO calls(id, function_id, schedule_id, status, start_time, end_time, scheduled_time, error)"
              " VALUES(?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(c.id);
    q.addBindValue(c.functionId);
    q.addBindValue(opt(c.scheduleId));
    q.addBindValue(toWire(c.status));
    q.addBindValue(c.startTime);
    q.addBindValue(opt(c.endTime));
    q.addBindValue(opt(c.scheduledTime));
    q.addBindValue(c.error ? QVariant(toText(c.error->toJson())) : QVariant(QMetaType::fromType<QString>()));
    run(q);
}

void EmulatorStore::finishCall(const FunctionCall &c, const std::optional<QByteArray> &response)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE calls SET status = ?, end_time = ?, error = ?, response_text = ?, run_info = ? WHERE id = ?"_s);
    q.addBindValue(toWire(c.status));
    q.addBindValue(opt(c.endTime));
    q.addBindValue(c.error ? QVariant(toText(c.error->toJson())) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(response ? QVariant(QString::fromUtf8(*response)) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(c.runInfo ? QVariant(toText(c.toJson().value("runInfo"_L1).toObject())) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(c.id);
    run(q);
}

std::optional<FunctionCall> EmulatorStore::call(qint64 functionId, qint64 callId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM calls WHERE id = ? AND function_id = ?"_s.arg(QLatin1StringView(CallColumns)));
    q.addBindValue(callId);
    q.addBindValue(functionId);
    if (!run(q) || !q.next())
        return std::nullopt;
    return callFromRow(q);
}

std::optional<QByteArray> EmulatorStore::callResponse(qint64 callId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT response_text, response FROM calls WHERE id = ?"_s);
    q.addBindValue(callId);
    if (!run(q) || !q.next())
        return std::nullopt;
    if (!q.value(0).isNull())
        return q.value(0).toString().toUtf8();
    if (q.value(1).isNull())
        return std::nullopt;
    // Written by an older emulator, as {"v": value}.
    const QJsonValue old = decodeValue(q.value(1).toString());
    return QJsonDocument(QJsonArray{old}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

QList<FunctionCall> EmulatorStore::listCalls(qint64 functionId, const CallFilter &filter, QString *nextCursor, QString *error) const
{
    QString sql = u"SELECT %1 FROM calls WHERE function_id = ?"_s.arg(QLatin1StringView(CallColumns));
    QVariantList binds{functionId};
    if (filter.cursor) {
        const QByteArray raw = QByteArray::fromBase64(filter.cursor->toLatin1(), QByteArray::Base64UrlEncoding);
        bool ok = false;
        const qint64 before = raw.startsWith("before:") ? raw.mid(7).toLongLong(&ok) : 0;
        if (!ok) {
            *error = u"Invalid cursor: pass the nextCursor of the previous page unchanged"_s;
            return {};
        }
        sql += u" AND id < ?"_s;
        binds << before;
    }
    if (filter.status) {
        sql += u" AND status = ?"_s;
        binds << toWire(*filter.status);
    }
    if (filter.scheduleId) {
        sql += u" AND schedule_id = ?"_s;
        binds << *filter.scheduleId;
    }
    if (filter.startTime.min) {
        sql += u" AND start_time >= ?"_s;
        binds << *filter.startTime.min;
    }
    if (filter.startTime.max) {
        sql += u" AND start_time <= ?"_s;
        binds << *filter.startTime.max;
    }
    if (filter.endTime.min) {
        sql += u" AND end_time >= ?"_s;
        binds << *filter.endTime.min;
    }
    if (filter.endTime.max) {
        sql += u" AND end_time <= ?"_s;
        binds << *filter.endTime.max;
    }
    sql += u" ORDER BY id DESC LIMIT ?"_s;
    binds << filter.limit + 1;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    QList<FunctionCall> out;
    if (!run(q)) {
        *error = q.lastError().text();
        return out;
    }
    out.reserve(filter.limit);
    bool more = false;
    while (q.next()) {
        if (out.size() == filter.limit) {
            more = true;
            break;
        }
        out << callFromRow(q);
    }
    if (more && !out.isEmpty())
        *nextCursor = QString::fromLatin1(QByteArray("before:" + QByteArray::number(out.last().id)).toBase64(QByteArray::Base64UrlEncoding));
    return out;
}

int EmulatorStore::runningCallCount(qint64 functionId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM calls WHERE function_id = ? AND status = 'Running'"_s);
    q.addBindValue(functionId);
    return run(q) && q.next() ? q.value(0).toInt() : 0;
}

QList<FunctionCall> EmulatorStore::runningCalls() const
{
    QSqlQuery q(m_db);
    run(q, u"SELECT %1 FROM calls WHERE status = 'Running'"_s.arg(QLatin1StringView(CallColumns)));
    QList<FunctionCall> out;
    while (q.next())
        out << callFromRow(q);
    return out;
}

void EmulatorStore::insertCallsBulk(const QList<FunctionCall> &calls)
{
    m_db.transaction();
    for (const FunctionCall &c : calls)
        putCall(c);
    m_db.commit();
}

// ---- logs

void EmulatorStore::appendLog(qint64 callId, qint64 timestamp, const QString &message)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO logs(call_id, seq, timestamp, message)"
              " VALUES(?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM logs WHERE call_id = ?), ?, ?)"_s);
    q.addBindValue(callId);
    q.addBindValue(callId);
    q.addBindValue(timestamp);
    q.addBindValue(message);
    run(q);
}

void EmulatorStore::insertLogsBulk(qint64 callId, const QList<LogEntry> &lines)
{
    m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO logs(call_id, seq, timestamp, message) VALUES(?, ?, ?, ?)"_s);
    int seq = 0;
    for (const LogEntry &l : lines) {
        q.addBindValue(callId);
        q.addBindValue(++seq);
        q.addBindValue(l.timestamp.value_or(0));
        q.addBindValue(l.message);
        run(q);
    }
    m_db.commit();
}

QList<LogEntry> EmulatorStore::logs(qint64 callId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT timestamp, message FROM logs WHERE call_id = ? ORDER BY seq"_s);
    q.addBindValue(callId);
    QList<LogEntry> out;
    if (run(q))
        while (q.next())
            out << LogEntry{q.value(0).toLongLong(), q.value(1).toString()};
    return out;
}

// ---- schedules

void EmulatorStore::putSchedule(const FunctionSchedule &s, const std::optional<QJsonObject> &data, qint64 lastFired, const QByteArray &dataText)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO schedules(id, function_id, json, data, last_fired) VALUES(?, ?, ?, ?, ?)"_s);
    q.addBindValue(s.id);
    q.addBindValue(opt(s.functionId));
    q.addBindValue(toText(s.toJson()));
    q.addBindValue(!data                    ? QVariant(QMetaType::fromType<QString>())
                       : dataText.isEmpty() ? QVariant(toText(*data))
                                            : QVariant(QString::fromUtf8(dataText)));
    q.addBindValue(lastFired);
    run(q);
}

std::optional<FunctionSchedule> EmulatorStore::schedule(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT json FROM schedules WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    auto s = FunctionSchedule::fromJson(toObject(q.value(0).toString()));
    return s ? std::optional<FunctionSchedule>(*s) : std::nullopt;
}

std::optional<QJsonObject> EmulatorStore::scheduleData(qint64 id) const
{
    const auto text = scheduleDataText(id);
    return text ? std::optional(toObject(QString::fromUtf8(*text))) : std::nullopt;
}

std::optional<QByteArray> EmulatorStore::scheduleDataText(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT data FROM schedules WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toString().toUtf8();
}

QList<FunctionSchedule> EmulatorStore::schedules() const
{
    QSqlQuery q(m_db);
    run(q, u"SELECT json FROM schedules ORDER BY id"_s);
    QList<FunctionSchedule> out;
    while (q.next())
        if (auto s = FunctionSchedule::fromJson(toObject(q.value(0).toString())))
            out << *s;
    return out;
}

qint64 EmulatorStore::scheduleLastFired(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT last_fired FROM schedules WHERE id = ?"_s);
    q.addBindValue(id);
    return run(q) && q.next() ? q.value(0).toLongLong() : 0;
}

void EmulatorStore::setScheduleLastFired(qint64 id, qint64 ms)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE schedules SET last_fired = ? WHERE id = ?"_s);
    q.addBindValue(ms);
    q.addBindValue(id);
    run(q);
}

void EmulatorStore::deleteSchedule(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM schedules WHERE id = ?"_s);
    q.addBindValue(id);
    run(q);
}

} // namespace fstudio::emulator
