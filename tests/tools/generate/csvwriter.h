#pragma once

#include <QByteArray>

#include <cstdint>
#include <string_view>

class QIODevice;

namespace rb {

// Writes CSV rows (RFC 4180, LF line ends, UTF-8) to a device through a buffer of its own, so a
// file of any size is streamed with a constant amount of memory. Rows are never split between
// two writes to the device, so the row being built can still be changed until endRow().
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // A whole line as it is, without its line end (the header).
    void line(std::string_view text);

    // A cell, in quotes when it holds a comma, a quote or a line break (quotes doubled).
    void cell(std::string_view text);
    // A cell written exactly as given: no quoting. For planted defects.
    void rawCell(std::string_view text);
    void cell(bool value) { rawCell(value ? std::string_view("true") : std::string_view("false")); }
    // prefix followed by number, zero-padded to `width` digits: "SCH" 7 3 → SCH007.
    void idCell(std::string_view prefix, uint64_t number, int width = 0);
    void numberCell(uint64_t number, int width = 0) { idCell({}, number, width); }
    // `count` empty cells.
    void emptyCells(int count);
    // A cell of ids joined by commas, in quotes when more than one.
    void idListCell(std::string_view prefix, const uint64_t *numbers, int count, int width = 0);

    // Ends the row. With dropLastCell, the row loses its last cell and the comma before it.
    void endRow(bool dropLastCell = false);

    // Writes what is buffered. False once any write to the device has failed.
    bool flush();
    bool ok() const { return m_ok; }

    // Data rows ended since construction (line() does not count), and bytes written or buffered.
    uint64_t rows() const { return m_rows; }
    uint64_t bytes() const { return m_written + uint64_t(m_buffer.size()); }

    static void appendNumber(QByteArray &out, uint64_t number, int width = 0);

private:
    void separator();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_lastSeparator = -1; // position of the comma before the row's last cell
    bool m_rowStarted = false;
    bool m_ok = true;
    uint64_t m_rows = 0;
    uint64_t m_written = 0;
};

} // namespace rb
