#include "gui/project/projectstatusbar.h"

#include "gui/profiles/localemulator.h"
#include "gui/project/projectsession.h"

#include "gui/widgets/tones.h"

#include <QDateTime>
#include <QLabel>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProjectStatusBar::ProjectStatusBar(ProjectSession *session, QWidget *parent)
    : QStatusBar(parent)
    , m_session(session)
{
    auto label = [](const QString &name) {
        auto *l = new QLabel;
        l->setObjectName(name);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_project = label(u"statusProject"_s);
    m_activation = label(u"statusActivation"_s);
    m_limits = label(u"statusLimits"_s);
    m_network = label(u"statusNetwork"_s);
    m_stale = label(u"statusStale"_s);
    m_stale->hide();
    addWidget(m_stale);
    addWidget(m_project);
    addWidget(m_activation);
    addWidget(m_limits, 1);
    addPermanentWidget(m_network);
    auto quiet = [this] { return m_session->isOffline() ? tr("offline") : tr("idle"); };
    m_network->setText(quiet());
    for (auto signal :
         {&ProjectSession::profileChanged, &ProjectSession::connectionChanged, &ProjectSession::limitsChanged, &ProjectSession::activationChanged})
        connect(session, signal, this, &ProjectStatusBar::update);
    connect(session, &ProjectSession::profileChanged, this, [this, quiet] { m_network->setText(quiet()); });
    for (auto signal : {&ProjectSession::staleChanged, &ProjectSession::offlineChanged})
        connect(session, signal, this, &ProjectStatusBar::updateStale);
    connect(session, &ProjectSession::offlineChanged, this, [this, quiet] {
        m_network->setText(quiet());
        m_network->setToolTip(m_session->isOffline() ? tr("The project could not be reached at the last try: Refresh (F5) tries again.") : QString());
    });
    connect(session, &ProjectSession::activityChanged, this,
            [this, quiet](int n) { m_network->setText(n > 0 ? tr("⟳ %n request(s) in flight", nullptr, n) : quiet()); });
    // Say what the client is doing while it waits to try again, so a slow screen has a reason.
    connect(session, &ProjectSession::retrying, this, [this](const QString &text, int delayMs) {
        showMessage(text, delayMs + 3000);
        m_lastRetryMessage = text;
    });
    update();
}

void ProjectStatusBar::updateStale()
{
    m_stale->setVisible(m_session->isStale());
    if (!m_session->isStale())
        return;
    const QString when = QDateTime::fromMSecsSinceEpoch(m_session->staleSinceMs()).toString(u"yyyy-MM-dd HH:mm"_s);
    m_stale->setText(m_session->isOffline() ? tr("Last known state of %1 (the project cannot be reached)").arg(when)
                                            : tr("Last known state of %1, refreshing…").arg(when));
    m_stale->setToolTip(tr("What the app knew of this project when it last read it. It is replaced as soon as the project answers; until "
                           "then nothing can be changed."));
    m_stale->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(Tones::foreground(Tone::Warning, palette()).name()));
}

void ProjectStatusBar::update()
{
    const Profile &profile = m_session->profile();
    if (profile.isLocalEmulator()) {
        QString state;
        switch (m_session->emulator()->state()) {
        case LocalEmulator::State::Starting: state = tr("starting…"); break;
        case LocalEmulator::State::Running: state = m_session->emulator()->baseUrl().toString(); break;
        case LocalEmulator::State::Failed: state = tr("failed"); break;
        case LocalEmulator::State::Stopped: state = tr("stopped"); break;
        }
        m_project->setText(tr("Local emulator (%1) — project %2").arg(state, profile.project));
    } else {
        m_project->setText(profile.id.isEmpty() ? QString() : tr("Project %1 on %2").arg(profile.project, profile.cluster));
    }
    QString activation;
    if (const auto &a = m_session->activation()) {
        switch (a->state) {
        case ActivationState::Activated: activation = tr("Functions: activated"); break;
        case ActivationState::Requested: activation = tr("Functions: activation requested"); break;
        case ActivationState::Inactive: activation = tr("Functions: not activated"); break;
        case ActivationState::Unknown: activation = tr("Functions: %1").arg(a->text); break;
        }
    }
    m_activation->setText(activation);
    if (const auto &limits = m_session->limits())
        m_limits->setText(tr("Limits: %1 min timeout, CPU ≤ %L2, memory ≤ %L3 GB, %4")
                              .arg(limits->timeoutMinutes)
                              .arg(limits->cpuCores.max)
                              .arg(limits->memoryGb.max)
                              .arg(limits->runtimes.join(u", "_s)));
    else
        m_limits->clear();
}

} // namespace fstudio::gui
