#include "roster/rowquery.h"
#include "roster/table.h"
#include "util/progress.h"

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {

using Rows = QList<uint>;

Rows rows(const std::vector<uint32_t> &v)
{
    return Rows(v.begin(), v.end());
}

std::string_view view(const QByteArray &b)
{
    return {b.constData(), size_t(b.size())};
}

// Dictionary: every value stored once per column. Plain: the column switches to plain storage a
// third of the way in, as Table::planStorage does once some rows are read, so its first rows
// keep shared dictionary codes and the rest get an entry each.
enum class Storage { Dictionary, Plain };

// A table with one file column per entry of `columns`, row r holding columns[c][r].
Table makeTable(const std::vector<QByteArrayList> &columns, Storage storage)
{
    Table table(FileKind::Enrollments, u"district/enrollments.csv"_s);
    QByteArrayList header;
    std::vector<int> fields;
    for (size_t c = 0; c < columns.size(); ++c) {
        header << "col" + QByteArray::number(qulonglong(c));
        fields.push_back(int(c));
    }
    table.setHeader(header, fields);
    const qsizetype rowCount = columns.empty() ? 0 : columns.front().size();
    std::vector<std::string_view> cells(columns.size());
    for (qsizetype r = 0; r < rowCount; ++r) {
        if (storage == Storage::Plain && r == rowCount / 3) {
            for (int c = 0; c < table.columnCount(); ++c)
                table.column(c).storePlainly();
        }
        for (size_t c = 0; c < columns.size(); ++c)
            cells[c] = view(columns[c].at(r));
        table.appendRow(cells.data(), int(cells.size()), uint32_t(r + 2));
    }
    if (storage == Storage::Plain && rowCount > 0) {
        for (int c = 0; c < table.columnCount(); ++c) {
            if (!table.column(c).isPlain())
                table.column(c).storePlainly();
        }
    }
    return table;
}

// ---- An independent, slow statement of the rules, to check the fast paths against ----------

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// -1, 0, 1 for a before, equal to, after b, ascending; blanks are handled by the caller.
int referenceCompare(std::string_view a, std::string_view b)
{
    const bool na = allDigits(a), nb = allDigits(b);
    if (na != nb)
        return na ? -1 : 1;
    if (na) {
        while (a.size() > 1 && a.front() == '0')
            a.remove_prefix(1);
        while (b.size() > 1 && b.front() == '0')
            b.remove_prefix(1);
        if (a == "0")
            a = {};
        if (b == "0")
            b = {};
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return a < b ? -1 : a > b ? 1 : 0;
    }
    // Lower-cased, as unsigned bytes.
    for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
        const auto x = uchar(lower(a[i])), y = uchar(lower(b[i]));
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

std::vector<uint32_t> referenceSort(const QByteArrayList &values, bool descending)
{
    std::vector<uint32_t> order(size_t(values.size()));
    std::iota(order.begin(), order.end(), 0u);
    std::stable_sort(order.begin(), order.end(), [&](uint32_t x, uint32_t y) {
        const std::string_view a = view(values.at(x)), b = view(values.at(y));
        if (a.empty() || b.empty())
            return !a.empty() && b.empty();
        const int c = referenceCompare(a, b);
        return descending ? c > 0 : c < 0;
    });
    return order;
}

// Why `order` is not `values` sorted by the rules, or an empty string when it is: a permutation
// of the rows in which each row and the next are in order, or equal and in file order. Linear, so
// large tables are checked whole.
QString sortProblem(const QByteArrayList &values, const std::vector<uint32_t> &order, bool descending)
{
    if (order.size() != size_t(values.size()))
        return u"%1 rows for %2"_s.arg(order.size()).arg(values.size());
    std::vector<uint8_t> seen(order.size(), 0);
    for (const uint32_t r : order) {
        if (r >= seen.size() || seen[r])
            return u"row %1 missing or repeated"_s.arg(r);
        seen[r] = 1;
    }
    for (size_t i = 1; i < order.size(); ++i) {
        const std::string_view a = view(values.at(order[i - 1])), b = view(values.at(order[i]));
        int c;
        if (a.empty() || b.empty())
            c = a.empty() == b.empty() ? 0 : a.empty() ? 1 : -1;
        else
            c = descending ? -referenceCompare(a, b) : referenceCompare(a, b);
        if (c > 0 || (c == 0 && order[i - 1] > order[i]))
            return u"rows %1 and %2 out of order at %3"_s.arg(order[i - 1]).arg(order[i]).arg(i);
    }
    return QString();
}

bool referenceContains(std::string_view cell, const QByteArray &text)
{
    std::string c(cell), t = text.toStdString();
    std::transform(c.begin(), c.end(), c.begin(), lower);
    std::transform(t.begin(), t.end(), t.begin(), lower);
    return c.find(t) != std::string::npos;
}

bool referenceListHas(const QByteArray &list, const QByteArray &item)
{
    if (item.trimmed().isEmpty())
        return false;
    for (const QByteArray &piece : list.split(',')) {
        if (piece.trimmed() == item.trimmed())
            return true;
    }
    return false;
}

struct ReferenceQuery
{
    QByteArray text;
    int textColumn = -1;
    std::vector<std::pair<int, QByteArray>> equals;
    std::vector<std::pair<int, QByteArray>> listContains;
    std::vector<std::pair<int, QByteArrayList>> equalsAny;
    std::vector<std::pair<int, QByteArrayList>> listContainsAny;
    std::vector<uint8_t> mask;
    bool useMask = false;
};

std::vector<uint32_t> referenceFilter(const std::vector<QByteArrayList> &columns,
                                      const ReferenceQuery &q, const std::vector<uint32_t> &order)
{
    const size_t n = size_t(columns.front().size());
    std::vector<uint32_t> candidates = order;
    if (candidates.empty()) {
        candidates.resize(n);
        std::iota(candidates.begin(), candidates.end(), 0u);
    }
    std::vector<uint32_t> out;
    for (const uint32_t r : candidates) {
        if (r >= n)
            continue;
        if (q.useMask && (r >= q.mask.size() || !q.mask[r]))
            continue;
        bool ok = true;
        for (const auto &[c, v] : q.equals)
            ok = ok && columns[size_t(c)].at(r) == v;
        for (const auto &[c, v] : q.listContains)
            ok = ok && referenceListHas(columns[size_t(c)].at(r), v);
        for (const auto &[c, values] : q.equalsAny)
            ok = ok && values.contains(columns[size_t(c)].at(r));
        for (const auto &[c, values] : q.listContainsAny) {
            ok = ok && std::any_of(values.begin(), values.end(), [&](const QByteArray &v) {
                     return referenceListHas(columns[size_t(c)].at(r), v);
                 });
        }
        if (ok && !q.text.isEmpty()) {
            bool any = false;
            for (size_t c = 0; c < columns.size(); ++c) {
                if (q.textColumn < 0 || int(c) == q.textColumn)
                    any = any || referenceContains(view(columns[c].at(r)), q.text);
            }
            ok = any;
        }
        if (ok)
            out.push_back(r);
    }
    return out;
}

RowQuery toQuery(const ReferenceQuery &q)
{
    RowQuery query;
    query.text = QString::fromUtf8(q.text);
    query.textColumn = q.textColumn;
    query.equals = q.equals;
    query.listContains = q.listContains;
    query.equalsAny = q.equalsAny;
    query.listContainsAny = q.listContainsAny;
    query.rowMask = q.useMask ? &q.mask : nullptr;
    return query;
}

// A cell of the large generated tables: numbers of various widths, words in mixed case, ids
// sharing a long prefix, non-ASCII names and blanks.
QByteArray randomCell(QRandomGenerator &random, int distinctScale)
{
    static const QByteArrayList words{"apple", "Apple", "APPLE", "banana", "Éclair", "éclair",
                                      "zebra", "_under", "a", "b1", "Smith", "smithers"};
    switch (random.bounded(6)) {
    case 0: return QByteArray();
    case 1: return QByteArray::number(random.bounded(distinctScale));
    case 2: return QByteArray(random.bounded(3), '0') + QByteArray::number(random.bounded(distinctScale));
    case 3: return words.at(random.bounded(int(words.size())));
    case 4: {
        QByteArray id = "Enrollment-00000" + QByteArray::number(random.bounded(distinctScale));
        if (random.bounded(2))
            id = id.toUpper();
        return id;
    }
    default: return words.at(random.bounded(int(words.size()))) + '-'
            + QByteArray::number(random.bounded(distinctScale));
    }
}

class RowQueryTest final : public QObject
{
    Q_OBJECT

private:
    void addStorageRows(const char *name, const QByteArrayList &values, const Rows &ascending,
                        const Rows &descending)
    {
        for (const Storage storage : {Storage::Dictionary, Storage::Plain}) {
            const char *kind = storage == Storage::Dictionary ? "dictionary" : "plain";
            QTest::addRow("%s, %s, ascending", name, kind)
                << values << int(storage) << false << ascending;
            QTest::addRow("%s, %s, descending", name, kind)
                << values << int(storage) << true << descending;
        }
    }

private slots:
    void sortedRows_ordersByTheRules_data()
    {
        QTest::addColumn<QByteArrayList>("values");
        QTest::addColumn<int>("storage");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<Rows>("expected");

        // 007 and 7 are the same number and keep file order both ways; blanks stay last.
        addStorageRows("numbers", {"10", "9", "", "2", "007", "7"}, {3, 4, 5, 1, 0, 2},
                       {0, 1, 4, 5, 3, 2});
        // Case is ignored; the three spellings of apple keep file order both ways.
        addStorageRows("case-insensitive text", {"banana", "Apple", "cherry", "apple", "APPLE", ""},
                       {1, 3, 4, 0, 2, 5}, {2, 0, 1, 3, 4, 5});
        // Numbers come before text ascending, after it descending; "a1" is text.
        addStorageRows("numbers and text", {"b", "10", "a", "", "9", "a1"}, {4, 1, 2, 5, 0, 3},
                       {0, 5, 2, 1, 4, 3});
        // Letters fold to lower case: "_" (0x5F) sorts before "a" (0x61).
        addStorageRows("underscore", {"_x", "Zed", "a"}, {0, 2, 1}, {1, 2, 0});
        // Values sharing a prefix longer than eight bytes; a value that is a prefix of another
        // comes first.
        addStorageRows("long shared prefix", {"E1000000010", "E1000000002", "e1000000001", "E100000000"},
                       {3, 2, 1, 0}, {0, 1, 2, 3});
        addStorageRows("ties past sixteen bytes",
                       {"Riverside-Elementary-B", "riverside-elementary-a", "RIVERSIDE-ELEMENTARY-A",
                        "Riverside-Elementary"},
                       {3, 1, 2, 0}, {0, 1, 2, 3});
        // Numbers longer than 64 bits compare digit by digit.
        addStorageRows("long numbers",
                       {"123456789012345678901234", "99999999999999999999", "5",
                        "000000000123456789012345678901235", "0123456789012345678901234"},
                       {2, 1, 0, 4, 3}, {3, 0, 4, 1, 2});
        addStorageRows("zero", {"0", "000", "1", ""}, {0, 1, 2, 3}, {2, 0, 1, 3});
        // Non-ASCII bytes compare as they are: É is C3 89, é is C3 A9, both after ASCII.
        addStorageRows("non-ASCII", {"é", "e", "É", "f"}, {1, 3, 2, 0}, {0, 2, 3, 1});
        // A value ending where another goes on with a zero byte comes first.
        addStorageRows("zero bytes", {QByteArray("ab\0", 3), "ab", QByteArray("abcdefgh\0", 9), "abcdefgh"},
                       {1, 0, 3, 2}, {2, 3, 0, 1});
        addStorageRows("all blank", {"", "", ""}, {0, 1, 2}, {0, 1, 2});
        addStorageRows("one row", {"x"}, {0}, {0});
    }

    void sortedRows_ordersByTheRules()
    {
        QFETCH(QByteArrayList, values);
        QFETCH(int, storage);
        QFETCH(bool, descending);
        QFETCH(Rows, expected);

        const Table table = makeTable({values}, Storage(storage));
        QCOMPARE(table.column(0).isPlain(), Storage(storage) == Storage::Plain);
        bool cancelled = true;
        QCOMPARE(rows(sortedRows(table, 0, descending, nullptr, &cancelled)), expected);
        QVERIFY(!cancelled);
        // The slow statement of the rules agrees, and so does the checker used on large tables.
        QCOMPARE(rows(referenceSort(values, descending)), expected);
        QCOMPARE(sortProblem(values, std::vector<uint32_t>(expected.begin(), expected.end()), descending),
                 QString());

        // Each value three times: a dictionary now has far fewer values than rows, so rows are
        // placed by the rank of their value rather than sorted one by one.
        const QByteArrayList repeated = values + values + values;
        const Table bigger = makeTable({repeated}, Storage(storage));
        QCOMPARE(rows(sortedRows(bigger, 0, descending)), rows(referenceSort(repeated, descending)));
    }

    void sortedRows_equalValuesKeepFileOrder_data()
    {
        QTest::addColumn<int>("storage");
        QTest::newRow("dictionary") << int(Storage::Dictionary);
        QTest::newRow("plain") << int(Storage::Plain);
    }

    void sortedRows_equalValuesKeepFileOrder()
    {
        QFETCH(int, storage);
        // Three values in many spellings, interleaved, with blanks.
        QByteArrayList values;
        const QByteArrayList spellings{"Teacher", "student", "", "TEACHER", "Student", "teacher",
                                       "aide", "STUDENT", "", "Aide"};
        for (int i = 0; i < 500; ++i)
            values << spellings.at(i % spellings.size());
        const Table table = makeTable({values}, Storage(storage));
        for (const bool descending : {false, true}) {
            const Rows got = rows(sortedRows(table, 0, descending));
            QCOMPARE(got, rows(referenceSort(values, descending)));
            // Within each run of equal values, rows rise.
            for (qsizetype i = 1; i < got.size(); ++i) {
                if (values.at(got[i - 1]).toLower() == values.at(got[i]).toLower())
                    QVERIFY2(got[i - 1] < got[i], qPrintable(u"at %1"_s.arg(i)));
            }
            // Blanks last, in file order.
            QCOMPARE(values.at(got.last()), QByteArray());
            QCOMPARE(got.last(), uint(498));
        }
    }

    void sortedRows_columnOutsideTable_keepsFileOrder()
    {
        const Table table = makeTable({{"b", "a", "c"}}, Storage::Dictionary);
        QCOMPARE(rows(sortedRows(table, 1, false)), Rows({0, 1, 2}));
        QCOMPARE(rows(sortedRows(table, -1, true)), Rows({0, 1, 2}));
        QCOMPARE(rows(sortedRows(Table(), 0, false)), Rows());
    }

    // Large enough that every parallel step runs: chunks sorted apart and merged in pieces,
    // counting sort in several parts, several blocks of 64 k rows.
    void sortedRows_largeTablesMatchTheRules_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        const char *names[] = {"ids (plain)", "many distinct (dictionary)",
                               "few distinct (dictionary)", "mixed (dictionary)"};
        for (int c = 0; c < 4; ++c) {
            QTest::addRow("%s, ascending", names[c]) << c << false;
            QTest::addRow("%s, descending", names[c]) << c << true;
        }
    }

    void sortedRows_largeTablesMatchTheRules()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        static const std::vector<QByteArrayList> columns = [] {
            QRandomGenerator random(2026);
            constexpr int RowCount = 600000;
            std::vector<QByteArrayList> cols(4);
            for (int r = 0; r < RowCount; ++r) {
                // ids: unique, shared prefix, in shuffled order and mixed case.
                const quint32 id = quint32(r) * 2654435761u % 1000003u;
                cols[0] << (r % 7 == 0 ? "e-" : "E-") + QByteArray::number(id).rightJustified(9, '0');
                cols[1] << randomCell(random, 50000);
                cols[2] << randomCell(random, 5);
                cols[3] << randomCell(random, 40000);
            }
            return cols;
        }();
        // Loaded the way ExportReader does: storage planned once a thousand rows are in.
        static const Table table = [] {
            Table t(FileKind::Enrollments, u"enrollments.csv"_s);
            t.setHeader({"sourcedId", "a", "b", "c"}, {0, 1, 2, 3});
            std::vector<std::string_view> cells(4);
            for (qsizetype r = 0; r < columns[0].size(); ++r) {
                if (r == 1000)
                    t.planStorage(size_t(columns[0].size()));
                for (size_t c = 0; c < 4; ++c)
                    cells[c] = view(columns[c].at(r));
                t.appendRow(cells.data(), 4, uint32_t(r + 2));
            }
            return t;
        }();
        QVERIFY(table.column(0).isPlain());
        QVERIFY(!table.column(1).isPlain());
        // Enough distinct values that they are sorted in parallel chunks, few enough that rows
        // are placed by rank.
        QVERIFY(table.column(1).distinctCount() > 131072);
        QVERIFY(size_t(table.column(1).distinctCount()) * 2 <= table.rowCount());
        QVERIFY(!table.column(2).isPlain());

        const std::vector<uint32_t> got = sortedRows(table, column, descending);
        QCOMPARE(sortProblem(columns[size_t(column)], got, descending), QString());
    }

    void sortedRows_cancelled_returnsNothing()
    {
        QByteArrayList values;
        for (int i = 0; i < 200000; ++i)
            values << QByteArray::number(i * 7919 % 200003);
        for (const Storage storage : {Storage::Dictionary, Storage::Plain}) {
            const Table table = makeTable({values}, storage);
            Progress progress;
            progress.cancel();
            bool cancelled = false;
            QVERIFY(sortedRows(table, 0, false, &progress, &cancelled).empty());
            QVERIFY(cancelled);

            // Not cancelled: the whole order, and the flag cleared.
            Progress running;
            const std::vector<uint32_t> order = sortedRows(table, 0, false, &running, &cancelled);
            QVERIFY(!cancelled);
            QCOMPARE(order.size(), size_t(values.size()));
            QCOMPARE(values.at(order.front()), QByteArray("0"));
        }
    }

    // ---- Filtering ----------------------------------------------------------------------------

    void filterRows_matchesTheQuery_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("textColumn");
        QTest::addColumn<QByteArray>("equalsSpec");  // "column=value", empty for none
        QTest::addColumn<QByteArray>("listSpec");    // "column=value", empty for none
        QTest::addColumn<QByteArray>("mask");        // '1' per kept row, empty for none
        QTest::addColumn<Rows>("expected");

        // Columns: 0 sourcedId, 1 role, 2 orgSourcedIds, 3 givenName, 4 email.
        QTest::newRow("text, all columns") << QByteArray("ann") << -1 << QByteArray() << QByteArray()
                                           << QByteArray() << Rows{0, 2, 4};
        QTest::newRow("text, upper case") << QByteArray("ANN") << -1 << QByteArray() << QByteArray()
                                          << QByteArray() << Rows{0, 2, 4};
        QTest::newRow("text, one column") << QByteArray("ann") << 3 << QByteArray() << QByteArray()
                                          << QByteArray() << Rows{0, 2};
        QTest::newRow("text, email column") << QByteArray("ann") << 4 << QByteArray() << QByteArray()
                                            << QByteArray() << Rows{0, 4};
        QTest::newRow("text, across ids") << QByteArray("u00") << -1 << QByteArray() << QByteArray()
                                          << QByteArray() << Rows{0, 1, 2, 3, 4, 5};
        QTest::newRow("text, longer than any cell") << QByteArray("annannannannannann") << -1
                                                    << QByteArray() << QByteArray() << QByteArray() << Rows{};
        QTest::newRow("text, with space") << QByteArray(", sch1") << 2 << QByteArray() << QByteArray()
                                          << QByteArray() << Rows{3};
        QTest::newRow("text, non-ASCII as written") << QByteArray("é") << -1 << QByteArray()
                                                    << QByteArray() << QByteArray() << Rows{5};
        QTest::newRow("text, non-ASCII other case") << QByteArray("É") << -1 << QByteArray()
                                                    << QByteArray() << QByteArray() << Rows{};
        QTest::newRow("text, column outside table") << QByteArray("ann") << 9 << QByteArray()
                                                    << QByteArray() << QByteArray() << Rows{};
        QTest::newRow("equals") << QByteArray() << -1 << QByteArray("1=teacher") << QByteArray()
                                << QByteArray() << Rows{1, 4};
        QTest::newRow("equals is case-sensitive") << QByteArray() << -1 << QByteArray("1=Teacher")
                                                  << QByteArray() << QByteArray() << Rows{};
        QTest::newRow("equals, unknown value") << QByteArray() << -1 << QByteArray("1=aide")
                                               << QByteArray() << QByteArray() << Rows{};
        QTest::newRow("equals blank") << QByteArray() << -1 << QByteArray("3=") << QByteArray()
                                      << QByteArray() << Rows{5};
        QTest::newRow("equals on ids") << QByteArray() << -1 << QByteArray("0=U003") << QByteArray()
                                       << QByteArray() << Rows{3};
        QTest::newRow("list") << QByteArray() << -1 << QByteArray() << QByteArray("2=SCH1")
                              << QByteArray() << Rows{0, 3, 4};
        QTest::newRow("list, spaced value") << QByteArray() << -1 << QByteArray()
                                            << QByteArray("2= SCH2 ") << QByteArray() << Rows{1, 3};
        QTest::newRow("list, not a prefix") << QByteArray() << -1 << QByteArray()
                                            << QByteArray("2=SCH") << QByteArray() << Rows{};
        QTest::newRow("list, empty item") << QByteArray() << -1 << QByteArray() << QByteArray("2=")
                                          << QByteArray() << Rows{};
        QTest::newRow("mask") << QByteArray() << -1 << QByteArray() << QByteArray()
                              << QByteArray("1010") << Rows{0, 2};
        QTest::newRow("mask and text") << QByteArray("ann") << -1 << QByteArray() << QByteArray()
                                       << QByteArray("0111111") << Rows{2, 4};
        QTest::newRow("equals and list") << QByteArray() << -1 << QByteArray("1=teacher")
                                         << QByteArray("2=SCH1") << QByteArray() << Rows{4};
        QTest::newRow("all parts") << QByteArray("example") << -1 << QByteArray("1=student")
                                   << QByteArray("2=SCH1") << QByteArray("1111") << Rows{0, 3};
        QTest::newRow("nothing asked") << QByteArray() << -1 << QByteArray() << QByteArray()
                                       << QByteArray() << Rows{0, 1, 2, 3, 4, 5};
    }

    void filterRows_matchesTheQuery()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, textColumn);
        QFETCH(QByteArray, equalsSpec);
        QFETCH(QByteArray, listSpec);
        QFETCH(QByteArray, mask);
        QFETCH(Rows, expected);

        const std::vector<QByteArrayList> columns{
            {"U000", "U001", "U002", "U003", "U004", "U005"},
            {"student", "teacher", "student", "student", "teacher", "parent"},
            {"SCH1", "SCH2", "SCH10", " SCH2 , SCH1", "SCH3,SCH1 ", ""},
            {"Ann", "Bob", "JOANNE", "Dee", "Eve", ""},
            {"ann@example.org", "bob@example.org", "jo@example.org", "dee@example.org",
             "eve.hannah@school.org", "rené@example.org"},
        };
        ReferenceQuery q;
        q.text = text;
        q.textColumn = textColumn;
        if (!equalsSpec.isEmpty()) {
            const qsizetype eq = equalsSpec.indexOf('=');
            q.equals.emplace_back(equalsSpec.left(eq).toInt(), equalsSpec.mid(eq + 1));
        }
        if (!listSpec.isEmpty()) {
            const qsizetype eq = listSpec.indexOf('=');
            q.listContains.emplace_back(listSpec.left(eq).toInt(), listSpec.mid(eq + 1));
        }
        if (!mask.isEmpty()) {
            q.useMask = true;
            for (const char c : mask)
                q.mask.push_back(c == '1' ? 1 : 0);
        }
        const RowQuery query = toQuery(q);
        QCOMPARE(query.isEmpty(), text.isEmpty() && equalsSpec.isEmpty() && listSpec.isEmpty()
                                      && mask.isEmpty());

        for (const Storage storage : {Storage::Dictionary, Storage::Plain}) {
            const Table table = makeTable(columns, storage);
            bool cancelled = true;
            QCOMPARE(rows(filterRows(table, query, {}, nullptr, &cancelled)), expected);
            QVERIFY(!cancelled);
            // In a given order: the same rows, in that order.
            const std::vector<uint32_t> reversed{5, 4, 3, 2, 1, 0};
            Rows expectedReversed = expected;
            std::reverse(expectedReversed.begin(), expectedReversed.end());
            QCOMPARE(rows(filterRows(table, query, reversed)), expectedReversed);
        }
        if (textColumn < int(columns.size()))
            QCOMPARE(rows(referenceFilter(columns, q, {})), expected);
    }

    void filterRows_anyOfSeveralValues_data()
    {
        QTest::addColumn<QByteArray>("equalsSpec"); // "column=value|value", empty for none
        QTest::addColumn<QByteArray>("listSpec");   // "column=value|value", empty for none
        QTest::addColumn<Rows>("expected");

        // Columns: 0 sourcedId, 1 schoolSourcedId, 2 orgSourcedIds.
        QTest::newRow("equals, one of two") << QByteArray("1=SCH1|SCH3") << QByteArray() << Rows{0, 2, 4};
        QTest::newRow("equals, one value") << QByteArray("1=SCH2") << QByteArray() << Rows{1};
        QTest::newRow("equals, unknown values left out") << QByteArray("1=SCH9|SCH2|SCH8") << QByteArray()
                                                         << Rows{1};
        QTest::newRow("equals, only unknown values") << QByteArray("1=SCH8|SCH9") << QByteArray() << Rows{};
        QTest::newRow("equals, a value twice") << QByteArray("1=SCH3|SCH3") << QByteArray() << Rows{2, 4};
        QTest::newRow("equals, blank among them") << QByteArray("1=SCH2|") << QByteArray() << Rows{1, 5};
        QTest::newRow("equals, not trimmed") << QByteArray("1= SCH2|SCH3 ") << QByteArray() << Rows{};
        QTest::newRow("equals, case-sensitive") << QByteArray("1=sch1|Sch3") << QByteArray() << Rows{};
        QTest::newRow("equals, no values") << QByteArray("1") << QByteArray() << Rows{};
        QTest::newRow("equals, column outside, blank asked") << QByteArray("7=X|") << QByteArray()
                                                             << Rows{0, 1, 2, 3, 4, 5};
        QTest::newRow("equals, column outside") << QByteArray("7=X|Y") << QByteArray() << Rows{};
        QTest::newRow("list, one of two") << QByteArray() << QByteArray("2=SCH2|SCH3") << Rows{1, 3, 4};
        QTest::newRow("list, spaced values") << QByteArray() << QByteArray("2= SCH3 |SCH9") << Rows{3};
        QTest::newRow("list, not a prefix") << QByteArray() << QByteArray("2=SCH|SCH1") << Rows{0, 3, 4};
        QTest::newRow("list, empty values left out") << QByteArray() << QByteArray("2=|SCH10| ") << Rows{2};
        QTest::newRow("list, only empty values") << QByteArray() << QByteArray("2=| ") << Rows{};
        QTest::newRow("list, no values") << QByteArray() << QByteArray("2") << Rows{};
        QTest::newRow("list, column outside") << QByteArray() << QByteArray("7=SCH1|SCH2") << Rows{};
        QTest::newRow("both") << QByteArray("1=SCH1|SCH2") << QByteArray("2=SCH2|SCH10") << Rows{1};
    }

    // A set of values for one column (a school filter over several schools): a row matches when
    // its cell is, or lists, any one of them.
    void filterRows_anyOfSeveralValues()
    {
        QFETCH(QByteArray, equalsSpec);
        QFETCH(QByteArray, listSpec);
        QFETCH(Rows, expected);

        const std::vector<QByteArrayList> columns{
            {"C0", "C1", "C2", "C3", "C4", "C5"},
            {"SCH1", "SCH2", "SCH3", "SCH10", "SCH3", ""},
            {"SCH1", "SCH2", "SCH10", " SCH3 , SCH1", "SCH1,SCH2 ", ""},
        };
        // "column=a|b": the values a and b; "column" alone: no values at all.
        const auto parse = [](const QByteArray &spec) {
            const qsizetype eq = spec.indexOf('=');
            const int column = (eq < 0 ? spec : spec.left(eq)).toInt();
            return std::pair<int, QByteArrayList>(column, eq < 0 ? QByteArrayList() : spec.mid(eq + 1).split('|'));
        };
        ReferenceQuery q;
        if (!equalsSpec.isEmpty())
            q.equalsAny.push_back(parse(equalsSpec));
        if (!listSpec.isEmpty())
            q.listContainsAny.push_back(parse(listSpec));
        const RowQuery query = toQuery(q);
        QVERIFY(!query.isEmpty());

        for (const Storage storage : {Storage::Dictionary, Storage::Plain}) {
            const Table table = makeTable(columns, storage);
            bool cancelled = true;
            QCOMPARE(rows(filterRows(table, query, {}, nullptr, &cancelled)), expected);
            QVERIFY(!cancelled);
            // Row by row, in a given order: the same rows.
            QCOMPARE(rows(filterRows(table, query, {5, 4, 3, 2, 1, 0})),
                     Rows(expected.rbegin(), expected.rend()));
        }
        // A dictionary whose lookup was dropped after loading is searched value by value.
        Table dropped = makeTable(columns, Storage::Dictionary);
        for (int c = 0; c < dropped.columnCount(); ++c)
            dropped.column(c).dropLookup();
        QCOMPARE(rows(filterRows(dropped, query, {})), expected);
        if (!equalsSpec.startsWith('7') && !listSpec.startsWith('7'))
            QCOMPARE(rows(referenceFilter(columns, q, {})), expected);

        // One value in the set asks what `equals` and `listContains` ask.
        if (q.equalsAny.size() == 1 && q.equalsAny[0].second.size() == 1 && q.listContainsAny.empty()) {
            RowQuery single;
            single.equals.emplace_back(q.equalsAny[0].first, q.equalsAny[0].second.first());
            QCOMPARE(rows(filterRows(makeTable(columns, Storage::Dictionary), single, {})), expected);
        }
    }

    void filterRows_keepsTheGivenOrder()
    {
        // 128 rows, so that a short order is tested row by row and a long one in file order.
        std::vector<QByteArrayList> columns(2);
        for (int r = 0; r < 128; ++r) {
            columns[0] << "id-" + QByteArray::number(r);
            columns[1] << (r % 3 == 0 ? "teacher" : "student");
        }
        RowQuery query;
        query.equals.emplace_back(1, "teacher");
        query.text = u"ID-"_s;
        for (const Storage storage : {Storage::Dictionary, Storage::Plain}) {
            const Table table = makeTable(columns, storage);
            // Short, with a row past the end that is dropped.
            QCOMPARE(rows(filterRows(table, query, {9, 1000, 7, 3, 4, 0})), Rows({9, 3, 0}));
            // Long: every row, last to first.
            std::vector<uint32_t> reversed(128);
            std::iota(reversed.rbegin(), reversed.rend(), 0u);
            Rows expected;
            for (int r = 127; r >= 0; --r) {
                if (r % 3 == 0)
                    expected << uint(r);
            }
            QCOMPARE(rows(filterRows(table, query, reversed)), expected);
            // Nothing asked: the order as given, minus rows past the end.
            QCOMPARE(rows(filterRows(table, RowQuery(), {5, 128, 2})), Rows({5, 2}));
            QCOMPARE(rows(filterRows(table, RowQuery(), {})).size(), qsizetype(128));
        }
    }

    void filterRows_largeDictionaryJudgedRowByRow()
    {
        // A short order next to a large dictionary: cells are tested as rows come, not once per
        // distinct value. Same answers either way.
        std::vector<QByteArrayList> columns(2);
        for (int r = 0; r < 1000; ++r) {
            columns[0] << "Name" + QByteArray::number(r) + ", Other";
            columns[1] << "x";
        }
        const Table table = makeTable(columns, Storage::Dictionary);
        QVERIFY(!table.column(0).isPlain());
        RowQuery query;
        query.text = u"name12"_s;
        query.listContains.emplace_back(0, "Name120");
        QCOMPARE(rows(filterRows(table, query, {125, 120, 12, 999})), Rows({120}));
        query.listContains.clear();
        QCOMPARE(rows(filterRows(table, query, {125, 120, 12, 999})), Rows({125, 120, 12}));
        QCOMPARE(rows(filterRows(table, query, {})).size(), qsizetype(1 + 10));
    }

    void filterRows_largeTablesMatchTheRules_data()
    {
        QTest::addColumn<int>("orderKind"); // 0 none, 1 sorted, 2 short
        QTest::newRow("file order") << 0;
        QTest::newRow("sorted order") << 1;
        QTest::newRow("short order") << 2;
    }

    void filterRows_largeTablesMatchTheRules()
    {
        QFETCH(int, orderKind);
        QRandomGenerator random(7);
        constexpr int RowCount = 300000;
        std::vector<QByteArrayList> columns(4);
        for (int r = 0; r < RowCount; ++r) {
            columns[0] << "E" + QByteArray::number(1000000 + r);
            columns[1] << randomCell(random, 100000);
            const int role = random.bounded(3);
            columns[2] << (role == 0 ? "teacher" : role == 1 ? "student" : "aide");
            columns[3] << "SCH" + QByteArray::number(random.bounded(20)) + ", SCH"
                    + QByteArray::number(random.bounded(20));
        }
        Table table(FileKind::Enrollments, u"enrollments.csv"_s);
        table.setHeader({"sourcedId", "a", "role", "orgs"}, {0, 1, 2, 3});
        std::vector<std::string_view> cells(4);
        for (int r = 0; r < RowCount; ++r) {
            if (r == 1000)
                table.planStorage(RowCount);
            for (size_t c = 0; c < 4; ++c)
                cells[c] = view(columns[c].at(r));
            table.appendRow(cells.data(), 4, uint32_t(r + 2));
        }
        QVERIFY(table.column(0).isPlain());

        std::vector<uint32_t> order;
        if (orderKind == 1)
            order = sortedRows(table, 1, true);
        else if (orderKind == 2)
            order = {299999, 5, 17, 123456, 42, 77777, 1};

        std::vector<ReferenceQuery> queries(7);
        queries[0].text = "apple";
        queries[1].text = "e1000";
        queries[2].text = "smith";
        queries[2].textColumn = 1;
        queries[2].equals.emplace_back(2, "teacher");
        queries[3].listContains.emplace_back(3, "SCH7");
        queries[3].useMask = true;
        for (int r = 0; r < RowCount; ++r)
            queries[3].mask.push_back(r % 5 != 0);
        queries[4].text = "1";
        queries[4].equals.emplace_back(2, "student");
        queries[4].listContains.emplace_back(3, "SCH1");
        queries[5].listContainsAny.emplace_back(3, QByteArrayList{"SCH2", "SCH13", "SCH19", "SCH99"});
        queries[5].equalsAny.emplace_back(2, QByteArrayList{"aide", "teacher"});
        queries[6].text = "a";
        queries[6].equalsAny.emplace_back(1, QByteArrayList{"apple", "Apple", "", "12", "b1"});
        for (const ReferenceQuery &q : queries) {
            const std::vector<uint32_t> expected = referenceFilter(columns, q, order);
            if (orderKind != 2)
                QVERIFY(expected.size() > 100);
            QCOMPARE(rows(filterRows(table, toQuery(q), order)), rows(expected));
        }
    }

    void filterRows_cancelled_returnsNothing()
    {
        QByteArrayList ids;
        QByteArrayList names;
        for (int i = 0; i < 200000; ++i) {
            ids << "U" + QByteArray::number(i);
            names << (i % 2 ? "Ann" : "Bob");
        }
        const Table table = makeTable({ids, names}, Storage::Plain);
        RowQuery query;
        query.text = u"ann"_s;
        Progress progress;
        progress.cancel();
        bool cancelled = false;
        QVERIFY(filterRows(table, query, {}, &progress, &cancelled).empty());
        QVERIFY(cancelled);
        // An empty query too reports the cancel rather than every row.
        QVERIFY(filterRows(table, RowQuery(), {}, &progress, &cancelled).empty());
        QVERIFY(cancelled);

        Progress running;
        QCOMPARE(filterRows(table, query, {}, &running, &cancelled).size(), size_t(100000));
        QVERIFY(!cancelled);
    }
};

} // namespace

QTEST_GUILESS_MAIN(RowQueryTest)
#include "tst_rowquery.moc"
