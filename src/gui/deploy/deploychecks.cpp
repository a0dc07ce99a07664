#include "gui/deploy/deploychecks.h"

#include "gui/deploy/tempfolder.h"
#include "gui/models/formatting.h"

#include "api/services/datasetsservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/services/sessionsservice.h"
#include "api/services/tokenservice.h"
#include "api/transport/cdfclient.h"
#include "api/workflows/deploypreflight.h"

#include "core/packaging/packageplan.h"
#include "core/packaging/packagewriter.h"
#include "core/python/handlerinspector.h"
#include "core/rules/validator.h"
#include "core/toolkit/toolkithash.h"
#include "core/wire/schedulefilter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 LargePackageBytes = 100LL * 1000 * 1000;
constexpr int ShortSecret = 16; // characters: below this a secret's hash in the metadata is worth a warning
} // namespace

DeployChecks::DeployChecks(DeployState *state, QObject *parent)
    : QObject(parent)
    , m_state(state)
{
    m_deployedCode = new DeployedCode(this);
}

DeployChecks::Prepared DeployChecks::prepareSource(const QString &path, const QString &environment, std::shared_ptr<std::atomic_bool> cancel)
{
    Prepared out;
    if (const QString problem = DeploySource::problemWith(path); !problem.isEmpty()) {
        out.error = problem;
        return out;
    }
    out.folder = path;
    const auto kind = DeploySource::kindOf(path);
    if (kind != DeploySource::Kind::Folder) {
        out.tmp = makeTemporaryFolder();
        if (!out.tmp->isValid()) {
            out.error = QCoreApplication::translate("DeploySourcePage", "Cannot create a temporary folder to prepare the package.");
            return out;
        }
        const auto made = kind == DeploySource::Kind::Zip ? DeploySource::extractZip(path, out.tmp->path())
                                                          : DeploySource::prepareSingleFile(path, out.tmp->path());
        if (!made) {
            out.error = made.error().message;
            return out;
        }
        out.folder = *made;
    }
    out.plan = PackagePlanner::plan(out.folder, cancel.get());
    if (kind == DeploySource::Kind::Folder) // a Toolkit project keeps the definitions beside the folders
        out.toolkit = ToolkitFunction::find(path, environment);
    return out;
}

FunctionWrite DeployChecks::settingsFor(const DeployState &state)
{
    const FunctionsLimits limits = state.project.limits.value_or(FunctionsLimits());
    FunctionWrite f;
    const QString base = state.kind == DeploySource::Kind::Folder ? QDir(state.sourcePath).dirName() : QFileInfo(state.sourcePath).completeBaseName();
    f.name = base;
    f.externalId = base;
    f.functionPath = u"handler.py"_s;
    if (!state.plan.contains(f.functionPath))
        for (const auto &e : state.plan.files)
            if (e.path.endsWith(u".py"_s)) {
                f.functionPath = e.path;
                break;
            }
    f.runtime = limits.runtimes.contains(u"py311"_s) ? u"py311"_s : limits.runtimes.value(limits.runtimes.size() - 1);
    f.cpu = limits.cpuCores.defaultValue;
    f.memory = limits.memoryGb.defaultValue;
    if (!state.toolkitDefinition)
        return f;
    FunctionWrite t = state.toolkitDefinition->function;
    if (!state.plan.contains(t.functionPath))
        t.functionPath = f.functionPath;
    if (!t.runtime || !limits.runtimes.contains(*t.runtime))
        t.runtime = f.runtime;
    t.cpu = t.cpu.value_or(*f.cpu);
    t.memory = t.memory.value_or(*f.memory);
    t.fileId = 0; // made by the deploy
    return t;
}

DeployChecks::~DeployChecks()
{
    if (m_import)
        endImport(std::exchange(m_import, nullptr));
    if (m_codeCheck)
        endImport(std::exchange(m_codeCheck, nullptr));
}

bool DeployChecks::isRunning() const
{
    for (const Check &c : m_checks)
        if (c.result == Result::Pending)
            return true;
    return false;
}

