#include "gui/deploy/promotion.h"

#include "gui/deploy/tempfolder.h"

#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/transport/cdfclient.h"

#include "core/wire/functionfilter.h"
#include "core/wire/schedulefilter.h"

#include <QDir>
#include <QFile>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

Promotion::Promotion(const Project &source, const Function &function, const Project &target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_function(function)
{
    m_state.client = target.client;
    m_state.project = target.project;
    m_state.scheduleCredentials = target.credentials;
    m_state.promotion = DeployState::Promotion{source.project, function, {}, {}, {}, {}};
}

void Promotion::start()
{
    if (!m_source.client || !m_state.client) {
        fail(tr("The connection closed."));
        return;
    }
    readLimits();
}

void Promotion::fail(const QString &why)
{
    Q_EMIT failed(why);
}

void Promotion::readLimits()
{
    Q_EMIT step(tr("Reading the limits of %1…").arg(m_state.project));
    api::FunctionsService(m_state.client).limits().then(this, [this](const api::Pending<FunctionsLimits>::Result &r) {
        if (!r) {
            fail(tr("Could not reach the project %1: %2").arg(m_state.project, r.error().userMessage()));
            return;
        }
        m_state.limits = *r;
        findInTarget();
    });
}

// A function with the same external id in the target is replaced by a new version (its schedules
// stay); without an external id, nothing ties the two together and a new function is made.
void Promotion::findInTarget()
{
    if (!m_function.externalId) {
        // Nothing ties the two together: a function of the same name in the target is worth a
        // warning (promoting twice would make a second one).
        FunctionFilter all;
        all.limit = FunctionFilter::MaxLimit;
        api::FunctionsService(m_state.client).list(all).then(this, [this](const api::Pending<QList<Function>>::Result &r) {
            if (r)
                for (const Function &f : *r)
                    if (f.name == m_function.name)
                        m_state.promotion->sameNameInTarget = f;
            download();
        });
        return;
    }
    Q_EMIT step(tr("Looking for %1 in %2…").arg(*m_function.externalId, m_state.project));
    api::FunctionsService(m_state.client)
        .retrieve(Identifier::byExternalId(*m_function.externalId))
        .then(this, [this](const api::Pending<std::optional<Function>>::Result &r) {
            if (!r) {
                fail(tr("Could not look for %1 in %2: %3").arg(*m_function.externalId, m_state.project, r.error().userMessage()));
                return;
            }
            m_state.redeployOf = *r;
            download();
        });
}

void Promotion::download()
{
    Q_EMIT step(tr("Downloading the code of %1 from %2…").arg(m_function.name, m_source.project));
    api::FilesService(m_source.client).downloadLink(m_function.fileId).then(this, [this](const api::Pending<QUrl>::Result &link) {
        if (!link) {
            fail(tr("Could not get the code of %1 (file %2): %3")
                     .arg(m_function.name, QString::number(m_function.fileId), link.error().userMessage()));
            return;
        }
        api::FilesService(m_source.client).download(*link).then(this, [this](const api::Pending<QByteArray>::Result &bytes) {
            if (!bytes) {
                fail(tr("Could not download the code of %1: %2").arg(m_function.name, bytes.error().userMessage()));
                return;
            }
            auto dir = makeTemporaryFolder();
            // Named after the function, so the wizard shows which code it is.
            QString base = m_function.externalId.value_or(m_function.name);
            base.replace(QLatin1Char('/'), QLatin1Char('-'));
            const QString path = dir->filePath(base.left(100) + u".zip"_s);
            QFile f(path);
            if (!dir->isValid() || !f.open(QIODevice::WriteOnly) || f.write(*bytes) != bytes->size() || !f.flush()) {
                fail(tr("Could not keep the downloaded code in %1: %2").arg(QDir::toNativeSeparators(dir->path()), f.errorString()));
                return;
            }
            m_state.promotion->download = dir;
            m_state.sourcePath = path;
            readSchedules();
        });
    });
}

void Promotion::readSchedules()
{
    if (m_state.redeployOf) { // a new version keeps the target's own schedules
        Q_EMIT ready();
        return;
    }
    Q_EMIT step(tr("Reading the schedules of %1…").arg(m_function.name));
    ScheduleFilter filter;
    filter.functionId = m_function.id;
    api::SchedulesService(m_source.client).list(filter).then(this, [this](const api::Pending<QList<FunctionSchedule>>::Result &r) {
        if (!r) {
            fail(tr("Could not read the schedules of %1: %2").arg(m_function.name, r.error().userMessage()));
            return;
        }
        for (const FunctionSchedule &s : *r)
            m_state.promotion->schedules << api::RedeployWorkflow::ScheduleSnapshot{s, std::nullopt};
        readInputData(0);
    });
}

void Promotion::readInputData(int index)
{
    auto &schedules = m_state.promotion->schedules;
    if (index >= schedules.size()) {
        Q_EMIT ready();
        return;
    }
    api::SchedulesService(m_source.client)
        .inputData(schedules[index].schedule.id)
        .then(this, [this, index](const api::Pending<ScheduleInputData>::Result &r) {
            auto &snapshots = m_state.promotion->schedules;
            if (!r) {
                fail(tr("Could not read the input data of schedule %1: %2").arg(snapshots[index].schedule.name, r.error().userMessage()));
                return;
            }
            snapshots[index].data = r->data;
            readInputData(index + 1);
        });
}

} // namespace fstudio::gui
