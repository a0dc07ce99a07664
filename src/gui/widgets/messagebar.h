#pragma once

#include "gui/widgets/tones.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fstudio::gui {

// One line of news above the pages: an error with the server's message, a notice, the activation
// banner. Repeats of the same message are counted ("(×3)"), never stacked. Colours follow the
// palette. Text is plain text: it often quotes the server.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    // objectName for the bar, textName for its label (tests find them by name).
    MessageBar(const QString &objectName, const QString &textName, QWidget *parent = nullptr);

    // Empty text hides the bar. dedupeKey: what makes two messages "the same" (default: the text).
    void showMessage(const QString &text, Tone tone, const QString &dedupeKey = {});
    void clear();
    QString text() const;
    Tone tone() const { return m_tone; }
    QPushButton *addButton(const QString &objectName, const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();
    QLabel *m_label;
    QHBoxLayout *m_layout;
    Tone m_tone = Tone::Neutral;
    QString m_lastKey;
    int m_repeats = 0;
};

} // namespace fstudio::gui
