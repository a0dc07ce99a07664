#pragma once

#include "gui/models/driftresult.h"
#include "gui/profiles/profile.h"
#include "gui/project/projectcontext.h"

#include "api/transport/apierror.h"
#include "core/wire/activationstatus.h"
#include "core/wire/function.h"
#include "core/wire/functioncall.h"
#include "core/wire/functionschedule.h"
#include "core/wire/functionslimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace fstudio::api {
class CallHistory;
}

namespace fstudio::gui {

class CallArchive;
class CodeDrift;
class LocalEmulator;
class ProjectConnection;
class SecretVault;

// The open project (docs/ARCHITECTURE.md "The project session"): the profile, its connection and
// its lifecycle (open, close, generations), refresh and auto-refresh, and what the project holds
// (functions, schedules, limits, activation). Pages, the call panel, the schedule editor, the
// deploy wizard, the week window and the status bar subscribe to its signals; nothing is pushed
// to them by hand. Closing finishes every request in flight as cancelled: answers meant for an
// older connection are dropped (generation()). Needs no widgets: tests drive it on its own.
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    // What a problem is about, so that it shows where it belongs (the Functions page, the
    // Schedules page, the window's bar).
    enum class Part { Connection, SignIn, Functions, Schedules, Activation, Limits };
    Q_ENUM(Part)

    explicit ProjectSession(SecretVault *secrets, QObject *parent = nullptr);

    // Whether an error is about one part's own data (the server answered that request with an
    // error), so it shows with that part; else (no answer, a refused sign-in) the whole project
    // is affected and it shows in the window's bar.
    static bool isPartsOwn(const api::ApiError &e)
    {
        return (e.kind == api::ApiError::Kind::Http && e.httpStatus != 401) || e.kind == api::ApiError::Kind::Decode;
    }
    ~ProjectSession() override;

    // Opens a profile (closing the one before): the local emulator is started first when needed;
    // a profile that signs in as a user signs in before the first refresh.
    void open(const Profile &profile);
    // Closes the connection and forgets the profile (it was removed).
    void forget();
    const Profile &profile() const { return m_profile; }
    bool isOpen() const { return m_connection != nullptr; }
    ProjectConnection *connection() const { return m_connection.get(); }
    api::CdfClient *client() const;
    // What features need of the open project (no client when none is open).
    ProjectContext context() const;
    SecretVault *secrets() const { return m_secrets; }
    LocalEmulator *emulator() const { return m_emulator; }
    // Bumped when a connection closes; a callback holding an older one must do nothing.
    int generation() const { return m_generation; }
    bool isCurrent(int generation) const { return generation == m_generation && m_connection; }

    void refresh(); // functions, schedules, activation (and limits, once); one at a time
    bool isRefreshing() const { return m_refreshing; }
    // The project could not be reached at the last try (no network answer, or none in time); it
    // is reachable again once a part answers. Actions that need the project wait for that.
    bool isOffline() const { return m_offline; }
    void setAutoRefreshInterval(int ms); // 0 = off
    int autoRefreshInterval() const { return m_autoRefreshMs; }
    bool autoRefreshActive() const { return m_autoRefresh.isActive(); }
    // While paused (the window is minimised) nothing refreshes by itself; resuming refreshes.
    void setPaused(bool paused);

    const QList<Function> &functions() const { return m_functions; }
    std::optional<Function> function(qint64 id) const;
    const QHash<qint64, QString> &functionNames() const { return m_functionNames; }
    const QList<FunctionSchedule> &schedules() const { return m_schedules; }
    QList<FunctionSchedule> schedulesOf(qint64 functionId) const;
    const QHash<qint64, QString> &scheduleNames() const { return m_scheduleNames; }
    const std::optional<FunctionsLimits> &limits() const { return m_limits; }
    const std::optional<ActivationStatus> &activation() const { return m_activation; }
    // The limits, read first when no refresh has yet (CDF's usual ones when they cannot be read).
    void withLimits(std::function<void()> then);

    void signInAgain();
    void requestActivation();

