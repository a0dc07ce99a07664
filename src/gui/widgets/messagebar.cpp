#include "gui/widgets/messagebar.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace fstudio::gui {

using namespace Qt::StringLiterals;

MessageBar::MessageBar(const QString &objectName, const QString &textName, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(objectName);
    m_layout = new QHBoxLayout(this);
    m_label = new QLabel;
    m_label->setObjectName(textName);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_label, 1);
    hide();
}

QPushButton *MessageBar::addButton(const QString &objectName, const QString &text)
{
    auto *b = new QPushButton(text);
    b->setObjectName(objectName);
    m_layout->addWidget(b);
    return b;
}

void MessageBar::showMessage(const QString &text, Tone tone, const QString &dedupeKey)
{
    if (text.isEmpty()) {
        clear();
        return;
    }
    const QString key = dedupeKey.isEmpty() ? text : dedupeKey;
    m_repeats = key == m_lastKey ? m_repeats + 1 : 0;
    m_lastKey = key;
    m_label->setText(m_repeats > 0 ? tr("%1 (×%2)").arg(text, QString::number(m_repeats + 1)) : text);
    m_tone = tone;
    applyTone();
    show();
}

void MessageBar::clear()
{
    m_lastKey.clear();
    m_repeats = 0;
    m_label->clear();
    hide();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

void MessageBar::applyTone()
{
    // The parent's palette: our own is changed by the style sheet we set.
    const QPalette p = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QString sheet = Tones::barStyleSheet(objectName(), m_tone, p);
    if (sheet != styleSheet()) // a style sheet change can itself change the palette
        setStyleSheet(sheet);
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTone();
}

} // namespace fstudio::gui
