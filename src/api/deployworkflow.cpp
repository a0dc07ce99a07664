#include "deployworkflow.h"

#include "cdfclient.h"
#include "filesservice.h"
#include "functionsservice.h"

#include "core/handlerinspector.h"
#include "core/packagewriter.h"
#include "core/validator.h"

#include <QFile>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
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

DeployWorkflow::~DeployWorkflow()
{
    *m_cancelPackaging = true;
    if (m_current)
        m_current->cancel();
}

QString DeployWorkflow::stageName(Stage s)
{
    switch (s) {
    case Stage::Idle: return u"Not started"_s;
    case Stage::Packaging: return u"Packaging the code"_s;
    case Stage::CreatingFile: return u"Creating the code file"_s;
    case Stage::Uploading: return u"Uploading"_s;
    case Stage::WaitingForFile: return u"Waiting for the upload to be registered"_s;
    case Stage::Uploaded: return u"Uploaded"_s;
    case Stage::CreatingFunction: return u"Creating the function"_s;
    case Stage::Deploying: return u"Deploying (installing and importing)"_s;
    case Stage::Ready: return u"Ready"_s;
    case Stage::Failed: return u"Failed"_s;
    case Stage::Cancelled: return u"Cancelled"_s;
    case Stage::TimedOut: return u"Timed out"_s;
    }
    return {};
}

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
        fail(localError(u"deploy"_s, Validator::summary(problems)), u"Nothing was created: the function's settings are not valid."_s);
        return;
    }
    if (m_options.existingFileId) {
        m_fileId = m_options.existingFileId;
        createFunction();
        return;
    }
    package();
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
    auto cancel = m_cancelPackaging;
    QPointer<DeployWorkflow> self(this);
    auto *watcher = new QFutureWatcher<PackageOutcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const PackageOutcome out = watcher->result();
        watcher->deleteLater();
        if (m_done)
            return;
        if (!out.error.isEmpty()) {
            fail(localError(u"package the code"_s, out.error), u"Nothing was created in CDF."_s);
            return;
        }
        m_contentHash = out.hash;
        m_zip = out.zip;
        createFile();
    });
    watcher->setFuture(QtConcurrent::run([folder, zipPath, functionPath, check, cancel, self] {
        PackageOutcome out;
        const PackagePlan plan = PackagePlanner::plan(folder);
        if (!plan.ok()) {
            QStringList lines;
            for (const auto &e : plan.errors)
                lines << (e.path.isEmpty() ? e.message : e.path + u": "_s + e.message);
            out.error = lines.join(u"\n"_s);
            return out;
        }
        if (!plan.contains(functionPath)) {
            out.error = u"%1 is not in the folder (or is excluded); the function path must name the file that defines handle()."_s.arg(functionPath);
            return out;
        }
        if (check) {
            const HandlerReport report = HandlerInspector::inspectFolder(folder, functionPath);
            if (report.hasErrors()) {
                QStringList lines;
                for (const auto &f : report.findings)
                    if (f.severity == HandlerFinding::Severity::Error)
                        lines << (f.line ? u"line %1: %2"_s.arg(f.line).arg(f.message) : f.message);
                out.error = lines.join(u"\n"_s);
                return out;
            }
        }
        const auto written = PackageWriter::write(plan, zipPath, [self](const PackageProgress &p) {
            QMetaObject::invokeMethod(self.data(), [self, p] {
                if (self)
                    Q_EMIT self->progress(Stage::Packaging, p.bytesDone, p.bytesTotal, self->elapsedMs());
            }, Qt::QueuedConnection);
        }, cancel.get());
        if (!written) {
            out.error = written.error().message;
            return out;
        }
        out.hash = written->contentHash;
        QFile f(zipPath);
        if (f.open(QIODevice::ReadOnly))
            out.zip = f.readAll();
        return out;
    }));
}

