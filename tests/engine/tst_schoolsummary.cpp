#include "exportfixture.h"
#include "oneroster/exportreader.h"
#include "report/schoolsummary.h"
#include "roster/roster.h"
#include "util/text.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

namespace {

QByteArray userRow(const char *id, const char *orgs, const char *role, const char *agents = "")
{
    return QByteArray(id) + ",,,true,\"" + orgs + "\"," + role + ",u" + id + ",,Given,Family,,,,,,\"" + agents
        + "\",,\n";
}

QByteArray classRow(const char *id, const char *school)
{
    return QByteArray(id) + ",,,Class " + id + ",09,CRS1,CODE,scheduled,,"  + school + ",T2026,,,1\n";
}

QByteArray enrollmentRow(const char *id, const char *classId, const char *school, const char *user, const char *role)
{
    return QByteArray(id) + ",,," + classId + ',' + school + ',' + user + ',' + role + ",false,,\n";
}

// Three schools and a district. Some records are in two schools, some in none the export knows:
// - U1 studies at S1 and S2; P1 is the parent of U1 and U2, so it is in both schools;
// - G1 names S1 itself, but its only student U3 is at S2: it counts at S2, with its student;
// - P2 is named by no student: it stays at S2, where its own orgSourcedIds puts it;
// - AD1 lists S1 twice: it counts once there;
// - U4's school is not in orgs.csv and X1 names only the district: both belong to no school;
// - C3's school is unknown: its enrollment E7 counts at the school it names itself (S1);
// - E6 and E8 name no known class: they count at their own school, E8's being unknown.
ExportFiles threeSchools()
{
    ExportFiles files = validExport();
    files[QStringLiteral("orgs.csv")] += "S3,,,Hillside Elementary,school,HES,D1\n";
    QByteArray users = files[QStringLiteral("users.csv")].left(files[QStringLiteral("users.csv")].indexOf('\n') + 1);
    users += userRow("T1", "S1", "teacher");
    users += userRow("U1", "S1,S2", "student", "P1");
    users += userRow("U2", "S1", "student", "P1");
    users += userRow("U3", "S2", "student", "G1");
    users += userRow("U4", "NOWHERE", "student");
    users += userRow("P1", "S1", "parent");
    users += userRow("G1", "S1", "guardian");
    users += userRow("P2", "S2", "parent");
    users += userRow("A1", "S2", "aide");
    users += userRow("AD1", "S1, S2,S1", "administrator");
    users += userRow("X1", "D1", "teacher");
    users += userRow("T3", "S3", "teacher");
    files[QStringLiteral("users.csv")] = users;
    files[QStringLiteral("classes.csv")] += classRow("C2", "S2") + classRow("C3", "GHOST") + classRow("C4", "S3");
    files[QStringLiteral("enrollments.csv")] += enrollmentRow("E4", "C2", "S2", "U3", "student")
        + enrollmentRow("E5", "C2", "S2", "A1", "aide") + enrollmentRow("E6", "NOCLASS", "S2", "U3", "student")
        + enrollmentRow("E7", "C3", "S1", "U4", "student") + enrollmentRow("E8", "NOCLASS", "GHOST", "U4", "student");
    return files;
}

struct Counts
{
    qint64 students, teachers, otherStaff, guardians, classes, enrollments;
};

} // namespace

class SchoolSummaryTest final : public QObject
{
    Q_OBJECT


    static void compareCounts(const SchoolSummary &s, const Counts &expected)
    {
        QCOMPARE(s.students, expected.students);
        QCOMPARE(s.teachers, expected.teachers);
        QCOMPARE(s.otherStaff, expected.otherStaff);
        QCOMPARE(s.guardians, expected.guardians);
        QCOMPARE(s.classes, expected.classes);
        QCOMPARE(s.enrollments, expected.enrollments);
    }

