#include "gui/project/projectmessagebar.h"

#include "gui/project/projectsession.h"

#include "api/transport/apierror.h"

#include <QPushButton>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

ProjectMessageBar::ProjectMessageBar(ProjectSession *session, std::function<void()> reopen, QWidget *parent)
    : MessageBar(u"errorBar"_s, u"errorText"_s, parent)
    , m_session(session)
{
    m_signInAgain = addButton(u"signInAgain"_s, tr("Sign in again"));
    m_signInAgain->hide();
    connect(m_signInAgain, &QPushButton::clicked, this, [this] {
        showText(QString(), false);
        m_session->signInAgain();
    });
    m_retry = addButton(u"retryProject"_s, tr("Retry"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, [this, reopen = std::move(reopen)] {
        showText(QString(), false);
        if (m_session->isOpen())
            m_session->refresh();
        else if (!m_session->profile().id.isEmpty())
            reopen(); // the connection could not be made: make it again
    });
    connect(addButton(u"dismissError"_s, tr("Dismiss")), &QPushButton::clicked, this, [this] { showText(QString(), false); });
    connect(session, &ProjectSession::signInNeeded, this, [this](const api::ApiError &e) {
        showError(e);
        m_signInAgain->show();
    });
}

void ProjectMessageBar::showText(const QString &text, bool error, const QString &dedupeKey)
{
    if (text.isEmpty())
        m_signInAgain->hide();
    m_retry->setVisible(error && (m_session->isStale() || m_session->isOffline() || !m_session->isOpen()));
    showMessage(text, error ? Tone::Negative : Tone::Active, dedupeKey);
}

void ProjectMessageBar::showError(const api::ApiError &e)
{
    if (e.isCancelled())
        return;
    showText(e.userMessage(), true, e.sameFailureKey());
}

} // namespace fstudio::gui
