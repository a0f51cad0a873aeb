#pragma once

#include <QObject>

class QBrush;
class QTextDocument;
class QTextEdit;

namespace rb {

// Keeps the links of a rich text view in the link colour of its palette. Qt writes the palette's
// link colour of the moment into the document when HTML is set, and paints that from then on: after
// View ▸ Dark Palette the inspector's links stayed the light palette's blue, at 1.9:1 on the dark
// base, until another record was shown. Following the palette instead of rendering the page again
// keeps what is scrolled to, selected and focused.
class LinkColours final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkColours)

public:
    // From now on, each change of `view`'s palette recolours its links. Owned by `view`.
    static void follow(QTextEdit *view);

    // Gives every link in `document` the colour `link`.
    static void recolour(QTextDocument *document, const QBrush &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit LinkColours(QTextEdit *view);
    ~LinkColours() override;

    QTextEdit *m_view;
};

} // namespace rb
