#include "gui/widgets/notifier.h"

#include "gui/appsettings.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

Notifier::Notifier(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

bool Notifier::isEnabled()
{
    return AppSettings::instance()->notifications();
}

void Notifier::setEnabled(bool on)
{
    AppSettings::instance()->setNotifications(on);
}

bool Notifier::notify(const QString &title, const QString &text, std::function<void()> onClick)
{
    if (!isEnabled() || (m_window && m_window->isActiveWindow()))
        return false;
    m_last = title + u'\n' + text;
    m_onClick = std::move(onClick);
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable() && m_window) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &Notifier::click);
        connect(m_tray, &QSystemTrayIcon::activated, this, &Notifier::click);
        m_tray->show();
    }
    if (m_tray)
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 10000);
    return true;
}

void Notifier::click()
{
    if (m_window) {
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    if (m_onClick)
        m_onClick();
}

} // namespace fstudio::gui