    static void compareFindings(const SeverityCounts &counts, qint64 errors, qint64 holds, qint64 alerts, qint64 info)
    {
        QCOMPARE(counts[Severity::Error], errors);
        QCOMPARE(counts[Severity::Hold], holds);
        QCOMPARE(counts[Severity::Alert], alerts);
        QCOMPARE(counts[Severity::Info], info);
    }

private slots:
    void schools_comeInFileOrder_thenNoKnownSchool()
    {
        const ReadResult r = readWithoutRules(threeSchools());
        QVERIFY(r.roster);
        SchoolSummary totals;
        const std::vector<SchoolSummary> schools = summarizeSchools(*r.roster, FindingList(), &totals);
        QCOMPARE(schools.size(), size_t(4)); // the district is not a school
        const Table &orgs = r.roster->table(FileKind::Orgs);
        QCOMPARE(schools[0].sourcedId, QStringLiteral("S1"));
        QCOMPARE(schools[0].orgRow, orgs.rowForId("S1"));
        QCOMPARE(schools[0].name, QStringLiteral("Lakeview High School"));
        QCOMPARE(schools[0].identifier, QStringLiteral("LHS"));
        QCOMPARE(schools[1].name, QStringLiteral("Jefferson Middle School, East"));
        QCOMPARE(schools[2].sourcedId, QStringLiteral("S3"));
        QCOMPARE(schools[2].orgRow, orgs.rowForId("S3"));
        QVERIFY(!schools[3].isSchool());
        QCOMPARE(schools[3].orgRow, SchoolSummary::NoRow);
        QCOMPARE(schools[3].name, SchoolSummaryText::noSchoolName());
        QVERIFY(schools[3].sourcedId.isEmpty());
        QVERIFY(!totals.isSchool());
    }

    void records_countInEverySchoolTheyAreIn()
    {
        const ReadResult r = readWithoutRules(threeSchools());
        QVERIFY(r.roster);
        SchoolSummary totals;
        const std::vector<SchoolSummary> schools = summarizeSchools(*r.roster, FindingList(), &totals);
        QCOMPARE(schools.size(), size_t(4));
        // S1: U1 U2 | T1 | AD1 once | P1 | C1 | E1 E2 E3, and E7 through its own school.
        compareCounts(schools[0], {2, 1, 1, 1, 1, 4});
        // S2: U1 U3 | - | A1 AD1 | P1 (U1's), G1 (U3's), P2 (its own) | C2 | E4 E5 E6.
        compareCounts(schools[1], {2, 0, 2, 3, 1, 3});
        // S3: T3 and C4 only.
        compareCounts(schools[2], {0, 1, 0, 0, 1, 0});
        // No known school: U4 | X1 (the district is not a school) | C3 | E8.
        compareCounts(schools[3], {1, 1, 0, 0, 1, 1});
        // The export once per record, not the sum of the schools.
        compareCounts(totals, {4, 3, 2, 3, 4, 8});
        for (const SchoolSummary &s : schools) {
            QCOMPARE(s.findings.total(), qint64(0));
            QCOMPARE(s.readiness, Readiness::Ready);
        }
    }

    void findings_countInTheSchoolsOfTheirRecord()
    {
        const ReadResult r = readWithoutRules(threeSchools());
        QVERIFY(r.roster);
        const Roster &roster = *r.roster;
        FindingList findings;
        auto on = [&](RuleId rule, FileKind kind, const char *id) {
            const Table &table = roster.table(kind);
            const uint32_t row = table.rowForId(id);
            QVERIFY2(row != Table::NoRow, id);
            FindingList::Where where;
            where.file = table.entryName();
            where.kind = kind;
            where.row = row;
            where.line = table.lineOf(row);
            findings.add(rule, where);
        };
        QCOMPARE(RuleCatalogue::severity(RuleId::UserNameMissing), Severity::Error);
        QCOMPARE(RuleCatalogue::severity(RuleId::DemBirthDateMissing), Severity::Error);
        QCOMPARE(RuleCatalogue::severity(RuleId::UserContactsOverFive), Severity::Hold);
        QCOMPARE(RuleCatalogue::severity(RuleId::EnrDuplicate), Severity::Alert);
        QCOMPARE(RuleCatalogue::severity(RuleId::UserGuardianUnlinked), Severity::Alert);
        QCOMPARE(RuleCatalogue::severity(RuleId::UserIdentifierMissing), Severity::Info);
        QCOMPARE(RuleCatalogue::severity(RuleId::OrgDistrict), Severity::Info);
        QCOMPARE(RuleCatalogue::severity(RuleId::FileMissing), Severity::Error);

        on(RuleId::UserNameMissing, FileKind::Users, "U2");            // S1
        on(RuleId::DemBirthDateMissing, FileKind::Demographics, "U2"); // S1, its student's
        on(RuleId::UserContactsOverFive, FileKind::Classes, "C1");     // S1, the class's
        on(RuleId::EnrDuplicate, FileKind::Enrollments, "E7");         // S1: C3's school is unknown
        on(RuleId::UserIdentifierMissing, FileKind::Users, "U1");      // S1 and S2
        on(RuleId::UserIdentifierMissing, FileKind::Users, "P1");      // S1 and S2, its students'
        on(RuleId::EnrDuplicate, FileKind::Enrollments, "E6");         // S2: no class, its own school
        on(RuleId::UserGuardianUnlinked, FileKind::Users, "G1");       // S2, not S1: its student's
        on(RuleId::OrgDistrict, FileKind::Orgs, "S2");                 // S2 itself
        on(RuleId::UserIdentifierMissing, FileKind::Users, "T3");      // S3
        on(RuleId::OrgDistrict, FileKind::Orgs, "D1");                 // no school: not a school
        on(RuleId::UserNameMissing, FileKind::Users, "X1");            // no school: district only
        FindingList::Where wholeFile;
        wholeFile.file = QStringLiteral("users.csv");
        findings.add(RuleId::FileMissing, wholeFile, QStringLiteral("users.csv")); // no school

        SchoolSummary totals;
        const std::vector<SchoolSummary> schools = summarizeSchools(roster, findings, &totals);
        QCOMPARE(schools.size(), size_t(4));
        compareFindings(schools[0].findings, 2, 1, 1, 2);
        QCOMPARE(schools[0].readiness, Readiness::Blocked);
        compareFindings(schools[1].findings, 0, 0, 2, 3);
        QCOMPARE(schools[1].readiness, Readiness::NeedsAttention);
        compareFindings(schools[2].findings, 0, 0, 0, 1);
        QCOMPARE(schools[2].readiness, Readiness::Ready);
        compareFindings(schools[3].findings, 2, 0, 0, 1);
        QCOMPARE(schools[3].readiness, Readiness::Blocked);
        // Every finding once: the totals are the list's own counts.
        compareFindings(totals.findings, 4, 1, 3, 5);
        QCOMPARE(totals.findings.total(), qint64(findings.size()));
        QCOMPARE(totals.readiness, Readiness::Blocked);
    }

