#include "gui/deploy/deploycontroller.h"

#include "gui/deploy/deployprogresspage.h"
#include "gui/deploy/deploysourcepage.h"
#include "gui/deploy/deploywizard.h"
#include "gui/deploy/promotion.h"
#include "gui/deploy/toolkitexporter.h"
#include "gui/profiles/profilestore.h"
#include "gui/project/codedrift.h"
#include "gui/project/projectsession.h"
#include "gui/widgets/messageboxes.h"
#include "gui/widgets/notifier.h"

#include <QDir>
#include <QFileInfo>
#include <QTimer>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

DeployController::DeployController(ProjectSession *session, ProfileStore *profiles, Notifier *notifier, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_profiles(profiles)
    , m_notifier(notifier)
    , m_window(window)
{
    connect(session, &ProjectSession::closing, this, [this] {
        // A wizard of the closed connection has nothing to deploy to. A promotion's wizard has a
        // connection of its own to the target: it stays.
        if (m_wizard && !m_wizard->state().promotion) {
            m_wizard->hide();
            m_wizard->deleteLater();
            m_wizard = nullptr;
        }
    });
    connect(session, &ProjectSession::connectionChanged, this, [this] {
        if (m_pending && m_session->isOpen())
            QTimer::singleShot(0, this, [this] {
                if (m_pending && m_session->isOpen())
                    open(*std::exchange(m_pending, std::nullopt));
            });
    });
}

DeployWizard *DeployController::wizard() const
{
    return m_wizard;
}

bool DeployController::isDeploying() const
{
    return m_wizard && m_wizard->progressPage()->isRunning();
}

bool DeployController::isDeployingHere() const
{
    return isDeploying() && !m_wizard->state().promotion;
}

void DeployController::open(const QString &path, const std::optional<Function> &redeployOf)
{
    if (!m_session->isOpen()) {
        m_pending = path; // --deploy PATH before the project is connected
        return;
    }
    if (m_wizard) { // one at a time: show the one that is open
        m_wizard->raise();
        m_wizard->activateWindow();
        if (!path.isEmpty() && m_wizard->currentId() == DeployWizard::SourcePageId)
            m_wizard->sourcePage()->setSourcePath(path);
        return;
    }
    // The settings are bounded by the project's limits: read first when no refresh has yet.
    const int generation = m_session->generation();
    m_session->withLimits([this, generation, path, redeployOf] {
        if (!m_session->isCurrent(generation) || m_wizard)
            return;
        DeployState state;
        state.project = m_session->context();
        state.redeployOf = redeployOf;
        state.knownFunctions = m_session->functions();
        state.sourcePath = path;
        // A new version starts from the folder the function was deployed from, when the app knows it.
        if (redeployOf && path.isEmpty() && state.project.client)
            if (const QString folder = CodeDrift::folderFor(state.project.client->config().baseUrl, state.project.name, *redeployOf);
                !folder.isEmpty() && QFileInfo(folder).isDir())
                state.sourcePath = folder;
        show(std::move(state));
    });
}

void DeployController::show(DeployState state)
{
    const bool promotion = state.promotion.has_value();
    const QString target = state.project.name;
    auto *wizard = new DeployWizard(std::move(state), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard = wizard;
    const int generation = m_session->generation();
    connect(wizard, &DeployWizard::deployed, this, [this, generation, promotion, target](const Function &f) {
        if (promotion)
            Q_EMIT message(tr("%1 is promoted to %2 and Ready there.").arg(f.name, target), false);
        else if (m_session->isCurrent(generation)) // not to a project the window no longer shows
            Q_EMIT deployed(f);
    });
    connect(wizard, &DeployWizard::callRequested, this, [this, generation, promotion](const Function &f) {
        if (!promotion && m_session->isCurrent(generation))
            Q_EMIT callRequested(f);
    });
    connect(wizard, &DeployWizard::scheduleRequested, this, [this, generation, promotion](const Function &f) {
        if (!promotion && m_session->isCurrent(generation))
            Q_EMIT scheduleRequested(f);
    });
    // CDF deletes the old version's calls with it: the history reads its newest ones first (the
    // code upload comes before the delete), so they are kept (docs/ARCHITECTURE.md "History
    // across versions").
    connect(wizard->progressPage(), &DeployProgressPage::redeployStarting, this, [this, generation, promotion] {
        if (!promotion && m_session->isCurrent(generation))
            m_session->readCallsSince(0);
    });
    const QPointer<DeployWizard> guard(wizard);
    connect(wizard->progressPage(), &DeployProgressPage::finishedDeploy, this, [this, guard, target](bool ready) {
        if (!guard)
            return;
        m_notifier->notify(ready ? tr("Deployed to %1").arg(target) : tr("Deploy to %1 did not finish").arg(target),
                           guard->progressPage()->outcomeText().section(u'\n', 0, 0), [guard] {
                               if (guard) {
                                   guard->raise();
                                   guard->activateWindow();
                               }
                           });
    });
    wizard->show();
}

void DeployController::choosePromotionTarget(const Function &function)
{
    QList<Profile> others = m_profiles->load();
    others.removeIf([this](const Profile &p) { return p.id == m_session->profile().id; });
    if (others.isEmpty()) {
        Q_EMIT message(tr("There is no other profile to promote to: add the target project's profile first (File ▸ New Profile…)."), true);
        return;
    }
    const int generation = m_session->generation();
    Promotion::chooseTarget(m_window, function, m_session->profile().project, others, [this, function, generation](const QString &id) {
        if (m_session->isCurrent(generation))
            promote(function, id);
    });
}

void DeployController::exportToolkit(const Function &function)
{
    if (!m_session->isOpen())
        return;
    const int generation = m_session->generation();
    // Where it was deployed from, if the app did it: the module's functions/ folder, most likely.
    const QString deployedFrom = CodeDrift::folderFor(m_session->client()->config().baseUrl, m_session->profile().project, function);
    const QString start = deployedFrom.isEmpty() ? QDir::homePath() : QFileInfo(deployedFrom).path();
    MessageBoxes::chooseFile(
        m_window, tr("Export %1: the Toolkit module's functions folder").arg(function.name), start, {}, true,
        [this, function, generation](const QString &folder) {
            if (!m_session->isCurrent(generation))
                return;
            const auto go = [this, function, folder] {
                auto *e = new ToolkitExporter(m_session->client(), function, folder, this);
                connect(e, &ToolkitExporter::finished, this, [this](bool ok, const QString &text) { Q_EMIT message(text, !ok); });
                Q_EMIT message(tr("Exporting %1…").arg(function.name), false);
                e->start();
            };
            QStringList there = ToolkitExporter::targetsFor(function, folder);
            there.removeIf([](const QString &p) { return !QFileInfo::exists(p); });
            if (there.isEmpty())
                return go();
            QStringList names;
            for (const QString &p : std::as_const(there))
                names << QFileInfo(p).fileName();
            QString text = tr("%1 already holds %2. Replace them with the export of %3? They go to the trash; what "
                              "else is in the folder stays.")
                               .arg(QDir::toNativeSeparators(folder), names.join(u", "_s), function.name);
            // The folder the function was deployed from: the working copy would go.
            const QString workingCopy = CodeDrift::folderFor(m_session->client()->config().baseUrl, m_session->profile().project, function);
            if (!workingCopy.isEmpty() && there.contains(QFileInfo(workingCopy).absoluteFilePath()))
                text += u"\n\n"_s
                    + tr("%1 is the folder %2 was deployed from: your working copy there would be replaced by the "
                         "deployed code.")
                          .arg(QDir::toNativeSeparators(workingCopy), function.name);
            MessageBoxes::ask(m_window, tr("Replace the Export?"), text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                              {{QMessageBox::Yes, tr("&Replace")}}, [go](QMessageBox::StandardButton b) {
                                  if (b == QMessageBox::Yes)
                                      go();
                              });
        });
}

void DeployController::promote(const Function &function, const QString &targetProfileId)
{
    if (!m_session->isOpen())
        return;
    if (m_wizard) {
        m_wizard->raise();
        Q_EMIT message(tr("A deploy wizard is open: close it first, then promote %1.").arg(function.name), true);
        return;
    }
    const std::optional<Profile> target = m_profiles->find(targetProfileId);
    if (!target) {
        Q_EMIT message(tr("The profile %1 no longer exists.").arg(targetProfileId), true);
        return;
    }
    QString problem;
    auto *promotion = Promotion::begin({m_session->client(), m_session->profile().project, {}}, function, *target, m_session->secrets(),
                                       m_session->emulator(), this, &problem);
    if (!promotion) {
        Q_EMIT message(problem, true);
        return;
    }
    connect(promotion, &Promotion::step, this, [this](const QString &s) { Q_EMIT message(s, false); });
    connect(promotion, &Promotion::failed, this,
            [this, name = function.name](const QString &why) { Q_EMIT message(tr("Could not promote %1: %2").arg(name, why), true); });
    connect(promotion, &Promotion::ready, this, [this, promotion] {
        if (m_wizard) { // opened meanwhile
            Q_EMIT message(tr("A deploy wizard is open: close it first, then promote again."), true);
            return;
        }
        Q_EMIT message(QString(), false);
        show(promotion->state()); // the wizard takes the target's connection over
    });
}

} // namespace fstudio::gui
