#include "accessibility.h"

#include "accessibletextpane.h"
#include "announcer.h"
#include "textpane.h"

#include <QAccessible>
#include <QAccessibleWidget>

namespace rb {

namespace {

QAccessibleInterface *interfaceFor(const QString &, QObject *object)
{
    if (auto *pane = qobject_cast<TextPane *>(object))
        return new AccessibleTextPane(pane);
    if (auto *announcer = qobject_cast<Announcer *>(object))
        return new QAccessibleWidget(announcer, QAccessible::Notification);
    return nullptr;
}

} // namespace

void installAccessibility()
{
    QAccessible::installFactory(interfaceFor);
}

} // namespace rb
