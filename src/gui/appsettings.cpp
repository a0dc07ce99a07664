#include "gui/appsettings.h"

#include "gui/language.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <limits>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
// Every preference key, once.
const QString LanguageKey = u"preferences/language"_s;
const QString ThemeKey = u"preferences/theme"_s;
const QString AutoRefreshKey = u"preferences/autoRefreshSeconds"_s;
const QString NotificationsKey = u"preferences/notifications"_s;
const QString LogCacheKey = u"preferences/logCacheMb"_s;
const QString ScheduleZoneKey = u"preferences/scheduleTimeZone"_s;
const QString LogFontKey = u"preferences/logFont"_s;
const QString GettingStartedKey = u"preferences/gettingStartedShown"_s;
const QString ProxyKey = u"preferences/proxy"_s;
const QString EmulatorPythonKey = u"preferences/emulatorPython"_s;
const QString EmulatorWheelhouseKey = u"preferences/emulatorWheelhouse"_s;
const QString EmulatorNoSandboxKey = u"preferences/emulatorNoSandbox"_s;
constexpr int DefaultAutoRefreshSeconds = 30;
} // namespace

AppSettings *AppSettings::instance()
{
    static QPointer<AppSettings> the;
    if (!the)
        the = new AppSettings(QCoreApplication::instance());
    return the;
}

void AppSettings::set(const QString &key, const QVariant &value)
{
    QSettings s;
    if (s.value(key) == value)
        return;
    s.setValue(key, value);
    Q_EMIT changed();
}

QString AppSettings::language() const
{
    const QString code = QSettings().value(LanguageKey).toString();
    return findLanguage(code) ? code : QString(); // unset, or a language this version has no catalogue for
}

void AppSettings::setLanguage(const QString &code)
{
    set(LanguageKey, code);
}

AppSettings::Theme AppSettings::theme() const
{
    const QString t = QSettings().value(ThemeKey).toString();
    return t == u"dark"_s ? Theme::Dark : t == u"light"_s ? Theme::Light : Theme::System;
}

void AppSettings::setTheme(Theme t)
{
    set(ThemeKey, t == Theme::Dark ? u"dark"_s : t == Theme::Light ? u"light"_s : u"system"_s);
}

int AppSettings::autoRefreshSeconds() const
{
    bool ok = false;
    const int s = QSettings().value(AutoRefreshKey, DefaultAutoRefreshSeconds).toInt(&ok);
    if (!ok)
        return DefaultAutoRefreshSeconds;
    return s <= 0 ? 0 : std::clamp(s, MinAutoRefreshSeconds, MaxAutoRefreshSeconds);
}

void AppSettings::setAutoRefreshSeconds(int seconds)
{
    set(AutoRefreshKey, seconds <= 0 ? 0 : std::clamp(seconds, MinAutoRefreshSeconds, MaxAutoRefreshSeconds));
}

int AppSettings::logCacheMb() const
{
    bool ok = false;
    const int mb = QSettings().value(LogCacheKey, DefaultLogCacheMb).toInt(&ok);
    return ok ? std::clamp(mb, MinLogCacheMb, MaxLogCacheMb) : DefaultLogCacheMb;
}

void AppSettings::setLogCacheMb(int mb)
{
    set(LogCacheKey, std::clamp(mb, MinLogCacheMb, MaxLogCacheMb));
}

bool AppSettings::notifications() const
{
    QSettings s;
    // Before the preferences had their own group, the switch lived at "notifications/enabled".
    return s.value(NotificationsKey, s.value(u"notifications/enabled"_s, true)).toBool();
}

void AppSettings::setNotifications(bool on)
{
    set(NotificationsKey, on);
}

QString AppSettings::scheduleTimeZoneId() const
{
    const QByteArray id = QSettings().value(ScheduleZoneKey).toString().toUtf8();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id) ? QString::fromUtf8(id) : QString();
}

QTimeZone AppSettings::scheduleTimeZone() const
{
    const QString id = scheduleTimeZoneId();
    return id.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(id.toUtf8());
}

void AppSettings::setScheduleTimeZoneId(const QString &ianaId)
{
    set(ScheduleZoneKey, QTimeZone::isTimeZoneIdAvailable(ianaId.toUtf8()) ? ianaId : QString());
}

QFont AppSettings::logFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (const QString saved = QSettings().value(LogFontKey).toString(); !saved.isEmpty())
        f.fromString(saved);
    return f;
}

void AppSettings::setLogFont(const QFont &font)
{
    set(LogFontKey, font.toString());
}

QString AppSettings::proxy() const
{
    return QSettings().value(ProxyKey).toString();
}

void AppSettings::setProxy(const QString &setting)
{
    set(ProxyKey, setting.trimmed());
}

QString AppSettings::emulatorPython() const
{
    return QSettings().value(EmulatorPythonKey).toString();
}

void AppSettings::setEmulatorPython(const QString &path)
{
    set(EmulatorPythonKey, path.trimmed());
}

QString AppSettings::emulatorWheelhouse() const
{
    return QSettings().value(EmulatorWheelhouseKey).toString();
}

void AppSettings::setEmulatorWheelhouse(const QString &folder)
{
    set(EmulatorWheelhouseKey, folder.trimmed());
}

bool AppSettings::emulatorNoSandbox() const
{
    return QSettings().value(EmulatorNoSandboxKey, false).toBool();
}

void AppSettings::setEmulatorNoSandbox(bool on)
{
    set(EmulatorNoSandboxKey, on);
}

bool AppSettings::gettingStartedShown() const
{
    return QSettings().value(GettingStartedKey, false).toBool();
}

void AppSettings::setGettingStartedShown(bool shown)
{
    set(GettingStartedKey, shown);
}

void AppSettings::forgetOldest(QSettings &s, int max)
{
    QStringList groups = s.childGroups();
    while (groups.size() > max) {
        QString oldest;
        qint64 oldestUse = std::numeric_limits<qint64>::max();
        for (const QString &g : std::as_const(groups))
            if (const qint64 used = s.value(g + u"/used"_s).toLongLong(); used < oldestUse) {
                oldestUse = used;
                oldest = g;
            }
        s.remove(oldest);
        groups.removeOne(oldest);
    }
}

} // namespace fstudio::gui
