#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace rb {

// Help ▸ Keyboard Shortcuts: every key of the window, read from its menus and actions when the
// dialog opens, so the list says what the keys do today and cannot drift from them.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString keys;   // as the desktop writes them: "Ctrl+Shift+S"
        QString action; // what they do: "Save Session As"
        QString where;  // the menu, or the part of the window they work in
    };

    // Lists the shortcuts of `window` (its menu bar's menus, and actions of its widgets).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The shortcuts of `window`: first each menu's key, then every action in the menus in their
    // order, then actions with keys elsewhere in the window, then the keys of its dialogs.
    static QList<Entry> entriesOf(const QWidget *window);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list = nullptr;
};

} // namespace rb
