#pragma once

#include "gui/appsettings.h"

namespace fstudio::gui {

// Applies a theme to the whole application: System keeps the platform's style and palette; Light
// and Dark use the Fusion style with a palette of their own (Dark is a real dark palette, every
// colour role and the disabled group set, so no widget is left light). Colours drawn by the app
// itself come from the palette through Tones, so they follow.
void applyTheme(AppSettings::Theme theme);

} // namespace fstudio::gui
