#include "tableview.h"

#include <QAbstractButton>

namespace rb {

TableView::TableView(QWidget *parent)
    : QTableView(parent)
{
    setTabKeyNavigation(false);
    // The button in the corner between the headers selects every cell; it has no text of its own.
    if (auto *corner = findChild<QAbstractButton *>(QString(), Qt::FindDirectChildrenOnly))
        corner->setAccessibleName(tr("Select all cells"));
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
