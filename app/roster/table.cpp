#include "table.h"

#include <algorithm>

namespace rb {

Table::Table(FileKind kind, const QString &entryName)
    : m_kind(kind)
    , m_entryName(entryName)
    , m_present(true)
{
}

void Table::setHeader(const QByteArrayList &cells, std::vector<int> fieldColumns)
{
    m_headerCells = cells;
    m_fieldColumns = std::move(fieldColumns);
    m_columns.clear();
    m_columns.resize(size_t(cells.size()));
}

void Table::appendRow(const std::string_view *cells, int cellCount, uint32_t line)
{
    const uint32_t row = uint32_t(m_rowCount);
    if (line != lineOf(row))
        m_lineShifts.emplace_back(row, line);
    const int n = std::min(cellCount, columnCount());
    for (int c = 0; c < n; ++c)
        m_columns[size_t(c)].append(cells[c]);
    for (int c = n; c < columnCount(); ++c)
        m_columns[size_t(c)].append({});
    ++m_rowCount;
}

void Table::appendColumns(const std::vector<std::vector<std::string_view>> &columns,
                          const uint32_t *lines, size_t rowCount)
{
    for (size_t i = 0; i < rowCount; ++i) {
        const uint32_t row = uint32_t(m_rowCount + i);
        if (lines[i] != lineOf(row))
            m_lineShifts.emplace_back(row, lines[i]);
    }
    for (size_t c = 0; c < m_columns.size(); ++c)
        m_columns[c].appendBatch(columns[c].data(), rowCount);
    m_rowCount += rowCount;
}

bool Table::isReferencedKey(int col) const
{
    return col == columnForField(0)
        && (m_kind == FileKind::Orgs || m_kind == FileKind::Users || m_kind == FileKind::Classes
            || m_kind == FileKind::Demographics || m_kind == FileKind::Manifest);
}

void Table::planStorage(size_t rows)
{
    for (int c = 0; c < columnCount(); ++c) {
        StringColumn &column = m_columns[size_t(c)];
        if (!isReferencedKey(c) && !column.isPlain() && column.rowCount() >= 1000
            && size_t(column.distinctCount()) * 10 >= column.rowCount() * 9)
            column.storePlainly();
        column.reserveRows(rows);
    }
}

uint32_t Table::lineOf(size_t row) const
{
    if (m_lineShifts.empty() || row < m_lineShifts.front().first)
        return uint32_t(row + 2);
    auto it = std::upper_bound(m_lineShifts.begin(), m_lineShifts.end(), uint32_t(row),
                               [](uint32_t r, const auto &shift) { return r < shift.first; });
    --it;
    return it->second + uint32_t(row - it->first);
}

uint32_t Table::rowAtLine(uint32_t line) const
{
    if (line < 2 || m_rowCount == 0)
        return NoRow;
    // lineOf() is strictly increasing in row, so a binary search finds it.
    size_t lo = 0, hi = m_rowCount;
    while (lo < hi) {
        const size_t mid = lo + (hi - lo) / 2;
        if (lineOf(mid) < line)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < m_rowCount && lineOf(lo) == line ? uint32_t(lo) : NoRow;
}

void Table::buildIdIndex()
{
    m_firstRowOfId.clear();
    const int col = columnForField(0);
    if (col < 0)
        return;
    const StringColumn &ids = m_columns[size_t(col)];
    m_firstRowOfId.assign(ids.distinctCount(), NoRow);
    ids.forEachCode([this](size_t row, uint32_t code) {
        if (m_firstRowOfId[code] == NoRow)
            m_firstRowOfId[code] = uint32_t(row);
    });
}

uint32_t Table::rowForId(std::string_view id) const
{
    const int col = columnForField(0);
    if (col < 0 || id.empty())
        return NoRow;
    const StringColumn &ids = m_columns[size_t(col)];
    if (ids.hasLookup())
        return rowForIdCode(ids.find(id));
    // Plain storage (enrollments): no lookup is kept, so look through the rows.
    for (size_t row = 0; row < m_rowCount; ++row) {
        if (ids.at(row) == id)
            return uint32_t(row);
    }
    return NoRow;
}

void Table::finishLoading()
{
    for (StringColumn &column : m_columns)
        column.shrink();
    m_lineShifts.shrink_to_fit();
}

size_t Table::memoryUsage() const
{
    size_t total = m_lineShifts.capacity() * sizeof(m_lineShifts[0])
        + m_firstRowOfId.capacity() * sizeof(uint32_t);
    for (const StringColumn &column : m_columns)
        total += column.memoryUsage();
    return total;
}

} // namespace rb
