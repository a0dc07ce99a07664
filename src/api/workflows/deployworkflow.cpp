#include "api/workflows/deployworkflow.h"

#include "api/workflows/deploypreflight.h"

#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/transport/cdfclient.h"

#include "core/packaging/packagewriter.h"
#include "core/python/handlerinspector.h"
#include "core/rules/validator.h"
#include "core/toolkit/toolkithash.h"
#include "core/wire/filemetadata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFutureWatcher>
#include <QLocale>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// DeployWorkflowText::tr(): the deploy's steps and outcomes, under the context "DeployWorkflow".
struct DeployWorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(DeployWorkflow)
};

ApiError localError(const QString &what, const QString &message)
{
    ApiError e;
    e.kind = ApiError::Kind::Config;
    e.what = what;
    e.message = message;
    return e;
}

struct PackageOutcome
{
    QString error;
    QString hash;
    QByteArray zip;
};
} // namespace

DeployWorkflow::DeployWorkflow(CdfClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

// Destroying a running deploy stops it where it is: our callbacks must not run from here, and
// what it created stays (cancel() and wait for finished() to have it removed). A create in flight
// is left to finish rather than cut off half-way.
DeployWorkflow::~DeployWorkflow()
{
    *m_cancelPackaging = true;
    const bool creating = m_stage == Stage::CreatingFile || m_stage == Stage::CreatingFunction;
    m_done = true;
    if (m_current && !creating)
        m_current->cancel();
}

// A create whose request failed this way may still have been carried out by the server. A 2xx
// answer that could not be read (Decode) certainly was: the run looks for what it made.
bool DeployWorkflow::mayHaveHappened(const ApiError &e)
{
    return e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::Cancelled
        || e.kind == ApiError::Kind::Decode;
}

// Whether a function found on the code file was made by this run: every function on a file of
// our own is; on a given file only one with our external id (or, without one, our name) that was
// created after this run sent its create.
bool DeployWorkflow::isOurs(const Function &fn) const
{
    if (m_fileCreateSent && !m_options.existingFileId)
        return true;
    const FunctionWrite &mine = m_options.function;
    const bool sameIdentity = mine.externalId ? fn.externalId == mine.externalId : (!fn.externalId && fn.name == mine.name);
    constexpr qint64 ClockSkewMs = 5 * 60 * 1000;
    return sameIdentity && (m_functionCreateSentAtMs == 0 || fn.createdTime >= m_functionCreateSentAtMs - ClockSkewMs);
}

QString DeployWorkflow::stageName(Stage s)
{
    switch (s) {
    //: A stage of a deploy, shown as its progress.
    case Stage::Idle: return DeployWorkflowText::tr("Not started");
    case Stage::CheckingExternalId: return DeployWorkflowText::tr("Checking that the external id is free");
    case Stage::Packaging: return DeployWorkflowText::tr("Packaging the code");
    case Stage::CreatingFile: return DeployWorkflowText::tr("Creating the code file");
    case Stage::Uploading: return DeployWorkflowText::tr("Uploading");
    case Stage::WaitingForFile: return DeployWorkflowText::tr("Waiting for the upload to be registered");
    //: A stage of a deploy: the code is uploaded (and no function is made from it).
    case Stage::Uploaded: return DeployWorkflowText::tr("Uploaded");
    case Stage::CreatingFunction: return DeployWorkflowText::tr("Creating the function");
    case Stage::Deploying: return DeployWorkflowText::tr("Deploying (installing and importing)");
    //: A stage of a deploy: the function is Ready.
    case Stage::Ready: return DeployWorkflowText::tr("Ready");
    //: A stage of a deploy: it failed.
    case Stage::Failed: return DeployWorkflowText::tr("Failed");
    //: A stage of a deploy: it was cancelled.
    case Stage::Cancelled: return DeployWorkflowText::tr("Cancelled");
    case Stage::TimedOut: return DeployWorkflowText::tr("Timed out");
    }
    return {};
}

namespace {
// "Deploy cancelled while packaging the code.": a sentence for each stage a deploy can be
// cancelled in (the others are final).
QString cancelledText(DeployWorkflow::Stage s)
{
    using Stage = DeployWorkflow::Stage;
    switch (s) {
    case Stage::Idle: return DeployWorkflowText::tr("Deploy cancelled while not started.");
    case Stage::CheckingExternalId: return DeployWorkflowText::tr("Deploy cancelled while checking that the external id is free.");
    case Stage::Packaging: return DeployWorkflowText::tr("Deploy cancelled while packaging the code.");
    case Stage::CreatingFile: return DeployWorkflowText::tr("Deploy cancelled while creating the code file.");
    case Stage::Uploading: return DeployWorkflowText::tr("Deploy cancelled while uploading.");
    case Stage::WaitingForFile: return DeployWorkflowText::tr("Deploy cancelled while waiting for the upload to be registered.");
    case Stage::CreatingFunction: return DeployWorkflowText::tr("Deploy cancelled while creating the function.");
    case Stage::Deploying: return DeployWorkflowText::tr("Deploy cancelled while deploying (installing and importing).");
    case Stage::Uploaded:
    case Stage::Ready:
    case Stage::Failed:
    case Stage::Cancelled:
    case Stage::TimedOut: break;
    }
    //: %1 is a stage of the deploy, e.g. "ready".
    return DeployWorkflowText::tr("Deploy cancelled while %1.").arg(DeployWorkflow::stageName(s).toLower());
}
} // namespace

bool DeployWorkflow::track(ApiJob *job)
{
    m_current = job;
    return job != nullptr;
}

void DeployWorkflow::setStage(Stage s)
{
    m_stage = s;
    Q_EMIT stageChanged(s);
    Q_EMIT progress(s, 0, 0, elapsedMs());
}

void DeployWorkflow::start()
{
    m_elapsed.start();
    // Always report from the event loop, even a failure found at once.
    QTimer::singleShot(0, this, &DeployWorkflow::begin);
}

void DeployWorkflow::begin()
{
    if (m_done)
        return;
    const auto problems = Validator::validateFunction([&] {
        FunctionWrite w = m_options.function;
        w.fileId = 1; // not uploaded yet
        return w;
    }());
    if (Validator::hasErrors(problems)) {
        //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
        fail(localError(DeployWorkflowText::tr("deploy"), Validator::summary(problems)),
             DeployWorkflowText::tr("Nothing was created: the function's settings are not valid."));
        return;
    }
    if (m_options.existingFileId) {
        m_fileId = m_options.existingFileId;
        createFunction();
        return;
    }
    if (m_options.checkExternalIdFree && m_options.function.externalId) {
        checkExternalId();
        return;
    }
    package();
}

// Before anything is uploaded: a deploy never touches a function it did not create.
void DeployWorkflow::checkExternalId()
{
    setStage(Stage::CheckingExternalId);
    const QString xid = *m_options.function.externalId;
    const auto pending = DeployPreflight::holderOf(m_client, xid);
    track(pending.job());
    pending.then(this, [this, xid](const Pending<QList<Function>>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            fail(r.error(), DeployWorkflowText::tr("Nothing was created in CDF."));
            return;
        }
        if (!r->isEmpty()) {
            const Function &f = r->first();
            fail(localError(DeployWorkflowText::tr("deploy"),
                            //: %1 is an external id, %2 the existing function's name, %3 its id.
                            DeployWorkflowText::tr("a function with the external id \"%1\" already exists (\"%2\", id %3).")
                                .arg(xid, f.name, QString::number(f.id))),
                 DeployWorkflowText::tr(
                     "Nothing was uploaded or created, and the existing function was not touched. Choose another external id, or use "
                     "Redeploy to replace it."));
            return;
        }
        package();
    });
}

