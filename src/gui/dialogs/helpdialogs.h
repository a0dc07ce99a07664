#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
class ShortcutsDialog;
} // namespace Ui

namespace fstudio::gui {

// Help ▸ About: the version, and each library used with its version and license.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

// Help ▸ Keyboard Shortcuts: every action of the window that has a shortcut, searchable. Built
// from the actions themselves, so it cannot go out of date.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;
    int rowCount() const;

private:
    std::unique_ptr<Ui::ShortcutsDialog> m_ui;
};

} // namespace fstudio::gui
