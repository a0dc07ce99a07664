// What makes the emulator more than a mock: deployments are unpacked and checked, calls run the
// handler in Python with live logs, schedules fire at their cron times.
#include "emulator/emulatorserver.h"

#include "core/cron/cronexpression.h"
#include "core/packaging/deploysource.h"
#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"
#include "core/python/handlerinspector.h"
#include "core/wire/jsonreader.h"
#include "emulator/sandbox.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <limits>
#include <memory>
#include <tuple>

#include <linux/magic.h>
#include <numeric>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace fstudio::emulator {

using namespace Qt::StringLiterals;

namespace {

struct UnpackLimits
{
    qint64 maxBytes = 0; // uncompressed total
    int maxEntries = 0;
    qint64 maxHandlerBytes = 0;
};

struct UnpackOutcome
{
    QString error;
    QString trace;
};

// Everything of a deploy that reads the disk: runs on a worker thread.
UnpackOutcome unpackAndCheck(const QString &zipPath, const QString &codeDir, const QString &functionPath, const UnpackLimits &limits,
                             std::shared_ptr<std::atomic_bool> cancel)
{
    UnpackOutcome out;
    QStringList topLevel;
    DeployZipLimits zipLimits;
    zipLimits.maxEntries = limits.maxEntries;
    zipLimits.maxBytes = limits.maxBytes;
    zipLimits.entriesHint = u"; the emulator unpacks at most that (functions-emulator --max-code-entries)"_s;
    zipLimits.bytesHint = u"; the emulator unpacks at most that (functions-emulator --max-code-mb)"_s;
    if (const auto unpacked = DeploySource::extractZip(zipPath, codeDir, zipLimits, cancel.get(), &topLevel); !unpacked) {
        out.error = u"Function deployment failed: "_s + unpacked.error().message;
        return out;
    }
    const QFileInfo handler(QDir(codeDir).filePath(functionPath));
    if (!handler.isFile()) {
        QString hint;
        if (topLevel.size() == 1 && topLevel.first().endsWith(QLatin1Char('/'))
            && QFileInfo(QDir(codeDir).filePath(topLevel.first() + functionPath)).isFile())
            hint = u" The zip holds a single folder \"%1\" with %2 inside: zip the folder's contents, not the folder itself."_s.arg(topLevel.first(),
                                                                                                                                    functionPath);
        out.error = u"Function deployment failed: %1 was not found in the code zip.%2"_s.arg(functionPath, hint);
        out.trace = u"Top level of the zip: %1"_s.arg(topLevel.isEmpty() ? u"(empty)"_s : topLevel.join(u", "_s));
        return out;
    }
    if (handler.size() > limits.maxHandlerBytes) {
        out.error = u"Function deployment failed: %1 is %2 MB; the emulator reads a handler file of at most %3 MB."_s.arg(functionPath)
                        .arg(double(handler.size()) / (1024 * 1024), 0, 'f', 1)
                        .arg(limits.maxHandlerBytes / (1024 * 1024));
        return out;
    }
    const HandlerReport report = HandlerInspector::inspectFolder(codeDir, functionPath);
    if (report.hasErrors()) {
        QStringList lines;
        for (const HandlerFinding &h : report.findings)
            if (h.severity == HandlerFinding::Severity::Error)
                lines << (h.line ? u"%1 line %2: %3"_s.arg(functionPath).arg(h.line).arg(h.message) : h.message);
        out.error = u"Function deployment failed: %1 does not define a valid handle()."_s.arg(functionPath);
        out.trace = lines.join(u"\n"_s);
    }
    return out;
}

} // namespace

std::optional<Interpreter> EmulatorServer::interpreterFor(const QString &runtime) const
{
    if (!m_config.python.isEmpty())
        return probeInterpreter(m_config.python);
    static const QRegularExpression pyX(u"^py3(\\d{1,2})$"_s);
    if (const auto m = pyX.match(runtime); m.hasMatch())
        if (const QString exe = QStandardPaths::findExecutable(u"python3."_s + m.captured(1)); !exe.isEmpty())
            if (const auto py = probeInterpreter(exe); py && py->minor == m.captured(1).toInt())
                return py;
    return probeInterpreter(u"python3"_s); // the runner says in the call's log which Python ran it
}

QString EmulatorServer::pythonFor(const QString &runtime) const
{
    const auto py = interpreterFor(runtime);
    return py ? py->executable : (m_config.python.isEmpty() ? u"python3"_s : m_config.python);
}

// Why handlers may not run now (the sandbox cannot be made here and --no-sandbox was not given).
QString EmulatorServer::sandboxRefusal() const
{
    if (m_config.noSandbox || m_sandboxProblem.isEmpty())
        return {};
    return u"the emulator runs handlers in a sandbox, and cannot make one on this machine: %1. Start functions-emulator with --no-sandbox "
           "(in Functions Studio: File > Settings > Run the emulator's handlers without a sandbox) to run them without one; they can then "
           "read everything your user can."_s.arg(m_sandboxProblem);
}

// Where a handler process finds what it is given: in the sandbox, at a fixed place; without one,
// where it is on the host.
struct EmulatorServer::Placement
{
    bool sandboxed = true;
    QList<Sandbox::Mount> mounts;
    QString put(const QString &host, const QString &inside, bool writable = false)
    {
        if (!sandboxed)
            return host;
        mounts << Sandbox::Mount{host, inside, writable};
        return inside;
    }
};

namespace {
QString hashKey(const QStringList &parts)
{
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(QChar(0)).toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}
} // namespace

QString EmulatorServer::envsDir() const
{
    return QDir(m_config.dataDir).filePath(u"envs"_s);
}

// Where requirements come from, as part of an environment's key (a private index's credentials
// only ever enter a hash).
QString EmulatorServer::packageSource(qint64 functionId) const
{
    if (!m_config.wheelhouse.isEmpty())
        return u"wheelhouse "_s + m_config.wheelhouse;
    return u"index "_s + m_store.meta(u"index:%1"_s.arg(functionId));
}

namespace {
// requirements.txt's lines without comments, continuations joined as pip joins them (a comment
// line ends a continuation), a byte-order mark dropped.
QStringList requirementLines(const QByteArray &content)
{
    QString text = QString::fromUtf8(content);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    static const QRegularExpression comment(u"(^|\\s+)#.*$"_s);
    QStringList out;
    QString joined;
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        const bool isComment = line.trimmed().startsWith(u'#');
        if (!isComment && line.endsWith(u'\\')) {
            joined += line.chopped(1);
            continue;
        }
        line = (isComment ? QString() : joined + line).remove(comment).trimmed();
        joined.clear();
        if (!line.isEmpty())
            out << line;
    }
    if (!joined.trimmed().isEmpty())
        out << joined.remove(comment).trimmed();
    return out;
}
} // namespace

