#include "flowlayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QWidget>
#include <QWidgetItem>

#include <algorithm>
#include <utility>

namespace rb {

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addWidget(QWidget *widget, int stretch)
{
    addChildWidget(widget);
    addItem(new QWidgetItemV2(widget));
    m_items.last().stretch = stretch;
}

void FlowLayout::addLayout(QLayout *layout, int stretch)
{
    addChildLayout(layout);
    addItem(layout);
    m_items.last().stretch = stretch;
}

void FlowLayout::addLabelled(QLabel *label, QWidget *field, int stretch)
{
    label->setBuddy(field);
    auto *pair = new QHBoxLayout;
    pair->setContentsMargins(0, 0, 0, 0);
    pair->addWidget(label);
    pair->addWidget(field, 1);
    addLayout(pair, stretch);
}

void FlowLayout::addStretch()
{
    m_pushNext = true;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append({item, 0, std::exchange(m_pushNext, false)});
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items[index].item : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index).item;
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    return {};
}

bool FlowLayout::hasHeightForWidth() const
{
    return true;
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // The widest item alone on its row; the height is heightForWidth's.
    QSize size;
    for (const Entry &e : m_items) {
        if (!e.item->isEmpty())
            size = size.expandedTo(e.item->minimumSize());
    }
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one row.
    int width = 0, height = 0, shown = 0;
    for (const Entry &e : m_items) {
        if (e.item->isEmpty())
            continue;
        const QSize hint = e.item->sizeHint();
        width += hint.width() + (shown++ > 0 ? horizontalGap() : 0);
        height = std::max(height, hint.height());
    }
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::horizontalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

int FlowLayout::verticalGap() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutVerticalSpacing, nullptr, parent) : 6;
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(1, area.width());
    const int gap = horizontalGap();

    struct Placed
    {
        const Entry *entry;
        int width;
        int height;
    };
    // Rows, greedily: an item that does not fit on the row begins the next one.
    QList<QList<Placed>> rows(1);
    int x = 0;
    for (const Entry &e : m_items) {
        if (e.item->isEmpty())
            continue;
        const QSize hint = e.item->sizeHint().expandedTo(e.item->minimumSize());
        const int width = std::clamp(hint.width(), std::min(e.item->minimumSize().width(), available), available);
        if (!rows.last().isEmpty() && x + gap + width > available) {
            rows.emplace_back();
            x = 0;
        }
        x += (rows.last().isEmpty() ? 0 : gap) + width;
        rows.last().append({&e, width, hint.height()});
    }

    int y = area.top();
    bool firstRow = true;
    for (QList<Placed> &row : rows) {
        if (row.isEmpty())
            continue;
        if (!firstRow)
            y += verticalGap();
        firstRow = false;
        int used = 0, stretch = 0, height = 0;
        for (const Placed &p : row) {
            used += p.width;
            stretch += p.entry->stretch;
            height = std::max(height, p.height);
        }
        used += gap * int(row.size() - 1);
        int extra = std::max(0, available - used);
        // The room left goes to the items with a stretch, as far as they may grow.
        if (stretch > 0) {
            int given = 0;
            for (Placed &p : row) {
                if (p.entry->stretch == 0)
                    continue;
                const int share = extra * p.entry->stretch / stretch;
                const int grown = std::min(p.width + share, std::max(p.width, p.entry->item->maximumSize().width()));
                given += grown - p.width;
                p.width = grown;
            }
            extra -= given;
        }
        if (apply) {
            int left = area.left();
            bool pushed = false;
            for (const Placed &p : row) {
                if (p.entry->pushRight && !std::exchange(pushed, true))
                    left += extra; // what follows a stretch sits at the right
                const int itemHeight = std::min(height, std::max(p.height, p.entry->item->minimumSize().height()));
                p.entry->item->setGeometry(QRect(left, y + (height - itemHeight) / 2, p.width, itemHeight));
                left += p.width + gap;
            }
        }
        y += height;
    }
    return y - area.top() + contentsMargins().top() + contentsMargins().bottom();
}

} // namespace rb
