#include "matching/schoolmatchplan.h"
#include "matching/synctarget.h"
#include "oneroster/exportreader.h"

#include <QTest>

using namespace rb;

// What a matching means for the bundled sample export (a district, three schools).
class SchoolMatchPlanTest final : public QObject
{
    Q_OBJECT

private:
    static const ReadResult &sample()
    {
        static const ReadResult result = ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)});
        return result;
    }

    static SchoolMatch match(const char *sis, const char *hub, bool selected = true)
    {
        SchoolMatch m;
        m.sisId = QString::fromLatin1(sis);
        m.sisName = m.sisId;
        m.hubId = QString::fromLatin1(hub);
        m.selected = selected;
        return m;
    }

    static QList<HubSchool> hub()
    {
        return {{QStringLiteral("H-101"), QStringLiteral("Lakeview Elem."), {}, {}, {}},
                {QStringLiteral("H-103"), QStringLiteral("Lakeview HS"), {}, {}, {}},
                {QStringLiteral("H-104"), QStringLiteral("Adult Ed, Lakeview"), {}, {}, {}}};
    }

private slots:
    void syncTargets_sayWhereEachSchoolGoes()
    {
        using State = rb::SyncTarget::State;
        QVERIFY(rb::syncTargets({}, {}).isEmpty()); // no matching yet
        const QList<rb::HubSchool> hub = {
            {QStringLiteral("H-1"), QStringLiteral("Lincoln Elementary"), QStringLiteral("North")},
            {QStringLiteral("H-2"), QStringLiteral(" lincoln elementary"), QStringLiteral("South")},
            {QStringLiteral("H-3"), QStringLiteral("Adams MS"), {}},
            {QStringLiteral("H-4"), QString(), {}},
        };
        const QList<rb::SchoolMatch> matches = {
            {QStringLiteral("S1"), QStringLiteral("Lincoln Elem. North"), QStringLiteral("H-1")},
            {QStringLiteral("S2"), QStringLiteral("Lincoln Elem. South"), QStringLiteral("H-2")},
            {QStringLiteral("S3"), QStringLiteral("Adams Middle"), QStringLiteral("H-3")},
            {QStringLiteral("S4"), QStringLiteral("Old Annex"), QString(), false},
            {QStringLiteral("S5"), QStringLiteral("New Academy"), QString()},
            {QStringLiteral("S6"), QStringLiteral("Unnamed"), QStringLiteral("H-4")},
        };
        const QHash<QString, rb::SyncTarget> t = rb::syncTargets(matches, hub);
        QCOMPARE(t.size(), 6);
        QCOMPARE(t[QStringLiteral("S1")].state, State::Matched);
        QCOMPARE(t[QStringLiteral("S1")].hubId, QStringLiteral("H-1"));
        QCOMPARE(t[QStringLiteral("S1")].hubName, QStringLiteral("Lincoln Elementary"));
        // Two hub schools whose names differ only in case and spaces: neither tells itself apart.
        QVERIFY(t[QStringLiteral("S1")].hubNameShared);
        QVERIFY(t[QStringLiteral("S2")].hubNameShared);
        QVERIFY(!t[QStringLiteral("S3")].hubNameShared);
        QCOMPARE(t[QStringLiteral("S4")].state, State::LeftOut);
        QVERIFY(t[QStringLiteral("S4")].hubId.isEmpty());
        QCOMPARE(t[QStringLiteral("S5")].state, State::NotMatched);
        QCOMPARE(t[QStringLiteral("S6")].hubName, QStringLiteral("H-4")); // no name: its id
        // A school the matching has not seen is not matched yet.
        QCOMPARE(t.value(QStringLiteral("S9")).state, State::NotMatched);
    }

    void plan_saysWhatSyncsWhereAndWhatDoesNot()
    {
        QVERIFY(sample().roster);
        const SchoolMatchPlan plan = SchoolMatchPlan::make(
            *sample().roster, sample().findings, hub(),
            {match("SCH001", "H-101"), match("SCH002", "", false), match("OLD9", "H-103")});
        QCOMPARE(plan.syncing.size(), 1);
        QCOMPARE(plan.syncing[0].hub.id, QStringLiteral("H-101"));
        QCOMPARE(plan.syncing[0].school.sourcedId, QStringLiteral("SCH001"));
        QVERIFY(plan.syncing[0].school.students > 0);
        QVERIFY(plan.syncing[0].school.classes > 0);
        QCOMPARE(plan.deselected.size(), size_t(1));
        QCOMPARE(plan.deselected[0].sourcedId, QStringLiteral("SCH002"));
        // SCH003 has no match at all: not matched.
        QCOMPARE(plan.unmatched.size(), size_t(1));
        QCOMPARE(plan.unmatched[0].sourcedId, QStringLiteral("SCH003"));
        QCOMPARE(plan.hubWithoutSchool.size(), 2);
        QCOMPARE(plan.notInExport.size(), 1);
        QCOMPARE(plan.notInExport[0].sisId, QStringLiteral("OLD9"));
        QVERIFY(!plan.outsideSchools.isSchool());
    }

    void workingMatches_keepsWhatIsKept_addsNewSchools_dropsStaleOpenOnes()
    {
        SchoolMatch confirmedGone = match("OLD1", "H-104");
        confirmedGone.confirmedAt = QDateTime::currentDateTimeUtc();
        confirmedGone.confirmedBy = QStringLiteral("Ana Ruiz");
        SchoolMatch renamed = match("SCH001", "H-101");
        renamed.sisName = QStringLiteral("Old name");
        const QList<SisSchool> schools = {{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"), {}},
                                          {QStringLiteral("SCH003"), QStringLiteral("Lakeview High School"), {}}};
        const QList<SchoolMatch> working =
            SchoolMatchPlan::workingMatches(schools, {match("OLD2", "H-103"), confirmedGone, renamed});
        QCOMPARE(working.size(), 3);
        QCOMPARE(working[0].sisId, QStringLiteral("SCH001"));
        QCOMPARE(working[0].hubId, QStringLiteral("H-101"));
        QCOMPARE(working[0].sisName, QStringLiteral("Lakeview Elementary School"));
        QCOMPARE(working[1].sisId, QStringLiteral("SCH003"));
        QVERIFY(working[1].selected && working[1].hubId.isEmpty());
        QCOMPARE(working[2], confirmedGone); // confirmed: kept as it is; OLD2 was open, and is gone
    }

    void mappingCsv_hasOneRowPerSchool()
    {
        SchoolMatch confirmed = match("SCH001", "H-101");
        confirmed.sisName = QStringLiteral("Lakeview Elementary School");
        confirmed.confirmedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        confirmed.confirmedBy = QStringLiteral("Ana Ruiz");
        const QByteArray csv = SchoolMatchPlan::mappingCsv(
            hub(), {confirmed, match("SCH002", "", false), match("SCH003", ""), match("SCH004", "H-104")});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 6); // header, four schools, and the empty piece after the last line end
        QCOMPARE(lines[0], QByteArray("sis_id,sis_name,hub_id,hub_name,status,confirmed_at,confirmed_by\r"));
        QCOMPARE(lines[1], QByteArray("SCH001,Lakeview Elementary School,H-101,Lakeview Elem.,synced,2024-05-01T10:00:00Z,"
                                      "Ana Ruiz\r"));
        QCOMPARE(lines[2], QByteArray("SCH002,SCH002,,,deselected,,\r"));
        QCOMPARE(lines[3], QByteArray("SCH003,SCH003,,,not matched,,\r"));
        QCOMPARE(lines[4], QByteArray("SCH004,SCH004,H-104,\"Adult Ed, Lakeview\",synced,,\r"));
    }
};

QTEST_GUILESS_MAIN(SchoolMatchPlanTest)
#include "tst_schoolmatchplan.moc"
