#pragma once

#include <QAccessibleWidget>

#include <vector>

namespace rb {

class TextPane;

// A TextPane as assistive technology sees it: its text, to read by character, word or line, and
// its links as children of the link role (AccessibleLink). Qt 6.4's own interface for a text
// browser has the text only, and its AT-SPI bridge knows no hypertext: a screen reader would find
// no link to follow.
class AccessibleTextPane final : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit AccessibleTextPane(TextPane *pane);
    ~AccessibleTextPane() override;

    void *interface_cast(QAccessible::InterfaceType type) override;
    QAccessible::State state() const override;
    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    void selection(int selectionIndex, int *startOffset, int *endOffset) const override;
    int selectionCount() const override;
    void addSelection(int startOffset, int endOffset) override;
    void removeSelection(int selectionIndex) override;
    void setSelection(int selectionIndex, int startOffset, int endOffset) override;
    int cursorPosition() const override;
    void setCursorPosition(int position) override;
    QString text(int startOffset, int endOffset) const override;
    int characterCount() const override;
    QRect characterRect(int offset) const override;
    int offsetAtPoint(const QPoint &point) const override;
    void scrollToSubstring(int startIndex, int endIndex) override;
    QString attributes(int offset, int *startOffset, int *endOffset) const override;

private:
    TextPane *pane() const;
    // The links' interfaces, made again for a new revision of the document.
    void follow() const;

    mutable std::vector<QAccessible::Id> m_links; // 0 until asked for
    mutable quint64 m_revision = 0;
};

} // namespace rb
