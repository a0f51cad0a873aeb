#pragma once

#include <QByteArrayList>
#include <QString>

#include <array>
#include <cstdint>

namespace rb {

// The OneRoster 1.1 CSV files Rosterbench knows. The first six are required by the hub.
enum class FileKind : uint8_t {
    Manifest,
    Orgs,
    Users,
    Demographics,
    Classes,
    Enrollments,
    AcademicSessions,
    Courses,
    Other, // any other file in the export; not read
};

constexpr int KnownFileKindCount = int(FileKind::Other);

namespace Schema {

// The exact, case-sensitive file name ("users.csv").
QString fileName(FileKind kind);
// The kind whose exact file name is `name`, or Other.
FileKind kindForFileName(const QString &name);
// The kind whose file name matches `name` ignoring case ("Users.csv" → Users), or Other.
FileKind kindForFileNameIgnoringCase(const QString &name);
// True for the six files the hub requires in every upload.
bool isRequired(FileKind kind);
// Required files, in the order they are reported.
const std::array<FileKind, 6> &requiredKinds();

// The OneRoster 1.1 header of a file, in order.
const QByteArrayList &header(FileKind kind);

// The `file.*` manifest property that describes `kind` ("file.users"), empty for the manifest.
QByteArray manifestProperty(FileKind kind);

// Every `file.*` property OneRoster 1.1 defines.
const QByteArrayList &manifestFileProperties();

} // namespace Schema

// Column positions of each file's OneRoster fields, in header order. Tables map these to the
// file's own column order, which may differ.
namespace OrgsField {
enum : int { SourcedId, Status, DateLastModified, Name, Type, Identifier, ParentSourcedId };
}
namespace UsersField {
enum : int {
    SourcedId, Status, DateLastModified, EnabledUser, OrgSourcedIds, Role, Username, UserIds,
    GivenName, FamilyName, MiddleName, Identifier, Email, Sms, Phone, AgentSourcedIds, Grades,
    Password
};
}
namespace DemographicsField {
enum : int {
    SourcedId, Status, DateLastModified, BirthDate, Sex, AmericanIndianOrAlaskaNative, Asian,
    BlackOrAfricanAmerican, NativeHawaiianOrOtherPacificIslander, White,
    DemographicRaceTwoOrMoreRaces, HispanicOrLatinoEthnicity, CountryOfBirthCode,
    StateOfBirthAbbreviation, CityOfBirth, PublicSchoolResidenceStatus
};
}
namespace ClassesField {
enum : int {
    SourcedId, Status, DateLastModified, Title, Grades, CourseSourcedId, ClassCode, ClassType,
    Location, SchoolSourcedId, TermSourcedIds, Subjects, SubjectCodes, Periods
};
}
namespace EnrollmentsField {
enum : int {
    SourcedId, Status, DateLastModified, ClassSourcedId, SchoolSourcedId, UserSourcedId, Role,
    Primary, BeginDate, EndDate
};
}
namespace ManifestField {
enum : int { PropertyName, Value };
}

} // namespace rb
