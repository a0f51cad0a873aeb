#include "roster/table.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <string_view>
#include <vector>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

void appendRow(Table &table, std::initializer_list<std::string_view> cells, uint32_t line)
{
    const std::vector<std::string_view> v(cells);
    table.appendRow(v.data(), int(v.size()), line);
}

// A users-like table whose fields 0, 1, 2 are file columns 0, 1, 2.
Table plainTable()
{
    Table table(FileKind::Users, u"lakeview/users.csv"_s);
    table.setHeader({"sourcedId", "status", "givenName"}, {0, 1, 2});
    return table;
}

// Rows starting on lines 2, 3 (spanning 3–5), 6, 7 (spanning 7–8), 9, then an empty line 10,
// and rows on 11 and 12: what a file with two multi-line quoted cells and a blank line reads as.
Table tableWithSpans()
{
    Table table = plainTable();
    appendRow(table, {"U0"}, 2);
    appendRow(table, {"U1"}, 3);
    appendRow(table, {"U2"}, 6);
    appendRow(table, {"U3"}, 7);
    appendRow(table, {"U4"}, 9);
    appendRow(table, {"U5"}, 11);
    appendRow(table, {"U6"}, 12);
    return table;
}

class TableTest final : public QObject
{
    Q_OBJECT

private slots:
    void defaultTable_isAbsentAndEmpty()
    {
        const Table table;
        QVERIFY(!table.isPresent());
        QCOMPARE(table.kind(), FileKind::Other);
        QCOMPARE(table.entryName(), QString());
        QCOMPARE(table.columnCount(), 0);
        QCOMPARE(table.rowCount(), size_t(0));
        QCOMPARE(table.columnForField(0), -1);
        QVERIFY(!table.hasField(0));
        QCOMPARE(table.rowForId("U1"), Table::NoRow);
        QCOMPARE(table.rowAtLine(2), Table::NoRow);
        QCOMPARE(table.lineOf(0), uint32_t(2));
    }

    void constructedTable_isPresentWithItsKindAndName()
    {
        Table table = plainTable();
        QVERIFY(table.isPresent());
        QCOMPARE(table.kind(), FileKind::Users);
        QCOMPARE(table.entryName(), u"lakeview/users.csv"_s);
        QCOMPARE(table.columnCount(), 3);
        QCOMPARE(table.headerCells(), QByteArrayList({"sourcedId", "status", "givenName"}));

        // Moving keeps everything.
        appendRow(table, {"U1", "active", "Ann"}, 2);
        const Table moved = std::move(table);
        QCOMPARE(moved.kind(), FileKind::Users);
        QCOMPARE(moved.rowCount(), size_t(1));
        QCOMPARE(bytes(moved.cell(0, 2)), QByteArray("Ann"));
    }

    void appendRow_withFewerCells_padsBlanks()
    {
        Table table = plainTable();
        appendRow(table, {"U1"}, 2);
        appendRow(table, {"U2", "active"}, 3);
        table.appendRow(nullptr, 0, 4);

        QCOMPARE(table.rowCount(), size_t(3));
        for (int col = 0; col < 3; ++col)
            QCOMPARE(table.column(col).rowCount(), size_t(3));
        QCOMPARE(bytes(table.cell(0, 0)), QByteArray("U1"));
        QVERIFY(table.column(1).isEmpty(0));
        QVERIFY(table.column(2).isEmpty(0));
        QCOMPARE(bytes(table.cell(1, 1)), QByteArray("active"));
        QVERIFY(table.column(2).isEmpty(1));
        for (int col = 0; col < 3; ++col)
            QVERIFY(table.column(col).isEmpty(2));
    }