void DeployWorkflow::package()
{
    setStage(Stage::Packaging);
    m_tmp = std::make_unique<QTemporaryDir>();
    m_zipPath = m_tmp->filePath(u"code.zip"_s);
    const QString folder = m_options.folder;
    const QString zipPath = m_zipPath;
    const QString functionPath = m_options.function.functionPath;
    const bool check = !m_options.skipHandlerCheck;
    const bool toolkit = m_options.toolkitHashes;
    auto cancel = m_cancelPackaging;
    QPointer<DeployWorkflow> self(this);
    auto *watcher = new QFutureWatcher<PackageOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const PackageOutcome out = watcher->result();
        watcher->deleteLater();
        if (m_done)
            return;
        if (!out.error.isEmpty()) {
            //: The action, inserted into "Could not %1: %2" (or "Cancelled: %1.").
            fail(localError(DeployWorkflowText::tr("package the code"), out.error), DeployWorkflowText::tr("Nothing was created in CDF."));
            return;
        }
        m_contentHash = out.hash;
        m_zip = out.zip;
        createFile();
    });
    watcher->setFuture(QtConcurrent::run([folder, zipPath, functionPath, check, toolkit, cancel, self] {
        PackageOutcome out;
        const PackagePlan plan = PackagePlanner::plan(folder, cancel.get());
        if (plan.cancelled) {
            out.error = DeployWorkflowText::tr("packaging was cancelled");
            return out;
        }
        if (!plan.ok()) {
            QStringList lines;
            for (const auto &e : plan.errors)
                lines << (e.path.isEmpty() ? e.message : e.path + u": "_s + e.message);
            out.error = lines.join(u"\n"_s);
            return out;
        }
        if (!plan.contains(functionPath)) {
            out.error =
                DeployWorkflowText::tr("%1 is not in the folder (or is excluded); the function path must name the file that defines handle().")
                    .arg(functionPath);
            return out;
        }
        if (check) {
            const HandlerReport report = HandlerInspector::inspectFolder(folder, functionPath);
            if (report.hasErrors()) {
                QStringList lines;
                for (const auto &f : report.findings) {
                    if (f.severity != HandlerFinding::Severity::Error)
                        continue;
                    //: A problem found in the handler: %1 is a line number, %2 the problem.
                    lines << (f.line ? DeployWorkflowText::tr("line %1: %2").arg(QString::number(f.line), f.message) : f.message);
                }
                out.error = lines.join(u"\n"_s);
                return out;
            }
        }
        const auto written = PackageWriter::write(
            plan, zipPath,
            [self](const PackageProgress &p) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, p] {
                        if (self)
                            Q_EMIT self->progress(Stage::Packaging, p.bytesDone, p.bytesTotal, self->elapsedMs());
                    },
                    Qt::QueuedConnection);
            },
            cancel.get());
        if (!written) {
            out.error = written.error().message;
            return out;
        }
        out.hash = written->contentHash;
        if (toolkit) { // the folder as the Toolkit hashes it: every file in it, not the package's
            const auto hash = ToolkitHash::codeHash(folder, cancel.get());
            if (!hash) {
                out.error = hash.error().message;
                return out;
            }
            out.hash = *hash;
        }
        QFile f(zipPath);
        if (f.open(QIODevice::ReadOnly))
            out.zip = f.readAll();
        return out;
    }));
}

