#pragma once

#include "emulator/clock.h"
#include "emulator/emulatorauth.h"
#include "emulator/emulatorconfig.h"
#include "emulator/emulatorfiles.h"
#include "emulator/emulatorstore.h"
#include "emulator/faultinjector.h"
#include "emulator/httpmessage.h"
#include "emulator/pythonprocess.h"
#include "emulator/sandbox.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFutureWatcherBase>
#include <QHash>
#include <QLockFile>
#include <QMap>

#include <QPointer>
#include <QSet>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

#include <memory>

class QTcpSocket;

namespace fstudio::emulator {

// A local server that speaks the CDF Functions API (docs/cdf-functions-api.md) and really runs
// the Python handlers. Listens on loopback, requires bearer tokens from its own OAuth endpoints,
// keeps its state in SQLite under the data dir.
class EmulatorServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit EmulatorServer(EmulatorConfig config, QObject *parent = nullptr);
    ~EmulatorServer() override;

    // Opens the store, seeds demo data when asked, binds the port. False with a reason on failure.
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const;
    // The address the client used (its Host header, which foreignHost() accepted), or the
    // configured public URL: what links handed to that client must point at.
    QString urlFor(const HttpRequest &req) const;
    // Forgets expired auth codes, device codes, download links, tokens, nonces and upload URLs.
    void purgeExpired();
    // Why a request addressed to another host is refused (empty when it is addressed to us).
    QString foreignHost(const HttpRequest &req, const QHostAddress &arrivedOn) const;
    // <data dir>/emulator.url: where the emulator that holds the data dir listens (one line).
    static QString urlFileOf(const QString &dataDir);
    // <data dir>/client-secret: the client secret when EmulatorConfig::clientSecretFromDataDir.
    static QString clientSecretFileOf(const QString &dataDir);
    static constexpr int MaxFunctionIdsPerRequest = 10; // functions/byids and /delete, as the SDK chunks
    // Handler processes running calls now (deploy checks are keyed by minus the function id).
    int runningCalls() const;
    QString project() const { return m_config.project; }
    // What the local user types to approve an interactive or device-code sign-in.
    QString approvalCode() const { return m_auth.approvalCode(); }
    const EmulatorConfig &config() const { return m_config; }
    // What the user must know about how handlers run (no sandbox, or none possible); empty when they run sandboxed.
    QString handlerWarning() const;
    static QByteArray loggable(const QByteArray &text); // a request's method or path as the request log writes it

    EmulatorStore &store() { return m_store; }
    FaultInjector &faults() { return m_faults; }
    const Clock &clock() const { return *m_clock; }

