#pragma once

#include <QFont>
#include <QObject>
#include <QSettings>
#include <QString>
#include <QTimeZone>

namespace fstudio::gui {

// The user's preferences, typed, with every key and default defined once (appsettings.cpp).
// Stored in QSettings under "preferences/". Changing one emits changed(); the window, the log
// viewers, the schedule editor and the notifier read them from here. (Window layout, profiles
// and remembered deploy inputs are state, not preferences: they keep their own keys.)
class AppSettings : public QObject
{
    Q_OBJECT

public:
    enum class Theme { System, Light, Dark };

    static AppSettings *instance(); // one per application (a child of qApp)

    QString language() const; // "" = the system's; else a code from availableLanguages() (gui/language.h)
    void setLanguage(const QString &code); // takes effect at the next start
    Theme theme() const;
    void setTheme(Theme t);
    int autoRefreshSeconds() const; // 0 = off; 5 to 3600
    void setAutoRefreshSeconds(int seconds);
    bool notifications() const;
    void setNotifications(bool on);
    // The most the cache of call logs for the search across calls may hold, over every project
    // (gui/logs/logcache.h).
    static constexpr int DefaultLogCacheMb = 500;
    static constexpr int MinLogCacheMb = 10;
    static constexpr int MaxLogCacheMb = 100'000;
    int logCacheMb() const;
    void setLogCacheMb(int mb);
    QTimeZone scheduleTimeZone() const; // the schedule editor's default zone (the system's by default)
    QString scheduleTimeZoneId() const; // "" = the system's
    void setScheduleTimeZoneId(const QString &ianaId);
    QFont logFont() const; // the system's fixed font by default
    void setLogFont(const QFont &font);
    // The proxy for sign-in and CDF (api/transport/proxysetting.h): "" = the system's, "none", or a
    // URL. Installed for the application by main() and whenever it changes.
    QString proxy() const;
    void setProxy(const QString &setting);
    // The built-in local emulator: the Python that runs handlers ("" = python3.X for the runtime, else
    // python3) and a folder of wheels to install requirements from offline ("" = from the index).
    // Used when the emulator starts (LocalEmulator), and the wheelhouse by the deploy's pip check.
    QString emulatorPython() const;
    void setEmulatorPython(const QString &path);
    QString emulatorWheelhouse() const;
    void setEmulatorWheelhouse(const QString &folder);
    // --no-sandbox: only where the emulator cannot make a sandbox (off by default).
    bool emulatorNoSandbox() const;
    void setEmulatorNoSandbox(bool on);
    bool gettingStartedShown() const;
    void setGettingStartedShown(bool shown);

    // State kept per source or function (deploy memory, code drift records): in the current group
    // of s, while there are more than max child groups, removes the one with the oldest "used" time.
    static void forgetOldest(QSettings &s, int max);

    static constexpr int MinAutoRefreshSeconds = 5;
    static constexpr int MaxAutoRefreshSeconds = 3600;

Q_SIGNALS:
    void changed();

private:
    using QObject::QObject;
    void set(const QString &key, const QVariant &value);
};

} // namespace fstudio::gui