void DeployWorkflow::createFile()
{
    setStage(Stage::CreatingFile);
    FileCreate fc = FileCreate::forFunctionCode(m_options.function.name, m_options.function.externalId,
                                                QUuid::createUuid().toString(QUuid::WithoutBraces).left(13));
    m_fileExternalId = *fc.externalId;
    fc.dataSetId = m_options.codeDataSetId;
    // overwrite=false: should the unique id ever be taken, the create fails instead of replacing.
    const auto pending = FilesService(m_client).create(fc, false);
    m_fileCreateSent = true;
    track(pending.job());
    pending.then(this, [this](const Pending<FileMetadata>::Result &r) {
        if (m_done)
            return;
        if (r)
            m_fileId = r->id;
        else if (!mayHaveHappened(r.error()))
            m_fileCreateSent = false; // refused: nothing was created (and a file with that id is not ours)
        if (cancelledDuringCreate())
            return;
        if (!r) {
            fail(r.error(), m_fileCreateSent ? QString() : DeployWorkflowText::tr("Nothing was created in CDF."));
            return;
        }
        m_uploadUrl = r->uploadUrl.value_or(QString());
        if (m_uploadUrl.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Decode;
            e.message = DeployWorkflowText::tr("the file was created but CDF gave no upload URL");
            fail(e, QString());
            return;
        }
        upload();
    });
}

