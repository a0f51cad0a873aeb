#pragma once

// A window as a screen reader and the keyboard see it, for tests of any window or dialog.
//
// accessibilityProblems() walks the window's QAccessible tree (the interfaces Qt gives AT-SPI on
// Linux, UI Automation on Windows) and says, with the path of each element, what a screen-reader
// user would miss: an interactive control that is shown but has no name; a table or tree with no
// name or no column headers; a hidden widget or column exposed as shown.
//
// focusChainProblems() presses Tab from the window's focus widget until it comes back, and says
// which shown, enabled control Tab never reaches, which it reaches twice, where it stays, and
// where it leaves reading order.
// tableTrapProblems() presses Tab and Shift+Tab in every shown table, list and tree: one press
// must leave it, as arrow keys are what move inside it.
//
// AccessibleEvents records the events the window sends to the screen reader (Focus, NameChanged,
// Alert…), for tests of what is announced and of which objects claim focus.

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QHeaderView>
#include <QList>
#include <QMetaEnum>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTableView>
#include <QTest>
#include <QTreeView>
#include <QWidget>

// Switching accessibility on without a screen reader on the bus, as Qt's own tests do (link
// Qt6::GuiPrivate to use AccessibleEvents).
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <algorithm>
#include <functional>

namespace rb::test {

inline QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QStringLiteral("Role0x%1").arg(int(role), 0, 16);
}

// One element as a failure names it: its role, its name in quotes and, to find it in the code,
// the object's class and name.
inline QString describe(QAccessibleInterface *iface)
{
    if (!iface || !iface->isValid())
        return QStringLiteral("(gone)");
    QString text = QStringLiteral("%1 “%2”").arg(roleName(iface->role()), iface->text(QAccessible::Name));
    if (const QObject *o = iface->object()) {
        text += QStringLiteral(" [%1").arg(QString::fromLatin1(o->metaObject()->className()));
        if (!o->objectName().isEmpty())
            text += u' ' + o->objectName();
        text += u']';
    }
    return text;
}

// The element and its ancestors up to its window: "Dialog “Connect” › EditableText “URL” › …".
inline QString pathOf(QAccessibleInterface *iface)
{
    QStringList parts;
    for (int depth = 0; iface && iface->isValid() && depth < 64; ++depth) {
        parts.prepend(describe(iface));
        if (iface->object() && iface->object()->isWidgetType() && static_cast<QWidget *>(iface->object())->isWindow())
            break;
        iface = iface->parent();
    }
    return parts.join(QStringLiteral(" › "));
}

inline QString describe(QWidget *w)
{
    return w ? describe(QAccessible::queryAccessibleInterface(w)) : QStringLiteral("(no widget)");
}

// Roles a person acts on, which a screen reader announces by their name.
inline bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::Link:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::HotkeyField:
        return true;
    default:
        return false;
    }
}

// Roles that carry meaning without text of their own: each needs a text alternative (1.1.1).
inline bool isImage(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Graphic:
    case QAccessible::Animation:
        return true;
    default:
        return false;
    }
}

namespace detail {

struct Walk
{
    QStringList problems;
    QSet<QObject *> reached;
    // Cells looked at per table: their names and states, not every row of a large table.
    int cellsPerTable = 400;
};

inline bool hiddenWidget(QAccessibleInterface *iface)
{
    const QObject *o = iface->object();
    return o && o->isWidgetType() && !static_cast<const QWidget *>(o)->isVisible();
}

inline void checkTable(QAccessibleInterface *iface, const QString &path, Walk &walk)
{
    auto *view = qobject_cast<QAbstractItemView *>(iface->object());
    const QAccessible::Role role = iface->role();
    if (!view || (role != QAccessible::Table && role != QAccessible::Tree))
        return;
    if (iface->text(QAccessible::Name).trimmed().isEmpty())
        walk.problems << QStringLiteral("%1: a %2 without a name").arg(path, roleName(role).toLower());
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view))
        header = table->horizontalHeader();
    else if (auto *tree = qobject_cast<QTreeView *>(view))
        header = tree->header();
    if (!header || header->isHidden()) {
        walk.problems << QStringLiteral("%1: a %2 without column headers").arg(path, roleName(role).toLower());
        return;
    }
    QAccessibleTableInterface *table = iface->tableInterface();
    if (!table)
        return;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        if (table->columnDescription(column).trimmed().isEmpty())
            walk.problems << QStringLiteral("%1: column %2 has no header").arg(path).arg(column + 1);
    }
    // A hidden column must not be read out: its header cell and its cells are marked invisible.
    // A table's children are its rows of cells, the header's first, each after its row header
    // (the corner button, above the row headers); a tree's have no row header.
    const int rowHeader = qobject_cast<QTableView *>(view) ? 1 : 0;
    const int perRow = table->columnCount() + rowHeader;
    for (int column = 0; column < table->columnCount(); ++column) {
        if (!header->isSectionHidden(column))
            continue;
        for (int row = 0; row < 2 && row * perRow + rowHeader + column < iface->childCount(); ++row) {
            QAccessibleInterface *cell = iface->child(row * perRow + rowHeader + column);
            if (cell && !cell->state().invisible)
                walk.problems << QStringLiteral("%1: hidden column “%2” is exposed as shown (%3)")
                                     .arg(path, table->columnDescription(column), describe(cell));
        }
    }
}

