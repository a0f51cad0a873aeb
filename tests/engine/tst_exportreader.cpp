#include "exportfixture.h"

#include "oneroster/exportreader.h"
#include "util/progress.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace rb;
using rb::test::ExportFiles;
using rb::test::replaceLine;

namespace {

// These tests are about reading and formatting; the data rules have their own suite.
ExportReader formatOnly()
{
    ReadOptions options;
    options.validate = false;
    return ExportReader(options);
}

struct Seen
{
    QString code;
    QString file;
    uint32_t line;
    int column;
    QString message;
};

QList<Seen> seen(const ReadResult &result, const QString &code = {})
{
    QList<Seen> out;
    for (const Finding &f : result.findings.items()) {
        const QString c = RuleCatalogue::code(f.rule);
        if (code.isEmpty() || c == code)
            out.append({c, result.findings.fileName(f), f.line, f.column, result.findings.message(f)});
    }
    return out;
}

QString describe(const ReadResult &result)
{
    QStringList lines;
    for (const Seen &s : seen(result))
        lines << QStringLiteral("%1 %2:%3:%4 %5").arg(s.code, s.file).arg(s.line).arg(s.column).arg(s.message);
    return lines.join(u'\n');
}

// The files of an export folder, by name.
ExportFiles filesOf(const QString &folder)
{
    ExportFiles files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(file.fileName()));
        files.insert(name, file.readAll());
    }
    return files;
}

// A zip of `files` built in memory, each under its own entry name (which may be hostile).
QByteArray zipInMemory(const ExportFiles &files)
{
    QBuffer buffer;
    {
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            qFatal("cannot create a zip in memory");
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key()))
                || file.write(it.value()) != it.value().size())
                qFatal("cannot write %s into the zip", qPrintable(it.key()));
            file.close();
        }
        zip.close();
        if (zip.getZipError() != 0)
            qFatal("cannot finish the zip in memory");
    }
    return buffer.data();
}

} // namespace

class ExportReaderTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    ReadResult readFolder(const ExportFiles &files)
    {
        const QString folder = m_dir.filePath(QStringLiteral("export%1").arg(++m_count));
        if (!rb::test::writeFolder(folder, files))
            qFatal("cannot write fixture");
        return formatOnly().read({folder});
    }

    // Reads the valid export with one file replaced.
    ReadResult readWith(const QString &file, const QByteArray &bytes)
    {
        ExportFiles files = rb::test::validExport();
        files[file] = bytes;
        return readFolder(files);
    }

