#include "announcer.h"

#include "accessibility.h"

namespace rb {

Announcer::Announcer(QWidget *parent)
    : QWidget(parent)
{
    installAccessibility();
    setObjectName(QStringLiteral("announcer"));
    setFocusPolicy(Qt::NoFocus);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    // Out of any layout, a pixel in the corner, painting nothing.
    setGeometry(0, 0, 1, 1);
    hide();
}

Announcer::~Announcer() = default;

void Announcer::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    // Said again when it is the same: a second filter that leaves as many rows still answers.
    setAccessibleName(text);
    hide();
    if (parentWidget() && parentWidget()->isVisible()) {
        show();
        lower();
    }
}

} // namespace rb
