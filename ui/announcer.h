#pragma once

#include <QWidget>

namespace rb {

// Says a result to a screen reader as it comes, without moving the keyboard: the findings or
// rows a filter leaves, what a long job came to. The window shows the same text where a sighted
// person looks (the count beside the filters, the status bar); this says it to one who does not.
//
// Qt 6.4 has no announcement event (6.8 brings one), and its AT-SPI bridge drops alert events:
// what Orca reads out unasked is a notification that shows. So the announcer is an object of the
// notification role, of no size and nothing to see, named by the text, hidden and shown again
// with each announcement. Nothing is said while its window is hidden.
class Announcer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Announcer)

public:
    explicit Announcer(QWidget *parent);
    ~Announcer() override;

    void announce(const QString &text);
    // What was said last.
    QString text() const { return accessibleName(); }
};

} // namespace rb