// Under a hidden widget: every widget there must be exposed as hidden too.
inline void visitHidden(QAccessibleInterface *iface, const QString &path, Walk &walk, int depth)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    if (QObject *o = iface->object())
        walk.reached.insert(o);
    if (hiddenWidget(iface) && !iface->state().invisible)
        walk.problems << QStringLiteral("%1: hidden, but exposed as shown").arg(path);
    if (qobject_cast<QAbstractItemView *>(iface->object()))
        return; // its cells are not widgets
    for (int i = 0; i < iface->childCount(); ++i) {
        QAccessibleInterface *child = iface->child(i);
        if (child && child->isValid())
            visitHidden(child, path + QStringLiteral(" › ") + describe(child), walk, depth + 1);
    }
}

inline void visit(QAccessibleInterface *iface, const QString &parentPath, Walk &walk, int depth)
{
    if (!iface || !iface->isValid() || depth > 64)
        return;
    const QString path = parentPath.isEmpty() ? describe(iface) : parentPath + QStringLiteral(" › ") + describe(iface);
    if (QObject *o = iface->object())
        walk.reached.insert(o);
    const QAccessible::State state = iface->state();
    if (hiddenWidget(iface) || state.invisible) {
        // Nothing under a hidden widget is seen, and nothing there may say it is.
        visitHidden(iface, path, walk, depth);
        return;
    }
    const QAccessible::Role role = iface->role();
    const bool checkableCell = (role == QAccessible::Cell || role == QAccessible::TreeItem || role == QAccessible::ListItem)
        && state.checkable;
    if ((isInteractive(role) || checkableCell) && iface->text(QAccessible::Name).trimmed().isEmpty())
        walk.problems << QStringLiteral("%1: a %2 without a name").arg(path, roleName(role).toLower());
    // A message box's icon is Qt's own and unnamed; the box is read as an alert with its text,
    // which carries what the icon shows.
    if (isImage(role) && iface->text(QAccessible::Name).trimmed().isEmpty()
        && !(iface->parent() && iface->parent()->role() == QAccessible::AlertMessage))
        walk.problems << QStringLiteral("%1: an image without a text alternative").arg(path);
    checkTable(iface, path, walk);
    const bool isView = qobject_cast<QAbstractItemView *>(iface->object()) != nullptr;
    const int children = iface->childCount();
    for (int i = 0; i < children && (!isView || i < walk.cellsPerTable); ++i)
        visit(iface->child(i), path, walk, depth + 1);
}

// The path of a widget that the accessible tree does not reach (a cell's editor lives on the
// table's viewport, whose cells are the table's children): through its parent widgets.
inline QString widgetPath(QWidget *w, QWidget *window)
{
    QStringList parts;
    for (QWidget *p = w; p; p = p->parentWidget()) {
        parts.prepend(describe(p));
        if (p == window)
            break;
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace detail

// What a screen-reader user would miss in `window` as it is shown now: see the top of this file.
inline QStringList accessibilityProblems(QWidget *window)
{
    detail::Walk walk;
    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(window);
    if (!root)
        return {QStringLiteral("%1: no accessible interface").arg(QString::fromLatin1(window->metaObject()->className()))};
    detail::visit(root, QString(), walk, 0);
    // Shown widgets the tree does not lead to are still announced when they take focus: a cell's
    // editor, a widget set on a cell.
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->window() != window->window() || !w->isVisible() || walk.reached.contains(w))
            continue;
        // Elsewhere, what the tree does not reach is part of a widget that draws and reads it
        // itself (a scroll bar's buttons).
        const bool onAView = [&] {
            for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
                if (qobject_cast<QAbstractItemView *>(p))
                    return true;
            }
            return false;
        }();
        QAccessibleInterface *iface = onAView ? QAccessible::queryAccessibleInterface(w) : nullptr;
        if (iface)
            detail::visit(iface, detail::widgetPath(w->parentWidget(), window), walk, 0);
    }
    return walk.problems;
}

