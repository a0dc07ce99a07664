#pragma once

#include <QStatusBar>

class QLabel;

namespace fstudio::gui {

class ProjectSession;

// The window's status bar, following the session: which project (and, for the local emulator,
// its state), Functions' activation, the project's limits, requests in flight, and why the
// client waits before trying again.
class ProjectStatusBar : public QStatusBar
{
    Q_OBJECT

public:
    explicit ProjectStatusBar(ProjectSession *session, QWidget *parent = nullptr);
    QString lastRetryMessage() const { return m_lastRetryMessage; } // what it said last about a retry

private:
    void update();
    void updateStale();
    ProjectSession *m_session;
    QLabel *m_project;
    QLabel *m_activation;
    QLabel *m_limits;
    QLabel *m_network;
    QLabel *m_stale; // shown while the last-known state from the disk is on screen
    QString m_lastRetryMessage;
};

} // namespace fstudio::gui
