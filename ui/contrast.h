#pragma once

#include <QColor>
#include <QList>

namespace rb {

// Contrast as WCAG 2.1 measures it (relative luminance, and the ratio of two of them from 1:1 to
// 21:1), so that colours are chosen by the number the criteria ask for, not by eye: 4.5:1 for
// text (1.4.3), 3:1 for icons and other graphics (1.4.11).

inline constexpr double TextContrast = 4.5;
inline constexpr double GraphicContrast = 3.0;

// The relative luminance of an opaque colour, 0 (black) to 1 (white).
double relativeLuminance(const QColor &colour);

// `colour` laid over `background` as a screen shows it: opaque, its alpha blended in.
QColor composited(const QColor &colour, const QColor &background);

// The contrast of `foreground` on `background`, 1 to 21; a translucent foreground (Qt's default
// placeholder text is half-transparent text) is first laid over the background.
double contrastRatio(const QColor &foreground, const QColor &background);

// `colour`, opaque, darkened (on light backgrounds) or lightened (on dark ones) only as far as it
// takes to reach `ratio` against every one of `backgrounds`; unchanged if it already does. Its hue
// is kept as far as it can be. Where no colour reaches the ratio (a mid-grey background and
// 7:1), the black or white that comes closest.
QColor withContrast(const QColor &colour, const QList<QColor> &backgrounds, double ratio);

} // namespace rb
