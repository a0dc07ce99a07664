#pragma once

#include "core/wire/function.h"
#include "core/wire/functioncall.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <limits>
#include <optional>

namespace fstudio::gui {

struct Profile;

// One deployment of an external id: CDF gives a redeployed function a new id (delete + create),
// so the versions of "my-fn" are the function ids the app has seen holding that external id,
// numbered from 1 in the order they were created.
struct FunctionVersion
{
    qint64 functionId = 0;
    QString externalId;
    QString name;
    qint64 createdTime = 0;
    int number = 0; // given once, when the app first saw it Ready: 1 = the first, never renumbered
    bool current = false; // in the project's latest listing
};

// The finished calls of a project's functions on disk, kept past a redeploy (docs/ARCHITECTURE.md
// "History across versions"): CDF deletes a function's calls with the function, so a function's
// history across versions exists only where the app wrote it down while each version was there.
// One SQLite file per profile and project (named like LastState's, 0600 in a 0700 folder), with
// every function id seen Ready per external id and the finished calls read (never a running call:
// it still changes; never logs, responses or inputs: they are not read here; a failed call's error
// message and trace, capped). Bounded: calls older than MaxAgeMs go, at most MaxCalls are kept
// and the file stays under MaxBytes (the oldest go first); deleted rows are overwritten
// (secure_delete) and their pages given back. Used on the GUI thread only; writes are batched by
// the caller (ProjectSession).
class CallArchive
{
public:
    static constexpr qint64 MaxAgeMs = 90LL * 24 * 3600 * 1000;
    static constexpr qint64 MaxCalls = 2'000'000;
    static constexpr qint64 MaxBytes = 1024LL * 1024 * 1024;
    static constexpr qsizetype MaxMessageChars = 2 * 1024; // of a kept call's error message
    static constexpr qsizetype MaxTraceChars = 4 * 1024; // and of its trace
    static constexpr qint64 Always = std::numeric_limits<qint64>::max();

    // path: the database file (fileFor() in the app, a temporary one in tests).
    explicit CallArchive(const QString &path);
    ~CallArchive();
    CallArchive(const CallArchive &) = delete;
    CallArchive &operator=(const CallArchive &) = delete;
    static QString fileFor(const Profile &profile); // AppDataLocation/call-history/<hash>.sqlite
    static void forget(const Profile &profile);
    bool isOpen() const { return m_open; }
    QString lastError() const { return m_error; }

    // The project's functions as just listed: each one Ready is a version of its external id
    // (one still deploying, or failed, is not: a rolled-back redeploy leaves no version); functions
    // without an external id have no history across versions; the ones not listed are no longer
    // current.
    // False when it could not be written (the file is busy): nothing of it is.
    bool noteFunctions(const QList<Function> &functions);
    // Finished calls (a running one is left out); one that is already kept is left as it is.
    // False when they could not be written (a full disk): the history then has a gap.
    bool keep(const QList<FunctionCall> &calls);
    // The versions of an external id, oldest first.
    QList<FunctionVersion> versionsOf(const QString &externalId) const;
    // Every version of every external id, by function id.
    QHash<qint64, FunctionVersion> versions() const;
    std::optional<FunctionVersion> version(qint64 functionId) const;
    // The kept calls of functionIds that started in [fromMs, toMs), newest first, at most limit;
    // withErrors false leaves out the error text (figures need only status and times).
    // status: only calls with that status (the limit counts those).
    QList<FunctionCall> calls(const QList<qint64> &functionIds, qint64 fromMs = 0, qint64 toMs = Always, qint64 limit = -1, bool withErrors = true,
                              const std::optional<CallStatus> &status = std::nullopt) const;
    qint64 callCount() const;
    qint64 usedBytes() const; // of the file's pages in use
    // Drops what is past the bounds (nowMs: the time calls are aged against).
    void prune(qint64 nowMs);

private:
    bool exec(const QString &sql);
    QString m_connection;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace fstudio::gui
