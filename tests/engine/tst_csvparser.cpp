#include "oneroster/csvparser.h"

#include <QByteArray>
#include <QList>
#include <QTest>

#include <cstring>
#include <iterator>
#include <string_view>

using namespace rb;

namespace {

// Bytes of a string literal, embedded NULs included.
template<size_t N>
QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

QByteArray bytes(std::string_view v)
{
    return QByteArray(v.data(), qsizetype(v.size()));
}

const char *kindName(CsvProblem kind)
{
    switch (kind) {
    case CsvProblem::QuoteInCell: return "QuoteInCell";
    case CsvProblem::UnterminatedQuote: return "UnterminatedQuote";
    case CsvProblem::CarriageReturnInCell: return "CarriageReturnInCell";
    case CsvProblem::InvalidUtf8: return "InvalidUtf8";
    case CsvProblem::EmptyLine: return "EmptyLine";
    }
    return "?";
}

// Printable form of bytes: C escapes for control characters, quotes and anything outside ASCII.
QByteArray escaped(const QByteArray &b)
{
    QByteArray out;
    for (const char c : b) {
        const auto u = uint8_t(c);
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '"' || c == '\\')
            out += QByteArray("\\") + c;
        else if (u < 0x20 || u >= 0x7f)
            out += "\\x" + QByteArray::number(u, 16).rightJustified(2, '0').toUpper();
        else
            out += c;
    }
    return out;
}

struct Record
{
    QByteArrayList cells;
    uint32_t line = 0;
    bool operator==(const Record &) const = default;
};

struct Problem
{
    CsvProblem kind = CsvProblem::QuoteInCell;
    uint32_t line = 0;
    int column = 0;
    QByteArray detail;
    bool operator==(const Problem &) const = default;
};

QByteArray describe(const Record &r)
{
    QByteArrayList cells;
    for (const QByteArray &c : r.cells)
        cells << '"' + escaped(c) + '"';
    return "record @" + QByteArray::number(r.line) + " [" + cells.join(", ") + ']';
}

QByteArray describe(const Problem &p)
{
    return QByteArray(kindName(p.kind)) + " @" + QByteArray::number(p.line) + ':'
        + QByteArray::number(p.column) + " \"" + escaped(p.detail) + '"';
}

// Found by QTest through argument-dependent lookup.
char *toString(const Record &r)
{
    return qstrdup(describe(r).constData());
}

char *toString(const Problem &p)
{
    return qstrdup(describe(p).constData());
}

// Collects what the parser reports, separately and as one ordered transcript.
class RecordingHandler final : public CsvHandler
{
public:
    QList<Record> records;
    QList<Problem> problems;
    QByteArrayList events;

    void record(const std::string_view *cells, int count, uint32_t line) override
    {
        Record r;
        r.line = line;
        for (int i = 0; i < count; ++i)
            r.cells << bytes(cells[i]);
        events << describe(r);
        records << std::move(r);
    }

    void problem(CsvProblem kind, uint32_t line, int column, std::string_view detail) override
    {
        Problem p{kind, line, column, bytes(detail)};
        events << describe(p);
        problems << std::move(p);
    }
};

enum class Feeding { Feed, ReserveCommit };

struct Run
{
    QList<Record> records;
    QList<Problem> problems;
    QByteArrayList events;
    bool feedOk = true;   // every feed()/commit() returned true
    bool finishOk = true; // finish() returned true
    bool failed = false;
    uint32_t failedLine = 0;
    uint32_t linesRead = 0;

    // Everything observable, for comparing two runs.
    QByteArrayList transcript() const
    {
        QByteArrayList out = events;
        out << "ok " + QByteArray::number(int(feedOk && finishOk)) << "failed "
                + QByteArray::number(int(failed)) + " @" + QByteArray::number(failedLine)
            << "linesRead " + QByteArray::number(linesRead);
        return out;
    }
};

// Parses `input` fed in chunks of `chunk` bytes (0: all at once), then finishes.
Run parse(const QByteArray &input, qsizetype chunk = 0,
          size_t maxRecordBytes = CsvParser::DefaultMaxRecordBytes, Feeding feeding = Feeding::Feed)
{
    RecordingHandler handler;
    CsvParser parser(handler, maxRecordBytes);
    Run run;
    const qsizetype step = chunk > 0 ? chunk : qMax<qsizetype>(input.size(), 1);
    for (qsizetype at = 0; at < input.size(); at += step) {
        const qsizetype n = qMin(step, input.size() - at);
        bool ok;
        if (feeding == Feeding::Feed) {
            ok = parser.feed(input.constData() + at, size_t(n));
        } else {
            char *space = parser.reserve(size_t(n) + 100); // more room than is used
            std::memcpy(space, input.constData() + at, size_t(n));
            ok = parser.commit(size_t(n));
        }
        run.feedOk = run.feedOk && ok;
    }
    run.finishOk = parser.finish();
    run.failed = parser.failed();
    run.failedLine = parser.failedLine();
    run.linesRead = parser.linesRead();
    run.records = handler.records;
    run.problems = handler.problems;
    run.events = handler.events;
    return run;
}

