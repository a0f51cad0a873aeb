#pragma once

#include "tableview.h"

#include <vector>

namespace rb {

class FrozenColumnsModel;

// A roster table's view that keeps a record's name columns (its sourcedId, given and family name,
// or title) at the left, frozen while the other columns scroll: whatever cell is shown, the
// reader sees whose row it is.
//
// The name columns are moved to the front, and a second, borderless view over the left of the
// viewport shows them again for the rows on screen only (a table can have millions of rows: a
// second view of all of them would double the row header's cost). scrollTo() keeps a cell out
// from under it. As many name columns are frozen as fit in half the viewport, in their order.
// The frozen view takes no focus and tells assistive technology of none: the table is the one
// control, read once.
class RosterTableView final : public TableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RosterTableView)

public:
    explicit RosterTableView(QWidget *parent = nullptr);
    ~RosterTableView() override;

    void setModel(QAbstractItemModel *model) override;

    // The model columns to keep at the left, in order; empty for none. Kept across model resets,
    // and applied once the model has them.
    void setNameColumns(std::vector<int> columns);
    const std::vector<int> &nameColumns() const { return m_nameColumns; }
    // The name columns frozen now: a first part of nameColumns().
    int frozenCount() const { return m_frozenCount; }
    // The view over the frozen columns (shown only while some are).
    QTableView *frozenView() const { return m_frozen; }

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void updateGeometries() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyNameColumns();
    void updateFrozen();
    void updateWindow();
    void syncSelection();
    int frozenWidth() const;
    bool isFrozen(int column) const;

    QTableView *m_frozen;
    FrozenColumnsModel *m_window;
    std::vector<int> m_nameColumns;
    int m_frozenCount = 0;
    bool m_syncing = false;
};

} // namespace rb
