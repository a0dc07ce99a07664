#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace fstudio::gui {

// Desktop notifications (through the system tray) for things the user started and is not looking
// at: a call or a deploy that ended while the window was not active. Clicking the notification
// brings what it is about forward. A setting turns them off (notifications/enabled).
class Notifier : public QObject
{
    Q_OBJECT

public:
    explicit Notifier(QWidget *window);

    static bool isEnabled();
    static void setEnabled(bool on);
    // Shows it when notifications are on and the window is not the active one; returns whether it
    // was shown (also when no tray exists: then it is only recorded, see last()).
    bool notify(const QString &title, const QString &text, std::function<void()> onClick);
    QString last() const { return m_last; } // title and text of the last one shown
    void click(); // as if the user clicked the last one (tests)

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    std::function<void()> m_onClick;
    QString m_last;
};

} // namespace fstudio::gui
