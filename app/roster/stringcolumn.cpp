#include "stringcolumn.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace rb {

namespace {

inline uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

constexpr size_t InitialSlots = 64;

} // namespace

StringColumn::StringColumn()
{
    m_offsets.reserve(16);
    m_offsets.push_back(0);
    m_offsets.push_back(0); // code 0: the empty string
    rehash(InitialSlots); // enters code 0, the empty string, in the lookup
}

uint64_t StringColumn::hash(std::string_view value)
{
    const char *p = value.data();
    size_t n = value.size();
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ (n * 0x100000001b3ULL);
    while (n >= 8) {
        uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ mix(w)) * 0x9e3779b97f4a7c15ULL;
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        uint64_t w = 0;
        std::memcpy(&w, p, n);
        h = (h ^ mix(w ^ (uint64_t(n) << 59))) * 0x9e3779b97f4a7c15ULL;
    }
    return mix(h);
}

uint32_t StringColumn::append(std::string_view value, bool *isNew)
{
    uint32_t c;
    if (value.empty()) {
        c = EmptyCode;
        if (isNew)
            *isNew = false;
    } else if (m_plain) {
        c = addEntry(value);
        if (isNew)
            *isNew = true;
    } else {
        c = insert(value, hash(value), isNew);
    }
    pushCode(c);
    return c;
}

void StringColumn::appendBatch(const std::string_view *values, size_t count)
{
    if (m_plain) {
        for (size_t i = 0; i < count; ++i)
            pushCode(values[i].empty() ? EmptyCode : addEntry(values[i]));
        return;
    }
    constexpr size_t Ahead = 12;
    thread_local std::vector<uint64_t> hashes;
    hashes.resize(count);
    for (size_t i = 0; i < count; ++i)
        hashes[i] = values[i].empty() ? 0 : hash(values[i]);
    for (size_t i = 0; i < count; ++i) {
        if (i + Ahead < count && !m_slots.empty())
            __builtin_prefetch(&m_slots[size_t(uint32_t(hashes[i + Ahead])) & m_mask]);
        pushCode(values[i].empty() ? EmptyCode : insert(values[i], hashes[i], nullptr));
    }
}

uint32_t StringColumn::insert(std::string_view value, uint64_t h, bool *isNew)
{
    // A slot keeps the low 32 bits of the hash beside the code: they place the value in the
    // table and reject most mismatches without touching the dictionary.
    if (m_slots.empty()) {
        // Appending again after dropLookup(): rebuild the lookup from the dictionary. Only plain
        // storage lacks one for good, and it never comes here.
        size_t slots = InitialSlots;
        while (slots < size_t(distinctCount()) * 2 + 2)
            slots *= 2;
        rehash(slots);
    }
    const uint64_t tag = h << 32;
    size_t i = size_t(uint32_t(h)) & m_mask;
    for (;;) {
        const uint64_t s = m_slots[i];
        if (s == 0)
            break;
        if ((s & 0xffffffff00000000ULL) == tag) {
            const uint32_t c = uint32_t(s) - 1;
            if (text(c) == value) {
                if (isNew)
                    *isNew = false;
                return c;
            }
        }
        i = (i + 1) & m_mask;
    }
    const uint32_t c = addEntry(value);
    m_slots[i] = tag | (uint64_t(c) + 1);
    if (isNew)
        *isNew = true;
    // Linear probing stays short up to 70 % full thanks to the hash bits kept in each slot.
    if (size_t(distinctCount()) * 10 > m_slots.size() * 7)
        rehash(m_slots.size() * 2);
    return c;
}

uint32_t StringColumn::addEntry(std::string_view value)
{
    const size_t newSize = m_bytes.size() + value.size();
    if (newSize > UINT32_MAX)
        throw std::length_error("column dictionary larger than 4 GiB");
    m_bytes.insert(m_bytes.end(), value.begin(), value.end());
    m_offsets.push_back(uint32_t(newSize));
    return distinctCount() - 1;
}

void StringColumn::storePlainly()
{
    m_plain = true;
    dropLookup();
}

