#pragma once

#include "matching/schoolmatch.h"

#include <QList>

namespace rb {

class FindingList;
class Roster;

// The findings the school matching makes: one on the orgs row of each school in `roster` that the
// matching leaves out, because it is not matched to a hub school yet (SCH-NOT-MATCHED) or was
// deselected (SCH-DESELECTED); their people and classes will not sync. They follow the matching,
// not the export, so they are worked out afresh each time an import is shown: those already in
// `findings` are replaced. Nothing is added while the matching has not begun (no matches).
void applyMatchingFindings(const Roster &roster, const QList<SchoolMatch> &matches, FindingList &findings);

} // namespace rb
