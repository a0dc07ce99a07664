#include "emulator/emulatorserver.h"

#include "emulator/guardedtcpserver.h"
#include "emulator/pythonprocess.h"

#include "core/http/httprequesthead.h"
#include "core/util/gzip.h"

#include <QDir>
#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTcpSocket>

#include <cstdio>

// The runner and demo functions are compiled into this static library; register them.
static void initEmulatorResources()
{
    Q_INIT_RESOURCE(emulator);
}

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 302: return "Found";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 413: return "Payload Too Large";
    case 422: return "Unprocessable Entity";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

} // namespace

EmulatorServer::EmulatorServer(EmulatorConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_config(std::move(config))
    , m_auth(m_config, m_store,
             {[this] { return m_clock->nowMs(); }, [this] { return baseUrl(); }, [this](const HttpRequest &req) { return urlFor(req); }})
    , m_files(m_config, m_store, m_auth,
              {[this] { return m_clock->nowMs(); }, [this](const HttpRequest &req) { return urlFor(req); },
               [this](std::function<void()> action) { afterStored(std::move(action)); }})
{
    if (m_config.clock) {
        m_clock = m_config.clock;
    } else {
        m_ownedClock = std::make_unique<SystemClock>();
        m_clock = m_ownedClock.get();
    }
    initEmulatorResources();
    buildRoutes();
    m_schedulerTimer.setInterval(1000);
    connect(&m_schedulerTimer, &QTimer::timeout, this, &EmulatorServer::tickScheduler);
    m_memoryTimer.setInterval(250);
    connect(&m_memoryTimer, &QTimer::timeout, this, &EmulatorServer::checkMemory);
    m_steady.start();
    m_sweepTimer.setInterval(1000);
    connect(&m_sweepTimer, &QTimer::timeout, this, &EmulatorServer::sweepConnections);
    m_unwrittenTimer.setInterval(1000);
    connect(&m_unwrittenTimer, &QTimer::timeout, this, &EmulatorServer::writeUnwritten);
    m_purgeTimer.setInterval(60 * 1000);
    connect(&m_purgeTimer, &QTimer::timeout, this, &EmulatorServer::purgeExpired);
}

EmulatorServer::~EmulatorServer()
{
    shutdown();
}

void EmulatorServer::shutdown()
{
    if (m_shutdown)
        return;
    m_shutdown = true;
    m_schedulerTimer.stop();
    m_purgeTimer.stop();
    m_memoryTimer.stop();
    m_sweepTimer.stop();
    writeUnwritten(); // a last try for what the store refused
    m_unwrittenTimer.stop();
    if (!m_unwritten.isEmpty())
        std::fprintf(stderr, "functions-emulator: %lld changes could not be written to the database and are lost (%s)\n",
                     static_cast<long long>(m_unwritten.size()), m_store.lastError().toLocal8Bit().constData());
    // Unpacking on worker threads stops at its next chunk; wait for it, so nothing writes into
    // the data dir after we let go of it.
    *m_cancelUnpacking = true;
    for (QFutureWatcherBase *w : std::as_const(m_unpacking))
        w->waitForFinished();
    QList<QPointer<PythonProcess>> processes = m_processes.values() + m_warm.values();
    m_processes.clear();
    m_warm.clear();
    for (const auto &p : processes)
        delete p.data(); // kills the process; no result is recorded
    if (m_dataDirLock && m_dataDirLock->isLocked()) { // last: the next emulator may start now
        QFile::remove(urlFileOf(m_config.dataDir));
        m_dataDirLock->unlock();
    }
}

QString EmulatorServer::urlFileOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"emulator.url"_s);
}

QString EmulatorServer::clientSecretFileOf(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"client-secret"_s);
}

QString EmulatorServer::baseUrl() const
{
    const QHostAddress &h = m_config.host;
    if (h.isLoopback() || h == QHostAddress::Any || h == QHostAddress::AnyIPv4 || h == QHostAddress::AnyIPv6)
        return u"http://127.0.0.1:%1"_s.arg(m_port);
    return h.protocol() == QAbstractSocket::IPv6Protocol ? u"http://[%1]:%2"_s.arg(h.toString()).arg(m_port)
                                                         : u"http://%1:%2"_s.arg(h.toString()).arg(m_port);
}