private slots:
    void validFolder_hasNoFindings()
    {
        const ReadResult r = readFolder(rb::test::validExport());
        QVERIFY2(r.isReadable(), qPrintable(r.fatalErrors.join(u'\n')));
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Users).rowCount(), size_t(4));
        QCOMPARE(r.roster->table(FileKind::Orgs).rowCount(), size_t(3));
        QCOMPARE(r.roster->table(FileKind::Enrollments).rowCount(), size_t(3));
        QCOMPARE(r.files.size(), size_t(6));
    }

    void validZip_readsTheSame()
    {
        const QString zip = m_dir.filePath(QStringLiteral("valid.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport()));
        const ReadResult r = formatOnly().read({zip});
        QVERIFY(r.isReadable());
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Users).rowCount(), size_t(4));
        QCOMPARE(r.roster->table(FileKind::Users).entryName(), QStringLiteral("users.csv"));
    }

    void zipWithFilesInOneFolder_readsThatFolder()
    {
        const QString zip = m_dir.filePath(QStringLiteral("nested.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport(), QStringLiteral("Lakeview Export/")));
        const ReadResult r = formatOnly().read({zip});
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Classes).entryName(),
                 QStringLiteral("Lakeview Export/classes.csv"));
        QCOMPARE(r.roster->table(FileKind::Classes).rowCount(), size_t(1));
    }

    void looseFiles_areReadAsOneExport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("loose"));
        QVERIFY(rb::test::writeFolder(folder, rb::test::validExport()));
        QStringList paths;
        for (const QString &name : rb::test::validExport().keys())
            paths << QDir(folder).filePath(name);
        const ReadResult r = formatOnly().read(paths);
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Demographics).rowCount(), size_t(2));
    }

    void crlfAndByteOrderMark_areAccepted()
    {
        ExportFiles files = rb::test::validExport();
        for (auto it = files.begin(); it != files.end(); ++it)
            it.value() = "\xEF\xBB\xBF" + it.value().replace("\n", "\r\n");
        const ReadResult r = readFolder(files);
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Users).headerCells().first(), QByteArray("sourcedId"));
        QCOMPARE(r.roster->table(FileKind::Users).lineOf(3), uint32_t(5));
    }

    void cells_areKeptAsTheFileHadThem()
    {
        const ReadResult r = readFolder(rb::test::validExport());
        const Table &users = r.roster->table(FileKind::Users);
        QCOMPARE(users.cell(1, UsersField::OrgSourcedIds), std::string_view("S1,S2"));
        QCOMPARE(users.cell(2, UsersField::FamilyName), std::string_view("Nguyễn"));
        QCOMPARE(users.cell(1, UsersField::Grades), std::string_view("09"));
        QCOMPARE(users.rowForId("P1"), uint32_t(3));
        QCOMPARE(users.rowForId("p1"), Table::NoRow);
        QCOMPARE(users.lineOf(users.rowForId("U2")), uint32_t(4));
        const Table &orgs = r.roster->table(FileKind::Orgs);
        QCOMPARE(orgs.cell(2, OrgsField::Name), std::string_view("Jefferson Middle School, East"));
    }

    void misnamedFile_isNamedAndStillRead()
    {
        ExportFiles files = rb::test::validExport();
        files.insert(QStringLiteral("Users.csv"), files.take(QStringLiteral("users.csv")));
        const ReadResult r = readFolder(files);
        const QList<Seen> misnamed = seen(r, QStringLiteral("FILE-MISNAMED"));
        QCOMPARE(misnamed.size(), 1);
        QCOMPARE(misnamed[0].file, QStringLiteral("Users.csv"));
        QVERIFY(misnamed[0].message.contains(QStringLiteral("“users.csv”")));
        QVERIFY(seen(r, QStringLiteral("FILE-MISSING")).isEmpty());
        QCOMPARE(r.roster->table(FileKind::Users).rowCount(), size_t(4));
        QVERIFY(r.findings.hasErrors());
    }

    void missingFile_isAnErrorAndTheManifestDisagrees()
    {
        ExportFiles files = rb::test::validExport();
        files.remove(QStringLiteral("demographics.csv"));
        const ReadResult r = readFolder(files);
        const QList<Seen> missing = seen(r, QStringLiteral("FILE-MISSING"));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing[0].file, QStringLiteral("demographics.csv"));
        const QList<Seen> mismatch = seen(r, QStringLiteral("MAN-FILE-MISMATCH"));
        QCOMPARE(mismatch.size(), 1);
        QCOMPARE(mismatch[0].line, uint32_t(10)); // file.demographics,bulk
        QCOMPARE(mismatch[0].column, 2);
        QCOMPARE(r.findings.size(), size_t(2));
    }

    void header_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("named");
        const QByteArray good = "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,"
                                "username,userIds,givenName,familyName,middleName,identifier,email,sms,"
                                "phone,agentSourcedIds,grades,password";
        QTest::newRow("lower-case") << QByteArray(good).replace("sourcedId,status", "sourcedid,status")
                                    << QStringLiteral("HDR-MISSPELLED") << 1 << QStringLiteral("sourcedId");
        QTest::newRow("typo") << QByteArray(good).replace("givenName", "givenNmae")
                              << QStringLiteral("HDR-MISSPELLED") << 9 << QStringLiteral("givenName");
        QTest::newRow("underscore") << QByteArray(good).replace("familyName", "family_name")
                                    << QStringLiteral("HDR-MISSPELLED") << 10 << QStringLiteral("familyName");
        QTest::newRow("space inside") << QByteArray(good).replace("orgSourcedIds", "org SourcedIds")
                                      << QStringLiteral("HDR-SPACES") << 5 << QStringLiteral("orgSourcedIds");
        QTest::newRow("trailing space") << QByteArray(good).replace("email,", "email ,")
                                        << QStringLiteral("HDR-SPACES") << 13 << QStringLiteral("email");
        QTest::newRow("duplicate") << QByteArray(good).replace("password", "email")
                                   << QStringLiteral("HDR-DUPLICATE") << 18 << QStringLiteral("email");
        QTest::newRow("unknown") << QByteArray(good).replace("password", "password,nickname")
                                 << QStringLiteral("HDR-UNKNOWN") << 19 << QStringLiteral("nickname");
        QTest::newRow("missing") << QByteArray(good).replace(",password", ",passwd_hash_value")
                                 << QStringLiteral("HDR-MISSING") << 0 << QStringLiteral("password");
    }

    void header()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, code);
        QFETCH(int, column);
        QFETCH(QString, named);
        const ReadResult r = readWith(QStringLiteral("users.csv"),
                                      replaceLine(rb::test::validExport().value(QStringLiteral("users.csv")), 1, header));
        const QList<Seen> found = seen(r, code);
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].file, QStringLiteral("users.csv"));
        QCOMPARE(found[0].line, uint32_t(1));
        QCOMPARE(found[0].column, column);
        QVERIFY2(found[0].message.contains(named), qPrintable(found[0].message));
    }

    void misspelledHeader_stillReadsTheColumn()
    {
        QByteArray users = rb::test::validExport().value(QStringLiteral("users.csv"));
        users.replace("givenName", "GivenName");
        const ReadResult r = readWith(QStringLiteral("users.csv"), users);
        QCOMPARE(r.roster->table(FileKind::Users).cell(0, UsersField::GivenName), std::string_view("María"));
    }

    void metadataColumns_areAllowed()
    {
        QByteArray users = rb::test::validExport().value(QStringLiteral("users.csv"));
        users = replaceLine(users, 1, users.split('\n').first() + ",metadata.preferredLanguage");
        for (int line = 2; line <= 5; ++line)
            users = replaceLine(users, line, users.split('\n').at(line - 1) + ",es");
        const ReadResult r = readWith(QStringLiteral("users.csv"), users);
        QVERIFY2(r.findings.isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.roster->table(FileKind::Users).columnCount(), 19);
    }

    void rowWithWrongCellCount_isAnError_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("cells");
        QTest::newRow("too many") << QByteArray("U1,,,true,S1,student,jdoe,,Jane,Doe,Jr.,,10042,,,,P1,09,") << QStringLiteral("19");
        QTest::newRow("too few") << QByteArray("U1,,,true,S1,student,jdoe,,Jane,Doe") << QStringLiteral("10");
        QTest::newRow("unquoted comma") << QByteArray("U1,,,true,S1,S2,student,jdoe,,Jane,Doe,,10042,,,,P1,09,") << QStringLiteral("19");
    }

    void rowWithWrongCellCount_isAnError()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, cells);
        const ReadResult r = readWith(QStringLiteral("users.csv"),
                                      replaceLine(rb::test::validExport().value(QStringLiteral("users.csv")), 3, row));
        const QList<Seen> found = seen(r, QStringLiteral("CSV-CELL-COUNT"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].line, uint32_t(3));
        QCOMPARE(found[0].column, 0);
        QVERIFY(found[0].message.contains(cells));
        QVERIFY(found[0].message.contains(QStringLiteral("18")));
        QCOMPARE(r.findings.at(0).row, uint32_t(1));
    }

    void quoteInsideCell_isAnErrorAtItsCell()
    {
        const ReadResult r = readWith(
            QStringLiteral("users.csv"),
            replaceLine(rb::test::validExport().value(QStringLiteral("users.csv")), 4,
                        "U2,,,true,S1,student,bnguyen,,Robert \"Rob\",Nguyễn,,10043,,,,P1,10,"));
        const QList<Seen> found = seen(r, QStringLiteral("CSV-QUOTE-IN-CELL"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].line, uint32_t(4));
        QCOMPARE(found[0].column, 9);
        QVERIFY(found[0].message.contains(QStringLiteral("Robert \"Rob\"")));
        QCOMPARE(r.findings.size(), size_t(1));
    }

    void unterminatedQuote_isReportedWhereItOpens()
    {
        const ReadResult r = readWith(
            QStringLiteral("users.csv"),
            replaceLine(rb::test::validExport().value(QStringLiteral("users.csv")), 3,
                        "U1,,,true,\"S1,student,jdoe,,Jane,Doe,,10042,,,,P1,09,"));
        const QList<Seen> found = seen(r, QStringLiteral("CSV-UNTERMINATED-QUOTE"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].line, uint32_t(3));
        QCOMPARE(found[0].column, 5);
        // The rows after it are still read, each on its own line.
        const Table &users = r.roster->table(FileKind::Users);
        QCOMPARE(users.rowCount(), size_t(4));
        QCOMPARE(users.sourcedId(3), std::string_view("P1"));
        QCOMPARE(users.lineOf(3), uint32_t(5));
    }

    void invalidUtf8_isAnErrorAtItsCell()
    {
        const ReadResult r = readWith(
            QStringLiteral("users.csv"),
            replaceLine(rb::test::validExport().value(QStringLiteral("users.csv")), 5,
                        "P1,,,true,S1,parent,,,Ann,\x93\x44oe\x94,,,,(415) 555-0134,,,,"));
        const QList<Seen> found = seen(r, QStringLiteral("CSV-NOT-UTF8"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].line, uint32_t(5));
        QCOMPARE(found[0].column, 10);
        QVERIFY(found[0].message.contains(QStringLiteral("0x93")));
    }

    void notCsv_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("xlsx renamed") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00", 10) + QByteArray(200, 'x')
                                      << QStringLiteral("Excel workbook");
        QTest::newRow("xls renamed") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(200, '\0')
                                     << QStringLiteral("old Excel");
        const QString header = QStringLiteral("sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\r\nS1,,,A,school,,\r\n");
        QByteArray utf16le("\xFF\xFE", 2);
        for (QChar c : header)
            utf16le.append(char(c.unicode() & 0xff)).append('\0');
        QTest::newRow("UTF-16 with BOM") << utf16le << QStringLiteral("UTF-16");
        QTest::newRow("UTF-16 without BOM") << utf16le.mid(2) << QStringLiteral("UTF-16 text without");
    }

    void notCsv()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const ReadResult r = readWith(QStringLiteral("orgs.csv"), bytes);
        QVERIFY(r.isReadable());
        const QList<Seen> found = seen(r, QStringLiteral("FILE-NOT-CSV"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].file, QStringLiteral("orgs.csv"));
        QVERIFY2(found[0].message.contains(reason), qPrintable(found[0].message));
        QVERIFY(r.findings.hasErrors());
    }

    void emptyCsv_isAnError()
    {
        const ReadResult r = readWith(QStringLiteral("classes.csv"), QByteArray());
        const QList<Seen> found = seen(r, QStringLiteral("FILE-EMPTY"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].file, QStringLiteral("classes.csv"));
    }

    void headerOnlyClassesAndEnrollments_areInformation()
    {
        ExportFiles files = rb::test::validExport();
        for (const QString &name : {QStringLiteral("classes.csv"), QStringLiteral("enrollments.csv")})
            files[name] = files[name].split('\n').first() + '\n';
        const ReadResult r = readFolder(files);
        QCOMPARE(seen(r, QStringLiteral("FILE-HEADER-ONLY")).size(), 2);
        QVERIFY(!r.findings.hasErrors());
    }

    void manifest_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("column");
        QTest::newRow("Excel ate the version") << 2 << QByteArray("manifest.version,1") << QStringLiteral("MAN-VERSION") << 2;
        QTest::newRow("OneRoster 1.0") << 3 << QByteArray("oneroster.version,1.0") << QStringLiteral("MAN-ONEROSTER-VERSION") << 2;
        QTest::newRow("capitalised value") << 16 << QByteArray("file.users,Bulk") << QStringLiteral("MAN-FILE-VALUE") << 2;
        QTest::newRow("says absent, file there") << 16 << QByteArray("file.users,absent") << QStringLiteral("MAN-FILE-MISMATCH") << 2;
        QTest::newRow("says bulk, file not there") << 8 << QByteArray("file.courses,bulk") << QStringLiteral("MAN-FILE-MISMATCH") << 2;
        QTest::newRow("unknown property") << 17 << QByteArray("source.systemName,X\nexport.note,x") << QStringLiteral("MAN-PROPERTY-UNKNOWN") << 1;
    }

    void manifest()
    {
        QFETCH(int, line);
        QFETCH(QByteArray, row);
        QFETCH(QString, code);
        QFETCH(int, column);
        const ReadResult r = readWith(QStringLiteral("manifest.csv"),
                                      replaceLine(rb::test::validExport().value(QStringLiteral("manifest.csv")), line, row));
        const QList<Seen> found = seen(r, code);
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QCOMPARE(found[0].file, QStringLiteral("manifest.csv"));
        QCOMPARE(found[0].line, uint32_t(code == QLatin1String("MAN-PROPERTY-UNKNOWN") ? line + 1 : line));
        QCOMPARE(found[0].column, column);
    }

    void manifestWithoutFileRowForAPresentFile_isAnError()
    {
        QByteArray manifest = rb::test::validExport().value(QStringLiteral("manifest.csv"));
        manifest.replace("file.users,bulk\n", "");
        const ReadResult r = readWith(QStringLiteral("manifest.csv"), manifest);
        const QList<Seen> found = seen(r, QStringLiteral("MAN-PROPERTY-MISSING"));
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        QVERIFY(found[0].message.contains(QStringLiteral("file.users")));
    }

    void extraFiles_areInformation()
    {
        ExportFiles files = rb::test::validExport();
        files.insert(QStringLiteral("notes.csv"), "a,b\n1,2\n");
        const ReadResult r = readFolder(files);
        const QList<Seen> found = seen(r, QStringLiteral("FILE-UNKNOWN"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found[0].file, QStringLiteral("notes.csv"));
        QVERIFY(!r.findings.hasErrors());
    }

    void sampleZipInMemory_readsAsFromDisk()
    {
        // The same bytes, once from disk and once from memory, with the data rules on so every
        // kind of finding is compared.
        const QByteArray bytes = zipInMemory(filesOf(QStringLiteral(ROSTERBENCH_SAMPLE)));
        const QString zip = m_dir.filePath(QStringLiteral("lakeview.zip"));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const ReadResult disk = ExportReader().read({zip});
        const ReadResult memory = ExportReader().readZipData(bytes, QStringLiteral("Lakeview.zip"));
        QVERIFY2(disk.isReadable(), qPrintable(disk.fatalErrors.join(u'\n')));
        QVERIFY2(memory.isReadable(), qPrintable(memory.fatalErrors.join(u'\n')));
        QCOMPARE(memory.roster->sourceName(), QStringLiteral("Lakeview.zip"));
        QCOMPARE(memory.bytesRead, disk.bytesRead);
        QCOMPARE(memory.files.size(), size_t(6));
        QCOMPARE(memory.files.size(), disk.files.size());
        for (size_t i = 0; i < disk.files.size(); ++i) {
            QCOMPARE(memory.files[i].name, disk.files[i].name);
            QCOMPARE(memory.files[i].rows, disk.files[i].rows);
            QCOMPARE(memory.roster->table(disk.files[i].kind).rowCount(),
                     disk.roster->table(disk.files[i].kind).rowCount());
        }
        QVERIFY(memory.roster->table(FileKind::Users).rowCount() > 0);

        QVERIFY(!disk.findings.isEmpty()); // the sample has problems to find
        QCOMPARE(memory.findings.size(), disk.findings.size());
        for (size_t i = 0; i < disk.findings.size(); ++i) {
            const Finding &m = memory.findings.at(i);
            const Finding &d = disk.findings.at(i);
            QCOMPARE(m.rule, d.rule);
            QCOMPARE(m.kind, d.kind);
            QCOMPARE(m.row, d.row);
            QCOMPARE(m.line, d.line);
            QCOMPARE(m.column, d.column);
            QCOMPARE(memory.findings.fileName(m), disk.findings.fileName(d));
            QCOMPARE(memory.findings.message(m), disk.findings.message(d));
        }
    }

    void damagedZipData_isRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QByteArray whole = zipInMemory(rb::test::validExport());
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty (0 bytes)");
        QTest::newRow("cut in half") << whole.left(whole.size() / 2)
                                     << QStringLiteral("damaged or incomplete");
        QTest::newRow("end record cut") << whole.chopped(10) << QStringLiteral("is damaged");
        QTest::newRow("only the signature") << whole.left(4) << QStringLiteral("damaged or incomplete");
        QRandomGenerator random(20260101);
        QByteArray noise(4096, Qt::Uninitialized);
        for (char &c : noise)
            c = char(random.bounded(256));
        noise[0] = 'x'; // not by chance a zip signature
        QTest::newRow("random bytes") << noise << QStringLiteral("not a zip file");
        QTest::newRow("random bytes after a signature")
            << QByteArray("PK\x03\x04", 4) + noise << QStringLiteral("damaged or incomplete");
    }

    void damagedZipData_isRefusedByName()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString name = QStringLiteral("Stored import 3.zip");
        const ReadResult r = ExportReader().readZipData(bytes, name);
        QVERIFY(!r.isReadable());
        QVERIFY(r.roster);
        QCOMPARE(r.roster->sourceName(), name);
        QCOMPARE(r.fatalErrors.size(), 1);
        const QString message = r.fatalErrors.first();
        QVERIFY2(message.contains(QStringLiteral("“%1”").arg(name)), qPrintable(message));
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void corruptedEntryInZipData_isRefused()
    {
        // Stored, not deflated, so flipping a byte of the text is caught by the checksum.
        QBuffer buffer;
        {
            QuaZip zip(&buffer);
            QVERIFY(zip.open(QuaZip::mdCreate));
            const ExportFiles files = rb::test::validExport();
            for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
                QuaZipFile file(&zip);
                QVERIFY(file.open(QIODevice::WriteOnly, QuaZipNewInfo(it.key()), nullptr, 0, 0));
                QCOMPARE(file.write(it.value()), it.value().size());
                file.close();
            }
            zip.close();
            QCOMPARE(zip.getZipError(), 0);
        }
        QByteArray bytes = buffer.data();
        const qsizetype at = bytes.indexOf("Jefferson Middle School");
        QVERIFY(at > 0);
        bytes[at] = 'G';
        const ReadResult r = ExportReader().readZipData(bytes, QStringLiteral("stored.zip"));
        QVERIFY(!r.isReadable());
        const QString message = r.fatalErrors.join(u'\n');
        QVERIFY2(message.contains(QStringLiteral("“orgs.csv” is damaged")), qPrintable(message));
    }

    void entryEscapingTheExportInZipData_isRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("parent folder") << QStringLiteral("../users.csv");
        QTest::newRow("deep parent") << QStringLiteral("export/../../../etc/users.csv");
        QTest::newRow("backslashes") << QStringLiteral("..\\users.csv");
    }

    void entryEscapingTheExportInZipData_isRefused()
    {
        QFETCH(QString, entry);
        ExportFiles files = rb::test::validExport();
        files.insert(entry, files.value(QStringLiteral("users.csv")));
        const ReadResult r = ExportReader().readZipData(zipInMemory(files), QStringLiteral("hostile.zip"));
        QVERIFY(!r.isReadable());
        QCOMPARE(r.fatalErrors.size(), 1);
        const QString message = r.fatalErrors.first();
        QVERIFY2(message.contains(QStringLiteral("points outside the export")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("“hostile.zip”")), qPrintable(message));
        QVERIFY2(message.contains(entry), qPrintable(message));
    }

    void encryptedZipData_isRefused()
    {
        const QString zip = m_dir.filePath(QStringLiteral("secret-in-memory.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport(), {}, "hunter2"));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReadResult r = ExportReader().readZipData(file.readAll(), QStringLiteral("secret"));
        QVERIFY(!r.isReadable());
        QVERIFY2(r.fatalErrors.join(u'\n').contains(QStringLiteral("“secret” is password-protected")),
                 qPrintable(r.fatalErrors.join(u'\n')));
    }

    void zipDataPastTheLimits_isRefused()
    {
        ReadOptions options;
        options.limits.maxEntryBytes = 100;
        const ReadResult r = ExportReader(options).readZipData(zipInMemory(rb::test::validExport()),
                                                               QStringLiteral("limited.zip"));
        QVERIFY(!r.isReadable());
        QVERIFY2(r.fatalErrors.join(u'\n').contains(QStringLiteral("does not read files that large")),
                 qPrintable(r.fatalErrors.join(u'\n')));
    }

    void zipDataWithoutCsv_isRefused()
    {
        ExportFiles files;
        files.insert(QStringLiteral("readme.txt"), "not an export\n");
        const ReadResult r = ExportReader().readZipData(zipInMemory(files), QStringLiteral("notes.zip"));
        QVERIFY(!r.isReadable());
        QCOMPARE(r.fatalErrors, QStringList{QStringLiteral("The zip “notes.zip” holds no CSV files.")});
    }

    void progress_countsEveryByte()
    {
        const QString folder = m_dir.filePath(QStringLiteral("progress"));
        QVERIFY(rb::test::writeFolder(folder, rb::test::validExport()));
        qint64 total = 0;
        for (const QByteArray &bytes : rb::test::validExport())
            total += bytes.size();
        Progress progress;
        const ReadResult r = formatOnly().read({folder}, &progress);
        QCOMPARE(progress.total(), total);
        QCOMPARE(progress.done(), total);
        QCOMPARE(r.bytesRead, total);
    }

    void cancelledRead_saysSo()
    {
        const QString folder = m_dir.filePath(QStringLiteral("cancel"));
        QVERIFY(rb::test::writeFolder(folder, rb::test::validExport()));
        Progress progress;
        progress.cancel();
        const ReadResult r = formatOnly().read({folder}, &progress);
        QVERIFY(r.cancelled);
        QVERIFY(!r.isReadable());
    }
};

QTEST_GUILESS_MAIN(ExportReaderTest)
#include "tst_exportreader.moc"
