#include "csvwriter.h"

#include <QIODevice>

namespace rb {

namespace {

constexpr qsizetype FlushBytes = 1 << 20;

bool needsQuotes(std::string_view text)
{
    for (const char c : text) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r')
            return true;
    }
    return false;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device) : m_device(device)
{
    m_buffer.reserve(FlushBytes + 64 * 1024);
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::line(std::string_view text)
{
    m_buffer.append(text.data(), qsizetype(text.size()));
    m_buffer.append('\n');
}

void CsvWriter::separator()
{
    if (m_rowStarted) {
        m_lastSeparator = m_buffer.size();
        m_buffer.append(',');
    }
    m_rowStarted = true;
}

void CsvWriter::cell(std::string_view text)
{
    separator();
    if (!needsQuotes(text)) {
        m_buffer.append(text.data(), qsizetype(text.size()));
        return;
    }
    m_buffer.append('"');
    for (const char c : text) {
        if (c == '"')
            m_buffer.append('"');
        m_buffer.append(c);
    }
    m_buffer.append('"');
}

void CsvWriter::rawCell(std::string_view text)
{
    separator();
    m_buffer.append(text.data(), qsizetype(text.size()));
}

void CsvWriter::appendNumber(QByteArray &out, uint64_t number, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + number % 10);
        number /= 10;
    } while (number != 0);
    while (n < width && n < int(sizeof digits))
        digits[n++] = '0';
    while (n > 0)
        out.append(digits[--n]);
}

void CsvWriter::idCell(std::string_view prefix, uint64_t number, int width)
{
    separator();
    m_buffer.append(prefix.data(), qsizetype(prefix.size()));
    appendNumber(m_buffer, number, width);
}

void CsvWriter::emptyCells(int count)
{
    for (int i = 0; i < count; ++i)
        separator();
}

void CsvWriter::idListCell(std::string_view prefix, const uint64_t *numbers, int count, int width)
{
    separator();
    if (count > 1)
        m_buffer.append('"');
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            m_buffer.append(',');
        m_buffer.append(prefix.data(), qsizetype(prefix.size()));
        appendNumber(m_buffer, numbers[i], width);
    }
    if (count > 1)
        m_buffer.append('"');
}

void CsvWriter::endRow(bool dropLastCell)
{
    if (dropLastCell && m_lastSeparator >= 0)
        m_buffer.truncate(m_lastSeparator);
    m_buffer.append('\n');
    m_rowStarted = false;
    m_lastSeparator = -1;
    ++m_rows;
    if (m_buffer.size() >= FlushBytes)
        flush();
}

bool CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return m_ok;
    if (m_ok && m_device->write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_written += uint64_t(m_buffer.size());
    m_buffer.resize(0); // keeps the capacity, unlike clear()
    return m_ok;
}

} // namespace rb
