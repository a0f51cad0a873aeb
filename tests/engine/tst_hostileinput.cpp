#include "exportfixture.h"

#include "oneroster/exportreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

using namespace rb;

// Input built to break the reader: each must end in a clear message and no roster, never a crash,
// a hang or unbounded memory.
class HostileInputTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static void verifyRefused(const ReadResult &r, const QString &expected)
    {
        QVERIFY2(!r.fatalErrors.isEmpty(), "the input was read as if it were fine");
        const QString message = r.fatalErrors.join(u'\n');
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("“%1” not in: %2").arg(expected, message)));
    }

    // A zip holding one entry with the given name and bytes.
    bool writeSingleEntryZip(const QString &zipPath, const QString &entryName, const QByteArray &bytes)
    {
        QuaZip zip(zipPath);
        if (!zip.open(QuaZip::mdCreate))
            return false;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entryName)))
            return false;
        file.write(bytes);
        file.close();
        zip.close();
        return zip.getZipError() == 0;
    }

private slots:
    void missingPath_isRefused()
    {
        verifyRefused(ExportReader().read({path(QStringLiteral("nowhere.zip"))}), QStringLiteral("does not exist"));
    }

    void emptyFile_isRefused()
    {
        QFile empty(path(QStringLiteral("empty.zip")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        verifyRefused(ExportReader().read({empty.fileName()}), QStringLiteral("empty (0 bytes)"));
        QFile emptyCsv(path(QStringLiteral("users.csv")));
        QVERIFY(emptyCsv.open(QIODevice::WriteOnly));
        emptyCsv.close();
        verifyRefused(ExportReader().read({emptyCsv.fileName()}), QStringLiteral("empty (0 bytes)"));
    }

    void folderWithoutCsv_isRefused()
    {
        const QString folder = path(QStringLiteral("nocsv"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/sub")));
        QFile note(folder + QStringLiteral("/readme.txt"));
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not an export\n");
        note.close();
        verifyRefused(ExportReader().read({folder}), QStringLiteral("holds no CSV files"));
    }

    void entryEscapingTheExport_isRefused_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("parent folder") << QStringLiteral("../users.csv");
        QTest::newRow("deep parent") << QStringLiteral("export/../../../etc/users.csv");
        QTest::newRow("absolute") << QStringLiteral("/tmp/users.csv");
        QTest::newRow("windows drive") << QStringLiteral("C:/Windows/users.csv");
        QTest::newRow("backslashes") << QStringLiteral("..\\users.csv");
    }

    void entryEscapingTheExport_isRefused()
    {
        QFETCH(QString, entry);
        const QString zip = path(QStringLiteral("escape-%1.zip").arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        rb::test::ExportFiles files = rb::test::validExport();
        QVERIFY(rb::test::writeZip(zip, files));
        {
            // Add the hostile entry to an otherwise good export.
            QuaZip z(zip);
            QVERIFY(z.open(QuaZip::mdAdd));
            QuaZipFile f(&z);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(entry)));
            f.write("sourcedId\nX\n");
            f.close();
            z.close();
        }
        verifyRefused(ExportReader().read({zip}), QStringLiteral("points outside the export"));
    }

    void encryptedZip_isRefused()
    {
        const QString zip = path(QStringLiteral("secret.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport(), {}, "hunter2"));
        verifyRefused(ExportReader().read({zip}), QStringLiteral("password-protected"));
    }

    void truncatedZip_isRefused()
    {
        const QString zip = path(QStringLiteral("whole.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport()));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        verifyRefused(ExportReader().read({zip}), QStringLiteral("damaged or incomplete"));
    }

    void corruptedEntry_isRefused()
    {
        // A large, varied users.csv so the deflate stream is long; then garble its middle.
        QByteArray users = rb::test::validExport().value(QStringLiteral("users.csv"));
        for (int i = 0; i < 20000; ++i)
            users += "X" + QByteArray::number(i * 7919) + ",,,true,S1,student,u" + QByteArray::number(i)
                + ",,Given" + QByteArray::number(i % 97) + ",Family" + QByteArray::number(i % 89)
                + ",,,,,,,09,\n";
        const QString zip = path(QStringLiteral("corrupt.zip"));
        QVERIFY(writeSingleEntryZip(zip, QStringLiteral("users.csv"), users));
        QFile file(zip);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 middle = file.size() / 2;
        QVERIFY(file.seek(middle));
        QVERIFY(file.write(QByteArray(64, '\x55')) == 64);
        file.close();
        verifyRefused(ExportReader().read({zip}), QStringLiteral("users.csv"));
    }

    void zipBomb_isRefused()
    {
        // 64 MiB of one repeated row inflate from about 64 KiB: far past any real export's ratio.
        QByteArray users = rb::test::validExport().value(QStringLiteral("users.csv"));
        const QByteArray row = "U9,,,true,S1,student,u9,,A,B,,,,,,,09,\n";
        QByteArray big;
        big.reserve(64 << 20);
        big += users;
        while (big.size() < (64 << 20))
            big += row;
        const QString zip = path(QStringLiteral("bomb.zip"));
        QVERIFY(writeSingleEntryZip(zip, QStringLiteral("users.csv"), big));
        big.clear();
        QVERIFY(QFileInfo(zip).size() < (1 << 20));
        verifyRefused(ExportReader().read({zip}), QStringLiteral("zip bomb"));
    }

    void entryPastTheSizeLimit_isRefused()
    {
        const QString zip = path(QStringLiteral("large.zip"));
        QVERIFY(rb::test::writeZip(zip, rb::test::validExport()));
        ReadOptions options;
        options.limits.maxEntryBytes = 200;
        verifyRefused(ExportReader(options).read({zip}), QStringLiteral("does not read files that large"));
    }

    void hugeLine_isRefused()
    {
        // users.csv whose second line runs for 200 MB without ending: written, never held whole.
        const QString folder = path(QStringLiteral("hugeline"));
        QVERIFY(rb::test::writeFolder(folder, rb::test::validExport()));
        QFile file(folder + QStringLiteral("/users.csv"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(rb::test::validExport().value(QStringLiteral("users.csv")).split('\n').first() + '\n');
        const QByteArray block(1 << 20, 'A');
        for (int i = 0; i < 200; ++i)
            QVERIFY(file.write(block) == block.size());
        file.close();
        const ReadResult r = ExportReader().read({folder});
        verifyRefused(r, QStringLiteral("line 2"));
        verifyRefused(r, QStringLiteral("longer than 1 MB"));
        file.remove();
    }

    void excelWorkbookGivenAsExport_isRefused()
    {
        const QString xlsx = path(QStringLiteral("roster.xlsx"));
        QuaZip zip(xlsx);
        QVERIFY(zip.open(QuaZip::mdCreate));
        for (const QString &name : {QStringLiteral("[Content_Types].xml"), QStringLiteral("xl/workbook.xml")}) {
            QuaZipFile f(&zip);
            QVERIFY(f.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
            f.write("<xml/>");
            f.close();
        }
        zip.close();
        verifyRefused(ExportReader().read({xlsx}), QStringLiteral("Excel workbook"));
    }

    void textNamedZip_isRefused()
    {
        QFile file(path(QStringLiteral("export.zip")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("sourcedId,name\n");
        file.close();
        verifyRefused(ExportReader().read({file.fileName()}), QStringLiteral("not a zip file"));
    }
};

QTEST_GUILESS_MAIN(HostileInputTest)
#include "tst_hostileinput.moc"
