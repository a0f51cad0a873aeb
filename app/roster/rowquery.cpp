#include "rowquery.h"

#include "util/progress.h"
#include "util/text.h"
#include "util/workerpool.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <iterator>
#include <cstring>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <type_traits>

namespace rb {

namespace {

// Rows (or distinct values) handled between two looks at the cancel flag: a few milliseconds.
constexpr size_t Block = 65536;

bool isCancelled(const Progress *progress)
{
    return progress && progress->isCancelled();
}

int threadCount()
{
    return std::max(1, QThread::idealThreadCount());
}

// Runs work(i) for every i below `count` on the global thread pool. The calling thread takes part
// (QtConcurrent's blocking calls do), so this is safe from a pool thread as well.
template<typename F>
void runParallel(size_t count, F &&work)
{
    if (count == 0)
        return;
    if (count == 1 || threadCount() == 1) {
        for (size_t i = 0; i < count; ++i)
            work(i);
        return;
    }
    std::vector<size_t> tasks(count);
    std::iota(tasks.begin(), tasks.end(), size_t(0));
    QtConcurrent::blockingMap(workerPool(), tasks, [&work](size_t i) { work(i); });
}

size_t blockCount(size_t count)
{
    return (count + Block - 1) / Block;
}

// Runs work(block, begin, end) over [0, count) cut in blocks of `Block`, in parallel; once
// cancelled, the blocks not yet started are skipped.
template<typename F>
void forBlocks(size_t count, const Progress *progress, F &&work)
{
    runParallel(blockCount(count), [&](size_t b) {
        if (!isCancelled(progress))
            work(b, b * Block, std::min(count, (b + 1) * Block));
    });
}

std::vector<uint32_t> concatenate(const std::vector<std::vector<uint32_t>> &parts)
{
    size_t total = 0;
    for (const auto &part : parts)
        total += part.size();
    std::vector<uint32_t> out;
    out.reserve(total);
    for (const auto &part : parts)
        out.insert(out.end(), part.begin(), part.end());
    return out;
}

std::vector<uint32_t> allRows(size_t count)
{
    std::vector<uint32_t> rows(count);
    std::iota(rows.begin(), rows.end(), uint32_t(0));
    return rows;
}

// ASCII letters folded to lower case; every other byte, UTF-8 ones included, stays as it is.
// Folding to lower case, as strcasecmp does, puts "_" and "[" before the letters.
constexpr std::array<uint8_t, 256> makeFoldTable()
{
    std::array<uint8_t, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = uint8_t(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return table;
}
constexpr std::array<uint8_t, 256> Fold = makeFoldTable();

inline uint8_t fold(char c)
{
    return Fold[uint8_t(c)];
}

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

// ---- Comparing cells -------------------------------------------------------------------------

bool isNumber(std::string_view s)
{
    if (s.empty())
        return false;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

std::string_view withoutLeadingZeros(std::string_view digits)
{
    const size_t first = digits.find_first_not_of('0');
    return first == std::string_view::npos ? std::string_view() : digits.substr(first);
}

// Two all-digit cells as numbers of any length.
int compareNumbers(std::string_view a, std::string_view b)
{
    a = withoutLeadingZeros(a);
    b = withoutLeadingZeros(b);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

int compareFolded(std::string_view a, std::string_view b)
{
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        const uint8_t x = fold(a[i]);
        const uint8_t y = fold(b[i]);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
}

// The order of two non-blank cells, ascending: numbers first, then text.
int compareValues(std::string_view a, std::string_view b)
{
    const bool na = isNumber(a);
    const bool nb = isNumber(b);
    if (na != nb)
        return na ? -1 : 1;
    return na ? compareNumbers(a, b) : compareFolded(a, b);
}

size_t commonFoldedPrefix(std::string_view a, std::string_view b, size_t limit)
{
    const size_t n = std::min({a.size(), b.size(), limit});
    size_t i = 0;
    while (i < n && fold(a[i]) == fold(b[i]))
        ++i;
    return i;
}

// ---- Sorting ---------------------------------------------------------------------------------
//
// Each non-blank value becomes an item whose 64-bit key orders it as far as its first eight
// bytes go: a number's value, or eight case-folded bytes of text read big-endian. Most
// comparisons then touch only the item; where keys tie and the values go on, the tied run is
// sorted again on the next eight bytes. Text is keyed after the prefix all text values share
// ("E1000001", "E1000002"...), or every sourcedId would tie on its first bytes.

enum : uint8_t { NumberKind = 0, TextKind = 1 };

// `tail` value telling that the value goes on past the key's eight bytes (or, for a number,
// that it has more than 19 digits and the key only saturates).
constexpr uint8_t GoesOn = 9;

struct SortItem
{
    uint64_t key;
    uint32_t id;   // a row, or a dictionary code
    uint8_t kind;  // numbers sort before text
    uint8_t tail;  // text: bytes left from the key's start, at most GoesOn; numbers: 0 or GoesOn
};
static_assert(std::is_trivial_v<SortItem>);

uint64_t textKey(std::string_view s, size_t depth)
{
    if (s.size() <= depth)
        return 0;
    const size_t end = std::min(s.size(), depth + 8);
    uint64_t key = 0;
    for (size_t i = depth; i < end; ++i)
        key = (key << 8) | fold(s[i]);
    return key << (8 * (depth + 8 - end));
}

// Keys `item` as text from byte `depth` on. Two values with equal keys and equal tails below
// GoesOn are equal: the tail tells a value that ends ("ab") from one going on with zero bytes.
void keyText(SortItem &item, std::string_view s, size_t depth)
{
    item.key = textKey(s, depth);
    item.tail = uint8_t(std::min<size_t>(s.size() - depth, GoesOn));
}

void keyNumber(SortItem &item, std::string_view s)
{
    const std::string_view digits = withoutLeadingZeros(s);
    if (digits.size() > 19) {
        // Beyond every 19-digit value; ties among such numbers are settled digit by digit.
        item.key = UINT64_MAX;
        item.tail = GoesOn;
        return;
    }
    uint64_t value = 0;
    for (const char c : digits)
        value = value * 10 + uint64_t(c - '0');
    item.key = value;
    item.tail = 0;
}

// Items in sort order; equal values keep the order of their ids (file order for rows).
template<bool Descending>
struct Before
{
    static bool less(uint64_t a, uint64_t b) { return Descending ? b < a : a < b; }
    bool operator()(const SortItem &a, const SortItem &b) const
    {
        if (a.kind != b.kind)
            return less(a.kind, b.kind);
        if (a.key != b.key)
            return less(a.key, b.key);
        if (a.tail != b.tail)
            return less(a.tail, b.tail);
        return a.id < b.id;
    }
};

bool sameKey(const SortItem &a, const SortItem &b)
{
    return a.kind == b.kind && a.key == b.key && a.tail == b.tail;
}

// Gives each item (whose id is set) its kind and key. Returns the length of the prefix all text
// values share, the depth their keys start at.
template<typename TextOf>
size_t keyItems(SortItem *items, size_t count, const TextOf &textOf, const Progress *progress)
{
    const size_t blocks = blockCount(count);
    std::vector<std::string_view> firstText(blocks);
    std::vector<size_t> shared(blocks, 0);
    std::vector<uint8_t> hasText(blocks, 0);
    forBlocks(count, progress, [&](size_t b, size_t begin, size_t end) {
        std::string_view first;
        size_t length = 0;
        bool any = false;
        for (size_t i = begin; i < end; ++i) {
            const std::string_view s = textOf(items[i].id);
            if (isNumber(s)) {
                items[i].kind = NumberKind;
                continue;
            }
            items[i].kind = TextKind;
            if (!any) {
                first = s;
                length = s.size();
                any = true;
            } else if (length > 0) {
                length = commonFoldedPrefix(first, s, length);
            }
        }
        firstText[b] = first;
        shared[b] = length;
        hasText[b] = any;
    });
    if (isCancelled(progress))
        return 0;

    // Every value of block b shares shared[b] bytes with firstText[b], so what all share is the
    // least of those and of each firstText's prefix in common with the first block's.
    size_t depth = 0;
    std::string_view reference;
    bool any = false;
    for (size_t b = 0; b < blocks; ++b) {
        if (!hasText[b])
            continue;
        if (!any) {
            reference = firstText[b];
            depth = shared[b];
            any = true;
        } else {
            depth = std::min(shared[b], commonFoldedPrefix(reference, firstText[b], depth));
        }
    }

    forBlocks(count, progress, [&](size_t, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            const std::string_view s = textOf(items[i].id);
            if (items[i].kind == NumberKind)
                keyNumber(items[i], s);
            else
                keyText(items[i], s, depth);
        }
    });
    return depth;
}

// The number of items taken from `a` among the first k of merging a and b.
template<typename Less>
size_t mergeSplit(const SortItem *a, size_t na, const SortItem *b, size_t nb, size_t k, Less before)
{
    size_t lo = k > nb ? k - nb : 0;
    size_t hi = std::min(k, na);
    while (lo < hi) {
        const size_t i = lo + (hi - lo) / 2;
        if (before(a[i], b[k - i - 1]))
            lo = i + 1;
        else
            hi = i;
    }
    return lo;
}

// Sorts `items` with a merge sort over the cores: chunks sorted in parallel, then merged pairwise,
// each merge cut into pieces that run in parallel too, so the last merge keeps both cores busy.
// Returns the array holding the result (`items` or `spare`), or nullptr when cancelled.
template<typename Less>
SortItem *parallelSort(SortItem *items, SortItem *spare, size_t n, Less before,
                       const Progress *progress)
{
    const size_t threads = size_t(threadCount());
    size_t chunks = 1;
    while (chunks * 2 <= 4 * threads && n / (chunks * 2) >= Block)
        chunks *= 2;
    std::vector<size_t> bounds(chunks + 1);
    for (size_t c = 0; c <= chunks; ++c)
        bounds[c] = n * c / chunks;
    runParallel(chunks, [&](size_t c) {
        if (!isCancelled(progress))
            std::sort(items + bounds[c], items + bounds[c + 1], before);
    });
    if (isCancelled(progress))
        return nullptr;

    struct Piece
    {
        const SortItem *a, *aEnd, *b, *bEnd;
        SortItem *out;
    };
    SortItem *from = items;
    SortItem *to = spare;
    for (size_t width = 1; width < chunks; width *= 2) {
        const size_t merges = chunks / (2 * width);
        const size_t piecesPerMerge = std::max<size_t>(1, 2 * threads / merges);
        std::vector<Piece> pieces;
        for (size_t m = 0; m < merges; ++m) {
            const size_t lo = bounds[2 * width * m];
            const size_t mid = bounds[2 * width * m + width];
            const size_t hi = bounds[2 * width * (m + 1)];
            const SortItem *a = from + lo;
            const SortItem *b = from + mid;
            const size_t na = mid - lo;
            const size_t nb = hi - mid;
            size_t doneK = 0, doneA = 0;
            for (size_t p = 1; p <= piecesPerMerge; ++p) {
                const size_t k = (na + nb) * p / piecesPerMerge;
                const size_t takeA = p == piecesPerMerge ? na : mergeSplit(a, na, b, nb, k, before);
                pieces.push_back({a + doneA, a + takeA, b + (doneK - doneA), b + (k - takeA),
                                  to + lo + doneK});
                doneK = k;
                doneA = takeA;
            }
        }
        runParallel(pieces.size(), [&](size_t p) {
            if (!isCancelled(progress))
                std::merge(pieces[p].a, pieces[p].aEnd, pieces[p].b, pieces[p].bEnd, pieces[p].out,
                           before);
        });
        if (isCancelled(progress))
            return nullptr;
        std::swap(from, to);
    }
    return from;
}

struct Run
{
    size_t begin, end, depth; // depth: the byte the run's keys start at
};

// Runs of two or more items whose keys tie while their values go on past the key.
void findTiedRuns(const SortItem *items, size_t begin, size_t end, size_t depth,
                  std::vector<Run> &runs)
{
    size_t i = begin;
    while (i < end) {
        size_t j = i + 1;
        while (j < end && sameKey(items[i], items[j]))
            ++j;
        if (j - i > 1 && items[i].tail == GoesOn)
            runs.push_back({i, j, depth});
        i = j;
    }
}

// Orders the items of a tied run by what follows the key, eight bytes at a time.
template<bool Descending, typename TextOf>
void settleRun(SortItem *items, Run run, const TextOf &textOf)
{
    std::vector<Run> stack{run};
    while (!stack.empty()) {
        const Run r = stack.back();
        stack.pop_back();
        SortItem *first = items + r.begin;
        SortItem *last = items + r.end;
        if (first->kind == NumberKind) {
            std::sort(first, last, [&textOf](const SortItem &a, const SortItem &b) {
                const int c = compareNumbers(textOf(a.id), textOf(b.id));
                if (c != 0)
                    return Descending ? c > 0 : c < 0;
                return a.id < b.id;
            });
            continue;
        }
        const size_t depth = r.depth + 8;
        for (SortItem *it = first; it != last; ++it)
            keyText(*it, textOf(it->id), depth);
        std::sort(first, last, Before<Descending>());
        findTiedRuns(items, r.begin, r.end, depth, stack);
    }
}

// Sorts keyed items. Returns the array holding them in order, or nullptr when cancelled.
template<bool Descending, typename TextOf>
SortItem *sortItems(SortItem *items, SortItem *spare, size_t count, size_t depth,
                    const TextOf &textOf, const Progress *progress)
{
    SortItem *sorted = parallelSort(items, spare, count, Before<Descending>(), progress);
    if (!sorted)
        return nullptr;
    std::vector<Run> runs;
    findTiedRuns(sorted, 0, count, depth, runs);
    runParallel(runs.size(), [&](size_t r) {
        if (!isCancelled(progress))
            settleRun<Descending>(sorted, runs[r], textOf);
    });
    return isCancelled(progress) ? nullptr : sorted;
}

template<typename TextOf>
SortItem *sortItems(SortItem *items, SortItem *spare, size_t count, bool descending,
                    const TextOf &textOf, const Progress *progress)
{
    const size_t depth = keyItems(items, count, textOf, progress);
    if (isCancelled(progress))
        return nullptr;
    return descending ? sortItems<true>(items, spare, count, depth, textOf, progress)
                      : sortItems<false>(items, spare, count, depth, textOf, progress);
}

// Sorts the rows themselves: for columns whose values are nearly all different, where judging
// distinct values first would save nothing.
std::vector<uint32_t> sortByRow(const StringColumn &column, bool descending,
                                const Progress *progress)
{
    const size_t n = column.rowCount();
    const size_t blocks = blockCount(n);
    std::vector<size_t> filled(blocks + 1, 0); // non-blank rows before each block
    forBlocks(n, progress, [&](size_t b, size_t begin, size_t end) {
        size_t count = 0;
        for (size_t r = begin; r < end; ++r)
            count += column.isEmpty(r) ? 0 : 1;
        filled[b + 1] = count;
    });
    if (isCancelled(progress))
        return {};
    std::partial_sum(filled.begin(), filled.end(), filled.begin());
    const size_t count = filled[blocks];

    const auto items = std::make_unique_for_overwrite<SortItem[]>(count);
    forBlocks(n, progress, [&](size_t b, size_t begin, size_t end) {
        SortItem *out = items.get() + filled[b];
        for (size_t r = begin; r < end; ++r) {
            if (!column.isEmpty(r))
                (out++)->id = uint32_t(r);
        }
    });
    if (isCancelled(progress))
        return {};
    const auto spare = std::make_unique_for_overwrite<SortItem[]>(count);
    const auto textOf = [&column](uint32_t row) { return column.at(row); };
    const SortItem *sorted = sortItems(items.get(), spare.get(), count, descending, textOf, progress);
    if (!sorted)
        return {};

    // Values in order, then the blank rows in file order.
    std::vector<uint32_t> rows(n);
    forBlocks(count, progress, [&](size_t, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i)
            rows[i] = sorted[i].id;
    });
    forBlocks(n, progress, [&](size_t b, size_t begin, size_t end) {
        size_t at = count + (begin - filled[b]);
        for (size_t r = begin; r < end; ++r) {
            if (column.isEmpty(r))
                rows[at++] = uint32_t(r);
        }
    });
    return rows;
}

// Sorts the distinct values into ranks, equal values sharing one, then places the rows by rank
// with a counting sort: stable, and linear in the rows.
std::vector<uint32_t> sortByRank(const StringColumn &column, bool descending,
                                 const Progress *progress)
{
    const size_t n = column.rowCount();
    const uint32_t distinct = column.distinctCount();
    if (distinct <= 1)
        return allRows(n); // every row blank
    const size_t count = distinct - 1; // every code but 0, the blank
    const auto items = std::make_unique_for_overwrite<SortItem[]>(count);
    for (size_t i = 0; i < count; ++i)
        items[i].id = uint32_t(i + 1);
    const auto spare = std::make_unique_for_overwrite<SortItem[]>(count);
    const auto textOf = [&column](uint32_t code) { return column.text(code); };
    const SortItem *sorted = sortItems(items.get(), spare.get(), count, descending, textOf, progress);
    if (!sorted)
        return {};

    std::vector<uint32_t> rank(distinct);
    uint32_t last = 0;
    for (size_t i = 0; i < count; ++i) {
        // Equal values always tie on their keys; tied keys may still hide different values.
        if (i > 0 && !(sameKey(sorted[i - 1], sorted[i])
                       && compareValues(textOf(sorted[i - 1].id), textOf(sorted[i].id)) == 0))
            ++last;
        rank[sorted[i].id] = last;
    }
    const uint32_t blankRank = count > 0 ? last + 1 : 0;
    rank[StringColumn::EmptyCode] = blankRank;
    const size_t ranks = size_t(blankRank) + 1;

    // Each part of the rows counts its ranks; part p's rows of rank k then go after those of all
    // lower ranks and after part p-1's rows of rank k, which keeps file order within a rank.
    const size_t parts = std::clamp<size_t>(n / Block, 1, size_t(threadCount()));
    std::vector<std::vector<uint32_t>> places(parts, std::vector<uint32_t>(ranks, 0));
    const auto partBegin = [n, parts](size_t p) { return n * p / parts; };
    runParallel(parts, [&](size_t p) {
        uint32_t *counts = places[p].data();
        for (size_t r = partBegin(p); r < partBegin(p + 1); ++r) {
            if (r % Block == 0 && isCancelled(progress))
                return;
            ++counts[rank[column.code(r)]];
        }
    });
    if (isCancelled(progress))
        return {};
    uint32_t at = 0;
    for (size_t k = 0; k < ranks; ++k) {
        for (size_t p = 0; p < parts; ++p) {
            const uint32_t c = places[p][k];
            places[p][k] = at;
            at += c;
        }
    }
    std::vector<uint32_t> rows(n);
    runParallel(parts, [&](size_t p) {
        uint32_t *next = places[p].data();
        for (size_t r = partBegin(p); r < partBegin(p + 1); ++r) {
            if (r % Block == 0 && isCancelled(progress))
                return;
            rows[next[rank[column.code(r)]]++] = uint32_t(r);
        }
    });
    return rows;
}

// ---- Filtering -------------------------------------------------------------------------------

// Whether some item of `list`, a comma-separated list whose items may have spaces around them,
// meets `isItem`.
template<typename IsItem>
bool anyListItem(std::string_view list, const IsItem &isItem)
{
    size_t start = 0;
    for (;;) {
        const size_t comma = list.find(',', start);
        std::string_view piece =
            list.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start);
        while (!piece.empty() && (piece.front() == ' ' || piece.front() == '\t'))
            piece.remove_prefix(1);
        while (!piece.empty() && (piece.back() == ' ' || piece.back() == '\t'))
            piece.remove_suffix(1);
        if (isItem(piece))
            return true;
        if (comma == std::string_view::npos)
            return false;
        start = comma + 1;
    }
}

// Whether `list` has `item`.
bool listHas(std::string_view list, std::string_view item)
{
    // Most cells lack the item altogether: one search rules them out before any splitting.
    if (list.find(item) == std::string_view::npos)
        return false;
    return anyListItem(list, [item](std::string_view piece) { return piece == item; });
}

std::string_view trimmed(std::string_view s)
{
    return trimmedCell(s);
}

// Case-insensitive (ASCII) substring search for one piece of text.
class Needle
{
public:
    explicit Needle(std::string_view text)
    {
        m_folded.reserve(text.size());
        for (const char c : text)
            m_folded.push_back(char(fold(c)));
        const uint8_t first = uint8_t(m_folded.empty() ? 0 : m_folded.front());
        m_first = first;
        m_firstUpper = first >= 'a' && first <= 'z' ? uint8_t(first - ('a' - 'A')) : first;
    }