    void readiness_followsTheWorstSeverity()
    {
        SeverityCounts c;
        QCOMPARE(readinessOf(c), Readiness::Ready);
        c[Severity::Info] = 4;
        QCOMPARE(readinessOf(c), Readiness::Ready);
        QVERIFY(SchoolSummaryText::readinessReason(c).contains(QStringLiteral("4 notice")));
        c[Severity::Alert] = 2;
        QCOMPARE(readinessOf(c), Readiness::NeedsAttention);
        QVERIFY(SchoolSummaryText::readinessReason(c).startsWith(QStringLiteral("2 alert")));
        c[Severity::Hold] = 1;
        QCOMPARE(readinessOf(c), Readiness::Blocked);
        QVERIFY(SchoolSummaryText::readinessReason(c).contains(QStringLiteral("held for review")));
        c[Severity::Hold] = 0;
        c[Severity::Error] = 3;
        QCOMPARE(readinessOf(c), Readiness::Blocked);
        c[Severity::Hold] = 1;
        const QString reason = SchoolSummaryText::readinessReason(c);
        QVERIFY2(reason.startsWith(QStringLiteral("3 error")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral(" and 1 hold")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("not be created")), qPrintable(reason));
        QVERIFY2(reason.contains(QStringLiteral("2 alert")), qPrintable(reason));
        QCOMPARE(SchoolSummaryText::readinessName(Readiness::Blocked), QStringLiteral("Blocked"));
        QCOMPARE(SchoolSummaryText::readinessName(Readiness::NeedsAttention), QStringLiteral("Needs attention"));
        QCOMPARE(SchoolSummaryText::readinessName(Readiness::Ready), QStringLiteral("Ready"));
    }

    void emptyRoster_givesOnlyTheNoSchoolEntry()
    {
        Roster roster;
        roster.buildIndexes();
        SchoolSummary totals;
        const std::vector<SchoolSummary> schools = summarizeSchools(roster, FindingList(), &totals);
        QCOMPARE(schools.size(), size_t(1));
        QVERIFY(!schools[0].isSchool());
        compareCounts(schools[0], {0, 0, 0, 0, 0, 0});
        compareCounts(totals, {0, 0, 0, 0, 0, 0});
    }

