// Findings that come from the session: an import compared with the one before it (large
// removals put a school's sync on hold), and the latest import growing too old.

#include "exportfixture.h"
#include "roster/roster.h"
#include "session/sessionfindings.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "validation/finding.h"

#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using rb::test::ExportFiles;

namespace {

QByteArray padded(int n)
{
    return QByteArray::number(n).rightJustified(3, '0');
}

// The fixture's export with more of school S1 (or `school`): students N001… (each enrolled in C1
// unless `enrolled` says fewer), and classes K001… taught by T1.
struct District
{
    int students = 0;
    int classes = 0;
    int enrolled = -1; // students enrolled in C1; -1 for all
    QByteArray school = "S1";
    int firstStudent = 1;

    ExportFiles files() const
    {
        ExportFiles f = rb::test::validExport();
        QByteArray users, classRows, enrollments;
        for (int i = firstStudent; i < firstStudent + students; ++i) {
            const QByteArray id = "N" + padded(i);
            users += id + ",,,true," + school + ",student," + id.toLower() + ",,Sam,Lee,," + QByteArray::number(20000 + i)
                + ",,,,,09,\n";
            if (enrolled < 0 || i - firstStudent < enrolled)
                enrollments += "EN" + padded(i) + ",,,C1,S1," + id + ",student,false,,\n";
        }
        for (int i = 1; i <= classes; ++i) {
            const QByteArray id = "K" + padded(i);
            classRows += id + ",,,Elective " + padded(i) + ",09,,EL,scheduled,,S1,,,,\n";
            enrollments += "EK" + padded(i) + ",,," + id + ",S1,T1,teacher,true,,\n";
        }
        f[QStringLiteral("users.csv")] += users;
        f[QStringLiteral("classes.csv")] += classRows;
        f[QStringLiteral("enrollments.csv")] += enrollments;
        return f;
    }
};

ReadResult read(const ExportFiles &files)
{
    ReadResult r = rb::test::readWithoutRules(files);
    if (!r.roster)
        qFatal("the fixture cannot be read");
    return r;
}

// The findings of `now` compared with `before`: only what the comparison adds.
FindingList compared(const ExportFiles &before, const ExportFiles &now)
{
    const ReadResult previous = read(before);
    const ReadResult current = read(now);
    FindingList findings;
    applyRemovalFindings(*current.roster, populationOf(*previous.roster), findings);
    return findings;
}

QList<const Finding *> of(const FindingList &findings, RuleId rule)
{
    QList<const Finding *> out;
    for (const Finding &f : findings.items()) {
        if (f.rule == rule)
            out << &f;
    }
    return out;
}

QByteArray unpacked(const QByteArray &ids)
{
    return ids.isEmpty() ? QByteArray() : qUncompress(ids);
}

} // namespace

class SessionFindingsTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    static QSet<QString> &covered()
    {
        static QSet<QString> codes;
        return codes;
    }

    QString zipOf(const ExportFiles &files)
    {
        const QString path = m_dir.filePath(QStringLiteral("export%1.zip").arg(++m_count));
        if (!rb::test::writeZip(path, files))
            qFatal("cannot write the fixture");
        return path;
    }