    // The calls of every function, read incrementally with each refresh: the last RecentCallsMs
    // always (the functions table's last call and error rate), further back once readCallsSince()
    // asked (the Monitor page). Forgotten when the connection closes.
    static constexpr qint64 RecentCallsMs = 24LL * 3600 * 1000;
    api::CallHistory *callHistory() const { return m_history; }
    // Reads the calls from sinceMs on now (and keeps them current with every refresh).
    void readCallsSince(qint64 sinceMs);
    // What is shown is the last-known state from the disk (LastState), not yet replaced by a
    // refresh: shown at open, read-only until the functions are read again (staleSinceMs() is
    // when it was saved).
    bool isStale() const { return m_staleSinceMs != 0; }
    qint64 staleSinceMs() const { return m_staleSinceMs; }
    // The finished calls of every version of the project's functions, kept on disk past a
    // redeploy (null when no profile is open or the file cannot be opened). Calls read by
    // callHistory() are written to it in batches; flushCallArchive() writes what is waiting.
    // Opened on first use (never on the start's path: the last-known state paints first).
    CallArchive *callArchive();
    void flushCallArchive();
    // The number of the earlier version a call's function was, when it is one (0: deployed now, or
    // not known): such a call is no longer in CDF.
    int replacedVersionOf(qint64 functionId);
    // Now on the server's clock (the machine's when no connection is open).
    qint64 serverNowMs() const;

Q_SIGNALS:
    void profileChanged(); // another profile (or none): nothing of the old project stays on screen
    void closing(const QString &why); // the connection is about to close: detach, keep what is shown
    void connectionChanged(); // opened, closed, or the local emulator's state changed
    void connected(); // opened and, for a user sign-in, signed in
    void functionsChanged();
    void schedulesChanged();
    void limitsChanged();
    void activationChanged();
    void driftChecked(qint64 functionId, const fstudio::gui::DriftResult &result);
    void busyChanged(bool refreshing);
    void refreshed(); // every part of a refresh has answered
    void problem(fstudio::gui::ProjectSession::Part part, const fstudio::api::ApiError &error);
    void solved(fstudio::gui::ProjectSession::Part part); // the part answered again
    void message(const QString &text, bool error); // what the session has to say that is no API error
    void signInNeeded(const fstudio::api::ApiError &error); // the token was refused
    void activityChanged(int inFlight);
    void offlineChanged(bool offline);
    void retrying(const QString &text, int delayMs);
    void staleChanged(bool stale);
    void callArchiveRecovered(); // the history of calls is written again after it failed

private:
    void connectTo(const Profile &p);
    void close();
    void clearState();
    void reportProblem(Part part, const api::ApiError &error);
    void scheduleNextRefresh();
    void setActivation(const std::optional<ActivationStatus> &status);
    void setOffline(bool offline);
    void showLastState();
    void keepLastState();
    void setStale(qint64 sinceMs);
    void closeCallArchive();
    bool archiveSome(); // false: the write failed (tried again by the timer)

    SecretVault *m_secrets;
    LocalEmulator *m_emulator;
    CodeDrift *m_drift;
    api::CallHistory *m_history;
    std::unique_ptr<CallArchive> m_archive;
    QElapsedTimer m_archiveTriedAt; // when opening it was last tried
    bool m_archiveFailing = false; // the last write failed: the timer tries again
    QElapsedTimer m_prunedAt;
    QSet<qint64> m_versioned; // functions with an external id (their calls are kept)
    QList<FunctionCall> m_toArchive; // finished calls read, not yet written
    QTimer m_archiveTimer;
    qint64 m_staleSinceMs = 0;
    size_t m_lastWritten = 0; // a hash of the last-known state on disk
    bool m_limitsFresh = false; // read from the project since it was opened (not the last-known ones)
    qint64 m_callsSinceMs = 0; // the widest window asked for by readCallsSince (0: the recent day)
    Profile m_profile;
    std::unique_ptr<ProjectConnection> m_connection;
    int m_generation = 0;
    int m_refreshGeneration = 0; // a refresh of a closed connection never touches the new one
    bool m_refreshing = false;
    bool m_offline = false;
    bool m_paused = false;
    QTimer m_autoRefresh;
    int m_autoRefreshMs;
    QList<Function> m_functions;
    QHash<qint64, QString> m_functionNames;
    QList<FunctionSchedule> m_schedules;
    QHash<qint64, QString> m_scheduleNames;
    std::optional<FunctionsLimits> m_limits;
    std::optional<ActivationStatus> m_activation;
};

} // namespace fstudio::gui