// The layer of a function's requirements.txt: shared by every function (and every redeploy) with
// the same file, the same Python and the same package source; a file that names other files or
// local paths (-r, -c, -e, ./pkg, file:) makes a layer of the function's own code file. Empty:
// no requirements.txt. *pinsSdk: it names cognite-sdk with a version or extras (the layer then
// holds the SDK).
QString EmulatorServer::requirementsLayer(const Interpreter &py, const Function &f, const QString &codeDir, bool *pinsSdk) const
{
    *pinsSdk = false;
    QFile req(QDir(codeDir).filePath(u"requirements.txt"_s));
    if (!req.open(QIODevice::ReadOnly))
        return {};
    const QByteArray content = req.read(1024 * 1024);
    static const QRegularExpression name(u"^([A-Za-z0-9][A-Za-z0-9._-]*)\\s*(\\[[^\\]]*\\])?\\s*([^;]*)"_s);
    static const QRegularExpression version(u"(===|==|!=|~=|>=|<=|>|<)"_s);
    // A line may name a file of the function's code unless it is a plain requirement (a name,
    // extras, versions, a marker) or an index option: then the layer is the function's own.
    static const QRegularExpression plainRequirement(
        u"^[A-Za-z0-9][A-Za-z0-9._-]*\\s*(\\[[A-Za-z0-9._,\\s-]*\\])?\\s*"
        "((===|==|!=|~=|>=|<=|>|<)\\s*[A-Za-z0-9.*+!_-]+\\s*(,\\s*(===|==|!=|~=|>=|<=|>|<)\\s*[A-Za-z0-9.*+!_-]+\\s*)*)?(;.*)?$"_s);
    static const QRegularExpression indexOption(
        u"^(-i|--index-url|--extra-index-url|--trusted-host|--pre|--prefer-binary|--only-binary|--no-binary)([\\s=]|$)"_s);
    static const QRegularExpression archive(u"\\.(whl|zip|tar|tgz|tbz|txz|tlz|tar\\.gz|tar\\.bz2|tar\\.xz|tar\\.lz|tar\\.lzma)\\b"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto local = [&](const QString &line) {
        return !(plainRequirement.match(line).hasMatch() && !archive.match(line.section(u';', 0, 0)).hasMatch())
            && !indexOption.match(line).hasMatch();
    };
    bool refersToFiles = false;
    for (const QString &line : requirementLines(content)) {
        refersToFiles = refersToFiles || local(line);
        const auto m = name.match(line);
        if (m.hasMatch() && !line.startsWith(u'-') && m.captured(1).toLower().replace(u'_', u'-').replace(u'.', u'-') == u"cognite-sdk"_s
            && (!m.captured(2).isEmpty() || version.match(m.captured(3)).hasMatch()))
            *pinsSdk = true;
    }
    QStringList key{py.executable, py.version, packageSource(f.id), QString::fromLatin1(content.toBase64())};
    if (refersToFiles)
        key << u"code file %1"_s.arg(f.fileId);
    return u"req-"_s + hashKey(key);
}

// The layer that holds cognite-sdk and its dependencies, as CDF's runtime has them: one per Python,
// from the wheelhouse or PyPI (never a function's own index: the layer is every function's).
QString EmulatorServer::sdkLayer(const Interpreter &py) const
{
    return u"sdk-"_s + hashKey({py.executable, py.version, m_config.wheelhouse.isEmpty() ? u"index"_s : m_config.wheelhouse});
}

namespace {
// Whether the code imports cognite or its handle() takes a client (a bounded look, never running it).
bool usesSdk(const QString &codeDir)
{
    static const QRegularExpression use(u"^\\s*(from|import)\\s+cognite\\b|def\\s+handle\\s*\\([^)]*\\bclient\\b"_s,
                                        QRegularExpression::MultilineOption);
    QDirIterator it(codeDir, {u"*.py"_s}, QDir::Files, QDirIterator::Subdirectories);
    for (int n = 0; it.hasNext(); ++n) {
        if (n >= 2000)
            return true;
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && use.match(QString::fromUtf8(f.read(2'000'000))).hasMatch())
            return true;
    }
    return false;
}

// An index URL as it may be shown: a private index's user and password never are.
QString shownUrl(const QString &text)
{
    static const QRegularExpression credentials(u"(\\w+://)[^/@\\s]+@"_s);
    return QString(text).replace(credentials, u"\\1***@"_s);
}
} // namespace

PythonProcess::Spec EmulatorServer::handlerSpec(const std::optional<Interpreter> &py, const QString &mode, qint64 functionId,
                                                const QString &functionPath, Placement *place) const
{
    PythonProcess::Spec spec;
    spec.python = py ? py->executable : pythonFor(QString());
    spec.mode = mode;
    spec.pythonFlags = m_config.useHostPackages ? QStringList{u"-B"_s, u"-u"_s} : QStringList{u"-I"_s, u"-S"_s, u"-B"_s, u"-u"_s};
    spec.runnerPath = place->put(m_runnerPath, Sandbox::runnerPath());
    spec.functionDir = functionId ? place->put(functionDir(functionId) + u"/code"_s, Sandbox::codeDir()) : u"/tmp"_s;
    spec.functionPath = functionPath;
    QStringList notices;
    if (!place->sandboxed)
        notices << u"[functions-emulator] no sandbox (--no-sandbox): this handler runs as your user and can read and change everything you can, "
                   "the emulator's data included."_s;
    if (m_config.useHostPackages)
        notices << u"[functions-emulator] --use-host-packages: this handler can import the packages installed in %1, which CDF does not have; "
                   "code that works here may fail in CDF."_s.arg(spec.python);
    if (!notices.isEmpty())
        spec.environment.insert(u"FS_EMULATOR_NOTICES"_s, notices.join(u'\n'));
    if (!place->sandboxed)
        spec.environment.insert(u"TMPDIR"_s, QDir(m_config.dataDir).filePath(u"tmp"_s));
    return spec;
}

// A call's process, started warm: it imports the handler and waits for its request.
PythonProcess::Spec EmulatorServer::callSpec(const EmulatorStore::StoredFunction &fn) const
{
    const auto py = interpreterFor(fn.function.runtime.value_or(QString()));
    Placement place{!m_config.noSandbox, {}};
    PythonProcess::Spec spec = handlerSpec(py, u"call"_s, fn.function.id, fn.function.functionPath, &place);
    // The function's environment, as its deploy made it.
    const QJsonObject env = QJsonDocument::fromJson(m_store.meta(u"env:%1"_s.arg(fn.function.id)).toUtf8()).object();
    QStringList sites;
    if (const QString layer = env.value("layer"_L1).toString(); !layer.isEmpty() && QFileInfo(QDir(envsDir()).filePath(layer)).isDir())
        sites << place.put(QDir(envsDir()).filePath(layer), Sandbox::envDir());
    if (py && env.value("sdk"_L1).toBool(true)) {
        const QString sdk = QDir(envsDir()).filePath(sdkLayer(*py));
        if (QFileInfo(sdk).isDir())
            sites << place.put(sdk, Sandbox::sdkDir());
        else if (QFile failed(sdk + u".failed"_s); failed.open(QIODevice::ReadOnly))
            spec.environment.insert(u"FS_EMULATOR_SDK_PROBLEM"_s, QString::fromUtf8(failed.read(4000)));
    }
    if (!sites.isEmpty())
        spec.environment.insert(u"FS_EMULATOR_SITES"_s, sites.join(u':'));
    if (place.sandboxed && py)
        spec.sandbox = Sandbox::wrap(*py, place.mounts, m_config.sandboxTmpBytes, {m_config.dataDir}, {});
    spec.maxLineBytes = m_config.maxLogLineBytes;
    spec.maxLogBytes = m_config.maxCallLogBytes;
    spec.warm = true;
    spec.memoryLimitBytes = qRound64(fn.function.memory.value_or(m_config.limits.memoryGb.defaultValue) * 1024 * 1024 * 1024);
    // The response is at most responseSizeMb; its file may hold that, escaped, and the envelope.
    spec.maxResultBytes = qint64(m_config.limits.responseSizeMb.value_or(1)) * 1000 * 1000 * 7 + 1024 * 1024;
    if (fn.function.envVars)
        for (auto it = fn.function.envVars->begin(); it != fn.function.envVars->end(); ++it)
            spec.environment.insert(it.key(), it.value());
    spec.environment.insert(u"FS_EMULATOR_RUNTIME"_s, fn.function.runtime.value_or(QString()));
    return spec;
}