    // Fires due schedules now (the timer calls this every second; tests call it after moving a ManualClock).
    void tickScheduler();
    // A valid access token for the first configured client, as the token endpoint would issue it.
    QString issueTokenForTests(const QString &clientId = {});
    int runningProcessCount() const { return int(m_processes.size()); }
    // Warm processes waiting for a call (one per recently called function).
    int warmProcessCount() const;
    static constexpr int MaxWarmProcesses = 16;
    static constexpr qint64 WarmIdleMs = 5 * 60 * 1000; // a function not called for this long loses its warm process
    // Stops the deploy/call processes and the scheduler (destruction does it too).
    void shutdown();

Q_SIGNALS:
    void requestHandled(const QByteArray &method, const QString &path, int status);
    // Every request as received (headers lower-case, body before gunzip), for tests.
    void requestReceived(const fstudio::emulator::HttpRequest &request);
    void callFinished(qint64 functionId, qint64 callId, const QString &status);
    void functionStatusChanged(qint64 functionId, const QString &status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    // The route table (emulatorroutes.cpp): what answers a method and path, and the capability it
    // needs; {id} matches a positive integer, {token} any segment.
    struct Captures
    {
        QList<qint64> ids;
        QString token;
    };
    using Handler = std::function<HttpResponse(const HttpRequest &, const Captures &, const Principal &)>;
    struct Route
    {
        QByteArray method; // "*": any
        QStringList pattern;
        QString capability; // project routes only
        Handler handle;
        bool matches(const QByteArray &method, const QStringList &segments, Captures *captures) const;
    };
    void buildRoutes();
    HttpResponse dispatch(const HttpRequest &req);
    // Nothing lost: a request's writes are one transaction; what it must not do unless they were
    // stored (start a process, remove code) waits for the commit (afterStored); a store that
    // refuses answers 503 or 507 and hands out nothing. Background writes (a call's logs and
    // outcome, a deploy's status) are kept and retried every second until the store takes them.
    HttpResponse dispatchStored(const HttpRequest &req);
    bool stored(const std::function<void()> &work);
    void afterStored(std::function<void()> action);
    HttpResponse storeFailure() const;
    void persist(std::function<void()> write);
    void writeUnwritten();
    void guardSocket(QTcpSocket *socket);
    void writeResponse(QTcpSocket *socket, const HttpResponse &resp, const HttpRequest &req, qint64 started,
                       std::optional<FaultInjector::Action> fault);

    // functions
    HttpResponse createFunction(const HttpRequest &req);
    HttpResponse listFunctions(const HttpRequest &req);
    HttpResponse functionsByIds(const HttpRequest &req);
    HttpResponse deleteFunctions(const HttpRequest &req);
    HttpResponse getFunction(qint64 id);
    HttpResponse activation(const HttpRequest &req);
    HttpResponse callFunction(const HttpRequest &req, qint64 functionId, const Principal &who);
    HttpResponse listCalls(const HttpRequest &req, qint64 functionId);
    HttpResponse callsByIds(const HttpRequest &req, qint64 functionId);
    HttpResponse getCall(qint64 functionId, qint64 callId);
    HttpResponse callResponse(qint64 functionId, qint64 callId);
    HttpResponse callLogs(qint64 functionId, qint64 callId);

    // schedules
    HttpResponse createSchedule(const HttpRequest &req);
    HttpResponse listSchedules(const HttpRequest &req);
    HttpResponse schedulesByIds(const HttpRequest &req);
    HttpResponse deleteSchedules(const HttpRequest &req);
    HttpResponse getSchedule(qint64 id);
    HttpResponse scheduleInputData(qint64 id);

    std::optional<Function> findFunction(const Identifier &id) const;

    // runtime
    void scheduleDeploy(qint64 functionId, qint64 delayMs);
    void deploy(qint64 functionId);
    void validate(const Function &f, const QString &codeDir); // makes its environment and imports the handler in Python
    struct DeployJob;
    void deployStep(const std::shared_ptr<DeployJob> &job);
    void removeBuild(const QString &dir) const;
    void failDeploy(Function f, const QString &message, const QString &trace);
    struct Placement; // where a handler process finds what it is given (emulatorruntime.cpp)
    QString pythonFor(const QString &runtime) const;
    std::optional<Interpreter> interpreterFor(const QString &runtime) const;
    QString sandboxRefusal() const;
    QString envsDir() const;
    QString packageSource(qint64 functionId) const;
    QString requirementsLayer(const Interpreter &py, const Function &f, const QString &codeDir, bool *pinsSdk) const;
    QString sdkLayer(const Interpreter &py) const;
    PythonProcess::Spec handlerSpec(const std::optional<Interpreter> &py, const QString &mode, qint64 functionId, const QString &functionPath,
                                    Placement *place) const;
    PythonProcess::Spec callSpec(const EmulatorStore::StoredFunction &fn) const;
    PythonProcess *takeWarm(qint64 functionId);
    void prepareWarm(const EmulatorStore::StoredFunction &fn);
    void dropWarm(qint64 functionId);
    // Removes a deleted function's unpacked code, once no running call uses them.
    void removeCodeIfUnused(qint64 functionId);
    void checkMemory(); // ends handler process groups that use more resident memory than allowed
    FunctionCall startCall(const EmulatorStore::StoredFunction &fn, const QJsonObject &data, qint64 sessionId, std::optional<qint64> scheduleId,
                           std::optional<qint64> scheduledTime);
    void recoverAfterRestart();
    void planSchedule(qint64 id, const QString &cronExpression, qint64 afterMs);
    void planAllSchedules();
    void unplanSchedule(qint64 id);
    void fireSchedule(const FunctionSchedule &s, const QDateTime &due, qint64 now);
    QString activationState();
    QString functionDir(qint64 functionId) const;
    QString filePath(qint64 fileId) const;
    void seedDemo();
    QString extractRunner();

    EmulatorConfig m_config;
    QList<Route> m_publicRoutes; // no token needed
    QList<Route> m_projectRoutes; // under /api/v1/projects/<project>/
    std::unique_ptr<Clock> m_ownedClock;
    std::unique_ptr<QLockFile> m_dataDirLock; // one emulator per data dir
    std::shared_ptr<std::atomic_bool> m_cancelUnpacking = std::make_shared<std::atomic_bool>(false);
    QList<QFutureWatcherBase *> m_unpacking; // disk work on worker threads: unpacking, removing code
    QSet<qint64> m_unpackingFunctions; // function ids being unpacked now
    Clock *m_clock = nullptr;
    EmulatorStore m_store;
    EmulatorAuth m_auth; // sign-in and who a request is from (after the store it uses)
    EmulatorFiles m_files; // the Files and Sessions endpoints
    FaultInjector m_faults;
    quint16 m_port = 0;
    QString m_runnerPath;
    QString m_sandboxProblem; // why no sandbox can be made here (Sandbox::problem()); empty = it can
    QTimer m_schedulerTimer;
    QMap<qint64, QSet<qint64>> m_dueAt; // due time (ms) -> schedule ids
    QHash<qint64, qint64> m_dueOf; // schedule id -> its due time
    static constexpr int MaxRunsPerTick = 50;
    QTimer m_purgeTimer;
    QHash<qint64, QPointer<PythonProcess>> m_processes; // by call id (calls) or -function id (deploys)
    QHash<qint64, QPointer<PythonProcess>> m_warm; // by function id
    QHash<qint64, qint64> m_lastCalled; // function id -> when a call last took its warm process
    QTimer m_memoryTimer;
    int m_storing = 0; // inside stored()
    QList<std::function<void()>> m_afterStored;
    QList<std::function<void()>> m_unwritten; // background writes the store refused, oldest first
    QTimer m_unwrittenTimer;
    static constexpr int MaxUnwritten = 100000;
    quint64 m_memoryTicks = 0;
    bool m_shutdown = false;
    // What has arrived of the request a connection is sending (see guardSocket()).
    struct BodyGuard
    {
        qint64 received = 0;
        qint64 limit = -1; // known once the headers are in
        QByteArray head;
        bool rejected = false;
        qint64 since = 0; // when this request (or the wait for the next one) began, steady ms
        quint64 order = 0; // when the connection came: of two as old, the earlier gives way
    };
    quint64 m_connectionsMade = 0;
    QHash<QTcpSocket *, BodyGuard> m_bodyGuards;
    // Nobody locked out: every connection has deadlines (sweepConnections(), every second), and at
    // the connection cap the oldest connection that is idle or still sending its head gives way.
    void sweepConnections();
    bool evictOneConnection();
    QTimer m_sweepTimer;
    QElapsedTimer m_steady;
    static constexpr qint64 HeadDeadlineMs = 10'000; // a request's head must be in by then
    static constexpr qint64 IdleDeadlineMs = 30'000; // a keep-alive connection with no request
    static constexpr qint64 MinBodyBytesPerSecond = 1024; // after the head's deadline, on average
    qint64 m_bytesInFlight = 0; // of requests not yet handled, all connections
    static constexpr int MaxConnections = 512;
    static constexpr qint64 MaxBytesInFlight = 1LL << 30;
};

} // namespace fstudio::emulator
