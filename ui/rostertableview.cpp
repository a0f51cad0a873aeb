#include "rostertableview.h"

#include <QAbstractTableModel>
#include <QApplication>
#include <QHeaderView>
#include <QScopedValueRollback>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>

#include <algorithm>

namespace rb {

// The rows the main view shows, and only its frozen columns: what the frozen view draws.
class FrozenColumnsModel final : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setSource(QAbstractItemModel *source)
    {
        beginResetModel();
        m_source = source;
        m_first = m_count = 0;
        endResetModel();
    }
    void setColumns(std::vector<int> columns)
    {
        if (columns == m_columns)
            return;
        beginResetModel();
        m_columns = std::move(columns);
        endResetModel();
    }
    // Shows source rows [first, first + count).
    void setWindow(int first, int count)
    {
        const int rows = m_source ? m_source->rowCount() : 0;
        first = std::clamp(first, 0, std::max(0, rows));
        count = std::clamp(count, 0, std::max(0, rows - first));
        if (count != m_count) {
            beginResetModel();
            m_first = first;
            m_count = count;
            endResetModel();
            return;
        }
        m_first = first;
        if (m_count > 0 && !m_columns.empty())
            emit dataChanged(index(0, 0), index(m_count - 1, int(m_columns.size()) - 1));
    }
    // Whatever the source says changes: its rows are drawn again.
    void refresh() { setWindow(m_first, m_count); }

    int first() const { return m_first; }
    QModelIndex toSource(const QModelIndex &index) const
    {
        if (!m_source || !index.isValid() || size_t(index.column()) >= m_columns.size())
            return {};
        return m_source->index(m_first + index.row(), m_columns[size_t(index.column())]);
    }
    QModelIndex fromSource(const QModelIndex &source) const
    {
        if (!source.isValid() || source.row() < m_first || source.row() >= m_first + m_count)
            return {};
        const auto it = std::find(m_columns.begin(), m_columns.end(), source.column());
        return it == m_columns.end() ? QModelIndex() : index(source.row() - m_first, int(it - m_columns.begin()));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_count; }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }
    QVariant data(const QModelIndex &index, int role) const override { return toSource(index).data(role); }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (!m_source || orientation != Qt::Horizontal || section < 0 || size_t(section) >= m_columns.size())
            return {};
        return m_source->headerData(m_columns[size_t(section)], orientation, role);
    }
    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        const QModelIndex source = toSource(index);
        return source.isValid() ? source.flags() & ~Qt::ItemIsEditable : Qt::NoItemFlags;
    }

private:
    QAbstractItemModel *m_source = nullptr;
    std::vector<int> m_columns;
    int m_first = 0;
    int m_count = 0;
};

namespace {

// Alternating row colours by the table's row, not the frozen view's: its first row is whichever
// row the table shows first.
class FrozenRowDelegate final : public QStyledItemDelegate
{
public:
    FrozenRowDelegate(const FrozenColumnsModel *window, const QAbstractItemView *table, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_window(window)
        , m_table(table)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (m_table->alternatingRowColors() && (m_window->first() + index.row()) % 2 == 1)
            painter->fillRect(option.rect, option.palette.brush(QPalette::AlternateBase));
        QStyledItemDelegate::paint(painter, option, index);
    }

private:
    const FrozenColumnsModel *m_window;
    const QAbstractItemView *m_table;
};

} // namespace

