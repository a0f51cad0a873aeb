#pragma once

#include "oneroster/schema.h"
#include "roster/stringcolumn.h"

#include <QByteArrayList>
#include <QString>

#include <string_view>
#include <vector>

namespace rb {

// One OneRoster file as read: its header cells as the file had them, one StringColumn per header
// cell, and the physical line each row started on.
class Table final
{
public:
    static constexpr uint32_t NoRow = UINT32_MAX;

    Table() = default;
    Table(FileKind kind, const QString &entryName);
    Table(Table &&) = default;
    Table &operator=(Table &&) = default;
    Table(const Table &) = delete;
    Table &operator=(const Table &) = delete;

    FileKind kind() const { return m_kind; }
    // The file's name in the export, as found ("lakeview/users.csv").
    const QString &entryName() const { return m_entryName; }
    bool isPresent() const { return m_present; }

    // Sets up the file's columns. `fieldColumns[f]` is the file column holding OneRoster field f
    // (see Schema::header), or -1 when the file lacks it.
    void setHeader(const QByteArrayList &cells, std::vector<int> fieldColumns);
    const QByteArrayList &headerCells() const { return m_headerCells; }
    int columnCount() const { return int(m_columns.size()); }
    // The file column for a OneRoster field, or -1.
    int columnForField(int field) const
    {
        return field < int(m_fieldColumns.size()) ? m_fieldColumns[size_t(field)] : -1;
    }
    bool hasField(int field) const { return columnForField(field) >= 0; }

    size_t rowCount() const { return m_rowCount; }

    // Appends one row. Cells past columnCount() are dropped; missing ones are blank.
    void appendRow(const std::string_view *cells, int cellCount, uint32_t line);

    // Appends rows whose cells were gathered column by column: `columns[c]` holds `rowCount`
    // values of column c; `lines` the line each row starts on.
    void appendColumns(const std::vector<std::vector<std::string_view>> &columns,
                       const uint32_t *lines, size_t rowCount);
    // Reserves room for `rows` rows in every column, and switches columns whose values are nearly
    // all different to plain storage (except the sourcedId of a file others refer to, whose
    // lookup resolves references). Call once some rows are in.
    void planStorage(size_t rows);
    // True for the sourcedId of orgs, users, classes and demographics.
    bool isReferencedKey(int col) const;

    const StringColumn &column(int col) const { return m_columns[size_t(col)]; }
    StringColumn &column(int col) { return m_columns[size_t(col)]; }
    // The cell of a OneRoster field; blank when the file lacks the field.
    std::string_view cell(size_t row, int field) const
    {
        const int col = columnForField(field);
        return col < 0 ? std::string_view() : m_columns[size_t(col)].at(row);
    }

    // The 1-based physical line on which `row` starts (the header is line 1).
    uint32_t lineOf(size_t row) const;
    // The row that starts on `line`, or NoRow.
    uint32_t rowAtLine(uint32_t line) const;

    // Builds the sourcedId → row index. Call once loading is done.
    void buildIdIndex();
    // The row whose sourcedId is exactly `id` (the first, if several), or NoRow.
    uint32_t rowForId(std::string_view id) const;
    // The first row holding sourcedId code `code`.
    uint32_t rowForIdCode(uint32_t code) const
    {
        return code < m_firstRowOfId.size() ? m_firstRowOfId[code] : NoRow;
    }
    std::string_view sourcedId(size_t row) const { return cell(row, 0); }

    // Frees spare capacity once loading is done.
    void finishLoading();
    size_t memoryUsage() const;

private:
    FileKind m_kind = FileKind::Other;
    QString m_entryName;
    bool m_present = false;
    QByteArrayList m_headerCells;
    std::vector<int> m_fieldColumns;
    std::vector<StringColumn> m_columns;
    size_t m_rowCount = 0;
    // Rows start on line row + 2 until a quoted cell spans lines; from each (row, line) pair here
    // on, row r starts on line + (r - row).
    std::vector<std::pair<uint32_t, uint32_t>> m_lineShifts;
    std::vector<uint32_t> m_firstRowOfId;
};

} // namespace rb