// The tree as a screen reader gets it, one element a line, with its state: to see what a
// failure is about.
inline QString dumpTree(QWidget *window, int cellsPerTable = 40)
{
    QString out;
    const std::function<void(QAccessibleInterface *, int)> dump = [&](QAccessibleInterface *iface, int depth) {
        if (!iface || !iface->isValid() || depth > 64)
            return;
        const QAccessible::State s = iface->state();
        out += QString(depth * 2, u' ') + describe(iface);
        if (const QString d = iface->text(QAccessible::Description); !d.isEmpty())
            out += QStringLiteral(" desc “%1”").arg(d);
        if (const QString v = iface->text(QAccessible::Value); !v.isEmpty())
            out += QStringLiteral(" value “%1”").arg(v);
        out += QStringLiteral("%1%2%3").arg(s.invisible ? QStringLiteral(" invisible") : QString(),
                                           s.focusable ? QStringLiteral(" focusable") : QString(),
                                           s.focused ? QStringLiteral(" focused") : QString());
        for (const auto &[other, relation] : iface->relations()) {
            if (relation & QAccessible::Label)
                out += QStringLiteral(" labelled by %1").arg(describe(other));
            if (relation & QAccessible::Labelled)
                out += QStringLiteral(" labels %1").arg(describe(other));
        }
        out += u'\n';
        if (s.invisible)
            return;
        const bool isView = qobject_cast<QAbstractItemView *>(iface->object()) != nullptr;
        for (int i = 0; i < iface->childCount() && (!isView || i < cellsPerTable); ++i)
            dump(iface->child(i), depth + 1);
    };
    dump(QAccessible::queryAccessibleInterface(window), 0);
    return out;
}

// The widgets Tab should stop at in `root` (a window, or a part of one): shown, enabled, taking
// focus by Tab, and not handing it on to another (a focus proxy).
inline QList<QWidget *> tabStops(QWidget *root)
{
    QList<QWidget *> stops;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (w->window() != root->window() || !w->isVisible() || !w->isEnabled() || w->focusProxy()
            || (w->focusPolicy() & Qt::TabFocus) != Qt::TabFocus)
            continue;
        stops << w;
    }
    return stops;
}

