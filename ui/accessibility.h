#pragma once

namespace rb {

// Gives the window's own widgets the interfaces assistive technology needs and Qt 6.4 lacks:
// TextPane's links as links (AccessibleTextPane), Announcer as a notification. Each of them calls
// it as it is made, before anything asks for its interface; calling it again does nothing.
void installAccessibility();

} // namespace rb