QString EmulatorServer::urlFor(const HttpRequest &req) const
{
    if (!m_config.publicUrl.isEmpty())
        return m_config.publicUrl;
    const QByteArray host = req.header("host").trimmed();
    return host.isEmpty() ? baseUrl() : u"http://"_s + QString::fromLatin1(host);
}

QString EmulatorServer::issueTokenForTests(const QString &clientId)
{
    const EmulatorClient *c = clientId.isEmpty() ? &m_config.clients.first() : m_auth.findClient(clientId);
    if (!c)
        return {};
    return m_auth.issueTokens(Principal{u"client:"_s + c->clientId, c->clientId, c->capabilities}, false).value("access_token"_L1).toString();
}

void EmulatorServer::purgeExpired()
{
    const qint64 now = m_clock->nowMs();
    m_auth.purgeExpired(now);
    m_files.purgeExpired(now);
    stored([&] { m_store.purgeExpired(now); }); // tried again next minute when the store refuses
    for (auto it = m_lastCalled.begin(); it != m_lastCalled.end();) {
        if (now - it.value() > WarmIdleMs) {
            dropWarm(it.key());
            it = m_lastCalled.erase(it);
        } else {
            ++it;
        }
    }
}

QString EmulatorServer::functionDir(qint64 functionId) const
{
    return QDir(m_config.dataDir).filePath(u"functions/%1"_s.arg(functionId));
}

QString EmulatorServer::filePath(qint64 fileId) const
{
    return EmulatorFiles::pathOf(m_config.dataDir, fileId);
}