Record rec(uint32_t line, const QByteArrayList &cells)
{
    return Record{cells, line};
}

Problem prob(CsvProblem kind, uint32_t line, int column, const QByteArray &detail = {})
{
    return Problem{kind, line, column, detail};
}

} // namespace

Q_DECLARE_METATYPE(Record)
Q_DECLARE_METATYPE(Problem)

namespace {

class CsvParserTest final : public QObject
{
    Q_OBJECT

private slots:
    void lineEnds_eachEndARecord_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("LF") << QByteArray("id,name\nU1,Ann\nU2,Bob\n");
        QTest::newRow("CRLF") << QByteArray("id,name\r\nU1,Ann\r\nU2,Bob\r\n");
        QTest::newRow("CR") << QByteArray("id,name\rU1,Ann\rU2,Bob\r");
        QTest::newRow("mixed") << QByteArray("id,name\r\nU1,Ann\rU2,Bob\n");
        QTest::newRow("LF, no newline at end") << QByteArray("id,name\nU1,Ann\nU2,Bob");
        QTest::newRow("CRLF, no newline at end") << QByteArray("id,name\r\nU1,Ann\r\nU2,Bob");
        QTest::newRow("CR, no newline at end") << QByteArray("id,name\rU1,Ann\rU2,Bob");
    }

