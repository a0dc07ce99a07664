#include "redeployworkflow.h"

#include "cdfclient.h"
#include "functionsservice.h"
#include "schedulesservice.h"

#include <QJsonDocument>

namespace fstudio::api {

using namespace Qt::StringLiterals;

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
    for (const auto &s : m_snapshot)
        lines << u"  - \"%1\": %2 (%3)%4"_s.arg(s.schedule.name, s.schedule.cronExpression, s.schedule.when,
                                              s.data ? u", input data "_s + QString::fromUtf8(QJsonDocument(*s.data).toJson(QJsonDocument::Compact)) : QString());
    return lines.join(u"\n"_s);
}

void RedeployWorkflow::start()
{
    Q_EMIT step(u"Reading function %1"_s.arg(m_options.functionId));
    FunctionsService(m_client).retrieve(Identifier::byId(m_options.functionId)).then(this, [this](const Pending<std::optional<Function>>::Result &r) {
        if (!r || !r->has_value()) {
            finish(Outcome::FailedBeforeChanges, r ? u"Function %1 does not exist; nothing was changed."_s.arg(m_options.functionId)
                                                   : r.error().userMessage() + u" Nothing was changed."_s);
            return;
        }
        m_old = **r;
        if (m_options.settings) {
            m_write = *m_options.settings;
        } else {
            m_write.name = m_old->name;
            m_write.externalId = m_old->externalId;
            m_write.description = m_old->description;
            m_write.owner = m_old->owner;
            m_write.functionPath = m_old->functionPath;
            m_write.envVars = m_old->envVars;
            m_write.cpu = m_old->cpu;
            m_write.memory = m_old->memory;
            m_write.runtime = m_old->runtime;
            m_write.metadata = m_old->metadata;
        }
        if (!m_options.secrets.isEmpty())
            m_write.secrets = m_options.secrets;
        const QStringList oldKeys = m_old->secrets.value_or(StringMap()).keys();
        QStringList missingKeys;
        for (const QString &k : oldKeys)
            if (!m_options.secrets.contains(k))
                missingKeys << k;
        if (!missingKeys.isEmpty()) {
            finish(Outcome::FailedBeforeChanges,
                   u"The function has secrets (%1) whose values CDF never returns; give them again to redeploy. Nothing was changed."_s
                       .arg(missingKeys.join(u", "_s)));
            return;
        }
        snapshotSchedules();
    });
}

void RedeployWorkflow::snapshotSchedules()
{
    Q_EMIT step(u"Saving the schedules and their input data"_s);
    ScheduleFilter f;
    f.functionId = m_old->id;
    f.limit = ScheduleFilter::MaxLimit;
    SchedulesService(m_client).list(f).then(this, [this](const Pending<QList<FunctionSchedule>>::Result &r) {
        if (!r) {
            finish(Outcome::FailedBeforeChanges, r.error().userMessage() + u" Nothing was changed."_s);
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
                   u"Could not read the input data of schedule \"%1\": %2 Nothing was changed."_s.arg(m_snapshot[index].schedule.name, r.error().userMessage()));
            return;
        }
        m_snapshot[index].data = r->data;
        readInputData(index + 1);
    });
}

void RedeployWorkflow::uploadNewCode()
{
    Q_EMIT step(u"Checking, packaging and uploading the new code"_s);
    DeployWorkflow::Options o;
    o.folder = m_options.folder;
    o.function = m_write;
    o.uploadOnly = true;
    o.pollIntervalMs = m_options.pollIntervalMs;
    m_deploy = new DeployWorkflow(m_client, o, this);
    connect(m_deploy, &DeployWorkflow::finished, this, [this](DeployWorkflow::Stage s) {
        m_deploy->deleteLater();
        if (s != DeployWorkflow::Stage::Uploaded) {
            finish(Outcome::FailedBeforeChanges, m_deploy->summary() + u" The old function and its schedules were not touched."_s);
            return;
        }
        m_newFileId = m_deploy->fileId();
        deleteOld();
    });
    m_deploy->start();
}

