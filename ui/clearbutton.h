#pragma once

class QLineEdit;

namespace rb {

// Shows the clear button of `edit` once there is text, as setClearButtonEnabled(true) does, and
// names it: Qt's own has an icon and no text, so a screen reader announces a nameless button.
void enableNamedClearButton(QLineEdit *edit);

} // namespace rb
