#include "matching/hubschoollist.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

class HubSchoolListTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void excelFile_withItsHabits_isRead()
    {
        // What Excel's "CSV UTF-8" gives: a byte-order mark, CRLF, headers as typed, quoting where a
        // cell holds a comma or a quote, blank rows at the end; and columns in another order, one
        // the hub adds, a row shorter than the header.
        const QByteArray csv = "\xEF\xBB\xBF"
                               " School Name ,ID,NCES ID,City,State\r\n"
                               "Lakeview Elementary School,H-101,069979500101,Lakeview,CA\r\n"
                               "\"Jefferson Middle School, East\",H-102,,\"Lakeview\",CA\r\n"
                               "\"St. Mary's \"\"Annex\"\"\",H-103,,,\r\n"
                               "Ruby Bridges Academy,H-104\r\n"
                               ",,,,\r\n"
                               "\r\n";
        const HubSchoolList list = HubSchoolList::readData(csv, QStringLiteral("hub.csv"));
        QVERIFY2(list.isUsable(), qPrintable(list.problems.join(u'\n')));
        QCOMPARE(list.schools.size(), 4);
        QCOMPARE(list.schools[0].id, QStringLiteral("H-101"));
        QCOMPARE(list.schools[0].name, QStringLiteral("Lakeview Elementary School"));
        QCOMPARE(list.schools[0].ncesId, QStringLiteral("069979500101"));
        QCOMPARE(list.schools[0].city, QStringLiteral("Lakeview"));
        QCOMPARE(list.schools[1].name, QStringLiteral("Jefferson Middle School, East"));
        QCOMPARE(list.schools[2].name, QStringLiteral("St. Mary's \"Annex\""));
        QCOMPARE(list.schools[3].id, QStringLiteral("H-104"));
        QVERIFY(list.schools[3].city.isEmpty());
    }

    void readFile_readsFromDisk_andNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("hub-schools.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id,name\nh1,Lincoln High\nh1,Lincoln Middle\n");
        file.close();
        const HubSchoolList list = HubSchoolList::readFile(path);
        QCOMPARE(list.schools.size(), 1);
        QCOMPARE(list.problems, QStringList{QStringLiteral("hub-schools.csv, line 3: the id “h1” is on line 2 too: "
                                                           "each school needs its own id.")});
        QVERIFY(!list.isUsable());
    }

    // One kind of bad input per row: each gives a message naming the file and, where there is one,
    // the line, and says what to do.
    void badInput_isNamedWithFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        QTest::addColumn<int>("readable"); // rows still read

        const QByteArray header = "id,name,nces_id,city\n";
        // The header and `rows`, as one QByteArray (not a string builder, which a test row would not take).
        auto withHeader = [&header](const QByteArray &rows) { return QByteArray(header + rows); };
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("hub.csv: the file is empty") << 0;
        QTest::newRow("header only") << header << QStringLiteral("hub.csv: the file names its columns but lists no school") << 0;
        QTest::newRow("Excel workbook") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
                                        << QStringLiteral("hub.csv: this is an Excel workbook") << 0;
        QTest::newRow("UTF-16 text") << QByteArray("\xFF\xFEi\0d\0,\0", 8) << QStringLiteral("(UTF-16)") << 0;
        QTest::newRow("binary") << QByteArray("id,name\n\0\0\0", 11) << QStringLiteral("not a text file") << 0;
        QTest::newRow("semicolons") << QByteArray("id;name\nh1;Lincoln\n")
                                    << QStringLiteral("hub.csv, line 1: the columns are separated by semicolons") << 0;
        QTest::newRow("no name column") << QByteArray("id,school\nh1,Lincoln\n")
                                        << QStringLiteral("hub.csv, line 1: there is no column “name”") << 0;
        QTest::newRow("two id columns") << QByteArray("id,name,school_id\nh1,Lincoln,9\n")
                                        << QStringLiteral("hub.csv, line 1: the columns “id” and “school_id” both hold") << 1;
        QTest::newRow("no id") << withHeader(",Lincoln High,,\nh2,Grant,,\n")
                               << QStringLiteral("hub.csv, line 2: “Lincoln High” has no id.") << 1;
        QTest::newRow("no id, no name") << withHeader(",,,Springfield\n")
                                        << QStringLiteral("hub.csv, line 2: the row has no id and no name.") << 0;
        QTest::newRow("no name") << withHeader("h1,,,\n") << QStringLiteral("hub.csv, line 2: the school with id “h1” has no name.") << 0;
        QTest::newRow("duplicate id") << withHeader("h1,Lincoln,,\nh2,Grant,,\nh1,Grant Annex,,\n")
                                      << QStringLiteral("hub.csv, line 4: the id “h1” is on line 2 too") << 2;
        QTest::newRow("too many cells") << withHeader("h1,Jefferson Middle School, East,,Lakeview\n")
                                        << QStringLiteral("hub.csv, line 2: the row has 5 cells but the header 4") << 0;
        QTest::newRow("unterminated quote") << withHeader("h1,Grant,,\nh2,\"Lincoln High,,\n")
                                            << QStringLiteral("hub.csv, line 3: a quotation mark opens a cell that never closes")
                                            << 1;
        QTest::newRow("not UTF-8") << withHeader("h1,Saint Jos\xE9 School,,\nh2,Grant,,\n")
                                   << QStringLiteral("hub.csv, line 2: the text is not UTF-8") << 1;
        QTest::newRow("NCES id as a number") << withHeader("h1,Lincoln,6.99795E+11,\n")
                                             << QStringLiteral("hub.csv, line 2: the NCES id of “Lincoln” reads “6.99795E+11”")
                                             << 0;
        QTest::newRow("a line far too long") << withHeader("h1," + QByteArray(2 << 20, 'x') + "\n")
                                             << QStringLiteral("hub.csv, line 2: the line is far longer") << 0;
    }

    void badInput_isNamedWithFileAndLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        QFETCH(int, readable);
        const HubSchoolList list = HubSchoolList::readData(data, QStringLiteral("hub.csv"));
        QVERIFY(!list.isUsable());
        QVERIFY(!list.problems.isEmpty());
        QVERIFY2(list.problems.first().contains(says), qPrintable(list.problems.join(u'\n')));
        QCOMPARE(list.schools.size(), readable);
    }

    void missingFile_andFolder_areNamed()
    {
        HubSchoolList list = HubSchoolList::readFile(m_dir.filePath(QStringLiteral("none.csv")));
        QCOMPARE(list.problems.size(), 1);
        QVERIFY(list.problems[0].startsWith(QStringLiteral("There is no file")));
        QVERIFY(list.problems[0].contains(QDir::toNativeSeparators(m_dir.filePath(QStringLiteral("none.csv")))));
        list = HubSchoolList::readFile(m_dir.path());
        QCOMPARE(list.problems.size(), 1);
        QVERIFY(list.problems[0].contains(QStringLiteral("is a folder")));
    }

    void everyProblem_isListedInOnePass()
    {
        const HubSchoolList list = HubSchoolList::readData("id,name\n,A\nh1,\nh2,B\nh2,C\n", QStringLiteral("x.csv"));
        QCOMPARE(list.problems.size(), 3);
        QVERIFY(list.problems[0].startsWith(QStringLiteral("x.csv, line 2:")));
        QVERIFY(list.problems[1].startsWith(QStringLiteral("x.csv, line 3:")));
        QVERIFY(list.problems[2].startsWith(QStringLiteral("x.csv, line 5:")));
        QCOMPARE(list.schools.size(), 1);
    }
};

QTEST_GUILESS_MAIN(HubSchoolListTest)
#include "tst_hubschoollist.moc"