QString EmulatorServer::extractRunner()
{
    const QString path = QDir(m_config.dataDir).filePath(u"runner.py"_s);
    QFile src(u":/emulator/runner.py"_s);
    if (!src.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = src.readAll();
    QFile dst(path);
    if (dst.open(QIODevice::ReadOnly) && dst.readAll() == content)
        return path;
    dst.close();
    // Read-only, and a handler in the sandbox sees it only through a read-only mount.
    dst.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!dst.open(QIODevice::WriteOnly | QIODevice::Truncate) || dst.write(content) != content.size())
        return {};
    dst.close();
    dst.setPermissions(QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return path;
}

QString EmulatorServer::handlerWarning() const
{
    if (m_config.noSandbox)
        return u"WARNING: --no-sandbox: handlers run as your user and can read and change everything you can, this emulator's data included."_s;
    if (!m_sandboxProblem.isEmpty())
        return u"handlers cannot run: "_s + sandboxRefusal();
    return {};
}

bool EmulatorServer::start(QString *error)
{
    if (!m_config.allowRemote && !m_config.host.isLoopback()) {
        *error =
            u"refusing to listen on %1: handlers run arbitrary code, so the emulator binds loopback only. Pass --allow-remote to override."_s.arg(
                m_config.host.toString());
        return false;
    }
    if (m_config.dataDir.isEmpty())
        m_config.dataDir =
            QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"functions-studio/emulator/"_s + m_config.project);
    const bool newDataDir = !QFileInfo::exists(m_config.dataDir);
    QDir(QDir(m_config.dataDir).filePath(u"tmp"_s)).removeRecursively(); // what a stopped emulator left there
    for (const char *sub : {"", "files", "functions", "tmp"}) {
        if (!QDir().mkpath(QDir(m_config.dataDir).filePath(QLatin1StringView(sub)))) {
            *error = u"cannot create the data dir %1; choose another with --data-dir"_s.arg(m_config.dataDir);
            return false;
        }
    }
    // Only the user: it holds the client secret, the tokens' hashes, every function's secrets. (A
    // folder the user gave that existed already keeps its mode; the files in it are the user's only.)
    if (newDataDir)
        QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Two emulators on one data dir would hand out the same ids and fire every schedule twice.
    m_dataDirLock = std::make_unique<QLockFile>(QDir(m_config.dataDir).filePath(u"emulator.lock"_s));
    m_dataDirLock->setStaleLockTime(0); // held for as long as the emulator runs; a dead holder is detected by its pid
    if (!m_dataDirLock->tryLock(0) && m_dataDirLock->error() != QLockFile::LockFailedError) {
        *error = u"cannot lock the data dir %1 (is it writable?); choose another with --data-dir"_s.arg(m_config.dataDir);
        m_dataDirLock.reset();
        return false;
    }
    if (!m_dataDirLock->isLocked()) {
        qint64 pid = 0;
        QString hostName, appName;
        m_dataDirLock->getLockInfo(&pid, &hostName, &appName);
        QFile urlFile(urlFileOf(m_config.dataDir));
        const QString url = urlFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(urlFile.readLine(1024)).trimmed() : QString();
        *error = u"another functions-emulator (pid %1) already uses the data dir %2%3. Use that one, stop it, or give this one another --data-dir."_s
                     .arg(pid)
                     .arg(m_config.dataDir, url.isEmpty() ? QString() : u" and listens on "_s + url);
        m_dataDirLock.reset();
        return false;
    }
    QFile::remove(urlFileOf(m_config.dataDir)); // a holder that was killed left it: it names a dead address
    if (m_config.clientSecretFromDataDir) {
        // A secret of this data dir's own, so that nobody else on the machine can guess it (a
        // constant would let any local process sign in). Only the user may read the file.
        QFile secretFile(clientSecretFileOf(m_config.dataDir));
        QString secret = secretFile.open(QIODevice::ReadOnly) ? QString::fromUtf8(secretFile.read(1024)).trimmed() : QString();
        secretFile.close();
        if (secret.size() < 20) {
            QByteArray raw(24, Qt::Uninitialized);
            QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
            secret = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
            QSaveFile out(clientSecretFileOf(m_config.dataDir));
            if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || out.write(secret.toUtf8() + '\n') < 0 || !out.commit()) {
                *error = u"cannot write the client secret into %1; choose another --data-dir"_s.arg(m_config.dataDir);
                return false;
            }
        }
        m_config.clients.first().clientSecret = secret;
    }
    if (!m_store.open(QDir(m_config.dataDir).filePath(u"emulator.sqlite"_s), error))
        return false;
    if (!m_config.faultsFile.isEmpty() && !m_faults.loadFile(m_config.faultsFile, error))
        return false;
    m_runnerPath = extractRunner();
    if (m_runnerPath.isEmpty()) {
        *error = u"cannot write the Python runner into %1"_s.arg(m_config.dataDir);
        return false;
    }
    if (!m_config.noSandbox)
        m_sandboxProblem = Sandbox::problem();
    if (m_store.meta(u"activation"_s).isEmpty())
        m_store.setMeta(u"activation"_s, m_config.startInactive ? u"inactive"_s : u"activated"_s);
    auto *tcp = new GuardedTcpServer([this](QTcpSocket *socket) { guardSocket(socket); }, this);
    if (tcp->listen(m_config.host, m_config.port)) {
        bind(tcp);
        m_port = tcp->serverPort();
    } else {
        delete tcp;
    }
    if (m_port == 0) {
        *error = u"cannot listen on %1:%2 (in use, or not allowed)"_s.arg(m_config.host.toString()).arg(m_config.port);
        return false;
    }
    if (QFile urlFile(urlFileOf(m_config.dataDir)); urlFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
        urlFile.write(baseUrl().toUtf8() + '\n');
    recoverAfterRestart();
    if (m_config.demo && m_store.meta(u"demo_seeded"_s).isEmpty())
        seedDemo();
    planAllSchedules();
    m_auth.setUpApprovalCode();
    m_schedulerTimer.start();
    purgeExpired();
    m_purgeTimer.start();
    m_memoryTimer.start();
    m_sweepTimer.start();
    return true;
}