namespace detail {

// Presses Tab (or Shift+Tab) from `start` until focus comes back to it, or leaves the window,
// stays put (unless `start` is the only stop) or comes to a stop twice; the stops in the order
// reached, `start` first. A table, list or tree must be left at the first press (arrow keys move in
// it); a text with links may walk them first, as a browser does, but not for ever.
inline QList<QWidget *> cycle(QWidget *window, QWidget *start, bool forward, int limit, bool alone,
                              QStringList &problems)
{
    constexpr int StopsInside = 200;
    const QString key = forward ? QStringLiteral("Tab") : QStringLiteral("Shift+Tab");
    QList<QWidget *> visited{start};
    QWidget *previous = start;
    int inside = 0; // presses that stayed in `previous`
    for (int moves = 0; moves < limit;) {
        QTest::keyClick(previous, Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
        QWidget *now = QApplication::focusWidget();
        if (!now || now->window() != window) {
            problems << QStringLiteral("%1 from %2 leaves the window").arg(key, describe(previous));
            return visited;
        }
        if (now == previous && !alone) {
            if (!qobject_cast<QAbstractItemView *>(now) && ++inside < StopsInside)
                continue;
            problems << QStringLiteral("%1 stays in %2: trapped").arg(key, widgetPath(now, window));
            return visited;
        }
        inside = 0;
        ++moves;
        if (now == start)
            return visited;
        if (visited.contains(now)) {
            problems << QStringLiteral("%1 reaches %2 twice before coming back to %3").arg(key, describe(now), describe(start));
            return visited;
        }
        visited << now;
        previous = now;
    }
    problems << QStringLiteral("%1 never comes back to %2 in %3 presses").arg(key, describe(start)).arg(limit);
    return visited;
}

// Whether `b` reads before `a`, as English and Spanish read, in lines and in columns side by side:
// on its line and to its left; in its column and above it; or above it in a column to its left.
// Above in a column to the right is the next column; below, however far left, the next line.
inline bool readsBefore(const QWidget *b, const QWidget *a)
{
    constexpr int Slack = 2;
    const QRect ra(a->mapToGlobal(QPoint(0, 0)), a->size());
    const QRect rb(b->mapToGlobal(QPoint(0, 0)), b->size());
    const bool above = rb.bottom() <= ra.top() + Slack;
    const bool left = rb.right() <= ra.left() + Slack;
    const bool sameLine = rb.top() < ra.bottom() - Slack && ra.top() < rb.bottom() - Slack;
    const bool sameColumn = rb.left() < ra.right() - Slack && ra.left() < rb.right() - Slack;
    return (sameLine && left) || (above && (sameColumn || left));
}

inline QString orderText(const QList<QWidget *> &order)
{
    QStringList names;
    for (QWidget *w : order)
        names << describe(w);
    return names.join(QStringLiteral(" → "));
}

} // namespace detail

// Presses Tab from the widget with focus (the window's first stop when none has it) until focus
// comes back to it: every stop once, none twice, nothing hidden or disabled, never stuck, in
// reading order (top to bottom, left to right). Then Shift+Tab, which must go back the same way.
inline QStringList focusChainProblems(QWidget *window, QList<QWidget *> *order = nullptr)
{
    QStringList problems;
    if (!window->isActiveWindow()) {
        window->activateWindow();
        QApplication::setActiveWindow(window);
    }
    const QList<QWidget *> stops = tabStops(window);
    if (stops.isEmpty())
        return problems;
    QWidget *start = QApplication::focusWidget();
    if (!start || start->window() != window || !stops.contains(start)) {
        start = stops.first();
        start->setFocus(Qt::TabFocusReason);
    }
    if (QApplication::focusWidget() != start)
        return {QStringLiteral("%1 does not take focus").arg(describe(start))};
    const int limit = int(stops.size()) * 2 + 4;
    const bool alone = stops.size() == 1;
    const QList<QWidget *> forward = detail::cycle(window, start, true, limit, alone, problems);
    for (QWidget *w : forward) {
        if (!stops.contains(w))
            problems << QStringLiteral("Tab reaches %1, which is hidden, disabled or not a Tab stop").arg(describe(w));
    }
    for (QWidget *w : stops) {
        if (!forward.contains(w))
            problems << QStringLiteral("Tab never reaches %1").arg(detail::widgetPath(w, window));
    }
    // Round the window once, Tab goes back up (or left) once: from the last control to the first.
    // Going back anywhere else is out of reading order.
    if (problems.isEmpty() && forward.size() > 2) {
        QStringList back;
        for (qsizetype i = 0; i < forward.size(); ++i) {
            QWidget *from = forward[i];
            QWidget *to = forward[(i + 1) % forward.size()];
            if (detail::readsBefore(to, from))
                back << QStringLiteral("from %1 back to %2").arg(describe(from), describe(to));
        }
        if (back.size() > 1)
            problems << QStringLiteral("Tab does not follow reading order: it goes %1").arg(back.join(QStringLiteral("; ")));
    }
    if (problems.isEmpty()) {
        start->setFocus(Qt::BacktabFocusReason);
        QList<QWidget *> backward = detail::cycle(window, start, false, limit, alone, problems);
        std::reverse(backward.begin() + 1, backward.end());
        if (problems.isEmpty() && backward != forward)
            problems << QStringLiteral("Shift+Tab does not go back the way Tab came: %1").arg(detail::orderText(backward));
    }
    if (!problems.isEmpty())
        problems << QStringLiteral("(Tab went: %1)").arg(detail::orderText(forward));
    if (order)
        *order = forward;
    start->setFocus(Qt::TabFocusReason);
    return problems;
}

// In every shown table, list and tree that Tab stops at, with a current cell: Tab leaves it in one
// press, and so does Shift+Tab.
inline QStringList tableTrapProblems(QWidget *window)
{
    QStringList problems;
    for (QWidget *w : tabStops(window)) {
        auto *view = qobject_cast<QAbstractItemView *>(w);
        if (!view)
            continue;
        for (const Qt::KeyboardModifiers modifiers : {Qt::KeyboardModifiers(Qt::NoModifier),
                                                      Qt::KeyboardModifiers(Qt::ShiftModifier)}) {
            view->setFocus(Qt::TabFocusReason);
            if (QAbstractItemModel *model = view->model(); model && !view->currentIndex().isValid()
                && model->rowCount(view->rootIndex()) > 0)
                view->setCurrentIndex(model->index(0, 0, view->rootIndex()));
            if (QApplication::focusWidget() != view) {
                problems << QStringLiteral("%1 does not take focus").arg(describe(view));
                break;
            }
            QTest::keyClick(view, Qt::Key_Tab, modifiers);
            QWidget *now = QApplication::focusWidget();
            if (now == view || (now && view->isAncestorOf(now)))
                problems << QStringLiteral("%1 in %2 does not leave it")
                                .arg(modifiers ? QStringLiteral("Shift+Tab") : QStringLiteral("Tab"),
                                     detail::widgetPath(view, window));
        }
    }
    return problems;
}

// Records what the application tells the screen reader, while it lives. One at a time.
class AccessibleEvents final
{
public:
    struct Event
    {
        QAccessible::Event type;
        QPointer<QObject> object;
        int child = -1;
        QString name;         // of the element the event is about, when it was sent
        QString description;
        QString path;
        bool objectShown = false; // the widget it is about was shown when it was sent
    };

