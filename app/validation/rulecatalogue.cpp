#include "rulecatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>

namespace rb::RuleCatalogue {

namespace {

constexpr FileKind AnyFile = FileKind::Other;

// Where the rules come from. The hub's help pages keep their own titles; the OneRoster binding is
// named with the table or section a rule rests on.
constexpr const char *HubAeries = QT_TRANSLATE_NOOP("Rules", "Remind Hub help: Syncing with the Aeries API");
constexpr const char *HubSisSync =
    QT_TRANSLATE_NOOP("Rules", "Remind Hub help: SIS sync questions (existing accounts, timing, maintenance)");
constexpr const char *HubClever = QT_TRANSLATE_NOOP("Rules", "Remind Hub help: Rostering with Clever");
constexpr const char *HubClassLink = QT_TRANSLATE_NOOP("Rules", "Remind Hub help: Setting up a ClassLink API connection");
constexpr const char *HubCsvFormat = QT_TRANSLATE_NOOP("Rules", "Remind Hub help: OneRoster 1.1 CSV file format");
constexpr const char *OneRosterCsvFormat = QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, CSV file format");
constexpr const char *OneRosterManifest = QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, manifest.csv");
constexpr const char *OneRosterOrgs = QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, orgs.csv");
constexpr const char *OneRosterUsers = QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, users.csv");
constexpr const char *OneRosterDemographics =
    QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, demographics.csv");
constexpr const char *OneRosterEnrollments =
    QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, enrollments.csv");
constexpr const char *OneRosterRequiredFields =
    QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, required fields of each table");
constexpr const char *OneRosterDelta = QT_TRANSLATE_NOOP("Rules", "1EdTech OneRoster 1.1 CSV binding, bulk and delta files");

const std::array<Rule, RuleCount> &catalogue()
{
    static const std::array<Rule, RuleCount> rules = {{
        {RuleId::FileMissing, "FILE-MISSING", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Required file missing"),
         QT_TRANSLATE_NOOP("Rules", "The required file %1 is not in the export."),
         QT_TRANSLATE_NOOP("Rules", "The hub refuses the whole upload: all six files are required every time, not "
                 "just the ones that changed."),
         QT_TRANSLATE_NOOP("Rules", "Export again with all six OneRoster files: manifest.csv, orgs.csv, users.csv, "
                 "demographics.csv, classes.csv and enrollments.csv. A file may hold only its "
                 "header row, but it must be there."),
         "", "", "", {HubCsvFormat}},
        {RuleId::FileMisnamed, "FILE-MISNAMED", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File misnamed"),
         QT_TRANSLATE_NOOP("Rules", "“%1” must be named exactly “%2”: file names are case-sensitive."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the file, so the upload is refused as if the file "
                 "were missing."),
         QT_TRANSLATE_NOOP("Rules", "Rename the file to the exact name shown, all in lower case."),
         "", "", "", {HubCsvFormat}},
        {RuleId::FileNotCsv, "FILE-NOT-CSV", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Not a CSV file"),
         QT_TRANSLATE_NOOP("Rules", "This file is not CSV text: %1."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot read the file, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Open the file in Excel and use File › Save As › “CSV UTF-8 (Comma delimited)”; "
                 "do not rename a workbook or a “Unicode Text” file to .csv."),
         "", "", "", {HubCsvFormat}},
        {RuleId::FileEmpty, "FILE-EMPTY", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Empty file"),
         QT_TRANSLATE_NOOP("Rules", "The file is empty: it does not even have its header row."),
         QT_TRANSLATE_NOOP("Rules", "The upload is refused: every file needs its complete header row."),
         QT_TRANSLATE_NOOP("Rules", "Export the file again; if it has no data, keep the header row alone."),
         "", "", "", {HubCsvFormat}},
        {RuleId::FileHeaderOnly, "FILE-HEADER-ONLY", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File holds only a header"),
         QT_TRANSLATE_NOOP("Rules", "%1 holds only its header row."),
         QT_TRANSLATE_NOOP("Rules", "Nothing is lost: with no classes or enrollments, users are added to their "
                 "schools without classes."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do if you are not ready to roster classes yet. Otherwise export the "
                 "classes and enrollments too."),
         "", "", "", {HubCsvFormat}},
        {RuleId::FileUnknown, "FILE-UNKNOWN", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File not used"),
         QT_TRANSLATE_NOOP("Rules", "%1 is not one of the files the hub reads; it is ignored."),
         QT_TRANSLATE_NOOP("Rules", "The file is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do, unless it is one of the six required files under another name."),
         "", "", "", {HubCsvFormat}},
        {RuleId::HeaderMissing, "HDR-MISSING", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header missing"),
         QT_TRANSLATE_NOOP("Rules", "The header row has no “%1” column."),
         QT_TRANSLATE_NOOP("Rules", "The upload is refused: every OneRoster column header must be present, even when "
                 "the cells below it are blank."),
         QT_TRANSLATE_NOOP("Rules", "Add the column with its exact header; leave its cells blank if you have no data "
                 "for it."),
         "", "", "", {HubCsvFormat}},
        {RuleId::HeaderMisspelled, "HDR-MISSPELLED", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header misspelled"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” is misspelled: it must be “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the column, so the upload is refused as if the "
                 "column were missing."),
         QT_TRANSLATE_NOOP("Rules", "Correct the header to the exact spelling shown; headers are case-sensitive."),
         "", "", "", {HubCsvFormat}},
        {RuleId::HeaderSpaces, "HDR-SPACES", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header with spaces"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” contains spaces: it must be “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the column, so the upload is refused as if the "
                 "column were missing."),
         QT_TRANSLATE_NOOP("Rules", "Remove the spaces from the header, including any before or after it."),
         "", "", "", {HubCsvFormat}},
        {RuleId::HeaderDuplicate, "HDR-DUPLICATE", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header repeated"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” appears more than once (also column %2)."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot tell which column to read, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Delete the extra column, keeping the one that holds the data."),
         "", "", "", {HubCsvFormat}},
        {RuleId::HeaderUnknown, "HDR-UNKNOWN", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Extra column"),
         QT_TRANSLATE_NOOP("Rules", "Column “%1” is not a OneRoster 1.1 field; the hub ignores it."),
         QT_TRANSLATE_NOOP("Rules", "The column is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do. Extra data belongs in a column whose name starts with metadata., "
                 "such as metadata.homeroom."),
         "", "", "", {HubCsvFormat}},
        {RuleId::CsvCellCount, "CSV-CELL-COUNT", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Row with the wrong number of cells"),
         QT_TRANSLATE_NOOP("Rules", "This row has %1 cells; the header has %2."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot tell which value belongs to which column, and the upload is "
                 "refused."),
         QT_TRANSLATE_NOOP("Rules", "Usually a comma inside a value that is not wrapped in quotation marks (write "
                 "Smith, Jr. as \"Smith, Jr.\" with the quotes), or a cell added or deleted by hand. "
                 "Correct the row so it has one cell for every header."),
         "", "", "", {HubCsvFormat}},
        {RuleId::CsvQuoteInCell, "CSV-QUOTE-IN-CELL", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Quote inside a cell"),
         QT_TRANSLATE_NOOP("Rules", "A quotation mark inside the cell: %1"),
         QT_TRANSLATE_NOOP("Rules", "The hub misreads the row, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Remove quotation marks from inside values: Robert \"Rob\" should be Robert Rob. "
                 "Quotation marks may only wrap a whole value, such as \"Rob, Jr.\"."),
         "", "", "", {HubCsvFormat}},
        {RuleId::CsvUnterminatedQuote, "CSV-UNTERMINATED-QUOTE", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Quote never closed"),
         QT_TRANSLATE_NOOP("Rules", "A quoted cell opens here and is never closed."),
         QT_TRANSLATE_NOOP("Rules", "Everything after the opening quote is read as one cell, so the hub refuses the "
                 "upload."),
         QT_TRANSLATE_NOOP("Rules", "Add the closing quotation mark, or remove the opening one."),
         "", "", "", {HubCsvFormat}},
        {RuleId::CsvCarriageReturnInCell, "CSV-LINE-BREAK-IN-CELL", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Line break inside a cell"),
         QT_TRANSLATE_NOOP("Rules", "A quoted cell holds a carriage return."),
         QT_TRANSLATE_NOOP("Rules", "OneRoster does not allow a carriage return inside a cell; the upload is "
                 "refused."),
         QT_TRANSLATE_NOOP("Rules", "Remove the line break from the value in the SIS (often an address or a name "
                 "pasted from another document)."),
         "", "", "", {OneRosterCsvFormat}},
        {RuleId::CsvInvalidUtf8, "CSV-NOT-UTF8", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Text not in UTF-8"),
         QT_TRANSLATE_NOOP("Rules", "The cell is not valid UTF-8 text (byte 0x%1): the file was probably saved as "
                 "Windows-1252 or Latin-1."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot read the text, so the upload is refused; even where it could, "
                 "names with accents would show garbled."),
         QT_TRANSLATE_NOOP("Rules", "Save the file as “CSV UTF-8 (Comma delimited)”, not plain “CSV”; in the SIS, "
                 "choose UTF-8 as the export encoding."),
         "", "", "", {OneRosterCsvFormat}},
        {RuleId::CsvEmptyLine, "CSV-EMPTY-LINE", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Empty line"),
         QT_TRANSLATE_NOOP("Rules", "An empty line; it is skipped."),
         QT_TRANSLATE_NOOP("Rules", "The line is skipped."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do; delete empty lines to keep the file tidy."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ManifestVersion, "MAN-VERSION", Severity::Error, FileKind::Manifest, "value",
         QT_TRANSLATE_NOOP("Rules", "Wrong manifest version"),
         QT_TRANSLATE_NOOP("Rules", "manifest.version is “%1”; it must be 1.0."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is not recognized, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Set manifest.version to 1.0. Excel turns 1.0 into 1: format the value column as "
                 "Text before typing it, or edit the file in a text editor."),
         "", "", "", {OneRosterManifest}},
        {RuleId::ManifestOneRosterVersion, "MAN-ONEROSTER-VERSION", Severity::Error,
         FileKind::Manifest, "value",
         QT_TRANSLATE_NOOP("Rules", "Wrong OneRoster version"),
         QT_TRANSLATE_NOOP("Rules", "oneroster.version is “%1”; the hub reads OneRoster 1.1 only."),
         QT_TRANSLATE_NOOP("Rules", "The export is not read as OneRoster 1.1, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Export in OneRoster 1.1 CSV format and set oneroster.version to 1.1."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ManifestPropertyMissing, "MAN-PROPERTY-MISSING", Severity::Error,
         FileKind::Manifest, "propertyName",
         QT_TRANSLATE_NOOP("Rules", "Manifest entry missing"),
         QT_TRANSLATE_NOOP("Rules", "The manifest has no %1 row."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is incomplete, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Add the row; the SIS normally writes the manifest itself, so export again rather "
                 "than editing it by hand."),
         "", "", "", {OneRosterManifest}},
        {RuleId::ManifestFileValue, "MAN-FILE-VALUE", Severity::Error, FileKind::Manifest,
         "value",
         QT_TRANSLATE_NOOP("Rules", "Manifest file entry with a wrong value"),
         QT_TRANSLATE_NOOP("Rules", "%1 is “%2”; it must be absent, bulk or delta."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is not understood, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Use absent, bulk or delta, in lower case."),
         "", "", "", {OneRosterManifest}},
        {RuleId::ManifestFileMismatch, "MAN-FILE-MISMATCH", Severity::Error, FileKind::Manifest,
         "value",
         QT_TRANSLATE_NOOP("Rules", "Manifest disagrees with the files"),
         QT_TRANSLATE_NOOP("Rules", "The manifest says %1, but %2."),
         QT_TRANSLATE_NOOP("Rules", "The hub trusts the manifest: a file it says is absent is not read, and if a file "
                 "it expects is missing, the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Make each file.* entry say bulk for every file in the export and absent for "
                 "every file that is not."),
         "", "", "", {OneRosterManifest}},
        {RuleId::ManifestPropertyUnknown, "MAN-PROPERTY-UNKNOWN", Severity::Info,
         FileKind::Manifest, "propertyName",
         QT_TRANSLATE_NOOP("Rules", "Manifest entry not recognized"),
         QT_TRANSLATE_NOOP("Rules", "The manifest entry “%1” is not a OneRoster 1.1 property; it is ignored."),
         QT_TRANSLATE_NOOP("Rules", "The entry is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do, unless it is a misspelling of a file.* entry."),
         "", "", "", {OneRosterManifest}},
        {RuleId::OrgIdMissing, "ORG-ID-MISSING", Severity::Error, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School ID missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no sourcedId."),
         QT_TRANSLATE_NOOP("Rules", "The school is not created, and nobody can be placed in it."),
         QT_TRANSLATE_NOOP("Rules", "Give every school a unique, constant ID in the SIS export."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgIdDuplicate, "ORG-ID-DUPLICATE", Severity::Error, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School ID used twice"),
         QT_TRANSLATE_NOOP("Rules", "The ID “%1” is also used on line %2."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot tell the two apart: the second is not created."),
         QT_TRANSLATE_NOOP("Rules", "Give each school its own ID; IDs must be unique across the district."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgIdCase, "ORG-ID-CASE", Severity::Alert, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School IDs differing only in case"),
         QT_TRANSLATE_NOOP("Rules", "“%1” differs only in case from the ID on line %2."),
         QT_TRANSLATE_NOOP("Rules", "IDs are case-sensitive, so these are two schools; a file that spells one the other way links to the wrong school or to none."),
         QT_TRANSLATE_NOOP("Rules", "Use one spelling of each ID everywhere it appears."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgNameMissing, "ORG-NAME-MISSING", Severity::Error, FileKind::Orgs, "name",
         QT_TRANSLATE_NOOP("Rules", "School name missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no name."),
         QT_TRANSLATE_NOOP("Rules", "The school is not created."),
         QT_TRANSLATE_NOOP("Rules", "Fill in the school's name in the SIS."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgTypeInvalid, "ORG-TYPE-INVALID", Severity::Error, FileKind::Orgs, "type",
         QT_TRANSLATE_NOOP("Rules", "Org type not understood"),
         QT_TRANSLATE_NOOP("Rules", "The type “%1” is not a OneRoster org type."),
         QT_TRANSLATE_NOOP("Rules", "The org is not taken in, and nobody in it syncs."),
         QT_TRANSLATE_NOOP("Rules", "Use school for schools and district for the district (lower case)."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgTypeNotTaken, "ORG-TYPE-NOT-TAKEN", Severity::Alert, FileKind::Orgs, "type",
         QT_TRANSLATE_NOOP("Rules", "Org type the hub does not take in"),
         QT_TRANSLATE_NOOP("Rules", "The type “%1” is valid OneRoster, but the hub takes in schools only."),
         QT_TRANSLATE_NOOP("Rules", "The org is skipped; people and classes placed only in it do not sync."),
         QT_TRANSLATE_NOOP("Rules", "If this is a school, set its type to school; otherwise leave it out of the export."),
         "", "", "", {OneRosterOrgs}},
        {RuleId::OrgDistrict, "ORG-DISTRICT", Severity::Info, FileKind::Orgs, "type",
         QT_TRANSLATE_NOOP("Rules", "District row"),
         QT_TRANSLATE_NOOP("Rules", "The district “%1” is not taken in as a school."),
         QT_TRANSLATE_NOOP("Rules", "Nothing is lost: the hub reads only orgs of type school; the district row is the parent the schools name."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do."),
         "", "", "", {HubCsvFormat}},
        {RuleId::OrgParentUnknown, "ORG-PARENT-UNKNOWN", Severity::Alert, FileKind::Orgs, "parentSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Parent org not found"),
         QT_TRANSLATE_NOOP("Rules", "The parent “%1” is not an org in orgs.csv."),
         QT_TRANSLATE_NOOP("Rules", "The school is created without its district link."),
         QT_TRANSLATE_NOOP("Rules", "Add the district row to orgs.csv, or correct the parentSourcedId."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserIdMissing, "USR-ID-MISSING", Severity::Error, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "User ID missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no sourcedId."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Give every user a unique, constant ID in the export."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserIdDuplicate, "USR-ID-DUPLICATE", Severity::Error, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "User ID used twice"),
         QT_TRANSLATE_NOOP("Rules", "The ID “%1” is also used on line %2."),
         QT_TRANSLATE_NOOP("Rules", "Only one of the two accounts is created; the other person gets no account."),
         QT_TRANSLATE_NOOP("Rules", "Give each person their own ID. For parents without an ID of their own, put P1 or P2 before the student's ID (P112314, P212314)."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserIdCase, "USR-ID-CASE", Severity::Alert, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "User IDs differing only in case"),
         QT_TRANSLATE_NOOP("Rules", "“%1” differs only in case from the ID on line %2."),
         QT_TRANSLATE_NOOP("Rules", "IDs are case-sensitive, so these are two people; a file that spells one the other way links to the wrong person or to none."),
         QT_TRANSLATE_NOOP("Rules", "Use one spelling of each ID everywhere it appears."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserOrgMissing, "USR-ORG-MISSING", Severity::Error, FileKind::Users, "orgSourcedIds",
         QT_TRANSLATE_NOOP("Rules", "User in no school"),
         QT_TRANSLATE_NOOP("Rules", "%3 names no school in orgSourcedIds."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created: every user must belong to a school."),
         QT_TRANSLATE_NOOP("Rules", "Fill in the school IDs; several go in one quoted cell, \"S1,S2\"."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserOrgUnknown, "USR-ORG-UNKNOWN", Severity::Error, FileKind::Users, "orgSourcedIds",
         QT_TRANSLATE_NOOP("Rules", "User's school not found"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” is not in orgs.csv."),
         QT_TRANSLATE_NOOP("Rules", "The user is not placed in that school; with no other school, the account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Add the school to orgs.csv or correct the ID; IDs are case-sensitive."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserRoleInvalid, "USR-ROLE-INVALID", Severity::Error, FileKind::Users, "role",
         QT_TRANSLATE_NOOP("Rules", "User role not accepted"),
         QT_TRANSLATE_NOOP("Rules", "The role “%1” is not one the hub accepts."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Use teacher, student, parent, guardian, aide or administrator, in lower case. Non-teaching staff are aide."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserRoleNotTaken, "USR-ROLE-NOT-TAKEN", Severity::Alert, FileKind::Users, "role",
         QT_TRANSLATE_NOOP("Rules", "User role the hub does not take in"),
         QT_TRANSLATE_NOOP("Rules", "The role “%1” is valid OneRoster, but the hub does not take it in."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created."),
         QT_TRANSLATE_NOOP("Rules", "If this person should have an account, give them one of the hub's roles (aide for staff, guardian for relatives)."),
         "", "", "", {OneRosterUsers}},
        {RuleId::UserNameMissing, "USR-NAME-MISSING", Severity::Error, FileKind::Users, "givenName",
         QT_TRANSLATE_NOOP("Rules", "Name missing"),
         QT_TRANSLATE_NOOP("Rules", "The %1 is blank."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created: both names are required."),
         QT_TRANSLATE_NOOP("Rules", "Fill in the given and family name in the SIS."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserEmailMissing, "USR-EMAIL-MISSING", Severity::Error, FileKind::Users, "email",
         QT_TRANSLATE_NOOP("Rules", "Staff email missing"),
         QT_TRANSLATE_NOOP("Rules", "%3, a %1, has no email."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created: teachers, aides and administrators sign in with their email."),
         QT_TRANSLATE_NOOP("Rules", "Add the staff member's school email in the SIS."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserEmailInvalid, "USR-EMAIL-INVALID", Severity::Error, FileKind::Users, "email",
         QT_TRANSLATE_NOOP("Rules", "Email not well-formed"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not an email address."),
         QT_TRANSLATE_NOOP("Rules", "The address cannot be used: staff accounts are not created, and others get no email."),
         QT_TRANSLATE_NOOP("Rules", "Correct the address: one @, a name before it and a domain after it, no spaces."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserEmailShared, "USR-EMAIL-SHARED", Severity::Error, FileKind::Users, "email",
         QT_TRANSLATE_NOOP("Rules", "Email used by two users"),
         QT_TRANSLATE_NOOP("Rules", "The email “%1” is also used by %2."),
         QT_TRANSLATE_NOOP("Rules", "One address, one account: the hub gives it to the higher role (teacher over parent over student), and the other user is not created with it."),
         QT_TRANSLATE_NOOP("Rules", "Give each person their own email, or leave it blank for the student or parent who shares a family address."),
         QT_TRANSLATE_NOOP("Rules", "Check the email shared for parents: a family address copied onto the student record gives two users one email."), "", "", {HubCsvFormat}},
        {RuleId::UserNoContact, "USR-NO-CONTACT", Severity::Error, FileKind::Users, "email",
         QT_TRANSLATE_NOOP("Rules", "Parent with no contact point"),
         QT_TRANSLATE_NOOP("Rules", "%3, a %1, has no email, phone or SMS number."),
         QT_TRANSLATE_NOOP("Rules", "The account is not created: a parent needs at least one way to be reached."),
         QT_TRANSLATE_NOOP("Rules", "Add a mobile number or an email for this parent or guardian."),
         QT_TRANSLATE_NOOP("Rules", "Share the guardian's mobile number or email (the guardian contact fields of the student's record)."), "", "", {HubCsvFormat}},
        {RuleId::UserGradeInvalid, "USR-GRADE-INVALID", Severity::Alert, FileKind::Users, "grades",
         QT_TRANSLATE_NOOP("Rules", "Grade not accepted"),
         QT_TRANSLATE_NOOP("Rules", "The grade “%1” is not one the hub accepts."),
         QT_TRANSLATE_NOOP("Rules", "The student is created without a grade."),
         QT_TRANSLATE_NOOP("Rules", "Use PK, KG, 01 to 12 or Other."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserGradeUnpadded, "USR-GRADE-UNPADDED", Severity::Alert, FileKind::Users, "grades",
         QT_TRANSLATE_NOOP("Rules", "Grade needs two digits"),
         QT_TRANSLATE_NOOP("Rules", "The grade “%1” must be written “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The student is created without a grade."),
         QT_TRANSLATE_NOOP("Rules", "Write grades 1 to 9 with a leading zero: 01, 02 … 09."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserGradeMultiple, "USR-GRADE-MULTIPLE", Severity::Alert, FileKind::Users, "grades",
         QT_TRANSLATE_NOOP("Rules", "More than one grade"),
         QT_TRANSLATE_NOOP("Rules", "%3 has several grades: %1."),
         QT_TRANSLATE_NOOP("Rules", "The student is created without a grade: each student has one."),
         QT_TRANSLATE_NOOP("Rules", "Keep the student's current grade only."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserGradeNotStudent, "USR-GRADE-NOT-STUDENT", Severity::Info, FileKind::Users, "grades",
         QT_TRANSLATE_NOOP("Rules", "Grade on someone who is not a student"),
         QT_TRANSLATE_NOOP("Rules", "%3, a %1, has a grade; grades are read for students only."),
         QT_TRANSLATE_NOOP("Rules", "The grade is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do; grades on staff or parents are not used."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserAgentUnknown, "USR-AGENT-UNKNOWN", Severity::Alert, FileKind::Users, "agentSourcedIds",
         QT_TRANSLATE_NOOP("Rules", "Linked parent not found"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not a parent or guardian in users.csv."),
         QT_TRANSLATE_NOOP("Rules", "The link is not made: that parent will not follow this student into classes."),
         QT_TRANSLATE_NOOP("Rules", "Add the parent to users.csv with that ID, or correct the ID."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserGuardianUnlinked, "USR-GUARDIAN-UNLINKED", Severity::Alert, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Parent linked to no student"),
         QT_TRANSLATE_NOOP("Rules", "No student names %3, a %1, in agentSourcedIds."),
         QT_TRANSLATE_NOOP("Rules", "The account is created but joins no class: parents follow their students into classes."),
         QT_TRANSLATE_NOOP("Rules", "Add this parent's ID to their student's agentSourcedIds."),
         "", "", "", {HubSisSync, HubCsvFormat}},
        {RuleId::UserContactsOverFive, "USR-CONTACTS-OVER-FIVE", Severity::Hold, FileKind::Users, "agentSourcedIds",
         QT_TRANSLATE_NOOP("Rules", "More than five contact points"),
         QT_TRANSLATE_NOOP("Rules", "The parents and guardians of %3 carry %1 contact points between them."),
         QT_TRANSLATE_NOOP("Rules", "The school's sync is put on hold for review: more than five usually means emergency contacts were shared."),
         QT_TRANSLATE_NOOP("Rules", "Share only the parents and guardians who should get messages; leave emergency contacts out of the export."),
         "", QT_TRANSLATE_NOOP("Rules", "Check the contacts shared with the app: emergency contacts must not be shared, and more than five contacts for a student hold the sync."), "", {HubClever}},
        {RuleId::UserIdentifierMissing, "USR-IDENTIFIER-MISSING", Severity::Info, FileKind::Users, "identifier",
         QT_TRANSLATE_NOOP("Rules", "Student number missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no identifier; the sourcedId is shown to them instead."),
         QT_TRANSLATE_NOOP("Rules", "The student sees the sourcedId as their student ID, and advanced messages cannot use a student number."),
         QT_TRANSLATE_NOOP("Rules", "Export the student number in identifier if it differs from the sourcedId."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserClassesOverLimit, "USR-CLASSES-OVER-100", Severity::Error, FileKind::Enrollments, "userSourcedId",
         QT_TRANSLATE_NOOP("Rules", "More than 100 classes"),
         QT_TRANSLATE_NOOP("Rules", "%3 is in %1 classes; the hub allows 100."),
         QT_TRANSLATE_NOOP("Rules", "Enrollments beyond the first 100 classes are not created."),
         QT_TRANSLATE_NOOP("Rules", "Leave out classes this user does not need in the hub (old sections, duplicates)."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemUserUnknown, "DEM-USER-UNKNOWN", Severity::Error, FileKind::Demographics, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Demographics for an unknown student"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not a student in users.csv."),
         QT_TRANSLATE_NOOP("Rules", "The row is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Use the student's sourcedId from users.csv, or remove the row."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemBirthDateMissing, "DEM-BIRTHDATE-MISSING", Severity::Error, FileKind::Demographics, "birthDate",
         QT_TRANSLATE_NOOP("Rules", "Birth date missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no birth date."),
         QT_TRANSLATE_NOOP("Rules", "The student account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Export the student's date of birth."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemBirthDateFormat, "DEM-BIRTHDATE-FORMAT", Severity::Error, FileKind::Demographics, "birthDate",
         QT_TRANSLATE_NOOP("Rules", "Birth date not readable"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not a date in MM/DD/YYYY, YYYY/MM/DD or YYYY-MM-DD."),
         QT_TRANSLATE_NOOP("Rules", "The student account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Write the birth date as MM/DD/YYYY (04/15/2012) or YYYY-MM-DD (2012-04-15)."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemBirthDateImpossible, "DEM-BIRTHDATE-IMPOSSIBLE", Severity::Error, FileKind::Demographics, "birthDate",
         QT_TRANSLATE_NOOP("Rules", "Birth date impossible"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not a real date."),
         QT_TRANSLATE_NOOP("Rules", "The student account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Correct the date in the SIS; day and month may have been swapped."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemBirthDateFuture, "DEM-BIRTHDATE-FUTURE", Severity::Error, FileKind::Demographics, "birthDate",
         QT_TRANSLATE_NOOP("Rules", "Birth date in the future"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is in the future."),
         QT_TRANSLATE_NOOP("Rules", "The student account is not created."),
         QT_TRANSLATE_NOOP("Rules", "Correct the year in the SIS."),
         "", "", "", {HubCsvFormat}},
        {RuleId::DemStudentMissing, "DEM-STUDENT-MISSING", Severity::Error, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Student with no demographics"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no row in demographics.csv."),
         QT_TRANSLATE_NOOP("Rules", "The student account is not created: it needs a birth date."),
         QT_TRANSLATE_NOOP("Rules", "Export demographics for every student, with the birth date."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassIdMissing, "CLS-ID-MISSING", Severity::Error, FileKind::Classes, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Class ID missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no sourcedId."),
         QT_TRANSLATE_NOOP("Rules", "The class is not created."),
         QT_TRANSLATE_NOOP("Rules", "Give every class a unique, constant ID."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassIdDuplicate, "CLS-ID-DUPLICATE", Severity::Error, FileKind::Classes, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Class ID used twice"),
         QT_TRANSLATE_NOOP("Rules", "The ID “%1” is also used on line %2."),
         QT_TRANSLATE_NOOP("Rules", "Only one of the classes is created; enrollments meant for the other end up in it."),
         QT_TRANSLATE_NOOP("Rules", "Make class IDs unique across the district, not just within a school."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassSchoolUnknown, "CLS-SCHOOL-UNKNOWN", Severity::Error, FileKind::Classes, "schoolSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Class's school not found"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” is not a school in orgs.csv."),
         QT_TRANSLATE_NOOP("Rules", "The class is not created."),
         QT_TRANSLATE_NOOP("Rules", "Add the school to orgs.csv with type school, or correct the ID."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassTitleMissing, "CLS-TITLE-MISSING", Severity::Error, FileKind::Classes, "title",
         QT_TRANSLATE_NOOP("Rules", "Class title missing"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no title."),
         QT_TRANSLATE_NOOP("Rules", "The class is not created."),
         QT_TRANSLATE_NOOP("Rules", "Give the class the name its teacher and students will see, such as English 101 Section 3."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassTitleLong, "CLS-TITLE-LONG", Severity::Error, FileKind::Classes, "title",
         QT_TRANSLATE_NOOP("Rules", "Class title too long"),
         QT_TRANSLATE_NOOP("Rules", "The title has %1 characters; the hub allows 255."),
         QT_TRANSLATE_NOOP("Rules", "The class is not created."),
         QT_TRANSLATE_NOOP("Rules", "Shorten the title to 255 characters or fewer."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassTitleDuplicate, "CLS-TITLE-DUPLICATE", Severity::Alert, FileKind::Classes, "title",
         QT_TRANSLATE_NOOP("Rules", "Two classes with one title"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is also the title of the class on line %2 in this school."),
         QT_TRANSLATE_NOOP("Rules", "Both classes are created, but teachers and families cannot tell them apart."),
         QT_TRANSLATE_NOOP("Rules", "Give each section its own title, such as English 101 Section 3."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassGradesInvalid, "CLS-GRADES-INVALID", Severity::Alert, FileKind::Classes, "grades",
         QT_TRANSLATE_NOOP("Rules", "Class grade not accepted"),
         QT_TRANSLATE_NOOP("Rules", "The grade “%1” is not one the hub accepts."),
         QT_TRANSLATE_NOOP("Rules", "The class is created without grades."),
         QT_TRANSLATE_NOOP("Rules", "List grades as a quoted comma list of PK, KG, 01 to 12 or Other, such as \"11,12\"."),
         "", "", "", {HubCsvFormat}},
        {RuleId::ClassNoOwner, "CLS-NO-OWNER", Severity::Alert, FileKind::Classes, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Class with no teacher"),
         QT_TRANSLATE_NOOP("Rules", "%1 is enrolled in %3."),
         QT_TRANSLATE_NOOP("Rules", "The class is created with no owner: no teacher can claim it or send messages to it."),
         QT_TRANSLATE_NOOP("Rules", "Enroll the class's teacher in enrollments.csv."),
         "", "", QT_TRANSLATE_NOOP("Rules", "A teacher or administrator becomes the class owner only when marked primary: set primary on the teacher's section in ClassLink."), {HubClassLink, HubCsvFormat}},
        {RuleId::ClassNotWanted, "CLS-NOT-WANTED", Severity::Info, FileKind::Classes, "title",
         QT_TRANSLATE_NOOP("Rules", "Class probably not wanted"),
         QT_TRANSLATE_NOOP("Rules", "“%1” looks like a lunch, study hall or homeroom period."),
         QT_TRANSLATE_NOOP("Rules", "A class is created for it like any other."),
         QT_TRANSLATE_NOOP("Rules", "Leave periods that are not taught out of the export if families should not get messages for them."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrIdMissing, "ENR-ID-MISSING", Severity::Error, FileKind::Enrollments, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment ID missing"),
         QT_TRANSLATE_NOOP("Rules", "This enrollment has no sourcedId."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Export the SIS's enrollment IDs."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrIdDuplicate, "ENR-ID-DUPLICATE", Severity::Error, FileKind::Enrollments, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment ID used twice"),
         QT_TRANSLATE_NOOP("Rules", "The ID “%1” is also used on line %2."),
         QT_TRANSLATE_NOOP("Rules", "Only one of the two enrollments is created."),
         QT_TRANSLATE_NOOP("Rules", "Make enrollment IDs unique."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrClassUnknown, "ENR-CLASS-UNKNOWN", Severity::Error, FileKind::Enrollments, "classSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment in an unknown class"),
         QT_TRANSLATE_NOOP("Rules", "The class “%1” is not in classes.csv."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Add the class to classes.csv or correct the ID."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrUserUnknown, "ENR-USER-UNKNOWN", Severity::Error, FileKind::Enrollments, "userSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment of an unknown user"),
         QT_TRANSLATE_NOOP("Rules", "The user “%1” is not in users.csv."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Add the user to users.csv or correct the ID."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrSchoolUnknown, "ENR-SCHOOL-UNKNOWN", Severity::Error, FileKind::Enrollments, "schoolSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment in an unknown school"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” is not a school in orgs.csv."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Correct the school ID to the class's school."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrSchoolMismatch, "ENR-SCHOOL-MISMATCH", Severity::Error, FileKind::Enrollments, "schoolSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Enrollment's school differs from its class's"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” is not the class's school “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Use the class's schoolSourcedId in the enrollment."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrRoleInvalid, "ENR-ROLE-INVALID", Severity::Error, FileKind::Enrollments, "role",
         QT_TRANSLATE_NOOP("Rules", "Enrollment role not accepted"),
         QT_TRANSLATE_NOOP("Rules", "The role “%1” is not one the hub accepts."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Use teacher, student, aide or administrator, in lower case."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrRoleMismatch, "ENR-ROLE-MISMATCH", Severity::Alert, FileKind::Enrollments, "role",
         QT_TRANSLATE_NOOP("Rules", "Enrollment role differs from the user's"),
         QT_TRANSLATE_NOOP("Rules", "The enrollment says “%1”, but users.csv gives %3 the role “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The user joins the class in the wrong role (a teacher as a student cannot own it)."),
         QT_TRANSLATE_NOOP("Rules", "Make the enrollment's role agree with the user's role in users.csv."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrPrimaryInvalid, "ENR-PRIMARY-INVALID", Severity::Error, FileKind::Enrollments, "primary",
         QT_TRANSLATE_NOOP("Rules", "primary not true or false"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not true or false."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is not created."),
         QT_TRANSLATE_NOOP("Rules", "Write true or false (or yes or no) in lower case; leave it blank for false."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrPrimaryCase, "ENR-PRIMARY-CASE", Severity::Alert, FileKind::Enrollments, "primary",
         QT_TRANSLATE_NOOP("Rules", "primary in capitals"),
         QT_TRANSLATE_NOOP("Rules", "“%1” must be written in lower case."),
         QT_TRANSLATE_NOOP("Rules", "The value may not be read as meant: the teacher may not become the class owner."),
         QT_TRANSLATE_NOOP("Rules", "Write true, false, yes or no in lower case."),
         "", "", "", {HubCsvFormat}},
        {RuleId::EnrParentEnrolled, "ENR-PARENT-ENROLLED", Severity::Alert, FileKind::Enrollments, "userSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Parent enrolled in a class"),
         QT_TRANSLATE_NOOP("Rules", "%3, a %1, is enrolled directly in %4; parents follow their students into classes."),
         QT_TRANSLATE_NOOP("Rules", "The enrollment is ignored; the parent joins the classes of the students who name them."),
         QT_TRANSLATE_NOOP("Rules", "Remove parent and guardian enrollments; link parents to students through agentSourcedIds."),
         "", "", "", {HubSisSync, HubCsvFormat}},
        {RuleId::EnrDuplicate, "ENR-DUPLICATE", Severity::Alert, FileKind::Enrollments, "userSourcedId",
         QT_TRANSLATE_NOOP("Rules", "Same user in a class twice"),
         QT_TRANSLATE_NOOP("Rules", "%3 is already enrolled in %4 on line %1."),
         QT_TRANSLATE_NOOP("Rules", "Only one enrollment is kept."),
         QT_TRANSLATE_NOOP("Rules", "Remove the duplicate enrollment."),
         "", "", "", {OneRosterEnrollments}},
        {RuleId::UserPhoneInvalid, "USR-PHONE-INVALID", Severity::Alert, FileKind::Users, "phone",
         QT_TRANSLATE_NOOP("Rules", "Phone number not usable"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not a phone number that can be dialed."),
         QT_TRANSLATE_NOOP("Rules", "The number is not added: the person gets no calls or texts at it."),
         QT_TRANSLATE_NOOP("Rules", "Write the full number with its area code, in any common format: (415) 555-0134, 415-555-0134 or +1 415 555 0134."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserPhoneNoText, "USR-PHONE-NO-TEXT", Severity::Alert, FileKind::Users, "phone",
         QT_TRANSLATE_NOOP("Rules", "Phone number outside the US and Canada"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is a number outside the US and Canada (region %2); the hub cannot text it."),
         QT_TRANSLATE_NOOP("Rules", "The number is kept, but no text messages reach it."),
         QT_TRANSLATE_NOOP("Rules", "Add an email for this person, or a US or Canadian mobile number if they have one."),
         "", "", "", {HubCsvFormat}},
        {RuleId::UserLanguageInvalid, "USR-LANGUAGE-INVALID", Severity::Alert, FileKind::Users, "metadata.preferredLanguage",
         QT_TRANSLATE_NOOP("Rules", "Preferred language not a language code"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is not an ISO 639 language code or a BCP-47 tag%2."),
         QT_TRANSLATE_NOOP("Rules", "The account is created in English: messages are not translated for this person."),
         QT_TRANSLATE_NOOP("Rules", "Use a language code: en, es, vi, zh, or a tag such as es-MX."),
         "", "", "", {HubAeries, HubCsvFormat}},
        {RuleId::DemBirthDateTooOld, "DEM-BIRTHDATE-TOO-OLD", Severity::Alert, FileKind::Demographics, "birthDate",
         QT_TRANSLATE_NOOP("Rules", "Birth date before 1900"),
         QT_TRANSLATE_NOOP("Rules", "“%1” is before 1900: probably a typo or a placeholder."),
         QT_TRANSLATE_NOOP("Rules", "The hub's help pages do not cover this, and OneRoster accepts any date: the student is created with this birth date."),
         QT_TRANSLATE_NOOP("Rules", "Correct the year in the SIS."),
         "", "", "", {OneRosterDemographics}},
        {RuleId::UnusedFieldBlank, "ONEROSTER-FIELD-BLANK", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "OneRoster field left blank"),
         QT_TRANSLATE_NOOP("Rules", "%1 rows leave %2 blank, the first on this line."),
         QT_TRANSLATE_NOOP("Rules", "Nothing is lost: OneRoster requires this field, but the hub does not use it."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do for the hub. Other OneRoster consumers may need it: fill it in the SIS export if you share the files elsewhere."),
         "", "", "", {OneRosterRequiredFields}},
        {RuleId::DeltaStatusInvalid, "DELTA-STATUS-INVALID", Severity::Error, AnyFile, "status",
         QT_TRANSLATE_NOOP("Rules", "Delta row without a status"),
         QT_TRANSLATE_NOOP("Rules", "The manifest sends this file as delta, but the status is “%1”, not active or tobedeleted."),
         QT_TRANSLATE_NOOP("Rules", "The change in this row cannot be applied: the hub does not know whether to add or remove it."),
         QT_TRANSLATE_NOOP("Rules", "In a delta file every row says active or tobedeleted. If the SIS exports whole files, set the file to bulk in the manifest instead."),
         "", "", "", {OneRosterDelta}},
        {RuleId::DeltaDateInvalid, "DELTA-DATE-INVALID", Severity::Error, AnyFile, "dateLastModified",
         QT_TRANSLATE_NOOP("Rules", "Delta row without a change time"),
         QT_TRANSLATE_NOOP("Rules", "The manifest sends this file as delta, but dateLastModified “%1” is not a UTC time such as 2026-11-23T08:30:00Z."),
         QT_TRANSLATE_NOOP("Rules", "The change cannot be ordered against others, so the row is not applied."),
         QT_TRANSLATE_NOOP("Rules", "Write dateLastModified as an ISO 8601 UTC timestamp: 2026-11-23T08:30:00Z (fractions of a second allowed)."),
         "", "", "", {OneRosterDelta}},
        {RuleId::UserEmergencyContact, "USR-EMERGENCY-CONTACT", Severity::Hold, FileKind::Users, "metadata.contactType",
         QT_TRANSLATE_NOOP("Rules", "Emergency contact shared"),
         QT_TRANSLATE_NOOP("Rules", "%3 is typed “%1” in the SIS: an emergency contact, not a parent or guardian."),
         QT_TRANSLATE_NOOP("Rules", "The school's sync is put on hold for review: an account would be created for someone who should only be called in an emergency."),
         QT_TRANSLATE_NOOP("Rules", "Leave emergency contacts out of the data shared with the hub: share only the parents and guardians who should get messages."),
         QT_TRANSLATE_NOOP("Rules", "Filter out emergency contacts in the sharing rules of the hub's record in Aeries."),
         QT_TRANSLATE_NOOP("Rules", "In Clever, change the app's sharing rules so that contacts of type Emergency are not shared."),
         "", {HubClever, HubAeries}},
        {RuleId::CleverStaffAdmin, "CLV-STAFF-ADMIN", Severity::Info, FileKind::Users, "role",
         QT_TRANSLATE_NOOP("Rules", "Clever staff become administrators"),
         QT_TRANSLATE_NOOP("Rules", "%3 is staff in Clever and becomes an administrator in the hub."),
         QT_TRANSLATE_NOOP("Rules", "An administrator account is created for every staff member Clever shares, with access to the schools they are staff at."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do if this person should administer the hub. Otherwise remove the staff role in Clever, or check the Filters tab for the staff shared with the app."),
         "", QT_TRANSLATE_NOOP("Rules", "In Clever, the Filters tab decides which staff the app sees; make sure no filter leaves out staff who should be administrators."),
         "", {HubClever}},
        {RuleId::CleverLanguageMissing, "CLV-LANGUAGE-MISSING", Severity::Info, FileKind::Users, "metadata.preferredLanguage",
         QT_TRANSLATE_NOOP("Rules", "No preferred language from Clever"),
         QT_TRANSLATE_NOOP("Rules", "%1 students and contacts have no preferred language in Clever, the first on this line."),
         QT_TRANSLATE_NOOP("Rules", "Their accounts are created in English, and messages are not translated for them until they choose a language themselves."),
         QT_TRANSLATE_NOOP("Rules", "Clever carries the preferred language only on the student: add preferred_language (and guardian_preferred_language for the student's contacts) to the student's ext field, or, with Clever's API v3.1, fill the student's home language."),
         "", QT_TRANSLATE_NOOP("Rules", "Add preferred_language and guardian_preferred_language to the Student objects' ext field in Clever; Clever has no language on contacts."),
         "", {HubClever}},
        {RuleId::AeriesCredentialSpaces, "AER-CREDENTIAL-SPACES", Severity::Alert, FileKind::Manifest, "value",
         QT_TRANSLATE_NOOP("Rules", "Aeries credentials with spaces"),
         QT_TRANSLATE_NOOP("Rules", "The %1 entered for this pull had spaces before or after it; Rosterbench removed them to connect."),
         QT_TRANSLATE_NOOP("Rules", "Pasted the same way into the hub's Aeries setup, the credentials are refused, and the sync cannot be set up."),
         QT_TRANSLATE_NOOP("Rules", "Copy the OneRoster URL, Consumer ID and Consumer Secret again from Aeries, and remove any space before or after them before you click Continue in the hub."),
         QT_TRANSLATE_NOOP("Rules", "The Consumer ID and Secret are on the hub's record of Aeries's API Security page."),
         "", "", {HubAeries}},
        {RuleId::SchoolNotMatched, "SCH-NOT-MATCHED", Severity::Info, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School not matched to the hub"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” is not matched to a hub school yet."),
         QT_TRANSLATE_NOOP("Rules", "Until it is matched and confirmed, its people and classes do not sync to the hub."),
         QT_TRANSLATE_NOOP("Rules", "Match it to its hub school in Schools ▸ Match Schools, or leave it out on purpose."),
         "", "", "", {HubAeries, HubClever, HubClassLink}},
        {RuleId::SchoolDeselected, "SCH-DESELECTED", Severity::Info, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School left out of the sync"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” was left out of the school matching."),
         QT_TRANSLATE_NOOP("Rules", "Its people and classes do not sync to the hub."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do if it should not sync. Once confirmed, only the hub's support can change it."),
         "", "", "", {HubAeries, HubClever, HubClassLink}},
        {RuleId::AeriesStudentNotEnrolled, "AER-STUDENT-NOT-ENROLLED", Severity::Alert, FileKind::Users, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Student with no current enrollment"),
         QT_TRANSLATE_NOOP("Rules", "%3 has no enrollment current today."),
         QT_TRANSLATE_NOOP("Rules", "Aeries sends the hub only students with a current enrollment: this student is not sent, so no account is created and their parents are not linked to them."),
         QT_TRANSLATE_NOOP("Rules", "If the student still attends, enroll them in this term's classes, or correct the begin and end dates of their enrollments. If they have left, nothing to do."),
         QT_TRANSLATE_NOOP("Rules", "In Aeries, check the student's section enrollments for the current term and the term's dates; a student with only past or future sections is not shared."),
         "", "", {HubAeries}},
        {RuleId::SessionSchoolRemoved, "SES-SCHOOL-REMOVED", Severity::Hold, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "School gone since the last import"),
         QT_TRANSLATE_NOOP("Rules", "The school “%1” was in the previous import of this session with %2; it is not in this one."),
         QT_TRANSLATE_NOOP("Rules", "Every user, class and enrollment of the school would be removed, so the hub holds the school's sync for review instead of applying it."),
         QT_TRANSLATE_NOOP("Rules", "If the school should still sync, find why the export left it out (a sharing rule, a filter, the school's year rolled over early) and export again. If it closed, tell the hub's support so they release the hold."),
         QT_TRANSLATE_NOOP("Rules", "In Aeries, check that the school is still shared with the hub's record on the API Security page."),
         QT_TRANSLATE_NOOP("Rules", "In Clever, check the app's sharing rules: sharing by school must include this school."),
         QT_TRANSLATE_NOOP("Rules", "In ClassLink Roster Server, check that the school is still in the app's sharing."),
         {HubSisSync, HubClever}},
        {RuleId::SessionUsersRemoved, "SES-USERS-REMOVED", Severity::Hold, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Many users removed since the last import"),
         QT_TRANSLATE_NOOP("Rules", "%1 of %3 in the previous import are gone from this one, among them %2."),
         QT_TRANSLATE_NOOP("Rules", "Removing that many people at once looks like a mistake in the export, so the hub holds the school's sync for review. Rosterbench flags a school when at least 25 of its users, and more than 10% of them, are gone."),
         QT_TRANSLATE_NOOP("Rules", "Compare with the SIS: if those people really left (the end of a school year), nothing is wrong and the hub's support releases the hold. If not, find what left them out (a filter, a missing grade, sourcedIds that changed) and export again."),
         "", "", "", {HubSisSync, HubClever}},
        {RuleId::SessionClassesRemoved, "SES-CLASSES-REMOVED", Severity::Hold, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Many classes removed since the last import"),
         QT_TRANSLATE_NOOP("Rules", "%1 of %3 in the previous import are gone from this one, among them %2."),
         QT_TRANSLATE_NOOP("Rules", "Their classes and messages would go from the hub at once, so the hub holds the school's sync for review. Rosterbench flags a school when at least 25 of its classes, and more than 10% of them, are gone."),
         QT_TRANSLATE_NOOP("Rules", "At a change of term this is expected, and the hub's support releases the hold. Otherwise check the terms and sections shared with the hub, and that class sourcedIds did not change, and export again."),
         "", "", "", {HubSisSync, HubClever}},
        {RuleId::SessionEnrollmentsDropped, "SES-ENROLLMENTS-DROPPED", Severity::Hold, FileKind::Orgs, "sourcedId",
         QT_TRANSLATE_NOOP("Rules", "Far fewer enrollments than the last import"),
         QT_TRANSLATE_NOOP("Rules", "%3 had %1 enrollments in the previous import and has %2 in this one."),
         QT_TRANSLATE_NOOP("Rules", "People would be taken out of their classes in large numbers, so the hub holds the school's sync for review. Rosterbench flags a school when its enrollments fall by at least 25, and by more than 10%."),
         QT_TRANSLATE_NOOP("Rules", "Check that enrollments.csv is complete: a spreadsheet cuts files at 1,048,576 rows, and a filter on terms or sections can leave classes empty. Export again from the SIS rather than editing the file."),
         "", "", "", {HubSisSync, HubClever}},
        {RuleId::SessionUploadOld, "SES-UPLOAD-OLD", Severity::Alert, FileKind::Manifest, "",
         QT_TRANSLATE_NOOP("Rules", "Latest export more than 90 days old"),
         QT_TRANSLATE_NOOP("Rules", "The latest import in this session is %1 days old."),
         QT_TRANSLATE_NOOP("Rules", "If it is also the latest upload the hub has, the hub no longer removes users and classes that left the SIS: removals are automated only while files arrive at least every 90 days."),
         QT_TRANSLATE_NOOP("Rules", "Export from the SIS again and upload the new files, then keep uploading at least every 90 days."),
         "", "", "", {HubSisSync, HubCsvFormat}},
    }};
    return rules;
}

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate("Rules", text) : QString();
}

} // namespace

const Rule &rule(RuleId id)
{
    return catalogue()[size_t(id)];
}

std::optional<RuleId> findByCode(const QString &code)
{
    for (const Rule &r : catalogue()) {
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return r.id;
    }
    return std::nullopt;
}

QString code(RuleId id) { return QString::fromLatin1(rule(id).code); }

QString fingerprint()
{
    static const QString value = [] {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int r = 0; r < RuleCount; ++r) {
            const Rule &entry = rule(RuleId(r));
            const QByteArray line = QByteArray(entry.code) + ' ' + QByteArray::number(int(entry.severity)) + ' '
                + QByteArray::number(int(entry.file)) + ' ' + QByteArray(entry.field) + '\n';
            hash.addData(line);
        }
        return QString::fromLatin1(hash.result().toHex().left(16));
    }();
    return value;
}
Severity severity(RuleId id) { return rule(id).severity; }
QString title(RuleId id) { return translated(rule(id).title); }
QString messageTemplate(RuleId id) { return translated(rule(id).message); }
QString whatHappens(RuleId id) { return translated(rule(id).happens); }
QString howToFix(RuleId id) { return translated(rule(id).fix); }

QString fixFor(RuleId id, const QString &sis)
{
    const Rule &r = rule(id);
    if (sis == QLatin1String("aeries"))
        return translated(r.fixAeries);
    if (sis == QLatin1String("clever"))
        return translated(r.fixClever);
    if (sis == QLatin1String("classlink"))
        return translated(r.fixClassLink);
    return {};
}

QStringList sources(RuleId id)
{
    QStringList out;
    for (const char *source : rule(id).sources) {
        if (source && *source)
            out.append(translated(source));
    }
    return out;
}

QString sourceLine(RuleId id)
{
    const QStringList all = sources(id);
    if (all.isEmpty())
        return {};
    return all.size() == 1 ? QCoreApplication::translate("Rules", "Source: %1").arg(all.first())
                           : QCoreApplication::translate("Rules", "Sources: %1").arg(all.join(QStringLiteral("; ")));
}

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Alert: return QStringLiteral("alert");
    case Severity::Hold: return QStringLiteral("hold");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("Rules", "error");
    case Severity::Alert: return QCoreApplication::translate("Rules", "alert");
    case Severity::Hold: return QCoreApplication::translate("Rules", "hold");
    case Severity::Info: return QCoreApplication::translate("Rules", "info");
    }
    return {};
}

QString severityCount(Severity s, qint64 n)
{
    const int count = int(std::min<qint64>(n, INT32_MAX));
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("Rules", "%n error(s)", nullptr, count);
    case Severity::Alert: return QCoreApplication::translate("Rules", "%n alert(s)", nullptr, count);
    case Severity::Hold: return QCoreApplication::translate("Rules", "%n hold(s)", nullptr, count);
    case Severity::Info: return QCoreApplication::translate("Rules", "%n notice(s)", nullptr, count);
    }
    return {};
}

} // namespace rb::RuleCatalogue