RosterTableView::RosterTableView(QWidget *parent)
    : TableView(parent)
    , m_frozen(new TableView(this))
    , m_window(new FrozenColumnsModel(this))
{
    m_frozen->setObjectName(QStringLiteral("frozenNameColumns"));
    m_frozen->setModel(m_window);
    m_frozen->setItemDelegate(new FrozenRowDelegate(m_window, this, m_frozen));
    m_frozen->setAlternatingRowColors(false); // the delegate alternates them by the table's rows
    m_frozen->setFocusPolicy(Qt::NoFocus);
    m_frozen->setSelectionMode(NoSelection); // clicks select in the main view, which it mirrors
    m_frozen->setEditTriggers(NoEditTriggers);
    m_frozen->setFrameShape(QFrame::NoFrame);
    m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Its rows are the table's on screen, shifted by the pixels the table's first row is cut by.
    m_frozen->setVerticalScrollMode(ScrollPerPixel);
    m_frozen->setAutoScroll(false);
    m_frozen->setWordWrap(false);
    m_frozen->verticalHeader()->hide();
    m_frozen->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_frozen->horizontalHeader()->setSectionsClickable(true);
    m_frozen->horizontalHeader()->setSortIndicatorShown(true);
    m_frozen->horizontalHeader()->setHighlightSections(true);
    m_frozen->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_frozen->setAccessibleName(tr("Names, kept in view"));
    m_frozen->viewport()->installEventFilter(this);
    m_frozen->hide();
    viewport()->stackUnder(m_frozen);

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &RosterTableView::updateWindow);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int width) {
        if (m_syncing)
            return;
        for (int i = 0; i < m_frozenCount; ++i) {
            if (m_nameColumns[size_t(i)] == column) {
                const QScopedValueRollback syncing(m_syncing, true);
                m_frozen->horizontalHeader()->resizeSection(i, width);
            }
        }
        updateFrozen();
    });
    // A name column resized in the frozen header is resized in the table.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int section, int, int width) {
        if (m_syncing || section >= m_frozenCount)
            return;
        const QScopedValueRollback syncing(m_syncing, true);
        horizontalHeader()->resizeSection(m_nameColumns[size_t(section)], width);
        updateFrozen();
    });
    // Sorting from either header sorts the table; both show it.
    connect(m_frozen->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        if (m_syncing || section < 0 || section >= m_frozenCount)
            return;
        horizontalHeader()->setSortIndicator(m_nameColumns[size_t(section)], order);
    });
    connect(horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        const auto it = std::find(m_nameColumns.begin(), m_nameColumns.begin() + m_frozenCount, column);
        const int section = it == m_nameColumns.begin() + m_frozenCount ? -1 : int(it - m_nameColumns.begin());
        const QScopedValueRollback syncing(m_syncing, true);
        m_frozen->horizontalHeader()->setSortIndicator(section, order);
    });
    // A click on a frozen cell chooses that cell of the table.
    connect(m_frozen, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_window->toSource(index);
        if (!source.isValid() || !selectionModel())
            return;
        setFocus(Qt::MouseFocusReason);
        selectionModel()->setCurrentIndex(source, QItemSelectionModel::ClearAndSelect);
    });
}

RosterTableView::~RosterTableView() = default;

void RosterTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    TableView::setModel(model);
    m_window->setSource(model);
    if (model) {
        // After the headers have taken the reset in (they are connected first): the columns'
        // order and what is frozen are set again, and the rows on screen drawn again.
        connect(model, &QAbstractItemModel::modelReset, this, &RosterTableView::applyNameColumns);
        connect(model, &QAbstractItemModel::dataChanged, m_window, &FrozenColumnsModel::refresh);
        connect(model, &QAbstractItemModel::headerDataChanged, m_window, &FrozenColumnsModel::refresh);
    }
    if (selectionModel()) {
        connect(selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterTableView::syncSelection);
        connect(selectionModel(), &QItemSelectionModel::currentChanged, this, &RosterTableView::syncSelection);
    }
    applyNameColumns();
}

void RosterTableView::setNameColumns(std::vector<int> columns)
{
    m_nameColumns = std::move(columns);
    applyNameColumns();
}

void RosterTableView::applyNameColumns()
{
    QHeaderView *header = horizontalHeader();
    const int count = model() ? model()->columnCount() : 0;
    if (count > 0 && header->count() == count) {
        // The file's order first (a new table may have its names elsewhere), then the names in
        // front, in their order.
        for (int c = 0; c < count; ++c) {
            if (header->visualIndex(c) != c)
                header->moveSection(header->visualIndex(c), c);
        }
        int front = 0;
        for (int column : m_nameColumns) {
            if (column >= 0 && column < count)
                header->moveSection(header->visualIndex(column), front++);
        }
    }
    updateFrozen();
}

void RosterTableView::updateFrozen()
{
    // As many name columns as fit in half the viewport, so that the rest of the row still has
    // room beside them.
    const int count = model() ? model()->columnCount() : 0;
    int frozen = 0;
    int width = 0;
    for (int column : m_nameColumns) {
        if (column < 0 || column >= count || isColumnHidden(column))
            break;
        if (width + columnWidth(column) > viewport()->width() / 2)
            break;
        width += columnWidth(column);
        ++frozen;
    }
    m_frozenCount = frozen;
    const std::vector<int> columns(m_nameColumns.begin(), m_nameColumns.begin() + frozen);
    m_window->setColumns(columns);
    {
        const QScopedValueRollback syncing(m_syncing, true);
        for (int i = 0; i < frozen; ++i)
            m_frozen->horizontalHeader()->resizeSection(i, columnWidth(columns[size_t(i)]));
        const int sorted = horizontalHeader()->sortIndicatorSection();
        const auto it = std::find(columns.begin(), columns.end(), sorted);
        m_frozen->horizontalHeader()->setSortIndicator(it == columns.end() ? -1 : int(it - columns.begin()),
                                                       horizontalHeader()->sortIndicatorOrder());
    }
    m_frozen->setVisible(frozen > 0);
    m_frozen->verticalHeader()->setDefaultSectionSize(verticalHeader()->defaultSectionSize());
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(frameWidth() + (verticalHeader()->isVisible() ? verticalHeader()->width() : 0), frameWidth(),
                          width, horizontalHeader()->height() + viewport()->height());
    updateWindow();
}