void DeployWorkflow::createFile()
{
    setStage(Stage::CreatingFile);
    const FileCreate fc = FileCreate::forFunctionCode(m_options.function.name, m_options.function.externalId);
    const auto pending = FilesService(m_client).create(fc, m_options.function.externalId.has_value());
    track(pending.job());
    pending.then(this, [this](const Pending<FileMetadata>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            fail(r.error(), u"Nothing was created in CDF."_s);
            return;
        }
        m_fileId = r->id;
        m_fileCreatedByUs = r->createdTime == r->lastUpdatedTime;
        m_uploadUrl = r->uploadUrl.value_or(QString());
        if (m_uploadUrl.isEmpty()) {
            ApiError e;
            e.kind = ApiError::Kind::Decode;
            e.message = u"the file was created but CDF gave no upload URL"_s;
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
    connect(pending.job(), &ApiJob::uploadProgress, this, [this](qint64 sent, qint64 total) {
        Q_EMIT progress(Stage::Uploading, sent, total, elapsedMs());
    });
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
            if (m_options.uploadOnly)
                finishWith(Stage::Uploaded, u"The code was packaged (%1) and uploaded as file %2."_s.arg(m_contentHash).arg(*m_fileId));
            else
                createFunction();
            return;
        }
        if (attempt + 1 >= m_options.fileWaitAttempts) {
            fail(r ? localError(u"deploy"_s, u"the uploaded code was not registered by the Files API after %1 checks"_s.arg(attempt + 1)) : r.error(),
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
    const auto pending = FunctionsService(m_client).create(w);
    track(pending.job());
    pending.then(this, [this](const Pending<Function>::Result &r) {
        if (m_done)
            return;
        if (!r) {
            reconcileCreate(r.error());
            return;
        }
        m_function = *r;
        setStage(Stage::Deploying);
        QTimer::singleShot(m_options.pollIntervalMs / 4, this, &DeployWorkflow::poll);
    });
}

// A create whose reply was lost may still have created the function. Look for a function made
// from our code file before reporting a failure, so a retry never leaves a duplicate behind.
void DeployWorkflow::reconcileCreate(const ApiError &e)
{
    if (e.kind != ApiError::Kind::Network && e.kind != ApiError::Kind::Timeout) {
        if (!e.duplicated.isEmpty())
            fail(e, u"A function with the external id \"%1\" already exists; use Redeploy to replace it. The uploaded code file was left in place."_s
                        .arg(m_options.function.externalId.value_or(QString())));
        else
            fail(e, QString());
        return;
    }
    FunctionFilter f;
    f.fileId = *m_fileId;
    f.limit = 10;
    const auto pending = FunctionsService(m_client).list(f);
    track(pending.job());
    pending.then(this, [this, e](const Pending<QList<Function>>::Result &r) {
        if (m_done)
            return;
        if (r && !r->isEmpty()) {
            m_function = r->first();
            setStage(Stage::Deploying);
            poll();
            return;
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
            fail(localError(u"deploy"_s, u"the function was deleted while it was deploying"_s), QString());
            return;
        }
        if (r) {
            m_function = **r;
            if (m_function->status == FunctionStatus::Ready) {
                finishWith(Stage::Ready, u"Function \"%1\" (id %2) is Ready after %3 s."_s.arg(m_function->name).arg(m_function->id).arg(elapsedMs() / 1000.0, 0, 'f', 1));
                return;
            }
            if (m_function->status == FunctionStatus::Failed) {
                const QString msg = m_function->error ? m_function->error->message : u"no reason given"_s;
                finishWith(Stage::Failed, u"CDF could not deploy \"%1\": %2. The Failed function (id %3) is kept so you can read its error and trace; delete it or redeploy."_s
                                              .arg(m_function->name, msg).arg(m_function->id));
                return;
            }
        }
        if (elapsedMs() > m_options.deployTimeoutMs) {
            finishWith(Stage::TimedOut, u"The function (id %1) is still %2 after %3 minutes. It was left in place and may still become Ready; check it later."_s
                                            .arg(m_function->id).arg(toWire(m_function->status)).arg(m_options.deployTimeoutMs / 60000.0));
            return;
        }
        Q_EMIT progress(Stage::Deploying, 0, 0, elapsedMs());
        QTimer::singleShot(m_options.pollIntervalMs, this, &DeployWorkflow::poll);
    });
}

void DeployWorkflow::fail(const ApiError &e, const QString &summary)
{
    m_error = e;
    finishWith(Stage::Failed, summary.isEmpty() ? e.userMessage() : e.userMessage() + u" "_s + summary);
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
    if (m_done)
        return;
    *m_cancelPackaging = true;
    const Stage was = m_stage;
    m_done = true; // before cancelling the job: its callbacks must see that we are done
    m_stage = Stage::Cancelled;
    if (m_current)
        m_current->cancel();
    cleanup(stageName(was));
}

void DeployWorkflow::cleanup(const QString &during)
{
    // Remove the function (including one whose create reply we never saw) and the code file.
    auto finishCancel = [this, during](const QStringList &done, const QStringList &problems) {
        m_summary = u"Deploy cancelled while %1."_s.arg(during.toLower());
        if (!done.isEmpty())
            m_summary += u" Removed: %1."_s.arg(done.join(u", "_s));
        if (!problems.isEmpty())
            m_summary += u" Could not remove: %1."_s.arg(problems.join(u", "_s));
        if (done.isEmpty() && problems.isEmpty())
            m_summary += u" Nothing had been created in CDF."_s;
        Q_EMIT stageChanged(Stage::Cancelled);
        Q_EMIT finished(Stage::Cancelled);
    };
    if (!m_fileId) {
        QTimer::singleShot(0, this, [finishCancel] { finishCancel({}, {}); });
        return;
    }
    const qint64 fileId = *m_fileId;
    const bool removeFile = m_fileCreatedByUs;
    FunctionFilter f;
    f.fileId = fileId;
    f.limit = 100;
    FunctionsService(m_client).list(f).then(this, [this, fileId, removeFile, finishCancel](const Pending<QList<Function>>::Result &r) {
        QList<Identifier> ids;
        if (r)
            for (const Function &fn : *r)
                ids << Identifier::byId(fn.id);
        auto afterFunctions = [this, fileId, removeFile, finishCancel](QStringList done, QStringList problems) {
            if (!removeFile) {
                finishCancel(done, problems);
                return;
            }
            FilesService(m_client).remove({Identifier::byId(fileId)}, true).then(this, [fileId, done, problems, finishCancel](const Pending<Empty>::Result &fr) mutable {
                if (fr)
                    done << u"code file %1"_s.arg(fileId);
                else
                    problems << u"code file %1 (%2)"_s.arg(fileId).arg(fr.error().message);
                finishCancel(done, problems);
            });
        };
        if (!r) {
            afterFunctions({}, {u"any function made from file %1 (%2)"_s.arg(fileId).arg(r.error().message)});
            return;
        }
        if (ids.isEmpty()) {
            afterFunctions({}, {});
            return;
        }
        FunctionsService(m_client).remove(ids, true).then(this, [ids, afterFunctions](const Pending<Empty>::Result &dr) {
            QStringList names;
            for (const auto &i : ids)
                names << u"function %1"_s.arg(i.id());
            if (dr)
                afterFunctions(names, {});
            else
                afterFunctions({}, {names.join(u", "_s) + u" ("_s + dr.error().message + u")"_s});
        });
    });
}

} // namespace fstudio::api
