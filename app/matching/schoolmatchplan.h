#pragma once

#include "matching/schoolmatch.h"
#include "matching/schoolmatcher.h"
#include "report/schoolsummary.h"

#include <QByteArray>
#include <QList>

#include <vector>

namespace rb {

class Roster;

// What a school matching means for an export: what syncs into each hub school, and what does
// not sync at all. Shown before the matching is confirmed, so nobody confirms blind.
//
// People and classes are placed as summarizeSchools places them (report/schoolsummary.h): a
// person in two schools counts in both, and syncs if either of them does.
struct SchoolMatchPlan
{
    // A hub school and the SIS school that syncs into it.
    struct Syncing
    {
        HubSchool hub;
        SchoolMatch match;
        SchoolSummary school; // the SIS school's people, classes and findings
    };

    QList<Syncing> syncing;                 // in the hub's order
    std::vector<SchoolSummary> deselected;  // SIS schools left out on purpose
    std::vector<SchoolSummary> unmatched;   // SIS schools with no hub school yet
    SchoolSummary outsideSchools;           // users and classes in no known school: they sync nowhere
    QList<HubSchool> hubWithoutSchool;      // hub schools no SIS school goes to: they get nothing
    QList<SchoolMatch> notInExport;         // matches kept for SIS schools this export does not have

    // The matching to work on for an export: a match for each of its schools, in orgs.csv's order
    // (the one kept, else a new one, selected and not matched), then the confirmed matches of
    // schools only earlier exports had. A match not confirmed for a school the export no longer
    // has is dropped: there is nothing left to match. Matches not yet confirmed take the export's
    // name for the school.
    static QList<SchoolMatch> workingMatches(const QList<SisSchool> &schools, const QList<SchoolMatch> &kept);

    static SchoolMatchPlan make(const Roster &roster, const FindingList &findings,
                                const QList<HubSchool> &hubSchools, const QList<SchoolMatch> &matches);
    // The same from what summarizeSchools made of the export already.
    static SchoolMatchPlan make(const std::vector<SchoolSummary> &summaries, const QList<HubSchool> &hubSchools,
                                const QList<SchoolMatch> &matches);

    // The matching as CSV, one row per match in the order given: sis_id, sis_name, hub_id, hub_name, status (synced, deselected, not
    // matched), confirmed_at (UTC, ISO 8601) and confirmed_by. RFC 4180, CRLF line ends.
    static QByteArray mappingCsv(const QList<HubSchool> &hubSchools, const QList<SchoolMatch> &matches);
};

} // namespace rb