int DeployChecks::add(const QString &id, Result result, const QString &title, const QString &detail)
{
    m_checks << Check{id, result, title, detail};
    return int(m_checks.size()) - 1;
}

void DeployChecks::set(int index, Result result, const QString &detail)
{
    if (index < 0 || index >= m_checks.size())
        return;
    m_checks[index].result = result;
    m_checks[index].detail = detail;
    Q_EMIT changed();
}

void DeployChecks::run()
{
    const int generation = ++m_generation;
    m_checks.clear();
    m_changes.reset();
    if (m_import)
        endImport(std::exchange(m_import, nullptr));
    if (m_codeCheck)
        endImport(std::exchange(m_codeCheck, nullptr));
    if (m_state->folder.isEmpty()) {
        runChecks(generation);
        return;
    }
    // The folder is read again each time: files may have been changed, added or deleted since the
    // first page read it, and what is checked here is what gets deployed.
    add(u"package"_s, Result::Pending, tr("Package"), tr("Reading %1…").arg(QDir::toNativeSeparators(m_state->folder)));
    Q_EMIT changed();
    auto *watcher = new QFutureWatcher<PackagePlan>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_state->plan = watcher->result();
        runChecks(generation);
    });
    watcher->setFuture(QtConcurrent::run([folder = m_state->folder] { return PackagePlanner::plan(folder); }));
}

