#include "defects.h"

namespace rb {

const std::array<DefectInfo, DefectCount> &defectCatalogue()
{
    static const std::array<DefectInfo, DefectCount> all = {{
        {Defect::TeacherNoEmail, "teacher-no-email", "users.csv",
         "a teacher with a blank email"},
        {Defect::DuplicateUserId, "duplicate-user-id", "users.csv",
         "a student or teacher written twice with one sourcedId, the second time at another "
         "school"},
        {Defect::BadOrgRef, "bad-org-ref", "users.csv",
         "orgSourcedIds naming a school that is not in orgs.csv"},
        {Defect::BadBirthdate, "bad-birthdate", "demographics.csv",
         "an impossible birth date: 13/45/2010, 2010-02-30, 2010-13-01"},
        {Defect::FutureBirthdate, "future-birthdate", "demographics.csv",
         "a birth date years in the future (a typo in the year)"},
        {Defect::QuoteInCell, "quote-in-cell", "users.csv",
         "a nickname in quotes inside an unquoted given name: Robert \"Rob\""},
        {Defect::ShortRow, "short-row", "any file but manifest.csv",
         "a row missing its last cell"},
        {Defect::BadUtf8, "bad-utf8", "users.csv",
         "Windows-1252 curly quotes (bytes 0x93, 0x94) around a nickname in a given name"},
        {Defect::BadGrade, "bad-grade", "users.csv, classes.csv",
         "a grade not in the OneRoster list: 1 for 01, 13, K"},
        {Defect::BadPhone, "bad-phone", "users.csv",
         "a guardian phone number that is too short: 555-01"},
        {Defect::GuardianNoContact, "guardian-no-contact", "users.csv",
         "a guardian with no email, phone or sms"},
        {Defect::OrphanEnrollment, "orphan-enrollment", "enrollments.csv",
         "an enrollment whose classSourcedId names no class"},
        {Defect::DuplicateEnrollment, "duplicate-enrollment", "enrollments.csv",
         "a student enrolled twice in the same class (two sourcedIds)"},
        {Defect::ParentEnrolled, "parent-enrolled", "enrollments.csv",
         "a student's parent or guardian enrolled in the student's class"},
        {Defect::BadLanguage, "bad-language", "users.csv",
         "metadata.preferredLanguage not a language code: english, sp, Spanish"},
        {Defect::BadPrimary, "bad-primary", "enrollments.csv",
         "primary not true or false: TRUE, Yes, FALSE, No"},
        {Defect::UnquotedComma, "unquoted-comma", "users.csv",
         "a family name with a suffix and no quotes (Smith, Jr.): one cell too many"},
        {Defect::BadEmail, "bad-email", "users.csv",
         "a malformed email: a doubled @, no domain, a space"},
        {Defect::BadAgentRef, "bad-agent-ref", "users.csv",
         "a student's agentSourcedIds naming a guardian who is not in users.csv"},
        {Defect::DuplicateClassTitle, "duplicate-class-title", "classes.csv",
         "a class titled like the class before it, same school and grade"},
        {Defect::NonAcademicClass, "non-academic-class", "classes.csv",
         "a class renamed to Study Hall or Lunch"},
    }};
    return all;
}

const DefectInfo &defectInfo(Defect defect)
{
    return defectCatalogue()[size_t(defect)];
}

QString defectName(Defect defect)
{
    return QLatin1String(defectInfo(defect).name);
}

std::optional<Defect> defectByName(const QString &name)
{
    for (const DefectInfo &info : defectCatalogue()) {
        if (name == QLatin1String(info.name))
            return info.defect;
    }
    return std::nullopt;
}

} // namespace rb
