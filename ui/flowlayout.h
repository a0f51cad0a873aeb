#pragma once

#include <QLayout>
#include <QList>

class QLabel;

namespace rb {

// Lays its items out left to right and starts a new row where the width runs out, like words in a
// paragraph. A filter bar in it never forces the window wider than its widest control: a narrow
// window puts the filters on two rows instead of cutting them off or pushing the docks off-screen.
// An item added with a stretch takes a share of the room left on its row.
class FlowLayout final : public QLayout
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowLayout)

public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    // `stretch` as in QBoxLayout: items with one share the room left on their row.
    void addWidget(QWidget *widget, int stretch = 0);
    // A layout kept whole on one row: a label with its field.
    void addLayout(QLayout *layout, int stretch = 0);
    // `label` and its `field` side by side, kept on one row, the label tied to the field (its
    // mnemonic goes there, and a screen reader names the field by it).
    void addLabelled(QLabel *label, QWidget *field, int stretch = 0);
    // Keeps the items after it at the right of their row.
    void addStretch();

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    // Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect &rect, bool apply) const;
    int horizontalGap() const;
    int verticalGap() const;

    struct Entry
    {
        QLayoutItem *item = nullptr;
        int stretch = 0;
        bool pushRight = false; // a stretch before it: it and what follows go to the right
    };
    QList<Entry> m_items;
    bool m_pushNext = false;
};

} // namespace rb