void DeployChecks::runChecks(int generation)
{
    m_checks.clear();
    const PackagePlan &plan = m_state->plan;
    const FunctionWrite &f = m_state->function;

    // The package.
    if (!plan.ok())
        add(u"package"_s, Result::Error, tr("Package"), plan.errors.value(0).message);
    else if (plan.totalBytes > LargePackageBytes)
        add(u"package"_s, Result::Warning, tr("Package"),
            tr("%n file(s), %1. That is large for a function: uploads and cold starts get slow. Leave data out with a .functionignore file.", nullptr,
               int(plan.files.size()))
                .arg(formatBytes(plan.totalBytes)));
    else
        add(u"package"_s, Result::Pass, tr("Package"), tr("%n file(s), %1.", nullptr, int(plan.files.size())).arg(formatBytes(plan.totalBytes)));
    for (const auto &w : plan.warnings)
        add(u"credentials"_s, Result::Warning, tr("Credentials?"),
            tr("%1: %2 Leave it out with a .functionignore entry and pass secrets as secrets instead.").arg(w.path, w.message));
    checkToolkit();

    // The handler, as CDF will look for it (read here: it is one file, and a large one is refused).
    constexpr qint64 MaxHandlerBytes = 2 * 1024 * 1024;
    const qint64 handlerSize = QFileInfo(QDir(m_state->folder).filePath(f.functionPath)).size();
    HandlerReport report;
    if (handlerSize > MaxHandlerBytes)
        report.findings << HandlerFinding{
            HandlerFinding::Severity::Error, 0, u"handler-too-large"_s,
            tr("%1 is %2; a handler file that large is not read. Keep handle() in a small module.").arg(f.functionPath, formatBytes(handlerSize))};
    else
        report = HandlerInspector::inspectFolder(m_state->folder, f.functionPath);
    bool handlerProblem = false;
    for (const HandlerFinding &h : report.findings) {
        const QString where = h.line > 0 ? tr("%1, line %2: %3").arg(f.functionPath).arg(h.line).arg(h.message) : h.message;
        const Result r = h.severity == HandlerFinding::Severity::Error ? Result::Error : Result::Warning;
        handlerProblem |= r == Result::Error;
        const int row = add(u"handler"_s, h.severity == HandlerFinding::Severity::Hint ? Result::Pass : r,
                            h.severity == HandlerFinding::Severity::Hint ? tr("Hint") : tr("Handler"), where);
        m_checks[row].file = QDir(m_state->folder).filePath(f.functionPath);
        m_checks[row].line = h.line;
        m_checks[row].code = h.code;
    }
    if (!handlerProblem && report.found)
        add(u"handler"_s, Result::Pass, tr("Handler"),
            tr("handle(%1) at %2, line %3.").arg(report.parameterNames().join(u", "_s), f.functionPath, QString::number(report.line)));

    // The settings, against the project's limits.
    Validator::Options options;
    options.limits = m_state->project.limits;
    ValidationProblems problems = Validator::validateFunction(f, options);
    problems.removeIf([](const ValidationProblem &p) { return p.field == u"fileId"_s; }); // the deploy makes the file
    for (const ValidationProblem &p : problems)
        add(u"settings"_s, p.isError() ? Result::Error : Result::Warning, tr("Settings"), p.message);
    if (problems.isEmpty())
        add(u"settings"_s, Result::Pass, tr("Settings"),
            tr("Runtime %1, %2 CPU, %3 GB memory.")
                .arg(f.runtime.value_or(tr("default")), QLocale().toString(f.cpu.value_or(0)), QLocale().toString(f.memory.value_or(0))));

    if (!m_projectChecks) {
        add(u"project"_s, Result::Pass, tr("Project"),
            tr("Not checked against a project: the external id, the limits, the data set and your access are checked when you deploy (or "
               "give a profile)."));
    } else if (!m_state->project.client) {
        add(u"connection"_s, Result::Error, tr("Connection"), tr("Not connected to a project: choose a profile in the main window first."));
    } else {
        checkCapabilities(generation);
        if (!m_state->redeployOf)
            checkExternalId(generation);
        checkDataSet(generation);
    }
    checkCode(generation, handlerProblem); // then the import, when every file parses
    checkChanges(generation);
    if (m_state->redeployOf && m_state->project.client)
        checkSchedules(generation);
    // The Toolkit keeps an unsalted SHA-512 of the secrets in the metadata, which whoever may read
    // functions reads: a short secret can be found from it by trying.
    const StringMap given = f.secrets.value_or(StringMap());
    if (m_state->toolkitHashes())
        for (auto it = given.cbegin(); it != given.cend(); ++it)
            if (!it.value().isEmpty() && it.value().size() < ShortSecret) {
                add(u"secret-hash"_s, Result::Warning, tr("Secrets"),
                    tr("The secret \"%1\" is short (%n character(s)). Like cdf deploy, this deploy keeps a hash of the secrets in the "
                       "function's metadata (cdf-toolkit-secret-hash), which anyone who may read functions can see; a short secret can be "
                       "found from it by trying. Use a long random value.",
                       nullptr, int(it.value().size()))
                        .arg(it.key()));
                break;
            }
    // CDF never gives secret values back: an empty one is almost always a value not typed again.
    const StringMap secrets = f.secrets.value_or(StringMap());
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        if (!it.value().isEmpty())
            continue;
        const QString reference = m_state->toolkitDefinition ? m_state->toolkitDefinition->secretReferences.value(it.key()) : QString();
        if (m_headless)
            add(u"secret-value"_s, Result::Warning, tr("Secrets"),
                reference.startsWith(u"${"_s)
                    ? tr("The secret \"%1\" has no value here: the environment variable %2 is not set. cdf deploy reads it from there; the "
                         "app's deploy wizard asks for it.")
                          .arg(it.key(), reference.mid(2).chopped(1))
                    : tr("The secret \"%1\" has no value: the function would get an empty one.").arg(it.key()));
        else
            add(u"secret-value"_s, Result::Warning, tr("Secrets"),
                tr("The secret \"%1\" has no value: the function gets an empty one. Type its value on the Secrets tab.").arg(it.key()));
    }
    if (const auto &p = m_state->promotion; p && p->sameNameInTarget)
        add(u"promotion-duplicate"_s, Result::Warning, tr("Promotion"),
            tr("%1 already has a function named \"%2\" (function %3). Without an external id nothing ties the two together, so this makes a "
               "second one. Give the function an external id to promote it as a new version next time.")
                .arg(m_state->project.name, p->sameNameInTarget->name, QString::number(p->sameNameInTarget->id)));
    if (const auto &p = m_state->promotion) {
        QStringList names;
        for (const auto &s : p->schedules)
            names << tr("%1 (%2)").arg(s.schedule.name, s.schedule.cronExpression);
        const api::NonceSource signIn = m_state->schedulesSignIn();
        const QString how = signIn.clientId.isEmpty() ? tr("your current sign-in (token exchange)") : tr("client %1").arg(signIn.clientId);
        if (m_state->redeployOf)
            add(u"promotion"_s, Result::Pass, tr("Promotion"),
                tr("%1 already has function %2 (\"%3\"): it is replaced by a new version with the code and settings from %4, and keeps its own "
                   "schedules. The schedules of %4 are not copied.")
                    .arg(m_state->project.name)
                    .arg(m_state->redeployOf->id)
                    .arg(m_state->redeployOf->name, p->fromProject));
        else if (names.isEmpty())
            add(u"promotion"_s, Result::Pass, tr("Promotion"),
                tr("A new function in %1 with the code and settings of %2 from %3; it has no schedules.")
                    .arg(m_state->project.name, p->source.name, p->fromProject));
        else
            add(u"promotion"_s, Result::Pass, tr("Promotion"),
                tr("A new function in %1 with the code and settings of %2 from %3, and %n schedule(s) signed in with %4: %5", nullptr,
                   int(names.size()))
                    .arg(m_state->project.name, p->source.name, p->fromProject, how, names.join(u", "_s)));
    }
    Q_EMIT changed();
}