void DeployWorkflow::upload()
{
    setStage(Stage::Uploading);
    const auto pending = FilesService(m_client).upload(m_uploadUrl, m_zip);
    track(pending.job());
    connect(pending.job(), &ApiJob::uploadProgress, this,
            [this](qint64 sent, qint64 total) { Q_EMIT progress(Stage::Uploading, sent, total, elapsedMs()); });
    pending.then(this, [this](const Pending<Empty>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            fail(r.error(), QString());
            return;
        }
        Q_EMIT progress(Stage::Uploading, m_zip.size(), m_zip.size(), elapsedMs());
        setStage(Stage::WaitingForFile);
        waitForFile(0);
    });
}

void DeployWorkflow::waitForFile(int attempt)
{
    const auto pending = FilesService(m_client).byIds({Identifier::byId(*m_fileId)}, true);
    track(pending.job());
    pending.then(this, [this, attempt](const Pending<QList<FileMetadata>>::Result &r) {
        if (m_done)
            return;
        if (r && !r->isEmpty() && r->first().uploaded) {
            if (m_options.uploadOnly) {
                //: %1 is the code's hash, e.g. "sha256:…", %2 a file id.
                finishWith(Stage::Uploaded,
                           DeployWorkflowText::tr("The code was packaged (%1) and uploaded as file %2.").arg(m_contentHash).arg(*m_fileId));
            } else {
                createFunction();
            }
            return;
        }
        if (attempt + 1 >= m_options.fileWaitAttempts) {
            fail(r ? localError(DeployWorkflowText::tr("deploy"),
                                DeployWorkflowText::tr("the uploaded code was not registered by the Files API after %1 checks").arg(attempt + 1))
                   : r.error(),
                 QString());
            return;
        }
        QTimer::singleShot(m_options.fileWaitFirstDelayMs << attempt, this, [this, attempt] {
            if (!m_done)
                waitForFile(attempt + 1);
        });
    });
}

void DeployWorkflow::createFunction()
{
    setStage(Stage::CreatingFunction);
    FunctionWrite w = m_options.function;
    w.fileId = *m_fileId;
    if (m_options.toolkitHashes)
        DeployPreflight::stampToolkitHashes(w, m_contentHash);
    else
        DeployPreflight::stampCodeHash(w, m_contentHash); // what was packaged (none for an existing file: the caller's)
    const auto pending = FunctionsService(m_client).create(w);
    m_functionCreateSent = true;
    m_functionCreateSentAtMs = QDateTime::currentMSecsSinceEpoch();
    track(pending.job());
    pending.then(this, [this](const Pending<Function>::Result &r) {
        if (m_done)
            return;
        if (r)
            m_function = *r;
        else if (!mayHaveHappened(r.error()))
            m_functionCreateSent = false; // refused: nothing was created
        if (cancelledDuringCreate())
            return;
        if (!r) {
            reconcileCreate(r.error());
            return;
        }
        setStage(Stage::Deploying);
        QTimer::singleShot(m_options.pollIntervalMs / 4, this, &DeployWorkflow::poll);
    });
}