    bool isEmpty() const { return m_folded.empty(); }

    bool isIn(std::string_view hay) const
    {
        const size_t n = m_folded.size();
        if (hay.size() < n)
            return false;
        const char *p = hay.data();
        const char *last = p + (hay.size() - n);
        const char *rest = m_folded.data() + 1;
        for (; p <= last; ++p) {
            const uint8_t c = uint8_t(*p);
            if (c != m_first && c != m_firstUpper)
                continue;
            size_t i = 0;
            while (i + 1 < n && fold(p[i + 1]) == uint8_t(rest[i]))
                ++i;
            if (i + 1 == n)
                return true;
        }
        return false;
    }

private:
    std::string m_folded;
    uint8_t m_first = 0;
    uint8_t m_firstUpper = 0;
};

enum class Test : uint8_t { Equals, InList, Text };

// One test on one column. A dictionary column is tested once per distinct value (`hits`, or for
// Equals with one value the one `code` holding it) when its dictionary is small next to the rows
// looked at; otherwise, and on plain columns, each row's cell is tested as it comes.
struct Condition
{
    const StringColumn *column = nullptr;
    Test test = Test::Equals;
    // Equals: the values; InList: the items (at least one, sorted, each once). Text: none.
    std::vector<std::string> values;
    const Needle *needle = nullptr;
    bool byCode = false;
    uint32_t code = StringColumn::NoCode; // used when `hits` is empty
    std::vector<uint8_t> hits;

