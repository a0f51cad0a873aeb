#pragma once

#include "validation/rulecatalogue.h"

#include <QColor>
#include <QIcon>

class QPalette;

namespace rb {

// How a severity looks wherever findings are listed. The icons differ in shape as well as colour
// (a circle with a cross, a pause sign, a triangle, an "i"), and views show the severity's word
// beside them, so that no one has to tell severities apart by colour alone.

// The severity's icon, drawn once per severity and then shared.
QIcon severityIcon(Severity severity);

// The colour the icon is drawn in.
QColor severityColor(Severity severity);

// A background tint for a row or cell of that severity that keeps the palette's text readable:
// light over a light palette, dark over a dark one.
QColor severityBackground(Severity severity, const QPalette &palette);

} // namespace rb
