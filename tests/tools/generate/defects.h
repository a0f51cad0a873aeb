#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace rb {

// Problems the generator can plant in an otherwise clean export. Each is decided row by row:
// a row that can carry the defect carries it with the defect's probability, or when it is the
// row chosen with --plant.
enum class Defect : uint8_t {
    TeacherNoEmail,
    DuplicateUserId,
    BadOrgRef,
    BadBirthdate,
    FutureBirthdate,
    QuoteInCell,
    ShortRow,
    BadUtf8,
    BadGrade,
    BadPhone,
    GuardianNoContact,
    OrphanEnrollment,
    DuplicateEnrollment,
    ParentEnrolled,
    BadLanguage,
    BadPrimary,
    UnquotedComma,
    BadEmail,
    BadAgentRef,
    DuplicateClassTitle,
    NonAcademicClass,
};

constexpr int DefectCount = int(Defect::NonAcademicClass) + 1;

struct DefectInfo
{
    Defect defect;
    const char *name;        // as on the command line: "teacher-no-email"
    const char *file;        // the file it appears in
    const char *description; // one line for --help
};

const std::array<DefectInfo, DefectCount> &defectCatalogue();
const DefectInfo &defectInfo(Defect defect);
QString defectName(Defect defect);
std::optional<Defect> defectByName(const QString &name);

} // namespace rb
