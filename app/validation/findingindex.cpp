#include "findingindex.h"

#include <algorithm>

namespace rb {

void FindingIndex::build(const FindingList &findings)
{
    for (auto &entries : m_entries)
        entries.clear();
    for (size_t i = 0; i < findings.size(); ++i) {
        const Finding &f = findings.at(i);
        if (f.row == Finding::NoRow || size_t(f.kind) >= m_entries.size())
            continue;
        m_entries[size_t(f.kind)].push_back(
            {f.row, uint32_t(i), int16_t(int(f.column) - 1), RuleCatalogue::severity(f.rule)});
    }
    // Findings come ordered by line, which is row order except across multi-line records; a
    // stable sort keeps the list's order within a row.
    for (auto &entries : m_entries) {
        std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.row < b.row; });
        entries.shrink_to_fit();
    }
}

std::span<const FindingIndex::Entry> FindingIndex::entriesOf(FileKind kind, uint32_t row) const
{
    if (size_t(kind) >= m_entries.size())
        return {};
    const std::vector<Entry> &entries = m_entries[size_t(kind)];
    const auto begin = std::lower_bound(entries.begin(), entries.end(), row,
                                        [](const Entry &e, uint32_t r) { return e.row < r; });
    auto end = begin;
    while (end != entries.end() && end->row == row)
        ++end;
    return {begin, end};
}

std::vector<uint32_t> FindingIndex::findingsOnRow(FileKind kind, uint32_t row) const
{
    std::vector<uint32_t> out;
    for (const Entry &e : entriesOf(kind, row))
        out.push_back(e.finding);
    return out;
}

std::vector<uint32_t> FindingIndex::findingsOnCell(FileKind kind, uint32_t row, int column) const
{
    std::vector<uint32_t> out;
    for (const Entry &e : entriesOf(kind, row)) {
        if (e.column == column)
            out.push_back(e.finding);
    }
    return out;
}

namespace {

// Severities in order of weight: a hold stops a whole school, so it outranks an alert.
int weight(Severity s)
{
    switch (s) {
    case Severity::Error: return 3;
    case Severity::Hold: return 2;
    case Severity::Alert: return 1;
    case Severity::Info: return 0;
    }
    return 0;
}

} // namespace

std::optional<Severity> FindingIndex::worstOnRow(FileKind kind, uint32_t row) const
{
    std::optional<Severity> worst;
    for (const Entry &e : entriesOf(kind, row)) {
        if (!worst || weight(e.severity) > weight(*worst))
            worst = e.severity;
    }
    return worst;
}

std::optional<Severity> FindingIndex::worstOnCell(FileKind kind, uint32_t row, int column) const
{
    std::optional<Severity> worst;
    for (const Entry &e : entriesOf(kind, row)) {
        if (e.column == column && (!worst || weight(e.severity) > weight(*worst)))
            worst = e.severity;
    }
    return worst;
}

std::vector<uint8_t> FindingIndex::rowMask(FileKind kind, size_t rowCount, unsigned severities) const
{
    std::vector<uint8_t> mask(rowCount, 0);
    if (size_t(kind) >= m_entries.size())
        return mask;
    for (const Entry &e : m_entries[size_t(kind)]) {
        if (e.row < rowCount && (severities & (1u << unsigned(e.severity))))
            mask[e.row] = 1;
    }
    return mask;
}

size_t FindingIndex::rowsWithFindings(FileKind kind) const
{
    if (size_t(kind) >= m_entries.size())
        return 0;
    size_t n = 0;
    uint32_t last = Finding::NoRow;
    for (const Entry &e : m_entries[size_t(kind)]) {
        if (e.row != last)
            ++n;
        last = e.row;
    }
    return n;
}

} // namespace rb
