#pragma once

#include <QMap>
#include <QMessageBox>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace fstudio::gui {

// Every message box of the app goes through here, so tests can pre-answer them and nothing
// modal ever blocks a test run. Boxes are window-modal and open with open(), never exec(): no
// nested event loop runs inside a reply handler. The answer arrives in a callback that is
// dropped if the parent window is gone. Text is plain text (it often holds server messages).
class MessageBoxes
{
public:
    using Answer = std::function<void(QMessageBox::StandardButton)>;
    using Labels = QMap<QMessageBox::StandardButton, QString>;

    static void ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                    QMessageBox::StandardButton defaultButton, const Labels &labels, Answer answered);
    static void inform(QWidget *parent, const QString &title, const QString &text);
    static void warn(QWidget *parent, const QString &title, const QString &text);
    // A file (or, with folder, a directory) picked in a window-modal file dialog opened with
    // open(), never a static QFileDialog::get*() with its nested event loop. `chosen` gets the
    // path; it is not called on Cancel, nor once the parent is gone.
    static void chooseFile(QWidget *parent, const QString &title, const QString &start, const QString &filter, bool folder,
                           std::function<void(const QString &path)> chosen);

    // Tests: answer every box with this button (and record what was shown) instead of showing it.
    static void setAutoAnswer(std::optional<QMessageBox::StandardButton> answer);
    static QString lastText();
    static int shownCount();
    static int answeredCount(); // auto-answers delivered to their callbacks

private:
    static void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                     QMessageBox::StandardButton defaultButton, const Labels &labels, Answer answered);
};

} // namespace fstudio::gui
