#pragma once

class QComboBox;

namespace rb {

// Filter boxes that give way in a narrow window and still show every choice in full.

// Lets `box` shrink to about `characters` characters (its text is cut short there, in full in
// its tooltip) instead of asking for the width of its longest item.
void makeSqueezable(QComboBox *box, int characters);

// Makes the drop-down list of `box` as wide as its widest item, icon included, however narrow the
// box itself is: call once its items are in. Long words (the Spanish ones) are never cut off in
// the list.
void fitPopupToItems(QComboBox *box);

} // namespace rb
