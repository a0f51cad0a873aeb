#pragma once

#include <QString>

#include <cstdint>
#include <string_view>
#include <vector>

namespace rb {

class FindingList;
class Roster;
struct Finding;

// Which school each finding concerns, so that findings can be counted and filtered per school.

// The sourcedId of the school the finding's record belongs to: the org itself for orgs.csv, the
// first of a user's orgs, a class's or an enrollment's school, and for demographics the school of
// the user the row describes. Empty when the finding names no record (a file, a header, the
// manifest) or the record names no school. The view points into `roster`.
std::string_view schoolIdOf(const Roster &roster, const Finding &f);

// schoolIdOf for every finding at once: `ids` holds the distinct school ids in sorted order after
// an empty first entry, and `ofFinding` holds, per finding, an index into `ids`, 0 meaning "no
// school". Filtering by school is then a compare of two integers.
struct FindingSchools
{
    std::vector<uint32_t> ofFinding;
    std::vector<QString> ids{QString()};
};

// Linear in the findings. Without a roster every finding is in no school.
FindingSchools schoolsOfFindings(const Roster *roster, const FindingList &findings);

// The school's name for people, from orgs.csv; its id when orgs.csv has no name for it.
QString schoolDisplayName(const Roster &roster, const QString &schoolId);

} // namespace rb