// What reading the Toolkit files found (unresolved variables, YAML errors, values of the wrong
// type, unknown fields), each at its file and line.
void DeployChecks::checkToolkit()
{
    const auto &defined = m_state->toolkitDefinition;
    if (!defined)
        return;
    bool any = false;
    for (const Finding &f : defined->findings) {
        if (f.severity == Finding::Severity::Info)
            continue;
        const QString where = f.line > 0 ? tr("%1, line %2").arg(QDir::toNativeSeparators(f.file)).arg(f.line) : QDir::toNativeSeparators(f.file);
        const int row = add(u"toolkit"_s, f.isError() ? Result::Error : Result::Warning, tr("Toolkit files"), u"%1: %2"_s.arg(where, f.message));
        m_checks[row].file = f.file;
        m_checks[row].line = f.line;
        m_checks[row].code = f.code;
        any = true;
    }
    if (!any)
        add(u"toolkit"_s, Result::Pass, tr("Toolkit files"),
            defined->environment.isEmpty() ? tr("%1 read; every value is filled in.").arg(QDir::toNativeSeparators(defined->path))
                                           : tr("%1 read with the variables of config.%2.yaml; every value is filled in.")
                                                 .arg(QDir::toNativeSeparators(defined->path), defined->environment));
    if (!defined->cdfProject.isEmpty() && m_projectChecks && !m_state->project.name.isEmpty() && defined->cdfProject != m_state->project.name)
        add(u"toolkit-project"_s, Result::Warning, tr("Toolkit files"),
            tr("config.%1.yaml is for the project %2, and this deploys to %3: choose the environment for %3 on the Settings page.")
                .arg(defined->environment, defined->cdfProject, m_state->project.name));
}

// A data set given by external id (a Toolkit file's dataSetExternalId) is looked up: the code file
// goes into it by id. One that does not exist, or cannot be read, stops the deploy here.
void DeployChecks::checkDataSet(int generation)
{
    const auto xid = m_state->codeDataSetExternalId;
    if (!xid)
        return;
    m_state->codeDataSetId.reset();
    const int index = add(u"data-set"_s, Result::Pending, tr("Data set"), tr("Looking up the data set \"%1\"…").arg(*xid));
    api::DataSetsService(m_state->project.client)
        .idOf(*xid)
        .then(this, [this, index, generation, xid = *xid](const Expected<qint64, api::ApiError> &r) {
            if (generation != m_generation)
                return;
            if (r) {
                m_state->codeDataSetId = *r;
                set(index, Result::Pass, tr("The code file goes into the data set \"%1\" (id %2).").arg(xid).arg(*r));
            } else if (r.error().isNotFound()) {
                set(index, Result::Error,
                    tr("%1 has no data set with the external id \"%2\". Create it in CDF (Data sets), or name another one (dataSetExternalId in "
                       "the Toolkit file, or the code file's data set on the Settings page).")
                        .arg(m_state->project.name, xid));
            } else if (r.error().httpStatus == 403) {
                set(index, Result::Error,
                    tr("Your sign-in may not read data sets, so \"%1\" cannot be looked up (%2). Ask for datasets:read, or give the data set's "
                       "numeric id on the Settings page.")
                        .arg(xid, r.error().userMessage()));
            } else {
                set(index, Result::Error, tr("Could not look up the data set \"%1\": %2").arg(xid, r.error().userMessage()));
            }
            Q_EMIT finishedChecking();
        });
}

