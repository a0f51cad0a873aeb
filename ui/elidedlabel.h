#pragma once

#include <QLabel>

namespace rb {

// A one-line label that gives way when there is no room: its text is cut short with "…" rather
// than pushing the window wider (text() and the tooltip keep it whole). For the status bar, whose
// permanent widgets otherwise all keep their full width.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);
    ~ElidedLabel() override;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rb
