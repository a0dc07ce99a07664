#include "api/workflows/redeployworkflow.h"

#include "api/workflows/deploypreflight.h"

#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/transport/cdfclient.h"

#include "core/wire/statuses.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace fstudio::api {

using namespace Qt::StringLiterals;

namespace {
// RedeployWorkflowText::tr(): the redeploy's steps and report, under the context "RedeployWorkflow".
// The report is built of whole sentences, each added after a space.
struct RedeployWorkflowText
{
    Q_DECLARE_TR_FUNCTIONS(RedeployWorkflow)
};
} // namespace

RedeployWorkflow::RedeployWorkflow(CdfClient *client, Options options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
{
}

void RedeployWorkflow::finish(Outcome o, const QString &report)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = o;
    m_report = report;
    Q_EMIT finished(o);
}

QString RedeployWorkflow::snapshotText() const
{
    QStringList lines;
    for (const auto &s : m_snapshot) {
        if (s.data)
            //: A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words, %4 its input data as JSON.
            lines << u"  - "_s
                    + RedeployWorkflowText::tr("\"%1\": %2 (%3), input data %4")
                          .arg(s.schedule.name, s.schedule.cronExpression, s.schedule.when,
                               QString::fromUtf8(QJsonDocument(*s.data).toJson(QJsonDocument::Compact)));
        else
            //: A saved schedule: %1 is its name, %2 its cron expression, %3 when it runs in words.
            lines << u"  - "_s + RedeployWorkflowText::tr("\"%1\": %2 (%3)").arg(s.schedule.name, s.schedule.cronExpression, s.schedule.when);
    }
    return lines.join(u"\n"_s);
}

void RedeployWorkflow::start()
{
    //: A step of a redeploy, shown as its progress.
    Q_EMIT step(RedeployWorkflowText::tr("Reading function %1").arg(m_options.functionId));
    FunctionsService(m_client).retrieve(Identifier::byId(m_options.functionId)).then(this, [this](const Pending<std::optional<Function>>::Result &r) {
        if (!r || !r->has_value()) {
            finish(Outcome::FailedBeforeChanges,
                   r ? RedeployWorkflowText::tr("Function %1 does not exist; nothing was changed.").arg(m_options.functionId)
                     : r.error().userMessage() + u" "_s + RedeployWorkflowText::tr("Nothing was changed."));
            return;
        }
        m_old = **r;
        m_write = m_options.settings ? *m_options.settings : previousSettings();
        if (!m_options.secrets.isEmpty())
            m_write.secrets = m_options.secrets;
        const QStringList oldKeys = m_old->secrets.value_or(StringMap()).keys();
        QStringList missingKeys;
        for (const QString &k : oldKeys)
            if (!m_options.secrets.contains(k))
                missingKeys << k;
        if (!missingKeys.isEmpty()) {
            finish(Outcome::FailedBeforeChanges,
                   //: %1 is a list of secret keys.
                   RedeployWorkflowText::tr(
                       "The function has secrets (%1) whose values CDF never returns; give them again to redeploy. Nothing was changed.")
                       .arg(missingKeys.join(u", "_s)));
            return;
        }
        snapshotSchedules();
    });
}

void RedeployWorkflow::snapshotSchedules()
{
    Q_EMIT step(RedeployWorkflowText::tr("Saving the schedules and their input data"));
    ScheduleFilter f;
    f.functionId = m_old->id;
    f.limit = ScheduleFilter::MaxLimit;
    SchedulesService(m_client).list(f).then(this, [this](const Pending<QList<FunctionSchedule>>::Result &r) {
        if (!r) {
            finish(Outcome::FailedBeforeChanges, r.error().userMessage() + u" "_s + RedeployWorkflowText::tr("Nothing was changed."));
            return;
        }
        for (const FunctionSchedule &s : *r)
            m_snapshot << ScheduleSnapshot{s, std::nullopt};
        readInputData(0);
    });
}

void RedeployWorkflow::readInputData(int index)
{
    if (index >= m_snapshot.size()) {
        uploadNewCode();
        return;
    }
    SchedulesService(m_client).inputData(m_snapshot[index].schedule.id).then(this, [this, index](const Pending<ScheduleInputData>::Result &r) {
        if (!r) {
            finish(Outcome::FailedBeforeChanges,
                   //: %1 is a schedule's name, %2 the error (a sentence).
                   RedeployWorkflowText::tr("Could not read the input data of schedule \"%1\": %2 Nothing was changed.")
                       .arg(m_snapshot[index].schedule.name, r.error().userMessage()));
            return;
        }
        m_snapshot[index].data = r->data;
        m_snapshot[index].dataText = r->dataText;
        readInputData(index + 1);
    });
}