// A create whose reply was lost may still have created the function. Look for a function made
// from our code file before reporting a failure, so a retry never leaves a duplicate behind.
void DeployWorkflow::reconcileCreate(const ApiError &e)
{
    if (!mayHaveHappened(e)) { // refused: nothing was created (createFunction() noted that)
        if (!e.duplicated.isEmpty())
            fail(e,
                 DeployWorkflowText::tr(
                     "A function with the external id \"%1\" was created by someone else while this deploy ran; it was not touched.")
                     .arg(m_options.function.externalId.value_or(QString())));
        else
            fail(e, QString());
        return;
    }
    FunctionFilter f;
    f.fileId = *m_fileId;
    f.limit = 100;
    const auto pending = FunctionsService(m_client).list(f);
    track(pending.job());
    pending.then(this, [this, e](const Pending<QList<Function>>::Result &r) {
        if (m_done)
            return;
        if (r) {
            for (const Function &fn : *r) {
                if (!isOurs(fn)) // a shared code file: never adopt someone else's function
                    continue;
                m_function = fn;
                setStage(Stage::Deploying);
                poll();
                return;
            }
        }
        if (e.kind == ApiError::Kind::Decode) {
            // CDF said yes (a 2xx we could not read): a function exists that the lookup did not
            // find. Never say "nothing was created", and keep the code it runs from.
            //: An item of the list in "Could not remove: %1; delete it yourself."
            m_leftBehind << DeployWorkflowText::tr(
                                "a function \"%1\" made from code file %2 (created, but its answer could not be read and it was not found)")
                                .arg(m_options.function.name, QString::number(*m_fileId));
            m_functionRemovalFailed = true;
        }
        fail(e, QString());
    });
}

void DeployWorkflow::poll()
{
    if (m_done)
        return;
    const auto pending = FunctionsService(m_client).retrieve(Identifier::byId(m_function->id));
    track(pending.job());
    pending.then(this, [this](const Pending<std::optional<Function>>::Result &r) {
        if (m_done)
            return;
        if (r && !r->has_value()) {
            fail(localError(DeployWorkflowText::tr("deploy"), DeployWorkflowText::tr("the function was deleted while it was deploying")), QString());
            return;
        }
        if (!r) {
            // The transport has retried already. The connection closed, or CDF keeps failing:
            // end now rather than report a stale status after the deploy timeout.
            if (r.error().isCancelled() || ++m_pollFailures >= MaxPollFailures) {
                fail(r.error(), DeployWorkflowText::tr("The deploy stopped waiting for function %1 to become Ready.").arg(m_function->id));
                return;
            }
        } else {
            m_pollFailures = 0;
            m_function = **r;
            if (m_function->status == FunctionStatus::Ready) {
                finishWith(Stage::Ready,
                           //: %1 is the function's name, %2 its id, %3 a number of seconds.
                           DeployWorkflowText::tr("Function \"%1\" (id %2) is Ready after %3 s.")
                               .arg(m_function->name, QString::number(m_function->id), QString::number(elapsedMs() / 1000.0, 'f', 1)));
                return;
            }
            if (m_function->status == FunctionStatus::Failed) {
                //: Inserted into "CDF could not deploy "%1": %2." when CDF gives no error.
                QString msg = m_function->error ? m_function->error->message.trimmed() : DeployWorkflowText::tr("no reason given");
                while (msg.endsWith(QLatin1Char('.'))) // the sentence below ends it: never "not met.."
                    msg.chop(1);
                //: %1 is the function's name, %2 CDF's error.
                const QString head = DeployWorkflowText::tr("CDF could not deploy \"%1\": %2.").arg(m_function->name, msg);
                if (m_options.keepFailedFunction) {
                    finishWith(Stage::Failed,
                               head + u" "_s
                                   + DeployWorkflowText::tr(
                                         "The Failed function (id %1) is kept so you can read its error and trace; delete it or redeploy.")
                                         .arg(m_function->id));
                    return;
                }
                cleanupThenFinish(Stage::Failed, head + u" "_s + DeployWorkflowText::tr("The error and trace are shown here."));
                return;
            }
        }
        if (elapsedMs() > m_options.deployTimeoutMs) {
            finishWith(Stage::TimedOut,
                       //: %1 is a function id, %2 its status as CDF names it (e.g. "Deploying"), %3 a number of minutes.
                       DeployWorkflowText::tr(
                           "The function (id %1) is still %2 after %3 minutes. It was left in place and may still become Ready; check it later.")
                           .arg(m_function->id)
                           .arg(toWire(m_function->status))
                           .arg(QLocale().toString(m_options.deployTimeoutMs / 60000.0, 'g', 3)));
            return;
        }
        Q_EMIT progress(Stage::Deploying, 0, 0, elapsedMs());
        QTimer::singleShot(m_options.pollIntervalMs, this, &DeployWorkflow::poll);
    });
}