void RosterTableView::updateWindow()
{
    if (m_frozenCount == 0 || !model()) {
        m_window->setWindow(0, 0);
        return;
    }
    // The first row on screen, and how much of it is above the top (at the end of the table the
    // last row is aligned to the bottom instead).
    const int top = std::max(0, rowAt(0));
    const int cut = std::max(0, -rowViewportPosition(top));
    const int rowHeight = std::max(1, verticalHeader()->defaultSectionSize());
    m_window->setWindow(top, viewport()->height() / rowHeight + 2);
    m_frozen->doItemsLayout(); // its scroll range, for the rows just set
    m_frozen->verticalScrollBar()->setValue(cut);
    syncSelection();
}

void RosterTableView::syncSelection()
{
    QItemSelectionModel *main = selectionModel();
    QItemSelectionModel *frozen = m_frozen->selectionModel();
    if (!main || !frozen || m_frozenCount == 0)
        return;
    QItemSelection selection;
    for (int r = 0; r < m_window->rowCount(); ++r) {
        for (int c = 0; c < m_frozenCount; ++c) {
            const QModelIndex index = m_window->index(r, c);
            if (main->isSelected(m_window->toSource(index)))
                selection.select(index, index);
        }
    }
    frozen->select(selection, QItemSelectionModel::ClearAndSelect);
    // The frozen view's current row is the table's, whichever column the table's current is in.
    const QModelIndex current = main->currentIndex();
    QModelIndex mirrored = m_window->fromSource(current);
    if (!mirrored.isValid() && current.isValid())
        mirrored = m_window->fromSource(current.sibling(current.row(), m_nameColumns.front()));
    frozen->setCurrentIndex(mirrored, QItemSelectionModel::NoUpdate);
}

int RosterTableView::frozenWidth() const
{
    int width = 0;
    for (int i = 0; i < m_frozenCount; ++i)
        width += columnWidth(m_nameColumns[size_t(i)]);
    return width;
}

bool RosterTableView::isFrozen(int column) const
{
    return std::find(m_nameColumns.begin(), m_nameColumns.begin() + m_frozenCount, column)
        != m_nameColumns.begin() + m_frozenCount;
}

void RosterTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int before = horizontalScrollBar()->value();
    TableView::scrollTo(index, hint);
    if (m_frozenCount == 0 || !index.isValid())
        return;
    if (isFrozen(index.column())) {
        // Shown in the frozen view already: only the rows needed to move.
        horizontalScrollBar()->setValue(before);
        return;
    }
    // Out from under the frozen columns: just right of them, or centred in the room they leave.
    const int frozen = frozenWidth();
    const int left = columnViewportPosition(index.column());
    const int width = columnWidth(index.column());
    const int room = viewport()->width() - frozen;
    int target = left;
    if (width >= room || left < frozen)
        target = frozen;
    else if (left + width > viewport()->width())
        target = viewport()->width() - width;
    if (hint == PositionAtCenter && width < room)
        target = frozen + (room - width) / 2;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + left - target);
    // A column left half under the frozen ones shows the end of its cells beside the names, where
    // it reads as their value: scroll it out from under them, so the next column starts at their
    // edge. The cell shown only moves left, and stays clear of them.
    const int covered = columnAt(frozen);
    if (covered >= 0 && covered != index.column() && !isFrozen(covered)) {
        const int coveredLeft = columnViewportPosition(covered);
        if (coveredLeft < frozen)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + coveredLeft + columnWidth(covered) - frozen);
    }
}

void RosterTableView::resizeEvent(QResizeEvent *event)
{
    TableView::resizeEvent(event);
    updateFrozen();
}

void RosterTableView::updateGeometries()
{
    TableView::updateGeometries();
    updateFrozen();
}

bool RosterTableView::eventFilter(QObject *watched, QEvent *event)
{
    // The wheel over the frozen columns scrolls the table.
    if (watched == m_frozen->viewport() && event->type() == QEvent::Wheel) {
        QApplication::sendEvent(viewport(), event);
        return true;
    }
    return TableView::eventFilter(watched, event);
}

} // namespace rb