    void lineEnds_eachEndARecord()
    {
        QFETCH(QByteArray, input);
        const Run run = parse(input);
        QCOMPARE(run.problems, QList<Problem>());
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "name"}), rec(2, {"U1", "Ann"}),
                                             rec(3, {"U2", "Bob"})}));
        QVERIFY(run.feedOk && run.finishOk);
        QVERIFY(!run.failed);
        QCOMPARE(run.linesRead, uint32_t(3));
    }

    void emptyInput_givesNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("no bytes") << QByteArray();
        QTest::newRow("BOM only") << QByteArray("\xEF\xBB\xBF");
    }

    void emptyInput_givesNothing()
    {
        QFETCH(QByteArray, input);
        const Run run = parse(input);
        QCOMPARE(run.events, QByteArrayList());
        QVERIFY(run.feedOk && run.finishOk);
        QCOMPARE(run.linesRead, uint32_t(0));
    }

    void shortInput_isReadAtFinish_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("1 byte") << QByteArray("a") << QByteArray("a");
        QTest::newRow("2 bytes") << QByteArray("ab") << QByteArray("ab");
        QTest::newRow("1 byte and LF") << QByteArray("a\n") << QByteArray("a");
        QTest::newRow("two BOM bytes are data") << QByteArray("\xEF\xBB") << QByteArray("\xEF\xBB");
    }

    void shortInput_isReadAtFinish()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, cell);
        const Run run = parse(input, 1);
        QCOMPARE(run.records, QList<Record>({rec(1, {cell})}));
    }

    void byteOrderMark_isSkipped_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("1-byte chunks") << qsizetype(1);
        QTest::newRow("2-byte chunks: BOM split 2+1") << qsizetype(2);
        QTest::newRow("4-byte chunks: BOM and one byte") << qsizetype(4);
    }

    void byteOrderMark_isSkipped()
    {
        QFETCH(qsizetype, chunk);
        const Run run = parse(QByteArray("\xEF\xBB\xBFid,name\nU1,Ann\n"), chunk);
        QCOMPARE(run.problems, QList<Problem>());
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "name"}), rec(2, {"U1", "Ann"})}));
    }

    void byteOrderMark_splitAcrossTwoFeeds_isSkipped()
    {
        const QByteArray input("\xEF\xBB\xBFid\n");
        for (qsizetype split = 1; split <= 3; ++split) {
            RecordingHandler handler;
            CsvParser parser(handler);
            QVERIFY(parser.feed(input.constData(), size_t(split)));
            QVERIFY(parser.feed(input.constData() + split, size_t(input.size() - split)));
            QVERIFY(parser.finish());
            QCOMPARE(handler.records, QList<Record>({rec(1, {"id"})}));
            QCOMPARE(handler.problems, QList<Problem>());
        }
    }

    void byteOrderMark_laterInTheFile_isKeptAsText()
    {
        // U+FEFF is valid UTF-8; only a mark at the very start is skipped.
        const Run run = parse(QByteArray("id\n\xEF\xBB\xBFU1\n"));
        QCOMPARE(run.problems, QList<Problem>());
        QCOMPARE(run.records, QList<Record>({rec(1, {"id"}), rec(2, {"\xEF\xBB\xBFU1"})}));
    }

    void partialByteOrderMark_isDataAndInvalidUtf8()
    {
        const Run run = parse(QByteArray("\xEF\xBBid,x\n"), 1);
        QCOMPARE(run.records, QList<Record>({rec(1, {"\xEF\xBBid", "x"})}));
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::InvalidUtf8, 1, 1, "EF")}));
    }

    void quotedCells_areUnwrapped_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArrayList>("cells");
        QTest::newRow("comma inside") << QByteArray("U1,\"S1,S2\",x\n") << QByteArrayList{"U1", "S1,S2", "x"};
        QTest::newRow("empty quoted cell") << QByteArray("U1,\"\",x\n") << QByteArrayList{"U1", "", "x"};
        QTest::newRow("all cells quoted") << QByteArray("\"a\",\"b\"\n") << QByteArrayList{"a", "b"};
        QTest::newRow("quoted last cell, no newline") << QByteArray("a,\"b,c\"") << QByteArrayList{"a", "b,c"};
        QTest::newRow("quoted empty last cell, CRLF") << QByteArray("a,\"\"\r\n") << QByteArrayList{"a", ""};
        QTest::newRow("spaces kept") << QByteArray("\" a \",b\n") << QByteArrayList{" a ", "b"};
        QTest::newRow("empty unquoted cells") << QByteArray(",,\n") << QByteArrayList{"", "", ""};
        QTest::newRow("trailing comma at end of file") << QByteArray("a,") << QByteArrayList{"a", ""};
    }

    void quotedCells_areUnwrapped()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArrayList, cells);
        const Run run = parse(input);
        QCOMPARE(run.problems, QList<Problem>());
        QCOMPARE(run.records, QList<Record>({rec(1, cells)}));
    }

    void doubledQuotes_becomeOneQuote_andAreReported_data()
    {
        QTest::addColumn<QByteArray>("line2");
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("nickname") << QByteArray("U1,\"Bob \"\"B\"\"\",x") << QByteArray("Bob \"B\"");
        QTest::newRow("only a quote") << QByteArray("U1,\"\"\"\",x") << QByteArray("\"");
        QTest::newRow("quote at start") << QByteArray("U1,\"\"\"Hi\",x") << QByteArray("\"Hi");
    }

    void doubledQuotes_becomeOneQuote_andAreReported()
    {
        QFETCH(QByteArray, line2);
        QFETCH(QByteArray, cell);
        const Run run = parse("id,name,role\n" + line2 + "\nU2,Ann,x\n");
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "name", "role"}), rec(2, {"U1", cell, "x"}),
                                             rec(3, {"U2", "Ann", "x"})}));
        // One problem per cell, however many quotes it holds.
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::QuoteInCell, 2, 2, cell)}));
    }

    void quoteInUnquotedCell_isKeptAndReported()
    {
        const Run run = parse("id,givenName,familyName\nU1,Robert \"Rob\",Smith\nU2,Ann,Lee\n");
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "givenName", "familyName"}),
                                             rec(2, {"U1", "Robert \"Rob\"", "Smith"}),
                                             rec(3, {"U2", "Ann", "Lee"})}));
        QCOMPARE(run.problems,
                 QList<Problem>({prob(CsvProblem::QuoteInCell, 2, 2, "Robert \"Rob\"")}));
    }

    void strayQuoteInQuotedCell_isKeptAndReported()
    {
        const Run run = parse("U1,\"Bob \"B\" Smith\",x\n");
        QCOMPARE(run.records, QList<Record>({rec(1, {"U1", "Bob \"B\" Smith", "x"})}));
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::QuoteInCell, 1, 2, "Bob \"B\" Smith")}));
    }

    void quotedCellSpanningLines_isOneRecord_data()
    {
        QTest::addColumn<QByteArray>("lineBreak");
        QTest::addColumn<QList<Problem>>("problems");
        QTest::newRow("LF") << QByteArray("\n") << QList<Problem>();
        QTest::newRow("CRLF") << QByteArray("\r\n")
                              << QList<Problem>({prob(CsvProblem::CarriageReturnInCell, 2, 2)});
        QTest::newRow("CR") << QByteArray("\r")
                            << QList<Problem>({prob(CsvProblem::CarriageReturnInCell, 2, 2)});
    }

    void quotedCellSpanningLines_isOneRecord()
    {
        QFETCH(QByteArray, lineBreak);
        QFETCH(QList<Problem>, problems);
        const QByteArray address = "12 Main St" + lineBreak + "Apt 4" + lineBreak + "Springfield";
        const Run run = parse("id,address\nU1,\"" + address + "\"\nU2,x\nU3,y\n");
        // The CarriageReturnInCell detail is the cell's text.
        for (Problem &p : problems)
            p.detail = address;
        QCOMPARE(run.problems, problems);
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "address"}), rec(2, {"U1", address}),
                                             rec(5, {"U2", "x"}), rec(6, {"U3", "y"})}));
        QCOMPARE(run.linesRead, uint32_t(6));
    }

    void carriageReturnInQuotedCell_isReportedOncePerCell_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QList<Problem>>("problems");
        QTest::newRow("CR at end of cell")
            << QByteArray("h\n\"abc\r\",x\nnext\n")
            << QList<Record>({rec(1, {"h"}), rec(2, {"abc\r", "x"}), rec(4, {"next"})})
            << QList<Problem>({prob(CsvProblem::CarriageReturnInCell, 2, 1, "abc\r")});
        QTest::newRow("two CRs in one cell")
            << QByteArray("h\nx,\"a\rb\rc\"\nnext\n")
            << QList<Record>({rec(1, {"h"}), rec(2, {"x", "a\rb\rc"}), rec(5, {"next"})})
            << QList<Problem>({prob(CsvProblem::CarriageReturnInCell, 2, 2, "a\rb\rc")});
        QTest::newRow("CRs in two cells")
            << QByteArray("\"a\r\nb\",\"c\r\nd\"\nnext\n")
            << QList<Record>({rec(1, {"a\r\nb", "c\r\nd"}), rec(4, {"next"})})
            << QList<Problem>({prob(CsvProblem::CarriageReturnInCell, 1, 1, "a\r\nb"),
                               prob(CsvProblem::CarriageReturnInCell, 2, 2, "c\r\nd")});
    }

    void carriageReturnInQuotedCell_isReportedOncePerCell()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Record>, records);
        QFETCH(QList<Problem>, problems);
        const Run run = parse(input);
        QCOMPARE(run.problems, problems);
        QCOMPARE(run.records, records);
    }

    void invalidUtf8_isReportedWithByteAndColumn_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::addColumn<QByteArray>("detail");
        QTest::newRow("lone 0x93 (cp1252 quote)") << QByteArray("caf\x93") << QByteArray("93");
        QTest::newRow("lone continuation 0x80") << QByteArray("\x80") << QByteArray("80");
        QTest::newRow("truncated 3-byte sequence") << QByteArray("Nguy\xE1\xBB") << QByteArray("E1");
        QTest::newRow("truncated 3-byte, then ASCII") << QByteArray("\xE1\xBBx") << QByteArray("E1");
        QTest::newRow("overlong NUL C0 80") << QByteArray("a\xC0\x80") << QByteArray("C0");
        QTest::newRow("surrogate ED A0 80") << QByteArray("\xED\xA0\x80") << QByteArray("ED");
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QByteArray("F4");
        QTest::newRow("0xFF") << QByteArray("\xFF") << QByteArray("FF");
        QTest::newRow("valid, then invalid") << QByteArray("\xC3\xA9\x93") << QByteArray("93");
        QTest::newRow("Latin-1 e-acute") << QByteArray("Jos\xE9") << QByteArray("E9");
    }

    void invalidUtf8_isReportedWithByteAndColumn()
    {
        QFETCH(QByteArray, cell);
        QFETCH(QByteArray, detail);
        for (const bool quoted : {false, true}) {
            const QByteArray written = quoted ? QByteArray('"' + cell + '"') : cell;
            const Run run = parse("id,name,role\nU1,Ann,x\nU2," + written + ",student\n");
            QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::InvalidUtf8, 3, 2, detail)}));
            // The cell is delivered as it was.
            QCOMPARE(run.records.size(), 3);
            QCOMPARE(run.records[2], rec(3, {"U2", cell, "student"}));
        }
    }

    void invalidUtf8_inSeveralCells_isReportedPerCell()
    {
        // A two-byte character cut by a comma: both halves are invalid.
        const Run run = parse("h\n\xC3,\xA9,ok,\x93\x93\n");
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::InvalidUtf8, 2, 1, "C3"),
                                               prob(CsvProblem::InvalidUtf8, 2, 2, "A9"),
                                               prob(CsvProblem::InvalidUtf8, 2, 4, "93")}));
        QCOMPARE(run.records, QList<Record>({rec(1, {"h"}), rec(2, {"\xC3", "\xA9", "ok", "\x93\x93"})}));
    }

    void validMultiByteText_raisesNothing_data()
    {
        QTest::addColumn<QByteArray>("cell");
        QTest::newRow("e-acute") << QByteArray("Ren\xC3\xA9" "e");
        QTest::newRow("Vietnamese") << QByteArray("Nguy\xE1\xBB\x85n");
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80");
        QTest::newRow("CJK") << QByteArray("\xE6\x9D\x8E\xE5\xB0\x8F\xE9\xBE\x99");
        QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80");
        QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF");
        QTest::newRow("U+E000") << QByteArray("\xEE\x80\x80");
        QTest::newRow("U+FFFD") << QByteArray("\xEF\xBF\xBD");
        QTest::newRow("U+10000") << QByteArray("\xF0\x90\x80\x80");
        QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF");
    }

    void validMultiByteText_raisesNothing()
    {
        QFETCH(QByteArray, cell);
        for (const bool quoted : {false, true}) {
            const QByteArray written = quoted ? QByteArray('"' + cell + '"') : cell;
            const Run run = parse("U1," + written + ",x\n");
            QCOMPARE(run.problems, QList<Problem>());
            QCOMPARE(run.records, QList<Record>({rec(1, {"U1", cell, "x"})}));
        }
    }

    void invalidUtf8Offset_findsFirstBadByte_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qsizetype>("offset");
        const auto none = qsizetype(-1);
        QTest::newRow("empty") << QByteArray() << none;
        QTest::newRow("ASCII") << QByteArray("abc") << none;
        QTest::newRow("NUL is ASCII") << raw("a\0b") << none;
        QTest::newRow("e-acute") << QByteArray("caf\xC3\xA9") << none;
        QTest::newRow("Vietnamese") << QByteArray("Nguy\xE1\xBB\x85n") << none;
        QTest::newRow("emoji") << QByteArray("\xF0\x9F\x98\x80!") << none;
        QTest::newRow("U+0800") << QByteArray("\xE0\xA0\x80") << none;
        QTest::newRow("U+D7FF") << QByteArray("\xED\x9F\xBF") << none;
        QTest::newRow("U+E000") << QByteArray("\xEE\x80\x80") << none;
        QTest::newRow("U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << none;
        QTest::newRow("lone 0x93") << QByteArray("\x93") << qsizetype(0);
        QTest::newRow("0x93 after ASCII") << QByteArray("ab\x93") << qsizetype(2);
        QTest::newRow("continuation after e-acute") << QByteArray("\xC3\xA9\x80") << qsizetype(2);
        QTest::newRow("2-byte lead at end") << QByteArray("x\xC3") << qsizetype(1);
        QTest::newRow("2-byte lead, then ASCII") << QByteArray("\xC3(") << qsizetype(0);
        QTest::newRow("truncated 3-byte") << QByteArray("x\xE1\xBB") << qsizetype(1);
        QTest::newRow("truncated 3-byte, then ASCII") << QByteArray("\xE1\xBBx") << qsizetype(0);
        QTest::newRow("truncated 4-byte") << QByteArray("\xF0\x9F\x98") << qsizetype(0);
        QTest::newRow("overlong C0 80") << QByteArray("\xC0\x80") << qsizetype(0);
        QTest::newRow("overlong C1 BF") << QByteArray("\xC1\xBF") << qsizetype(0);
        QTest::newRow("overlong E0 80 80") << QByteArray("\xE0\x80\x80") << qsizetype(0);
        QTest::newRow("overlong E0 9F BF") << QByteArray("\xE0\x9F\xBF") << qsizetype(0);
        QTest::newRow("overlong F0 8F BF BF") << QByteArray("\xF0\x8F\xBF\xBF") << qsizetype(0);
        QTest::newRow("surrogate ED A0 80") << QByteArray("ok\xED\xA0\x80") << qsizetype(2);
        QTest::newRow("surrogate ED BF BF") << QByteArray("\xED\xBF\xBF") << qsizetype(0);
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(0);
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << qsizetype(0);
        QTest::newRow("FE") << QByteArray("\xFE") << qsizetype(0);
        QTest::newRow("FF") << QByteArray("\xFF") << qsizetype(0);
    }

    void invalidUtf8Offset_findsFirstBadByte()
    {
        QFETCH(QByteArray, text);
        QFETCH(qsizetype, offset);
        const std::string_view view(text.constData(), size_t(text.size()));
        QCOMPARE(qsizetype(CsvParser::invalidUtf8Offset(view)), offset);
    }

    void emptyLines_areReportedNotRecords_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<Record>>("records");
        QTest::addColumn<QList<uint>>("emptyLines");
        QTest::newRow("LF") << QByteArray("a\n\nb\n") << QList<Record>({rec(1, {"a"}), rec(3, {"b"})})
                            << QList<uint>{2};
        QTest::newRow("CRLF") << QByteArray("a\r\n\r\nb\r\n") << QList<Record>({rec(1, {"a"}), rec(3, {"b"})})
                              << QList<uint>{2};
        QTest::newRow("CR") << QByteArray("a\r\rb\r") << QList<Record>({rec(1, {"a"}), rec(3, {"b"})})
                            << QList<uint>{2};
        QTest::newRow("CR then CRLF") << QByteArray("a\r\r\nb") << QList<Record>({rec(1, {"a"}), rec(3, {"b"})})
                                      << QList<uint>{2};
        QTest::newRow("leading") << QByteArray("\n\na\n") << QList<Record>({rec(3, {"a"})})
                                 << QList<uint>{1, 2};
        QTest::newRow("after BOM") << QByteArray("\xEF\xBB\xBF\r\na\r\n") << QList<Record>({rec(2, {"a"})})
                                   << QList<uint>{1};
        QTest::newRow("trailing") << QByteArray("a\n\n\n") << QList<Record>({rec(1, {"a"})})
                                  << QList<uint>{2, 3};
        QTest::newRow("lone CR at end") << QByteArray("a\n\r") << QList<Record>({rec(1, {"a"})})
                                        << QList<uint>{2};
        QTest::newRow("after multi-line record") << QByteArray("\"x\ny\"\n\nb\n")
                                                 << QList<Record>({rec(1, {"x\ny"}), rec(4, {"b"})})
                                                 << QList<uint>{3};
    }

    void emptyLines_areReportedNotRecords()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<Record>, records);
        QFETCH(QList<uint>, emptyLines);
        QList<Problem> expected;
        for (const uint line : emptyLines)
            expected << prob(CsvProblem::EmptyLine, line, 0);
        const Run run = parse(input);
        QCOMPARE(run.problems, expected);
        QCOMPARE(run.records, records);
    }

    void lineOfOnlyCommas_isARecordNotAnEmptyLine()
    {
        const Run run = parse("a,b\n,\n");
        QCOMPARE(run.problems, QList<Problem>());
        QCOMPARE(run.records, QList<Record>({rec(1, {"a", "b"}), rec(2, {"", ""})}));
    }

    void unterminatedQuote_isReported_andReadingResumesOnNextLine_data()
    {
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CRLF") << QByteArray("\r\n");
    }

    void unterminatedQuote_isReported_andReadingResumesOnNextLine()
    {
        QFETCH(QByteArray, lineEnd);
        const QByteArrayList lines{"id,name,role", "U1,Ann,student", "U2,\"Bob,student",
                                   "U3,Cy,teacher", "U4,Di,student"};
        const Run run = parse(lines.join(lineEnd) + lineEnd);
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::UnterminatedQuote, 3, 2)}));
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "name", "role"}),
                                             rec(2, {"U1", "Ann", "student"}),
                                             rec(3, {"U2", "\"Bob", "student"}),
                                             rec(4, {"U3", "Cy", "teacher"}),
                                             rec(5, {"U4", "Di", "student"})}));
        QVERIFY(run.feedOk && run.finishOk);
        QVERIFY(!run.failed);
        QCOMPARE(run.linesRead, uint32_t(5));
    }

    void unterminatedQuote_onLastLineWithoutNewline()
    {
        const Run run = parse("a,b\nU1,\"open");
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::UnterminatedQuote, 2, 2)}));
        QCOMPARE(run.records, QList<Record>({rec(1, {"a", "b"}), rec(2, {"U1", "\"open"})}));
    }

    void unterminatedQuoteOnContinuationLine_isReportedOnce()
    {
        // Record 2 spans lines 2–3 through a closed quoted cell; the quote that never closes opens
        // on line 3, column 3.
        const Run run = parse("id,a,b\nU1,\"x\ny\",\"open\nU2,p,q\n");
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::UnterminatedQuote, 3, 3)}));
        // Whatever happens to record 2, the line after it is read normally.
        QVERIFY(!run.records.isEmpty());
        QCOMPARE(run.records.first(), rec(1, {"id", "a", "b"}));
        QCOMPARE(run.records.last(), rec(4, {"U2", "p", "q"}));
        QCOMPARE(run.linesRead, uint32_t(4));
    }

    void recordLongerThanLimit_stopsReading_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("1-byte chunks") << qsizetype(1);
        QTest::newRow("7-byte chunks") << qsizetype(7);
        QTest::newRow("50-byte chunks") << qsizetype(50);
    }

    void recordLongerThanLimit_stopsReading()
    {
        QFETCH(qsizetype, chunk);
        const QByteArray input = "id,name\nU1,Ann\n\nU2," + QByteArray(100, 'x') + "\nU3,Cy\n";
        const Run run = parse(input, chunk, 64);
        QVERIFY(!run.feedOk);
        QVERIFY(!run.finishOk);
        QVERIFY(run.failed);
        QCOMPARE(run.failedLine, uint32_t(4));
        QCOMPARE(run.records, QList<Record>({rec(1, {"id", "name"}), rec(2, {"U1", "Ann"})}));
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::EmptyLine, 3, 0)}));
    }

    void recordOfExactlyTheLimit_isRead()
    {
        // 63 bytes and the LF: 64 bytes.
        const QByteArray line = "U1," + QByteArray(60, 'x');
        const Run run = parse("id\n" + line + "\nU2\n", 5, 64);
        QVERIFY(run.feedOk && run.finishOk);
        QCOMPARE(run.records, QList<Record>({rec(1, {"id"}), rec(2, {"U1", QByteArray(60, 'x')}),
                                             rec(3, {"U2"})}));
    }

    void lineWithoutEndLongerThanLimit_failsWhileFeeding()
    {
        RecordingHandler handler;
        CsvParser parser(handler, 64);
        const QByteArray head = "id,name\nU1,";
        QVERIFY(parser.feed(head.constData(), size_t(head.size())));
        const QByteArray junk(200, 'z');
        QVERIFY(!parser.feed(junk.constData(), size_t(junk.size())));
        QVERIFY(parser.failed());
        QCOMPARE(parser.failedLine(), uint32_t(2));
        // Once stopped, it stays stopped.
        QVERIFY(!parser.feed("\nU2,x\n", 6));
        QVERIFY(!parser.finish());
        QCOMPARE(handler.records, QList<Record>({rec(1, {"id", "name"})}));
        QCOMPARE(handler.problems, QList<Problem>());
    }

    void quotedRunawayPastLimit_isUnterminatedQuote_andReadingGoesOn_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("whole") << qsizetype(0);
        QTest::newRow("1-byte chunks") << qsizetype(1);
        QTest::newRow("7-byte chunks") << qsizetype(7);
    }

    void quotedRunawayPastLimit_isUnterminatedQuote_andReadingGoesOn()
    {
        QFETCH(qsizetype, chunk);
        QByteArray input = "id,note\nU1,\"never closed\n";
        QList<Record> expected{rec(1, {"id", "note"}), rec(2, {"U1", "\"never closed"})};
        for (int i = 2; i <= 20; ++i) {
            const QByteArray id = "U" + QByteArray::number(i);
            const QByteArray note = "note " + QByteArray::number(i);
            input += id + ',' + note + '\n';
            expected << rec(uint32_t(i + 1), {id, note});
        }
        QVERIFY(input.size() > 64 * 3); // well past the limit
        const Run run = parse(input, chunk, 64);
        QVERIFY(run.feedOk && run.finishOk);
        QVERIFY(!run.failed);
        QCOMPARE(run.problems, QList<Problem>({prob(CsvProblem::UnterminatedQuote, 2, 2)}));
        QCOMPARE(run.records, expected);
        QCOMPARE(run.linesRead, uint32_t(21));
    }

    void chunking_doesNotChangeWhatIsRead_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("maxRecordBytes"); // 0: the default

        QTest::newRow("CRLF everywhere") << QByteArray("id,name\r\nU1,Ann\r\nU2,Bob\r\n") << 0;
        QTest::newRow("CR only") << QByteArray("id,name\rU1,Ann\rU2,Bob") << 0;
        QTest::newRow("BOM and CRLF") << QByteArray("\xEF\xBB\xBFid,name\r\nU1,Ann\r\n") << 0;
        QTest::newRow("BOM, empty line") << QByteArray("\xEF\xBB\xBF\r\nid\r\n") << 0;
        QTest::newRow("partial BOM") << QByteArray("\xEF\xBB" "id\n") << 0;
        QTest::newRow("doubled quotes") << QByteArray("a,\"Bob \"\"B\"\"\",\"\"\"\"\r\n\"\"\"\",\"x\"\"\"\r\n") << 0;
        QTest::newRow("quotes in unquoted cells") << QByteArray("a,Robert \"Rob\",b\"\r\nc\"\"d\n") << 0;
        QTest::newRow("multi-byte characters")
            << QByteArray("Ren\xC3\xA9" "e,Nguy\xE1\xBB\x85n,\xF0\x9F\x98\x80\r\n\"\xE6\x9D\x8E\",\xC3\xA9\n") << 0;
        QTest::newRow("invalid UTF-8")
            << QByteArray("caf\x93,\xE1\xBB,\xC0\x80,\xED\xA0\x80\r\n\"\xF0\x9F\x98\",\xFF\n") << 0;
        QTest::newRow("multi-line quoted cells")
            << QByteArray("id,addr\r\nU1,\"12 Main\r\nApt 4\"\r\nU2,\"a\nb\rc\"\r\nU3,x\r\n") << 0;
        QTest::newRow("empty lines of every kind") << QByteArray("a\r\r\n\r\n\n\rb\r\n\r") << 0;
        QTest::newRow("quoted cell at end, no newline") << QByteArray("a,\"b\"") << 0;
        QTest::newRow("CR at end") << QByteArray("a,b\r") << 0;
        QTest::newRow("unterminated quote on line 3 of 5")
            << QByteArray("id,name\r\nU1,Ann\r\nU2,\"Bob\r\nU3,Cy\r\nU4,Di\r\n") << 0;
        QTest::newRow("quoted runaway past the limit")
            << QByteArray("id,note\nU1,\"open\n" + QByteArray("U,x\n").repeated(30)) << 64;
        QTest::newRow("multi-line quoted cell past the limit")
            << QByteArray("id,note\nU1,\"" + QByteArray("line\n").repeated(20) + "\",x\nU2,y\n") << 64;
        QTest::newRow("unquoted record past the limit")
            << QByteArray("id\nU1\n" + QByteArray(100, 'x') + "\nU2\n") << 64;
        // Found while writing these tests; see the expected failures below.
        QTest::newRow("long single-line quoted cell past the limit")
            << QByteArray("id,note\nU1,\"" + QByteArray(80, 'x') + "\",end\nU2,ok\n") << 64;
        QTest::newRow("closed multi-line quote, then long unquoted cell")
            << QByteArray("id,note\nU1,\"a\nb\"," + QByteArray(80, 'x') + "\nU2,ok\n") << 64;
    }

    void chunking_doesNotChangeWhatIsRead()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, maxRecordBytes);
        const size_t limit = maxRecordBytes > 0 ? size_t(maxRecordBytes) : CsvParser::DefaultMaxRecordBytes;

        const QByteArrayList whole = parse(input, 0, limit).transcript();
        QVERIFY(whole.size() > 3); // something was read

        struct Variant
        {
            const char *name;
            qsizetype chunk;
            Feeding feeding;
        };
        const Variant variants[] = {
            {"1-byte chunks", 1, Feeding::Feed},        {"2-byte chunks", 2, Feeding::Feed},
            {"3-byte chunks", 3, Feeding::Feed},        {"7-byte chunks", 7, Feeding::Feed},
            {"reserve/commit, 1 byte", 1, Feeding::ReserveCommit},
            {"reserve/commit, 5 bytes", 5, Feeding::ReserveCommit},
        };
        // Compare the first variant that differs, or the last one when none does.
        const Variant *shown = &variants[std::size(variants) - 1];
        QByteArrayList shownTranscript;
        for (const Variant &v : variants) {
            shownTranscript = parse(input, v.chunk, limit, v.feeding).transcript();
            if (shownTranscript != whole) {
                shown = &v;
                break;
            }
        }
        if (shownTranscript != whole)
            qInfo("Fed as %s, the input reads differently than when fed whole", shown->name);
        QCOMPARE(shownTranscript, whole);
    }
};

} // namespace

QTEST_GUILESS_MAIN(CsvParserTest)
#include "tst_csvparser.moc"
