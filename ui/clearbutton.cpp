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

void enableNamedClearButton(QLineEdit *edit, const QString &name)
{
    const QString shown = name.isEmpty() ? Tr::tr("Clear") : name;
    edit->setClearButtonEnabled(true);
    // The button is drawn for an action of the field's, which Qt names in code only; the
    // button's own text stays empty, so that it is never taken for a button with a mnemonic.
    const QAction *clear = edit->findChild<QAction *>(QStringLiteral("_q_qlineeditclearaction"));
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (clear && button->defaultAction() == clear) {
            button->setAccessibleName(shown);
            button->setToolTip(shown);
        }
    }
}

} // namespace rb