    // The sample, checked against a plain recount from its cells: the same placement rules,
    // written the slow and obvious way.
    void sample_matchesARecountFromTheCells()
    {
        const ReadResult r = ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)});
        QVERIFY(r.isReadable());
        QVERIFY(r.roster);
        const Roster &roster = *r.roster;
        SchoolSummary totals;
        const std::vector<SchoolSummary> schools = summarizeSchools(roster, r.findings, &totals);

        const Table &orgs = roster.table(FileKind::Orgs);
        const Table &users = roster.table(FileKind::Users);
        const Table &classes = roster.table(FileKind::Classes);
        const Table &enrollments = roster.table(FileKind::Enrollments);
        QSet<QString> schoolIds;
        QStringList order;
        for (size_t o = 0; o < orgs.rowCount(); ++o) {
            if (orgs.cell(o, OrgsField::Type) == "school") {
                schoolIds.insert(toQString(orgs.sourcedId(o)));
                order.append(toQString(orgs.sourcedId(o)));
            }
        }
        QCOMPARE(order, (QStringList{QStringLiteral("SCH001"), QStringLiteral("SCH002"), QStringLiteral("SCH003")}));
        QCOMPARE(schools.size(), size_t(order.size() + 1));

        auto split = [](std::string_view cell) {
            QStringList items;
            for (const QString &item : toQString(cell).split(u','))
                if (!item.trimmed().isEmpty())
                    items.append(item.trimmed());
            return items;
        };
        auto ownSchools = [&](size_t u) {
            QSet<QString> out;
            for (const QString &id : split(users.cell(u, UsersField::OrgSourcedIds)))
                if (schoolIds.contains(id))
                    out.insert(id);
            if (out.isEmpty())
                out.insert(QString());
            return out;
        };
        QHash<QString, QString> roleById;
        for (size_t u = 0; u < users.rowCount(); ++u)
            roleById.insert(toQString(users.sourcedId(u)), toQString(users.cell(u, UsersField::Role)));
        QHash<QString, QSet<QString>> parentSchools;
        for (size_t u = 0; u < users.rowCount(); ++u) {
            if (users.cell(u, UsersField::Role) != "student")
                continue;
            for (const QString &agent : split(users.cell(u, UsersField::AgentSourcedIds))) {
                const QString role = roleById.value(agent);
                if (role == QLatin1String("parent") || role == QLatin1String("guardian"))
                    parentSchools[agent].unite(ownSchools(u));
            }
        }
        QHash<QString, Counts> expected;
        for (size_t u = 0; u < users.rowCount(); ++u) {
            const QString id = toQString(users.sourcedId(u));
            const QString role = toQString(users.cell(u, UsersField::Role));
            const bool parent = role == QLatin1String("parent") || role == QLatin1String("guardian");
            const QSet<QString> in = parent && parentSchools.contains(id) ? parentSchools.value(id) : ownSchools(u);
            for (const QString &school : in) {
                Counts &c = expected[school];
                if (role == QLatin1String("student"))
                    ++c.students;
                else if (role == QLatin1String("teacher"))
                    ++c.teachers;
                else if (role == QLatin1String("aide") || role == QLatin1String("administrator"))
                    ++c.otherStaff;
                else if (parent)
                    ++c.guardians;
            }
        }
        QHash<QString, QString> classSchool;
        for (size_t c = 0; c < classes.rowCount(); ++c) {
            QString school = toQString(classes.cell(c, ClassesField::SchoolSourcedId));
            if (!schoolIds.contains(school))
                school.clear();
            classSchool.insert(toQString(classes.sourcedId(c)), school);
            ++expected[school].classes;
        }
        for (size_t e = 0; e < enrollments.rowCount(); ++e) {
            QString school = classSchool.value(toQString(enrollments.cell(e, EnrollmentsField::ClassSourcedId)));
            if (school.isEmpty())
                school = toQString(enrollments.cell(e, EnrollmentsField::SchoolSourcedId));
            if (!schoolIds.contains(school))
                school.clear();
            ++expected[school].enrollments;
        }

        for (const SchoolSummary &s : schools) {
            const Counts c = expected.value(s.sourcedId);
            compareCounts(s, c);
            QCOMPARE(s.readiness, readinessOf(s.findings));
            if (s.isSchool()) {
                // A plausible school: people, classes and enrollments.
                QVERIFY(s.students > 10);
                QVERIFY(s.teachers > 0);
                QVERIFY(s.guardians > 0);
                QVERIFY(s.classes > 0);
                QVERIFY(s.enrollments > s.students);
            }
        }
        QCOMPARE(totals.classes, qint64(classes.rowCount()));
        QCOMPARE(totals.enrollments, qint64(enrollments.rowCount()));
        const SeverityCounts all = r.findings.severityCounts();
        for (Severity s : {Severity::Error, Severity::Alert, Severity::Hold, Severity::Info})
            QCOMPARE(totals.findings[s], all[s]);
        // Each finding is somewhere: the entries hold at least every finding once.
        qint64 placed = 0;
        for (const SchoolSummary &s : schools)
            placed += s.findings.total();
        QVERIFY(placed >= all.total());
        QVERIFY(all.total() > 0);
    }
};

QTEST_GUILESS_MAIN(SchoolSummaryTest)
#include "tst_schoolsummary.moc"
