#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace rb {

class FindingList;
class Roster;

// Findings that come from the session rather than from one export: how an import compares with
// the one before it, and how old the latest import is.

// How much of one school an import held. Users count in each school their orgSourcedIds name;
// classes and enrollments in their class's school.
struct SchoolPopulation
{
    QString schoolId;
    QString name;
    // -1 when the import cannot say: the file was absent, or sent as delta (changes only).
    qint64 users = -1;
    qint64 classes = -1;
    qint64 enrollments = -1;
    // The sourcedIds of its users and of its classes, sorted, one a line, compressed with
    // qCompress(); empty when the count is -1 or 0. Enrollments are compared by count: many SIS
    // number them afresh in every export.
    QByteArray userIds;
    QByteArray classIds;
};

// What an import held, school by school: kept with it in the session, so that the next import
// is compared with it without reading this one again.
struct ImportPopulation
{
    std::vector<SchoolPopulation> schools; // in orgs.csv order
};

// The removals that put a school's sync on hold: at least Minimum records, and more than
// Percent of what the school had.
struct LargeRemoval
{
    static constexpr qint64 Minimum = 25;
    static constexpr qint64 Percent = 10;
    static bool isLarge(qint64 removed, qint64 before) { return removed >= Minimum && removed * 100 > before * Percent; }
};

// The population of `roster`'s schools (orgs of type school with a sourcedId).
ImportPopulation populationOf(const Roster &roster);

// Compares `roster` with the import before it, `previous`, and adds a hold for each school that
// loses a large share of its users or classes, has far fewer enrollments, or is gone altogether
// (SES-USERS-REMOVED, SES-CLASSES-REMOVED, SES-ENROLLMENTS-DROPPED, SES-SCHOOL-REMOVED). A user
// or class counts as removed from a school when its sourcedId is gone from the export or no longer
// names that school. Findings of these rules already in `findings` are replaced.
void applyRemovalFindings(const Roster &roster, const ImportPopulation &previous, FindingList &findings);

// The hub stops automating removals when uploads are more than this many days apart.
constexpr qint64 DaysBetweenUploads = 90;

// Adds SES-UPLOAD-OLD, on the manifest, when the latest import of a session (made at
// `importedAt`) is more than DaysBetweenUploads days old at `now`. It follows the clock, not the
// export: worked out each time the latest import is shown, replacing one already in `findings`.
void applyUploadAgeFindings(const Roster &roster, const QDateTime &importedAt, const QDateTime &now,
                            FindingList &findings);

} // namespace rb
