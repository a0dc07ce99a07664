#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace fstudio::gui {

// File ▸ Settings…: the preferences in AppSettings. OK saves them (and the window follows at
// once); a time zone that is not a real IANA zone keeps OK disabled and says so.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;
    void save() const;
    QString problem() const;
    QString proxySetting() const; // what the Proxy row says, as AppSettings::proxy() stores it

private:
    void load();
    void restoreDefaults();
    void updateState();
    void showLogCacheUse();
    int m_counting = 0; // the count shown is the last one asked for
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace fstudio::gui
