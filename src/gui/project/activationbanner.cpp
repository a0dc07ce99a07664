#include "gui/project/activationbanner.h"

#include "gui/project/projectsession.h"

#include <QAction>
#include <QPushButton>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ActivationBanner::ActivationBanner(ProjectSession *session, QAction *requestActivation, QWidget *parent)
    : MessageBar(u"activationBanner"_s, u"activationText"_s, parent)
    , m_session(session)
{
    QPushButton *activate = addButton(u"requestActivation"_s, requestActivation->text().remove(QLatin1Char('&')));
    connect(activate, &QPushButton::clicked, requestActivation, &QAction::trigger);
    connect(session, &ProjectSession::activationChanged, this, &ActivationBanner::update);
    update();
}

void ActivationBanner::update()
{
    const auto &status = m_session->activation();
    if (!status || status->state == ActivationState::Activated) {
        clear();
        return;
    }
    const QString project = m_session->profile().project;
    showMessage(
        status->state == ActivationState::Requested
            ? tr("Activation of Functions was requested for project %1. It can take a while (hours on CDF); this view refreshes by itself.")
                  .arg(project)
            : tr("Functions is not activated for project %1 (status: %2). Functions cannot be deployed until it is.").arg(project, status->text),
        Tone::Warning);
}

} // namespace fstudio::gui
