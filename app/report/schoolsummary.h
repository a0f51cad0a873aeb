#pragma once

#include "validation/finding.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace rb {

class Roster;

// Whether a school can go live as the export stands, judged by its findings.
enum class Readiness : uint8_t {
    Ready,          // nothing found, or information only
    NeedsAttention, // alerts: everything is created, some of it incomplete
    Blocked,        // errors or holds: records are not created, or the school's sync is held
};

// One school of an export at a glance: who and what it holds, and what is wrong with it.
//
// Records are placed as the hub places them:
// - students, teachers and other staff in every school their orgSourcedIds names;
// - parents and guardians in the schools of the students that name them in agentSourcedIds
//   (they follow their students), or, when no student names them, in the schools their own
//   orgSourcedIds names, where the hub creates them;
// - classes in their schoolSourcedId's school;
// - enrollments in their class's school, or in their own schoolSourcedId's when the class is
//   not known.
// A record in two schools counts in both, and so do its findings. Demographics findings count
// in their student's schools, orgs findings in the org itself.
struct SchoolSummary
{
    static constexpr uint32_t NoRow = UINT32_MAX;

    // The orgs row of the school; NoRow for the entry gathering what belongs to no known school,
    // and for the export's totals.
    uint32_t orgRow = NoRow;
    QString sourcedId;
    QString name;
    QString identifier;

    qint64 students = 0;
    qint64 teachers = 0;
    qint64 otherStaff = 0; // aides and administrators
    qint64 guardians = 0;  // parents and guardians
    qint64 classes = 0;
    qint64 enrollments = 0;
    SeverityCounts findings;
    Readiness readiness = Readiness::Ready;

    bool isSchool() const { return orgRow != NoRow; }
};

// One entry per org of type school, in orgs.csv's order, then one entry (orgRow NoRow) for what
// belongs to no known school: users and classes naming no school or an unknown one, and the
// findings about whole files, the manifest, the district and other orgs that are not schools.
// That last entry is always there, even when empty.
//
// `totals`, if given, receives the whole export with every record counted once, however many
// schools it is in: its counts are not the sum of the entries'.
//
// Runs in time linear in the roster's rows and the findings, from the roster's Relations; it
// makes no string per row.
std::vector<SchoolSummary> summarizeSchools(const Roster &roster, const FindingList &findings,
                                            SchoolSummary *totals = nullptr);

Readiness readinessOf(const SeverityCounts &counts);

namespace SchoolSummaryText {

// "3 errors", "1,204 alerts": like RuleCatalogue::severityCount, with the digits grouped as the
// locale groups them, as the overview's numbers are.
QString findingCount(Severity severity, qint64 n);
// "Blocked", "Needs attention", "Ready".
QString readinessName(Readiness readiness);
// Why a school is as ready as it is, for a tooltip: "3 errors and 1 hold: some accounts, classes
// or enrollments will not be created, and the school's sync is held for review."
QString readinessReason(const SeverityCounts &counts);
// The name shown for the entry of what belongs to no known school.
QString noSchoolName();
// What that entry gathers, for a tooltip.
QString noSchoolDescription();

} // namespace SchoolSummaryText

} // namespace rb
