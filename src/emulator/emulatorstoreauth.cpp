// The sign-in side of the emulator's store: sessions and their nonces, tokens (hashed), upload
// links, and forgetting what has expired. The rest of EmulatorStore is in emulatorstore.cpp.
#include "emulator/emulatorstore.h"
#include "emulator/storetext.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;
using namespace storetext;

// ---- sessions

void EmulatorStore::putSession(const Session &s, const QString &subject, qint64 nonceExpires, const QStringList &capabilities)
{
    Session stored = s;
    stored.nonce.reset();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO sessions(id, nonce, nonce_used, nonce_expires, subject, json, capabilities) VALUES(?, ?, 0, ?, ?, ?, ?)"_s);
    q.addBindValue(s.id);
    // Hashed, as tokens are: whoever reads the database cannot call or schedule with a nonce.
    q.addBindValue(s.nonce && !s.nonce->isEmpty() ? QVariant(hashToken(*s.nonce)) : QVariant());
    q.addBindValue(nonceExpires);
    q.addBindValue(subject);
    q.addBindValue(toText(stored.toJson()));
    q.addBindValue(capabilities.join(QLatin1Char(' ')));
    run(q);
}

std::optional<EmulatorStore::StoredSession> EmulatorStore::session(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT json, subject, capabilities FROM sessions WHERE id = ?"_s);
    q.addBindValue(id);
    if (!run(q) || !q.next())
        return std::nullopt;
    const auto s = Session::fromJson(toObject(q.value(0).toString()));
    if (!s)
        return std::nullopt;
    // Sessions stored before capabilities were kept had every capability a client could have then.
    static const QStringList before{u"functions:read"_s, u"functions:write"_s, u"files:read"_s, u"files:write"_s, u"sessions:create"_s};
    return StoredSession{*s, q.value(1).toString(), q.value(2).isNull() ? before : q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)};
}

QList<Session> EmulatorStore::sessions(const QString &status, qint64 afterId, int limit, bool *more) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT json FROM sessions WHERE id > ? ORDER BY id"_s);
    q.addBindValue(afterId);
    QList<Session> out;
    *more = false;
    if (!run(q))
        return out;
    while (q.next()) {
        const auto s = Session::fromJson(toObject(q.value(0).toString()));
        if (!s || (!status.isEmpty() && s->status.compare(status, Qt::CaseInsensitive) != 0))
            continue;
        if (out.size() == limit) {
            *more = true;
            break;
        }
        out << *s;
    }
    return out;
}

void EmulatorStore::setSessionStatus(qint64 id, const QString &status)
{
    auto stored = session(id);
    if (!stored)
        return;
    stored->session.status = status;
    QSqlQuery q(m_db);
    // A revoked session's nonce can never be used again.
    q.prepare(status == u"REVOKED"_s ? u"UPDATE sessions SET json = ?, nonce_used = 1 WHERE id = ?"_s
                                     : u"UPDATE sessions SET json = ? WHERE id = ?"_s);
    q.addBindValue(toText(stored->session.toJson()));
    q.addBindValue(id);
    run(q);
}

EmulatorStore::NonceState EmulatorStore::consumeNonce(const QString &nonce, qint64 now, qint64 *sessionId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, nonce_used, nonce_expires FROM sessions WHERE nonce = ?"_s);
    q.addBindValue(hashToken(nonce));
    if (!run(q) || !q.next())
        return NonceState::Unknown;
    if (const auto stored = session(q.value(0).toLongLong()); stored && stored->session.status == u"REVOKED"_s)
        return NonceState::Revoked;
    if (q.value(1).toInt() != 0)
        return NonceState::Used;
    if (q.value(2).toLongLong() < now)
        return NonceState::Expired;
    *sessionId = q.value(0).toLongLong();
    QSqlQuery u(m_db);
    u.prepare(u"UPDATE sessions SET nonce_used = 1 WHERE id = ?"_s);
    u.addBindValue(*sessionId);
    run(u);
    if (const auto stored = session(*sessionId); stored && stored->session.status == u"READY"_s)
        setSessionStatus(*sessionId, u"ACTIVE"_s); // bound to a call or schedule now
    return NonceState::Valid;
}