// Qt's HTTP server reads a whole body into memory before handing the request over. This runs
// before it on every read: once the headers are in, a Content-Length above the limit is answered
// with 413 at once and nothing more is read; a body that goes on past the limit (no or a false
// Content-Length) is cut off the same way. handleRequest() starts the count again.
void EmulatorServer::guardSocket(QTcpSocket *socket)
{
    if (m_bodyGuards.size() >= MaxConnections && !evictOneConnection()) {
        // Every connection may hold a request in memory: their number is bounded too.
        HttpRequest req;
        req.headers.insert("connection", "close");
        writeResponse(socket, HttpResponse::error(503, u"Too many connections to the emulator; try again shortly."_s), req, m_clock->nowMs(),
                      std::nullopt);
        return;
    }
    m_bodyGuards.insert(socket, BodyGuard{0, -1, {}, false, m_steady.elapsed(), ++m_connectionsMade});
    connect(socket, &QObject::destroyed, this, [this, socket] {
        m_bytesInFlight -= m_bodyGuards.value(socket).received;
        m_bodyGuards.remove(socket);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] {
        if (auto it = m_bodyGuards.find(socket); it != m_bodyGuards.end() && it->received == 0)
            it->since = m_steady.elapsed(); // its answer is moving
    });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
        BodyGuard &g = m_bodyGuards[socket];
        if (g.rejected) {
            socket->readAll(); // dropped before the HTTP server sees it
            return;
        }
        const qint64 arrived = socket->bytesAvailable();
        if (g.received == 0 && arrived > 0)
            g.since = m_steady.elapsed(); // a new request's deadlines count from its first byte
        g.received += arrived;
        m_bytesInFlight += arrived;
        constexpr qint64 MaxHead = 64 * 1024;
        HttpRequest req;
        req.headers.insert("connection", "close");
        const auto reject = [&](int status, const QString &message) {
            g.rejected = true;
            writeResponse(socket, HttpResponse::error(status, message), req, m_clock->nowMs(), std::nullopt);
            socket->readAll();
            socket->disconnectFromHost();
        };
        if (g.limit < 0) {
            g.head += socket->peek(std::min(arrived, MaxHead - g.head.size()));
            const HttpRequestHead head = HttpRequestHead::parse(g.head, MaxHead);
            if (head.state == HttpRequestHead::State::NeedMore)
                return;
            req.method = head.method;
            req.path = head.path;
            const bool upload = req.path.section(u'/', 0, 0, QString::SectionSkipEmpty) == u"upload"_s;
            g.limit = upload ? m_config.maxUploadBytes : m_config.maxApiRequestBytes;
            const qint64 declared = std::max<qint64>(head.contentLength, 0);
            if (head.state == HttpRequestHead::State::TooLong)
                return reject(431, u"Request headers larger than 64 kB are refused."_s);
            if (head.state == HttpRequestHead::State::Invalid)
                return reject(400, head.problem);
            if (declared > g.limit)
                return reject(
                    413,
                    u"The request body is %1 MB; the emulator accepts at most %2 MB here%3."_s.arg(double(declared) / (1024 * 1024), 0, 'f', 1)
                        .arg(g.limit / (1024 * 1024))
                        .arg(upload ? u" (functions-emulator --max-upload-mb)"_s : QString()));
            if (upload) { // only a live upload link may send a large body
                const auto link = m_store.uploadUrl(req.path.section(u'/', 1, 1, QString::SectionSkipEmpty).section(QLatin1Char('?'), 0, 0));
                if (!link)
                    return reject(404, u"This upload URL is unknown or its file was deleted; create the file again (POST /files)"_s);
                if (link->second < m_clock->nowMs())
                    return reject(403, u"This upload URL has expired; create the file again (POST /files) for a new one"_s);
            }
        } else if (g.received > g.limit + MaxHead) {
            return reject(413, u"The request body is larger than the %1 MB the emulator accepts."_s.arg(g.limit / (1024 * 1024)));
        }
        if (m_bytesInFlight > MaxBytesInFlight)
            return reject(503, u"The emulator is receiving too much at once; try again shortly."_s);
    });
}