    bool isOneOfValues(std::string_view s) const
    {
        return values.size() == 1 ? s == values.front() : std::binary_search(values.begin(), values.end(), s);
    }

    bool cellMatches(std::string_view cell) const
    {
        switch (test) {
        case Test::Equals: return isOneOfValues(cell);
        case Test::InList:
            if (values.size() == 1)
                return listHas(cell, values.front());
            return anyListItem(cell, [this](std::string_view piece) { return isOneOfValues(piece); });
        case Test::Text: return needle->isIn(cell);
        }
        return false;
    }

    bool matches(size_t row) const
    {
        if (!byCode)
            return cellMatches(column->at(row));
        const uint32_t c = column->code(row);
        return hits.empty() ? c == code : hits[c] != 0;
    }
};

// `values` sorted, each once.
std::vector<std::string> valueSet(const QByteArrayList &values, bool trim)
{
    std::vector<std::string> out;
    out.reserve(size_t(values.size()));
    for (const QByteArray &value : values)
        out.emplace_back(trim ? trimmed(view(value)) : view(value));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

class Matcher
{
public:
    // `looked` is about how many rows will be tested: judging a dictionary of more values than a
    // quarter of that would cost more than testing the rows.
    Matcher(const Table &table, const RowQuery &query, size_t looked, const Progress *progress)
        : m_mask(query.rowMask)
        , m_needle(view(query.text.toUtf8()))
    {
        for (const auto &[col, value] : query.equals)
            addEquals(table, col, valueSet({value}, false), progress);
        for (const auto &[col, values] : query.equalsAny)
            addEquals(table, col, valueSet(values, false), progress);
        for (const auto &[col, value] : query.listContains)
            addInList(table, col, valueSet({value}, true));
        for (const auto &[col, values] : query.listContainsAny)
            addInList(table, col, valueSet(values, true));
        if (!m_needle.isEmpty()) {
            m_searching = true;
            for (int col = 0; col < table.columnCount(); ++col) {
                if (query.textColumn >= 0 && col != query.textColumn)
                    continue;
                Condition c;
                c.column = &table.column(col);
                c.test = Test::Text;
                c.needle = &m_needle;
                m_texts.push_back(std::move(c));
            }
            if (m_texts.empty())
                m_nothing = true;
        }
        if (m_nothing)
            return;

        for (auto *conditions : {&m_lists, &m_texts}) {
            for (Condition &c : *conditions) {
                if (!c.column->isPlain() && size_t(c.column->distinctCount()) * 4 <= looked)
                    judgeDistinctValues(c, progress);
            }
        }
        // A text search stops at the first column that has it: cheap lookups before searches.
        std::stable_partition(m_texts.begin(), m_texts.end(),
                              [](const Condition &c) { return c.byCode; });
    }

    Matcher(const Matcher &) = delete;
    Matcher &operator=(const Matcher &) = delete;

    // True when no row can match, whatever its cells.
    bool matchesNothing() const { return m_nothing; }

    bool matches(size_t row) const
    {
        if (m_mask && (row >= m_mask->size() || (*m_mask)[row] == 0))
            return false;
        for (const Condition &c : m_equals) {
            if (!c.matches(row))
                return false;
        }
        for (const Condition &c : m_lists) {
            if (!c.matches(row))
                return false;
        }
        if (!m_searching)
            return true;
        for (const Condition &c : m_texts) {
            if (c.matches(row))
                return true;
        }
        return false;
    }

private:
    void addEquals(const Table &table, int col, std::vector<std::string> values, const Progress *progress)
    {
        if (values.empty()) {
            m_nothing = true;
            return;
        }
        if (col < 0 || col >= table.columnCount()) {
            // A missing column reads as blank; the empty value sorts first.
            if (!values.front().empty())
                m_nothing = true;
            return;
        }
        Condition c;
        c.column = &table.column(col);
        c.test = Test::Equals;
        c.values = std::move(values);
        if (!c.column->isPlain()) {
            c.byCode = true;
            if (c.values.size() == 1) {
                c.code = findCode(*c.column, c.values.front(), progress);
                if (c.code == StringColumn::NoCode)
                    m_nothing = true;
            } else if (c.column->hasLookup()) {
                c.hits.assign(c.column->distinctCount(), 0);
                bool any = false;
                for (const std::string &value : c.values) {
                    if (const uint32_t code = findCode(*c.column, value, progress); code != StringColumn::NoCode) {
                        c.hits[code] = 1;
                        any = true;
                    }
                }
                if (!any)
                    m_nothing = true;
            } else {
                judgeDistinctValues(c, progress);
            }
        }
        m_equals.push_back(std::move(c));
    }

    void addInList(const Table &table, int col, std::vector<std::string> items)
    {
        // The empty item, if given, sorts first; it is no item of any list.
        if (!items.empty() && items.front().empty())
            items.erase(items.begin());
        if (col < 0 || col >= table.columnCount() || items.empty()) {
            m_nothing = true;
            return;
        }
        Condition c;
        c.column = &table.column(col);
        c.test = Test::InList;
        c.values = std::move(items);
        m_lists.push_back(std::move(c));
    }

    // The code of a dictionary column holding exactly `value`, or NoCode.
    static uint32_t findCode(const StringColumn &column, std::string_view value,
                             const Progress *progress)
    {
        if (value.empty())
            return StringColumn::EmptyCode;
        if (column.hasLookup())
            return column.find(value);
        // The lookup was dropped after loading: a dictionary holds each value once, so look
        // through it.
        for (uint32_t code = 1; code < column.distinctCount(); ++code) {
            if (code % Block == 0 && isCancelled(progress))
                return StringColumn::NoCode;
            if (column.text(code) == value)
                return code;
        }
        return StringColumn::NoCode;
    }

    static void judgeDistinctValues(Condition &c, const Progress *progress)
    {
        const StringColumn &column = *c.column;
        c.hits.assign(column.distinctCount(), 0);
        forBlocks(column.distinctCount(), progress, [&c, &column](size_t, size_t begin, size_t end) {
            for (size_t code = begin; code < end; ++code)
                c.hits[code] = c.cellMatches(column.text(uint32_t(code))) ? 1 : 0;
        });
        c.byCode = true;
    }

    const std::vector<uint8_t> *m_mask;
    Needle m_needle;
    bool m_searching = false;
    bool m_nothing = false;
    std::vector<Condition> m_equals;
    std::vector<Condition> m_lists;
    std::vector<Condition> m_texts;
};

} // namespace

std::vector<uint32_t> sortedRows(const Table &table, int column, bool descending,
                                 const Progress *progress, bool *cancelled)
{
    std::vector<uint32_t> rows;
    if (column < 0 || column >= table.columnCount()) {
        rows = allRows(table.rowCount());
    } else {
        const StringColumn &values = table.column(column);
        // Ranks pay off when rows share values; when nearly every row has its own, sorting the
        // rows directly skips the rank table and the second pass.
        rows = values.isPlain() || size_t(values.distinctCount()) * 2 > values.rowCount()
            ? sortByRow(values, descending, progress)
            : sortByRank(values, descending, progress);
    }
    const bool stopped = isCancelled(progress);
    if (cancelled)
        *cancelled = stopped;
    if (stopped)
        return {};
    return rows;
}

std::vector<uint32_t> filterRows(const Table &table, const RowQuery &query,
                                 const std::vector<uint32_t> &order, const Progress *progress,
                                 bool *cancelled)
{
    const size_t n = table.rowCount();
    const auto finish = [progress, cancelled](std::vector<uint32_t> rows) {
        const bool stopped = isCancelled(progress);
        if (cancelled)
            *cancelled = stopped;
        return stopped ? std::vector<uint32_t>() : rows;
    };
    const auto inTable = [n](uint32_t r) { return r < n; };

    if (query.isEmpty()) {
        if (order.empty())
            return finish(allRows(n));
        std::vector<uint32_t> rows;
        rows.reserve(order.size());
        std::copy_if(order.begin(), order.end(), std::back_inserter(rows), inTable);
        return finish(std::move(rows));
    }

    // A long order (a sorted view) visits rows all over the columns; testing every row in file
    // order first and then picking them in `order` reads each column front to back.
    const bool byFileOrder = order.empty() || order.size() >= n / 16;
    const Matcher matcher(table, query, byFileOrder ? n : order.size(), progress);
    if (matcher.matchesNothing() || isCancelled(progress))
        return finish({});

    std::vector<std::vector<uint32_t>> parts;
    if (order.empty()) {
        parts.resize(blockCount(n));
        forBlocks(n, progress, [&](size_t b, size_t begin, size_t end) {
            for (size_t r = begin; r < end; ++r) {
                if (matcher.matches(r))
                    parts[b].push_back(uint32_t(r));
            }
        });
    } else if (byFileOrder) {
        std::vector<uint8_t> matching(n);
        forBlocks(n, progress, [&](size_t, size_t begin, size_t end) {
            for (size_t r = begin; r < end; ++r)
                matching[r] = matcher.matches(r) ? 1 : 0;
        });
        parts.resize(blockCount(order.size()));
        forBlocks(order.size(), progress, [&](size_t b, size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                const uint32_t r = order[i];
                if (r < n && matching[r])
                    parts[b].push_back(r);
            }
        });
    } else {
        parts.resize(blockCount(order.size()));
        forBlocks(order.size(), progress, [&](size_t b, size_t begin, size_t end) {
            for (size_t i = begin; i < end; ++i) {
                const uint32_t r = order[i];
                if (r < n && matcher.matches(r))
                    parts[b].push_back(r);
            }
        });
    }
    return finish(concatenate(parts));
}

} // namespace rb