// ---- tokens

void EmulatorStore::putToken(const QString &token, const TokenInfo &info)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO tokens(token_hash, kind, subject, client_id, expires, capabilities, grant_id) VALUES(?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(hashToken(token));
    q.addBindValue(info.kind);
    q.addBindValue(info.subject);
    q.addBindValue(info.clientId);
    q.addBindValue(info.expires);
    q.addBindValue(info.capabilities.join(QLatin1Char(' ')));
    q.addBindValue(info.grant.isEmpty() ? QVariant() : QVariant(info.grant));
    run(q);
}

void EmulatorStore::markRefreshSpent(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE tokens SET kind = 'spent-refresh' WHERE token_hash = ?"_s);
    q.addBindValue(hashToken(token));
    run(q);
}

void EmulatorStore::deleteTokensOfGrant(const QString &grant)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM tokens WHERE grant_id = ? AND kind != 'spent-refresh'"_s);
    q.addBindValue(grant);
    run(q);
}

std::optional<EmulatorStore::TokenInfo> EmulatorStore::token(const QString &token) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT kind, subject, client_id, expires, capabilities, grant_id FROM tokens WHERE token_hash = ?"_s);
    q.addBindValue(hashToken(token));
    if (!run(q) || !q.next())
        return std::nullopt;
    return TokenInfo{q.value(0).toString(),
                     q.value(1).toString(),
                     q.value(2).toString(),
                     q.value(3).toLongLong(),
                     q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts),
                     q.value(5).toString()};
}

void EmulatorStore::deleteToken(const QString &token)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM tokens WHERE token_hash = ?"_s);
    q.addBindValue(hashToken(token));
    run(q);
}

QList<qint64> EmulatorStore::sessionsMadeBy(const QString &subject) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM sessions WHERE subject = ?"_s);
    q.addBindValue(subject);
    QList<qint64> ids;
    if (run(q))
        while (q.next())
            ids << q.value(0).toLongLong();
    return ids;
}

void EmulatorStore::deleteTokensOf(const QString &subject)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM tokens WHERE subject = ?"_s);
    q.addBindValue(subject);
    run(q);
}

void EmulatorStore::putUploadUrl(const QString &key, qint64 fileId, qint64 expires)
{
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO upload_urls(key_hash, file_id, expires) VALUES(?, ?, ?)"_s);
    q.addBindValue(hashToken(key));
    q.addBindValue(fileId);
    q.addBindValue(expires);
    run(q);
}

std::optional<std::pair<qint64, qint64>> EmulatorStore::uploadUrl(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT file_id, expires FROM upload_urls WHERE key_hash = ?"_s);
    q.addBindValue(hashToken(key));
    if (!run(q) || !q.next())
        return std::nullopt;
    return std::pair{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

int EmulatorStore::purgeExpired(qint64 now)
{
    int removed = 0;
    QSqlQuery u(m_db);
    u.prepare(u"DELETE FROM upload_urls WHERE expires < ?"_s);
    u.addBindValue(now);
    if (run(u))
        removed += u.numRowsAffected();
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM tokens WHERE expires < ?"_s);
    q.addBindValue(now);
    if (run(q))
        removed += q.numRowsAffected();
    // A session stays (schedules use it); only its nonce goes once it can no longer be used.
    QSqlQuery n(m_db);
    n.prepare(u"UPDATE sessions SET nonce = NULL WHERE nonce IS NOT NULL AND (nonce_used = 1 OR nonce_expires < ?)"_s);
    n.addBindValue(now);
    if (run(n))
        removed += n.numRowsAffected();
    return removed;
}

} // namespace fstudio::emulator