bool EmulatorServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto it = m_bodyGuards.find(socket); it != m_bodyGuards.end()) {
        m_bytesInFlight -= it->received;
        const quint64 order = it->order;
        *it = {}; // the next request on this connection starts from nothing
        it->since = m_steady.elapsed();
        it->order = order;
    }
    qint64 started = m_clock->nowMs();
    HttpRequest req;
    req.method = methodName(request.method());
    req.url = request.url();
    req.path = req.url.path();
    req.query = QUrlQuery(req.url);
    req.remote = request.remoteAddress();
    for (const auto &h : request.headers())
        req.headers.insert(h.first.toLower(), h.second);
    req.body = request.body();
    Q_EMIT requestReceived(req);

    // DNS rebinding: a web page that resolves its own name to 127.0.0.1 must not drive the
    // emulator through the user's browser. Only requests addressed to the emulator's own address
    // are served; there are no CORS headers either.
    if (const QString why = foreignHost(req, socket->localAddress()); !why.isEmpty()) {
        writeResponse(socket, HttpResponse::error(403, why), req, started, std::nullopt);
        return true;
    }
    const QPointer<QTcpSocket> sock(socket);
    const auto fault = m_faults.isEmpty() ? std::nullopt : m_faults.decide(req.method, req.path);
    if (fault) {
        switch (fault->action) {
        case FaultInjector::Action::Reset: socket->abort(); return true;
        case FaultInjector::Action::Status: {
            HttpResponse r = HttpResponse::error(fault->status, u"Injected fault: HTTP %1"_s.arg(fault->status));
            if (fault->status == 429)
                r.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
            writeResponse(socket, r, req, started, std::nullopt);
            return true;
        }
        case FaultInjector::Action::Latency:
            QTimer::singleShot(fault->latencyMs, this, [this, sock, req, started] {
                if (!sock || sock->state() != QAbstractSocket::ConnectedState)
                    return;
                writeResponse(sock, dispatchStored(req), req, started, std::nullopt);
            });
            return true;
        default: break;
        }
    }
    const HttpResponse resp = dispatchStored(req);
    if (fault)
        writeResponse(socket, resp, req, started, fault->action);
    else
        writeResponse(socket, resp, req, started, std::nullopt);
    return true;
}

// A connection that keeps the emulator waiting is closed: its request's head not in within 10 s,
// its body arriving slower than 1 kB/s on average after that, or nothing sent for 30 s between
// requests. A slow drip of bytes cannot hold a connection for ever.
void EmulatorServer::sweepConnections()
{
    const qint64 now = m_steady.elapsed();
    QList<QTcpSocket *> late;
    for (auto it = m_bodyGuards.begin(); it != m_bodyGuards.end(); ++it) {
        // An answer still being sent keeps a connection only while it moves (bytesWritten
        // refreshes `since`): a client that stops reading is idle like any other.
        const BodyGuard &g = it.value();
        const qint64 age = now - g.since;
        const bool idle = g.received == 0;
        if ((idle && age > IdleDeadlineMs) || (!idle && g.limit < 0 && age > HeadDeadlineMs)
            || (!idle && g.limit >= 0 && age > HeadDeadlineMs && g.received < MinBodyBytesPerSecond * (age / 1000)))
            late << it.key();
    }
    for (QTcpSocket *socket : std::as_const(late))
        socket->abort(); // destroyed() forgets its guard
}

// At the cap, the connection that has waited longest while idle or before its head was complete
// gives way to the newcomer; false when every connection is in the middle of a body.
bool EmulatorServer::evictOneConnection()
{
    QTcpSocket *oldest = nullptr;
    std::pair<qint64, quint64> oldestAge;
    for (auto it = m_bodyGuards.cbegin(); it != m_bodyGuards.cend(); ++it)
        if (const std::pair age{it.value().since, it.value().order}; it.value().limit < 0
            && (it.key()->bytesToWrite() == 0 || m_steady.elapsed() - age.first > HeadDeadlineMs) && (!oldest || age < oldestAge)) {
            oldest = it.key();
            oldestAge = age;
        }
    if (!oldest)
        return false;
    m_bytesInFlight -= m_bodyGuards.value(oldest).received;
    m_bodyGuards.remove(oldest);
    oldest->abort();
    return true;
}

