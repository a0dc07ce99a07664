#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace fstudio::gui {

// Semantic colours derived from the widget palette, so they read well on light and dark themes:
// no hex literals in widgets (house style). The hue says what it means; lightness follows the
// palette's base colour.
enum class Tone { Neutral, Positive, Negative, Active, Warning };

struct Tones
{
    static QColor foreground(Tone tone, const QPalette &palette); // text and badges
    static QColor background(Tone tone, const QPalette &palette); // message bar fill
    static QColor border(Tone tone, const QPalette &palette);
    static QColor textOn(const QColor &fill); // readable text on a badge
    static Tone forStatus(const QString &status); // Ready, Failed, Running, ...
    // "QFrame#name { background: ...; border: ... }" for a bar of that tone.
    static QString barStyleSheet(const QString &objectName, Tone tone, const QPalette &palette);
};

} // namespace fstudio::gui
