// The window by keyboard, as a person without a mouse drives it: the menus open on Alt and their
// letter (no field of the window takes a menu's letter), every menu item has a letter of its own,
// the acknowledgement note is written and accepted from the keyboard, Back and Forward walk the
// inspector, Ctrl+L goes to the findings; and the Help menu's rules, glossary and shortcuts.

#include "acknowledgedialog.h"
#include "findingspanel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "rulesdialog.h"
#include "shortcutsdialog.h"
#include "tablepage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <functional>

using namespace rb;

namespace {

// The menu bar's menus by their letter: F for File.
QHash<QChar, QMenu *> menusByLetter(const MainWindow &window)
{
    QHash<QChar, QMenu *> menus;
    for (QAction *action : window.menuBar()->actions()) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
        if (action->menu() && !mnemonic.isEmpty())
            menus.insert(QChar(mnemonic[0].key()), action->menu());
    }
    return menus;
}

// Runs `check` on the first visible top-level widget of type T once it shows, then closes it.
template<typename T>
class WhenShown
{
public:
    explicit WhenShown(std::function<void(T *)> check)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, check] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *found = qobject_cast<T *>(w); found && found->isVisible() && !m_seen) {
                    m_seen = true;
                    m_timer.stop();
                    check(found);
                    if (found->isVisible())
                        found->close();
                    return;
                }
            }
        });
        m_timer.start(20);
    }
    bool seen() const { return m_seen; }

private:
    QTimer m_timer;
    bool m_seen = false;
};

} // namespace

class WindowKeysTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

    static bool open(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({path});
        return loaded.wait(60000);
    }

    // A window shown, active, with the sample open.
    static bool ready(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window) && open(window, sample());
    }

    static void closePopups()
    {
        while (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowkeys"));
        QSettings().setValue(QStringLiteral("operatorName"), QStringLiteral("Ana Ruiz"));
    }

    void altAndALetter_opensItsMenu()
    {
        MainWindow window;
        QVERIFY(ready(window));
        const QHash<QChar, QMenu *> menus = menusByLetter(window);
        for (const QChar letter : {u'F', u'E', u'V', u'S', u'H'}) {
            QVERIFY2(menus.contains(letter), qPrintable(QString(letter)));
            // From a table and from the findings, where the filters' labels have letters too.
            for (QWidget *from : {static_cast<QWidget *>(window.tablePage(FileKind::Users)->view()),
                                  static_cast<QWidget *>(window.findingsPanel()->view())}) {
                window.tabs()->setCurrentWidget(window.tablePage(FileKind::Users));
                from->setFocus();
                QTest::keyClick(from, Qt::Key(letter.unicode()), Qt::AltModifier);
                QTRY_COMPARE(QApplication::activePopupWidget(), static_cast<QWidget *>(menus.value(letter)));
                closePopups();
            }
        }
    }

    void noFieldOfTheWindow_takesAMenusLetter()
    {
        MainWindow window;
        QVERIFY(ready(window));
        const QHash<QChar, QMenu *> menus = menusByLetter(window);
        QStringList thieves;
        const auto check = [&](const QString &text, const QWidget *w) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(text);
            if (!mnemonic.isEmpty() && menus.contains(QChar(mnemonic[0].key()).toUpper()))
                thieves << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), text);
        };
        for (const QWidget *w : window.findChildren<QWidget *>()) {
            if (w->window() != &window || qobject_cast<const QMenu *>(w) || qobject_cast<const QMenuBar *>(w))
                continue;
            if (const auto *label = qobject_cast<const QLabel *>(w); label && label->buddy())
                check(label->text(), w);
            if (const auto *button = qobject_cast<const QAbstractButton *>(w))
                check(button->text(), w);
            if (const auto *group = qobject_cast<const QGroupBox *>(w))
                check(group->title(), w);
            if (const auto *tabs = qobject_cast<const QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(tabs->tabText(i), w);
            }
        }
        QVERIFY2(thieves.isEmpty(), qPrintable(thieves.join(QLatin1String(", "))));
    }

    void everyMenu_hasALetterPerItem()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QStringList clashes;
        std::function<void(const QMenu *)> walk = [&](const QMenu *menu) {
            QHash<int, QString> letters;
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QKeySequence mnemonic = QKeySequence::mnemonic(action->text());
                if (mnemonic.isEmpty())
                    continue;
                const int key = mnemonic[0].key();
                if (letters.contains(key))
                    clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(menu->title(), letters.value(key), action->text());
                letters.insert(key, action->text());
                if (action->menu())
                    walk(action->menu());
            }
        };
        for (const QAction *action : window.menuBar()->actions())
            walk(action->menu());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1String("; "))));
    }

    void openRecent_opensByItsLetter()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QMenu *file = menusByLetter(window).value(u'F');
        QTest::keyClick(window.tablePage(FileKind::Orgs)->view(), Qt::Key_F, Qt::AltModifier);
        QTRY_COMPARE(QApplication::activePopupWidget(), static_cast<QWidget *>(file));
        QMenu *recent = nullptr;
        for (QAction *action : file->actions()) {
            if (action->menu() && action->text().remove(u'&') == QLatin1String("Open Recent"))
                recent = action->menu();
        }
        QVERIFY(recent);
        const QKeySequence letter = QKeySequence::mnemonic(recent->menuAction()->text());
        QVERIFY(!letter.isEmpty());
        QTest::keyClick(file, letter[0].key());
        QTRY_COMPARE(QApplication::activePopupWidget(), static_cast<QWidget *>(recent));
        QVERIFY(recent->actions().first()->text().contains(QStringLiteral("lakeview")));
        closePopups();
    }

    void ctrlShiftS_isSaveSessionAs()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QString title;
        WhenShown<QFileDialog> dialog([&](QFileDialog *d) {
            title = d->windowTitle();
            d->reject();
        });
        QTest::keyClick(window.tablePage(FileKind::Orgs)->view(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(dialog.seen());
        QCOMPARE(title, QStringLiteral("Save Session As"));
    }

    void ctrlL_movesTheKeyboardIntoTheFindings()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QTableView *table = window.tablePage(FileKind::Users)->view();
        window.tabs()->setCurrentWidget(window.tablePage(FileKind::Users));
        table->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.findingsPanel()->view()));
        QVERIFY(window.findingsPanel()->view()->currentIndex().isValid());
        // Again with the panel closed: it opens.
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("findingsDock"));
        dock->hide();
        table->setFocus();
        QTest::keyClick(table, Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(dock->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.findingsPanel()->view()));
    }

    void inspector_backAndForwardThroughTheRecordsChosen()
    {
        MainWindow window;
        QVERIFY(ready(window));
        const Roster &roster = *window.result()->roster;
        const uint32_t student = roster.table(FileKind::Users).rowForId("S1000115");
        const uint32_t klass = roster.table(FileKind::Classes).rowForId("C100075");
        const uint32_t school = roster.table(FileKind::Orgs).rowForId("SCH002");
        Inspector *inspector = window.inspector();
        QVERIFY(!inspector->backAction()->isEnabled());
        window.showRecord(FileKind::Users, student);
        window.showRecord(FileKind::Classes, klass);
        window.showRecord(FileKind::Orgs, school);
        QCOMPARE(inspector->shownKind(), FileKind::Orgs);

        QWidget *from = window.tablePage(FileKind::Orgs)->view();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(inspector->shownKind(), FileKind::Classes);
        QCOMPARE(inspector->shownRow(), klass);
        // The table follows.
        QCOMPARE(window.tabs()->currentWidget(), window.tablePage(FileKind::Classes));
        QCOMPARE(window.tablePage(FileKind::Classes)->currentRecord(), klass);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(inspector->shownKind(), FileKind::Users);
        QCOMPARE(inspector->shownRow(), student);
        QVERIFY(inspector->text().contains(QStringLiteral("Parents and guardians")));
        QVERIFY(!inspector->backAction()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(inspector->shownKind(), FileKind::Classes);
        QCOMPARE(inspector->shownRow(), klass);

        // And by the buttons above the inspector.
        QToolButton *back = nullptr, *forward = nullptr;
        for (QToolButton *button : inspector->findChildren<QToolButton *>()) {
            if (button->defaultAction() == inspector->backAction())
                back = button;
            if (button->defaultAction() == inspector->forwardAction())
                forward = button;
        }
        QVERIFY(back && forward);
        QVERIFY(back->isVisible() && forward->isVisible());
        QTest::mouseClick(forward, Qt::LeftButton);
        QCOMPARE(inspector->shownKind(), FileKind::Orgs);
        QVERIFY(!forward->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QCOMPARE(inspector->shownKind(), FileKind::Classes);
        // A record chosen after going back drops the ones ahead.
        window.showRecord(FileKind::Users, student);
        QVERIFY(!inspector->forwardAction()->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(inspector->shownKind(), FileKind::Classes);
    }

    void acknowledgementNote_byKeyboard()
    {
        MainWindow window;
        QVERIFY(ready(window));
        FindingsPanel *panel = window.findingsPanel();
        panel->showFinding(2);
        panel->view()->setFocus();
        QString tabbedTo; // the class of what Tab went to
        QString typed;
        WhenShown<AcknowledgeDialog> dialog([&](AcknowledgeDialog *d) {
            QPlainTextEdit *note = d->noteEdit();
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(note));
            QTest::keyClicks(note, QStringLiteral("checked with the school"));
            // Tab leaves the note for the buttons, and writes no tab into it.
            QTest::keyClick(note, Qt::Key_Tab);
            if (QWidget *focus = QApplication::focusWidget(); focus && focus != note && d->isAncestorOf(focus))
                tabbedTo = QString::fromLatin1(focus->metaObject()->className());
            typed = note->toPlainText();
            note->setFocus();
            // Ctrl+Return acknowledges.
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::keyClick(panel->view(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(dialog.seen());
        QCOMPARE(typed, QStringLiteral("checked with the school"));
        QCOMPARE(tabbedTo, QStringLiteral("QPushButton"));
        const QList<Acknowledgement> acks = window.session()->acknowledgements(window.currentImport());
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks.first().note, QStringLiteral("checked with the school"));
    }

    void helpRules_searchAndFilterBySeverity()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QStringList problems;
        WhenShown<RulesDialog> dialog([&](RulesDialog *d) {
            if (d->pages()->currentIndex() != 0)
                problems << QStringLiteral("not on the rules");
            // The search looks in codes, titles and explanations: every rule listed says it.
            QTest::keyClicks(d->searchBox(), QStringLiteral("email"));
            const QList<RuleId> found = d->shownRules();
            if (found.isEmpty() || found.size() == RuleCount)
                problems << QStringLiteral("the search listed %1 rules").arg(found.size());
            if (!found.contains(RuleId::UserEmailMissing))
                problems << QStringLiteral("USR-EMAIL-MISSING not found");
            for (RuleId rule : found) {
                const QString all = RuleCatalogue::code(rule) + RuleCatalogue::title(rule) + RuleCatalogue::whatHappens(rule)
                    + RuleCatalogue::howToFix(rule) + RuleCatalogue::fixFor(rule, QStringLiteral("aeries"))
                    + RuleCatalogue::fixFor(rule, QStringLiteral("clever")) + RuleCatalogue::fixFor(rule, QStringLiteral("classlink"));
                if (!all.contains(QStringLiteral("email"), Qt::CaseInsensitive))
                    problems << RuleCatalogue::code(rule);
            }
            // Alerts only.
            QComboBox *severity = d->severityFilter();
            severity->setFocus();
            const int alerts = severity->findData(int(Severity::Alert));
            if (alerts < 0)
                problems << QStringLiteral("no Alerts in the severity filter");
            severity->setCurrentIndex(alerts);
            for (RuleId rule : d->shownRules()) {
                if (RuleCatalogue::severity(rule) != Severity::Alert)
                    problems << QStringLiteral("%1 is not an alert").arg(RuleCatalogue::code(rule));
            }
            if (d->shownRules().isEmpty())
                problems << QStringLiteral("no alert about email");
            // The rule chosen, explained: what the hub does, how to fix it, where it comes from.
            d->ruleList()->setFocus();
            const std::optional<RuleId> chosen = d->currentRule();
            if (!chosen) {
                problems << QStringLiteral("no rule chosen");
                return;
            }
            const QString details = d->details()->toPlainText();
            for (const QString &text : {RuleCatalogue::title(*chosen), RuleCatalogue::code(*chosen),
                                        RuleCatalogue::whatHappens(*chosen), RuleCatalogue::howToFix(*chosen)}) {
                if (!details.contains(text))
                    problems << QStringLiteral("the details lack “%1”").arg(text);
            }
            if (!details.contains(QStringLiteral("Source:")))
                problems << QStringLiteral("the details name no source");
            // Another rule, chosen by the arrows.
            QTest::keyClick(d->ruleList(), Qt::Key_Down);
            if (d->currentRule() && d->currentRule() != chosen
                && !d->details()->toPlainText().contains(RuleCatalogue::whatHappens(*d->currentRule())))
                problems << QStringLiteral("the next rule is not explained");
        });
        // Alt+H, then R: Help ▸ Rules.
        QWidget *from = window.tablePage(FileKind::Orgs)->view();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_R);
        QTRY_VERIFY(dialog.seen());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1String("; "))));
    }

    void helpGlossary_saysTheWindowsWords()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QString text;
        bool onGlossary = false;
        WhenShown<RulesDialog> dialog([&](RulesDialog *d) {
            onGlossary = d->pages()->currentWidget() == d->glossary() && d->glossary()->isVisible();
            text = d->glossary()->toPlainText();
        });
        QWidget *from = window.tablePage(FileKind::Orgs)->view();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_G);
        QTRY_VERIFY(dialog.seen());
        QVERIFY(onGlossary);
        for (const char *term : {"Error", "Alert", "Hold", "Information", "Acknowledged", "Hub school", "Import", "Session"})
            QVERIFY2(text.contains(QLatin1String(term)), term);
        QVERIFY(text.contains(QStringLiteral("sync")));
    }

    void helpKeyboardShortcuts_listsTheWindowsKeys()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QStringList keys, actions;
        WhenShown<ShortcutsDialog> dialog([&](ShortcutsDialog *d) {
            for (int i = 0; i < d->list()->topLevelItemCount(); ++i) {
                keys << d->list()->topLevelItem(i)->text(0);
                actions << d->list()->topLevelItem(i)->text(1);
            }
        });
        QWidget *from = window.tablePage(FileKind::Orgs)->view();
        from->setFocus();
        QTest::keyClick(from, Qt::Key_H, Qt::AltModifier);
        QTRY_VERIFY(QApplication::activePopupWidget());
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_K);
        QTRY_VERIFY(dialog.seen());
        const auto native = [](QKeyCombination k) { return QKeySequence(k).toString(QKeySequence::NativeText); };
        for (const QString &expected : {native(Qt::CTRL | Qt::Key_O), native(Qt::CTRL | Qt::Key_S),
                                        native(Qt::CTRL | Qt::SHIFT | Qt::Key_S), native(Qt::CTRL | Qt::Key_F),
                                        native(Qt::CTRL | Qt::Key_K), native(Qt::CTRL | Qt::Key_L),
                                        native(Qt::ALT | Qt::Key_Left), native(Qt::ALT | Qt::Key_F)})
            QVERIFY2(keys.contains(expected), qPrintable(expected + QStringLiteral(" in ") + keys.join(u' ')));
        // Said as the menus say it.
        QCOMPARE(actions.value(keys.indexOf(native(Qt::CTRL | Qt::SHIFT | Qt::Key_S))), QStringLiteral("Save Session As"));
        QCOMPARE(actions.value(keys.indexOf(native(Qt::CTRL | Qt::Key_L))), QStringLiteral("Go to Findings"));
        // Built from the window's actions: a key given to one today is listed.
        QAction extra(QStringLiteral("Something New"), &window);
        extra.setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_J));
        window.addAction(&extra);
        bool listed = false;
        for (const ShortcutsDialog::Entry &e : ShortcutsDialog::entriesOf(&window))
            listed = listed || (e.action == QLatin1String("Something New") && e.keys == native(Qt::CTRL | Qt::ALT | Qt::Key_J));
        QVERIFY(listed);
    }
};

QTEST_MAIN(WindowKeysTest)
#include "tst_windowkeys.moc"
