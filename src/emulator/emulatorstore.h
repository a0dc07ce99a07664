#pragma once

#include "core/wire/callfilter.h"
#include "core/wire/callrequest.h"
#include "core/wire/filemetadata.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"
#include "core/wire/logentry.h"
#include "core/wire/session.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace fstudio::emulator {

// The emulator's state in SQLite (WAL), so everything survives a restart. Single-threaded:
// used from the server's thread only.
class EmulatorStore
{
public:
    EmulatorStore() = default;
    ~EmulatorStore();
    EmulatorStore(const EmulatorStore &) = delete;
    EmulatorStore &operator=(const EmulatorStore &) = delete;

    bool open(const QString &path, QString *error);
    QString lastError() const { return m_lastError; }

    qint64 nextId();
    QString meta(const QString &key, const QString &fallback = {}) const;
    void setMeta(const QString &key, const QString &value);
    bool transaction();
    bool commit();
    bool commitAll(); // the outermost transaction, whatever its depth
    void rollback(); // the outermost transaction, whatever its depth

    // Every statement that fails is remembered until clearFailure(): the disk is full, the
    // database is locked by another program (busy), or something else (an I/O error).
    enum class Failure { None, Busy, Full, Other };
    Failure failure() const { return m_failure; }
    void clearFailure() { m_failure = Failure::None; }

    // Files
    void putFile(const FileMetadata &f);
    std::optional<FileMetadata> file(qint64 id) const;
    std::optional<FileMetadata> fileByExternalId(const QString &xid) const;
    void deleteFile(qint64 id);
    int fileCount() const;
    QList<FileMetadata> files() const; // every file, in id order (tests and diagnostics)

    // Functions (secrets are stored in clear here because handlers receive them)
    struct StoredFunction
    {
        Function function;
        StringMap secrets;
    };
    void putFunction(const Function &f, const StringMap &secrets);
    void updateFunction(const Function &f); // keeps secrets
    std::optional<StoredFunction> function(qint64 id) const;
    std::optional<Function> functionByExternalId(const QString &xid) const;
    QList<Function> functions() const;
    int functionCount() const;
    void deleteFunction(qint64 id);

    // Calls
    void putCall(const FunctionCall &c);
    // response: the JSON text the handler's result encodes to, kept as it is (it may hold NaN, as CDF's may).
    void finishCall(const FunctionCall &c, const std::optional<QByteArray> &response);
    std::optional<FunctionCall> call(qint64 functionId, qint64 callId) const;
    std::optional<QByteArray> callResponse(qint64 callId) const;
    // One page, newest first; nextCursor is set when more match.
    QList<FunctionCall> listCalls(qint64 functionId, const CallFilter &filter, QString *nextCursor, QString *error) const;
    int runningCallCount(qint64 functionId) const;
    QList<FunctionCall> runningCalls() const;
    void insertCallsBulk(const QList<FunctionCall> &calls);

    // Logs
    void appendLog(qint64 callId, qint64 timestamp, const QString &message);
    // A new call's whole log at once, in one transaction (benchmarks and tests seeding a corpus).
    void insertLogsBulk(qint64 callId, const QList<LogEntry> &lines);
    QList<LogEntry> logs(qint64 callId) const;

    // Schedules
    // dataText: the data as the request wrote it (kept as it is, keys in their order, as CDF gives
    // it back); empty = written from `data`.
    void putSchedule(const FunctionSchedule &s, const std::optional<QJsonObject> &data, qint64 lastFired, const QByteArray &dataText = {});
    std::optional<QByteArray> scheduleDataText(qint64 id) const;
    std::optional<FunctionSchedule> schedule(qint64 id) const;
    std::optional<QJsonObject> scheduleData(qint64 id) const;
    QList<FunctionSchedule> schedules() const;
    qint64 scheduleLastFired(qint64 id) const;
    void setScheduleLastFired(qint64 id, qint64 ms);
    void deleteSchedule(qint64 id);

    // Sessions and nonces
    // capabilities: what tokens issued for this session (a handler's) may do.
    void putSession(const Session &s, const QString &subject, qint64 nonceExpires, const QStringList &capabilities);
    struct StoredSession
    {
        Session session; // without its nonce
        QString subject;
        QStringList capabilities;
    };
    std::optional<StoredSession> session(qint64 id) const;
    // Oldest first; status empty = any; after a cursor (the last id of the previous page).
    QList<Session> sessions(const QString &status, qint64 afterId, int limit, bool *more) const;
    void setSessionStatus(qint64 id, const QString &status);
    enum class NonceState { Valid, Unknown, Used, Expired, Revoked };
    // Marks the nonce used when valid; returns the session id through sessionId.
    NonceState consumeNonce(const QString &nonce, qint64 now, qint64 *sessionId);

    // Tokens (only their SHA-256 is stored)
    struct TokenInfo
    {
        QString kind; // "access" or "refresh"
        QString subject;
        QString clientId;
        qint64 expires = 0;
        QStringList capabilities;
        QString grant; // the sign-in a refresh token and the tokens it gave belong to; empty = none
    };
    void putToken(const QString &token, const TokenInfo &info);
    void markRefreshSpent(const QString &token); // rotated: kept to notice its reuse
    void deleteTokensOfGrant(const QString &grant);
    std::optional<TokenInfo> token(const QString &token) const;
    void deleteToken(const QString &token);
    void deleteTokensOf(const QString &subject);
    // The sessions a principal made (a handler's token makes sessions as "session:<id>").
    QList<qint64> sessionsMadeBy(const QString &subject) const;
    // Upload URLs: the key in the URL, its file and when it expires.
    void putUploadUrl(const QString &key, qint64 fileId, qint64 expires);
    std::optional<std::pair<qint64, qint64>> uploadUrl(const QString &key) const; // file id, expiry
    // Forgets expired tokens, upload URLs and spent or expired nonces; returns how many rows went.
    int purgeExpired(qint64 now);

private:
    bool exec(const QString &sql);
    bool run(QSqlQuery &q, const QString &sql = {}) const;
    QSqlDatabase m_db;
    QString m_connection;
    mutable QString m_lastError;
    mutable Failure m_failure = Failure::None;
    int m_depth = 0; // open transactions (nested ones count)
    mutable bool m_txFailed = false; // a statement of the open transaction failed: the rest is refused, and it is rolled back
};

} // namespace fstudio::emulator