private slots:
    void population_countsEachSchool()
    {
        const ReadResult r = read(rb::test::validExport());
        const ImportPopulation p = populationOf(*r.roster);
        QCOMPARE(p.schools.size(), size_t(2));
        const SchoolPopulation &s1 = p.schools[0];
        QCOMPARE(s1.schoolId, QStringLiteral("S1"));
        QCOMPARE(s1.name, QStringLiteral("Lakeview High School"));
        QCOMPARE(s1.users, 4);       // T1, U1, U2, P1
        QCOMPARE(s1.classes, 1);     // C1
        QCOMPARE(s1.enrollments, 3); // E1 to E3
        QCOMPARE(unpacked(s1.userIds), QByteArray("P1\nT1\nU1\nU2\n"));
        QCOMPARE(unpacked(s1.classIds), QByteArray("C1\n"));
        const SchoolPopulation &s2 = p.schools[1];
        QCOMPARE(s2.users, 1); // U1 is in both schools
        QCOMPARE(s2.classes, 0);
        QCOMPARE(s2.enrollments, 0);
        QVERIFY(s2.classIds.isEmpty());
    }

    void population_ofADeltaFile_isUnknown()
    {
        ExportFiles files = rb::test::validExport();
        files[QStringLiteral("manifest.csv")].replace("file.users,bulk", "file.users,delta");
        const ImportPopulation p = populationOf(*read(files).roster);
        QCOMPARE(p.schools[0].users, -1);
        QVERIFY(p.schools[0].userIds.isEmpty());
        QCOMPARE(p.schools[0].classes, 1);
    }

    void manyUsersGone_holdTheirSchool()
    {
        covered().insert(QStringLiteral("SES-USERS-REMOVED"));
        const FindingList f = compared(District{100}.files(), District{70}.files());
        const QList<const Finding *> users = of(f, RuleId::SessionUsersRemoved);
        QCOMPARE(users.size(), 1);
        QCOMPARE(f.fileName(*users[0]), QStringLiteral("orgs.csv"));
        QCOMPARE(users[0]->line, 3u); // S1's row
        QCOMPARE(users[0]->column, 1);
        QCOMPARE(RuleCatalogue::severity(RuleId::SessionUsersRemoved), Severity::Hold);
        const QString message = f.message(*users[0]);
        QVERIFY2(message.contains(QStringLiteral("30 of the 104 users of this school")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("N071, N072")), qPrintable(message));
        // S2 lost nothing.
        for (const Finding &x : f.items())
            QCOMPARE(x.line, 3u);
    }

    void removals_areHeldFromTwentyFiveAndMoreThanTenPercent_data()
    {
        QTest::addColumn<int>("now");
        QTest::addColumn<bool>("held");
        // 296 students and 4 others: 300 users in S1 before.
        QTest::newRow("24 gone") << 272 << false;
        QTest::newRow("30 gone: 10%, not more") << 266 << false;
        QTest::newRow("31 gone") << 265 << true;
        QTest::newRow("none gone") << 296 << false;
        QTest::newRow("more come") << 400 << false;
    }
    void removals_areHeldFromTwentyFiveAndMoreThanTenPercent()
    {
        QFETCH(int, now);
        QFETCH(bool, held);
        const FindingList f = compared(District{296}.files(), District{now}.files());
        QCOMPARE(f.countOf(RuleId::SessionUsersRemoved), size_t(held));
        QVERIFY(LargeRemoval::isLarge(25, 200));
        QVERIFY(!LargeRemoval::isLarge(24, 30));
        QVERIFY(!LargeRemoval::isLarge(25, 250));
    }

    void sameCountWithNewIds_isAllRemoved()
    {
        // The SIS numbered its students afresh: as many as before, none of them the same.
        District before{100};
        District after{100};
        after.firstStudent = 501;
        const FindingList f = compared(before.files(), after.files());
        QCOMPARE(f.countOf(RuleId::SessionUsersRemoved), size_t(1));
        QVERIFY(f.message(f.items()[0]).contains(QStringLiteral("100 of the 104 users")));
        QCOMPARE(f.countOf(RuleId::SessionEnrollmentsDropped), size_t(0)); // as many enrollments
    }

    void usersWhoMoved_areGoneFromTheirOldSchool()
    {
        District before{60};
        District after{60};
        after.school = "S2";
        const FindingList f = compared(before.files(), after.files());
        const QList<const Finding *> users = of(f, RuleId::SessionUsersRemoved);
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0]->line, 3u); // S1, not S2, which gained them
        QVERIFY(f.message(*users[0]).contains(QStringLiteral("60 of the 64 users")));
    }

    void manyClassesGone_holdTheirSchool()
    {
        covered().insert(QStringLiteral("SES-CLASSES-REMOVED"));
        const FindingList f = compared(District{0, 40}.files(), District{0, 10}.files());
        const QList<const Finding *> classes = of(f, RuleId::SessionClassesRemoved);
        QCOMPARE(classes.size(), 1);
        QCOMPARE(classes[0]->line, 3u);
        QCOMPARE(classes[0]->column, 1);
        const QString message = f.message(*classes[0]);
        QVERIFY2(message.contains(QStringLiteral("30 of the 41 classes of this school")) && message.contains(QStringLiteral("K011")), qPrintable(message));
        QCOMPARE(f.countOf(RuleId::SessionUsersRemoved), size_t(0));
    }

    void enrollmentsFallingFar_holdTheSchool()
    {
        covered().insert(QStringLiteral("SES-ENROLLMENTS-DROPPED"));
        // Everyone is still there, but half the enrollments were cut (a spreadsheet's row limit).
        District after{100};
        after.enrolled = 50;
        const FindingList f = compared(District{100}.files(), after.files());
        QCOMPARE(f.countOf(RuleId::SessionUsersRemoved), size_t(0));
        const QList<const Finding *> dropped = of(f, RuleId::SessionEnrollmentsDropped);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped[0]->line, 3u);
        const QString message = f.message(*dropped[0]);
        QVERIFY2(message.contains(QStringLiteral("103")) && message.contains(QStringLiteral("53")), qPrintable(message));
    }

    void schoolGone_holdsWithAllItHad()
    {
        covered().insert(QStringLiteral("SES-SCHOOL-REMOVED"));
        District before{30};
        before.school = "S2";
        ExportFiles after = rb::test::validExport();
        after[QStringLiteral("orgs.csv")] = rb::test::replaceLine(after[QStringLiteral("orgs.csv")], 4, QByteArray());
        after[QStringLiteral("users.csv")].replace("\"S1,S2\"", "S1");
        const FindingList f = compared(before.files(), after);
        const QList<const Finding *> gone = of(f, RuleId::SessionSchoolRemoved);
        QCOMPARE(gone.size(), 1);
        QCOMPARE(f.fileName(*gone[0]), QStringLiteral("orgs.csv"));
        QCOMPARE(gone[0]->line, 0u); // the school has no row to name
        QCOMPARE(gone[0]->row, Finding::NoRow);
        const QString message = f.message(*gone[0]);
        QVERIFY2(message.contains(QStringLiteral("Jefferson Middle School, East")) && message.contains(QStringLiteral("31 user")),
                 qPrintable(message));
        // A small school going is not a large removal.
        ExportFiles small = rb::test::validExport();
        QCOMPARE(compared(small, after).countOf(RuleId::SessionSchoolRemoved), size_t(0));
    }

    void deltaFiles_areNotCompared()
    {
        // A delta file holds changes only: fewer rows say nothing of removals.
        ExportFiles after = District{10}.files();
        after[QStringLiteral("manifest.csv")].replace("file.users,bulk", "file.users,delta");
        QCOMPARE(compared(District{100}.files(), after).countOf(RuleId::SessionUsersRemoved), size_t(0));
        ExportFiles before = District{100}.files();
        before[QStringLiteral("manifest.csv")].replace("file.users,bulk", "file.users,delta");
        QCOMPARE(compared(before, District{10}.files()).countOf(RuleId::SessionUsersRemoved), size_t(0));
    }

    void appliedAgain_replacesRatherThanAdds()
    {
        const ReadResult previous = read(District{100}.files());
        const ReadResult current = read(District{10}.files());
        const ImportPopulation p = populationOf(*previous.roster);
        FindingList f;
        applyRemovalFindings(*current.roster, p, f);
        const size_t once = f.size();
        QVERIFY(once >= 2);
        applyRemovalFindings(*current.roster, p, f);
        QCOMPARE(f.size(), once);
        applyRemovalFindings(*current.roster, ImportPopulation(), f);
        QCOMPARE(f.size(), size_t(0));
    }

    void latestImport_olderThan90Days_isSaidOnTheManifest()
    {
        covered().insert(QStringLiteral("SES-UPLOAD-OLD"));
        const ReadResult r = read(rb::test::validExport());
        const QDateTime now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
        FindingList f;
        applyUploadAgeFindings(*r.roster, now.addDays(-90), now, f);
        QCOMPARE(f.size(), size_t(0));
        applyUploadAgeFindings(*r.roster, now.addDays(-91), now, f);
        QCOMPARE(f.size(), size_t(1));
        const Finding &old = f.at(0);
        QCOMPARE(old.rule, RuleId::SessionUploadOld);
        QCOMPARE(f.fileName(old), QStringLiteral("manifest.csv"));
        QCOMPARE(old.line, 0u);
        QVERIFY(f.message(old).contains(QStringLiteral("91 days")));
        QCOMPARE(RuleCatalogue::severity(old.rule), Severity::Alert);
        // It follows the clock: shown again later, it is replaced, not added to.
        applyUploadAgeFindings(*r.roster, now.addDays(-120), now, f);
        QCOMPARE(f.size(), size_t(1));
        QVERIFY(f.message(f.at(0)).contains(QStringLiteral("120 days")));
        applyUploadAgeFindings(*r.roster, now, now, f);
        QCOMPARE(f.size(), size_t(0));
    }

    void session_comparesEachImportWithTheOneBefore()
    {
        const QString path = m_dir.filePath(QStringLiteral("compare.rosterbench"));
        SessionError error;
        std::unique_ptr<SessionStore> store = SessionStore::open(path, SessionStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(!populationBefore(*store, 0)); // nothing to compare with yet

        QString packError;
        const std::optional<PackedExport> first = packExport({zipOf(District{100}.files())}, &packError);
        QVERIFY2(first, qPrintable(packError));
        const ReadResult firstResult = checkPackedExport(*first);
        const qint64 firstId = keepImport(*store, *first, firstResult, &error);
        QVERIFY2(firstId, qPrintable(error.message));
        const std::optional<ImportPopulation> kept = store->population(firstId);
        QVERIFY(kept);
        QCOMPARE(kept->schools.size(), size_t(2));
        QCOMPARE(kept->schools[0].users, 104);
        QCOMPARE(unpacked(kept->schools[0].userIds), unpacked(populationOf(*firstResult.roster).schools[0].userIds));

        // The second import: checked against the first, and kept with what it found.
        const std::optional<PackedExport> second = packExport({zipOf(District{40}.files())}, &packError);
        QVERIFY(second);
        const std::optional<ImportPopulation> previous = populationBefore(*store, 0);
        QVERIFY(previous);
        const ReadResult secondResult = checkPackedExport(*second, nullptr, &*previous);
        QCOMPARE(secondResult.findings.countOf(RuleId::SessionUsersRemoved), size_t(1));
        const qint64 secondId = keepImport(*store, *second, secondResult, &error);
        QVERIFY2(secondId, qPrintable(error.message));
        QCOMPARE(store->import(secondId)->findings[Severity::Hold], qint64(2)); // users and enrollments
        store.reset();

        // Reopened, the findings are those kept; checked again under other rules, the comparison
        // is made again with the import before it, not the latest.
        store = SessionStore::open(path, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        bool rechecked = true;
        ReadResult reopened = readImport(*store, secondId, &error, nullptr, &rechecked);
        QVERIFY(!rechecked);
        QCOMPARE(reopened.findings.countOf(RuleId::SessionUsersRemoved), size_t(1));
        store.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE imports SET rules_fingerprint = 'older rules'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        store = SessionStore::open(path, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        reopened = readImport(*store, secondId, &error, nullptr, &rechecked);
        QVERIFY(rechecked);
        QCOMPARE(reopened.findings.countOf(RuleId::SessionUsersRemoved), size_t(1));
        const QList<const Finding *> again = of(reopened.findings, RuleId::SessionUsersRemoved);
        QVERIFY(reopened.findings.message(*again[0]).contains(QStringLiteral("60 of the 104 users")));
        const ReadResult firstAgain = readImport(*store, firstId, &error, nullptr, &rechecked);
        QVERIFY(rechecked);
        QCOMPARE(firstAgain.findings.countOf(RuleId::SessionUsersRemoved), size_t(0)); // nothing before it
    }

    // Runs last: every rule across imports has a test here.
    void zz_everySessionRuleHasATest()
    {
        QStringList untested;
        for (int i = 0; i < RuleCount; ++i) {
            const QString code = RuleCatalogue::code(RuleId(i));
            if (code.startsWith(QLatin1String("SES-")) && !covered().contains(code))
                untested << code;
        }
        QVERIFY2(untested.isEmpty(), qPrintable(QStringLiteral("session rules without a test: ") + untested.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(SessionFindingsTest)
#include "tst_sessionfindings.moc"