    void appendRow_withMoreCells_dropsTheExtra()
    {
        Table table = plainTable();
        appendRow(table, {"U1", "active", "Ann", "extra", "more"}, 2);
        appendRow(table, {"U2", "active", "Bob"}, 3);

        QCOMPARE(table.columnCount(), 3);
        QCOMPARE(table.rowCount(), size_t(2));
        QCOMPARE(bytes(table.cell(0, 0)), QByteArray("U1"));
        QCOMPARE(bytes(table.cell(0, 1)), QByteArray("active"));
        QCOMPARE(bytes(table.cell(0, 2)), QByteArray("Ann"));
        QCOMPARE(bytes(table.cell(1, 2)), QByteArray("Bob"));
        for (int col = 0; col < 3; ++col)
            QCOMPARE(table.column(col).rowCount(), size_t(2));
        QCOMPARE(table.column(2).find("extra"), StringColumn::NoCode);
    }

    void lineOf_plainRows_isRowPlusTwo()
    {
        Table table = plainTable();
        for (uint32_t row = 0; row < 50; ++row)
            appendRow(table, {"U"}, row + 2);
        for (uint32_t row = 0; row < 50; ++row) {
            QCOMPARE(table.lineOf(row), row + 2);
            QCOMPARE(table.rowAtLine(row + 2), row);
        }
        QCOMPARE(table.rowAtLine(0), Table::NoRow);
        QCOMPARE(table.rowAtLine(1), Table::NoRow); // the header
        QCOMPARE(table.rowAtLine(52), Table::NoRow); // past the last row
    }

    void lineOf_afterRowsSpanningLines_followsExplicitLines()
    {
        const Table table = tableWithSpans();
        const QList<uint32_t> lines{2, 3, 6, 7, 9, 11, 12};
        QCOMPARE(table.rowCount(), size_t(lines.size()));
        for (qsizetype row = 0; row < lines.size(); ++row)
            QCOMPARE(table.lineOf(size_t(row)), lines[row]);
    }

    void lineOf_firstRowAfterBlankLine()
    {
        Table table = plainTable();
        appendRow(table, {"U0"}, 3); // line 2 was empty
        appendRow(table, {"U1"}, 4);
        QCOMPARE(table.lineOf(0), uint32_t(3));
        QCOMPARE(table.lineOf(1), uint32_t(4));
        QCOMPARE(table.rowAtLine(2), Table::NoRow);
        QCOMPARE(table.rowAtLine(3), uint32_t(0));
        QCOMPARE(table.rowAtLine(4), uint32_t(1));
    }

    void rowAtLine_isInverseOfLineOf_data()
    {
        QTest::addColumn<uint>("line");
        QTest::addColumn<uint>("row");
        const uint none = Table::NoRow;
        QTest::newRow("line 0") << 0u << none;
        QTest::newRow("header") << 1u << none;
        QTest::newRow("first row") << 2u << 0u;
        QTest::newRow("multi-line row start") << 3u << 1u;
        QTest::newRow("inside multi-line row") << 4u << none;
        QTest::newRow("last line of multi-line row") << 5u << none;
        QTest::newRow("row after span") << 6u << 2u;
        QTest::newRow("second span start") << 7u << 3u;
        QTest::newRow("inside second span") << 8u << none;
        QTest::newRow("row after second span") << 9u << 4u;
        QTest::newRow("blank line") << 10u << none;
        QTest::newRow("row after blank line") << 11u << 5u;
        QTest::newRow("last row") << 12u << 6u;
        QTest::newRow("past the end") << 13u << none;
        QTest::newRow("far past the end") << 100000u << none;
    }

    void rowAtLine_isInverseOfLineOf()
    {
        QFETCH(uint, line);
        QFETCH(uint, row);
        const Table table = tableWithSpans();
        QCOMPARE(table.rowAtLine(line), uint32_t(row));
        if (row != Table::NoRow)
            QCOMPARE(table.lineOf(row), uint32_t(line));
    }

    void rowForId_findsFirstRowOfEachId_data()
    {
        QTest::addColumn<QByteArray>("id");
        QTest::addColumn<uint>("row");
        const uint none = Table::NoRow;
        QTest::newRow("unique") << QByteArray("U2") << 1u;
        QTest::newRow("duplicate: first row") << QByteArray("U1") << 0u;
        QTest::newRow("after a blank id") << QByteArray("U3") << 4u;
        QTest::newRow("missing") << QByteArray("U9") << none;
        QTest::newRow("prefix of an id") << QByteArray("U") << none;
        QTest::newRow("other case") << QByteArray("u1") << none;
        QTest::newRow("blank id") << QByteArray() << none;
    }

