#pragma once

#include <QColor>
#include <QPalette>

namespace rb {

// The window's two palettes (the light one, and View ▸ Dark Palette), and what keeps any palette,
// a desktop's own included, readable: every text role at 4.5:1 at least against what it is drawn
// on (WCAG 2.1, 1.4.3).

// The style's own palette, made readable.
QPalette lightPalette();

// A dark palette, made readable.
QPalette darkPalette();

// `palette` with each text role that falls short of 4.5:1 against its background darkened or
// lightened until it reaches it, in the active and inactive groups: window text on the window,
// text, placeholder text and links on the base and the alternate base, button text on buttons,
// tooltip text on tooltips. Where the selection's text falls short, the selection's colour moves
// away from it. Disabled controls are left as they are: WCAG exempts them, and they should look
// unavailable.
QPalette readablePalette(QPalette palette);

// Text that recedes (a zero count, a state rather than a name): the palette's placeholder text,
// taken as far as 4.5:1 against the base and the alternate base, where views draw it.
QColor mutedTextColor(const QPalette &palette);

// Text about a problem that must not be missed, red as dark or as light as the palette needs for
// 4.5:1 against the window and the base.
QColor problemTextColor(const QPalette &palette);

} // namespace rb
