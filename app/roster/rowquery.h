#pragma once

#include "roster/table.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace rb {

class Progress;

// Sorting and filtering a table's rows for the review window, on the columns themselves: each
// distinct value of a dictionary column is judged once and rows follow their code, so a sort or a
// search over millions of rows never builds a QString or a QVariant per cell. The work is split
// across the cores; both functions are meant to run on a worker thread and may be called from
// several at once on the same table, which they only read.

// The rows of `table` ordered by file column `column` (as Table::column() numbers them):
// - blank cells come last, in both directions;
// - cells made only of the digits 0-9 compare as numbers of any length ("007" equals "7", "10"
//   follows "9") and come before all other text when ascending;
// - other text compares byte by byte with ASCII letters folded to lower case, so "_" sorts before
//   "a"; bytes of non-ASCII characters compare as they are ("É" and "é" differ);
// - rows comparing equal keep file order, in both directions.
// A column outside the table leaves file order. Returns an empty vector, and sets `*cancelled`,
// when `progress` is cancelled.
std::vector<uint32_t> sortedRows(const Table &table, int column, bool descending,
                                 const Progress *progress = nullptr, bool *cancelled = nullptr);

// What the review window filters a table on. A row must meet every part that is set.
struct RowQuery
{
    // Rows where some cell contains this text. ASCII letters match either case; other characters
    // match only as written ("é" does not find "É"). Taken literally, spaces included; empty
    // matches every row.
    QString text;
    // The file column searched for `text`, or -1 for all of them.
    int textColumn = -1;
    // Each (column, value): the cell is exactly `value`, case and spaces included ("teacher").
    // An empty value asks for a blank cell.
    std::vector<std::pair<int, QByteArray>> equals;
    // Each (column, value): the cell is a comma-separated list (spaces around items allowed)
    // with `value` as one of its items, case-sensitive (a user's orgSourcedIds holding a
    // school's sourcedId). An empty value matches nothing.
    std::vector<std::pair<int, QByteArray>> listContains;
    // Each (column, values): the cell is exactly one of `values`, each as for `equals` (so an
    // empty value lets blank cells through); no values at all match nothing. For a filter on a
    // set of schools: the classes of every school not matched yet.
    std::vector<std::pair<int, QByteArrayList>> equalsAny;
    // Each (column, values): the cell's list has at least one of `values` as an item, each as
    // for `listContains`. Empty values are left out; when none is left, nothing matches.
    std::vector<std::pair<int, QByteArrayList>> listContainsAny;
    // When set, only rows r with r < rowMask->size() and (*rowMask)[r] != 0.
    const std::vector<uint8_t> *rowMask = nullptr;

    bool isEmpty() const
    {
        return text.isEmpty() && equals.empty() && listContains.empty() && equalsAny.empty()
            && listContainsAny.empty() && rowMask == nullptr;
    }
};

// The rows of `order` (or of 0 .. rowCount-1 when `order` is empty) that match `query`, in the
// order they come there. Rows in `order` past the table's end are dropped. A column outside the
// table reads as blank cells. Returns an empty vector, and sets `*cancelled`, when `progress` is
// cancelled.
std::vector<uint32_t> filterRows(const Table &table, const RowQuery &query,
                                 const std::vector<uint32_t> &order,
                                 const Progress *progress = nullptr, bool *cancelled = nullptr);

} // namespace rb
