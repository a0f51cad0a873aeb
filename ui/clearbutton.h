#pragma once

#include <QString>

class QLineEdit;

namespace rb {

// Shows the clear button of `edit` once there is text, as setClearButtonEnabled(true) does, and
// names it (by `name`, "Clear" when none is given): Qt's own has an icon and no text, so a screen
// reader announces a nameless button.
void enableNamedClearButton(QLineEdit *edit, const QString &name = {});

} // namespace rb
