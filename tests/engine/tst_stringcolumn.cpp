#include "roster/stringcolumn.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <string>
#include <string_view>
#include <vector>

using namespace rb;

namespace {

// Bytes of a string literal, embedded NULs included.
template<size_t N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

std::string_view view(const QByteArray &b)
{
    return {b.constData(), size_t(b.size())};
}

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

// The n-th distinct value of the widening tests; never empty, all different.
std::string distinctValue(size_t n)
{
    return "value-" + std::to_string(n);
}

class StringColumnTest final : public QObject
{
    Q_OBJECT

private slots:
    void newColumn_holdsOnlyTheEmptyStringAsCodeZero()
    {
        StringColumn column;
        QCOMPARE(column.rowCount(), size_t(0));
        QCOMPARE(column.distinctCount(), uint32_t(1));
        QCOMPARE(column.dictionaryBytes(), size_t(0));
        QVERIFY(column.hasLookup());
        QCOMPARE(bytes(column.text(StringColumn::EmptyCode)), QByteArray());
        QCOMPARE(column.find({}), StringColumn::EmptyCode);
    }

    void emptyString_isCodeZeroAndNeverNew()
    {
        StringColumn column;
        bool isNew = true;
        QCOMPARE(column.append({}, &isNew), StringColumn::EmptyCode);
        QCOMPARE(isNew, false);
        QCOMPARE(column.append("x"), uint32_t(1));
        isNew = true;
        QCOMPARE(column.append(std::string_view("", 0), &isNew), StringColumn::EmptyCode);
        QCOMPARE(isNew, false);

        QCOMPARE(column.rowCount(), size_t(3));
        QCOMPARE(column.distinctCount(), uint32_t(2));
        QCOMPARE(column.code(0), StringColumn::EmptyCode);
        QCOMPARE(column.code(2), StringColumn::EmptyCode);
        QVERIFY(column.isEmpty(0));
        QVERIFY(!column.isEmpty(1));
        QVERIFY(column.isEmpty(2));
        QCOMPARE(bytes(column.at(0)), QByteArray());
        QCOMPARE(bytes(column.at(2)), QByteArray());
    }

    void sameValue_getsSameCode_andIsNewOnlyTheFirstTime()
    {
        StringColumn column;
        bool isNew = false;
        QCOMPARE(column.append("active", &isNew), uint32_t(1));
        QCOMPARE(isNew, true);
        QCOMPARE(column.append("tobedeleted", &isNew), uint32_t(2));
        QCOMPARE(isNew, true);
        QCOMPARE(column.append("active", &isNew), uint32_t(1));
        QCOMPARE(isNew, false);
        QCOMPARE(column.append("tobedeleted", &isNew), uint32_t(2));
        QCOMPARE(isNew, false);
        // Case and trailing spaces make a different value.
        QCOMPARE(column.append("Active", &isNew), uint32_t(3));
        QCOMPARE(isNew, true);
        QCOMPARE(column.append("active ", &isNew), uint32_t(4));
        QCOMPARE(isNew, true);
        // Without an isNew pointer.
        QCOMPARE(column.append("active"), uint32_t(1));

        QCOMPARE(column.rowCount(), size_t(7));
        QCOMPARE(column.distinctCount(), uint32_t(5));
        QCOMPARE(column.dictionaryBytes(), size_t(6 + 11 + 6 + 7));
        const QList<uint32_t> expected{1, 2, 1, 2, 3, 4, 1};
        for (size_t row = 0; row < column.rowCount(); ++row)
            QCOMPARE(column.code(row), expected[qsizetype(row)]);
        QCOMPARE(bytes(column.at(0)), QByteArray("active"));
        QCOMPARE(bytes(column.at(1)), QByteArray("tobedeleted"));
        QCOMPARE(bytes(column.at(4)), QByteArray("Active"));
        QCOMPARE(bytes(column.at(5)), QByteArray("active "));
        QCOMPARE(bytes(column.text(2)), QByteArray("tobedeleted"));
    }

    void widening_keepsEveryEarlierValueReadable_data()
    {
        QTest::addColumn<int>("distinct");
        QTest::newRow("255 values: last one-byte code") << 255;
        QTest::newRow("256 values: first two-byte code") << 256;
        QTest::newRow("65535 values: last two-byte code") << 65535;
        QTest::newRow("65536 values: first four-byte code") << 65536;
        QTest::newRow("70000 values") << 70000;
    }

