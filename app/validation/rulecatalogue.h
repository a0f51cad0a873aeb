#pragma once

#include "oneroster/schema.h"

#include <QString>
#include <QStringList>

#include <array>
#include <cstdint>
#include <optional>

namespace rb {

// How bad a finding is, as the hub defines it.
enum class Severity : uint8_t {
    Error, // the account, class or enrollment is not created, or the upload is refused
    Alert, // created, but incomplete or not as intended
    Hold,  // the school's sync is stopped for review
    Info,  // worth knowing; nothing is lost
};
constexpr int SeverityCount = 4;

// Every rule Rosterbench checks. The order is the catalogue's; codes are stable across versions.
enum class RuleId : uint16_t {
    // Files and format: the whole upload is refused until these are fixed.
    FileMissing,
    FileMisnamed,
    FileNotCsv,
    FileEmpty,
    FileHeaderOnly,
    FileUnknown,
    HeaderMissing,
    HeaderMisspelled,
    HeaderSpaces,
    HeaderDuplicate,
    HeaderUnknown,
    CsvCellCount,
    CsvQuoteInCell,
    CsvUnterminatedQuote,
    CsvCarriageReturnInCell,
    CsvInvalidUtf8,
    CsvEmptyLine,
    ManifestVersion,
    ManifestOneRosterVersion,
    ManifestPropertyMissing,
    ManifestFileValue,
    ManifestFileMismatch,
    ManifestPropertyUnknown,
    // Data: what the hub refuses, creates incompletely or holds, record by record.
    OrgIdMissing,
    OrgIdDuplicate,
    OrgIdCase,
    OrgNameMissing,
    OrgTypeInvalid,
    OrgTypeNotTaken,
    OrgDistrict,
    OrgParentUnknown,
    UserIdMissing,
    UserIdDuplicate,
    UserIdCase,
    UserOrgMissing,
    UserOrgUnknown,
    UserRoleInvalid,
    UserRoleNotTaken,
    UserNameMissing,
    UserEmailMissing,
    UserEmailInvalid,
    UserEmailShared,
    UserNoContact,
    UserGradeInvalid,
    UserGradeUnpadded,
    UserGradeMultiple,
    UserGradeNotStudent,
    UserAgentUnknown,
    UserGuardianUnlinked,
    UserContactsOverFive,
    UserIdentifierMissing,
    UserClassesOverLimit,
    DemUserUnknown,
    DemBirthDateMissing,
    DemBirthDateFormat,
    DemBirthDateImpossible,
    DemBirthDateFuture,
    DemStudentMissing,
    ClassIdMissing,
    ClassIdDuplicate,
    ClassSchoolUnknown,
    ClassTitleMissing,
    ClassTitleLong,
    ClassTitleDuplicate,
    ClassGradesInvalid,
    ClassNoOwner,
    ClassNotWanted,
    EnrIdMissing,
    EnrIdDuplicate,
    EnrClassUnknown,
    EnrUserUnknown,
    EnrSchoolUnknown,
    EnrSchoolMismatch,
    EnrRoleInvalid,
    EnrRoleMismatch,
    EnrPrimaryInvalid,
    EnrPrimaryCase,
    EnrParentEnrolled,
    EnrDuplicate,
    UserPhoneInvalid,
    UserPhoneNoText,
    UserLanguageInvalid,
    DemBirthDateTooOld,
    UnusedFieldBlank,
    DeltaStatusInvalid,
    DeltaDateInvalid,
    UserEmergencyContact,
    CleverStaffAdmin,
    CleverLanguageMissing,
    AeriesCredentialSpaces,
    SchoolNotMatched,
    SchoolDeselected,
    AeriesStudentNotEnrolled,
    // Across imports of a session: what the hub sees when this export follows the last one.
    SessionSchoolRemoved,
    SessionUsersRemoved,
    SessionClassesRemoved,
    SessionEnrollmentsDropped,
    SessionUploadOld,
    Count
};
constexpr int RuleCount = int(RuleId::Count);

// One entry of the catalogue. Texts are untranslated source strings; use the accessors of
// RuleCatalogue to get them in the current language.
struct Rule
{
    RuleId id;
    const char *code;     // stable, quoted by support staff: "HDR-MISSPELLED"
    Severity severity;
    FileKind file;        // the file it concerns, Other for any
    const char *field;    // the OneRoster field, empty for none
    const char *title;    // short, a noun phrase
    const char *message;  // one finding's sentence, with %1 and %2 for its arguments
    const char *happens;  // what the hub will do
    const char *fix;      // how to fix it in the SIS or the export
    const char *fixAeries;    // SIS-specific hints, empty where the general one is enough
    const char *fixClever;
    const char *fixClassLink;
    // Where the rule comes from, by title: the hub's help pages, or the OneRoster binding's table
    // or section ("1EdTech OneRoster 1.1 CSV binding, users.csv"). Untranslated; unused entries
    // are null. RuleCatalogue::sources() gives them in the current language.
    std::array<const char *, 3> sources;
};

namespace RuleCatalogue {

const Rule &rule(RuleId id);
std::optional<RuleId> findByCode(const QString &code);

QString code(RuleId id);
// Names the rules as this build checks them (every code with its severity and file), so that
// findings kept from a check can be told apart from those today's rules would give.
QString fingerprint();
Severity severity(RuleId id);
QString title(RuleId id);
QString messageTemplate(RuleId id);
QString whatHappens(RuleId id);
QString howToFix(RuleId id);
QString fixFor(RuleId id, const QString &sis); // "aeries", "clever", "classlink"; empty if none
// Where the rule comes from, each source by its title, in the current language.
QStringList sources(RuleId id);
// The sources as one line for people: "Source: Remind Hub help: OneRoster 1.1 CSV file format",
// "Sources: …; …".
QString sourceLine(RuleId id);

// "error", "alert", "hold", "info": the stable names used in exports.
QString severityKey(Severity s);
// The translated word for a severity, for people.
QString severityName(Severity s);
// Translated plural with a count: "3 errors".
QString severityCount(Severity s, qint64 n);

} // namespace RuleCatalogue

} // namespace rb
