// An acknowledgement is of one finding: acknowledging one of two findings of a rule leaves the
// other as it was, for every rule that can fire more than once in a check, and it finds its
// finding again when the same bytes are checked again.

#include "exportfixture.h"
#include "oneroster/exportreader.h"
#include "session/acknowledgements.h"
#include "session/sessionfindings.h"
#include "session/sessionstore.h"
#include "validation/rulecatalogue.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using rb::test::ExportFiles;
using rb::test::replaceLine;

namespace {

// Rules a check gives at most once: one manifest row each, one note for the whole file, one
// age of the latest upload.
const QSet<QString> OncePerCheck = {QStringLiteral("MAN-VERSION"), QStringLiteral("MAN-ONEROSTER-VERSION"),
                                    QStringLiteral("AER-CREDENTIAL-SPACES"), QStringLiteral("CLV-LANGUAGE-MISSING"),
                                    QStringLiteral("SES-UPLOAD-OLD")};
// Rules on a whole file, one per file.
const QSet<QString> OnWholeFiles = {QStringLiteral("FILE-MISSING"), QStringLiteral("FILE-MISNAMED"),
                                    QStringLiteral("FILE-NOT-CSV"), QStringLiteral("FILE-EMPTY"),
                                    QStringLiteral("FILE-HEADER-ONLY")};
// Rules on the header line, one per column.
const QSet<QString> OnHeaderCells = {QStringLiteral("HDR-MISSPELLED"), QStringLiteral("HDR-SPACES"),
                                     QStringLiteral("HDR-DUPLICATE"), QStringLiteral("HDR-UNKNOWN")};
// Rules on the first row that lacks a value, one per column.
const QSet<QString> OnColumnsOfOneRow = {QStringLiteral("ONEROSTER-FIELD-BLANK")};

// The valid export with a second class, so that every file has two records.
ExportFiles twoOfEverything()
{
    ExportFiles files = rb::test::validExport();
    files[QStringLiteral("classes.csv")] += "C2,,,Biology - Period 3,10,CRS2,BIO,scheduled,,S1,T2026,,,3\n";
    files[QStringLiteral("enrollments.csv")] += "E4,,,C2,S1,T1,teacher,true,,\n";
    return files;
}

// The exports in which a check gives one rule twice where its findings share a line and a column
// (or a whole file): the cases a key of rule, file, line and column alone could not tell apart.
ExportFiles sharingAPlace(const QString &code)
{
    ExportFiles files = twoOfEverything();
    QByteArray &users = files[QStringLiteral("users.csv")];
    if (code == QLatin1String("USR-AGENT-UNKNOWN")) {
        // Jane names two parents that are not in the export.
        users = replaceLine(users, 3, "U1,,,true,\"S1,S2\",student,jdoe,,Jane,Doe,,10042,,,,\"P1,P8,P9\",09,");
    } else if (code == QLatin1String("CLS-GRADES-INVALID")) {
        files[QStringLiteral("classes.csv")] =
            replaceLine(files[QStringLiteral("classes.csv")], 2, "C1,,,Algebra I - Period 2,\"9,13\",CRS1,ALG1,scheduled,,S1,T2026,,,2");
    } else if (code == QLatin1String("HDR-MISSING")) {
        // No given or family names at all.
        users = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,middleName,"
                "identifier,email,sms,phone,agentSourcedIds,grades,password\n"
                "T1,,,true,S1,teacher,mlopez,,,,mlopez@lakeview.example,,,,,\n"
                "U1,,,true,\"S1,S2\",student,jdoe,,,10042,,,,P1,09,\n"
                "U2,,,true,S1,student,bnguyen,,,10043,,,,P1,10,\n"
                "P1,,,true,S1,parent,adoe,,,,,(415) 555-0134,,,,\n";
    } else if (code == QLatin1String("MAN-PROPERTY-MISSING")) {
        QByteArray &manifest = files[QStringLiteral("manifest.csv")];
        manifest.replace("manifest.version,1.0\n", "");
        manifest.replace("oneroster.version,1.1\n", "");
    } else if (code == QLatin1String("FILE-UNKNOWN")) {
        files.insert(QStringLiteral("extra.csv"), "a,b\n1,2\n");
        files.insert(QStringLiteral("notes.csv"), "a,b\n3,4\n");
    } else if (code == QLatin1String("USR-EMAIL-SHARED")) {
        // Ann's email is two teachers' too: she loses it to each.
        users = replaceLine(users, 5, "P1,,,true,S1,parent,adoe,,Ann,Doe,,,ann@mail.example,(415) 555-0134,,,,");
        users += "T2,,,true,S1,teacher,ttwo,,Tom,Two,,,ann@mail.example,,,,,\n"
                 "T3,,,true,S1,teacher,tthree,,Tia,Three,,,ann@mail.example,,,,,\n";
    } else if (code == QLatin1String("USR-EMERGENCY-CONTACT")) {
        QList<QByteArray> lines = users.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (!lines[i].isEmpty())
                lines[i] += i == 0 ? QByteArray(",metadata.contactType") : i == 4 ? QByteArray(",\"Emergency,emergency\"") : QByteArray(",");
        }
        users = lines.join('\n');
    }
    return files;
}

