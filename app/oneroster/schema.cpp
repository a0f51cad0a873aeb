#include "schema.h"

#include <QHash>

namespace rb::Schema {

namespace {

struct FileSpec
{
    FileKind kind;
    QString name;
    QByteArray manifestProperty;
    QByteArrayList header;
};

const std::array<FileSpec, KnownFileKindCount> &specs()
{
    static const std::array<FileSpec, KnownFileKindCount> all = {{
        {FileKind::Manifest, QStringLiteral("manifest.csv"), {}, {"propertyName", "value"}},
        {FileKind::Orgs, QStringLiteral("orgs.csv"), "file.orgs",
         {"sourcedId", "status", "dateLastModified", "name", "type", "identifier",
          "parentSourcedId"}},
        {FileKind::Users, QStringLiteral("users.csv"), "file.users",
         {"sourcedId", "status", "dateLastModified", "enabledUser", "orgSourcedIds", "role",
          "username", "userIds", "givenName", "familyName", "middleName", "identifier", "email",
          "sms", "phone", "agentSourcedIds", "grades", "password"}},
        {FileKind::Demographics, QStringLiteral("demographics.csv"), "file.demographics",
         {"sourcedId", "status", "dateLastModified", "birthDate", "sex",
          "americanIndianOrAlaskaNative", "asian", "blackOrAfricanAmerican",
          "nativeHawaiianOrOtherPacificIslander", "white", "demographicRaceTwoOrMoreRaces",
          "hispanicOrLatinoEthnicity", "countryOfBirthCode", "stateOfBirthAbbreviation",
          "cityOfBirth", "publicSchoolResidenceStatus"}},
        {FileKind::Classes, QStringLiteral("classes.csv"), "file.classes",
         {"sourcedId", "status", "dateLastModified", "title", "grades", "courseSourcedId",
          "classCode", "classType", "location", "schoolSourcedId", "termSourcedIds", "subjects",
          "subjectCodes", "periods"}},
        {FileKind::Enrollments, QStringLiteral("enrollments.csv"), "file.enrollments",
         {"sourcedId", "status", "dateLastModified", "classSourcedId", "schoolSourcedId",
          "userSourcedId", "role", "primary", "beginDate", "endDate"}},
        {FileKind::AcademicSessions, QStringLiteral("academicSessions.csv"),
         "file.academicSessions",
         {"sourcedId", "status", "dateLastModified", "title", "type", "startDate", "endDate",
          "parentSourcedId", "schoolYear"}},
        {FileKind::Courses, QStringLiteral("courses.csv"), "file.courses",
         {"sourcedId", "status", "dateLastModified", "schoolYearSourcedId", "title", "courseCode",
          "grades", "orgSourcedId", "subjects", "subjectCodes"}},
    }};
    return all;
}

} // namespace

QString fileName(FileKind kind)
{
    if (kind == FileKind::Other)
        return {};
    return specs()[size_t(kind)].name;
}

FileKind kindForFileName(const QString &name)
{
    for (const FileSpec &spec : specs()) {
        if (spec.name == name)
            return spec.kind;
    }
    return FileKind::Other;
}

FileKind kindForFileNameIgnoringCase(const QString &name)
{
    for (const FileSpec &spec : specs()) {
        if (spec.name.compare(name, Qt::CaseInsensitive) == 0)
            return spec.kind;
    }
    return FileKind::Other;
}

bool isRequired(FileKind kind)
{
    return kind <= FileKind::Enrollments;
}

const std::array<FileKind, 6> &requiredKinds()
{
    static const std::array<FileKind, 6> kinds = {FileKind::Manifest, FileKind::Orgs,
                                                  FileKind::Users, FileKind::Demographics,
                                                  FileKind::Classes, FileKind::Enrollments};
    return kinds;
}

const QByteArrayList &header(FileKind kind)
{
    static const QByteArrayList none;
    if (kind == FileKind::Other)
        return none;
    return specs()[size_t(kind)].header;
}

QByteArray manifestProperty(FileKind kind)
{
    if (kind == FileKind::Other)
        return {};
    return specs()[size_t(kind)].manifestProperty;
}

const QByteArrayList &manifestFileProperties()
{
    static const QByteArrayList all = {
        "file.academicSessions", "file.categories", "file.classes", "file.classResources",
        "file.courses", "file.courseResources", "file.demographics", "file.enrollments",
        "file.lineItems", "file.orgs", "file.resources", "file.results", "file.users"};
    return all;
}

} // namespace rb::Schema
