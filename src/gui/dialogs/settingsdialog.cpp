#include "gui/dialogs/settingsdialog.h"

#include "ui_settingsdialog.h"

#include "gui/appsettings.h"
#include "gui/language.h"
#include "gui/logs/logcache.h"
#include "gui/widgets/messageboxes.h"

#include "api/transport/proxysetting.h"

#include <QCompleter>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLocale>
#include <QPushButton>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this); // ui/dialogs/settingsdialog.ui
    setObjectName(u"settingsDialog"_s);
    // Each language by its own name, so that it can be found whatever language the window is in.
    m_ui->language->addItem(tr("Like the system (%1)").arg(findLanguage(effectiveLanguage(QString()))->nativeName), QString());
    for (const Language &l : availableLanguages())
        m_ui->language->addItem(l.nativeName, l.code);
    connect(m_ui->language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    m_ui->theme->addItem(tr("Like the system"), int(AppSettings::Theme::System));
    m_ui->theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_ui->theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_ui->timeZone->addItem(tr("The system's (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    m_ui->timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_ui->timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->autoRefresh->setToolTip(tr("0 turns automatic refresh off; otherwise %1 to %2 seconds.")
                                      .arg(AppSettings::MinAutoRefreshSeconds)
                                      .arg(AppSettings::MaxAutoRefreshSeconds));
    connect(m_ui->timeZone, &QComboBox::currentTextChanged, this, &SettingsDialog::updateState);
    m_ui->proxyMode->addItem(tr("The system's"), QString::fromLatin1(api::ProxySetting::System));
    m_ui->proxyMode->addItem(tr("None"), QString::fromLatin1(api::ProxySetting::None));
    m_ui->proxyMode->addItem(tr("This proxy:"), u"url"_s);
    m_ui->proxyMode->setToolTip(tr("Used for sign-in and CDF alike. The system's proxy is read from http_proxy, https_proxy and no_proxy. "
                                   "The local emulator and the sign-in redirect on 127.0.0.1 never go through a proxy."));
    connect(m_ui->proxyMode, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateState);
    connect(m_ui->proxyUrl, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->emulatorPython, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->emulatorWheelhouse, &QLineEdit::textChanged, this, &SettingsDialog::updateState);
    connect(m_ui->chooseWheelhouse, &QPushButton::clicked, this, [this] {
        MessageBoxes::chooseFile(this, tr("Choose a folder of wheels"), m_ui->emulatorWheelhouse->text(), QString(), true,
                                 [this](const QString &path) { m_ui->emulatorWheelhouse->setText(path); });
    });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!problem().isEmpty())
            return;
        save();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // What the kept logs take, counted off the GUI thread (a big cache is many files).
    showLogCacheUse();
    connect(m_ui->clearLogCache, &QPushButton::clicked, this, [this] {
        LogCache::clearAll();
        showLogCacheUse();
    });
    connect(m_ui->buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::load()
{
    const AppSettings *s = AppSettings::instance();
    m_ui->language->setCurrentIndex(std::max(0, m_ui->language->findData(s->language())));
    m_ui->theme->setCurrentIndex(std::max(0, m_ui->theme->findData(int(s->theme()))));
    m_ui->autoRefresh->setValue(s->autoRefreshSeconds());
    m_ui->logCacheMb->setValue(s->logCacheMb());
    m_ui->notifications->setChecked(s->notifications());
    const QString zone = s->scheduleTimeZoneId();
    m_ui->timeZone->setCurrentIndex(std::max(0, m_ui->timeZone->findData(zone)));
    const QFont font = s->logFont();
    m_ui->logFont->setCurrentFont(font);
    m_ui->logFontSize->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
    const QString proxy = s->proxy();
    const int mode = m_ui->proxyMode->findData(proxy);
    m_ui->proxyMode->setCurrentIndex(mode >= 0 ? mode : m_ui->proxyMode->findData(u"url"_s));
    m_ui->proxyUrl->setText(mode >= 0 ? QString() : proxy);
    m_ui->emulatorPython->setText(s->emulatorPython());
    m_ui->emulatorWheelhouse->setText(s->emulatorWheelhouse());
    m_ui->emulatorNoSandbox->setChecked(s->emulatorNoSandbox());
    updateState();
}

QString SettingsDialog::proxySetting() const
{
    const QString mode = m_ui->proxyMode->currentData().toString();
    return mode == u"url"_s ? m_ui->proxyUrl->text().trimmed() : mode;
}

void SettingsDialog::restoreDefaults()
{
    m_ui->language->setCurrentIndex(0);
    m_ui->theme->setCurrentIndex(0);
    m_ui->autoRefresh->setValue(30);
    m_ui->logCacheMb->setValue(AppSettings::DefaultLogCacheMb);
    m_ui->notifications->setChecked(true);
    m_ui->timeZone->setCurrentIndex(0);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->logFont->setCurrentFont(fixed);
    m_ui->logFontSize->setValue(fixed.pointSize() > 0 ? fixed.pointSize() : 10);
    m_ui->proxyMode->setCurrentIndex(0);
    m_ui->emulatorPython->clear();
    m_ui->emulatorWheelhouse->clear();
    m_ui->emulatorNoSandbox->setChecked(false);
}

void SettingsDialog::showLogCacheUse()
{
    m_ui->logCacheUsed->setText(tr("counting…"));
    m_ui->clearLogCache->setEnabled(false);
    auto *watcher = new QFutureWatcher<qint64>(this);
    connect(watcher, &QFutureWatcher<qint64>::finished, this, [this, watcher, counting = ++m_counting] {
        const qint64 bytes = watcher->result();
        watcher->deleteLater();
        if (counting != m_counting)
            return;
        m_ui->logCacheUsed->setText(tr("%1 used").arg(QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat)));
        m_ui->clearLogCache->setEnabled(bytes > 0);
    });
    watcher->setFuture(QtConcurrent::run([root = LogCache::defaultRoot()] { return LogCache::usedBytes(root); }));
}

QString SettingsDialog::problem() const
{
    const int i = m_ui->timeZone->findText(m_ui->timeZone->currentText(), Qt::MatchFixedString);
    if (i < 0)
        return tr("\"%1\" is not a time zone. Pick one from the list (type to search, e.g. \"Oslo\" or \"New_York\").")
            .arg(m_ui->timeZone->currentText());
    if (m_ui->proxyMode->currentData().toString() == u"url"_s && m_ui->proxyUrl->text().trimmed().isEmpty())
        return tr("Enter the proxy's URL, e.g. http://proxy.example.com:3128, or choose the system's proxy.");
    if (const QString p = api::ProxySetting::problem(proxySetting()); !p.isEmpty())
        return p;
    const QString python = m_ui->emulatorPython->text().trimmed();
    if (!python.isEmpty() && !QFileInfo(python).isExecutable())
        return tr("Emulator Python: %1 is not a program that can be run. Give the full path of a Python interpreter, e.g. /usr/bin/python3.11, "
                  "or leave it empty.")
            .arg(python);
    const QString wheels = m_ui->emulatorWheelhouse->text().trimmed();
    if (!wheels.isEmpty() && !QFileInfo(wheels).isDir())
        return tr("Emulator wheelhouse: %1 is not a folder. Choose the folder that holds the .whl files, or leave it empty.").arg(wheels);
    return {};
}

void SettingsDialog::updateState()
{
    // The window is not rebuilt in another language while it runs: say when the change shows.
    m_ui->languageNote->setVisible(effectiveLanguage(m_ui->language->currentData().toString()) != installedLanguage());
    const QString p = problem();
    m_ui->proxyUrl->setEnabled(m_ui->proxyMode->currentData().toString() == u"url"_s);
    m_ui->problem->setText(p);
    m_ui->problem->setVisible(!p.isEmpty());
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(p.isEmpty());
}

void SettingsDialog::save() const
{
    AppSettings *s = AppSettings::instance();
    s->setLanguage(m_ui->language->currentData().toString());
    s->setTheme(AppSettings::Theme(m_ui->theme->currentData().toInt()));
    const int refresh = m_ui->autoRefresh->value();
    s->setAutoRefreshSeconds(refresh);
    s->setNotifications(m_ui->notifications->isChecked());
    s->setLogCacheMb(m_ui->logCacheMb->value());
    const int zone = m_ui->timeZone->findText(m_ui->timeZone->currentText(), Qt::MatchFixedString);
    s->setScheduleTimeZoneId(m_ui->timeZone->itemData(std::max(0, zone)).toString());
    QFont font = m_ui->logFont->currentFont();
    font.setPointSize(m_ui->logFontSize->value());
    s->setLogFont(font);
    s->setProxy(proxySetting());
    s->setEmulatorPython(m_ui->emulatorPython->text());
    s->setEmulatorWheelhouse(m_ui->emulatorWheelhouse->text());
    s->setEmulatorNoSandbox(m_ui->emulatorNoSandbox->isChecked());
}

} // namespace fstudio::gui
