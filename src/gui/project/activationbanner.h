#pragma once

#include "gui/widgets/messagebar.h"

class QAction;

namespace fstudio::gui {

class ProjectSession;

// Above the pages while Functions is not activated for the session's project (or activation was
// requested and CDF is still at it), with a button for Project ▸ Request Functions Activation.
class ActivationBanner : public MessageBar
{
    Q_OBJECT

public:
    ActivationBanner(ProjectSession *session, QAction *requestActivation, QWidget *parent = nullptr);

private:
    void update();
    ProjectSession *m_session;
};

} // namespace fstudio::gui
