#pragma once

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rb {

// What the CSV reader can object to in one cell or line. None of these stop reading.
enum class CsvProblem : uint8_t {
    QuoteInCell,          // a quotation mark inside a value, or a doubled quote
    UnterminatedQuote,    // a quoted cell that never closes
    CarriageReturnInCell, // a carriage return inside a quoted cell
    InvalidUtf8,          // bytes that are not UTF-8
    EmptyLine,            // a line with nothing on it
};

// Receives what CsvParser reads. Views stay valid only during the call.
class CsvHandler
{
public:
    virtual ~CsvHandler() = default;
    // One record: its cells and the 1-based physical line it starts on.
    virtual void record(const std::string_view *cells, int count, uint32_t line) = 0;
    // A problem in a cell (`column` is 1-based) or a line (`column` 0). `detail` is the cell's
    // text for quotes, the offending byte in hex for invalid UTF-8.
    virtual void problem(CsvProblem kind, uint32_t line, int column, std::string_view detail) = 0;
};

// A streaming RFC 4180 reader: comma-separated, double-quoted cells, CRLF, LF or CR line ends, a
// UTF-8 byte-order mark at the start skipped. It is fed the file in chunks of any size and never
// holds more than one record besides the chunk. Problems are reported and reading goes on; only a
// line longer than the limit stops it (a file that is not a roster at all).
class CsvParser final
{
public:
    static constexpr size_t DefaultMaxRecordBytes = 1u << 20;

    explicit CsvParser(CsvHandler &handler, size_t maxRecordBytes = DefaultMaxRecordBytes);

    // Space for at least `n` more bytes; write into it and then call commit().
    char *reserve(size_t n);
    // Parses what has arrived. Returns false once reading had to stop (see failed()).
    bool commit(size_t n);
    // Convenience: reserve, copy, commit.
    bool feed(const char *data, size_t n);
    // The end of the file: parses the last record. Returns false if reading had to stop.
    bool finish();

    bool failed() const { return m_failed; }
    // The line that made reading stop.
    uint32_t failedLine() const { return m_failedLine; }
    uint64_t bytesConsumed() const { return m_consumed; }
    uint32_t linesRead() const { return m_line - 1; }

    // The offset of the first byte in `text` that is not valid UTF-8, or -1.
    static ptrdiff_t invalidUtf8Offset(std::string_view text);

private:
    enum class Outcome { Complete, NeedMore, Unterminated, TooLong };
    struct CellSpan
    {
        uint32_t begin;
        uint32_t length;
        uint32_t line; // where the cell starts
        bool inScratch;
        bool checkUtf8;
    };
    struct PendingProblem
    {
        CsvProblem kind;
        uint32_t line;
        int column;
    };

    static constexpr size_t NoOffset = SIZE_MAX;
    struct RunawayQuote
    {
        size_t offset = NoOffset; // from the record's start
        uint32_t line = 0;
        int column = 0;
    };

    bool parse(bool final);
    Outcome parseRecord(size_t start, bool final, size_t *next);
    bool isLiteralQuote(size_t offset) const;
    RunawayQuote findRunawayQuote(size_t start, size_t limit) const;
    void emitRecord(uint32_t line);

    CsvHandler &m_handler;
    size_t m_maxRecordBytes;
    std::vector<char> m_buf;
    size_t m_size = 0;       // bytes in m_buf
    bool m_atStart = true;   // a byte-order mark may still come
    bool m_failed = false;
    uint32_t m_failedLine = 0;
    uint32_t m_line = 1;     // line on which the next record starts
    uint64_t m_consumed = 0;

    // The record being read.
    std::vector<CellSpan> m_spans;
    std::vector<std::string_view> m_cells;
    std::string m_scratch;
    std::vector<PendingProblem> m_problems;
    uint32_t m_recordLines = 0; // line breaks inside the record's quoted cells
    size_t m_recordStart = 0;
    size_t m_openOffset = 0;    // where the last quoted cell opened
    uint32_t m_openLine = 0;
    int m_openColumn = 0;
    // Opening quotes of the record being read that never close, taken as plain characters.
    std::vector<size_t> m_literalQuotes;
};

} // namespace rb
