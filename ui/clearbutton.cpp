#include "clearbutton.h"

#include <QAction>
#include <QCoreApplication>
#include <QLineEdit>
#include <QToolButton>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClearButton)
};

} // namespace

void enableNamedClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    const QString name = Tr::tr("Clear");
    // The button is drawn for an action of the field's, which Qt names but gives no text.
    QAction *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    if (!clear)
        return;
    clear->setText(name);
    clear->setToolTip(name);
    // The button shows the action: its name, for a screen reader, whatever Qt copies from it.
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (button->defaultAction() == clear)
            button->setAccessibleName(name);
    }
}

} // namespace rb