HttpResponse EmulatorServer::dispatchStored(const HttpRequest &req)
{
    HttpResponse resp;
    if (stored([&] { resp = dispatch(req); }))
        return resp;
    return storeFailure();
}

bool EmulatorServer::stored(const std::function<void()> &work)
{
    if (m_storing > 0) { // part of an outer unit, which commits or rolls back all of it
        work();
        return true;
    }
    ++m_storing;
    m_store.clearFailure();
    m_store.transaction();
    work();
    bool ok = m_store.failure() == EmulatorStore::Failure::None;
    ok = ok && m_store.commitAll() && m_store.failure() == EmulatorStore::Failure::None;
    if (!ok)
        m_store.rollback();
    --m_storing;
    const QList<std::function<void()>> deferred = std::exchange(m_afterStored, {});
    if (ok)
        for (const auto &action : deferred)
            action();
    return ok;
}

void EmulatorServer::afterStored(std::function<void()> action)
{
    if (m_storing > 0)
        m_afterStored.append(std::move(action));
    else
        action();
}

HttpResponse EmulatorServer::storeFailure() const
{
    switch (m_store.failure()) {
    case EmulatorStore::Failure::Full:
        return HttpResponse::error(
            507, u"Nothing was stored: the disk that holds the emulator's data (%1) is full. Free some space and try again."_s.arg(m_config.dataDir));
    case EmulatorStore::Failure::Busy:
        return HttpResponse::error(503, u"Nothing was stored: the emulator's database is locked by another program. Try again in a moment."_s)
            .withHeader("Retry-After", "1");
    default:
        return HttpResponse::error(503, u"Nothing was stored: the emulator could not use its database (%1)."_s.arg(m_store.lastError().left(300)))
            .withHeader("Retry-After", "5");
    }
}

void EmulatorServer::persist(std::function<void()> write)
{
    if (m_unwritten.isEmpty() && stored(write))
        return;
    if (m_unwritten.size() >= MaxUnwritten) {
        std::fprintf(stderr, "functions-emulator: the database has refused %d changes; this one is dropped\n", MaxUnwritten);
        return;
    }
    if (m_unwritten.isEmpty())
        std::fprintf(stderr, "functions-emulator: cannot write the database (%s); keeping the changes and trying again every second\n",
                     m_store.lastError().toLocal8Bit().constData());
    m_unwritten.append(std::move(write));
    if (!m_unwrittenTimer.isActive() && !m_shutdown)
        m_unwrittenTimer.start();
}

void EmulatorServer::writeUnwritten()
{
    while (!m_unwritten.isEmpty()) {
        if (!stored(m_unwritten.first()))
            return;
        m_unwritten.removeFirst();
    }
    if (m_unwrittenTimer.isActive())
        std::fprintf(stderr, "functions-emulator: the database takes changes again; everything kept was written\n");
    m_unwrittenTimer.stop();
}

// What an unauthenticated client sent, as it may go into the terminal: control characters (escape
// sequences, a forged new line) shown as \xNN, and at most 300 bytes.
QByteArray EmulatorServer::loggable(const QByteArray &text)
{
    QByteArray out;
    for (const char c : text.left(300)) {
        if (uchar(c) < 0x20 || uchar(c) == 0x7f || c == '\\')
            out += "\\x" + QByteArray::number(uchar(c), 16).rightJustified(2, '0');
        else
            out += c;
    }
    if (text.size() > 300)
        out += "…";
    return out;
}

