#include "csvparser.h"

#include <array>
#include <cstring>

namespace rb {

namespace {

// Bytes that end an unquoted scan: delimiter, line ends, quote, and anything outside ASCII.
constexpr std::array<uint8_t, 256> makeSpecial()
{
    std::array<uint8_t, 256> t{};
    t[uint8_t(',')] = 1;
    t[uint8_t('\n')] = 1;
    t[uint8_t('\r')] = 1;
    t[uint8_t('"')] = 1;
    for (int i = 0x80; i < 0x100; ++i)
        t[size_t(i)] = 1;
    return t;
}
constexpr std::array<uint8_t, 256> Special = makeSpecial();

constexpr size_t MinChunk = 64 * 1024;

std::string hexByte(uint8_t b)
{
    static const char digits[] = "0123456789ABCDEF";
    return {digits[b >> 4], digits[b & 15]};
}

} // namespace

CsvParser::CsvParser(CsvHandler &handler, size_t maxRecordBytes)
    : m_handler(handler)
    , m_maxRecordBytes(maxRecordBytes)
{
}

char *CsvParser::reserve(size_t n)
{
    if (m_buf.size() < m_size + n)
        m_buf.resize(std::max(m_size + n, std::max(m_buf.size() * 3 / 2, MinChunk)));
    return m_buf.data() + m_size;
}

bool CsvParser::commit(size_t n)
{
    if (m_failed)
        return false;
    m_size += n;
    return parse(false);
}

bool CsvParser::feed(const char *data, size_t n)
{
    std::memcpy(reserve(n), data, n);
    return commit(n);
}

bool CsvParser::finish()
{
    if (m_failed)
        return false;
    return parse(true);
}

bool CsvParser::parse(bool final)
{
    size_t pos = 0;
    if (m_atStart) {
        if (m_size < 3 && !final)
            return true;
        m_atStart = false;
        if (m_size >= 3 && std::memcmp(m_buf.data(), "\xEF\xBB\xBF", 3) == 0)
            pos = 3;
    }
    const char *b = m_buf.data();
    while (pos < m_size) {
        // An empty line is reported and skipped.
        if (m_literalQuotes.empty() && (b[pos] == '\n' || b[pos] == '\r')) {
            if (b[pos] == '\r' && pos + 1 >= m_size && !final)
                break;
            m_handler.problem(CsvProblem::EmptyLine, m_line, 0, {});
            const size_t n = (b[pos] == '\r' && pos + 1 < m_size && b[pos + 1] == '\n') ? 2 : 1;
            pos += n;
            m_consumed += n;
            ++m_line;
            continue;
        }
        size_t next = 0;
        Outcome outcome;
        for (;;) {
            outcome = parseRecord(pos, final, &next);
            const bool overlong = (outcome == Outcome::NeedMore && m_size - pos > m_maxRecordBytes)
                || (outcome == Outcome::Complete && next - pos > m_maxRecordBytes);
            if (!overlong && outcome != Outcome::Unterminated)
                break;
            // A quote that never closes: take it literally and read the record again. What is
            // blamed depends only on the record's bytes, never on how they arrived in chunks.
            RunawayQuote runaway;
            if (overlong) {
                runaway = findRunawayQuote(pos, pos + m_maxRecordBytes + 1);
                if (runaway.offset == NoOffset) {
                    outcome = Outcome::TooLong; // one line past the limit: not a roster
                    break;
                }
            } else {
                runaway = {m_openOffset, m_openLine, m_openColumn};
            }
            m_handler.problem(CsvProblem::UnterminatedQuote, runaway.line, runaway.column, {});
            m_literalQuotes.push_back(runaway.offset);
        }
        if (outcome == Outcome::NeedMore)
            break;
        if (outcome == Outcome::TooLong) {
            m_failed = true;
            m_failedLine = m_line;
            return false;
        }
        emitRecord(m_line);
        m_literalQuotes.clear();
        m_line += m_recordLines + 1;
        m_consumed += next - pos;
        pos = next;
    }
    // Keep the unfinished record at the front of the buffer.
    if (pos > 0) {
        std::memmove(m_buf.data(), m_buf.data() + pos, m_size - pos);
        m_size -= pos;
    }
    return true;
}

CsvParser::Outcome CsvParser::parseRecord(size_t start, bool final, size_t *next)
{
    m_spans.clear();
    m_scratch.clear();
    m_problems.clear();
    m_recordLines = 0;
    const char *b = m_buf.data();
    const size_t end = m_size;
    size_t p = start;
    int column = 1;

    for (;;) {
        const bool literal = isLiteralQuote(p - start);
        if (p < end && b[p] == '"' && !literal) {
            // A quoted cell: runs to the quote that is followed by a comma or a line end.
            m_openOffset = p - start;
            m_openLine = m_line + m_recordLines;
            m_openColumn = column;
            ++p;
            size_t piece = p;
            bool escaped = false;
            bool nonAscii = false;
            bool reportedQuote = false;
            bool reportedReturn = false;
            const size_t scratchStart = m_scratch.size();
            for (;;) {
                if (p >= end) {
                    if (!final)
                        return Outcome::NeedMore;
                    return Outcome::Unterminated;
                }
                const char d = b[p];
                if (d == '"') {
                    if (p + 1 >= end && !final)
                        return Outcome::NeedMore;
                    const char e = p + 1 < end ? b[p + 1] : '\n';
                    if (e == ',' || e == '\n' || e == '\r')
                        break; // the closing quote
                    if (!reportedQuote) {
                        m_problems.push_back({CsvProblem::QuoteInCell, m_openLine, column});
                        reportedQuote = true;
                    }
                    if (e == '"') {
                        // A doubled quote stands for one quotation mark.
                        m_scratch.append(b + piece, p + 1 - piece);
                        p += 2;
                        piece = p;
                        escaped = true;
                        continue;
                    }
                    ++p; // a stray quote, kept as it is
                    continue;
                }
                if (d == '\n') {
                    ++m_recordLines;
                } else if (d == '\r') {
                    if (!reportedReturn) {
                        m_problems.push_back(
                            {CsvProblem::CarriageReturnInCell, m_openLine, column});
                        reportedReturn = true;
                    }
                    if (p + 1 >= end && !final)
                        return Outcome::NeedMore;
                    if (p + 1 >= end || b[p + 1] != '\n')
                        ++m_recordLines;
                } else if (uint8_t(d) >= 0x80) {
                    nonAscii = true;
                }
                ++p;
            }
            if (escaped) {
                m_scratch.append(b + piece, p - piece);
                m_spans.push_back({uint32_t(scratchStart), uint32_t(m_scratch.size() - scratchStart),
                                   m_openLine, true, nonAscii});
            } else {
                m_spans.push_back({uint32_t(piece - start), uint32_t(p - piece), m_openLine, false,
                                   nonAscii});
            }
            ++p; // past the closing quote
        } else {
            const size_t cellStart = p;
            bool nonAscii = false;
            bool quote = false;
            while (p < end) {
                const uint8_t d = uint8_t(b[p]);
                if (Special[d]) {
                    if (d == ',' || d == '\n' || d == '\r')
                        break;
                    if (d == '"')
                        quote = true;
                    else
                        nonAscii = true;
                }
                ++p;
            }
            if (p >= end && !final)
                return Outcome::NeedMore;
            // A quote taken literally was reported as unterminated already.
            if (quote && !literal)
                m_problems.push_back({CsvProblem::QuoteInCell, m_line + m_recordLines, column});
            m_spans.push_back({uint32_t(cellStart - start), uint32_t(p - cellStart),
                               m_line + m_recordLines, false, nonAscii});
        }

        // After a cell: a comma, a line end, or the end of the file.
        if (p >= end) {
            if (!final)
                return Outcome::NeedMore;
            *next = p;
            break;
        }
        const char c = b[p];
        if (c == ',') {
            ++p;
            ++column;
            continue;
        }
        // Cells end only at a comma or a line end, so this is a line end.
        if (c == '\r') {
            if (p + 1 >= end && !final)
                return Outcome::NeedMore;
            p += (p + 1 < end && b[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        *next = p;
        break;
    }
    m_recordStart = start;
    return Outcome::Complete;
}

bool CsvParser::isLiteralQuote(size_t offset) const
{
    for (const size_t literal : m_literalQuotes) {
        if (literal == offset)
            return true;
    }
    return false;
}

CsvParser::RunawayQuote CsvParser::findRunawayQuote(size_t start, size_t limit) const
{
    // Walks the record as parseRecord() does, up to its first line break: a line break inside a
    // record is always inside a quoted cell, and that cell's quote is the one that ran away.
    const char *b = m_buf.data();
    const size_t end = std::min(limit, m_size);
    RunawayQuote open;
    bool inQuote = false;
    int column = 1;
    uint32_t line = m_line;
    for (size_t p = start; p < end; ++p) {
        const char c = b[p];
        if (inQuote) {
            if (c == '"') {
                const char e = p + 1 < end ? b[p + 1] : '\0';
                if (e == ',' || e == '\n' || e == '\r')
                    inQuote = false;
                else if (e == '"')
                    ++p;
            } else if (c == '\n' || c == '\r') {
                return open;
            }
            continue;
        }
        if (c == ',') {
            ++column;
        } else if (c == '"' && (p == start || b[p - 1] == ',') && !isLiteralQuote(p - start)) {
            inQuote = true;
            open = {p - start, line, column};
        } else if (c == '\n' || c == '\r') {
            break;
        }
    }
    return {};
}

void CsvParser::emitRecord(uint32_t line)
{
    const char *base = m_buf.data() + m_recordStart;
    m_cells.resize(m_spans.size());
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const CellSpan &s = m_spans[i];
        m_cells[i] = std::string_view((s.inScratch ? m_scratch.data() : base) + s.begin, s.length);
    }
    for (const PendingProblem &pp : m_problems)
        m_handler.problem(pp.kind, pp.line, pp.column, m_cells[size_t(pp.column - 1)]);
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (!m_spans[i].checkUtf8)
            continue;
        const ptrdiff_t bad = invalidUtf8Offset(m_cells[i]);
        if (bad >= 0) {
            const std::string hex = hexByte(uint8_t(m_cells[i][size_t(bad)]));
            m_handler.problem(CsvProblem::InvalidUtf8, m_spans[i].line, int(i + 1), hex);
        }
    }
    m_handler.record(m_cells.data(), int(m_cells.size()), line);
}

ptrdiff_t CsvParser::invalidUtf8Offset(std::string_view text)
{
    const auto *s = reinterpret_cast<const uint8_t *>(text.data());
    const size_t n = text.size();
    size_t i = 0;
    while (i < n) {
        const uint8_t c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len;
        uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return ptrdiff_t(i);
        }
        if (i + len > n)
            return ptrdiff_t(i);
        for (size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return ptrdiff_t(i);
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))
            || (cp >= 0xD800 && cp <= 0xDFFF))
            return ptrdiff_t(i);
        i += len;
    }
    return -1;
}

} // namespace rb
