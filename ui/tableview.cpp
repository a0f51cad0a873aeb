#include "tableview.h"

namespace rb {

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
}

TableView::~TableView() = default;

void TableView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus()) {
        QTableView::currentChanged(current, previous);
        return;
    }
    // QTableView's own adds nothing to its base but the focus event.
    QAbstractItemView::currentChanged(current, previous);
}

} // namespace rb
