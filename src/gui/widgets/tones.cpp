#include "gui/widgets/tones.h"

namespace fstudio::gui {

using namespace Qt::StringLiterals;

namespace {
bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightnessF() < 0.5;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

QColor Tones::foreground(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    auto hue = [dark](float h, float s) { return QColor::fromHslF(h / 360.0f, s, dark ? 0.66f : 0.36f); };
    switch (tone) {
    case Tone::Positive: return hue(122, 0.55f);
    case Tone::Negative: return hue(2, 0.70f);
    case Tone::Active: return hue(212, 0.70f);
    case Tone::Warning: return hue(34, 0.85f);
    case Tone::Neutral: break;
    }
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

QColor Tones::background(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), foreground(tone, palette), isDark(palette) ? 0.22 : 0.12);
}

QColor Tones::border(Tone tone, const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), foreground(tone, palette), 0.45);
}

QColor Tones::textOn(const QColor &fill)
{
    return fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white);
}

Tone Tones::forStatus(const QString &status)
{
    if (status == u"Ready"_s || status == u"Completed"_s || status == u"activated"_s)
        return Tone::Positive;
    if (status == u"Failed"_s || status == u"Timeout"_s)
        return Tone::Negative;
    if (status == u"Running"_s || status == u"Deploying"_s || status == u"Queued"_s)
        return Tone::Active;
    return Tone::Neutral;
}

QString Tones::barStyleSheet(const QString &objectName, Tone tone, const QPalette &palette)
{
    return u"QFrame#%1 { background: %2; border: 1px solid %3; border-radius: 4px; }"_s.arg(objectName, background(tone, palette).name(),
                                                                                            border(tone, palette).name());
}

} // namespace fstudio::gui
