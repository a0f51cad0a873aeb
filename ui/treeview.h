#pragma once

#include <QTreeView>

namespace rb {

// A tree view that tells assistive technology a row has the focus only when it has: Qt 6.4's
// QTreeView reports every change of its current row as a focus event, focused or not, so that a
// filter changed from its box (which regroups the tree and sets its current row again) would
// take the screen reader's focus from that box. See TableView.
class TreeView final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeView)

public:
    explicit TreeView(QWidget *parent = nullptr);
    ~TreeView() override;

protected:
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace rb
