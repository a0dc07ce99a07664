#include "gui/project/projectsession.h"

#include "api/workflows/callhistory.h"

#include "gui/appsettings.h"
#include "gui/profiles/localemulator.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"
#include "gui/project/callarchive.h"
#include "gui/project/codedrift.h"
#include "gui/project/laststate.h"

#include "api/auth/tokenprovider.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"

#include <QDateTime>
#include <QDesktopServices>

#include <algorithm>

namespace fstudio::gui {

namespace {
template<typename T> QHash<qint64, QString> namesOf(const QList<T> &items)
{
    QHash<qint64, QString> names;
    for (const T &item : items)
        names.insert(item.id, item.name);
    return names;
}
} // namespace

namespace {
// The functions whose calls are kept past a redeploy: those with an external id to follow.
QSet<qint64> versionedIds(const QList<Function> &functions)
{
    QSet<qint64> ids;
    for (const Function &f : functions)
        if (f.externalId && !f.externalId->isEmpty())
            ids.insert(f.id);
    return ids;
}
} // namespace

ProjectSession::ProjectSession(SecretVault *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_emulator(new LocalEmulator(this))
    , m_drift(new CodeDrift(this))
    , m_history(new api::CallHistory(this))
    , m_autoRefreshMs(AppSettings::instance()->autoRefreshSeconds() * 1000)
{
    m_autoRefresh.setSingleShot(true);
    connect(&m_autoRefresh, &QTimer::timeout, this, &ProjectSession::refresh);
    connect(m_drift, &CodeDrift::checked, this, &ProjectSession::driftChecked);
    // Finished calls go to the archive in batches, so a page of 10,000 never stalls the window.
    m_archiveTimer.setSingleShot(true);
    m_archiveTimer.setInterval(250);
    connect(&m_archiveTimer, &QTimer::timeout, this, &ProjectSession::archiveSome);
    connect(m_history, &api::CallHistory::arrived, this, [this](qint64 functionId, const QList<FunctionCall> &calls) {
        if (!m_versioned.contains(functionId) || !callArchive())
            return; // without an external id a function has no versions to follow
        for (const FunctionCall &c : calls)
            if (c.status != CallStatus::Running)
                m_toArchive << c;
        if (!m_toArchive.isEmpty() && !m_archiveTimer.isActive())
            m_archiveTimer.start();
    });
    connect(m_emulator, &LocalEmulator::stateChanged, this, [this](LocalEmulator::State s) {
        if (!m_profile.isLocalEmulator())
            return;
        if (s == LocalEmulator::State::Running) {
            Q_EMIT message(QString(), false);
            connectTo(m_profile);
        } else if (s == LocalEmulator::State::Failed) {
            Q_EMIT message(tr("The local emulator could not start: %1").arg(m_emulator->errorText()), true);
        }
        Q_EMIT connectionChanged();
    });
    // File ▸ Settings applies at once: on again after "off", or sooner.
    connect(AppSettings::instance(), &AppSettings::changed, this, [this] {
        if (const int ms = AppSettings::instance()->autoRefreshSeconds() * 1000; ms != m_autoRefreshMs) {
            setAutoRefreshInterval(ms);
            scheduleNextRefresh();
        }
    });
}

ProjectSession::~ProjectSession()
{
    // The emulator is a child, destroyed after this body: stopping it then emits stateChanged into
    // a session that is half gone. Nothing it says matters any more.
    m_emulator->disconnect(this);
    close();
    closeCallArchive(); // a last try for what waits to be written
}

api::CdfClient *ProjectSession::client() const
{
    return m_connection ? m_connection->client() : nullptr;
}

ProjectContext ProjectSession::context() const
{
    if (!m_connection)
        return {};
    ProjectContext c = ProjectContext::of(m_connection->client(), m_profile.project, m_connection->nonceSource());
    c.limits = m_limits;
    c.secrets = m_secrets;
    return c;
}

std::optional<Function> ProjectSession::function(qint64 id) const
{
    for (const Function &f : m_functions)
        if (f.id == id)
            return f;
    return std::nullopt;
}

QList<FunctionSchedule> ProjectSession::schedulesOf(qint64 functionId) const
{
    QList<FunctionSchedule> out;
    for (const FunctionSchedule &s : m_schedules)
        if (s.functionId == functionId)
            out << s;
    return out;
}

// ---- calls

qint64 ProjectSession::serverNowMs() const
{
    const api::CdfClient *c = client();
    return c ? c->serverNowMs() : QDateTime::currentMSecsSinceEpoch();
}

void ProjectSession::readCallsSince(qint64 sinceMs)
{
    if (!m_connection)
        return;
    if (sinceMs > 0 && (m_callsSinceMs == 0 || sinceMs < m_callsSinceMs))
        m_callsSinceMs = sinceMs;
    const qint64 recent = serverNowMs() - RecentCallsMs;
    const qint64 since = m_callsSinceMs > 0 ? std::min(m_callsSinceMs, recent) : recent;
    QList<qint64> ids;
    ids.reserve(m_functions.size());
    for (const Function &f : std::as_const(m_functions))
        ids << f.id;
    m_history->refresh(ids, since);
}

// ---- the lifecycle

void ProjectSession::open(const Profile &profile)
{
    close();
    closeCallArchive();
    m_profile = profile;
    clearState(); // leave the old project behind: nothing of it stays
    Q_EMIT profileChanged();
    Q_EMIT message(QString(), false);
    showLastState(); // at once, before any network: replaced in place by the refresh
    if (m_profile.isLocalEmulator() && m_emulator->state() != LocalEmulator::State::Running) {
        m_emulator->start(); // connects once it runs (stateChanged)
        Q_EMIT connectionChanged();
        return;
    }
    connectTo(m_profile);
}

void ProjectSession::forget()
{
    close();
    closeCallArchive();
    m_profile = Profile{};
    clearState();
    Q_EMIT profileChanged();
    Q_EMIT connectionChanged();
}

void ProjectSession::closeCallArchive()
{
    m_archiveFailing = false; // one last try
    flushCallArchive(); // the old project's calls go to the old project's file
    if (!m_toArchive.isEmpty())
        Q_EMIT message(
            tr("%n call(s) read from %1 could not be written to its history of calls (%2): they are not kept.", nullptr, int(m_toArchive.size()))
                .arg(m_profile.name, m_archive ? m_archive->lastError() : QString()),
            true);
    m_toArchive.clear();
    m_archiveTimer.stop();
    m_archiveTimer.setInterval(250);
    m_archiveFailing = false;
    m_archive.reset();
    m_archiveTriedAt.invalidate();
    m_prunedAt.invalidate();
}

CallArchive *ProjectSession::callArchive()
{
    // A file that could not be opened (busy, say) is tried again a minute later, not at every call.
    if (m_archive || m_profile.id.isEmpty() || (m_archiveTriedAt.isValid() && !m_archiveTriedAt.hasExpired(60'000)))
        return m_archive.get();
    m_archiveTriedAt.start();
    auto archive = std::make_unique<CallArchive>(CallArchive::fileFor(m_profile));
    if (!archive->isOpen()) {
        Q_EMIT message(
            tr("The history of calls cannot be kept on disk (%1): calls of replaced versions will not be shown.").arg(archive->lastError()), true);
        return nullptr;
    }
    archive->prune(QDateTime::currentMSecsSinceEpoch());
    m_prunedAt.start();
    m_archive = std::move(archive);
    return m_archive.get();
}

bool ProjectSession::archiveSome()
{
    if (!m_archive || m_toArchive.isEmpty()) {
        m_toArchive.clear();
        return true;
    }
    constexpr qsizetype Batch = 5000; // ~10 ms of writing: the window stays responsive
    const qsizetype n = std::min(Batch, m_toArchive.size());
    if (!m_archive->keep(m_toArchive.first(n))) {
        // Busy (another instance of the app writes to it) or a full disk: the calls wait for the
        // next try (the newest MaxWaiting of them), never dropped silently. The state is set
        // before anyone hears of it.
        constexpr qsizetype MaxWaiting = 500'000;
        if (m_toArchive.size() > MaxWaiting)
            m_toArchive.remove(0, m_toArchive.size() - MaxWaiting);
        const bool news = !m_archiveFailing;
        m_archiveFailing = true;
        m_archiveTimer.start(5000);
        if (news)
            Q_EMIT message(tr("The history of calls could not be written (%1): the app tries again every few seconds.").arg(m_archive->lastError()),
                           true);
        return false;
    }
    m_toArchive.remove(0, n);
    m_archiveTimer.setInterval(250);
    if (m_archiveFailing) {
        m_archiveFailing = false;
        Q_EMIT message(tr("The history of calls is written again."), false);
        Q_EMIT callArchiveRecovered();
    }
    if (!m_toArchive.isEmpty())
        QTimer::singleShot(0, this, [this] {
            if (!m_archiveTimer.isActive())
                archiveSome();
        });
    return true;
}

void ProjectSession::flushCallArchive()
{
    if (m_archiveFailing)
        return; // the timer tries again: no reader waits for a busy file on the GUI thread
    m_archiveTimer.stop();
    while (!m_toArchive.isEmpty() && m_archive)
        if (!archiveSome())
            return;
    m_toArchive.clear();
}

int ProjectSession::replacedVersionOf(qint64 functionId)
{
    if (function(functionId))
        return 0; // deployed now: CDF has its calls
    const CallArchive *archive = callArchive();
    const auto v = archive ? archive->version(functionId) : std::nullopt;
    return v && !v->current ? v->number : 0;
}

void ProjectSession::showLastState()
{
    auto last = LastState::load(m_profile);
    if (!last)
        return;
    m_functions = last->functions;
    m_functionNames = namesOf(m_functions);
    m_versioned = versionedIds(m_functions);
    m_schedules = last->schedules;
    m_scheduleNames = namesOf(m_schedules);
    m_limits = last->limits;
    m_lastWritten = qHash(last->toBytes(m_profile));
    setStale(std::max<qint64>(1, last->savedAtMs));
    setActivation(last->activation);
    Q_EMIT functionsChanged();
    Q_EMIT schedulesChanged();
    if (m_limits)
        Q_EMIT limitsChanged();
}

void ProjectSession::keepLastState()
{
    if (m_staleSinceMs != 0 || m_profile.id.isEmpty())
        return; // never write back what was read from the file, or a half-refreshed project
    // The schedules as shown: read now, or (when they could not be read) the last-known ones kept.
    LastState state{m_functions, m_schedules, m_limits, m_activation, 0};
    const size_t content = qHash(state.toBytes(m_profile));
    if (content == m_lastWritten)
        return; // unchanged since it was written: no write every 30 s
    state.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (state.save(m_profile))
        m_lastWritten = content;
}

void ProjectSession::setStale(qint64 sinceMs)
{
    if (sinceMs == m_staleSinceMs)
        return;
    m_staleSinceMs = sinceMs;
    Q_EMIT staleChanged(sinceMs != 0);
}

void ProjectSession::clearState()
{
    m_functions.clear();
    m_versioned.clear();
    m_functionNames.clear();
    m_schedules.clear();
    m_scheduleNames.clear();
    m_limits.reset();
    setActivation(std::nullopt);
    setOffline(false);
    setStale(0);
    m_lastWritten = 0;
    m_limitsFresh = false;
}

void ProjectSession::setOffline(bool offline)
{
    if (offline == m_offline)
        return;
    m_offline = offline;
    Q_EMIT offlineChanged(offline);
}

// Ends everything that belongs to the open connection. Requests in flight finish as cancelled
// (their callbacks see an old generation and do nothing); subscribers detach on closing().
void ProjectSession::close()
{
    ++m_generation;
    ++m_refreshGeneration;
    m_autoRefresh.stop();
    if (m_refreshing) {
        m_refreshing = false;
        Q_EMIT busyChanged(false);
    }
    m_drift->cancel();
    m_history->setClient(nullptr);
    m_callsSinceMs = 0;
    if (!m_connection)
        return;
    Q_EMIT closing(tr("the profile \"%1\" was closed").arg(m_profile.name));
    m_connection.reset();
    Q_EMIT connectionChanged();
}

void ProjectSession::connectTo(const Profile &p)
{
    close();
    ProjectConnection::Emulator emulator;
    if (p.isLocalEmulator())
        emulator = {m_emulator->baseUrl(), m_emulator->clientSecret()};
    m_connection = std::make_unique<ProjectConnection>(p, m_secrets, emulator);
    if (!m_connection->problem().isEmpty()) {
        Q_EMIT message(m_connection->problem(), true);
        m_connection.reset();
        Q_EMIT connectionChanged();
        return;
    }
    api::CdfClient *client = m_connection->client();
    m_history->setClient(client);
    connect(client, &api::CdfClient::activityChanged, this, &ProjectSession::activityChanged);
    // Say what the client is doing while it waits to try again, so a slow screen has a reason.
    connect(client, &api::CdfClient::retrying, this, [this](const QByteArray &, const QString &, int status, int delayMs) {
        const QString wait = delayMs >= 1000 ? tr("%n s", nullptr, (delayMs + 500) / 1000) : tr("%1 ms").arg(delayMs);
        Q_EMIT retrying(status == 429    ? tr("CDF is throttling requests: retrying in %1").arg(wait)
                            : status > 0 ? tr("CDF answered HTTP %1: retrying in %2").arg(status).arg(wait)
                                         : tr("No answer from CDF: retrying in %1").arg(wait),
                        delayMs);
    });
    connect(client, &api::CdfClient::authenticationFailed, this, &ProjectSession::signInNeeded);
    if (api::TokenProvider *tokens = m_connection->tokens())
        connect(tokens, &api::TokenProvider::keychainProblem, this, [this](const QString &why) {
            Q_EMIT message(tr("Signed in, but the keychain did not keep the sign-in (%1): you will sign in again next time.").arg(why), true);
        });
    connect(m_connection.get(), &ProjectConnection::openBrowser, this, [this](const QUrl &url) {
        if (!QDesktopServices::openUrl(url))
            Q_EMIT message(tr("No browser could be opened to sign in: open %1 in a browser.").arg(url.toString(QUrl::FullyEncoded)), true);
    });
    connect(m_connection.get(), &ProjectConnection::deviceCode, this, [this](const QUrl &uri, const QString &code, const QString &) {
        Q_EMIT message(tr("To sign in, open %1 and enter the code %2.").arg(uri.toString(), code), false);
    });
    Q_EMIT connectionChanged();
    if (p.signsInAsUser()) {
        const int generation = m_generation;
        m_connection->tokens()->signIn(this, [this, generation](const api::TokenResult &t) {
            if (!isCurrent(generation))
                return;
            if (t)
                Q_EMIT connected();
            else
                reportProblem(Part::SignIn, t.error());
            refresh();
        });
        return;
    }
    Q_EMIT connected();
    refresh();
}

void ProjectSession::signInAgain()
{
    if (!m_connection)
        return;
    const int generation = m_generation;
    m_connection->tokens()->signIn(this, [this, generation](const api::TokenResult &t) {
        if (!isCurrent(generation))
            return;
        if (!t) {
            reportProblem(Part::SignIn, t.error());
            return;
        }
        Q_EMIT solved(Part::SignIn);
        refresh();
    });
}

// ---- refresh

void ProjectSession::refresh()
{
    m_autoRefresh.stop();
    if (!m_connection) {
        if (m_profile.isLocalEmulator() && m_emulator->state() == LocalEmulator::State::Failed)
            m_emulator->start();
        return;
    }
    if (m_refreshing)
        return;
    m_refreshing = true;
    Q_EMIT busyChanged(true);
    api::CdfClient *client = m_connection->client();
    const int generation = ++m_refreshGeneration;
    auto pending = std::make_shared<int>(3);
    // Every part reports exactly once (a closed connection reports "cancelled"); only the parts
    // of the current generation may finish the refresh.
    auto partDone = [this, generation, pending] {
        if (--*pending > 0 || generation != m_refreshGeneration)
            return;
        m_refreshing = false;
        Q_EMIT busyChanged(false);
        scheduleNextRefresh();
        keepLastState();
        Q_EMIT refreshed();
    };
    auto current = [this, generation] { return generation == m_refreshGeneration; };
    FunctionFilter all;
    all.limit = FunctionFilter::MaxLimit;
    api::FunctionsService(client).list(all).then(this, [this, partDone, current](const api::Pending<QList<Function>>::Result &r) {
        if (current()) {
            if (r) {
                m_functions = *r;
                m_functionNames = namesOf(m_functions);
                m_versioned = versionedIds(m_functions);
                // What was read of a version now gone is written before it is marked gone (not
                // while the file refuses writes: the timer tries, the GUI thread does not wait).
                if (CallArchive *archive = callArchive(); archive && !m_archiveFailing) {
                    flushCallArchive();
                    archive->noteFunctions(m_functions);
                    if (m_prunedAt.hasExpired(3600 * 1000)) { // a session that runs for weeks keeps the bounds
                        archive->prune(QDateTime::currentMSecsSinceEpoch());
                        m_prunedAt.start();
                    }
                }
                setOffline(false);
                setStale(0); // what is shown now is the project's
                Q_EMIT solved(Part::Functions);
                Q_EMIT functionsChanged();
                if (m_connection)
                    m_drift->check(m_connection->client()->config().baseUrl, m_profile.project, m_functions);
                readCallsSince(0);
            } else {
                reportProblem(Part::Functions, r.error());
            }
        }
        partDone();
    });
    ScheduleFilter sf;
    sf.limit = ScheduleFilter::MaxLimit;
    api::SchedulesService(client).list(sf).then(this, [this, partDone, current](const api::Pending<QList<FunctionSchedule>>::Result &r) {
        if (current()) {
            if (r) {
                m_schedules = *r;
                m_scheduleNames = namesOf(m_schedules);
                setOffline(false);
                Q_EMIT solved(Part::Schedules);
                Q_EMIT schedulesChanged();
            } else {
                reportProblem(Part::Schedules, r.error());
            }
        }
        partDone();
    });
    api::FunctionsService(client).activationStatus().then(this, [this, partDone, current](const api::Pending<ActivationStatus>::Result &r) {
        if (current() && r)
            setActivation(*r);
        partDone();
    });
    if (!m_limits || !m_limitsFresh) { // once per session: the last-known ones are read again
        api::FunctionsService(client).limits().then(this, [this, current](const api::Pending<FunctionsLimits>::Result &r) {
            if (current() && r) {
                m_limits = *r;
                m_limitsFresh = true;
                Q_EMIT limitsChanged();
            }
        });
    }
}

void ProjectSession::withLimits(std::function<void()> then)
{
    if ((m_limits && m_limitsFresh) || !m_connection) {
        then();
        return;
    }
    const int generation = m_generation;
    api::FunctionsService(m_connection->client()).limits().then(this, [this, generation, then](const api::Pending<FunctionsLimits>::Result &r) {
        if (!isCurrent(generation))
            return;
        m_limits = r ? *r : FunctionsLimits(); // CDF's usual limits; the deploy's own checks still apply
        m_limitsFresh = r.hasValue();
        Q_EMIT limitsChanged();
        then();
    });
}

void ProjectSession::reportProblem(Part part, const api::ApiError &error)
{
    if (error.isCancelled())
        return;
    if (error.kind == api::ApiError::Kind::Network || error.kind == api::ApiError::Kind::Timeout)
        setOffline(true);
    Q_EMIT problem(part, error);
}

void ProjectSession::setActivation(const std::optional<ActivationStatus> &status)
{
    m_activation = status;
    Q_EMIT activationChanged();
}

void ProjectSession::requestActivation()
{
    if (!m_connection)
        return;
    const int generation = m_generation;
    api::FunctionsService(m_connection->client()).activate().then(this, [this, generation](const api::Pending<ActivationStatus>::Result &r) {
        if (!isCurrent(generation))
            return;
        if (!r) {
            reportProblem(Part::Activation, r.error());
            return;
        }
        refresh();
    });
}

void ProjectSession::scheduleNextRefresh()
{
    if (m_paused || !m_connection)
        return;
    const bool deploying = std::any_of(m_functions.cbegin(), m_functions.cend(), [](const Function &f) { return f.isBuilding(); });
    const int interval = deploying ? std::min(5000, m_autoRefreshMs) : m_autoRefreshMs;
    if (interval > 0)
        m_autoRefresh.start(interval);
}

void ProjectSession::setAutoRefreshInterval(int ms)
{
    m_autoRefreshMs = ms;
    if (ms <= 0)
        m_autoRefresh.stop();
    else if (m_autoRefresh.isActive())
        m_autoRefresh.start(ms);
}

void ProjectSession::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused)
        m_autoRefresh.stop();
    else if (m_connection)
        refresh();
}

} // namespace fstudio::gui