void RedeployWorkflow::uploadNewCode()
{
    Q_EMIT step(RedeployWorkflowText::tr("Checking, packaging and uploading the new code"));
    DeployWorkflow::Options o;
    o.folder = m_options.folder;
    o.function = m_write;
    o.uploadOnly = true;
    o.codeDataSetId = m_options.codeDataSetId;
    o.toolkitHashes = m_options.toolkitHashes;
    o.checkExternalIdFree = false; // the old function holds it until it is replaced
    o.pollIntervalMs = m_options.pollIntervalMs;
    m_deploy = new DeployWorkflow(m_client, o, this);
    connect(m_deploy, &DeployWorkflow::finished, this, [this](DeployWorkflow::Stage s) {
        m_deploy->deleteLater();
        if (s != DeployWorkflow::Stage::Uploaded) {
            finish(Outcome::FailedBeforeChanges,
                   m_deploy->summary() + u" "_s + RedeployWorkflowText::tr("The old function and its schedules were not touched."));
            return;
        }
        m_newFileId = m_deploy->fileId();
        if (m_options.toolkitHashes)
            DeployPreflight::stampToolkitHashes(m_write, m_deploy->contentHash());
        else
            DeployPreflight::stampCodeHash(m_write, m_deploy->contentHash()); // the new version carries its code's hash
        deleteOld();
    });
    m_deploy->start();
}

void RedeployWorkflow::deleteOld()
{
    //: %1 is a function id, %2 a file id.
    Q_EMIT step(RedeployWorkflowText::tr("Deleting the old function %1 (its code file %2 is kept until the new version is Ready)")
                    .arg(m_old->id)
                    .arg(m_old->fileId));
    FunctionsService(m_client).remove({Identifier::byId(m_old->id)}, true).then(this, [this](const Pending<Empty>::Result &r) {
        if (r) {
            createNew();
            return;
        }
        const ApiError e = r.error();
        const bool unknown = e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout || e.kind == ApiError::Kind::Cancelled;
        if (!unknown) {
            //: %1 is the error (a sentence).
            const QString head = RedeployWorkflowText::tr("Could not delete the old function: %1 The old function and its schedules are unchanged.")
                                     .arg(e.userMessage());
            removeFile(*m_newFileId, [this, head](const QString &fileNote) { finish(Outcome::FailedBeforeChanges, head + fileNote); });
            return;
        }
        // The answer was lost: the delete may have happened. Look before deciding.
        Q_EMIT step(RedeployWorkflowText::tr("The answer to the delete was lost; checking whether the old function %1 still exists").arg(m_old->id));
        FunctionsService(m_client).retrieve(Identifier::byId(m_old->id)).then(this, [this, e](const Pending<std::optional<Function>>::Result &old) {
            if (old && !old->has_value()) {
                createNew(); // it was deleted: carry on, and restore it if the new version fails
                return;
            }
            if (old) {
                const QString head =
                    //: %1 is the error (a sentence).
                    RedeployWorkflowText::tr(
                        "Could not delete the old function: %1 It still exists: the old function and its schedules are unchanged.")
                        .arg(e.userMessage());
                removeFile(*m_newFileId, [this, head](const QString &fileNote) { finish(Outcome::FailedBeforeChanges, head + fileNote); });
                return;
            }
            //: %1 is a function id, %2 and %3 errors.
            QString text = RedeployWorkflowText::tr("Could not delete the old function %1 (%2), and could not check whether it still exists (%3).")
                               .arg(QString::number(m_old->id), e.userMessage(), old.error().userMessage());
            //: %1 and %2 are file ids.
            text +=
                u" "_s + RedeployWorkflowText::tr("Its code is kept as file %1 and the new code as file %2.").arg(m_old->fileId).arg(*m_newFileId);
            if (m_snapshot.isEmpty()) {
                text += u" "_s + RedeployWorkflowText::tr("It had no schedules.");
            } else {
                //: %1 is the list of saved schedules, one per line.
                text += u" "_s
                    + RedeployWorkflowText::tr("If it is gone, so are its schedules; their definitions and input data were saved:\n%1")
                          .arg(snapshotText());
            }
            finish(Outcome::NewVersionFailed, text);
        });
    });
}

