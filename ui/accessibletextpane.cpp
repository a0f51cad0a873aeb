#include "accessibletextpane.h"

#include "accessiblelink.h"
#include "textpane.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace rb {

AccessibleTextPane::AccessibleTextPane(TextPane *pane)
    : QAccessibleWidget(pane, QAccessible::StaticText)
    , m_revision(pane->revision())
{
}

AccessibleTextPane::~AccessibleTextPane()
{
    for (const QAccessible::Id id : m_links) {
        if (id != 0)
            QAccessible::deleteAccessibleInterface(id);
    }
}

TextPane *AccessibleTextPane::pane() const
{
    return static_cast<TextPane *>(widget());
}

void AccessibleTextPane::follow() const
{
    if (m_revision == pane()->revision() && m_links.size() == pane()->links().size())
        return;
    for (const QAccessible::Id id : m_links) {
        if (id != 0)
            QAccessible::deleteAccessibleInterface(id);
    }
    m_revision = pane()->revision();
    m_links.assign(pane()->links().size(), 0);
}

void *AccessibleTextPane::interface_cast(QAccessible::InterfaceType type)
{
    if (type == QAccessible::TextInterface)
        return static_cast<QAccessibleTextInterface *>(this);
    return QAccessibleWidget::interface_cast(type);
}

QAccessible::State AccessibleTextPane::state() const
{
    QAccessible::State state = QAccessibleWidget::state();
    state.readOnly = true;
    state.multiLine = true;
    state.selectableText = true;
    return state;
}

QString AccessibleTextPane::text(QAccessible::Text t) const
{
    if (t == QAccessible::Value)
        return pane()->toPlainText();
    return QAccessibleWidget::text(t);
}

int AccessibleTextPane::childCount() const
{
    return int(pane()->links().size());
}

QAccessibleInterface *AccessibleTextPane::child(int index) const
{
    follow();
    if (index < 0 || size_t(index) >= m_links.size())
        return nullptr;
    QAccessible::Id &id = m_links[size_t(index)];
    if (id == 0)
        id = QAccessible::registerAccessibleInterface(new AccessibleLink(pane(), index, m_revision));
    return QAccessible::accessibleInterface(id);
}

int AccessibleTextPane::indexOfChild(const QAccessibleInterface *child) const
{
    if (!child || child->role() != QAccessible::Link || child->parent() != this)
        return -1;
    const int index = static_cast<const AccessibleLink *>(child)->index();
    return child->isValid() ? index : -1;
}

QAccessibleInterface *AccessibleTextPane::childAt(int x, int y) const
{
    const QPoint local = pane()->viewport()->mapFromGlobal(QPoint(x, y));
    for (int i = 0; i < childCount(); ++i) {
        if (pane()->linkRect(i).contains(local))
            return child(i);
    }
    return nullptr;
}

void AccessibleTextPane::selection(int selectionIndex, int *startOffset, int *endOffset) const
{
    *startOffset = *endOffset = 0;
    const QTextCursor cursor = pane()->textCursor();
    if (selectionIndex == 0 && cursor.hasSelection()) {
        *startOffset = cursor.selectionStart();
        *endOffset = cursor.selectionEnd();
    }
}

int AccessibleTextPane::selectionCount() const
{
    return pane()->textCursor().hasSelection() ? 1 : 0;
}

void AccessibleTextPane::addSelection(int startOffset, int endOffset)
{
    setSelection(0, startOffset, endOffset);
}

void AccessibleTextPane::removeSelection(int selectionIndex)
{
    if (selectionIndex != 0)
        return;
    QTextCursor cursor = pane()->textCursor();
    cursor.clearSelection();
    pane()->setTextCursor(cursor);
}

void AccessibleTextPane::setSelection(int selectionIndex, int startOffset, int endOffset)
{
    if (selectionIndex != 0)
        return;
    const int last = characterCount();
    QTextCursor cursor(pane()->document());
    cursor.setPosition(std::clamp(startOffset, 0, last));
    cursor.setPosition(std::clamp(endOffset, 0, last), QTextCursor::KeepAnchor);
    pane()->setTextCursor(cursor);
}

int AccessibleTextPane::cursorPosition() const
{
    return pane()->textCursor().position();
}

void AccessibleTextPane::setCursorPosition(int position)
{
    QTextCursor cursor(pane()->document());
    cursor.setPosition(std::clamp(position, 0, characterCount()));
    pane()->setTextCursor(cursor);
}

QString AccessibleTextPane::text(int startOffset, int endOffset) const
{
    const int last = characterCount();
    QTextCursor cursor(pane()->document());
    cursor.setPosition(std::clamp(startOffset, 0, last));
    cursor.setPosition(std::clamp(endOffset, 0, last), QTextCursor::KeepAnchor);
    // Paragraphs, tables and line breaks as the new lines they read as, as toPlainText() has
    // them; one character each, so that offsets stay the document's.
    QString text = cursor.selectedText();
    for (QChar &c : text) {
        switch (c.unicode()) {
        case QChar::ParagraphSeparator:
        case QChar::LineSeparator:
        case 0xfdd0: // a table's (a frame's) start and end
        case 0xfdd1: c = QLatin1Char('\n'); break;
        case QChar::Nbsp: c = QLatin1Char(' '); break;
        default: break;
        }
    }
    return text;
}

int AccessibleTextPane::characterCount() const
{
    return std::max(0, pane()->document()->characterCount() - 1);
}

QRect AccessibleTextPane::characterRect(int offset) const
{
    QTextCursor cursor(pane()->document());
    cursor.setPosition(std::clamp(offset, 0, characterCount()));
    QRect r = pane()->cursorRect(cursor);
    const QString character = text(offset, offset + 1);
    r.setWidth(std::max(1, QFontMetrics(cursor.charFormat().font()).horizontalAdvance(character)));
    return QRect(pane()->viewport()->mapToGlobal(r.topLeft()), r.size());
}

int AccessibleTextPane::offsetAtPoint(const QPoint &point) const
{
    const QPoint local = pane()->viewport()->mapFromGlobal(point);
    if (!pane()->viewport()->rect().contains(local))
        return -1;
    return pane()->cursorForPosition(local).position();
}

void AccessibleTextPane::scrollToSubstring(int startIndex, int endIndex)
{
    setSelection(0, startIndex, endIndex);
    pane()->ensureCursorVisible();
}

QString AccessibleTextPane::attributes(int offset, int *startOffset, int *endOffset) const
{
    // No attributes are told; the run is the paragraph the offset is in.
    const QTextBlock block = pane()->document()->findBlock(std::clamp(offset, 0, characterCount()));
    *startOffset = block.isValid() ? block.position() : offset;
    *endOffset = block.isValid() ? block.position() + block.length() - 1 : offset;
    return {};
}

} // namespace rb
