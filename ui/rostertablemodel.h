#pragma once

#include "oneroster/schema.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

namespace rb {

class FindingIndex;
class Table;
struct ReadResult;

// One OneRoster table of a roster as the review window shows it. Reads cells straight from the
// roster's columns: nothing is copied, and the view's order is a list of table rows computed
// elsewhere (sorting and filtering run on the columns, off the UI thread; see TablePage).
//
// A cell with a finding is tinted by its worst severity and carries that severity's icon, with
// the findings' sentences in its tooltip; the row header shows the file line and marks rows with
// findings the same way.
class RosterTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterTableModel)

public:
    enum Roles {
        TableRowRole = Qt::UserRole + 1, // the roster row a view row shows (uint)
        LineRole,                        // the physical line it starts on in the file (uint)
    };

    explicit RosterTableModel(FileKind kind, QObject *parent = nullptr);
    ~RosterTableModel() override;

    FileKind kind() const { return m_kind; }
    // Shows `result`'s table of this model's kind, all rows in file order. `index` must outlive
    // the model's use of it (both are replaced together).
    void setSource(std::shared_ptr<const ReadResult> result, const FindingIndex *index);
    const Table *table() const { return m_table; }
    // The table of `kind` in `result`, null when there is none or the file was not in the export.
    static const Table *tableOf(const ReadResult *result, FileKind kind);

    // Shows these table rows, in this order.
    void setRows(std::vector<uint32_t> rows);
    // Shows every row in file order.
    void showAllRows();
    bool showsAllRows() const { return m_allRows; }
    const std::vector<uint32_t> &rows() const { return m_rows; }

    uint32_t tableRow(int viewRow) const;
    // The view row showing table row `row`, or -1 when it is filtered out.
    int viewRow(uint32_t row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString findingsTooltip(const std::vector<uint32_t> &findings) const;

    FileKind m_kind;
    std::shared_ptr<const ReadResult> m_result;
    const Table *m_table = nullptr;
    const FindingIndex *m_index = nullptr;
    bool m_allRows = true;
    std::vector<uint32_t> m_rows;
};

} // namespace rb