void RedeployWorkflow::createNew()
{
    Q_EMIT step(RedeployWorkflowText::tr("Creating the new function and waiting until it is Ready"));
    DeployWorkflow::Options o;
    o.function = m_write;
    o.existingFileId = m_newFileId;
    o.deployTimeoutMs = m_options.deployTimeoutMs;
    o.pollIntervalMs = m_options.pollIntervalMs;
    m_deploy = new DeployWorkflow(m_client, o, this);
    connect(m_deploy, &DeployWorkflow::finished, this, [this](DeployWorkflow::Stage s) {
        m_deploy->deleteLater();
        m_new = m_deploy->function();
        if (s == DeployWorkflow::Stage::Ready) {
            m_targetId = m_new->id;
            recreateSchedule(0);
            return;
        }
        m_newError = m_deploy->deployError();
        QString why = m_deploy->summary();
        if (s == DeployWorkflow::Stage::TimedOut && m_new) {
            // Still deploying: it holds the external id the previous version needs back.
            const qint64 stuck = m_new->id;
            //: %1 is a function id, %2 its status as CDF names it (e.g. "Deploying"), %3 a number of minutes.
            const QString late = RedeployWorkflowText::tr("The new function (id %1) was still %2 after %3 minutes.")
                                     .arg(stuck)
                                     .arg(toWire(m_new->status))
                                     .arg(QLocale().toString(m_options.deployTimeoutMs / 60000.0, 'g', 3));
            FunctionsService(m_client).remove({Identifier::byId(stuck)}, true).then(this, [this, why, late, stuck](const Pending<Empty>::Result &r) {
                if (r) {
                    // Not the deploy's own sentence: it says the function was left in place.
                    newVersionFailed(late + u" "_s + RedeployWorkflowText::tr("It was removed (function %1).").arg(stuck));
                } else {
                    //: %1 is a function id, %2 the error.
                    newVersionFailed(
                        why + u" "_s
                        + RedeployWorkflowText::tr("It could not be removed (function %1: %2).").arg(QString::number(stuck), r.error().message));
                }
            });
            return;
        }
        newVersionFailed(why);
    });
    m_deploy->start();
}

// The new version did not become Ready: bring the previous one back from its code file.
void RedeployWorkflow::newVersionFailed(const QString &why)
{
    //: %1 is why (one or more sentences).
    m_failureText = RedeployWorkflowText::tr("The new version did not become Ready: %1").arg(why);
    Q_EMIT step(RedeployWorkflowText::tr("The new version failed; restoring the previous version from its code file %1").arg(m_old->fileId));
    restoreOld();
}

FunctionWrite RedeployWorkflow::previousSettings() const
{
    FunctionWrite w = FunctionWrite::from(*m_old);
    // CDF never returns secret values: the ones given for the redeploy, for the old keys.
    w.secrets.reset();
    if (m_old->secrets && !m_old->secrets->isEmpty()) {
        StringMap secrets;
        for (auto it = m_old->secrets->cbegin(); it != m_old->secrets->cend(); ++it)
            secrets.insert(it.key(), m_options.secrets.value(it.key()));
        w.secrets = secrets;
    }
    return w;
}

void RedeployWorkflow::restoreOld()
{
    DeployWorkflow::Options o;
    o.function = previousSettings();
    o.existingFileId = m_old->fileId;
    o.skipHandlerCheck = true;
    o.deployTimeoutMs = m_options.deployTimeoutMs;
    o.pollIntervalMs = m_options.pollIntervalMs;
    m_deploy = new DeployWorkflow(m_client, o, this);
    connect(m_deploy, &DeployWorkflow::finished, this, [this](DeployWorkflow::Stage s) {
        m_deploy->deleteLater();
        if (s == DeployWorkflow::Stage::Ready) {
            m_restored = m_deploy->function();
            m_targetId = m_restored->id;
            recreateSchedule(0);
            return;
        }
        //: %1 is why (one or more sentences).
        QString text =
            m_failureText + u" "_s + RedeployWorkflowText::tr("The previous version could not be restored either: %1").arg(m_deploy->summary());
        text += u" "_s + RedeployWorkflowText::tr("Its code is kept as file %1 and the new code as file %2.").arg(m_old->fileId).arg(*m_newFileId);
        if (m_snapshot.isEmpty()) {
            text += u" "_s + RedeployWorkflowText::tr("There were no schedules.");
        } else {
            //: %1 is the list of saved schedules, one per line.
            text += u" "_s
                + RedeployWorkflowText::tr("The schedules were NOT recreated. Their definitions and input data were saved:\n%1").arg(snapshotText());
        }
        finish(Outcome::NewVersionFailed, text);
    });
    m_deploy->start();
}