int EmulatorServer::warmProcessCount() const
{
    int n = 0;
    for (const auto &p : m_warm)
        n += p ? 1 : 0;
    return n;
}

PythonProcess *EmulatorServer::takeWarm(qint64 functionId)
{
    PythonProcess *p = m_warm.take(functionId).data();
    if (p && p->isUsable())
        return p;
    if (p)
        p->discard(); // it ended while it waited (killed, or Python crashed): start a fresh one
    return nullptr;
}

// CDF keeps warm instances; so does the emulator, for the functions called lately (at most
// MaxWarmProcesses, the least recently called goes first).
void EmulatorServer::prepareWarm(const EmulatorStore::StoredFunction &fn)
{
    if (m_shutdown || m_warm.value(fn.function.id) || !sandboxRefusal().isEmpty())
        return;
    while (warmProcessCount() >= MaxWarmProcesses) {
        qint64 oldest = 0;
        for (auto it = m_warm.cbegin(); it != m_warm.cend(); ++it)
            if (!oldest || m_lastCalled.value(it.key()) < m_lastCalled.value(oldest))
                oldest = it.key();
        dropWarm(oldest);
    }
    auto *p = new PythonProcess(callSpec(fn), this);
    m_warm.insert(fn.function.id, p);
    p->start();
}

void EmulatorServer::dropWarm(qint64 functionId)
{
    if (PythonProcess *p = m_warm.take(functionId).data())
        p->discard(); // killed, deleted once it has ended: the server thread never waits for it
}

void EmulatorServer::removeCodeIfUnused(qint64 functionId)
{
    if (m_shutdown || m_store.function(functionId) || m_store.runningCallCount(functionId) > 0 || m_processes.contains(-functionId)
        || m_unpackingFunctions.contains(functionId))
        return; // whoever still uses it calls again when done
    const QString dir = functionDir(functionId);
    if (!QFileInfo::exists(dir))
        return;
    // Code can be thousands of files: removed on a worker thread (shutdown waits for it).
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_unpacking.removeAll(watcher);
        watcher->deleteLater();
    });
    m_unpacking.append(watcher);
    watcher->setFuture(QtConcurrent::run([dir] { QDir(dir).removeRecursively(); }));
}

namespace {
// Proportional set size of a process (shared pages divided among those sharing them), in bytes.
qint64 proportionalBytes(qint64 pid)
{
    QFile f(u"/proc/%1/smaps_rollup"_s.arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.read(4096).split('\n'))
        if (line.startsWith("Pss:"))
            return line.mid(4).trimmed().split(' ').value(0).toLongLong() * 1024;
    return 0;
}
} // namespace

void EmulatorServer::checkMemory()
{
    // Calls are watched every tick; warm processes (which have only imported the handler) every
    // 8th, and when only they exist, only then: the scan of /proc is not free.
    QHash<qint64, PythonProcess *> byRoot;
    const auto watch = [&byRoot](PythonProcess *p) {
        if (p && p->pid() > 0 && p->memoryLimitBytes() > 0)
            byRoot.insert(p->pid(), p);
    };
    for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it)
        if (it.key() > 0)
            watch(it.value());
    if (++m_memoryTicks % 8 == 0)
        for (const auto &p : std::as_const(m_warm))
            watch(p);
    if (byRoot.isEmpty())
        return;
    // Everything a handler started counts: its process and all their descendants (in the sandbox,
    // the whole PID namespace: a child that left the process group with setsid, or was orphaned
    // by a double fork, is still below the sandbox's first process). Resident size first (cheap,
    // from /proc/<pid>/stat); only a tree above its limit is measured again by proportional size,
    // so pages shared between forked workers are not counted twice.
    QHash<qint64, QList<qint64>> children;
    QHash<qint64, qint64> resident;
    const qint64 page = ::sysconf(_SC_PAGESIZE);
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString name = it.next().section(QLatin1Char('/'), -1);
        if (!name.at(0).isDigit())
            continue;
        QFile stat(u"/proc/%1/stat"_s.arg(name));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.read(1024);
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() <= 21)
            continue;
        const qint64 pid = name.toLongLong();
        children[f.at(1).toLongLong()] << pid;
        resident.insert(pid, f.at(21).toLongLong() * page);
    }
    for (auto root = byRoot.cbegin(); root != byRoot.cend(); ++root) {
        QList<qint64> tree{root.key()};
        qint64 total = 0;
        for (qsizetype i = 0; i < tree.size() && i < 100000; ++i) {
            total += resident.value(tree.at(i));
            tree << children.value(tree.at(i));
        }
        PythonProcess *p = root.value();
        // Files in the sandbox's /tmp are memory too (a tmpfs): seen through a process inside it.
        if (p->isSandboxed() && tree.size() > 1)
            for (const char *memoryFs : {"tmp", "dev/shm"}) {
                // Only the sandbox's own tmpfs: before bwrap has switched roots, /proc/<pid>/root is the host's.
                struct stat hostRoot = {}, itsRoot = {};
                const QByteArray sandboxRoot = QFile::encodeName(u"/proc/%1/root"_s.arg(tree.at(1)));
                if (::stat("/", &hostRoot) != 0 || ::stat(sandboxRoot.constData(), &itsRoot) != 0
                    || (hostRoot.st_dev == itsRoot.st_dev && hostRoot.st_ino == itsRoot.st_ino))
                    break;
                const QByteArray path = sandboxRoot + '/' + QByteArray(memoryFs);
                if (struct statfs st = {}; ::statfs(path.constData(), &st) == 0 && st.f_type == TMPFS_MAGIC)
                    total += qint64(st.f_blocks - st.f_bfree) * qint64(st.f_bsize);
            }
        if (total <= p->memoryLimitBytes())
            continue;
        qint64 proportional =
            total - std::accumulate(tree.cbegin(), tree.cend(), qint64(0), [&](qint64 sum, qint64 pid) { return sum + resident.value(pid); });
        for (qint64 pid : std::as_const(tree))
            proportional += proportionalBytes(pid);
        if (proportional > p->memoryLimitBytes())
            p->killForMemory(proportional);
    }
}

int EmulatorServer::runningCalls() const
{
    int n = 0;
    for (auto it = m_processes.cbegin(); it != m_processes.cend(); ++it)
        n += it.key() > 0 && it.value() ? 1 : 0;
    return n;
}

QString EmulatorServer::activationState()
{
    QString state = m_store.meta(u"activation"_s, u"activated"_s);
    if (state == u"requested"_s) {
        const qint64 at = m_store.meta(u"activation_requested_at"_s).toLongLong();
        if (m_clock->nowMs() - at >= m_config.activationDelayMs) {
            state = u"activated"_s;
            m_store.setMeta(u"activation"_s, state);
        }
    }
    return state;
}