void DeployWorkflow::fail(const ApiError &e, const QString &summary)
{
    if (m_done)
        return;
    m_error = e;
    const QString head = summary.isEmpty() ? e.userMessage() : e.userMessage() + u" "_s + summary;
    if (createdAnything())
        cleanupThenFinish(Stage::Failed, head);
    else
        finishWith(Stage::Failed, head);
}

void DeployWorkflow::finishWith(Stage outcome, const QString &summary)
{
    if (m_done)
        return;
    m_done = true;
    m_summary = summary;
    m_stage = outcome;
    Q_EMIT stageChanged(outcome);
    Q_EMIT finished(outcome);
}

void DeployWorkflow::cancel()
{
    if (m_done || !m_cancelHead.isEmpty())
        return;
    *m_cancelPackaging = true;
    m_cancelHead = cancelledText(m_stage);
    // A create in flight is not aborted: its answer tells what exists, so the cleanup that
    // follows it cannot miss an object the server made after we looked.
    if ((m_stage == Stage::CreatingFile || m_stage == Stage::CreatingFunction) && m_current)
        return;
    const QPointer<ApiJob> current = m_current;
    cleanupThenFinish(Stage::Cancelled, m_cancelHead); // marks us done: the job's callback is ignored
    if (current)
        current->cancel();
}

bool DeployWorkflow::cancelledDuringCreate()
{
    if (m_cancelHead.isEmpty() || m_done)
        return false;
    cleanupThenFinish(Stage::Cancelled, m_cancelHead);
    return true;
}

bool DeployWorkflow::createdAnything() const
{
    if (m_options.uploadOnly && m_stage == Stage::Uploaded)
        return false; // the caller owns the uploaded file
    return m_fileCreateSent || m_functionCreateSent || m_function.has_value();
}

// The order matters: functions first (a file in use by a function is ours to remove only after
// the function is gone), then the file. Every step reports; none stops the next.
void DeployWorkflow::cleanupThenFinish(Stage outcome, const QString &head)
{
    if (m_done)
        return;
    m_done = true; // late callbacks of the work in flight are ignored from here on
    m_stage = outcome;
    auto finish = [this, outcome, head] {
        QString text = head;
        if (!m_removed.isEmpty())
            //: %1 is a list, e.g. "function 12, code file 34".
            text += u" "_s + DeployWorkflowText::tr("Removed what this deploy created: %1.").arg(m_removed.join(u", "_s));
        if (!m_leftBehind.isEmpty())
            //: %1 is a list, e.g. "code file 34 (kept: the function made from it is still there)".
            text += u" "_s + DeployWorkflowText::tr("Could not remove: %1; delete it yourself.").arg(m_leftBehind.join(u"; "_s));
        if (m_removed.isEmpty() && m_leftBehind.isEmpty())
            text += u" "_s + DeployWorkflowText::tr("Nothing had been created in CDF.");
        m_summary = text;
        Q_EMIT stageChanged(outcome);
        Q_EMIT finished(outcome);
    };
    auto afterFunctions = [this, finish] { removeFile(finish); };
    if (!m_functionCreateSent && !m_function) {
        QTimer::singleShot(0, this, afterFunctions);
        return;
    }
    if (m_function) {
        removeFunctions({m_function->id}, afterFunctions);
        return;
    }
    // The create was sent but not answered: look for the function by the code file it was made
    // from. With a file of our own every function on it is ours; with a given file, only one
    // with our external id (or name) can be.
    if (!m_fileId) {
        QTimer::singleShot(0, this, afterFunctions);
        return;
    }
    FunctionFilter f;
    f.fileId = *m_fileId;
    f.limit = 100;
    FunctionsService(m_client).list(f).then(this, [this, afterFunctions](const Pending<QList<Function>>::Result &r) {
        if (!r) {
            //: An item of the list in "Could not remove: %1; delete it yourself."; %2 is why.
            m_leftBehind << DeployWorkflowText::tr("any function made from code file %1 (%2)").arg(QString::number(*m_fileId), r.error().message);
            m_functionRemovalFailed = true;
            afterFunctions();
            return;
        }
        QList<qint64> ids;
        for (const Function &fn : *r)
            if (isOurs(fn))
                ids << fn.id;
        removeFunctions(ids, afterFunctions);
    });
}