    void widening_keepsEveryEarlierValueReadable()
    {
        QFETCH(int, distinct);
        StringColumn column;
        // Each distinct value once, with a repeat of an old value and a blank every 1000 rows so
        // rows written before and after each widening hold old codes too.
        std::vector<uint32_t> expectedCodes;
        std::vector<std::string> expectedText;
        for (int n = 1; n <= distinct; ++n) {
            const std::string value = distinctValue(size_t(n));
            bool isNew = false;
            const uint32_t code = column.append(value, &isNew);
            QVERIFY(isNew);
            if (code != uint32_t(n))
                QCOMPARE(code, uint32_t(n));
            expectedCodes.push_back(uint32_t(n));
            expectedText.push_back(value);
            if (n % 1000 == 0) {
                QCOMPARE(column.append(distinctValue(1), &isNew), uint32_t(1));
                QVERIFY(!isNew);
                QCOMPARE(column.append({}), StringColumn::EmptyCode);
                expectedCodes.push_back(1);
                expectedText.push_back(distinctValue(1));
                expectedCodes.push_back(StringColumn::EmptyCode);
                expectedText.emplace_back();
            }
        }
        // One more of the first and the last value after the last widening.
        QCOMPARE(column.append(distinctValue(1)), uint32_t(1));
        QCOMPARE(column.append(distinctValue(size_t(distinct))), uint32_t(distinct));
        expectedCodes.push_back(1);
        expectedText.push_back(distinctValue(1));
        expectedCodes.push_back(uint32_t(distinct));
        expectedText.push_back(distinctValue(size_t(distinct)));

        QCOMPARE(column.rowCount(), expectedCodes.size());
        QCOMPARE(column.distinctCount(), uint32_t(distinct + 1));

        // Every row round-trips (compared by hand: a QCOMPARE per row is too slow to log).
        for (size_t row = 0; row < column.rowCount(); ++row) {
            if (column.code(row) != expectedCodes[row] || column.at(row) != expectedText[row]) {
                QCOMPARE(column.code(row), expectedCodes[row]);
                QCOMPARE(bytes(column.at(row)), QByteArray::fromStdString(expectedText[row]));
            }
        }
        // forEachCode sees the same codes in the same order.
        size_t visited = 0;
        bool inOrder = true;
        column.forEachCode([&](size_t row, uint32_t code) {
            inOrder = inOrder && row == visited && code == expectedCodes[row];
            ++visited;
        });
        QCOMPARE(visited, column.rowCount());
        QVERIFY(inOrder);

        // A sample around each width boundary, by code and through find().
        for (const int n : {1, 2, 254, 255, 256, 257, 1000, 65534, 65535, 65536, 65537, 69999, 70000}) {
            if (n > distinct)
                continue;
            const std::string value = distinctValue(size_t(n));
            QCOMPARE(bytes(column.text(uint32_t(n))), QByteArray::fromStdString(value));
            QCOMPARE(column.find(value), uint32_t(n));
        }
        QCOMPARE(column.find(distinctValue(size_t(distinct) + 1)), StringColumn::NoCode);
        QCOMPARE(column.find({}), StringColumn::EmptyCode);
    }

    void find_hitsAndMisses_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<uint>("expected");

        const uint none = StringColumn::NoCode;
        QTest::newRow("empty") << QByteArray() << uint(StringColumn::EmptyCode);
        QTest::newRow("first value") << QByteArray("student") << 1u;
        QTest::newRow("second value") << QByteArray("teacher") << 2u;
        QTest::newRow("long value") << QByteArray("administrator-of-district") << 3u;
        QTest::newRow("with NUL") << raw("stu\0dent") << 4u;
        QTest::newRow("prefix") << QByteArray("stud") << none;
        QTest::newRow("longer") << QByteArray("students") << none;
        QTest::newRow("other case") << QByteArray("Student") << none;
        QTest::newRow("trailing NUL") << raw("student\0") << none;
        QTest::newRow("leading NUL") << raw("\0student") << none;
        QTest::newRow("lone NUL") << raw("\0") << none;
        QTest::newRow("never seen") << QByteArray("guardian") << none;
        QTest::newRow("long miss by last byte") << QByteArray("administrator-of-districT") << none;
    }

    void find_hitsAndMisses()
    {
        QFETCH(QByteArray, value);
        QFETCH(uint, expected);
        StringColumn column;
        column.append("student");
        column.append("teacher");
        column.append("administrator-of-district");
        column.append(view(raw("stu\0dent")));
        column.append("teacher");
        QCOMPARE(column.find(view(value)), uint32_t(expected));
    }

    void dropLookup_makesFindReturnNoCode_whileRowsStayReadable()
    {
        StringColumn column;
        for (int i = 0; i < 300; ++i) // past the one-byte codes
            column.append(distinctValue(size_t(i % 280)));
        column.append({});
        const size_t before = column.memoryUsage();
        QCOMPARE(column.find(distinctValue(5)), uint32_t(6));

        column.dropLookup();
        QVERIFY(!column.hasLookup());
        QCOMPARE(column.find(distinctValue(5)), StringColumn::NoCode);
        QCOMPARE(column.find({}), StringColumn::NoCode);
        QCOMPARE(column.find("missing"), StringColumn::NoCode);
        QVERIFY(column.memoryUsage() < before);

        QCOMPARE(column.rowCount(), size_t(301));
        QCOMPARE(column.distinctCount(), uint32_t(281));
        for (size_t row = 0; row < 300; ++row) {
            if (column.at(row) != distinctValue(row % 280))
                QCOMPARE(bytes(column.at(row)), QByteArray::fromStdString(distinctValue(row % 280)));
        }
        QCOMPARE(column.code(285), uint32_t(6));
        QVERIFY(column.isEmpty(300));
        QCOMPARE(bytes(column.text(280)), QByteArray::fromStdString(distinctValue(279)));

        column.shrink();
        QCOMPARE(bytes(column.at(299)), QByteArray::fromStdString(distinctValue(19)));
    }

