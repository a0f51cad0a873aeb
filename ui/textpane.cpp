#include "textpane.h"

#include "accessibility.h"

#include <QAccessible>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>

namespace rb {

TextPane::TextPane(QWidget *parent)
    : QTextBrowser(parent)
{
    installAccessibility();
    setOpenLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    // A frame FrameWidth wide, which the pane paints itself (see event()), the same width focused
    // or not, so that taking the focus moves nothing; the scroll bars go inside it.
    setFrameStyle(QFrame::Box | QFrame::Plain);
    setLineWidth(FrameWidth);
    connect(this, &QTextEdit::textChanged, this, &TextPane::documentChanged);
    connect(this, &QTextEdit::selectionChanged, this, &TextPane::followKeyboard);
}

TextPane::~TextPane() = default;

void TextPane::documentChanged()
{
    m_linksKnown = false;
    ++m_revision;
    m_marked = -1;
    setExtraSelections({});
    if (QAccessible::isActive()) {
        QAccessibleEvent event(this, QAccessible::ObjectReorder);
        QAccessible::updateAccessibility(&event);
    }
}

const std::vector<TextPane::Link> &TextPane::links() const
{
    if (m_linksKnown)
        return m_links;
    m_links.clear();
    // Every fragment of an anchor, joined when one link spans several (a word in bold within it).
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!fragment.isValid() || !format.isAnchor() || format.anchorHref().isEmpty())
                continue;
            const int start = fragment.position();
            const int end = start + fragment.length();
            if (!m_links.empty() && m_links.back().end == start && m_links.back().href == format.anchorHref()) {
                m_links.back().end = end;
                m_links.back().text += fragment.text();
            } else {
                m_links.push_back({start, end, format.anchorHref(), fragment.text()});
            }
        }
    }
    for (Link &link : m_links)
        link.text = link.text.simplified();
    m_linksKnown = true;
    return m_links;
}

int TextPane::focusedLink() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return -1;
    const std::vector<Link> &all = links();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].start == cursor.selectionStart() && all[i].end == cursor.selectionEnd())
            return int(i);
    }
    return -1;
}

void TextPane::focusLink(int index)
{
    const std::vector<Link> &all = links();
    if (index < 0 || size_t(index) >= all.size())
        return;
    setFocus(Qt::OtherFocusReason);
    // Where Tab would come from to land on it: just before it.
    QTextCursor before(document());
    before.setPosition(all[size_t(index)].start);
    setTextCursor(before);
    if (!QTextBrowser::focusNextPrevChild(true) || focusedLink() != index) {
        QTextCursor cursor(document());
        cursor.setPosition(all[size_t(index)].start);
        cursor.setPosition(all[size_t(index)].end, QTextCursor::KeepAnchor);
        setTextCursor(cursor);
    }
    followKeyboard();
}

void TextPane::activateLink(int index)
{
    const std::vector<Link> &all = links();
    if (index < 0 || size_t(index) >= all.size())
        return;
    emit anchorClicked(QUrl(all[size_t(index)].href));
}

QRect TextPane::linkRect(int index) const
{
    const std::vector<Link> &all = links();
    if (index < 0 || size_t(index) >= all.size())
        return {};
    QTextCursor cursor(document());
    cursor.setPosition(all[size_t(index)].start);
    const QRect first = cursorRect(cursor);
    cursor.setPosition(all[size_t(index)].end);
    const QRect last = cursorRect(cursor);
    if (first.top() == last.top())
        return QRect(first.topLeft(), QPoint(last.left(), last.bottom()));
    // Over two lines or more: the lines it takes, whole.
    return QRect(QPoint(0, first.top()), QPoint(viewport()->width() - 1, last.bottom()));
}

bool TextPane::event(QEvent *event)
{
    const bool handled = QTextBrowser::event(event);
    if (event->type() == QEvent::PaletteChange && hasFocus()) {
        // The link marked in the new palette's colours (whatever else the change did to the
        // document's formats).
        m_marked = -1;
        followKeyboard();
    }
    if (event->type() == QEvent::Paint) {
        // The frame, around the viewport: the highlight colour while focused, a quiet line else.
        QPainter painter(this);
        const QRect outer = rect();
        if (hasFocus()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette().color(QPalette::Highlight));
            QRegion frame(outer);
            frame -= QRegion(outer.adjusted(FrameWidth, FrameWidth, -FrameWidth, -FrameWidth));
            painter.setClipRegion(frame);
            painter.drawRect(outer);
        } else {
            painter.fillRect(outer.adjusted(1, 1, -1, -1), palette().color(QPalette::Base));
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawRect(outer.adjusted(0, 0, -1, -1));
        }
    }
    return handled;
}

bool TextPane::focusNextPrevChild(bool next)
{
    const bool stayed = QTextBrowser::focusNextPrevChild(next);
    if (hasFocus())
        followKeyboard();
    return stayed;
}

void TextPane::keyPressEvent(QKeyEvent *event)
{
    // Past a long list of links in one key, as a text editor's Ctrl+Tab leaves it.
    if ((event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) && (event->modifiers() & Qt::ControlModifier)) {
        const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(forward);
        event->accept();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void TextPane::focusInEvent(QFocusEvent *event)
{
    // Tab comes in at the top, Shift+Tab at the bottom: each visit goes through every link.
    if (event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason) {
        QTextCursor cursor(document());
        cursor.movePosition(event->reason() == Qt::TabFocusReason ? QTextCursor::Start : QTextCursor::End);
        setTextCursor(cursor);
    }
    QTextBrowser::focusInEvent(event);
    update();
    followKeyboard();
}

void TextPane::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    update();
    followKeyboard();
}

void TextPane::followKeyboard()
{
    const int link = hasFocus() ? focusedLink() : -1;
    if (link == m_marked)
        return;
    m_marked = link;
    QList<ExtraSelection> marks;
    if (link >= 0) {
        ExtraSelection mark;
        mark.cursor = textCursor();
        mark.format.setBackground(palette().brush(QPalette::Highlight));
        mark.format.setForeground(palette().brush(QPalette::HighlightedText));
        marks.append(mark);
    }
    setExtraSelections(marks);
    if (link >= 0 && QAccessible::isActive()) {
        if (QAccessibleInterface *pane = QAccessible::queryAccessibleInterface(this)) {
            if (QAccessibleInterface *child = pane->child(link); child && child->role() == QAccessible::Link) {
                QAccessibleEvent focus(child, QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            }
        }
    }
}

} // namespace rb
