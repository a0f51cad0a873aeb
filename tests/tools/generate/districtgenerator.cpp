#include "districtgenerator.h"

#include "csvwriter.h"
#include "namelists.h"
#include "random.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_set>

namespace rb {

namespace {

using names::Name;
using names::Origin;
using namespace std::string_view_literals;

// ---- Fixed facts of the generated district -------------------------------------------------

// Streams of random numbers, one per kind of entity (see Rng::stream).
enum Stream : uint64_t {
    StreamDistrict = 1,
    StreamSchool,
    StreamStudent,
    StreamGuardianCount,
    StreamGuardian,
    StreamStaff,
    StreamEntry,
    StreamDefect = 1000,
    StreamDefectVariant = 2000,
};

// The export describes the 2025-26 school year. Birth dates follow the September 1 cut-off.
constexpr int SchoolYear = 2025;
constexpr std::string_view TermId = "SY2025-26";
constexpr std::string_view SystemName = "Rosterbench Generator";
constexpr std::string_view SystemCode = "rosterbench-generate";

// Grade indices: 0 PK, 1 KG, 2..13 grades 01..12.
constexpr int GradeCount = 14;
constexpr std::string_view GradeCodes[GradeCount] = {"PK", "KG", "01", "02", "03", "04", "05",
                                                     "06", "07", "08", "09", "10", "11", "12"};
constexpr std::string_view GradeLabels[7] = {"Pre-K",   "Kindergarten", "Grade 1", "Grade 2",
                                             "Grade 3", "Grade 4",      "Grade 5"};
// Relative size of each grade: pre-kindergarten is half a grade.
constexpr uint64_t GradeWeights[GradeCount] = {50,  100, 100, 100, 100, 100, 100,
                                               100, 100, 100, 100, 100, 100, 100};
constexpr uint64_t GradeWeightTotal = 1350;
constexpr int FirstSecondaryGrade = 7; // grade 06: scheduled by period, taught by subject

constexpr int ClassSize = 25;
constexpr uint64_t StudentsPerSchool = 600;
constexpr uint64_t SmallSchool = 200; // fewer students: teachers cover several subjects
constexpr uint32_t NoSchool = std::numeric_limits<uint32_t>::max();

enum class Level : uint8_t { Elementary, Middle, High, K8, K12 };

struct LevelInfo
{
    int firstGrade;
    int lastGrade;
    std::string_view suffix;
    int administrators;
    int aides;
};

const LevelInfo &levelInfo(Level level)
{
    static const LevelInfo info[] = {
        {0, 6, "Elementary School", 2, 3}, {7, 9, "Middle School", 3, 2},
        {10, 13, "High School", 4, 2},     {0, 9, "K-8 School", 3, 3},
        {0, 13, "K-12 Academy", 4, 3},
    };
    return info[size_t(level)];
}

// ---- Courses -------------------------------------------------------------------------------

enum class Area : uint8_t { Homeroom, English, Math, Science, Social, Languages, Arts, Music, PE,
                            Library };

struct Course
{
    std::string_view title;    // secondary: the course; elementary: the subject ("" = homeroom)
    std::string_view code;     // stem of classCode
    std::string_view subject;  // subjects
    std::string_view sced;     // subjectCodes (SCED), secondary only
    std::string_view grades;   // the class's grades when more than its own grade
    Area area;
    bool specialist;           // elementary: taught by a specialist, not the homeroom teacher
    std::string_view location; // a specialist's room
};

constexpr int Slots = 6;

// Pre-kindergarten has four classes; every other elementary grade six. Slot 4 alternates Art
// and Music by section.
constexpr Course PreKCourses[4] = {
    {"", "HR", "", "", "", Area::Homeroom, false, ""},
    {"Music & Movement", "MUSMOV", "Music", "", "", Area::Music, true, "Music Room"},
    {"Library", "LIB", "Library Media", "", "", Area::Library, true, "Library"},
    {"PE", "PE", "Physical Education", "", "", Area::PE, true, "Gym"},
};
constexpr Course ElementaryCourses[Slots][2] = {
    {{"", "HR", "", "", "", Area::Homeroom, false, ""}, {}},
    {{"Reading", "RDG", "English Language Arts", "", "", Area::English, false, ""}, {}},
    {{"Math", "MATH", "Mathematics", "", "", Area::Math, false, ""}, {}},
    {{"Science", "SCI", "Science", "", "", Area::Science, false, ""}, {}},
    {{"Art", "ART", "Visual Arts", "", "", Area::Arts, true, "Art Room"},
     {"Music", "MUS", "Music", "", "", Area::Music, true, "Music Room"}},
    {{"PE", "PE", "Physical Education", "", "", Area::PE, true, "Gym"}, {}},
};

// Grades 06 to 12: six courses each; slot 5 (and a few others) alternate by section.
constexpr Course SecondaryCourses[7][Slots][2] = {
    {// grade 06
     {{"English 6", "ENG6", "English Language Arts", "", "", Area::English, false, ""}, {}},
     {{"Math 6", "MATH6", "Mathematics", "", "", Area::Math, false, ""}, {}},
     {{"Science 6", "SCI6", "Science", "", "", Area::Science, false, ""}, {}},
     {{"Ancient Civilizations", "HIST6", "Social Studies", "", "", Area::Social, false, ""}, {}},
     {{"PE 6", "PE6", "Physical Education", "", "", Area::PE, false, "Gym"}, {}},
     {{"Band 6", "BAND6", "Music", "", "", Area::Music, false, "Band Room"},
      {"Art 6", "ART6", "Visual Arts", "", "", Area::Arts, false, ""}}},
    {// grade 07
     {{"English 7", "ENG7", "English Language Arts", "", "", Area::English, false, ""}, {}},
     {{"Math 7", "MATH7", "Mathematics", "", "", Area::Math, false, ""}, {}},
     {{"Life Science", "LSCI7", "Science", "", "", Area::Science, false, ""}, {}},
     {{"World History 7", "HIST7", "Social Studies", "", "", Area::Social, false, ""}, {}},
     {{"PE 7", "PE7", "Physical Education", "", "", Area::PE, false, "Gym"}, {}},
     {{"Spanish 1A", "SPN1A", "World Languages", "", "07,08", Area::Languages, false, ""},
      {"Art 7", "ART7", "Visual Arts", "", "", Area::Arts, false, ""}}},
    {// grade 08
     {{"English 8", "ENG8", "English Language Arts", "", "", Area::English, false, ""}, {}},
     {{"Pre-Algebra", "PREALG", "Mathematics", "", "", Area::Math, false, ""}, {}},
     {{"Physical Science", "PSCI8", "Science", "", "", Area::Science, false, ""}, {}},
     {{"U.S. History 8", "USH8", "Social Studies", "", "", Area::Social, false, ""}, {}},
     {{"PE 8", "PE8", "Physical Education", "", "", Area::PE, false, "Gym"}, {}},
     {{"Spanish 1B", "SPN1B", "World Languages", "", "07,08", Area::Languages, false, ""},
      {"Band 8", "BAND8", "Music", "", "", Area::Music, false, "Band Room"}}},
    {// grade 09
     {{"English 9", "ENG9", "English Language Arts", "01001", "", Area::English, false, ""}, {}},
     {{"Algebra I", "ALG1", "Mathematics", "02052", "", Area::Math, false, ""}, {}},
     {{"Biology", "BIO", "Science", "03051", "", Area::Science, false, ""}, {}},
     {{"World Geography", "WGEO", "Social Studies", "04001", "", Area::Social, false, ""}, {}},
     {{"Physical Education 9", "PE9", "Physical Education", "08001", "", Area::PE, false, "Gym"},
      {}},
     {{"Spanish I", "SPN1", "World Languages", "06101", "09,10", Area::Languages, false, ""},
      {"Art I", "ART1", "Visual Arts", "05154", "09,10,11,12", Area::Arts, false, ""}}},
    {// grade 10
     {{"English 10", "ENG10", "English Language Arts", "01002", "", Area::English, false, ""}, {}},
     {{"Geometry", "GEOM", "Mathematics", "02072", "", Area::Math, false, ""}, {}},
     {{"Chemistry", "CHEM", "Science", "03101", "", Area::Science, false, ""}, {}},
     {{"World History", "WHIST", "Social Studies", "04051", "", Area::Social, false, ""}, {}},
     {{"Health", "HLTH", "Health", "08051", "", Area::PE, false, ""}, {}},
     {{"Spanish II", "SPN2", "World Languages", "06102", "10,11", Area::Languages, false, ""},
      {"Ceramics", "CERAM", "Visual Arts", "05162", "10,11,12", Area::Arts, false, ""}}},
    {// grade 11
     {{"American Literature", "AMLIT", "English Language Arts", "01003", "", Area::English,
       false, ""},
      {}},
     {{"Algebra II", "ALG2", "Mathematics", "02056", "", Area::Math, false, ""}, {}},
     {{"Physics", "PHYS", "Science", "03151", "", Area::Science, false, ""}, {}},
     {{"U.S. History", "USHIST", "Social Studies", "04101", "", Area::Social, false, ""}, {}},
     {{"Psychology", "PSYCH", "Social Studies", "04254", "11,12", Area::Social, false, ""}, {}},
     {{"Spanish III", "SPN3", "World Languages", "06103", "11,12", Area::Languages, false, ""},
      {"Art II", "ART2", "Visual Arts", "05155", "10,11,12", Area::Arts, false, ""}}},
    {// grade 12
     {{"English 12", "ENG12", "English Language Arts", "01004", "", Area::English, false, ""}, {}},
     {{"Pre-Calculus", "PRECALC", "Mathematics", "02110", "", Area::Math, false, ""}, {}},
     {{"Environmental Science", "ENVSCI", "Science", "03003", "", Area::Science, false, ""}, {}},
     {{"American Government", "GOVT", "Social Studies", "04151", "", Area::Social, false, ""}, {}},
     {{"Economics", "ECON", "Social Studies", "04201", "", Area::Social, false, ""}, {}},
     {{"Ceramics II", "CERAM2", "Visual Arts", "05163", "11,12", Area::Arts, false, ""},
      {"Journalism", "JOURN", "English Language Arts", "01104", "11,12", Area::English, false,
       ""}}},
};

int slotsForGrade(int grade)
{
    return grade == 0 ? 4 : Slots;
}

int variantsFor(int grade, int slot)
{
    if (grade == 0)
        return 1;
    if (grade < FirstSecondaryGrade)
        return ElementaryCourses[slot][1].code.empty() ? 1 : 2;
    return SecondaryCourses[grade - FirstSecondaryGrade][slot][1].code.empty() ? 1 : 2;
}

const Course &course(int grade, int slot, int variant)
{
    if (grade == 0)
        return PreKCourses[slot];
    if (grade < FirstSecondaryGrade)
        return ElementaryCourses[slot][variant];
    return SecondaryCourses[grade - FirstSecondaryGrade][slot][variant];
}

// ---- Dates ---------------------------------------------------------------------------------

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
int64_t daysFromCivil(int64_t y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

struct Date
{
    int year;
    int month;
    int day;
};

Date civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

void appendDigits(std::string &out, int value, int width)
{
    char digits[12];
    int n = 0;
    unsigned v = unsigned(value);
    do {
        digits[n++] = char('0' + v % 10);
        v /= 10;
    } while (v != 0);
    while (n < width)
        digits[n++] = '0';
    while (n > 0)
        out.push_back(digits[--n]);
}

void appendIsoDate(std::string &out, Date date)
{
    appendDigits(out, date.year, 4);
    out.push_back('-');
    appendDigits(out, date.month, 2);
    out.push_back('-');
    appendDigits(out, date.day, 2);
}

void appendUsDate(std::string &out, Date date)
{
    appendDigits(out, date.month, 2);
    out.push_back('/');
    appendDigits(out, date.day, 2);
    out.push_back('/');
    appendDigits(out, date.year, 4);
}

void appendNumber(std::string &out, uint64_t value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        out.push_back(digits[--n]);
}

// A US phone number in the 555 exchange, written the way parents type them: (415) 555-0134,
// 415-555-0134 or +1 415 555 0134.
void appendPhone(std::string &out, uint64_t area, uint64_t line, int format)
{
    static constexpr std::string_view Before[] = {"(", "", "+1 "};
    static constexpr std::string_view Middle[] = {") 555-", "-555-", " 555 "};
    out.append(Before[format]);
    appendNumber(out, area);
    out.append(Middle[format]);
    appendDigits(out, int(line), 4);
}

// ---- People --------------------------------------------------------------------------------

constexpr std::string_view HomeLanguage[names::OriginCount] = {"en", "es", "vi", "zh", "ar", "tl"};

Origin pickOrigin(Rng &rng, const int (&weights)[names::OriginCount])
{
    int r = int(rng.below(100));
    for (int i = 0; i < names::OriginCount; ++i) {
        if (r < weights[i])
            return Origin(i);
        r -= weights[i];
    }
    return Origin::General;
}

constexpr int StudentOrigins[names::OriginCount] = {55, 28, 5, 5, 3, 4};
constexpr int StaffOrigins[names::OriginCount] = {70, 16, 3, 4, 2, 5};

const Name &pickName(Rng &rng, const std::vector<Name> &list)
{
    return list[rng.below(uint32_t(list.size()))];
}

struct PersonName
{
    const Name *given = nullptr;
    const Name *family = nullptr;
    const Name *middle = nullptr;
    int suffix = -1; // index into names::suffixes(), or -1
};

PersonName pickPersonName(Rng &rng, Origin origin, bool female, int middlePercent,
                          int suffixPermille)
{
    const names::NameSet &set = names::nameSet(origin);
    const names::NameSet &general = names::nameSet(Origin::General);
    PersonName name;
    // Families of every origin also choose common American given names.
    const bool americanGiven = origin != Origin::General && rng.percent(12);
    const names::NameSet &givenSet = americanGiven ? general : set;
    name.given = &pickName(rng, female ? givenSet.female : givenSet.male);
    name.family = &pickName(rng, set.family);
    if (rng.percent(middlePercent)) {
        const Name &middle = pickName(rng, female ? set.female : set.male);
        if (middle.text != name.given->text)
            name.middle = &middle;
    }
    if (!female && rng.permille(suffixPermille))
        name.suffix = int(rng.below(uint32_t(names::suffixes().size())));
    return name;
}

struct Student
{
    uint64_t index = 0;
    int grade = 0;
    Origin origin = Origin::General;
    bool female = false;
    PersonName name;
    int64_t birthDay = 0;
    bool usDate = false;
    std::string_view language;
    bool raceReported = false;
    bool americanIndian = false;
    bool asian = false;
    bool black = false;
    bool pacificIslander = false;
    bool white = false;
    bool twoOrMore = false;
    bool hispanic = false;
    std::string_view countryOfBirth;
    std::string_view stateOfBirth;
    std::string_view cityOfBirth;
};

struct Guardian
{
    uint64_t index = 0; // among all guardians
    bool female = false;
    bool native = false;
    Origin origin = Origin::General;
    PersonName name;
    std::string_view role;
    bool hasPhone = false;
    bool hasSms = false;
    bool hasEmail = false;
    int phoneFormat = 0;
    int emailStyle = 0;
    int emailDomain = 0;
    std::string_view language;
};

constexpr int MaxGuardians = 3;
constexpr int MaxContactPoints = 5; // emails, phones and sms numbers of one student's guardians

struct Household
{
    int count = 0;
    Guardian guardians[MaxGuardians];
};

enum class StaffRole : uint8_t { Administrator, Teacher, Aide };

struct StaffPlan
{
    uint32_t school = NoSchool; // NoSchool: the district office
    uint32_t secondSchool = NoSchool;
    uint16_t room = 0;
    StaffRole role = StaffRole::Teacher;
};

struct SchoolPlan
{
    Level level = Level::Elementary;
    uint32_t weight = 100;
    std::string name;
    uint64_t identifier = 0;
    int titleStyle = 0; // 0: "Algebra I - Period 2", 1: "English 9 Section 3"
    uint64_t students = 0;
};

struct GroupPlan
{
    uint32_t school;
    uint8_t grade;
    uint64_t firstStudent;
    uint64_t count;
};

struct ClassPlan
{
    uint64_t firstStudent;
    uint32_t count;
    uint32_t school;
    uint32_t teacher; // staff index
    uint16_t section;
    uint16_t sections;
    uint16_t room;    // elementary: the homeroom's room
    uint8_t grade;
    uint8_t slot;
    uint8_t variant;
    uint8_t period;   // secondary: 1 to 6; elementary: 0
};

// ---- Defects -------------------------------------------------------------------------------

class DefectPlan
{
public:
    explicit DefectPlan(const GeneratorOptions &options) : m_seed(options.seed)
    {
        for (int i = 0; i < DefectCount; ++i) {
            const double rate = std::clamp(options.rates[size_t(i)], 0.0, 1.0);
            m_always[size_t(i)] = rate >= 1.0;
            m_threshold[size_t(i)] = rate >= 1.0 ? 0 : uint64_t(std::ldexp(rate, 64));
            m_plantAt[size_t(i)] = options.plantAt[size_t(i)];
        }
    }

    // Whether the next row that can carry `defect` carries it. Counts it if so.
    bool hit(Defect defect)
    {
        const size_t i = size_t(defect);
        const uint64_t ordinal = ++m_ordinal[i];
        m_planted[i] = m_plantAt[i] == ordinal;
        bool yes = m_planted[i] || m_always[i];
        if (!yes && m_threshold[i] != 0)
            yes = Rng::stream(m_seed, StreamDefect + i, ordinal).next() < m_threshold[i];
        if (yes)
            ++m_count[i];
        return yes;
    }

    // Which of `n` forms the defect just hit takes: the first when it was planted.
    uint32_t variant(Defect defect, uint32_t n) const
    {
        const size_t i = size_t(defect);
        if (m_planted[i])
            return 0;
        return Rng::stream(m_seed, StreamDefectVariant + i, m_ordinal[i]).below(n);
    }

    // A number for the defect just hit, to vary it (which missing id, which nickname).
    uint32_t number(Defect defect, uint32_t n) const
    {
        const size_t i = size_t(defect);
        return Rng::stream(m_seed, StreamDefectVariant + 500 + i, m_ordinal[i]).below(n);
    }

    uint64_t count(Defect defect) const { return m_count[size_t(defect)]; }

private:
    uint64_t m_seed;
    std::array<uint64_t, DefectCount> m_threshold{};
    std::array<bool, DefectCount> m_always{};
    std::array<uint64_t, DefectCount> m_plantAt{};
    std::array<uint64_t, DefectCount> m_ordinal{};
    std::array<bool, DefectCount> m_planted{};
    std::array<uint64_t, DefectCount> m_count{};
};

// ---- The generation ------------------------------------------------------------------------

// One users.csv row, reused from row to row so its strings keep their capacity.
struct UserRow
{
    std::string_view idPrefix;
    uint64_t idNumber = 0;
    uint32_t orgs[2] = {0, 0};
    int orgCount = 1;
    uint64_t missingOrg = 0; // non-zero: orgSourcedIds names this school number, which is absent
    std::string_view role;
    std::string username;
    std::string given;
    bool givenRaw = false;
    std::string family;
    bool familyRaw = false;
    std::string_view middle;
    uint64_t identifier = 0;
    std::string email;
    std::string sms;
    std::string phone;
    uint64_t agents[MaxGuardians] = {};
    int agentCount = 0;
    std::string_view agentPrefix;
    std::string grades;
    std::string_view language;

    // Empties the row for the next user; the strings keep their capacity.
    void reset()
    {
        idPrefix = {};
        idNumber = 0;
        orgs[0] = orgs[1] = 0;
        orgCount = 1;
        missingOrg = 0;
        role = {};
        username.clear();
        given.clear();
        givenRaw = false;
        family.clear();
        familyRaw = false;
        middle = {};
        identifier = 0;
        email.clear();
        sms.clear();
        phone.clear();
        agentCount = 0;
        agentPrefix = {};
        grades.clear();
        language = {};
    }
};

class Generation
{
public:
    Generation(const GeneratorOptions &options, GeneratorSummary &summary);

    void plan();
    void writeManifest(CsvWriter &out);
    void writeOrgs(CsvWriter &out);
    void writeUsers(CsvWriter &out);
    void writeDemographics(CsvWriter &out);
    void writeClasses(CsvWriter &out);
    void writeEnrollments(CsvWriter &out);

    void finishSummary();

private:
    void planSchools();
    void planSchoolClasses(uint32_t school, const std::vector<GroupPlan> &groups);
    uint32_t addStaff(StaffRole role, uint32_t school, uint16_t room);

    Student student(uint64_t index, int grade) const;
    Household household(uint64_t studentIndex, const Student &student) const;
    int guardianCount(uint64_t studentIndex) const;
    int64_t entryDay(uint64_t studentIndex) const;

    void fillName(UserRow &row, const PersonName &name);
    void plantNameDefects(UserRow &row, bool female);
    void breakEmail(UserRow &row);
    void writeUser(CsvWriter &out, const UserRow &row);
    void endRow(CsvWriter &out);
    void writeStaff(CsvWriter &out, uint32_t staffIndex);
    void writeStudent(CsvWriter &out, const GroupPlan &group, uint64_t index);
    void writeGuardians(CsvWriter &out, const GroupPlan &group, uint64_t index);
    void writeStudentEnrollment(CsvWriter &out, const ClassPlan &cls, uint64_t classIndex,
                                uint64_t studentIndex);
    void appendClassTitle(std::string &out, const ClassPlan &cls) const;
    void appendGradeDefect(std::string &out, std::string_view grade);

    std::string_view schoolId(uint32_t school);

    const GeneratorOptions &m_options;
    GeneratorSummary &m_summary;
    DefectPlan m_defects;
    bool m_lakeview = false;
    int m_usDatePermille = 30;

    std::string m_districtName;
    std::string m_domain;
    uint64_t m_districtCode = 0;
    std::vector<SchoolPlan> m_schools;
    std::vector<GroupPlan> m_groups;
    std::vector<ClassPlan> m_classes;
    std::vector<StaffPlan> m_staff;
    std::vector<uint64_t> m_guardianFirst; // per student, then the total
    uint64_t m_students = 0;
    uint64_t m_enrollmentNumber = 0;

    UserRow m_row;
    std::string m_schoolId; // the last schoolId()
    std::string m_previousTitle;
    uint32_t m_previousTitleSchool = NoSchool;
    int m_previousGrade = -1;
    std::unordered_set<std::string> m_staffUsernames;
};

Generation::Generation(const GeneratorOptions &options, GeneratorSummary &summary)
    : m_options(options), m_summary(summary), m_defects(options)
{
    m_lakeview = options.preset == Preset::Lakeview;
    if (m_lakeview)
        m_usDatePermille = 0;
}

// ---- Planning ------------------------------------------------------------------------------

void Generation::plan()
{
    m_students = m_options.students;
    Rng rng = Rng::stream(m_options.seed, StreamDistrict, 0);
    const auto districts = names::districtBaseNames();
    std::string_view base = districts[rng.below(uint32_t(districts.size()))];
    if (m_lakeview)
        base = "Lakeview";
    m_districtName = std::string(base) + " Unified School District";
    m_domain = names::asciiFold(base) + "usd.example.org";
    m_districtCode = 600000 + rng.below(99999);

    planSchools();

    // Guardians are numbered in student order; a student's agentSourcedIds and the guardians'
    // rows must agree, so their counts are known before anything is written.
    m_guardianFirst.resize(size_t(m_students) + 1);
    uint64_t total = 0;
    for (uint64_t i = 0; i < m_students; ++i) {
        m_guardianFirst[size_t(i)] = total;
        total += uint64_t(guardianCount(i));
    }
    m_guardianFirst[size_t(m_students)] = total;

    m_summary.districtName = QString::fromStdString(m_districtName);
    m_summary.schools = m_schools.size();
    m_summary.students = m_students;
    m_summary.guardians = total;
    m_summary.classes = m_classes.size();
    for (const StaffPlan &s : m_staff) {
        if (s.role == StaffRole::Teacher)
            ++m_summary.teachers;
        else if (s.role == StaffRole::Administrator)
            ++m_summary.administrators;
        else
            ++m_summary.aides;
    }
}

void Generation::planSchools()
{
    int k = m_options.schools;
    if (m_lakeview)
        k = 3;
    if (k <= 0)
        k = int(std::max<uint64_t>(2, (m_students + StudentsPerSchool / 2) / StudentsPerSchool));

    std::vector<Level> levels;
    if (k == 1) {
        levels = {Level::K12};
    } else if (k == 2) {
        levels = {Level::K8, Level::High};
    } else {
        const int high = std::max(1, (k * 2 + 5) / 10);
        const int middle = std::max(1, (k * 2 + 5) / 10);
        const int elementary = k - high - middle;
        levels.insert(levels.end(), size_t(elementary), Level::Elementary);
        levels.insert(levels.end(), size_t(middle), Level::Middle);
        levels.insert(levels.end(), size_t(high), Level::High);
    }

    // School names: a shuffled list of base names per level, then base names with a modifier.
    const auto bases = names::schoolBaseNames();
    const auto modifiers = names::schoolModifiers();
    std::vector<uint32_t> order(bases.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = uint32_t(i);
    Rng shuffle = Rng::stream(m_options.seed, StreamDistrict, 1);
    for (size_t i = order.size() - 1; i > 0; --i)
        std::swap(order[i], order[shuffle.below(uint32_t(i + 1))]);

    int perLevel[5] = {};
    m_schools.resize(levels.size());
    for (size_t s = 0; s < levels.size(); ++s) {
        SchoolPlan &school = m_schools[s];
        Rng rng = Rng::stream(m_options.seed, StreamSchool, s);
        school.level = levels[s];
        school.weight = uint32_t(rng.between(70, 130));
        school.titleStyle = int(rng.below(2));
        school.identifier = m_districtCode * 100000 + 101 + s * 7;
        const size_t n = size_t(perLevel[int(school.level)]++);
        const size_t offset = size_t(int(school.level)) * 37; // the same name at several levels
        std::string name(bases[order[(n + offset) % bases.size()]]);
        const size_t round = n / bases.size();
        if (round > 0) {
            name += ' ';
            name += modifiers[(round - 1) % modifiers.size()];
            if (round > modifiers.size()) {
                name += ' ';
                appendNumber(name, round / modifiers.size() + 1);
            }
        }
        name += ' ';
        name += levelInfo(school.level).suffix;
        school.name = std::move(name);
    }
    if (m_lakeview) {
        m_schools[0].name = "Lakeview Elementary School";
        m_schools[1].name = "Jefferson Middle School";
        m_schools[2].name = "Lakeview High School";
        m_schools[1].titleStyle = 1;
        m_schools[2].titleStyle = 0;
    }

    // Students per grade in the district, then per school serving the grade, by school weight.
    std::vector<uint64_t> perGrade(GradeCount);
    std::vector<std::pair<uint64_t, int>> remainders;
    uint64_t assigned = 0;
    for (int g = 0; g < GradeCount; ++g) {
        perGrade[size_t(g)] = m_students * GradeWeights[g] / GradeWeightTotal;
        assigned += perGrade[size_t(g)];
        remainders.push_back({m_students * GradeWeights[g] % GradeWeightTotal, g});
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; assigned < m_students; ++i, ++assigned)
        ++perGrade[size_t(remainders[i % remainders.size()].second)];

    std::vector<uint64_t> counts(m_schools.size() * GradeCount, 0);
    for (int g = 0; g < GradeCount; ++g) {
        uint64_t totalWeight = 0;
        for (const SchoolPlan &s : m_schools) {
            const LevelInfo &info = levelInfo(s.level);
            if (g >= info.firstGrade && g <= info.lastGrade)
                totalWeight += s.weight;
        }
        uint64_t cumulative = 0;
        uint64_t given = 0;
        for (size_t s = 0; s < m_schools.size(); ++s) {
            const LevelInfo &info = levelInfo(m_schools[s].level);
            if (g < info.firstGrade || g > info.lastGrade)
                continue;
            cumulative += m_schools[s].weight;
            const uint64_t upTo = perGrade[size_t(g)] * cumulative / totalWeight;
            counts[s * GradeCount + size_t(g)] = upTo - given;
            given = upTo;
        }
    }

    // Staff: the district office first, then each school's administrators, teachers and aides.
    const int districtAdmins = m_lakeview ? 0 : 4;
    for (int i = 0; i < districtAdmins; ++i)
        addStaff(StaffRole::Administrator, NoSchool, 0);

    uint64_t next = 0;
    for (size_t s = 0; s < m_schools.size(); ++s) {
        std::vector<GroupPlan> groups;
        for (int g = 0; g < GradeCount; ++g) {
            const uint64_t n = counts[s * GradeCount + size_t(g)];
            if (n == 0)
                continue;
            groups.push_back({uint32_t(s), uint8_t(g), next, n});
            next += n;
            m_schools[s].students += n;
        }
        m_groups.insert(m_groups.end(), groups.begin(), groups.end());
        planSchoolClasses(uint32_t(s), groups);
    }
}

uint32_t Generation::addStaff(StaffRole role, uint32_t school, uint16_t room)
{
    StaffPlan staff;
    staff.role = role;
    staff.school = school;
    staff.room = room;
    m_staff.push_back(staff);
    return uint32_t(m_staff.size() - 1);
}

void Generation::planSchoolClasses(uint32_t school, const std::vector<GroupPlan> &groups)
{
    const SchoolPlan &plan = m_schools[school];
    const LevelInfo &info = levelInfo(plan.level);
    const int admins = m_lakeview ? 1 : info.administrators;
    const int aides = m_lakeview ? (school == 0 ? 2 : 0) : info.aides;
    for (int i = 0; i < admins; ++i)
        addStaff(StaffRole::Administrator, school, 0);

    std::vector<uint32_t> specialists; // class indices taught by elementary specialists
    std::vector<uint32_t> secondary;   // class indices taught by subject teachers
    uint16_t room = 0;
    for (const GroupPlan &group : groups) {
        const int grade = group.grade;
        const uint16_t sections =
            uint16_t(std::max<uint64_t>(1, (group.count + ClassSize / 2) / ClassSize));
        auto sectionStart = [&](uint64_t sec) { return group.count * sec / sections; };
        auto makeClass = [&](int slot, uint16_t sec, uint16_t classRoom) {
            ClassPlan cls{};
            cls.firstStudent = group.firstStudent + sectionStart(sec);
            cls.count = uint32_t(sectionStart(sec + 1u) - sectionStart(sec));
            cls.school = school;
            cls.teacher = 0;
            cls.section = sec;
            cls.sections = sections;
            cls.room = classRoom;
            cls.grade = uint8_t(grade);
            cls.slot = uint8_t(slot);
            cls.variant = uint8_t(variantsFor(grade, slot) > 1 ? sec % 2 : 0);
            // Periods differ across a student's classes, across the sections of a course and
            // across one course's grades.
            cls.period = grade >= FirstSecondaryGrade ? uint8_t((sec + slot + grade) % Slots + 1)
                                                      : 0;
            m_classes.push_back(cls);
            return uint32_t(m_classes.size() - 1);
        };
        if (grade < FirstSecondaryGrade) {
            // Elementary: one homeroom teacher per section teaches the core subjects.
            for (uint16_t sec = 0; sec < sections; ++sec) {
                ++room;
                const uint32_t teacher = addStaff(StaffRole::Teacher, school, room);
                for (int slot = 0; slot < slotsForGrade(grade); ++slot) {
                    const uint32_t c = makeClass(slot, sec, room);
                    if (course(grade, slot, m_classes[c].variant).specialist)
                        specialists.push_back(c);
                    else
                        m_classes[c].teacher = teacher;
                }
            }
        } else {
            for (int slot = 0; slot < Slots; ++slot) {
                for (uint16_t sec = 0; sec < sections; ++sec)
                    secondary.push_back(makeClass(slot, sec, 0));
            }
        }
    }

    auto areaOf = [&](uint32_t c) {
        const ClassPlan &cls = m_classes[c];
        return int(course(cls.grade, cls.slot, cls.variant).area);
    };
    // Specialists (art, music, PE, library) take six classes each, subject by subject. In a
    // small school, one specialist takes twelve, and a subject teacher six of any subject.
    const bool small = plan.students < SmallSchool;
    const int specialistLoad = small ? 12 : 6;
    std::stable_sort(specialists.begin(), specialists.end(),
                     [&](uint32_t a, uint32_t b) { return areaOf(a) < areaOf(b); });
    for (size_t i = 0; i < specialists.size();) {
        const uint32_t teacher = addStaff(StaffRole::Teacher, school, 0);
        Rng rng = Rng::stream(m_options.seed, StreamStaff + 100, teacher);
        if (m_schools.size() > 1 && rng.percent(8)) // an itinerant teacher shared with a school
            m_staff[teacher].secondSchool = uint32_t((school + 1) % m_schools.size());
        const int area = areaOf(specialists[i]);
        for (int taken = 0; taken < specialistLoad && i < specialists.size()
                            && (small || areaOf(specialists[i]) == area);
             ++taken, ++i)
            m_classes[specialists[i]].teacher = teacher;
    }
    // Subject teachers take four or five sections of their subject: about 18 students each.
    std::stable_sort(secondary.begin(), secondary.end(),
                     [&](uint32_t a, uint32_t b) { return areaOf(a) < areaOf(b); });
    static constexpr int Loads[] = {5, 4, 5};
    int teachers = 0;
    for (size_t i = 0; i < secondary.size();) {
        const uint16_t teacherRoom = uint16_t(100 * (1 + teachers / 30) + teachers % 30 + 1);
        const uint32_t teacher = addStaff(StaffRole::Teacher, school, teacherRoom);
        const int load = small ? Slots : Loads[teachers % 3];
        ++teachers;
        const int area = areaOf(secondary[i]);
        for (int taken = 0;
             taken < load && i < secondary.size() && (small || areaOf(secondary[i]) == area);
             ++taken, ++i)
            m_classes[secondary[i]].teacher = teacher;
    }
    for (int i = 0; i < aides; ++i)
        addStaff(StaffRole::Aide, school, 0);
}

int Generation::guardianCount(uint64_t studentIndex) const
{
    Rng rng = Rng::stream(m_options.seed, StreamGuardianCount, studentIndex);
    const uint32_t r = rng.below(100);
    return r < 55 ? 1 : r < 95 ? 2 : 3; // 1.5 on average
}

int64_t Generation::entryDay(uint64_t studentIndex) const
{
    // Most students start with the year; a few enter later and carry a beginDate.
    Rng rng = Rng::stream(m_options.seed, StreamEntry, studentIndex);
    if (!rng.percent(4))
        return 0;
    int64_t day = daysFromCivil(SchoolYear, 8, 13) + 7 + rng.between(0, 180);
    const int64_t weekday = (day + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
    if (weekday == 6)
        day += 2; // a Saturday: the Monday after
    else if (weekday == 0)
        day += 1;
    return day;
}

Student Generation::student(uint64_t index, int grade) const
{
    Rng rng = Rng::stream(m_options.seed, StreamStudent, index);
    Student s;
    s.index = index;
    s.grade = grade;
    s.origin = pickOrigin(rng, StudentOrigins);
    s.female = rng.percent(49);
    s.name = pickPersonName(rng, s.origin, s.female, s.origin == Origin::Hispanic ? 55 : 40, 15);

    // Born in the twelve months to September 1 that put the student in this grade; a few were
    // held back a year or started early.
    int year = SchoolYear - 5 - (grade - 1);
    const uint32_t r = rng.below(100);
    if (r < 2)
        --year;
    else if (r < 3)
        ++year;
    const int64_t first = daysFromCivil(year - 1, 9, 2);
    const int64_t last = daysFromCivil(year, 9, 1);
    s.birthDay = first + int64_t(rng.below(uint32_t(last - first + 1)));
    s.usDate = rng.permille(m_usDatePermille);

    const uint32_t lang = rng.below(100);
    if (lang < 64)
        s.language = {};
    else if (lang < 93)
        s.language = "en";
    else
        s.language = HomeLanguage[int(s.origin)];

    s.raceReported = rng.percent(92);
    const uint32_t race = rng.below(100);
    switch (s.origin) {
    case Origin::General:
        s.white = race < 60;
        s.black = race >= 60 && race < 82;
        s.asian = race >= 82 && race < 88;
        s.americanIndian = race >= 88 && race < 90;
        s.pacificIslander = race >= 90 && race < 91;
        s.twoOrMore = race >= 91;
        if (s.twoOrMore) {
            s.white = true;
            s.black = race < 96;
            s.asian = !s.black;
        }
        s.hispanic = rng.percent(4);
        break;
    case Origin::Hispanic:
        s.hispanic = true;
        s.white = race < 75;
        s.americanIndian = race >= 75 && race < 85;
        s.twoOrMore = race >= 85;
        if (s.twoOrMore)
            s.white = s.americanIndian = true;
        break;
    case Origin::Vietnamese:
    case Origin::Chinese:
        s.asian = true;
        break;
    case Origin::Arabic:
        s.white = true;
        s.twoOrMore = race >= 88;
        s.black = s.twoOrMore;
        break;
    case Origin::Filipino:
        s.asian = true;
        s.pacificIslander = race >= 92;
        s.twoOrMore = s.pacificIslander;
        break;
    }

    if (rng.percent(45)) {
        static constexpr std::string_view Abroad[names::OriginCount][3] = {
            {"CA", "GB", "IN"}, {"MX", "GT", "SV"}, {"VN", "VN", "US"},
            {"CN", "TW", "HK"}, {"EG", "JO", "IQ"}, {"PH", "PH", "US"}};
        static constexpr std::string_view States[] = {"CA", "CA", "CA", "CA", "TX", "AZ",
                                                      "NV", "WA", "OR", "NY", "IL", "FL"};
        const bool abroad = rng.percent(s.origin == Origin::General ? 3 : 25);
        if (abroad) {
            s.countryOfBirth = Abroad[int(s.origin)][rng.below(3)];
        } else {
            s.countryOfBirth = "US";
            s.stateOfBirth = rng.pick(States);
            if (rng.percent(40)) {
                const auto cities = names::birthCities();
                s.cityOfBirth = cities[rng.below(uint32_t(cities.size()))];
            }
        }
    }
    return s;
}

Household Generation::household(uint64_t studentIndex, const Student &child) const
{
    Household h;
    const uint64_t first = m_guardianFirst[size_t(studentIndex)];
    h.count = int(m_guardianFirst[size_t(studentIndex) + 1] - first);
    int contacts = 0;
    for (int j = 0; j < h.count; ++j) {
        Guardian &g = h.guardians[j];
        g.index = first + uint64_t(j);
        Rng rng = Rng::stream(m_options.seed, StreamGuardian, g.index);
        if (j == 0)
            g.female = rng.percent(66);
        else if (j == 1)
            g.female = rng.percent(90) ? !h.guardians[0].female : h.guardians[0].female;
        else
            g.female = rng.percent(60);
        g.role = j < 2 && rng.percent(88) ? "parent"sv : "guardian"sv;
        g.origin = rng.percent(90) ? child.origin : Origin::General;
        const names::NameSet &native = names::nativeScript(g.origin);
        g.native = !native.family.empty() && rng.percent(4);
        if (g.native) {
            g.name.given = &pickName(rng, g.female ? native.female : native.male);
            g.name.family = &pickName(rng, native.family);
        } else {
            g.name = pickPersonName(rng, g.origin, g.female, 8, 10);
            if (j < 2 && rng.percent(78)) // shares the child's family name
                g.name.family = child.name.family;
        }
        g.hasPhone = rng.percent(88);
        g.hasSms = g.hasPhone && rng.percent(40);
        g.hasEmail = rng.percent(65);
        if (!g.hasPhone && !g.hasEmail)
            g.hasEmail = true;
        g.phoneFormat = int(rng.below(100));
        g.phoneFormat = g.phoneFormat < 50 ? 0 : g.phoneFormat < 85 ? 1 : 2;
        g.emailStyle = int(rng.below(3));
        g.emailDomain = int(rng.below(3));
        const uint32_t lang = rng.below(100);
        switch (g.origin) {
        case Origin::General:
            g.language = lang < 40 ? "en"sv : ""sv;
            break;
        case Origin::Filipino:
            g.language = lang < 15 ? "tl"sv : lang < 60 ? "en"sv : ""sv;
            break;
        default:
            g.language = lang < 45 ? HomeLanguage[int(g.origin)] : lang < 70 ? "en"sv : ""sv;
            break;
        }
        contacts += int(g.hasPhone) + int(g.hasSms) + int(g.hasEmail);
    }
    // The hub accepts at most five contact points per student: drop second numbers for texts
    // first, then emails of guardians who also have a phone.
    while (contacts > MaxContactPoints) {
        bool dropped = false;
        for (int j = h.count - 1; j >= 0 && !dropped; --j) {
            if (h.guardians[j].hasSms) {
                h.guardians[j].hasSms = false;
                dropped = true;
            }
        }
        for (int j = h.count - 1; j >= 0 && !dropped; --j) {
            if (h.guardians[j].hasEmail && h.guardians[j].hasPhone) {
                h.guardians[j].hasEmail = false;
                dropped = true;
            }
        }
        if (!dropped)
            break;
        --contacts;
    }
    return h;
}

// ---- Writing -------------------------------------------------------------------------------

std::string_view Generation::schoolId(uint32_t school)
{
    m_schoolId.assign("SCH");
    const uint64_t n = uint64_t(school) + 1;
    if (n < 100)
        m_schoolId.push_back('0');
    if (n < 10)
        m_schoolId.push_back('0');
    appendNumber(m_schoolId, n);
    return m_schoolId;
}

void Generation::endRow(CsvWriter &out)
{
    out.endRow(m_defects.hit(Defect::ShortRow));
}

void Generation::writeManifest(CsvWriter &out)
{
    out.line("propertyName,value");
    static constexpr std::pair<std::string_view, std::string_view> Rows[] = {
        {"manifest.version", "1.0"},
        {"oneroster.version", "1.1"},
        {"file.academicSessions", "absent"},
        {"file.categories", "absent"},
        {"file.classes", "bulk"},
        {"file.classResources", "absent"},
        {"file.courses", "absent"},
        {"file.courseResources", "absent"},
        {"file.demographics", "bulk"},
        {"file.enrollments", "bulk"},
        {"file.lineItems", "absent"},
        {"file.orgs", "bulk"},
        {"file.resources", "absent"},
        {"file.results", "absent"},
        {"file.users", "bulk"},
        {"source.systemName", SystemName},
        {"source.systemCode", SystemCode},
    };
    for (const auto &[name, value] : Rows) {
        out.cell(name);
        out.cell(value);
        out.endRow();
    }
}

void Generation::writeOrgs(CsvWriter &out)
{
    out.line("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId");
    out.rawCell("DIST001");
    out.emptyCells(2);
    out.cell(m_districtName);
    out.rawCell("district");
    out.numberCell(m_districtCode, 7);
    out.emptyCells(1);
    endRow(out);
    for (size_t s = 0; s < m_schools.size(); ++s) {
        out.rawCell(schoolId(uint32_t(s)));
        out.emptyCells(2);
        out.cell(m_schools[s].name);
        out.rawCell("school");
        out.numberCell(m_schools[s].identifier, 12);
        out.rawCell("DIST001");
        endRow(out);
    }
}

void Generation::fillName(UserRow &row, const PersonName &name)
{
    row.given.assign(name.given->text);
    row.givenRaw = false;
    row.family.assign(name.family->text);
    row.familyRaw = false;
    if (name.suffix >= 0) {
        row.family += ", "; // the cell is written in quotes
        row.family += names::suffixes()[size_t(name.suffix)];
    }
    row.middle = name.middle ? name.middle->text : std::string_view();
}

// Defects that can fall on any user's name.
void Generation::plantNameDefects(UserRow &row, bool female)
{
    // A nickname after the given name, for the person's own name when it has a common one.
    auto nickname = [&](Defect defect) -> const names::Nickname & {
        const auto list = names::nicknames(female);
        for (const names::Nickname &n : list) {
            if (n.name == row.given)
                return n;
        }
        return list[m_defects.variant(defect, uint32_t(list.size()))];
    };
    if (m_defects.hit(Defect::QuoteInCell)) {
        const names::Nickname &n = nickname(Defect::QuoteInCell);
        row.given.assign(n.name);
        row.given += " \"";
        row.given += n.nickname;
        row.given += '"';
        row.givenRaw = true;
    } else if (m_defects.hit(Defect::BadUtf8)) {
        const names::Nickname &n = nickname(Defect::BadUtf8);
        row.given.assign(n.name);
        row.given += " \x93"; // Windows-1252 curly quotes
        row.given += n.nickname;
        row.given += '\x94';
    }
    if (!female && m_defects.hit(Defect::UnquotedComma)) {
        if (row.family.find(',') == std::string::npos) {
            row.family += ", ";
            row.family += names::suffixes()[m_defects.variant(Defect::UnquotedComma, 2)];
        }
        row.familyRaw = true;
    }
    if (m_defects.hit(Defect::BadOrgRef))
        row.missingOrg = m_schools.size() + 1 + m_defects.number(Defect::BadOrgRef, 40);
}

void Generation::breakEmail(UserRow &row)
{
    if (row.email.empty() || !m_defects.hit(Defect::BadEmail))
        return;
    const size_t at = row.email.find('@');
    switch (m_defects.variant(Defect::BadEmail, 3)) {
    case 0:
        row.email.replace(at, 1, "@@");
        break;
    case 1:
        row.email.resize(at + 1); // no domain
        break;
    default:
        row.email.insert(at, " "); // "jsmith @example.org"
        break;
    }
}

void Generation::writeUser(CsvWriter &out, const UserRow &row)
{
    out.idCell(row.idPrefix, row.idNumber);
    out.emptyCells(2);
    out.rawCell("true");
    if (row.missingOrg != 0) {
        out.idCell("SCH", row.missingOrg, 3);
    } else {
        uint64_t orgs[2] = {uint64_t(row.orgs[0]) + 1, uint64_t(row.orgs[1]) + 1};
        if (row.orgs[0] == NoSchool)
            out.rawCell("DIST001");
        else
            out.idListCell("SCH", orgs, row.orgCount, 3);
    }
    out.rawCell(row.role);
    out.cell(row.username);
    out.emptyCells(1);
    if (row.givenRaw)
        out.rawCell(row.given);
    else
        out.cell(row.given);
    if (row.familyRaw)
        out.rawCell(row.family);
    else
        out.cell(row.family);
    out.cell(row.middle);
    if (row.identifier != 0)
        out.numberCell(row.identifier);
    else
        out.emptyCells(1);
    out.cell(row.email);
    out.cell(row.sms);
    out.cell(row.phone);
    if (row.agentCount > 0)
        out.idListCell(row.agentPrefix, row.agents, row.agentCount);
    else
        out.emptyCells(1);
    out.cell(row.grades);
    out.emptyCells(1);
    out.cell(row.language);
}

void Generation::writeStaff(CsvWriter &out, uint32_t staffIndex)
{
    const StaffPlan &plan = m_staff[staffIndex];
    Rng rng = Rng::stream(m_options.seed, StreamStaff, staffIndex);
    const Origin origin = pickOrigin(rng, StaffOrigins);
    const bool female = rng.percent(plan.role == StaffRole::Teacher ? 74 : 60);
    const PersonName name = pickPersonName(rng, origin, female, 10, 8);

    UserRow &row = m_row;
    row.reset();
    row.idPrefix = plan.role == StaffRole::Teacher ? "T"sv : "A"sv; // A: administrators, aides
    row.idNumber = 10001 + staffIndex;
    row.orgs[0] = plan.school;
    row.orgs[1] = plan.secondSchool;
    row.orgCount = plan.secondSchool == NoSchool ? 1 : 2;
    row.role = plan.role == StaffRole::Teacher ? "teacher"sv
             : plan.role == StaffRole::Administrator ? "administrator"sv : "aide"sv;
    fillName(row, name);
    row.identifier = row.idNumber;

    // username: first.last, with a number when the district already has one.
    std::string local(name.given->ascii);
    local += '.';
    local += name.family->ascii;
    if (!m_staffUsernames.insert(local).second) {
        for (int n = 2;; ++n) {
            std::string candidate = local;
            appendNumber(candidate, uint64_t(n));
            if (m_staffUsernames.insert(candidate).second) {
                local = std::move(candidate);
                break;
            }
        }
    }
    row.username = local;
    row.email.assign(local).append("@").append(m_domain);

    if (plan.role == StaffRole::Teacher && m_defects.hit(Defect::TeacherNoEmail))
        row.email.clear();
    plantNameDefects(row, female);
    breakEmail(row);
    writeUser(out, row);
    endRow(out);

    if (plan.role == StaffRole::Teacher && m_schools.size() > 1
        && m_defects.hit(Defect::DuplicateUserId)) {
        // Exported again by the school next door.
        row.orgs[0] = uint32_t((plan.school + 1) % m_schools.size());
        row.orgCount = 1;
        writeUser(out, row);
        out.endRow();
    }
}

void Generation::writeStudent(CsvWriter &out, const GroupPlan &group, uint64_t index)
{
    const Student s = student(index, group.grade);
    UserRow &row = m_row;
    row.reset();
    row.idPrefix = "S";
    row.idNumber = 1000001 + index;
    row.orgs[0] = group.school;
    row.orgCount = 1;
    row.role = "student";
    fillName(row, s.name);
    row.identifier = row.idNumber;
    row.username.assign(s.name.given->ascii.substr(0, 1));
    row.username.append(s.name.family->ascii.substr(0, 10));
    appendNumber(row.username, row.idNumber);
    if (s.grade >= FirstSecondaryGrade) {
        row.email = row.username;
        row.email.push_back('@');
        row.email.append(m_domain);
    }
    const uint64_t first = m_guardianFirst[size_t(index)];
    row.agentCount = int(m_guardianFirst[size_t(index) + 1] - first);
    for (int j = 0; j < row.agentCount; ++j)
        row.agents[j] = 1000001 + first + uint64_t(j);
    row.agentPrefix = "P";
    row.grades.assign(GradeCodes[s.grade]);
    row.language = s.language;

    plantNameDefects(row, s.female);
    if (m_defects.hit(Defect::BadGrade)) {
        row.grades.clear();
        appendGradeDefect(row.grades, GradeCodes[s.grade]);
    }
    breakEmail(row);
    if (m_defects.hit(Defect::BadAgentRef))
        row.agents[row.agentCount - 1] =
            1000001 + m_guardianFirst.back() + 1000 + m_defects.number(Defect::BadAgentRef, 9000);
    if (m_defects.hit(Defect::BadLanguage)) {
        static constexpr std::string_view Bad[] = {"english", "sp", "Spanish", "vn"};
        row.language = Bad[m_defects.variant(Defect::BadLanguage, 4)];
    }
    writeUser(out, row);
    endRow(out);

    if (m_schools.size() > 1 && m_defects.hit(Defect::DuplicateUserId)) {
        // The same student exported by the school they transferred from.
        row.orgs[0] = uint32_t((group.school + 1) % m_schools.size());
        row.missingOrg = 0;
        writeUser(out, row);
        out.endRow();
    }
}

void Generation::appendGradeDefect(std::string &out, std::string_view grade)
{
    if (grade.size() == 2 && grade[0] == '0') {
        if (m_defects.variant(Defect::BadGrade, 4) != 3) {
            out.push_back(grade[1]); // "1" for "01"
            return;
        }
        out.append("13");
        return;
    }
    if (grade == "KG")
        out.append("K");
    else if (grade == "PK")
        out.append("PreK");
    else
        out.append("13");
}

void Generation::writeGuardians(CsvWriter &out, const GroupPlan &group, uint64_t index)
{
    const Student child = student(index, group.grade);
    const Household h = household(index, child);
    const auto areaCodes = names::areaCodes();
    static constexpr std::string_view Domains[] = {"example.com", "example.net", "example.org"};
    for (int j = 0; j < h.count; ++j) {
        const Guardian &g = h.guardians[j];
        UserRow &row = m_row;
        row.reset();
        row.idPrefix = "P";
        row.idNumber = 1000001 + g.index;
        row.orgs[0] = group.school;
        row.orgCount = 1;
        row.role = g.role;
        fillName(row, g.name);
        row.agents[0] = 1000001 + index;
        row.agentCount = 1;
        row.agentPrefix = "S";
        row.language = g.language;

        if (g.hasEmail) {
            const std::string_view given = g.name.given->ascii;
            const std::string_view family = g.name.family->ascii;
            switch (g.emailStyle) {
            case 0:
                row.email.assign(given).append(".").append(family);
                break;
            case 1:
                row.email.assign(given.substr(0, 1)).append(family);
                break;
            default:
                row.email.assign(family).append(given.substr(0, 1));
                break;
            }
            appendNumber(row.email, row.idNumber); // unique in the export
            row.email.push_back('@');
            row.email.append(Domains[g.emailDomain]);
        }
        // Phone numbers in the fictional 555 exchange; each guardian has a number of their own
        // (unique for the first 3 million guardians).
        const uint64_t area = areaCodes[size_t((g.index / 10000) % areaCodes.size())];
        const uint64_t line = (g.index * 7919 + m_options.seed % 10000) % 10000;
        bool hasPhone = g.hasPhone;
        bool hasSms = g.hasSms;
        if (m_defects.hit(Defect::GuardianNoContact)) {
            hasPhone = hasSms = false;
            row.email.clear();
        }
        if (hasPhone)
            appendPhone(row.phone, area, line, g.phoneFormat);
        if (hasSms)
            appendPhone(row.sms, area, line, g.phoneFormat);
        if (hasPhone && m_defects.hit(Defect::BadPhone)) {
            static constexpr std::string_view Short[] = {"555-01", "(415) 555-01", "415-555-013"};
            row.phone.assign(Short[m_defects.variant(Defect::BadPhone, 3)]);
            if (hasSms)
                row.sms = row.phone;
        }
        row.username.assign("p"); // guardians sign in with their email; the SIS keeps its id
        appendNumber(row.username, row.idNumber);

        plantNameDefects(row, g.female);
        breakEmail(row);
        if (m_defects.hit(Defect::BadLanguage)) {
            static constexpr std::string_view Bad[] = {"english", "sp", "Spanish", "vn"};
            row.language = Bad[m_defects.variant(Defect::BadLanguage, 4)];
        }
        writeUser(out, row);
        endRow(out);
    }
}

void Generation::writeUsers(CsvWriter &out)
{
    out.line("sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,"
             "givenName,familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,"
             "password,metadata.preferredLanguage");
    for (size_t k = 0; k < m_staff.size(); ++k)
        writeStaff(out, uint32_t(k));
    for (const GroupPlan &group : m_groups) {
        for (uint64_t i = group.firstStudent; i < group.firstStudent + group.count; ++i)
            writeStudent(out, group, i);
    }
    for (const GroupPlan &group : m_groups) {
        for (uint64_t i = group.firstStudent; i < group.firstStudent + group.count; ++i)
            writeGuardians(out, group, i);
    }
}

void Generation::writeDemographics(CsvWriter &out)
{
    out.line("sourcedId,status,dateLastModified,birthDate,sex,americanIndianOrAlaskaNative,asian,"
             "blackOrAfricanAmerican,nativeHawaiianOrOtherPacificIslander,white,"
             "demographicRaceTwoOrMoreRaces,hispanicOrLatinoEthnicity,countryOfBirthCode,"
             "stateOfBirthAbbreviation,cityOfBirth,publicSchoolResidenceStatus");
    std::string date;
    for (const GroupPlan &group : m_groups) {
        for (uint64_t i = group.firstStudent; i < group.firstStudent + group.count; ++i) {
            const Student s = student(i, group.grade);
            out.idCell("S", 1000001 + i);
            out.emptyCells(2);
            Date birth = civilFromDays(s.birthDay);
            date.clear();
            if (m_defects.hit(Defect::BadBirthdate)) {
                switch (m_defects.variant(Defect::BadBirthdate, 3)) {
                case 0:
                    appendUsDate(date, {birth.year, 13, 45});
                    break;
                case 1:
                    appendIsoDate(date, {birth.year, 2, 30});
                    break;
                default:
                    appendIsoDate(date, {birth.year, 13, 1});
                    break;
                }
            } else {
                if (m_defects.hit(Defect::FutureBirthdate))
                    birth.year += 100; // 2010 typed as 2110
                if (s.usDate)
                    appendUsDate(date, birth);
                else
                    appendIsoDate(date, birth);
            }
            out.rawCell(date);
            out.rawCell(s.female ? "female"sv : "male"sv);
            if (s.raceReported) {
                out.cell(s.americanIndian);
                out.cell(s.asian);
                out.cell(s.black);
                out.cell(s.pacificIslander);
                out.cell(s.white);
                out.cell(s.twoOrMore);
                out.cell(s.hispanic);
            } else {
                out.emptyCells(7);
            }
            out.cell(s.countryOfBirth);
            out.cell(s.stateOfBirth);
            out.cell(s.cityOfBirth);
            out.emptyCells(1);
            endRow(out);
        }
    }
}

void Generation::appendClassTitle(std::string &out, const ClassPlan &cls) const
{
    const Course &c = course(cls.grade, cls.slot, cls.variant);
    out.clear();
    if (cls.grade < FirstSecondaryGrade) {
        out.append(GradeLabels[cls.grade]);
        if (!c.title.empty()) {
            out.push_back(' ');
            out.append(c.title);
        }
        out.append(" - Room ");
        appendNumber(out, cls.room);
        return;
    }
    out.append(c.title);
    if (m_schools[cls.school].titleStyle == 0 && cls.sections <= Slots) {
        out.append(" - Period ");
        appendNumber(out, cls.period);
    } else {
        out.append(" Section ");
        appendNumber(out, uint64_t(cls.section) + 1);
    }
}

void Generation::writeClasses(CsvWriter &out)
{
    out.line("sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,"
             "location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods");
    std::string title;
    std::string text;
    for (size_t i = 0; i < m_classes.size(); ++i) {
        const ClassPlan &cls = m_classes[i];
        const Course &c = course(cls.grade, cls.slot, cls.variant);
        const bool elementary = cls.grade < FirstSecondaryGrade;
        appendClassTitle(title, cls);
        const std::string ownTitle = title;
        bool academic = true;
        // A section copied in the SIS and never renamed: the class before it in the same
        // school and grade (the same course or another) lends it its title.
        if (m_previousTitleSchool == cls.school && m_previousGrade == cls.grade
            && m_defects.hit(Defect::DuplicateClassTitle)) {
            title = m_previousTitle;
        } else if (m_defects.hit(Defect::NonAcademicClass)) {
            title.assign(m_defects.variant(Defect::NonAcademicClass, 2) == 0 ? "Study Hall"sv
                                                                            : "Lunch"sv);
            if (elementary) {
                title.append(" - Room ");
                appendNumber(title, cls.room);
            } else {
                title.append(" - Period ");
                appendNumber(title, cls.period);
            }
            academic = false;
        }
        m_previousTitle = ownTitle;
        m_previousTitleSchool = cls.school;
        m_previousGrade = cls.grade;

        out.idCell("C", 100001 + i);
        out.emptyCells(2);
        out.cell(title);
        text.clear();
        if (m_defects.hit(Defect::BadGrade))
            appendGradeDefect(text, GradeCodes[cls.grade]);
        else
            text.append(c.grades.empty() || !academic ? GradeCodes[cls.grade] : c.grades);
        out.cell(text);
        out.idCell("CRS", 1000 + uint64_t(cls.grade) * 20 + cls.slot * 2u + cls.variant);
        text.assign(c.code);
        text.push_back('-');
        if (elementary) {
            text.append(GradeCodes[cls.grade]);
            text.push_back('-');
            appendNumber(text, cls.room);
        } else {
            if (cls.section + 1 < 10)
                text.push_back('0');
            appendNumber(text, uint64_t(cls.section) + 1);
        }
        out.cell(text);
        out.rawCell(c.area == Area::Homeroom ? "homeroom"sv : "scheduled"sv);
        text.clear();
        if (!c.location.empty()) {
            text.assign(c.location);
        } else {
            const uint16_t room = elementary ? cls.room : m_staff[cls.teacher].room;
            text.assign("Room ");
            appendNumber(text, room);
        }
        out.cell(text);
        out.rawCell(schoolId(cls.school));
        out.rawCell(TermId);
        out.cell(academic ? c.subject : std::string_view());
        out.cell(academic ? c.sced : std::string_view());
        if (cls.period != 0)
            out.numberCell(cls.period);
        else
            out.emptyCells(1);
        endRow(out);
    }
}

void Generation::writeStudentEnrollment(CsvWriter &out, const ClassPlan &cls,
                                        uint64_t classIndex, uint64_t studentIndex)
{
    const std::string_view school = schoolId(cls.school);
    std::string begin;
    if (const int64_t day = entryDay(studentIndex); day != 0)
        appendIsoDate(begin, civilFromDays(day));

    uint64_t classNumber = 100001 + classIndex;
    if (m_defects.hit(Defect::OrphanEnrollment)) // a class deleted from the SIS
        classNumber =
            100001 + m_classes.size() + 50 + m_defects.number(Defect::OrphanEnrollment, 900);
    auto write = [&](std::string_view userPrefix, uint64_t user, std::string_view primary) {
        out.idCell("E", 1000001 + m_enrollmentNumber++);
        out.emptyCells(2);
        out.idCell("C", classNumber);
        out.rawCell(school);
        out.idCell(userPrefix, user);
        out.rawCell("student");
        out.rawCell(primary);
        out.rawCell(begin);
        out.emptyCells(1);
    };
    std::string_view primary = "false";
    if (m_defects.hit(Defect::BadPrimary)) {
        static constexpr std::string_view Bad[] = {"FALSE", "No", "N"};
        primary = Bad[m_defects.variant(Defect::BadPrimary, 3)];
    }
    write("S", 1000001 + studentIndex, primary);
    endRow(out);
    if (m_defects.hit(Defect::DuplicateEnrollment)) {
        write("S", 1000001 + studentIndex, "false");
        out.endRow();
    }
    if (m_defects.hit(Defect::ParentEnrolled)) {
        write("P", 1000001 + m_guardianFirst[size_t(studentIndex)], "false");
        out.endRow();
    }
}

void Generation::writeEnrollments(CsvWriter &out)
{
    out.line("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,"
             "role,primary,beginDate,endDate");
    for (size_t i = 0; i < m_classes.size(); ++i) {
        const ClassPlan &cls = m_classes[i];
        out.idCell("E", 1000001 + m_enrollmentNumber++);
        out.emptyCells(2);
        out.idCell("C", 100001 + i);
        out.rawCell(schoolId(cls.school));
        out.idCell("T", 10001 + uint64_t(cls.teacher));
        out.rawCell("teacher");
        if (m_defects.hit(Defect::BadPrimary)) {
            static constexpr std::string_view Bad[] = {"TRUE", "Yes", "Y"};
            out.rawCell(Bad[m_defects.variant(Defect::BadPrimary, 3)]);
        } else {
            out.rawCell("true");
        }
        out.emptyCells(2);
        endRow(out);
        for (uint64_t s = cls.firstStudent; s < cls.firstStudent + cls.count; ++s)
            writeStudentEnrollment(out, cls, i, s);
    }
}

void Generation::finishSummary()
{
    for (int i = 0; i < DefectCount; ++i)
        m_summary.defects[size_t(i)] = m_defects.count(Defect(i));
    for (const GeneratedFile &f : m_summary.files) {
        if (f.name == QLatin1String("enrollments.csv"))
            m_summary.enrollments = f.rows;
    }
}

// ---- Output --------------------------------------------------------------------------------

using Writer = void (Generation::*)(CsvWriter &);

struct FileJob
{
    const char *name;
    Writer write;
};

constexpr FileJob Files[] = {
    {"manifest.csv", &Generation::writeManifest},
    {"orgs.csv", &Generation::writeOrgs},
    {"users.csv", &Generation::writeUsers},
    {"demographics.csv", &Generation::writeDemographics},
    {"classes.csv", &Generation::writeClasses},
    {"enrollments.csv", &Generation::writeEnrollments},
};

// A fixed timestamp, so the zip is the same bytes every time.
QuaZipNewInfo entryInfo(const QString &name)
{
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime(QDate(SchoolYear, 9, 15), QTime(6, 0));
    info.externalAttr = quint32(0100644) << 16; // a regular file, rw-r--r--
    return info;
}

} // namespace

bool GeneratorOptions::writesZip() const
{
    return out.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

uint64_t GeneratorSummary::totalRows() const
{
    uint64_t n = 0;
    for (const GeneratedFile &f : files)
        n += f.rows;
    return n;
}

uint64_t GeneratorSummary::totalBytes() const
{
    uint64_t n = 0;
    for (const GeneratedFile &f : files)
        n += f.bytes;
    return n;
}

DistrictGenerator::DistrictGenerator(GeneratorOptions options) : m_options(std::move(options)) {}

GeneratorOptions DistrictGenerator::withPreset(GeneratorOptions options)
{
    if (options.preset != Preset::Lakeview)
        return options;
    options.students = 150;
    options.schools = 3;
    options.seed = 20250915;
    if (options.defectsGiven)
        return options;
    // One of each problem the sample carries, on rows chosen to be believable (see
    // resources/sample/README.md). The numbers count the rows that can carry the defect.
    auto plant = [&](Defect d, uint64_t row) { options.plantAt[size_t(d)] = row; };
    plant(Defect::TeacherNoEmail, 12);      // Patricia Howard, Jefferson Middle
    plant(Defect::QuoteInCell, 269);        // a father: Robert "Rob" Johansson
    plant(Defect::BadGrade, 24);            // a first grader in grade 1, not 01
    plant(Defect::BadPhone, 118);           // a mother with an email and phone 555-01
    plant(Defect::GuardianNoContact, 160);  // a second parent with no email and no phone
    plant(Defect::BadLanguage, 327);        // a father whose language is "english"
    plant(Defect::BadBirthdate, 103);       // an eighth grader born 13/45/2011
    plant(Defect::DuplicateClassTitle, 24); // Grade 4 reading titled like its homeroom
    plant(Defect::NonAcademicClass, 74);    // Psychology became Study Hall
    plant(Defect::BadPrimary, 551);         // TRUE for the teacher of Math 7
    plant(Defect::ParentEnrolled, 29);      // a parent in a kindergarten homeroom
    plant(Defect::OrphanEnrollment, 716);   // a chemistry student in a deleted class
    return options;
}

bool DistrictGenerator::run(QString *error)
{
    m_summary = {};
    Generation generation(m_options, m_summary);
    generation.plan();

    const int method = m_options.level == 0 ? 0 : Z_DEFLATED;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    if (m_options.writesZip()) {
        QSaveFile file(m_options.out);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("Cannot write %1: %2")
                            .arg(m_options.out, file.errorString()));
        QuaZip zip(&file);
        zip.setAutoClose(false); // QSaveFile is committed, never closed
        // Files over 4 GiB need zip64; only districts of several million students get there.
        zip.setZip64Enabled(m_options.students > 5'000'000);
        if (!zip.open(QuaZip::mdCreate))
            return fail(QStringLiteral("Cannot create the zip %1 (error %2)")
                            .arg(m_options.out).arg(zip.getZipError()));
        for (const FileJob &job : Files) {
            const QString name = QLatin1String(job.name);
            QuaZipFile entry(&zip);
            if (!entry.open(QIODevice::WriteOnly, entryInfo(name), nullptr, 0, method,
                            m_options.level)) {
                return fail(QStringLiteral("Cannot add %1 to %2 (error %3)")
                                .arg(name, m_options.out).arg(entry.getZipError()));
            }
            CsvWriter out(&entry);
            (generation.*job.write)(out);
            const bool written = out.flush();
            entry.close();
            if (!written || entry.getZipError() != ZIP_OK)
                return fail(QStringLiteral("Cannot write %1 into %2: %3")
                                .arg(name, m_options.out, file.errorString()));
            m_summary.files.push_back({name, out.rows(), out.bytes()});
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return fail(QStringLiteral("Cannot finish the zip %1 (error %2)")
                            .arg(m_options.out).arg(zip.getZipError()));
        if (!file.commit())
            return fail(QStringLiteral("Cannot write %1: %2")
                            .arg(m_options.out, file.errorString()));
        m_summary.zipBytes = uint64_t(QFileInfo(m_options.out).size());
    } else {
        const QDir dir(m_options.out);
        if (!QDir().mkpath(m_options.out))
            return fail(QStringLiteral("Cannot create the folder %1").arg(m_options.out));
        for (const FileJob &job : Files) {
            const QString name = QLatin1String(job.name);
            QSaveFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly))
                return fail(QStringLiteral("Cannot write %1: %2")
                                .arg(file.fileName(), file.errorString()));
            CsvWriter out(&file);
            (generation.*job.write)(out);
            if (!out.flush() || !file.commit())
                return fail(QStringLiteral("Cannot write %1: %2")
                                .arg(file.fileName(), file.errorString()));
            m_summary.files.push_back({name, out.rows(), out.bytes()});
        }
    }
    generation.finishSummary();
    return true;
}

} // namespace rb