void EmulatorServer::scheduleDeploy(qint64 functionId, qint64 delayMs)
{
    QTimer::singleShot(int(delayMs), this, [this, functionId] {
        if (!m_shutdown)
            deploy(functionId);
    });
}

void EmulatorServer::failDeploy(Function f, const QString &message, const QString &trace)
{
    f.status = FunctionStatus::Failed;
    f.statusText = toWire(f.status);
    f.error = ErrorDetail{message.left(10000), trace.right(100000), std::nullopt}; // what the code raised is the user's: bounded
    persist([this, f] {
        if (m_store.function(f.id)) // not deleted meanwhile
            m_store.updateFunction(f);
    });
    Q_EMIT functionStatusChanged(f.id, f.statusText);
}

void EmulatorServer::deploy(qint64 functionId)
{
    auto stored = m_store.function(functionId);
    if (!stored || (stored->function.status != FunctionStatus::Queued && stored->function.status != FunctionStatus::Deploying))
        return;
    Function f = stored->function;
    f.status = FunctionStatus::Deploying;
    f.statusText = toWire(f.status);
    if (!this->stored([&] { m_store.updateFunction(f); }))
        return scheduleDeploy(f.id, 1000); // the store refuses: try again in a second
    Q_EMIT functionStatusChanged(f.id, f.statusText);

    if (!QFile::exists(filePath(f.fileId)))
        return failDeploy(f, u"Function deployment failed: the code file %1 has no content (was it deleted?)."_s.arg(f.fileId), QString());
    const QString codeDir = functionDir(f.id) + u"/code"_s;
    const UnpackLimits limits{m_config.maxCodeBytes, m_config.maxCodeEntries, m_config.maxHandlerBytes};
    // Unpacking and the handler check read the disk and may take long: off the request thread.
    auto *watcher = new QFutureWatcher<UnpackOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, id = f.id, codeDir] {
        m_unpacking.removeAll(watcher);
        m_unpackingFunctions.remove(id);
        watcher->deleteLater();
        const UnpackOutcome out = watcher->result();
        const auto now = m_store.function(id);
        if (!m_shutdown && !now)
            removeCodeIfUnused(id); // deleted while it was unpacked
        if (m_shutdown || !now || now->function.status != FunctionStatus::Deploying)
            return; // deleted (or the server is stopping) meanwhile
        const Function fn = now->function;
        if (!out.error.isEmpty())
            return failDeploy(fn, out.error, out.trace);
        validate(fn, codeDir);
    });
    m_unpacking.append(watcher);
    m_unpackingFunctions.insert(f.id);
    watcher->setFuture(QtConcurrent::run(unpackAndCheck, filePath(f.fileId), codeDir, f.functionPath, limits, m_cancelUnpacking));
}

// Removes a layer being built, and nothing else: only a folder of envsDir() whose name says it is
// one (an empty path would be the working directory).
void EmulatorServer::removeBuild(const QString &dir) const
{
    const QFileInfo fi(dir);
    if (dir.isEmpty() || !fi.isAbsolute() || fi.absolutePath() != QFileInfo(envsDir()).absoluteFilePath() || !fi.fileName().contains(u".build-"_s))
        return;
    QDir(dir).removeRecursively();
}

// A deploy's environment and import check, each step in a sandbox of its own, so that no code of
// the function runs while a shared layer is writable (docs/ARCHITECTURE.md):
//   1. pip installs requirements.txt into a new layer (the code is there read-only; nothing imports it);
//   2. pip installs cognite-sdk into its layer when the code uses it and it is missing (no code at all);
//   3. the handler is imported, every layer read-only.
// What is kept is decided from pip's exit status, never from what the sandbox wrote.
struct EmulatorServer::DeployJob
{
    Function function;
    Interpreter python;
    QString layer, layerBuild; // its requirements' layer; the folder pip fills, when it is made now
    QString sdk, sdkBuild;
    bool pinsSdk = false;
    QStringList pipLines; // the last lines pip printed
};

