#include "accessiblelink.h"

#include "textpane.h"

#include <QWindow>

namespace rb {

AccessibleLink::AccessibleLink(TextPane *pane, int index, quint64 revision)
    : m_pane(pane)
    , m_index(index)
    , m_revision(revision)
{
}

AccessibleLink::~AccessibleLink() = default;

bool AccessibleLink::isValid() const
{
    return m_pane && m_pane->revision() == m_revision && m_index >= 0 && size_t(m_index) < m_pane->links().size();
}

QObject *AccessibleLink::object() const
{
    return nullptr; // a part of the pane, not an object of its own
}

QWindow *AccessibleLink::window() const
{
    return m_pane ? m_pane->window()->windowHandle() : nullptr;
}

QAccessibleInterface *AccessibleLink::parent() const
{
    return m_pane ? QAccessible::queryAccessibleInterface(m_pane.data()) : nullptr;
}

QAccessibleInterface *AccessibleLink::child(int) const
{
    return nullptr;
}

int AccessibleLink::childCount() const
{
    return 0;
}

int AccessibleLink::indexOfChild(const QAccessibleInterface *) const
{
    return -1;
}

QAccessibleInterface *AccessibleLink::childAt(int, int) const
{
    return nullptr;
}

QString AccessibleLink::text(QAccessible::Text t) const
{
    if (!isValid())
        return {};
    switch (t) {
    case QAccessible::Name: return m_pane->links()[size_t(m_index)].text;
    default: return {};
    }
}

void AccessibleLink::setText(QAccessible::Text, const QString &)
{
}

QRect AccessibleLink::rect() const
{
    if (!isValid())
        return {};
    const QRect local = m_pane->linkRect(m_index);
    return QRect(m_pane->viewport()->mapToGlobal(local.topLeft()), local.size());
}

QAccessible::Role AccessibleLink::role() const
{
    return QAccessible::Link;
}

QAccessible::State AccessibleLink::state() const
{
    QAccessible::State state;
    if (!isValid()) {
        state.invalid = true;
        return state;
    }
    state.focusable = true;
    state.linked = true;
    state.readOnly = true;
    state.focused = m_pane->hasFocus() && m_pane->focusedLink() == m_index;
    if (!m_pane->isVisible())
        state.invisible = true;
    else if (!m_pane->viewport()->rect().intersects(m_pane->linkRect(m_index)))
        state.offscreen = true;
    return state;
}

void *AccessibleLink::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

QStringList AccessibleLink::actionNames() const
{
    return {pressAction(), setFocusAction()};
}

void AccessibleLink::doAction(const QString &actionName)
{
    if (!isValid())
        return;
    if (actionName == pressAction())
        m_pane->activateLink(m_index);
    else if (actionName == setFocusAction())
        m_pane->focusLink(m_index);
}

QStringList AccessibleLink::keyBindingsForAction(const QString &actionName) const
{
    if (actionName == pressAction())
        return {QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText)};
    return {};
}

} // namespace rb