void RedeployWorkflow::deleteOld()
{
    Q_EMIT step(u"Deleting the old function %1"_s.arg(m_old->id));
    FunctionsService(m_client).remove({Identifier::byId(m_old->id)}, true).then(this, [this](const Pending<Empty>::Result &r) {
        if (!r) {
            finish(Outcome::FailedBeforeChanges,
                   u"Could not delete the old function: %1 The old function and its schedules are unchanged; the new code was uploaded as file %2."_s
                       .arg(r.error().userMessage())
                       .arg(*m_newFileId));
            return;
        }
        createNew();
    });
}

void RedeployWorkflow::createNew()
{
    Q_EMIT step(u"Creating the new function and waiting until it is Ready"_s);
    DeployWorkflow::Options o;
    o.function = m_write;
    o.existingFileId = m_newFileId;
    o.deployTimeoutMs = m_options.deployTimeoutMs;
    o.pollIntervalMs = m_options.pollIntervalMs;
    m_deploy = new DeployWorkflow(m_client, o, this);
    connect(m_deploy, &DeployWorkflow::finished, this, [this](DeployWorkflow::Stage s) {
        m_deploy->deleteLater();
        m_new = m_deploy->function();
        if (s != DeployWorkflow::Stage::Ready) {
            QString text = u"The old function %1 was deleted (with its %2 schedules). "_s.arg(m_old->id).arg(m_snapshot.size());
            text += m_new ? u"The new function %1 is %2: %3 "_s.arg(m_new->id).arg(toWire(m_new->status), m_deploy->summary())
                          : u"The new function could not be created: %1 "_s.arg(m_deploy->summary());
            text += m_snapshot.isEmpty() ? u"There were no schedules to recreate."_s
                                         : u"The schedules were NOT recreated. Their definitions and input data were saved:\n"_s + snapshotText();
            finish(Outcome::NewVersionFailed, text);
            return;
        }
        recreateSchedule(0);
    });
    m_deploy->start();
}

void RedeployWorkflow::recreateSchedule(int index)
{
    if (index >= m_snapshot.size()) {
        QStringList failed;
        for (const auto &o : std::as_const(m_outcomes))
            if (!o.created)
                failed << u"  - \"%1\": %2"_s.arg(o.name, o.error);
        const QString head = u"Redeployed \"%1\": the new function %2 is Ready (it replaces %3)."_s.arg(m_new->name).arg(m_new->id).arg(m_old->id);
        if (failed.isEmpty()) {
            finish(Outcome::Done, head + (m_snapshot.isEmpty() ? QString() : u" All %1 schedules were recreated."_s.arg(m_snapshot.size())));
        } else {
            finish(Outcome::SchedulesIncomplete, head + u" %1 of %2 schedules could not be recreated:\n%3\nSaved definitions:\n%4"_s
                                                           .arg(failed.size())
                                                           .arg(m_snapshot.size())
                                                           .arg(failed.join(u"\n"_s), snapshotText()));
        }
        return;
    }
    const ScheduleSnapshot snap = m_snapshot[index];
    Q_EMIT step(u"Recreating schedule \"%1\" (%2 of %3)"_s.arg(snap.schedule.name).arg(index + 1).arg(m_snapshot.size()));
    requestNonce(m_client, m_options.scheduleCredentials, this, [this, index, snap](const NonceResult &n) {
        if (!n) {
            m_outcomes << ScheduleOutcome{snap.schedule.name, std::nullopt, n.error().userMessage()};
            recreateSchedule(index + 1);
            return;
        }
        ScheduleWrite w;
        w.name = snap.schedule.name;
        w.cronExpression = snap.schedule.cronExpression;
        w.functionId = m_new->id;
        w.description = snap.schedule.description;
        w.data = snap.data;
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

} // namespace fstudio::api