    void rowForId_findsFirstRowOfEachId()
    {
        QFETCH(QByteArray, id);
        QFETCH(uint, row);
        Table table = plainTable();
        appendRow(table, {"U1", "active"}, 2);
        appendRow(table, {"U2"}, 3);
        appendRow(table, {"U1", "tobedeleted"}, 4);
        appendRow(table, {""}, 5);
        appendRow(table, {"U3"}, 6);
        const std::string_view idView(id.constData(), size_t(id.size()));

        QCOMPARE(table.rowForId(idView), Table::NoRow); // no index yet
        table.buildIdIndex();
        QCOMPARE(table.rowForId(idView), uint32_t(row));
        table.finishLoading();
        QCOMPARE(table.rowForId(idView), uint32_t(row));
    }

    void rowForIdCode_givesFirstRowOfCode()
    {
        Table table = plainTable();
        appendRow(table, {"U1"}, 2);
        appendRow(table, {"U2"}, 3);
        appendRow(table, {"U1"}, 4);
        table.buildIdIndex();
        const StringColumn &ids = table.column(0);
        QCOMPARE(table.rowForIdCode(ids.code(2)), uint32_t(0));
        QCOMPARE(table.rowForIdCode(ids.code(1)), uint32_t(1));
        QCOMPARE(table.rowForIdCode(ids.distinctCount()), Table::NoRow);
        QCOMPARE(table.rowForIdCode(StringColumn::NoCode), Table::NoRow);
        QCOMPARE(bytes(table.sourcedId(2)), QByteArray("U1"));
    }

    void columnForField_followsReorderedHeader()
    {
        Table table(FileKind::Users, u"users.csv"_s);
        // The file's columns: givenName, sourcedId, status; field 2 (say dateLastModified) missing.
        table.setHeader({"givenName", "sourcedId", "status"}, {1, 2, -1, 0});
        QCOMPARE(table.columnCount(), 3);
        QCOMPARE(table.columnForField(0), 1);
        QCOMPARE(table.columnForField(1), 2);
        QCOMPARE(table.columnForField(2), -1);
        QCOMPARE(table.columnForField(3), 0);
        QCOMPARE(table.columnForField(4), -1); // beyond the mapping
        QVERIFY(table.hasField(0));
        QVERIFY(!table.hasField(2));
        QVERIFY(!table.hasField(40));

        appendRow(table, {"Ann", "U1", "active"}, 2);
        appendRow(table, {"Bob", "U2", "tobedeleted"}, 3);
        QCOMPARE(bytes(table.cell(1, 0)), QByteArray("U2"));
        QCOMPARE(bytes(table.cell(1, 1)), QByteArray("tobedeleted"));
        QCOMPARE(bytes(table.cell(1, 2)), QByteArray());
        QCOMPARE(bytes(table.cell(1, 3)), QByteArray("Bob"));
        QCOMPARE(bytes(table.sourcedId(0)), QByteArray("U1"));

        table.buildIdIndex();
        QCOMPARE(table.rowForId("U2"), uint32_t(1));
        QCOMPARE(table.rowForId("Bob"), Table::NoRow); // a value of another column
    }

    void rowForId_withoutSourcedIdColumn_isNoRow()
    {
        Table table(FileKind::Users, u"users.csv"_s);
        table.setHeader({"status", "givenName"}, {-1, 0, 1});
        appendRow(table, {"active", "U1"}, 2);
        table.buildIdIndex();
        QCOMPARE(table.rowForId("U1"), Table::NoRow);
        QCOMPARE(table.rowForIdCode(0), Table::NoRow);
        QCOMPARE(bytes(table.sourcedId(0)), QByteArray());
    }
};

} // namespace

QTEST_GUILESS_MAIN(TableTest)
#include "tst_table.moc"
