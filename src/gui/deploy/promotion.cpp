#include "gui/deploy/promotion.h"

#include "gui/deploy/tempfolder.h"
#include "gui/profiles/localemulator.h"
#include "gui/profiles/projectconnection.h"
#include "gui/profiles/secretvault.h"

#include "api/auth/tokenprovider.h"
#include "api/services/filesservice.h"
#include "api/services/functionsservice.h"
#include "api/services/schedulesservice.h"
#include "api/transport/cdfclient.h"
#include "api/workflows/schedulesnapshots.h"

#include "core/wire/functionfilter.h"
#include "core/wire/schedulefilter.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QInputDialog>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

Promotion::Promotion(const Project &source, const Function &function, const Project &target, QObject *parent)
    : QObject(parent)
    , m_source(source)
    , m_function(function)
{
    m_state.project.client = target.client;
    m_state.project.name = target.project;
    m_state.project.credentials = target.credentials;
    m_state.promotion = DeployState::Promotion{source.project, function, {}, {}, {}, {}};
}

void Promotion::chooseTarget(QWidget *parent, const Function &function, const QString &fromProject, const QList<Profile> &others,
                             std::function<void(const QString &profileId)> chosen)
{
    QStringList labels;
    QStringList ids;
    for (const Profile &p : others) {
        labels << tr("%1 (project %2)").arg(p.name, p.project);
        ids << p.id;
    }
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"promoteDialog"_s);
    dialog->setWindowTitle(tr("Promote %1").arg(function.name));
    dialog->setLabelText(tr("Deploy %1 with its settings and schedules from %2 to the project of:").arg(function.name, fromProject));
    dialog->setComboBoxItems(labels);
    dialog->setOkButtonText(tr("Continue"));
    QObject::connect(dialog, &QInputDialog::accepted, dialog, [dialog, labels, ids, chosen] {
        if (const int i = int(labels.indexOf(dialog->textValue())); i >= 0)
            chosen(ids[i]);
    });
    dialog->open();
}

Promotion *Promotion::begin(const Project &source, const Function &function, const Profile &target, SecretVault *secrets,
                            const LocalEmulator *emulator, QObject *parent, QString *problem)
{
    ProjectConnection::Emulator local;
    if (target.isLocalEmulator()) {
        if (!emulator || emulator->state() != LocalEmulator::State::Running) {
            *problem = tr("The local emulator is not running: open its profile once to start it, then promote again.");
            return nullptr;
        }
        local = {emulator->baseUrl(), emulator->clientSecret()};
    }
    auto *connection = new ProjectConnection(target, secrets, local);
    if (!connection->problem().isEmpty()) {
        *problem = tr("Cannot connect to %1: %2").arg(target.name, connection->problem());
        delete connection;
        return nullptr;
    }
    auto *promotion = new Promotion(source, function, {connection->client(), target.project, connection->nonceSource()}, parent);
    connection->setParent(promotion); // until the wizard takes it over (DeployWizard)
    connect(connection, &ProjectConnection::openBrowser, promotion, [](const QUrl &url) { QDesktopServices::openUrl(url); });
    connect(connection, &ProjectConnection::deviceCode, promotion,
            [promotion, name = target.name](const QUrl &uri, const QString &code, const QString &) {
                Q_EMIT promotion->step(tr("To sign in to %1, open %2 and enter the code %3.").arg(name, uri.toString(), code));
            });
    // Before anyone else hears ready(): signed in by now, a client-credentials profile has read its
    // secret, so its client is what the schedules use by default.
    connect(promotion, &Promotion::ready, promotion, [promotion, connection] {
        promotion->m_state.project.credentials = connection->nonceSource();
        promotion->m_state.promotion->targetConnection = connection;
        promotion->deleteLater();
    });
    connect(promotion, &Promotion::failed, promotion, &QObject::deleteLater);
    if (!target.signsInAsUser()) {
        QMetaObject::invokeMethod(promotion, &Promotion::start, Qt::QueuedConnection); // once the caller has connected
        return promotion;
    }
    // Queued, like start(): whatever happens, the caller has connected to it by then.
    QMetaObject::invokeMethod(
        promotion,
        [promotion, connection, name = target.name] {
            Q_EMIT promotion->step(tr("Signing in to %1…").arg(name));
            connection->tokens()->signIn(promotion, [promotion, name](const api::TokenResult &t) {
                if (t)
                    promotion->start();
                else
                    Q_EMIT promotion->failed(tr("Signing in to %1 failed: %2").arg(name, t.error().userMessage()));
            });
        },
        Qt::QueuedConnection);
    return promotion;
}

void Promotion::start()
{
    if (!m_source.client || !m_state.project.client) {
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
    Q_EMIT step(tr("Reading the limits of %1…").arg(m_state.project.name));
    api::FunctionsService(m_state.project.client).limits().then(this, [this](const api::Pending<FunctionsLimits>::Result &r) {
        if (!r) {
            fail(tr("Could not reach the project %1: %2").arg(m_state.project.name, r.error().userMessage()));
            return;
        }
        m_state.project.limits = *r;
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
        api::FunctionsService(m_state.project.client).list(all).then(this, [this](const api::Pending<QList<Function>>::Result &r) {
            if (r)
                for (const Function &f : *r)
                    if (f.name == m_function.name)
                        m_state.promotion->sameNameInTarget = f;
            download();
        });
        return;
    }
    Q_EMIT step(tr("Looking for %1 in %2…").arg(*m_function.externalId, m_state.project.name));
    api::FunctionsService(m_state.project.client)
        .retrieve(Identifier::byExternalId(*m_function.externalId))
        .then(this, [this](const api::Pending<std::optional<Function>>::Result &r) {
            if (!r) {
                fail(tr("Could not look for %1 in %2: %3").arg(*m_function.externalId, m_state.project.name, r.error().userMessage()));
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
    api::readScheduleSnapshots(m_source.client, m_function.id, this, [this](const api::ScheduleSnapshotsRead &read) {
        if (read.error && read.failedSchedule.isEmpty())
            return fail(tr("Could not read the schedules of %1: %2").arg(m_function.name, read.error->userMessage()));
        if (read.error)
            return fail(tr("Could not read the input data of schedule %1: %2").arg(read.failedSchedule, read.error->userMessage()));
        m_state.promotion->schedules = read.snapshots;
        Q_EMIT ready();
    });
}

} // namespace fstudio::gui
