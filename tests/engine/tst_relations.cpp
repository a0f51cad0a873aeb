#include "exportfixture.h"
#include "oneroster/exportreader.h"
#include "roster/relations.h"
#include "roster/roster.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

class RelationsTest final : public QObject
{
    Q_OBJECT


    static std::vector<uint32_t> toVector(std::span<const uint32_t> s) { return {s.begin(), s.end()}; }

    static uint32_t userRow(const Roster &roster, const char *id)
    {
        return roster.table(FileKind::Users).rowForId(id);
    }

private slots:
    void listsKeepTheOrderTheyWereGiven()
    {
        const std::vector<std::pair<uint32_t, uint32_t>> pairs{{2, 7}, {0, 5}, {2, 1}, {2, 9}};
        const RowLists lists = RowLists::build(4, [&](auto &&add) {
            for (const auto &[owner, item] : pairs)
                add(owner, item);
        });
        QCOMPARE(toVector(lists.of(0)), (std::vector<uint32_t>{5}));
        QVERIFY(lists.of(1).empty());
        QCOMPARE(toVector(lists.of(2)), (std::vector<uint32_t>{7, 1, 9}));
        QVERIFY(lists.of(3).empty());
        QVERIFY(lists.of(99).empty()); // past the end: nothing, never a crash
        QCOMPARE(lists.itemCount(), size_t(4));
    }

    void roles_areReadOncePerUser()
    {
        const ReadResult r = readWithoutRules(validExport());
        QVERIFY(r.roster);
        const Relations &rel = r.roster->relations();
        QCOMPARE(rel.roleOf(userRow(*r.roster, "T1")), Role::Teacher);
        QCOMPARE(rel.roleOf(userRow(*r.roster, "U1")), Role::Student);
        QCOMPARE(rel.roleOf(userRow(*r.roster, "P1")), Role::Parent);
        QCOMPARE(rel.roleOf(Relations::NoRow), Role::Invalid);
        QCOMPARE(parseRole("guardian"), Role::Guardian);
        QCOMPARE(parseRole("Teacher"), Role::Invalid); // OneRoster roles are lower case
        QCOMPARE(parseRole(""), Role::Blank);
    }

    void enrollments_byUserAndByClass()
    {
        ExportFiles files = validExport();
        // A second class, the teacher in both; an enrollment naming nobody known.
        files[QStringLiteral("classes.csv")] += "C2,,,Biology,10,CRS2,BIO,scheduled,,S2,T2026,,,3\n";
        files[QStringLiteral("enrollments.csv")] += "E4,,,C2,S2,T1,teacher,true,,\nE5,,,C2,S2,NOBODY,student,false,,\n";
        const ReadResult r = readWithoutRules(files);
        QVERIFY(r.roster);
        const Roster &roster = *r.roster;
        const Relations &rel = roster.relations();
        const Table &classes = roster.table(FileKind::Classes);
        const uint32_t c1 = classes.rowForId("C1"), c2 = classes.rowForId("C2");
        // Enrollment rows are file rows: E1 is row 0.
        QCOMPARE(toVector(rel.enrollmentsOfUser(userRow(roster, "T1"))), (std::vector<uint32_t>{0, 3}));
        QCOMPARE(toVector(rel.enrollmentsOfClass(c1)), (std::vector<uint32_t>{0, 1, 2}));
        QCOMPARE(toVector(rel.enrollmentsOfClass(c2)), (std::vector<uint32_t>{3, 4}));
        QCOMPARE(rel.userOfEnrollment(4), Relations::NoRow);
        QCOMPARE(rel.classOfEnrollment(4), c2);
        QVERIFY(rel.enrollmentsOfUser(userRow(roster, "P1")).empty()); // parents are not enrolled
        const Table &orgs = roster.table(FileKind::Orgs);
        QCOMPARE(rel.schoolOfClass(c2), orgs.rowForId("S2"));
    }

    void guardians_followTheStudentsThatNameThem()
    {
        ExportFiles files = validExport();
        // U2 names P1, a teacher and an unknown id: only the parent is a guardian.
        files[QStringLiteral("users.csv")] =
            replaceLine(files[QStringLiteral("users.csv")], 4,
                        "U2,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,10043,,,,\"P1, T1,GHOST\",10,");
        const ReadResult r = readWithoutRules(files);
        QVERIFY(r.roster);
        const Roster &roster = *r.roster;
        const Relations &rel = roster.relations();
        const uint32_t p1 = userRow(roster, "P1");
        QCOMPARE(toVector(rel.guardiansOf(userRow(roster, "U1"))), (std::vector<uint32_t>{p1}));
        QCOMPARE(toVector(rel.guardiansOf(userRow(roster, "U2"))), (std::vector<uint32_t>{p1}));
        QCOMPARE(toVector(rel.studentsOf(p1)), (std::vector<uint32_t>{userRow(roster, "U1"), userRow(roster, "U2")}));
        QVERIFY(rel.studentsOf(userRow(roster, "T1")).empty());
    }

    void schools_ofEachUser()
    {
        ExportFiles files = validExport();
        files[QStringLiteral("users.csv")] =
            replaceLine(files[QStringLiteral("users.csv")], 2,
                        "T1,,,true,\"S2, NOWHERE ,S1\",teacher,mlopez,,María,López,,,mlopez@lakeview.example,,,,,");
        const ReadResult r = readWithoutRules(files);
        QVERIFY(r.roster);
        const Roster &roster = *r.roster;
        const Table &orgs = roster.table(FileKind::Orgs);
        const Relations &rel = roster.relations();
        QCOMPARE(toVector(rel.orgsOfUser(userRow(roster, "T1"))),
                 (std::vector<uint32_t>{orgs.rowForId("S2"), orgs.rowForId("S1")}));
        QCOMPARE(toVector(rel.orgsOfUser(userRow(roster, "U1"))),
                 (std::vector<uint32_t>{orgs.rowForId("S1"), orgs.rowForId("S2")}));
        QVERIFY(rel.isSchool(orgs.rowForId("S1")));
        QVERIFY(!rel.isSchool(orgs.rowForId("D1")));
        QVERIFY(rel.memoryUsage() > 0);
    }
};

QTEST_GUILESS_MAIN(RelationsTest)
#include "tst_relations.moc"