    void shrink_keepsValuesAndLookup()
    {
        StringColumn column;
        column.append("a");
        column.append("bb");
        column.append("a");
        column.shrink();
        QCOMPARE(column.find("bb"), uint32_t(2));
        QCOMPARE(bytes(column.at(2)), QByteArray("a"));
        bool isNew = false;
        QCOMPARE(column.append("ccc", &isNew), uint32_t(3));
        QVERIFY(isNew);
        QCOMPARE(column.rowCount(), size_t(4));
    }

    void hash_isEqualForEqualStrings_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("1 byte") << QByteArray("a");
        QTest::newRow("7 bytes") << QByteArray("abcdefg");
        QTest::newRow("8 bytes") << QByteArray("abcdefgh");
        QTest::newRow("9 bytes") << QByteArray("abcdefghi");
        QTest::newRow("15 bytes") << QByteArray("abcdefghijklmno");
        QTest::newRow("16 bytes") << QByteArray("abcdefghijklmnop");
        QTest::newRow("17 bytes") << QByteArray("abcdefghijklmnopq");
        QTest::newRow("lone NUL") << raw("\0");
        QTest::newRow("NUL inside") << raw("a\0b");
        QTest::newRow("NUL in tail of 11 bytes") << raw("abcdefgh\0\0x");
        QTest::newRow("UTF-8") << QByteArray("Nguy\xE1\xBB\x85n \xF0\x9F\x98\x80");
        QTest::newRow("100 bytes") << QByteArray(100, 'z');
    }

    void hash_isEqualForEqualStrings()
    {
        QFETCH(QByteArray, value);
        // The same bytes at another, unaligned address.
        std::vector<char> copy(size_t(value.size()) + 3, '#');
        std::copy(value.cbegin(), value.cend(), copy.begin() + 3);
        const std::string_view moved(copy.data() + 3, size_t(value.size()));
        QCOMPARE(StringColumn::hash(moved), StringColumn::hash(view(value)));
        QCOMPARE(StringColumn::hash(view(value)), StringColumn::hash(view(QByteArray(value))));
    }

    void embeddedNulAndLongValues_roundTripAndStayDistinct_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("nearMiss"); // differs in one byte or the length

        QTest::newRow("lone NUL") << raw("\0") << raw("\0\0");
        QTest::newRow("NUL between") << raw("a\0b") << raw("a\0c");
        QTest::newRow("trailing NUL") << raw("ab\0") << QByteArray("ab");
        QTest::newRow("8 bytes") << QByteArray("12345678") << raw("12345678\0");
        QTest::newRow("9 bytes") << QByteArray("123456789") << QByteArray("123456788");
        QTest::newRow("13 bytes with NULs") << raw("1234\0" "678\0abcd") << raw("1234\0" "678\0abce");
        QTest::newRow("23 bytes") << QByteArray("abcdefghijklmnopqrstuvw") << QByteArray("abcdefghijklmnopqrstuvW");
        QTest::newRow("NUL at byte 9 of 17") << raw("abcdefgh\0ijklmnop") << raw("abcdefgh\0ijklmno");
        QTest::newRow("1001 bytes") << QByteArray(1001, 'q') << QByteArray(1000, 'q');
    }

    void embeddedNulAndLongValues_roundTripAndStayDistinct()
    {
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, nearMiss);
        StringColumn column;
        column.append("before");
        bool isNew = false;
        const uint32_t code = column.append(view(value), &isNew);
        QVERIFY(isNew);
        QCOMPARE(code, uint32_t(2));
        column.append("after");

        QCOMPARE(bytes(column.at(1)), value);
        QCOMPARE(column.at(1).size(), size_t(value.size()));
        QCOMPARE(bytes(column.text(code)), value);
        QCOMPARE(column.find(view(value)), code);
        QCOMPARE(column.find(view(nearMiss)), StringColumn::NoCode);

        // The near miss is a value of its own; the original keeps its code.
        QCOMPARE(column.append(view(nearMiss), &isNew), uint32_t(4));
        QVERIFY(isNew);
        QCOMPARE(column.append(view(value), &isNew), code);
        QVERIFY(!isNew);
        QCOMPARE(bytes(column.at(3)), nearMiss);
        QCOMPARE(bytes(column.at(4)), value);
        QCOMPARE(column.dictionaryBytes(), size_t(6 + 5 + value.size() + nearMiss.size()));
    }
};

} // namespace

QTEST_GUILESS_MAIN(StringColumnTest)
#include "tst_stringcolumn.moc"
