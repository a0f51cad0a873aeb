#pragma once

#include <QTextBrowser>

#include <vector>

namespace rb {

// A read-only pane of rich text (the inspector's record, a rule's explanation) that the keyboard
// and a screen reader use as well as the mouse does:
// - Tab and Shift+Tab stop on the pane, then on each of its links, then go on to the next
//   control; each visit starts from the first link (or the last, going back). Enter follows the
//   link the keyboard is on. Ctrl+Tab and Ctrl+Shift+Tab leave the pane at once, past its links.
// - That link is marked in the selection's colours, not by a dotted box alone.
// - The pane shows a frame of the highlight colour, FrameWidth pixels wide, while it has the
//   focus: the keyboard's place is seen at a glance.
// - Its links are told to assistive technology as links (AccessibleTextPane gives them), and the
//   link the keyboard moves onto as having the focus.
class TextPane : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextPane)

public:
    struct Link
    {
        int start = 0; // the document position of its first character
        int end = 0;   // past its last
        QString href;
        QString text;
    };

    static constexpr int FrameWidth = 2;

    explicit TextPane(QWidget *parent = nullptr);
    ~TextPane() override;

    // The document's links, in reading order.
    const std::vector<Link> &links() const;
    // Changes whenever the document does: links of another revision are other links.
    quint64 revision() const { return m_revision; }
    // The link the keyboard is on, -1 when it is on none.
    int focusedLink() const;
    // Puts the keyboard on link `index`, as Tab does.
    void focusLink(int index);
    // Follows link `index`, as Enter or a click does.
    void activateLink(int index);
    // Where link `index` is, in the viewport's coordinates.
    QRect linkRect(int index) const;

protected:
    bool event(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void documentChanged();
    // Marks the link the keyboard is on, and tells assistive technology when it moved to another.
    void followKeyboard();

    mutable std::vector<Link> m_links;
    mutable bool m_linksKnown = false;
    quint64 m_revision = 0;
    int m_marked = -1; // the link marked, -1 for none
};

} // namespace rb
