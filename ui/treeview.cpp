#include "treeview.h"

namespace rb {

TreeView::TreeView(QWidget *parent)
    : QTreeView(parent)
{
}

TreeView::~TreeView() = default;

void TreeView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    if (hasFocus()) {
        QTreeView::currentChanged(current, previous);
        return;
    }
    // What QTreeView's own does besides the focus event: the rows whose focus mark moves are
    // drawn again.
    QAbstractItemView::currentChanged(current, previous);
    if (allColumnsShowFocus()) {
        for (const QModelIndex &index : {previous, current}) {
            if (!index.isValid())
                continue;
            const QRect cell = visualRect(index);
            viewport()->update(QRect(0, cell.top(), viewport()->width(), cell.height()));
        }
    }
}

} // namespace rb