bool sharesAPlace(const QString &code)
{
    return QSet<QString>{QStringLiteral("USR-AGENT-UNKNOWN"), QStringLiteral("CLS-GRADES-INVALID"),
                         QStringLiteral("HDR-MISSING"), QStringLiteral("MAN-PROPERTY-MISSING"),
                         QStringLiteral("FILE-UNKNOWN"), QStringLiteral("USR-EMAIL-SHARED"),
                         QStringLiteral("USR-EMERGENCY-CONTACT"), QStringLiteral("SES-SCHOOL-REMOVED")}
        .contains(code);
}

// What an import before this one held: two schools that this one does not have.
ImportPopulation twoSchoolsGone()
{
    ImportPopulation previous;
    for (const auto &[id, name] : {std::pair{"N1", "Northside Elementary"}, std::pair{"N2", "Southside Elementary"}}) {
        SchoolPopulation school;
        school.schoolId = QString::fromLatin1(id);
        school.name = QString::fromLatin1(name);
        school.users = 40;
        school.classes = 0;
        school.enrollments = 0;
        previous.schools.push_back(school);
    }
    return previous;
}

} // namespace

class AcknowledgementsTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SessionStore> m_store;
    qint64 m_import = 0;
    int m_reads = 0;

    ReadResult read(const ExportFiles &files)
    {
        const QString folder = m_dir.filePath(QStringLiteral("read-%1").arg(++m_reads));
        if (!rb::test::writeFolder(folder, files))
            qFatal("cannot write the export");
        return ExportReader().read({folder});
    }

    // A check that gives rule `code` at least twice, as the checks place it.
    ReadResult twoFindingsOf(const QString &code)
    {
        const RuleId rule = *RuleCatalogue::findByCode(code);
        if (code == QLatin1String("SES-SCHOOL-REMOVED")) {
            ReadResult r = read(twoOfEverything());
            applyRemovalFindings(*r.roster, twoSchoolsGone(), r.findings);
            return r;
        }
        if (sharesAPlace(code))
            return read(sharingAPlace(code));
        // The others land on places of their own, as each check puts them.
        ReadResult r = read(twoOfEverything());
        r.findings = FindingList();
        const FileKind kind = RuleCatalogue::rule(rule).file;
        const Table &table = r.roster->table(kind == FileKind::Other ? FileKind::Users : kind);
        const QString file = kind == FileKind::Other ? QStringLiteral("users.csv") : table.entryName();
        if (OnWholeFiles.contains(code) || kind == FileKind::Other) {
            r.findings.add(rule, {QStringLiteral("users.csv"), FileKind::Users, Finding::NoRow, 0, 0}, QStringLiteral("users.csv"));
            r.findings.add(rule, {QStringLiteral("classes.csv"), FileKind::Classes, Finding::NoRow, 0, 0}, QStringLiteral("classes.csv"));
        } else if (OnHeaderCells.contains(code)) {
            r.findings.add(rule, {file, kind, Finding::NoRow, 1, 2}, QStringLiteral("a"), QStringLiteral("b"));
            r.findings.add(rule, {file, kind, Finding::NoRow, 1, 3}, QStringLiteral("c"), QStringLiteral("d"));
        } else if (OnColumnsOfOneRow.contains(code)) {
            r.findings.add(rule, {file, kind, 0, table.lineOf(0), 7}, QStringLiteral("2"), QStringLiteral("username"));
            r.findings.add(rule, {file, kind, 0, table.lineOf(0), 8}, QStringLiteral("2"), QStringLiteral("userIds"));
        } else {
            const QByteArray field = RuleCatalogue::rule(rule).field;
            const int column = int(std::max<qsizetype>(0, table.headerCells().indexOf(field))) + 1;
            for (uint32_t row : {0u, 1u})
                r.findings.add(rule, {file, kind, row, table.lineOf(row), column}, QStringLiteral("same"), QStringLiteral("words"));
        }
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        SessionError error;
        m_store = SessionStore::open(m_dir.filePath(QStringLiteral("acks.rosterbench")), SessionStore::OpenMode::CreateIfMissing,
                                     &error);
        QVERIFY2(m_store, qPrintable(error.message));
        const QString zip = m_dir.filePath(QStringLiteral("export.zip"));
        QVERIFY(rb::test::writeZip(zip, twoOfEverything()));
        QFile bytes(zip);
        QVERIFY(bytes.open(QIODevice::ReadOnly));
        const FindingList none;
        SessionStore::NewImport import;
        import.origin = zip;
        import.originKind = QStringLiteral("zip");
        import.name = QStringLiteral("export.zip");
        import.zip = &bytes;
        import.findings = &none;
        m_import = m_store->addImport(import, &error);
        QVERIFY2(m_import > 0, qPrintable(error.message));
    }

    void init()
    {
        // Each case starts with none, whatever the one before left.
        for (const Acknowledgement &ack : m_store->acknowledgements(m_import))
            QVERIFY(m_store->unacknowledge(ack, nullptr));
    }

    void oneOfTwoFindings_data()
    {
        QTest::addColumn<QString>("code");
        for (int i = 0; i < RuleCount; ++i) {
            const QString code = RuleCatalogue::code(RuleId(i));
            if (!OncePerCheck.contains(code))
                QTest::newRow(qPrintable(code)) << code;
        }
    }

    void oneOfTwoFindings()
    {
        QFETCH(QString, code);
        const RuleId rule = *RuleCatalogue::findByCode(code);
        const ReadResult r = twoFindingsOf(code);
        QList<uint32_t> of;
        for (size_t i = 0; i < r.findings.size(); ++i) {
            if (r.findings.at(i).rule == rule)
                of << uint32_t(i);
        }
        QVERIFY2(of.size() >= 2, qPrintable(QStringLiteral("%1 finding(s)").arg(of.size())));
        // Two that share a line and a column when the check gives such.
        uint32_t a = of[0], b = of[1];
        for (uint32_t x : of) {
            for (uint32_t y : of) {
                const Finding &fx = r.findings.at(x), &fy = r.findings.at(y);
                if (x < y && fx.line == fy.line && fx.column == fy.column && fx.kind == fy.kind) {
                    a = x;
                    b = y;
                }
            }
        }
        if (sharesAPlace(code))
            QVERIFY2(r.findings.at(a).line == r.findings.at(b).line && r.findings.at(a).column == r.findings.at(b).column,
                     "the fixture meant to give two findings on one place does not");

        SessionError error;
        Acknowledgement first = acknowledgementOf(r, a, m_import);
        first.note = QStringLiteral("the first");
        QVERIFY2(m_store->acknowledge(first, &error), qPrintable(error.message));
        QHash<uint32_t, Acknowledgement> covered = acknowledgedFindings(r, m_store->acknowledgements(m_import));
        QCOMPARE(covered.keys(), QList<uint32_t>{a});

        // The other one on its own, with a note of its own: the first keeps its.
        Acknowledgement second = acknowledgementOf(r, b, m_import);
        second.note = QStringLiteral("the second");
        QVERIFY2(m_store->acknowledge(second, &error), qPrintable(error.message));
        covered = acknowledgedFindings(r, m_store->acknowledgements(m_import));
        QCOMPARE(covered.size(), 2);
        QCOMPARE(covered.value(a).note, QStringLiteral("the first"));
        QCOMPARE(covered.value(b).note, QStringLiteral("the second"));

        // Checked again from the same bytes, each finds its own finding.
        if (sharesAPlace(code)) {
            const ReadResult again = twoFindingsOf(code);
            const QHash<uint32_t, Acknowledgement> found = acknowledgedFindings(again, m_store->acknowledgements(m_import));
            QCOMPARE(found.size(), 2);
            QCOMPARE(found.value(a).note, QStringLiteral("the first"));
        }

        // Taking the first back leaves the second.
        QVERIFY2(m_store->unacknowledge(covered.value(a), &error), qPrintable(error.message));
        covered = acknowledgedFindings(r, m_store->acknowledgements(m_import));
        QCOMPARE(covered.keys(), QList<uint32_t>{b});
        QVERIFY(m_store->unacknowledge(covered.value(b), &error));
        QVERIFY(m_store->acknowledgements(m_import).isEmpty());
    }

    void keptByFormatThree_coversOneFindingOfItsPlace()
    {
        // Format 3 named an acknowledgement by rule, file, line and column alone: "School gone"
        // acknowledged for one school was shown on every school's.
        const QString file = m_dir.filePath(QStringLiteral("format3.rosterbench"));
        qint64 import = 0;
        {
            SessionError error;
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, &error);
            QVERIFY2(store, qPrintable(error.message));
            QFile bytes(m_dir.filePath(QStringLiteral("export.zip")));
            QVERIFY(bytes.open(QIODevice::ReadOnly));
            const FindingList none;
            SessionStore::NewImport add;
            add.origin = bytes.fileName();
            add.originKind = QStringLiteral("zip");
            add.name = QStringLiteral("export.zip");
            add.zip = &bytes;
            add.findings = &none;
            import = store->addImport(add, &error);
            QVERIFY(import > 0);
        }
        // Back to format 3, with such an acknowledgement in it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("format3"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &statement :
                 {QStringLiteral("DROP TABLE acknowledgements"),
                  QStringLiteral("CREATE TABLE acknowledgements (import_id INTEGER NOT NULL REFERENCES imports(id), "
                                 "rule TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, "
                                 "record_id TEXT NOT NULL, note TEXT NOT NULL, operator TEXT NOT NULL, at TEXT NOT NULL, "
                                 "PRIMARY KEY (import_id, rule, file, line, col))"),
                  QStringLiteral("INSERT INTO acknowledgements VALUES (%1, 'SES-SCHOOL-REMOVED', 'orgs.csv', 0, 0, '', "
                                 "'closed in June', 'Ana Ruiz', '2026-11-20T10:00:00.000Z')")
                      .arg(import),
                  QStringLiteral("PRAGMA user_version = 3")})
                QVERIFY2(q.exec(statement), qPrintable(statement));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("format3"));

        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QList<Acknowledgement> kept = store->acknowledgements(import);
        QCOMPARE(kept.size(), 1);
        QVERIFY(kept[0].byPlace);
        QCOMPARE(kept[0].note, QStringLiteral("closed in June"));

        const ReadResult r = twoFindingsOf(QStringLiteral("SES-SCHOOL-REMOVED"));
        QCOMPARE(r.findings.countOf(RuleId::SessionSchoolRemoved), size_t(2));
        QHash<uint32_t, Acknowledgement> covered = acknowledgedFindings(r, kept);
        QCOMPARE(covered.size(), 1); // one school's, not both
        const uint32_t shown = covered.keys().first();

        // Its note changed, it stays that finding's; the other school's gets one of its own.
        Acknowledgement changed = covered.value(shown);
        changed.note = QStringLiteral("closed in June, said the district");
        QVERIFY(store->acknowledge(changed, &error));
        uint32_t other = 0;
        for (size_t i = 0; i < r.findings.size(); ++i) {
            if (r.findings.at(i).rule == RuleId::SessionSchoolRemoved && i != shown)
                other = uint32_t(i);
        }
        Acknowledgement own = acknowledgementOf(r, other, import);
        own.note = QStringLiteral("merged into another");
        QVERIFY(store->acknowledge(own, &error));
        covered = acknowledgedFindings(r, store->acknowledgements(import));
        QCOMPARE(covered.size(), 2);
        QCOMPARE(covered.value(shown).note, QStringLiteral("closed in June, said the district"));
        QCOMPARE(covered.value(other).note, QStringLiteral("merged into another"));
        QCOMPARE(store->acknowledgements(import).size(), 2);
    }
};

QTEST_GUILESS_MAIN(AcknowledgementsTest)
#include "tst_acknowledgements.moc"
