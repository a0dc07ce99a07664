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
    if (const int ended = Sandbox::endOrphans(m_config.dataDir); ended > 0)
        qInfo("functions-emulator: ended %d sandbox(es) an earlier run on this data dir left behind", ended);
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

} // namespace fstudio::emulator
