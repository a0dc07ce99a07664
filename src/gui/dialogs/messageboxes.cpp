#include "gui/dialogs/messageboxes.h"

#include <QAbstractButton>

namespace fstudio::gui {

namespace {
std::optional<QMessageBox::StandardButton> g_answer;
QString g_lastText;
int g_count = 0;
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

QMessageBox::StandardButton MessageBoxes::show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                               QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                               const QMap<QMessageBox::StandardButton, QString> &labels)
{
    g_lastText = text;
    ++g_count;
    if (g_answer)
        return *g_answer;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (QAbstractButton *b = box.button(it.key()))
            b->setText(it.value());
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return QMessageBox::StandardButton(box.exec());
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
                                                   QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                                   const QMap<QMessageBox::StandardButton, QString> &labels)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, labels);
}

void MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

} // namespace fstudio::gui
