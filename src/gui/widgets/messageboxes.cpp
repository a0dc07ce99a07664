#include "gui/widgets/messageboxes.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QIcon>
#include <QPointer>
#include <QTimer>

namespace fstudio::gui {

namespace {
std::optional<QMessageBox::StandardButton> g_answer;
QString g_lastText;
int g_count = 0;
int g_answered = 0;
} // namespace

void MessageBoxes::setAutoAnswer(std::optional<QMessageBox::StandardButton> answer)
{
    g_answer = answer;
}

QString MessageBoxes::lastText()
{
    return g_lastText;
}

int MessageBoxes::shownCount()
{
    return g_count;
}

int MessageBoxes::answeredCount()
{
    return g_answered;
}

void MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                        QMessageBox::StandardButton defaultButton, const Labels &labels, Answer answered)
{
    g_lastText = text;
    ++g_count;
    if (g_answer) {
        // Like a real box: the answer comes from the event loop, not from inside this call.
        const QMessageBox::StandardButton a = *g_answer;
        QTimer::singleShot(0, parent, [answered, a] {
            ++g_answered;
            if (answered)
                answered(a);
        });
        return;
    }
    auto *box = new QMessageBox(icon, title, text, buttons, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setDefaultButton(defaultButton);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (QAbstractButton *b = box->button(it.key())) {
            b->setText(it.value());
            b->setIcon(QIcon()); // the stock icon is the standard button's (a green tick on "Yes"), not this label's meaning
        }
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (answered) {
        QObject::connect(box, &QMessageBox::finished, box, [box, answered](int result) {
            // finished() carries the StandardButton for standard buttons; Escape gives the escape button.
            QAbstractButton *clicked = box->clickedButton();
            answered(clicked ? box->standardButton(clicked) : QMessageBox::StandardButton(result));
        });
    }
    box->open();
}

void MessageBoxes::ask(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
                       QMessageBox::StandardButton defaultButton, const Labels &labels, Answer answered)
{
    show(parent, QMessageBox::Question, title, text, buttons, defaultButton, labels, std::move(answered));
}

void MessageBoxes::chooseFile(QWidget *parent, const QString &title, const QString &start, const QString &filter, bool folder,
                              std::function<void(const QString &path)> chosen)
{
    auto *dialog = new QFileDialog(parent, title, start, filter);
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (folder)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    // Delivered with the dialog as context: nothing arrives once it (or its parent) is gone.
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [chosen](const QString &path) {
        if (!path.isEmpty())
            chosen(path);
    });
    dialog->open();
}

void MessageBoxes::inform(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

void MessageBoxes::warn(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok, {}, {});
}

} // namespace fstudio::gui