void EmulatorServer::validate(const Function &f, const QString &codeDir)
{
    if (const QString refusal = sandboxRefusal(); !refusal.isEmpty())
        return failDeploy(f, u"Function deployment failed: "_s + refusal, QString());
    const auto py = interpreterFor(f.runtime.value_or(QString()));
    if (!py)
        return failDeploy(f,
                          u"Function deployment failed: cannot run Python (%1). Install Python 3, or start the emulator with --python PATH."_s.arg(
                              pythonFor(f.runtime.value_or(QString()))),
                          QString());
    QDir().mkpath(envsDir());
    auto job = std::make_shared<DeployJob>();
    job->function = f;
    job->python = *py;
    job->layer = requirementsLayer(*py, f, codeDir, &job->pinsSdk);
    const auto building = [this](const QString &name) {
        const QString dir = QDir(envsDir()).filePath(name + u".build-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8));
        QDir().mkpath(dir);
        return dir;
    };
    if (!job->layer.isEmpty() && !QFileInfo(QDir(envsDir()).filePath(job->layer)).isDir())
        job->layerBuild = building(job->layer);
    job->sdk = QDir(envsDir()).filePath(sdkLayer(*py));
    const QFileInfo failed(job->sdk + u".failed"_s);
    if (!job->pinsSdk && !QFileInfo(job->sdk).isDir() && (!failed.exists() || failed.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
        && usesSdk(codeDir))
        job->sdkBuild = building(QFileInfo(job->sdk).fileName());
    deployStep(job);
}

void EmulatorServer::deployStep(const std::shared_ptr<DeployJob> &job)
{
    const Function &f = job->function;
    Placement place{!m_config.noSandbox, {}};
    enum class Step { Requirements, Sdk, Import };
    const Step step = !job->layerBuild.isEmpty() ? Step::Requirements : !job->sdkBuild.isEmpty() ? Step::Sdk : Step::Import;
    PythonProcess::Spec spec =
        handlerSpec(job->python, step == Step::Import ? u"validate"_s : u"install"_s, step == Step::Sdk ? 0 : f.id, f.functionPath, &place);
    spec.timeoutMs = 600 * 1000; // pip may have much to install
    qint64 tmpBytes = m_config.sandboxTmpBytes;
    if (step != Step::Import) {
        spec.exitCodeIsResult = true;
        tmpBytes = std::max<qint64>(tmpBytes, 2LL * 1024 * 1024 * 1024); // pip unpacks into /tmp before it copies into the layer
        spec.environment.insert(u"FS_EMULATOR_TARGET"_s, place.put(step == Step::Sdk ? job->sdkBuild : job->layerBuild, Sandbox::buildDir(), true));
        if (!m_config.wheelhouse.isEmpty())
            spec.environment.insert(u"FS_EMULATOR_WHEELHOUSE"_s, place.put(m_config.wheelhouse, Sandbox::wheelhouseDir()));
        if (step == Step::Sdk) {
            spec.environment.insert(u"FS_EMULATOR_INSTALL"_s, u"cognite-sdk"_s);
        } else {
            const QJsonObject index = QJsonDocument::fromJson(m_store.meta(u"index:%1"_s.arg(f.id)).toUtf8()).object();
            if (const QString url = index.value("indexUrl"_L1).toString(); !url.isEmpty())
                spec.environment.insert(u"FS_EMULATOR_INDEX_URL"_s, url);
            QStringList extra;
            for (const auto &u : index.value("extraIndexUrls"_L1).toArray())
                extra << u.toString();
            if (!extra.isEmpty())
                spec.environment.insert(u"FS_EMULATOR_EXTRA_INDEX_URLS"_s, extra.join(QLatin1Char(' ')));
        }
    } else {
        QStringList sites;
        if (!job->layer.isEmpty())
            sites << place.put(QDir(envsDir()).filePath(job->layer), Sandbox::envDir());
        if (!job->pinsSdk && QFileInfo(job->sdk).isDir())
            sites << place.put(job->sdk, Sandbox::sdkDir());
        else if (QFile problem(job->sdk + u".failed"_s); !job->pinsSdk && problem.open(QIODevice::ReadOnly))
            spec.environment.insert(u"FS_EMULATOR_SDK_PROBLEM"_s, QString::fromUtf8(problem.read(4000)));
        if (!sites.isEmpty())
            spec.environment.insert(u"FS_EMULATOR_SITES"_s, sites.join(u':'));
    }
    if (place.sandboxed)
        spec.sandbox = Sandbox::wrap(job->python, place.mounts, tmpBytes, {m_config.dataDir}, {});
    auto *proc = new PythonProcess(spec, this);
    m_processes.insert(-f.id, proc);
    connect(proc, &PythonProcess::lines, this, [job](const QStringList &texts) {
        job->pipLines += texts;
        if (job->pipLines.size() > 40)
            job->pipLines = job->pipLines.mid(job->pipLines.size() - 40);
    });
    connect(
        proc, &PythonProcess::finished, this,
        [this, proc, job, step](PythonProcess::Outcome outcome, const QJsonObject &result, const QString &detail) {
            m_processes.remove(-job->function.id);
            proc->deleteLater();
            const bool exitedCleanly = outcome == PythonProcess::Outcome::Finished && result.value("exitCode"_L1).toInt(-1) == 0;
            const auto now = m_store.function(job->function.id);
            const bool goOn = !m_shutdown && now && now->function.status == FunctionStatus::Deploying;
            QStringList pipSaid;
            for (const QString &line : std::as_const(job->pipLines).mid(std::max<qsizetype>(0, job->pipLines.size() - 12)))
                if (!line.trimmed().isEmpty())
                    pipSaid << u"    "_s + shownUrl(line);
            job->pipLines.clear();
            if (step == Step::Requirements) {
                // A layer is kept only whole: moved into place in one step, or removed.
                const QString target = QDir(envsDir()).filePath(job->layer);
                const bool kept = exitedCleanly && (QDir().rename(job->layerBuild, target) || QFileInfo(target).isDir());
                removeBuild(std::exchange(job->layerBuild, {})); // gone when renamed
                if (!kept) {
                    removeBuild(std::exchange(job->sdkBuild, {}));
                    if (!goOn)
                        return removeCodeIfUnused(job->function.id);
                    if (exitedCleanly)
                        return failDeploy(
                            now->function,
                            u"Function deployment failed: the emulator could not keep the function's environment in %1."_s.arg(envsDir()), QString());
                    QUrl index(
                        QJsonDocument::fromJson(m_store.meta(u"index:%1"_s.arg(job->function.id)).toUtf8()).object().value("indexUrl"_L1).toString());
                    if (!index.userInfo().isEmpty())
                        index.setUserInfo(u"***"_s); // a private index's credentials are never shown
                    const QString source = !m_config.wheelhouse.isEmpty() ? u"offline, from the emulator's wheelhouse"_s
                        : index.isEmpty()                                 ? u"from PyPI"_s
                                                                          : u"from "_s + index.toString(QUrl::RemoveQuery | QUrl::RemoveFragment);
                    const QString hint = m_config.wheelhouse.isEmpty()
                        ? u" Without network access, give the emulator a wheelhouse (a folder of .whl files): in Functions Studio, File > "
                          "Settings > Emulator wheelhouse; on the command line, --wheelhouse DIR."_s
                        : QString();
                    return failDeploy(now->function, u"Function deployment failed: requirements are not met."_s,
                                      u"pip could not install requirements.txt %1.%2\npip said:\n%3"_s.arg(
                                          source, hint,
                                          outcome == PythonProcess::Outcome::TimedOut
                                              ? u"    (it did not finish within 10 minutes)"_s
                                              : pipSaid.join(u'\n') + u"\n"_s + shownUrl(detail).right(2000)));
                }
            } else if (step == Step::Sdk) {
                const QString built = std::exchange(job->sdkBuild, {});
                const bool kept = exitedCleanly && (QDir().rename(built, job->sdk) || QFileInfo(job->sdk).isDir());
                // Remembered only when pip itself failed (not when the deploy was stopped): the layer is everyone's.
                if (!kept && goOn && outcome != PythonProcess::Outcome::FailedToStart) {
                    if (QSaveFile marker(job->sdk + u".failed"_s); marker.open(QIODevice::WriteOnly)) {
                        marker.write(u"pip could not install cognite-sdk (%1)"_s.arg(pipSaid.isEmpty() ? u"no output"_s : pipSaid.last().trimmed())
                                         .left(1000)
                                         .toUtf8());
                        marker.commit();
                    }
                }
                removeBuild(built);
            } else {
                if (!goOn)
                    return removeCodeIfUnused(job->function.id);
                Function fn = now->function;
                if (outcome == PythonProcess::Outcome::Finished && result.value("ok"_L1).toBool()) {
                    const QString env = QString::fromUtf8(
                        QJsonDocument(QJsonObject{{"layer"_L1, job->layer}, {"sdk"_L1, !job->pinsSdk}}).toJson(QJsonDocument::Compact));
                    fn.status = FunctionStatus::Ready;
                    fn.statusText = toWire(fn.status);
                    fn.runtimeVersion = u"Python "_s + job->python.version;
                    fn.error.reset();
                    persist([this, fn, env] {
                        if (!m_store.function(fn.id))
                            return; // deleted meanwhile
                        m_store.setMeta(u"env:%1"_s.arg(fn.id), env);
                        m_store.updateFunction(fn);
                    });
                    Q_EMIT functionStatusChanged(fn.id, fn.statusText);
                    return;
                }
                if (outcome == PythonProcess::Outcome::Finished)
                    return failDeploy(fn, result.value("message"_L1).toString(), result.value("trace"_L1).toString());
                if (outcome == PythonProcess::Outcome::TimedOut)
                    return failDeploy(fn, u"Function deployment failed: importing the handler took longer than 10 minutes."_s, QString());
                return failDeploy(fn, u"Function deployment failed: "_s + detail, QString());
            }
            if (!goOn) {
                removeBuild(std::exchange(job->sdkBuild, {}));
                return removeCodeIfUnused(job->function.id); // deleted during its deploy
            }
            deployStep(job);
        });
    proc->start();
}

FunctionCall EmulatorServer::startCall(const EmulatorStore::StoredFunction &fn, const QJsonObject &data, qint64 sessionId,
                                       std::optional<qint64> scheduleId, std::optional<qint64> scheduledTime)
{
    FunctionCall c;
    c.id = m_store.nextId();
    c.functionId = fn.function.id;
    c.startTime = m_clock->nowMs();
    c.status = CallStatus::Running;
    c.statusText = toWire(c.status);
    c.scheduleId = scheduleId;
    c.scheduledTime = scheduledTime;
    m_store.putCall(c);
    Function updated = fn.function;
    updated.lastCalled = c.startTime;
    m_store.updateFunction(updated);

    // A token for the handler's CogniteClient, valid while the call may run, that may do what
    // the session's principal may do, and no more.
    const qint64 timeoutMs = m_config.callTimeoutMs > 0 ? m_config.callTimeoutMs : qint64(m_config.limits.timeoutMinutes) * 60 * 1000;
    const auto session = m_store.session(sessionId);
    const QString token =
        m_auth
            .issueTokens(Principal{u"session:%1"_s.arg(sessionId), session ? session->session.clientId.value_or(QString()) : QString(),
                                   session ? session->capabilities : QStringList()},
                         false)
            .value("access_token"_L1)
            .toString();
    QJsonObject info{{"function_id"_L1, c.functionId}, {"call_id"_L1, c.id}};
    if (scheduleId)
        info.insert("schedule_id"_L1, *scheduleId);
    if (scheduledTime)
        info.insert("scheduled_time"_L1, *scheduledTime);
    const qint64 memoryLimit = qRound64(fn.function.memory.value_or(m_config.limits.memoryGb.defaultValue) * 1024 * 1024 * 1024);
    const QJsonObject request{
        {"data"_L1, data},
        {"secrets"_L1, stringMapToJson(fn.secrets)},
        {"function_call_info"_L1, info},
        {"client"_L1, QJsonObject{{"base_url"_L1, baseUrl()}, {"project"_L1, m_config.project}, {"token"_L1, token}}},
        {"memory_mb"_L1, memoryLimit / (1024 * 1024)},
        {"response_limit_bytes"_L1, qint64(m_config.limits.responseSizeMb.value_or(1)) * 1000 * 1000},
    };
    if (const QString refusal = sandboxRefusal(); !refusal.isEmpty()) {
        m_store.deleteToken(token);
        m_store.appendLog(c.id, c.startTime, u"[functions-emulator] "_s + refusal);
        FunctionCall failed = c;
        failed.endTime = c.startTime;
        failed.status = CallStatus::Failed;
        failed.statusText = toWire(failed.status);
        failed.error = ErrorDetail{u"The function was not run: "_s + refusal, QString(), std::nullopt};
        m_store.finishCall(failed, std::nullopt);
        return c;
    }
    // The process starts once the call is stored (inside a request, after its commit).
    afterStored([this, fn, c, timeoutMs, memoryLimit, request, token] {
        PythonProcess *proc = takeWarm(fn.function.id);
        const bool cold = !proc;
        if (!proc) { // the first call in a while: start one now
            proc = new PythonProcess(callSpec(fn), this);
            proc->start();
        }
        m_processes.insert(c.id, proc);
        m_lastCalled.insert(fn.function.id, c.startTime);
        connect(proc, &PythonProcess::lines, this, [this, id = c.id](const QStringList &texts) {
            // One transaction per read, not one commit per line; kept until the store takes it.
            persist([this, id, texts, now = m_clock->nowMs()] {
                for (const QString &text : texts)
                    m_store.appendLog(id, now, text);
            });
        });
        connect(
            proc, &PythonProcess::finished, this,
            [this, proc, c, timeoutMs, memoryLimit, cold, token](PythonProcess::Outcome outcome, const QJsonObject &result, const QString &detail) {
                m_processes.remove(c.id);
                proc->deleteLater();
                persist([this, token] { m_store.deleteToken(token); }); // the handler's token ends with its call
                FunctionCall done = c;
                // How it ran, as Lambda's REPORT line says it: peak memory (the runner's own count,
                // or what the memory watch measured when it stopped the call) and a cold or warm start.
                done.runInfo = CallRunInfo{std::nullopt, cold};
                if (const QJsonValue peak = result.value("maxMemoryBytes"_L1); peak.isDouble() && peak.toDouble() > 0)
                    done.runInfo->maxMemoryBytes = qint64(peak.toDouble());
                else if (outcome == PythonProcess::Outcome::OutOfMemory)
                    done.runInfo->maxMemoryBytes = detail.section(QLatin1Char(' '), 1, 1).toLongLong() * 1024 * 1024;
                const auto removeIfDeleted = qScopeGuard([this, fid = c.functionId] { removeCodeIfUnused(fid); });
                done.endTime = m_clock->nowMs();
                std::optional<QByteArray> response;
                switch (outcome) {
                case PythonProcess::Outcome::Finished:
                    if (result.value("status"_L1).toString() == u"Completed"_s) {
                        // The runner checked it, but the handler could have written the file itself.
                        const QByteArray text = result.value("responseText"_L1).toString().toUtf8();
                        const qint64 limit = qint64(m_config.limits.responseSizeMb.value_or(1)) * 1000 * 1000;
                        if (text.size() > limit || !parsePythonJsonValue(text)) {
                            done.status = CallStatus::Failed;
                            done.error =
                                ErrorDetail{text.size() > limit ? u"The response is %1 bytes; the limit is %2 bytes."_s.arg(text.size()).arg(limit)
                                                                : u"The function's result could not be read as JSON."_s,
                                            QString(), std::nullopt};
                            break;
                        }
                        done.status = CallStatus::Completed;
                        response = text;
                    } else {
                        const QJsonObject e = result.value("error"_L1).toObject();
                        done.status = CallStatus::Failed;
                        done.error = ErrorDetail{e.value("message"_L1).toString(), e.value("trace"_L1).toString(), std::nullopt};
                    }
                    break;
                case PythonProcess::Outcome::OutOfMemory:
                    done.status = CallStatus::Failed;
                    done.error = ErrorDetail{
                        u"Out of memory: the function used %1 MB, more than its memory limit of %2 MB, and was stopped. Raise the function's memory setting or use less."_s
                            .arg(detail.section(QLatin1Char(' '), 1, 1))
                            .arg(memoryLimit / (1024 * 1024)),
                        QString(), std::nullopt};
                    break;
                case PythonProcess::Outcome::TimedOut:
                    done.status = CallStatus::Timeout;
                    done.error =
                        ErrorDetail{u"The call did not finish within %1 s and was stopped."_s.arg(timeoutMs / 1000.0), QString(), std::nullopt};
                    break;
                default:
                    done.status = CallStatus::Failed;
                    done.error = ErrorDetail{detail.section(QLatin1Char('\n'), 0, 0), detail, std::nullopt};
                    break;
                }
                done.statusText = toWire(done.status);
                // Kept until the store takes it: a full disk does not leave the call Running.
                persist([this, done, response] { m_store.finishCall(done, response); });
                Q_EMIT callFinished(done.functionId, done.id, done.statusText);
            });
        proc->assign(QJsonDocument(request).toJson(QJsonDocument::Compact), timeoutMs);
        prepareWarm(fn); // for the next call
    });
    return c;
}

void EmulatorServer::recoverAfterRestart()
{
    const qint64 now = m_clock->nowMs();
    for (FunctionCall c : m_store.runningCalls()) {
        c.status = CallStatus::Failed;
        c.statusText = toWire(c.status);
        c.endTime = now;
        c.error = ErrorDetail{u"The emulator stopped while this call was running, so the call did not finish."_s, QString(), std::nullopt};
        m_store.finishCall(c, std::nullopt);
    }
    QSet<QString> existing;
    for (Function f : m_store.functions()) {
        existing << QString::number(f.id);
        // Deployed by an emulator without environments (a venv that saw the host's packages, now
        // removed): deployed again, so that it runs with what CDF would give it.
        QDir(functionDir(f.id) + u"/venv"_s).removeRecursively();
        if (f.status == FunctionStatus::Ready && m_store.meta(u"env:%1"_s.arg(f.id)).isEmpty()) {
            f.status = FunctionStatus::Queued;
            f.statusText = toWire(f.status);
            m_store.updateFunction(f);
        }
        if (f.status == FunctionStatus::Queued || f.status == FunctionStatus::Deploying)
            scheduleDeploy(f.id, 0);
    }
    // Code of functions deleted while their calls ran, when the emulator stopped before those ended.
    for (const QString &dir : QDir(QDir(m_config.dataDir).filePath(u"functions"_s)).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!existing.contains(dir))
            QDir(QDir(m_config.dataDir).filePath(u"functions/"_s + dir)).removeRecursively(); // by its own name: "007" is not function 7's
    // Requirement layers no function uses any more, and layers a stop interrupted while they were made.
    QSet<QString> usedLayers;
    for (const Function &f : m_store.functions())
        usedLayers << QJsonDocument::fromJson(m_store.meta(u"env:%1"_s.arg(f.id)).toUtf8()).object().value("layer"_L1).toString();
    for (const QFileInfo &layer : QDir(envsDir()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (layer.fileName().contains(u".build-"_s) || (layer.fileName().startsWith(u"req-"_s) && !usedLayers.contains(layer.fileName())))
            QDir(layer.filePath()).removeRecursively();
    // Ticks missed while the emulator was down are skipped, not replayed in a burst.
    for (const FunctionSchedule &s : m_store.schedules())
        if (m_store.scheduleLastFired(s.id) < now)
            m_store.setScheduleLastFired(s.id, now);
    planAllSchedules();
}

// The scheduler keeps each schedule's next due time in memory (m_dueAt), so a tick with nothing
// due reads nothing; schedules made by a request are planned when it commits, deleted ones are
// dropped when they come due. At most MaxRunsPerTick runs start in one tick (the rest start in
// the next ones, with their own scheduled times). A run whose writes the store refuses stays due.
void EmulatorServer::planSchedule(qint64 id, const QString &cronExpression, qint64 afterMs)
{
    const auto cron = CronExpression::parse(cronExpression);
    if (!cron)
        return;
    if (const auto next = cron->next(QDateTime::fromMSecsSinceEpoch(afterMs, Qt::UTC))) {
        const qint64 due = next->toMSecsSinceEpoch();
        if (const auto old = m_dueOf.constFind(id); old != m_dueOf.cend())
            m_dueAt[*old].remove(id);
        m_dueAt[due].insert(id);
        m_dueOf.insert(id, due);
    }
}

void EmulatorServer::unplanSchedule(qint64 id)
{
    if (const auto due = m_dueOf.constFind(id); due != m_dueOf.cend()) {
        if (auto at = m_dueAt.find(*due); at != m_dueAt.end()) {
            at->remove(id);
            if (at->isEmpty())
                m_dueAt.erase(at);
        }
        m_dueOf.remove(id);
    }
}

void EmulatorServer::planAllSchedules()
{
    m_dueAt.clear();
    m_dueOf.clear();
    for (const FunctionSchedule &s : m_store.schedules())
        planSchedule(s.id, s.cronExpression, m_store.scheduleLastFired(s.id));
}

void EmulatorServer::tickScheduler()
{
    if (m_shutdown)
        return;
    const qint64 now = m_clock->nowMs();
    const QDateTime nowDt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    int started = 0;
    while (!m_dueAt.isEmpty() && m_dueAt.firstKey() <= now && started < MaxRunsPerTick) {
        const qint64 dueKey = m_dueAt.firstKey();
        QSet<qint64> &ids = m_dueAt.first();
        if (ids.isEmpty()) {
            m_dueAt.erase(m_dueAt.begin());
            continue;
        }
        const qint64 id = *ids.begin();
        ids.remove(id);
        m_dueOf.remove(id);
        m_store.clearFailure();
        const auto s = m_store.schedule(id);
        if (!s && m_store.failure() != EmulatorStore::Failure::None) { // not readable now: still due
            m_dueAt[dueKey].insert(id);
            m_dueOf.insert(id, dueKey);
            return;
        }
        if (!s || !s->functionId)
            continue; // deleted
        const auto cron = CronExpression::parse(s->cronExpression);
        const qint64 last = m_store.scheduleLastFired(id);
        const auto next = cron ? cron->next(QDateTime::fromMSecsSinceEpoch(last, Qt::UTC)) : std::nullopt;
        if (!next || *next > nowDt) {
            planSchedule(id, s->cronExpression, last);
            continue;
        }
        // Several runs may be due if the clock jumped: fire only the latest one.
        QDateTime due = *next;
        for (int i = 0; i < 100000; ++i) {
            const auto after = cron->next(due);
            if (!after || *after > nowDt)
                break;
            due = *after;
        }
        if (!stored([&] {
                m_store.setScheduleLastFired(id, now);
                fireSchedule(*s, due, now);
            })) {
            m_dueAt[dueKey].insert(id); // still due: tried again next tick
            m_dueOf.insert(id, dueKey);
            return;
        }
        ++started;
        planSchedule(id, s->cronExpression, now);
    }
}

void EmulatorServer::fireSchedule(const FunctionSchedule &s, const QDateTime &due, qint64 now)
{
    const auto fn = m_store.function(*s.functionId);
    if (!fn || fn->function.status != FunctionStatus::Ready)
        return; // skipped: no call is recorded while the function is not Ready
    const auto session = m_store.session(s.sessionId.value_or(0));
    const bool revoked = session && session->session.status == u"REVOKED"_s;
    // A one-shot session is not refreshed: once the token it exchanged would have expired, a
    // schedule bound to it stops working (docs/cdf-api-notes.md §6).
    const bool oneShotOver = session && session->session.type == u"ONESHOT_TOKEN_EXCHANGE"_s
        && session->session.expirationTime.value_or(std::numeric_limits<qint64>::max()) <= now;
    const int running = m_store.runningCallCount(fn->function.id);
    const bool overCap = running >= m_config.maxRunningCallsPerFunction || runningCalls() >= m_config.maxRunningCalls;
    if (revoked || oneShotOver || overCap) {
        // As in CDF: the schedule stays, but its runs fail until it is made again with new
        // credentials; a run over the running-call caps is recorded as Failed, never dropped.
        FunctionCall c;
        c.id = m_store.nextId();
        c.functionId = fn->function.id;
        c.startTime = now;
        c.endTime = now;
        c.status = CallStatus::Failed;
        c.statusText = toWire(c.status);
        c.scheduleId = s.id;
        c.scheduledTime = due.toMSecsSinceEpoch();
        const QString capText = running >= m_config.maxRunningCallsPerFunction
            ? u"The scheduled run was not started: %1 calls of this function were running, the most it may run at once."_s.arg(running)
            : u"The scheduled run was not started: %1 calls were running in the project, the most that may run at once."_s.arg(runningCalls());
        c.error =
            ErrorDetail{overCap && !revoked && !oneShotOver ? capText
                            : revoked ? u"The schedule's session %1 was revoked, so the function was not called. Create the schedule again with "
                                        "valid credentials."_s.arg(session->session.id)
                                      : u"The schedule's session %1 has expired: a one-shot session (oneshotTokenExchange) is not refreshed, "
                                        "so the function was not called. Create the schedule again with client credentials or a token "
                                        "exchange session."_s.arg(session->session.id),
                        QString(), std::nullopt};
        m_store.putCall(c);
        return;
    }
    startCall(*fn, m_store.scheduleData(s.id).value_or(QJsonObject()), s.sessionId.value_or(0), s.id, due.toMSecsSinceEpoch());
}

void EmulatorServer::seedDemo()
{
    struct Demo
    {
        const char *name;
        const char *externalId;
        const char *description;
        QStringList files;
    };
    const QList<Demo> demos{
        {"hello-world", "demo-hello-world", "Greets whoever is named in the call data.", {u"handler.py"_s, u"requirements.txt"_s}},
        {"fails-with-trace", "demo-fails-with-trace", "Fails with ZeroDivisionError when called without values.", {u"handler.py"_s}},
        {"slow-logger", "demo-slow-logger", "Runs for about 30 seconds and prints a line every 2 seconds.", {u"handler.py"_s}},
    };
    const qint64 now = m_clock->nowMs();
    QHash<QString, qint64> ids;
    for (const Demo &d : demos) {
        const QString name = QLatin1StringView(d.name);
        const QString src = QDir(m_config.dataDir).filePath(u"tmp/demo/"_s + name);
        QDir(src).removeRecursively();
        QDir().mkpath(src);
        for (const QString &file : d.files) {
            QFile in(u":/emulator/demo/%1/%2"_s.arg(name, file));
            QFile out(src + u"/"_s + file);
            if (in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly))
                out.write(in.readAll());
        }
        FileMetadata file;
        file.id = m_store.nextId();
        file.name = name + u".zip"_s;
        file.externalId = QString::fromLatin1(d.externalId);
        file.createdTime = file.lastUpdatedTime = now;
        const auto written = PackageWriter::write(PackagePlanner::plan(src), filePath(file.id));
        if (!written)
            continue;
        file.uploaded = true;
        file.uploadedTime = now;
        m_store.putFile(file);
        Function f;
        f.id = m_store.nextId();
        f.createdTime = now - 3LL * 24 * 3600 * 1000;
        f.name = name;
        f.externalId = file.externalId;
        f.description = QString::fromLatin1(d.description);
        f.owner = u"demo@functions-studio"_s;
        f.status = FunctionStatus::Queued;
        f.statusText = toWire(f.status);
        f.fileId = file.id;
        f.cpu = m_config.limits.cpuCores.defaultValue;
        f.memory = m_config.limits.memoryGb.defaultValue;
        f.runtime = m_config.limits.runtimes.contains(u"py311"_s) ? u"py311"_s : m_config.limits.runtimes.value(0);
        f.metadata = StringMap{{u"team"_s, u"demo"_s}};
        m_store.putFunction(f, name == u"hello-world"_s ? StringMap{{u"api-key"_s, u"demo-secret"_s}} : StringMap());
        ids.insert(name, f.id);
        scheduleDeploy(f.id, 0);
    }

    // A schedule, and a few days of call history.
    Session session;
    session.id = m_store.nextId();
    session.status = u"ACTIVE"_s;
    session.type = u"CLIENT_CREDENTIALS"_s;
    m_store.putSession(session, u"demo"_s, now, m_config.clients.first().capabilities);
    FunctionSchedule schedule;
    schedule.id = m_store.nextId();
    schedule.name = u"hello every 15 minutes"_s;
    schedule.createdTime = now - 2LL * 24 * 3600 * 1000;
    schedule.cronExpression = u"*/15 * * * *"_s;
    schedule.when = CronExpression::parse(schedule.cronExpression)->describe();
    schedule.functionId = ids.value(u"hello-world"_s);
    schedule.sessionId = session.id;
    schedule.description = u"Greets the scheduler."_s;
    m_store.putSchedule(schedule, QJsonObject{{"name"_L1, u"scheduler"_s}}, now);
    // Two more, so the week view has something to show: a nightly run and weekday mornings (UTC).
    for (const auto &[name, cron, function, data] :
         {std::tuple{u"nightly report"_s, u"0 0 * * *"_s, u"slow-logger"_s, QJsonObject{{"steps"_L1, 3}, {"delay"_L1, 0.1}}},
          std::tuple{u"weekday morning hello"_s, u"30 6 * * 1-5"_s, u"hello-world"_s, QJsonObject{{"name"_L1, u"morning"_s}}}}) {
        FunctionSchedule extra = schedule;
        extra.id = m_store.nextId();
        extra.name = name;
        extra.cronExpression = cron;
        extra.when = CronExpression::parse(cron)->describe();
        extra.functionId = ids.value(function);
        extra.description.reset();
        m_store.putSchedule(extra, data, now);
    }

    QHash<qint64, qint64> lastCalled;
    m_store.transaction();
    for (int i = 0; i < 24; ++i) {
        const bool failing = i % 6 == 5;
        const qint64 fnId = failing ? ids.value(u"fails-with-trace"_s) : ids.value(u"hello-world"_s);
        FunctionCall c;
        c.id = m_store.nextId();
        c.functionId = fnId;
        c.startTime = now - (24 - i) * 3LL * 3600 * 1000;
        c.endTime = c.startTime + 400 + (i * 137) % 900;
        c.status = failing ? CallStatus::Failed : CallStatus::Completed;
        c.statusText = toWire(c.status);
        if (!failing && i % 2 == 0) {
            c.scheduleId = schedule.id;
            c.scheduledTime = c.startTime - 200;
        }
        if (failing)
            c.error = ErrorDetail{
                u"ZeroDivisionError: division by zero"_s,
                u"Traceback (most recent call last):\n  File \"handler.py\", line 11, in handle\n    return {\"average\": average(values)}\n"
                "  File \"handler.py\", line 5, in average\n    return sum(values) / len(values)\nZeroDivisionError: division by zero"_s,
                std::nullopt};
        m_store.putCall(c);
        lastCalled[fnId] = std::max(lastCalled.value(fnId), c.startTime);
        if (!failing)
            m_store.finishCall(c,
                               QJsonDocument(QJsonObject{{"greeting"_L1, u"Hello, world!"_s}, {"callId"_L1, c.id}}).toJson(QJsonDocument::Compact));
        m_store.appendLog(c.id, c.startTime + 50, failing ? u"Averaging 0 values"_s : u"Saying hello to world"_s);
    }
    m_store.commit();
    for (auto it = lastCalled.begin(); it != lastCalled.end(); ++it) {
        if (auto stored = m_store.function(it.key())) {
            Function f = stored->function;
            f.lastCalled = it.value();
            m_store.updateFunction(f);
        }
    }
    m_store.setMeta(u"demo_seeded"_s, u"1"_s);
}

} // namespace fstudio::emulator