// The code's hash goes into the function's metadata, so a later deploy can tell whether the
// folder changed; a new version with the same code is worth a second look.
void DeployChecks::checkChanges(int generation)
{
    const int index = add(u"changes"_s, Result::Pending, tr("Changes"), tr("Hashing the code…"));
    auto *watcher = new QFutureWatcher<Expected<QString, PackageError>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, index, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        const auto hash = watcher->result();
        if (!hash) {
            set(index, Result::Error, tr("Cannot read %1: %2").arg(hash.error().path, hash.error().message));
            Q_EMIT finishedChecking();
            return;
        }
        // The deploy stamps the hash into the metadata (api::DeployPreflight::stampCodeHash, or the
        // Toolkit's hash with stampToolkitHashes); this only reports.
        const bool toolkit = m_state->toolkitHashes();
        const QString key = QLatin1StringView(toolkit ? ToolkitHash::CodeKey : api::DeployPreflight::CodeHashKey);
        const QString previous = m_state->redeployOf ? m_state->redeployOf->metadata.value_or(StringMap()).value(key) : QString();
        if (!previous.isEmpty() && previous == *hash)
            set(index, Result::Warning,
                tr("Nothing changed: the code is the same as the deployed version's (%1). A new version only changes the settings.")
                    .arg(hash->left(19)));
        else if (!previous.isEmpty() && m_state->redeployOf && m_state->project.client) {
            // Which files: the deployed code is fetched and compared (the row waits for it).
            set(index, Result::Pending, tr("The code differs from the deployed version's; comparing the files…"));
            m_deployedCode->compare(m_state->project.client, m_state->redeployOf->fileId, m_state->plan,
                                    [this, index, generation](const CodeChanges &c) {
                                        if (generation != m_generation)
                                            return;
                                        m_changes = c;
                                        set(index, Result::Pass, tr("The code differs from the deployed version's: %1").arg(c.summary()));
                                        Q_EMIT finishedChecking();
                                    });
            return;
        } else if (!previous.isEmpty())
            set(index, Result::Pass, tr("The code differs from the deployed version's."));
        else if (toolkit && !api::DeployPreflight::hasRoomForToolkitHashes(m_state->function))
            set(index, Result::Warning,
                tr("Code %1. The metadata has no room for the Toolkit's hashes (at most %2 pairs): the next cdf deploy will find the "
                   "function changed and replace it.")
                    .arg(*hash)
                    .arg(Validator::MaxMetadataPairs));
        else if (toolkit)
            set(index, Result::Pass,
                tr("Code %1: the Toolkit's hash of the folder, kept in the function's metadata as cognite-toolkit-hash (as cdf deploy keeps it), "
                   "so the next cdf deploy finds the code unchanged.")
                    .arg(*hash));
        else
            set(index, api::DeployPreflight::hasRoomForCodeHash(m_state->function) ? Result::Pass : Result::Warning,
                api::DeployPreflight::hasRoomForCodeHash(m_state->function)
                    ? tr("Code %1; kept in the function's metadata to tell later whether the folder changed.").arg(hash->left(19))
                    : tr("Code %1. The metadata has no room for its hash (at most %2 pairs): later deploys cannot tell whether the folder changed.")
                          .arg(hash->left(19))
                          .arg(Validator::MaxMetadataPairs));
        Q_EMIT finishedChecking();
    });
    watcher->setFuture(
        QtConcurrent::run([plan = m_state->plan, folder = m_state->folder, toolkit = m_state->toolkitHashes()]() -> Expected<QString, PackageError> {
            if (!toolkit)
                return PackageWriter::contentHash(plan);
            const auto hash = ToolkitHash::codeHash(folder);
            if (!hash)
                return PackageError{folder, hash.error().message};
            return *hash;
        }));
}