void RedeployWorkflow::recreateSchedule(int index)
{
    if (index >= m_snapshot.size()) {
        schedulesDone();
        return;
    }
    const ScheduleSnapshot snap = m_snapshot[index];
    //: %1 is a schedule's name; %2 of %3 counts the schedules.
    Q_EMIT step(RedeployWorkflowText::tr("Recreating schedule \"%1\" (%2 of %3)")
                    .arg(snap.schedule.name, QString::number(index + 1), QString::number(m_snapshot.size())));
    requestNonce(m_client, m_options.scheduleCredentials, this, [this, index, snap](const NonceResult &n) {
        if (!n) {
            m_outcomes << ScheduleOutcome{snap.schedule.name, std::nullopt, n.error().userMessage()};
            recreateSchedule(index + 1);
            return;
        }
        ScheduleWrite w;
        w.name = snap.schedule.name;
        w.cronExpression = snap.schedule.cronExpression;
        w.functionId = m_targetId;
        w.description = snap.schedule.description;
        w.data = snap.data;
        w.dataText = snap.dataText;
        w.nonce = n.value();
        SchedulesService(m_client).create(w).then(this, [this, index, snap](const Pending<FunctionSchedule>::Result &r) {
            if (r)
                m_outcomes << ScheduleOutcome{snap.schedule.name, *r, QString()};
            else
                m_outcomes << ScheduleOutcome{snap.schedule.name, std::nullopt, r.error().userMessage()};
            recreateSchedule(index + 1);
        });
    });
}

void RedeployWorkflow::schedulesDone()
{
    QStringList failed;
    for (const auto &o : std::as_const(m_outcomes))
        if (!o.created)
            failed << u"  - \"%1\": %2"_s.arg(o.name, o.error);
    QString schedules;
    if (failed.isEmpty())
        schedules =
            m_snapshot.isEmpty() ? QString() : u" "_s + RedeployWorkflowText::tr("All %n schedules were recreated.", nullptr, int(m_snapshot.size()));
    else
        //: %1 of %2 counts the schedules; %3 lists the failures, %4 the saved schedules, one per line.
        schedules = u" "_s
            + RedeployWorkflowText::tr("%1 of %2 schedules could not be recreated:\n%3\nSaved definitions:\n%4")
                  .arg(QString::number(failed.size()), QString::number(m_snapshot.size()), failed.join(u"\n"_s), snapshotText());
    const Outcome scheduleOutcome = failed.isEmpty() ? Outcome::Done : Outcome::SchedulesIncomplete;
    if (m_restored) {
        // Rolled back: the new code file is ours and no longer used.
        //: %1 is a file id, %2 a function id, %3 its name.
        const QString restored =
            RedeployWorkflowText::tr("The previous version was restored from its code file %1: function %2 (\"%3\") is Ready with its old settings.")
                .arg(QString::number(m_old->fileId), QString::number(m_restored->id), m_restored->name);
        const QString head = m_failureText + u" "_s + restored + schedules;
        removeFile(*m_newFileId, [this, head, scheduleOutcome](const QString &note) {
            finish(scheduleOutcome == Outcome::Done ? Outcome::RolledBack : Outcome::SchedulesIncomplete, head + note);
        });
        return;
    }
    //: %1 is the function's name, %2 and %3 function ids.
    const QString head = RedeployWorkflowText::tr("Redeployed \"%1\": the new function %2 is Ready (it replaces %3).")
                             .arg(m_new->name, QString::number(m_new->id), QString::number(m_old->id))
        + schedules;
    if (!m_options.removeOldCodeFile) {
        finish(scheduleOutcome, head + u" "_s + RedeployWorkflowText::tr("The previous code is kept as file %1.").arg(m_old->fileId));
        return;
    }
    removeOldCodeFile([this, head, scheduleOutcome](const QString &note) { finish(scheduleOutcome, head + note); });
}

// After success: the old code file goes, unless another function still uses it.
void RedeployWorkflow::removeOldCodeFile(std::function<void(const QString &)> done)
{
    const qint64 fileId = m_old->fileId;
    FunctionFilter f;
    f.fileId = fileId;
    f.limit = 10;
    FunctionsService(m_client).list(f).then(this, [this, fileId, done](const Pending<QList<Function>>::Result &r) {
        if (!r) {
            //: %1 is a file id, %2 the error.
            done(u" "_s
                 + RedeployWorkflowText::tr("The previous code file %1 was kept (could not check whether another function uses it: %2).")
                       .arg(QString::number(fileId), r.error().message));
            return;
        }
        if (!r->isEmpty()) {
            done(u" "_s + RedeployWorkflowText::tr("The previous code file %1 was kept: function %2 also uses it.").arg(fileId).arg(r->first().id));
            return;
        }
        removeFile(fileId, done);
    });
}

void RedeployWorkflow::removeFile(qint64 fileId, std::function<void(const QString &)> done)
{
    FilesService(m_client).remove({Identifier::byId(fileId)}, true).then(this, [fileId, done](const Pending<Empty>::Result &r) {
        if (r) {
            done(u" "_s + RedeployWorkflowText::tr("Code file %1 was removed.").arg(fileId));
        } else {
            //: %1 is a file id, %2 the error.
            done(u" "_s
                 + RedeployWorkflowText::tr("Code file %1 could not be removed (%2); delete it yourself.")
                       .arg(QString::number(fileId), r.error().message));
        }
    });
}

} // namespace fstudio::api
