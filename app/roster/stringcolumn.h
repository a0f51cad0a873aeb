#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace rb {

// One column of a roster table, dictionary-encoded: each distinct cell value is stored once in the
// column's dictionary and each row holds a small code into it. Codes start one byte wide and widen
// to two and four bytes as the dictionary grows, so a column of a few distinct values (status, role,
// a school id) costs one byte a row. Code 0 is always the empty string.
//
// A column whose values are nearly all different (an enrollment's sourcedId, an email) gains
// nothing from sharing them, so it can be switched to plain storage: each row then gets an entry of
// its own and no lookup is kept (see storePlainly()).
//
// Appending is single-threaded; reading is safe from any number of threads once loading is done.
class StringColumn final
{
public:
    static constexpr uint32_t EmptyCode = 0;
    static constexpr uint32_t NoCode = UINT32_MAX;

    StringColumn();

    // Appends a row holding `value` and returns its code. `isNew` tells whether the value was new to
    // this column's dictionary.
    uint32_t append(std::string_view value, bool *isNew = nullptr);

    // Appends `count` rows at once. Faster than one append() a row on large columns: the hash
    // table slots are fetched from memory ahead of use.
    void appendBatch(const std::string_view *values, size_t count);

    size_t rowCount() const { return m_rowCount; }
    // Entries in the dictionary: the distinct values, or for plain storage one per non-blank row.
    uint32_t distinctCount() const { return uint32_t(m_offsets.size() - 1); }

    // From now on, stores each value as it comes, without looking for an equal one. Codes stay
    // valid; find() no longer finds anything.
    void storePlainly();
    bool isPlain() const { return m_plain; }
    // Reserves room for `rows` rows in all, so growing never copies.
    void reserveRows(size_t rows);

    uint32_t code(size_t row) const
    {
        switch (m_width) {
        case 1: return m_codes8[row];
        case 2: return m_codes16[row];
        default: return m_codes32[row];
        }
    }
    std::string_view text(uint32_t code) const
    {
        return {m_bytes.data() + m_offsets[code], size_t(m_offsets[code + 1] - m_offsets[code])};
    }
    std::string_view at(size_t row) const { return text(code(row)); }
    bool isEmpty(size_t row) const { return code(row) == EmptyCode; }

    // The code of `value`, or NoCode when no row holds it. Available until dropLookup().
    uint32_t find(std::string_view value) const;
    bool hasLookup() const { return !m_slots.empty(); }
    // Frees the hash table used while appending; text(), code() and at() keep working, and a
    // later append() builds it again.
    void dropLookup();
    // Frees spare capacity once loading is done.
    void shrink();

    // Bytes held by this column (codes, dictionary, lookup).
    size_t memoryUsage() const;
    // Total bytes in the dictionary's values.
    size_t dictionaryBytes() const { return m_bytes.size(); }

    // Visits each row's code in order, without the per-row width switch.
    template<typename F>
    void forEachCode(F &&visit) const
    {
        switch (m_width) {
        case 1: for (size_t r = 0; r < m_rowCount; ++r) visit(r, uint32_t(m_codes8[r])); break;
        case 2: for (size_t r = 0; r < m_rowCount; ++r) visit(r, uint32_t(m_codes16[r])); break;
        default: for (size_t r = 0; r < m_rowCount; ++r) visit(r, m_codes32[r]); break;
        }
    }

    static uint64_t hash(std::string_view value);

private:
    uint32_t insert(std::string_view value, uint64_t h, bool *isNew);
    uint32_t addEntry(std::string_view value);
    void pushCode(uint32_t code);
    void widen();
    void rehash(size_t slotCount);

    std::vector<char> m_bytes;
    std::vector<uint32_t> m_offsets; // distinctCount()+1 entries
    // Open addressing: each slot holds (hash tag << 32) | (code + 1); 0 is an empty slot.
    std::vector<uint64_t> m_slots;
    size_t m_mask = 0;

    std::vector<uint8_t> m_codes8;
    std::vector<uint16_t> m_codes16;
    std::vector<uint32_t> m_codes32;
    int m_width = 1;
    size_t m_rowCount = 0;
    size_t m_reservedRows = 0;
    bool m_plain = false;
};

} // namespace rb