// In chunks of FunctionsService::MaxIdsPerRequest, one after the other.
void DeployWorkflow::removeFunctions(const QList<qint64> &ids, std::function<void()> next)
{
    if (ids.isEmpty()) {
        QTimer::singleShot(0, this, next);
        return;
    }
    const QList<qint64> chunk = ids.mid(0, FunctionsService::MaxIdsPerRequest);
    const QList<qint64> rest = ids.mid(chunk.size());
    QList<Identifier> idents;
    QStringList names;
    for (qint64 id : chunk) {
        idents << Identifier::byId(id);
        //: An item of the lists in "Removed what this deploy created: %1." and "Could not remove: %1; ...".
        names << DeployWorkflowText::tr("function %1").arg(id);
    }
    FunctionsService(m_client).remove(idents, true).then(this, [this, names, rest, next](const Pending<Empty>::Result &r) {
        if (r) {
            m_removed << names;
        } else {
            m_leftBehind << names.join(u", "_s) + u" ("_s + r.error().message + u")"_s;
            m_functionRemovalFailed = true;
        }
        removeFunctions(rest, next);
    });
}

void DeployWorkflow::removeFile(std::function<void()> next)
{
    if (!m_fileCreateSent || m_options.existingFileId) {
        QTimer::singleShot(0, this, next);
        return;
    }
    if (m_functionRemovalFailed) {
        // Never leave a function without its code: the file stays with the function.
        if (m_fileId)
            //: An item of the list in "Could not remove: %1; delete it yourself."
            m_leftBehind << DeployWorkflowText::tr("code file %1 (kept: the function made from it is still there)").arg(*m_fileId);
        else
            //: An item of the list in "Could not remove: %1; delete it yourself."; %1 is the file's external id.
            m_leftBehind << DeployWorkflowText::tr("code file \"%1\" (kept: the function made from it is still there)").arg(m_fileExternalId);
        QTimer::singleShot(0, this, next);
        return;
    }
    // By id when the create answered; otherwise by our unique external id (the file may exist).
    const Identifier id = m_fileId ? Identifier::byId(*m_fileId) : Identifier::byExternalId(m_fileExternalId);
    FilesService(m_client).byIds({id}, true).then(this, [this, id, next](const Pending<QList<FileMetadata>>::Result &found) {
        if (!found) {
            //: An item of the list in "Could not remove: %1; delete it yourself."; %1 is e.g. "id 34", %2 why.
            m_leftBehind << DeployWorkflowText::tr("code file %1 (%2)").arg(id.toDisplayString(), found.error().message);
            next();
            return;
        }
        if (found->isEmpty()) {
            next(); // never created
            return;
        }
        const qint64 fileId = found->first().id;
        FilesService(m_client).remove({Identifier::byId(fileId)}, true).then(this, [this, fileId, next](const Pending<Empty>::Result &r) {
            if (r) {
                //: An item of the list in "Removed what this deploy created: %1."
                m_removed << DeployWorkflowText::tr("code file %1").arg(fileId);
            } else {
                m_leftBehind << DeployWorkflowText::tr("code file %1 (%2)").arg(QString::number(fileId), r.error().message);
            }
            next();
        });
    });
}

} // namespace fstudio::api