// A new version replaces the function: its schedules are made again on it, signed in as the
// connection signs in.
void DeployChecks::checkSchedules(int generation)
{
    const int index = add(u"schedules"_s, Result::Pending, tr("Schedules"), tr("Reading the schedules that will move to the new version…"));
    ScheduleFilter filter;
    filter.functionId = m_state->redeployOf->id;
    api::SchedulesService(m_state->project.client)
        .list(filter)
        .then(this, [this, index, generation](const Expected<QList<FunctionSchedule>, api::ApiError> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                set(index, Result::Warning, tr("Could not read the schedules (%1); the redeploy reads them again.").arg(r.error().userMessage()));
            } else if (r->isEmpty()) {
                set(index, Result::Pass, tr("The function has no schedules."));
            } else {
                QStringList names;
                for (const FunctionSchedule &s : *r)
                    names << tr("%1 (%2)").arg(s.name, s.cronExpression);
                const api::NonceSource signIn = m_state->schedulesSignIn();
                const QString how = signIn.clientId.isEmpty() ? tr("your current sign-in (token exchange)") : tr("client %1").arg(signIn.clientId);
                set(index, Result::Pass,
                    tr("%n schedule(s) will be made again on the new version, with their input data, signed in with %1: %2", nullptr, int(r->size()))
                        .arg(how, names.join(u", "_s)));
            }
            Q_EMIT finishedChecking();
        });
}

void DeployChecks::checkExternalId(int generation)
{
    const FunctionWrite &f = m_state->function;
    const QString xid = f.externalId.value_or(QString());
    if (xid.isEmpty())
        return;
    const int index = add(u"external-id"_s, Result::Pending, tr("External id"), tr("Checking that \"%1\" is free…").arg(xid));
    api::DeployPreflight::holderOf(m_state->project.client, xid)
        .then(this, [this, index, generation, xid](const Expected<QList<Function>, api::ApiError> &r) {
            if (generation != m_generation)
                return;
            if (!r)
                set(index, Result::Error, tr("Could not check the external id: %1").arg(r.error().userMessage()));
            else if (!r->isEmpty())
                set(index, Result::Error,
                    tr("Function %1 (\"%2\") already has the external id \"%3\". Choose another external id, or use \"Deploy new version…\" on that "
                       "function.")
                        .arg(r->first().id)
                        .arg(r->first().name, xid));
            else
                set(index, Result::Pass, tr("\"%1\" is free.").arg(xid));
            Q_EMIT finishedChecking();
        });
}

void DeployChecks::checkCapabilities(int generation)
{
    const int index = add(u"capabilities"_s, Result::Pending, tr("Access"), tr("Checking what your sign-in may do…"));
    api::TokenService(m_state->project.client)
        .inspect()
        .then(this, [this, index, generation](const Expected<api::TokenInspection, api::ApiError> &r) {
            if (generation != m_generation)
                return;
            if (!r) {
                set(index, Result::Warning, tr("Could not read what your sign-in may do (%1); the deploy will tell.").arg(r.error().userMessage()));
            } else {
                const QStringList missing = r->missingFor(m_state->project.name);
                QStringList blocking, other;
                for (const QString &c : missing)
                    (c == u"functions:write"_s || c == u"files:write"_s ? blocking : other) << api::TokenInspection::explain(c);
                if (!blocking.isEmpty())
                    set(index, Result::Error, blocking.join(u" "_s));
                else if (!other.isEmpty())
                    set(index, Result::Warning, other.join(u" "_s));
                else
                    set(index, Result::Pass, tr("%1 may deploy, call and schedule functions.").arg(r->subject));
            }
            Q_EMIT finishedChecking();
        });
}

} // namespace fstudio::gui
