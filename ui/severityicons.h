#pragma once

#include "validation/rulecatalogue.h"

#include <QColor>
#include <QIcon>

#include <functional>

class QPainter;
class QPalette;

namespace rb {

// How a severity looks wherever findings are listed. The icons differ in shape as well as colour
// (a circle with a cross, a pause sign, a triangle, an "i"), and views show the severity's word
// beside them, so that no one has to tell severities apart by colour alone.

// An icon drawn with QPainter by `draw` in a 16 × 16 box, antialiased on a transparent ground and
// scaled to each size views ask for (16 to 64 px, so every size is the same drawing, sharp at any
// scale); drawn once into `slot` and dropped when the application object goes.
QIcon cachedDrawnIcon(QIcon &slot, const std::function<void(QPainter &p)> &draw);

// The severity's icon, drawn once per severity and then shared.
QIcon severityIcon(Severity severity);

// The mark of a finding the admin has acknowledged: a green tick.
QIcon acknowledgedIcon();

// The colour the icon is drawn in: at 3:1 or more against the base, alternate base and window of
// the light and the dark palette.
QColor severityColor(Severity severity);

// The colour of what is fine (a school ready, a finding acknowledged), as far from both palettes'
// backgrounds as the severities' colours.
QColor fineColor();

// A background tint for a row or cell of that severity that keeps the palette's text readable at
// 4.5:1 and the severity's icon at 3:1: light over a light palette, dark over a dark one.
QColor severityBackground(Severity severity, const QPalette &palette);

} // namespace rb
