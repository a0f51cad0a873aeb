#pragma once

#include "validation/finding.h"

#include <array>
#include <optional>
#include <span>
#include <vector>

namespace rb {

// Which findings sit on which record and cell, for the review window's tables. Kept sparse (only
// rows with findings cost anything), so a clean million-row table costs nothing.
class FindingIndex final
{
public:
    void build(const FindingList &findings);

    // The findings on a row of a table, as indexes into the FindingList, in its order.
    std::vector<uint32_t> findingsOnRow(FileKind kind, uint32_t row) const;
    // The findings on one cell (`column` is the file's 0-based column).
    std::vector<uint32_t> findingsOnCell(FileKind kind, uint32_t row, int column) const;
    // The worst severity among the findings on a row, or on a cell.
    std::optional<Severity> worstOnRow(FileKind kind, uint32_t row) const;
    std::optional<Severity> worstOnCell(FileKind kind, uint32_t row, int column) const;

    // One byte per row of a table of `rowCount` rows: 1 where the row has a finding of one of
    // the severities in `severities` (a bit per Severity).
    std::vector<uint8_t> rowMask(FileKind kind, size_t rowCount, unsigned severities) const;
    static constexpr unsigned AllSeverities = (1u << SeverityCount) - 1;

    // Rows of a table with at least one finding.
    size_t rowsWithFindings(FileKind kind) const;

private:
    struct Entry
    {
        uint32_t row;
        uint32_t finding;
        int16_t column; // 0-based file column, -1 for the whole row
        Severity severity;
    };
    std::span<const Entry> entriesOf(FileKind kind, uint32_t row) const;

    std::array<std::vector<Entry>, KnownFileKindCount> m_entries; // sorted by row
};

} // namespace rb
