// A handler's Python and where it runs: the interpreter, the sandbox's placement of what a
// process is given, the environment's layers, and a deploy's sandboxed steps (pip, then the
// import). docs/ARCHITECTURE.md, "The emulator's sandbox".
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

} // namespace fstudio::emulator
