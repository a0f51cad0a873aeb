#pragma once

#include <QTableView>

namespace rb {

// A table view that tells assistive technology a cell has the focus only when it has: Qt 6.4's
// QTableView reports every change of its current cell as a focus event, focused or not, so that a
// table the program moves (a finding shown in its table, a filter applied, the frozen name
// columns following the table) takes the screen reader's focus from the control the user is in.
// Tab and Shift+Tab leave the table (the arrows move in it), so that a table is one stop among
// the window's controls and never a trap of thousands of cells.
class TableView : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableView)

public:
    explicit TableView(QWidget *parent = nullptr);
    ~TableView() override;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace rb