QString EmulatorServer::foreignHost(const HttpRequest &req, const QHostAddress &arrivedOn) const
{
    const QByteArray host = req.header("host").trimmed().toLower();
    if (host.isEmpty())
        return u"Forbidden: the request has no Host header (HTTP/1.1 requires one)."_s;
    const QByteArray port = ':' + QByteArray::number(m_port);
    QList<QByteArray> allowed{"127.0.0.1" + port, "localhost" + port, "[::1]" + port};
    // Listening on another address (--allow-remote): that address, and for a wildcard (0.0.0.0,
    // ::) the address the request arrived on.
    for (const QHostAddress &a : {m_config.host, arrivedOn}) {
        if (a.isNull() || a.isLoopback() || a == QHostAddress::Any || a == QHostAddress::AnyIPv4 || a == QHostAddress::AnyIPv6)
            continue;
        if (a != m_config.host && m_config.host != QHostAddress::Any && m_config.host != QHostAddress::AnyIPv4
            && m_config.host != QHostAddress::AnyIPv6)
            continue;
        QHostAddress plain = a;
        bool mapped = false;
        const quint32 v4 = plain.toIPv4Address(&mapped);
        if (mapped)
            plain = QHostAddress(v4);
        const QByteArray address = plain.toString().toLatin1();
        allowed << (plain.protocol() == QAbstractSocket::IPv6Protocol ? '[' + address + ']' : address) + port;
    }
    if (const QUrl pub(m_config.publicUrl); pub.isValid() && !pub.host().isEmpty()) {
        const QByteArray h = pub.host(QUrl::FullyEncoded).toLatin1().toLower();
        const QByteArray name = h.contains(':') ? '[' + h + ']' : h;
        const int defaultPort = pub.scheme() == u"https"_s ? 443 : 80;
        allowed << name + ':' + QByteArray::number(pub.port(defaultPort));
        if (pub.port(defaultPort) == defaultPort)
            allowed << name;
    }
    if (m_port == 80) // browsers and clients leave out the default port
        for (const QByteArray &a : QList<QByteArray>(allowed))
            allowed << a.left(a.size() - port.size());
    if (allowed.contains(host))
        return {};
    return u"Forbidden: the Host header \"%1\" is not this emulator's address (%2). Requests addressed to other names are refused, so a web page cannot reach the emulator through your browser."_s
        .arg(QString::fromLatin1(host).left(200), baseUrl());
}

void EmulatorServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest req;
    req.method = methodName(request.method());
    req.path = request.url().path();
    writeResponse(socket, HttpResponse::error(404, u"Not found: %1 %2"_s.arg(QString::fromLatin1(req.method), req.path)), req, m_clock->nowMs(),
                  std::nullopt);
}

void EmulatorServer::writeResponse(QTcpSocket *socket, const HttpResponse &resp, const HttpRequest &req, qint64 started,
                                   std::optional<FaultInjector::Action> fault)
{
    if (m_config.logRequests) {
        const qint64 ms = m_clock->nowMs() - started;
        // Upload and download links are credentials: the log names the kind, not the key.
        QByteArray path = req.path.toUtf8();
        if (const QString first = req.path.section(u'/', 0, 0, QString::SectionSkipEmpty); first == u"upload"_s || first == u"download"_s)
            path = "/" + first.toLatin1() + "/***";
        std::fprintf(stderr, "%s %s %d %lld ms%s\n", loggable(req.method).constData(), loggable(path).constData(), resp.status,
                     static_cast<long long>(ms), fault ? " (fault injected)" : "");
    }
    Q_EMIT requestHandled(req.method, req.path, resp.status);
    if (!socket)
        return;
    if (fault == FaultInjector::Action::ResetAfter) {
        socket->abort();
        return;
    }
    QByteArray body = resp.body;
    int status = resp.status;
    if (fault == FaultInjector::Action::Malformed) {
        body = "{\"items\": [{\"id\": 1, \"name\": \"trunc";
        status = 200;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + resp.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "x-request-id: " + QByteArray::number(QRandomGenerator::global()->generate64(), 16) + "\r\n";
    // HTTP/1.1 servers send their clock (RFC 9110 6.6.1); the app uses it against clock skew.
    out += "Date: " + QLocale::c().toString(m_clock->now(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1() + "\r\n";
    for (const auto &h : resp.headers)
        out += h.first + ": " + h.second + "\r\n";
    const bool close = req.header("connection").toLower() == "close";
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (fault == FaultInjector::Action::Truncate) {
        out += body.left(body.size() / 2);
        socket->write(out);
        socket->flush();
        socket->disconnectFromHost();
        return;
    }
    out += body;
    socket->write(out);
    if (close)
        socket->disconnectFromHost();
}

} // namespace fstudio::emulator