    AccessibleEvents()
    {
        s_current = this;
        m_previous = QAccessible::installUpdateHandler(&AccessibleEvents::handle);
        // Events are sent only while a screen reader is said to listen; the offscreen platform
        // has none, so it is told one does.
        if (QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility()) {
            m_wasActive = platform->isActive();
            platform->setActive(true);
        }
    }
    ~AccessibleEvents()
    {
        if (QPlatformAccessibility *platform = QGuiApplicationPrivate::platformIntegration()->accessibility())
            platform->setActive(m_wasActive);
        QAccessible::installUpdateHandler(m_previous);
        s_current = nullptr;
    }
    AccessibleEvents(const AccessibleEvents &) = delete;
    AccessibleEvents &operator=(const AccessibleEvents &) = delete;

    // Whether events reach this recorder at all.
    static bool isListening() { return QAccessible::isActive(); }

    void clear() { m_events.clear(); }
    QList<Event> events(QAccessible::Event type) const
    {
        QList<Event> out;
        for (const Event &e : m_events) {
            if (e.type == type)
                out << e;
        }
        return out;
    }
    QList<Event> eventsOn(const QObject *object) const
    {
        QList<Event> out;
        for (const Event &e : m_events) {
            if (e.object == object)
                out << e;
        }
        return out;
    }
    // Focus events on anything but `widget` (or its cells), or on something not shown: what a
    // screen reader would announce although the keyboard is in `widget`.
    QStringList strayFocus(const QWidget *widget) const
    {
        QStringList out;
        for (const Event &e : events(QAccessible::Focus)) {
            if (e.object != widget || !e.objectShown)
                out << QStringLiteral("%1%2").arg(e.path, e.objectShown ? QString() : QStringLiteral(" (not shown)"));
        }
        return out;
    }

    // Focus events on something not shown.
    QStringList hiddenFocus() const
    {
        QStringList out;
        for (const Event &e : events(QAccessible::Focus)) {
            if (!e.objectShown)
                out << e.path;
        }
        return out;
    }

private:
    static void handle(QAccessibleEvent *event)
    {
        if (!s_current)
            return;
        Event e{event->type(), event->object(), event->child(), {}, {}, {}, false};
        if (QAccessibleInterface *iface = event->accessibleInterface(); iface && iface->isValid()) {
            e.name = iface->text(QAccessible::Name);
            e.description = iface->text(QAccessible::Description);
            e.path = pathOf(iface);
        }
        if (const QObject *o = event->object(); o && o->isWidgetType())
            e.objectShown = static_cast<const QWidget *>(o)->isVisible();
        s_current->m_events << e;
    }

    inline static AccessibleEvents *s_current = nullptr;
    QAccessible::UpdateHandler m_previous = nullptr;
    bool m_wasActive = false;
    QList<Event> m_events;
};

} // namespace rb::test