void StringColumn::reserveRows(size_t rows)
{
    m_reservedRows = rows;
    switch (m_width) {
    case 1: m_codes8.reserve(rows); break;
    case 2: m_codes16.reserve(rows); break;
    default: m_codes32.reserve(rows); break;
    }
    if (m_plain && m_rowCount > 0) {
        // Plain storage grows with the rows: reserve in proportion to what came so far.
        m_offsets.reserve(size_t(double(m_offsets.size()) * double(rows) / double(m_rowCount)) + 1);
        m_bytes.reserve(size_t(double(m_bytes.size()) * double(rows) / double(m_rowCount)) + 1);
    }
}

uint32_t StringColumn::find(std::string_view value) const
{
    if (m_slots.empty())
        return NoCode;
    const uint64_t h = hash(value);
    const uint64_t tag = h << 32;
    size_t i = size_t(uint32_t(h)) & m_mask;
    for (;;) {
        const uint64_t s = m_slots[i];
        if (s == 0)
            return NoCode;
        if ((s & 0xffffffff00000000ULL) == tag && text(uint32_t(s) - 1) == value)
            return uint32_t(s) - 1;
        i = (i + 1) & m_mask;
    }
}

void StringColumn::rehash(size_t slotCount)
{
    std::vector<uint64_t> slots(slotCount, 0);
    const size_t mask = slotCount - 1;
    if (m_slots.empty()) {
        // The first table: enter the values already in the dictionary (the empty string).
        for (uint32_t c = 0; c < distinctCount(); ++c) {
            const uint64_t h = hash(text(c));
            size_t i = size_t(uint32_t(h)) & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = (h << 32) | (uint64_t(c) + 1);
        }
    } else {
        // Growing: each slot carries its hash bits, so no value is read or hashed again.
        for (const uint64_t s : m_slots) {
            if (s == 0)
                continue;
            size_t i = size_t(s >> 32) & mask;
            while (slots[i] != 0)
                i = (i + 1) & mask;
            slots[i] = s;
        }
    }
    m_slots = std::move(slots);
    m_mask = mask;
}

void StringColumn::pushCode(uint32_t c)
{
    const uint32_t limit = m_width == 1 ? 0xffu : m_width == 2 ? 0xffffu : 0xffffffffu;
    if (c > limit)
        widen(); // codes grow one at a time, so one step always suffices
    switch (m_width) {
    case 1: m_codes8.push_back(uint8_t(c)); break;
    case 2: m_codes16.push_back(uint16_t(c)); break;
    default: m_codes32.push_back(c); break;
    }
    ++m_rowCount;
}

void StringColumn::widen()
{
    if (m_width == 1) {
        m_codes16.reserve(std::max({m_codes8.capacity(), m_reservedRows, size_t(1024)}));
        m_codes16.assign(m_codes8.begin(), m_codes8.end());
        std::vector<uint8_t>().swap(m_codes8);
        m_width = 2;
    } else if (m_width == 2) {
        m_codes32.reserve(std::max({m_codes16.capacity(), m_reservedRows, size_t(1024)}));
        m_codes32.assign(m_codes16.begin(), m_codes16.end());
        std::vector<uint16_t>().swap(m_codes16);
        m_width = 4;
    }
}

void StringColumn::dropLookup()
{
    std::vector<uint64_t>().swap(m_slots);
    m_mask = 0;
}

void StringColumn::shrink()
{
    m_bytes.shrink_to_fit();
    m_offsets.shrink_to_fit();
    m_codes8.shrink_to_fit();
    m_codes16.shrink_to_fit();
    m_codes32.shrink_to_fit();
}

size_t StringColumn::memoryUsage() const
{
    return m_bytes.capacity() + m_offsets.capacity() * sizeof(uint32_t)
        + m_slots.capacity() * sizeof(uint64_t) + m_codes8.capacity()
        + m_codes16.capacity() * sizeof(uint16_t) + m_codes32.capacity() * sizeof(uint32_t);
}

} // namespace rb
