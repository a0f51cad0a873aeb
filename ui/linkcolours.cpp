#include "linkcolours.h"

#include <QBrush>
#include <QEvent>
#include <QList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>

#include <utility>

namespace rb {

LinkColours::LinkColours(QTextEdit *view)
    : QObject(view)
    , m_view(view)
{
    view->installEventFilter(this);
}

LinkColours::~LinkColours() = default;

void LinkColours::follow(QTextEdit *view)
{
    if (!view->findChild<LinkColours *>(QString(), Qt::FindDirectChildrenOnly))
        new LinkColours(view);
}

void LinkColours::recolour(QTextDocument *document, const QBrush &link)
{
    // The links' stretches first: changing a format while walking the fragments would split
    // and merge the very fragments walked.
    QList<std::pair<int, int>> stretches;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty() && format.foreground() != link)
                stretches.append({fragment.position(), fragment.position() + fragment.length()});
        }
    }
    if (stretches.isEmpty())
        return;
    // Not an edit anyone could undo: the text is the same.
    const bool undo = document->isUndoRedoEnabled();
    document->setUndoRedoEnabled(false);
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    QTextCharFormat colour;
    colour.setForeground(link);
    for (const auto &[start, end] : std::as_const(stretches)) {
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(colour);
    }
    cursor.endEditBlock();
    document->setUndoRedoEnabled(undo);
}

bool LinkColours::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange)
        recolour(m_view->document(), m_view->palette().link());
    return QObject::eventFilter(watched, event);
}

} // namespace rb
