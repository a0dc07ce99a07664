#pragma once

#include "gui/widgets/messagebar.h"

#include <functional>

namespace fstudio::api {
struct ApiError;
}

namespace fstudio::gui {

class ProjectSession;

// The bar above the pages for what concerns the whole project (docs/ARCHITECTURE.md "The main
// window"): an error or notice, with the buttons that answer it. *Sign in again* after a refused
// token; *Retry* while the project shows its last-known state, cannot be reached or could not
// be connected (reopen is called when there is no connection to refresh); *Dismiss*.
class ProjectMessageBar : public MessageBar
{
    Q_OBJECT

public:
    ProjectMessageBar(ProjectSession *session, std::function<void()> reopen, QWidget *parent = nullptr);
    // Empty text hides the bar (and the sign-in button). dedupeKey: see MessageBar.
    void showText(const QString &text, bool error, const QString &dedupeKey = {});
    // A cancelled request says nothing; the same failure again is counted, not shown anew.
    void showError(const api::ApiError &error);

private:
    ProjectSession *m_session;
    QPushButton *m_signInAgain;
    QPushButton *m_retry;
};

} // namespace fstudio::gui
