#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace fstudio::gui {

// Every message box of the app goes through here, so tests can pre-answer them and nothing
// modal ever blocks a test run.
class MessageBoxes
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No,
                                                const QMap<QMessageBox::StandardButton, QString> &labels = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    static void warning(QWidget *parent, const QString &title, const QString &text);

    // Tests: answer every box with this button (and record what was shown) instead of showing it.
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                            QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                            const QMap<QMessageBox::StandardButton, QString> &labels = {});
};

} // namespace fstudio::gui
