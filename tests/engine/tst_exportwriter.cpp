#include "exportfixture.h"

#include "oneroster/exportreader.h"
#include "oneroster/exportwriter.h"
#include "oneroster/manifest.h"
#include "util/text.h"
#include "validation/rulecatalogue.h"

#include <QTest>

using namespace rb;

// What a pull is kept as: a OneRoster zip that reads back exactly, and says which SIS it came from.
class ExportWriterTest final : public QObject
{
    Q_OBJECT

private:
    static QString cell(const ReadResult &r, FileKind kind, size_t row, int field)
    {
        return toQString(r.roster->table(kind).cell(row, field));
    }

    static QString columnCell(const ReadResult &r, FileKind kind, size_t row, const QByteArray &header)
    {
        const Table &t = r.roster->table(kind);
        const qsizetype c = t.headerCells().indexOf(header);
        return c < 0 ? QStringLiteral("(no column)") : toQString(t.column(int(c)).at(row));
    }

private slots:
    void recordsReadBackAsWritten()
    {
        ExportWriter writer;
        writer.setManifestProperty(QStringLiteral("source.systemName"), QStringLiteral("Clever"));
        ExportWriter::Record school(FileKind::Orgs);
        school.set(OrgsField::SourcedId, QStringLiteral("S1"))
            .set(OrgsField::Name, QStringLiteral("Jefferson Middle, East"))
            .set(OrgsField::Type, QStringLiteral("school"));
        writer.add(school);
        ExportWriter::Record student(FileKind::Users);
        student.set(UsersField::SourcedId, QStringLiteral("U1"))
            .set(UsersField::OrgSourcedIds, QStringLiteral("S1,S2"))
            .set(UsersField::Role, QStringLiteral("student"))
            .set(UsersField::GivenName, QStringLiteral("Bảo"))
            .set(UsersField::FamilyName, QStringLiteral("Nguyễn"));
        student.setMetadata(QStringLiteral("preferredLanguage"), QStringLiteral("vi"));
        writer.add(student);
        ExportWriter::Record contact(FileKind::Users);
        contact.set(UsersField::SourcedId, QStringLiteral("P1")).set(UsersField::Role, QStringLiteral("guardian"));
        contact.setMetadata(QStringLiteral("contactType"), QStringLiteral("Emergency,Parent/Guardian"));
        writer.add(contact);

        QString error;
        const QByteArray zip = writer.zip(&error);
        QVERIFY2(!zip.isEmpty(), qPrintable(error));
        ReadOptions options;
        options.validate = false;
        const ReadResult r = ExportReader(options).readZipData(zip, QStringLiteral("pull.zip"));
        QVERIFY2(r.isReadable(), qPrintable(r.fatalErrors.join(u'\n')));
        // Every file the hub requires is there with its full header, and nothing is malformed
        // (classes and enrollments hold only their header here, which is worth a note).
        for (const Finding &f : r.findings.items()) {
            if (f.rule != RuleId::FileHeaderOnly)
                QFAIL(qPrintable(RuleCatalogue::code(f.rule) + u' ' + r.findings.message(f)));
        }
        QCOMPARE(cell(r, FileKind::Orgs, 0, OrgsField::Name), QStringLiteral("Jefferson Middle, East"));
        QCOMPARE(cell(r, FileKind::Users, 0, UsersField::OrgSourcedIds), QStringLiteral("S1,S2"));
        QCOMPARE(cell(r, FileKind::Users, 0, UsersField::FamilyName), QStringLiteral("Nguyễn"));
        QCOMPARE(columnCell(r, FileKind::Users, 0, "metadata.preferredLanguage"), QStringLiteral("vi"));
        QCOMPARE(columnCell(r, FileKind::Users, 0, "metadata.contactType"), QString());
        QCOMPARE(columnCell(r, FileKind::Users, 1, "metadata.contactType"), QStringLiteral("Emergency,Parent/Guardian"));
        QCOMPARE(r.roster->table(FileKind::Classes).rowCount(), size_t(0));
        QVERIFY(r.roster->table(FileKind::Classes).isPresent());
        QVERIFY(!r.roster->table(FileKind::Courses).isPresent());
        const Table &manifest = r.roster->table(FileKind::Manifest);
        QCOMPARE(Manifest::value(manifest, QStringLiteral("file.users")), QStringLiteral("bulk"));
        QCOMPARE(Manifest::value(manifest, QStringLiteral("file.courses")), QStringLiteral("absent"));
        QCOMPARE(Manifest::value(manifest, QStringLiteral("manifest.version")), QStringLiteral("1.0"));
        QCOMPARE(r.roster->sourceKind(), SourceKind::Clever);
    }

    void quotesInCellsAreWrittenAsTheHubWouldSeeThem()
    {
        QCOMPARE(ExportWriter::csvCell(QStringLiteral("plain")), QByteArray("plain"));
        QCOMPARE(ExportWriter::csvCell(QStringLiteral("Smith, Jr.")), QByteArray("\"Smith, Jr.\""));
        QCOMPARE(ExportWriter::csvCell(QStringLiteral("Robert \"Rob\"")), QByteArray("\"Robert \"\"Rob\"\"\""));
    }

    void sourceKind_comesFromTheManifestsSystemName_data()
    {
        QTest::addColumn<QByteArray>("systemName");
        QTest::addColumn<int>("kind");
        QTest::newRow("aeries") << QByteArray("Aeries") << int(SourceKind::Aeries);
        QTest::newRow("classlink, other case") << QByteArray("classlink") << int(SourceKind::ClassLink);
        QTest::newRow("clever with spaces") << QByteArray(" Clever ") << int(SourceKind::Clever);
        QTest::newRow("another system") << QByteArray("Test SIS") << int(SourceKind::OneRosterCsv);
        QTest::newRow("a name that only mentions one") << QByteArray("Not Clever Export") << int(SourceKind::OneRosterCsv);
    }

    void sourceKind_comesFromTheManifestsSystemName()
    {
        QFETCH(QByteArray, systemName);
        QFETCH(int, kind);
        test::ExportFiles files = test::validExport();
        files[QStringLiteral("manifest.csv")].replace("source.systemName,Test SIS", QByteArray(QByteArray("source.systemName,") + systemName));
        const ReadResult r = test::readWithoutRules(files);
        QVERIFY(r.roster);
        QCOMPARE(int(r.roster->sourceKind()), kind);
    }
};

QTEST_GUILESS_MAIN(ExportWriterTest)
#include "tst_exportwriter.moc"
