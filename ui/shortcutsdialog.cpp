#include "shortcutsdialog.h"

#include "acknowledgedialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rb {

namespace {

// A menu's or an action's text as read: no mnemonic marks, no "…".
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text.trimmed();
}

QString keysOf(const QList<QKeySequence> &sequences)
{
    QStringList keys;
    for (const QKeySequence &s : sequences) {
        if (!s.isEmpty())
            keys << s.toString(QKeySequence::NativeText);
    }
    return keys.join(QLatin1String(", "));
}

void walk(const QMenu *menu, const QString &path, QList<ShortcutsDialog::Entry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        seen.insert(action);
        if (const QMenu *sub = action->menu()) {
            walk(sub, ShortcutsDialog::tr("%1 ▸ %2").arg(path, plain(sub->title())), entries, seen);
            continue;
        }
        const QString keys = keysOf(action->shortcuts());
        if (!keys.isEmpty())
            entries.append({keys, plain(action->text()), path});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    const QMenuBar *bar = window->findChild<QMenuBar *>(QString(), Qt::FindDirectChildrenOnly);
    if (bar) {
        // Alt and the letter underlined in each menu's name opens it.
        for (const QAction *action : bar->actions()) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
            if (action->menu() && !mnemonic.isEmpty())
                entries.append({mnemonic.toString(QKeySequence::NativeText),
                                tr("Open the %1 menu").arg(plain(action->text())), tr("Menu bar")});
        }
        for (const QAction *action : bar->actions()) {
            if (const QMenu *menu = action->menu())
                walk(menu, plain(menu->title()), entries, seen);
        }
    }
    // Keys that belong to a part of the window rather than to a menu; one already listed under
    // the same words (each table's Copy and Edit ▸ Copy) is not listed again.
    QSet<QString> listed;
    for (const Entry &e : entries)
        listed.insert(e.keys + u'\n' + e.action);
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->text().isEmpty())
            continue;
        const QString keys = keysOf(action->shortcuts());
        const QString what = plain(action->text());
        if (keys.isEmpty() || listed.contains(keys + u'\n' + what))
            continue;
        listed.insert(keys + u'\n' + what);
        QString where;
        for (const QObject *o : action->associatedObjects()) {
            if (const auto *w = qobject_cast<const QWidget *>(o); w && !w->accessibleName().isEmpty()) {
                where = w->accessibleName();
                break;
            }
        }
        entries.append({keys, what, where.isEmpty() ? tr("The window") : where});
    }
    entries.append({keysOf(AcknowledgeDialog::acceptKeys()), tr("Acknowledge with the note typed"),
                    AcknowledgeDialog::tr("Acknowledge Finding")});
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    auto *intro = new QLabel(tr("Every key of the window. In a menu, the underlined letter chooses an item; in a "
                                "dialog, Alt and the underlined letter goes to a field."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("shortcutList"));
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setHeaderLabels({tr("Keys"), tr("What they do"), tr("Where")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    for (const Entry &e : entriesOf(window)) {
        auto *item = new QTreeWidgetItem(m_list, {e.keys, e.action, e.where});
        item->setToolTip(1, e.action);
        item->setToolTip(2, e.where);
    }
    m_list->header()->setStretchLastSection(true);
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);

    QSize size(fontMetrics().averageCharWidth() * 100, fontMetrics().lineSpacing() * 32);
    if (const QScreen *screen = parent ? parent->screen() : QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 9 / 10);
    resize(size);
}

ShortcutsDialog::~ShortcutsDialog() = default;

} // namespace rb
