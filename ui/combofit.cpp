#include "combofit.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHelpEvent>
#include <QScrollBar>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace rb {

namespace {

// Says in full what a squeezed box shows, when the pointer rests on it: the current item's own
// tooltip, or its text. Asked at that moment, so it follows every change of the choice, those
// made with signals blocked included.
class CurrentItemTip final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            if (auto *box = qobject_cast<QComboBox *>(watched); box && box->currentIndex() >= 0) {
                const QString tip = box->currentData(Qt::ToolTipRole).toString();
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                                   tip.isEmpty() ? box->currentText() : tip, box);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void makeSqueezable(QComboBox *box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
    box->installEventFilter(new CurrentItemTip(box));
}

void fitPopupToItems(QComboBox *box)
{
    QAbstractItemView *view = box->view();
    // What the list's own delegate needs for its widest item: the text, the icon, and the room a
    // style keeps for a check mark (Fusion draws the list as a menu).
    int width = view->sizeHintForColumn(0);
    if (width <= 0)
        return;
    width += 2 * view->frameWidth();
    // A long list scrolls: its scroll bar takes room from the items.
    if (box->count() > box->maxVisibleItems())
        width += view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    view->setMinimumWidth(width);
}

} // namespace rb
