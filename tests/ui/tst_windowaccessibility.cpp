// The review window as a screen reader and the keyboard find it: Tab goes through every control in
// reading order and out of every table; the tables, boxes, tabs and buttons have names; the
// inspector's links are links the keyboard reaches; what a filter or a job comes to is said; the
// panes show where the focus is; and the program moving a table's current cell takes no one's
// focus.
//
// What the window tells assistive technology is read through Qt's own accessibility interfaces
// and events (QAccessible), as Qt's accessibility tests read them. Those events are sent only
// while accessibility is active, which only the platform's accessibility can be made: a private
// interface (qt6-base-private-dev), as in Qt's own tests.

#include "findingspanel.h"
#include "findingtreemodel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "oneroster/exportreader.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "roster/roster.h"
#include "session/sessionstore.h"
#include "tablepage.h"
#include "textpane.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace rb;

namespace {

// One event the window sent to assistive technology, as it was when sent.
struct Told
{
    QAccessible::Event type = QAccessible::InvalidEvent;
    QPointer<QObject> object; // null for a part of an object (a link)
    QPointer<QObject> owner;  // the object, or the one a part is of
    QPointer<QWidget> focus;  // what had the keyboard then
    QAccessible::Role role = QAccessible::NoRole;
    QString name;
};

QList<Told> &told()
{
    static QList<Told> events;
    return events;
}

void record(QAccessibleEvent *event)
{
    Told t;
    t.type = event->type();
    t.object = event->object();
    t.owner = event->object();
    t.focus = QApplication::focusWidget();
    if (QAccessibleInterface *iface = event->accessibleInterface(); iface && iface->isValid()) {
        t.role = iface->role();
        t.name = iface->text(QAccessible::Name);
        if (!t.owner && iface->parent())
            t.owner = iface->parent()->object();
    }
    told().append(t);
}

// What was said through an announcer since the list was cleared.
QStringList announced()
{
    QStringList out;
    for (const Told &t : told()) {
        if (t.type == QAccessible::ObjectShow && t.role == QAccessible::Notification)
            out << t.name;
    }
    return out;
}

QAccessibleInterface *iface(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object);
}

// Whether Tab stops on `w`: shown, enabled and taking the focus by Tab.
bool isTabStop(const QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !w->isWindow();
}

QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(nothing)");
    QString name = w->accessibleName();
    if (name.isEmpty())
        name = w->objectName();
    if (auto *button = qobject_cast<const QAbstractButton *>(w); button && name.isEmpty())
        name = button->text();
    return QStringLiteral("%1 “%2”").arg(QString::fromLatin1(w->metaObject()->className()), name);
}

QString describe(const QList<QWidget *> &widgets)
{
    QStringList out;
    for (const QWidget *w : widgets)
        out << describe(w);
    return out.join(QStringLiteral(", "));
}

QComboBox *boxNamed(QWidget *parent, const QString &name)
{
    for (QComboBox *box : parent->findChildren<QComboBox *>()) {
        if (box->accessibleName() == name)
            return box;
    }
    return nullptr;
}

QToolButton *buttonFor(QWidget *parent, QAction *action)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>()) {
        if (button->defaultAction() == action)
            return button;
    }
    return nullptr;
}

QToolButton *buttonWithText(QWidget *parent, const QString &text)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

// The text a label tied to `w` shows, as a screen reader on Linux names a box by it.
QString labelOf(QWidget *w)
{
    QStringList labels;
    for (const auto &[label, relation] : iface(w)->relations(QAccessible::Label))
        labels << label->text(QAccessible::Name);
    return labels.join(u' ');
}

// The number of columns a view shows.
int shownColumns(const QHeaderView *header)
{
    return header->count() - header->hiddenSectionCount();
}

} // namespace

class WindowAccessibilityTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

    // A window shown, active, with the sample open and kept in its (untitled) session; a user
    // and then a class in the inspector, so that it has links and Back is on.
    static bool ready(MainWindow &window)
    {
        window.show();
        window.activateWindow();
        if (!QTest::qWaitForWindowActive(&window))
            return false;
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        if (!loaded.wait(60000) || !window.result() || window.currentImport() <= 0)
            return false;
        window.showRecord(FileKind::Users, 0);
        window.showRecord(FileKind::Classes, 0);
        QCoreApplication::processEvents(); // the toolbar lays its Import list out
        return window.inspector()->canGoBack();
    }

    static bool waitForPage(TablePage *page)
    {
        if (!page->isBusy())
            return true;
        QSignalSpy updated(page, &TablePage::rowsUpdated);
        return updated.wait(30000) || !page->isBusy();
    }

    // What Tab (or Shift+Tab) stops on from `start`, once round: each control once, however many
    // presses a pane with links takes.
    static QList<QWidget *> tabCycle(QWidget *start, bool forward, QString *why)
    {
        start->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        QList<QWidget *> stops{QApplication::focusWidget()};
        for (int press = 0; press < 400; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, forward ? Qt::NoModifier : Qt::ShiftModifier);
            QWidget *now = QApplication::focusWidget();
            if (now == stops.first() && stops.size() > 1)
                return stops;
            if (now != stops.last())
                stops << now;
        }
        *why = QStringLiteral("Tab never came back to %1: %2").arg(describe(start), describe(stops));
        return {};
    }

    // The controls of the window Tab should stop on, in reading order, with the users table shown.
    static QList<QWidget *> readingOrder(MainWindow &window)
    {
        FindingsPanel *findings = window.findingsPanel();
        TablePage *users = window.tablePage(FileKind::Users);
        Inspector *inspector = window.inspector();
        QList<QWidget *> order{
            window.importChooser(),
            findings->findChild<QComboBox *>(QStringLiteral("severityFilter")),
            findings->findChild<QComboBox *>(QStringLiteral("fileFilter")),
            findings->findChild<QComboBox *>(QStringLiteral("schoolFilter")),
            findings->findChild<QCheckBox *>(QStringLiteral("hideAcknowledged")),
            findings->view(),
            findings->findChild<TextPane *>(QStringLiteral("ruleExplanation")),
            window.tabs()->tabBar(),
            users->findChild<QLineEdit *>(),
            boxNamed(users, QStringLiteral("Search in")),
            boxNamed(users, QStringLiteral("Role")),
            boxNamed(users, QStringLiteral("School")),
            boxNamed(users, QStringLiteral("Problems")),
            buttonWithText(users, QStringLiteral("Clear filters")),
            users->view(),
            buttonFor(inspector, inspector->backAction()),
            buttonFor(inspector, inspector->forwardAction()),
            inspector->findChild<TextPane *>(QStringLiteral("inspectorText")),
        };
        QList<QWidget *> stops;
        for (QWidget *w : order) {
            if (w && isTabStop(w))
                stops << w;
        }
        return stops;
    }

private slots:
    void initTestCase()
    {
        qputenv("HOME", QFile::encodeName(m_settings.filePath(QStringLiteral("home"))));
        QDir().mkpath(m_settings.filePath(QStringLiteral("home")));
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowaccessibility"));
        QSettings().setValue(QStringLiteral("operatorName"), QStringLiteral("Ana Ruiz"));

        QPlatformIntegration *platform = QGuiApplicationPrivate::platformIntegration();
        QVERIFY(platform && platform->accessibility());
        platform->accessibility()->setActive(true);
        QAccessible::installUpdateHandler(record);
        QVERIFY(QAccessible::isActive());
    }

    void init() { told().clear(); }

    void tab_goesThroughEveryControlInReadingOrder()
    {
        MainWindow window;
        QVERIFY(ready(window));
        // A second import, so that the Import list is one to choose in.
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        QVERIFY(loaded.wait(60000));
        QVERIFY(window.session() && window.session()->imports().size() == 2);
        window.showRecord(FileKind::Users, 0);
        window.showRecord(FileKind::Classes, 0);
        window.tabs()->setCurrentWidget(window.tablePage(FileKind::Users));
        QVERIFY(waitForPage(window.tablePage(FileKind::Users)));
        QCoreApplication::processEvents();

        const QList<QWidget *> expected = readingOrder(window);
        QCOMPARE(expected.first(), static_cast<QWidget *>(window.importChooser()));
        // Every control of the window Tab can stop on is one of those, and the other way round.
        QList<QWidget *> stops;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            if (isTabStop(w))
                stops << w;
        }
        for (QWidget *w : stops)
            QVERIFY2(expected.contains(w), qPrintable(QStringLiteral("%1 is not in the reading order").arg(describe(w))));
        QCOMPARE(stops.size(), expected.size());
        QVERIFY(expected.size() >= 16);

        QString why;
        const QList<QWidget *> forward = tabCycle(expected.first(), true, &why);
        QVERIFY2(!forward.isEmpty(), qPrintable(why));
        QVERIFY2(forward == expected, qPrintable(QStringLiteral("Tab went %1").arg(describe(forward))));

        QList<QWidget *> reversed(expected.crbegin(), expected.crend());
        reversed.prepend(reversed.takeLast()); // from the same start, the other way round
        const QList<QWidget *> backward = tabCycle(expected.first(), false, &why);
        QVERIFY2(!backward.isEmpty(), qPrintable(why));
        QVERIFY2(backward == reversed, qPrintable(QStringLiteral("Shift+Tab went %1").arg(describe(backward))));

        // The overview: the tab bar, the schools table, then the inspector.
        window.tabs()->setCurrentWidget(window.overviewPage());
        QTabBar *bar = window.tabs()->tabBar();
        bar->setFocus(Qt::TabFocusReason);
        QTest::keyClick(bar, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(window.overviewPage()->view()));
    }

    void tab_leavesEveryTableInOnePress()
    {
        MainWindow window;
        QVERIFY(ready(window));
        QList<QTableView *> tables{window.overviewPage()->view()};
        for (FileKind kind : {FileKind::Orgs, FileKind::Users, FileKind::Classes, FileKind::Enrollments,
                              FileKind::Demographics})
            tables << window.tablePage(kind)->view();
        QWidget *after = buttonFor(window.inspector(), window.inspector()->backAction());
        QVERIFY(after && isTabStop(after));
        for (QTableView *table : tables) {
            window.tabs()->setCurrentWidget(table->parentWidget());
            QVERIFY(table->isVisible());
            const int tab = window.tabs()->currentIndex();
            table->setFocus(Qt::TabFocusReason);
            table->setCurrentIndex(table->model()->index(1, 1));

            // The arrows move in the table.
            const QModelIndex start = table->currentIndex();
            QTest::keyClick(table, Qt::Key_Right);
            QVERIFY(table->currentIndex() != start);
            QCOMPARE(table->currentIndex().row(), start.row());
            QTest::keyClick(table, Qt::Key_Down);
            QCOMPARE(table->currentIndex().row(), start.row() + 1);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));

            // Tab leaves it for the inspector; Shift+Tab back, and once more for what is before it.
            QTest::keyClick(table, Qt::Key_Tab);
            QVERIFY2(QApplication::focusWidget() == after,
                     qPrintable(QStringLiteral("%1: Tab went to %2").arg(table->accessibleName(), describe(QApplication::focusWidget()))));
            QTest::keyClick(after, Qt::Key_Tab, Qt::ShiftModifier);
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(table));
            QTest::keyClick(table, Qt::Key_Tab, Qt::ShiftModifier);
            QVERIFY2(QApplication::focusWidget() != table && window.isAncestorOf(QApplication::focusWidget()),
                     qPrintable(table->accessibleName()));

            // Ctrl+Tab goes on to the next tab, as anywhere in the tabs.
            table->setFocus(Qt::TabFocusReason);
            QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
            QCOMPARE(window.tabs()->currentIndex(), (tab + 1) % window.tabs()->count());
        }
    }

    void controls_haveNamesAScreenReaderSays()
    {
        MainWindow window;
        QVERIFY(ready(window));

        // The tables, by what they hold.
        QCOMPARE(iface(window.overviewPage()->view())->text(QAccessible::Name), QStringLiteral("Schools table"));
        const QHash<FileKind, QString> tables{{FileKind::Orgs, QStringLiteral("Orgs table")},
                                              {FileKind::Users, QStringLiteral("Users table")},
                                              {FileKind::Classes, QStringLiteral("Classes table")},
                                              {FileKind::Enrollments, QStringLiteral("Enrollments table")},
                                              {FileKind::Demographics, QStringLiteral("Demographics table")}};
        for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
            QAccessibleInterface *table = iface(window.tablePage(it.key())->view());
            QCOMPARE(table->role(), QAccessible::Table);
            QCOMPARE(table->text(QAccessible::Name), it.value());
        }

        // Each filter box by its label, then its choice: "Role: All roles".
        TablePage *users = window.tablePage(FileKind::Users);
        window.tabs()->setCurrentWidget(users);
        const QList<std::pair<QComboBox *, QString>> boxes{
            {boxNamed(users, QStringLiteral("Search in")), QStringLiteral("Search in:")},
            {boxNamed(users, QStringLiteral("Role")), QStringLiteral("Role:")},
            {boxNamed(users, QStringLiteral("School")), QStringLiteral("School:")},
            {boxNamed(users, QStringLiteral("Problems")), QStringLiteral("Problems:")},
            {window.findingsPanel()->findChild<QComboBox *>(QStringLiteral("severityFilter")), QStringLiteral("Severity:")},
            {window.findingsPanel()->findChild<QComboBox *>(QStringLiteral("fileFilter")), QStringLiteral("File:")},
            {window.findingsPanel()->findChild<QComboBox *>(QStringLiteral("schoolFilter")), QStringLiteral("School:")},
            {window.importChooser(), QStringLiteral("Import:")},
        };
        for (const auto &[box, label] : boxes) {
            QVERIFY(box);
            QCOMPARE(labelOf(box), label);
            QCOMPARE(iface(box)->text(QAccessible::Value), box->currentText());
        }
        QCOMPARE(iface(boxNamed(users, QStringLiteral("Role")))->text(QAccessible::Value), QStringLiteral("All roles"));
        // Every table's boxes, not only the users'.
        for (FileKind kind : {FileKind::Orgs, FileKind::Classes, FileKind::Enrollments, FileKind::Demographics}) {
            window.tabs()->setCurrentWidget(window.tablePage(kind));
            for (QComboBox *box : window.tablePage(kind)->findChildren<QComboBox *>()) {
                if (box->isVisible())
                    QVERIFY2(!labelOf(box).isEmpty(), qPrintable(box->accessibleName()));
            }
        }

        // The search field's clear button.
        auto *search = users->findChild<QLineEdit *>();
        QVERIFY(search && search->isClearButtonEnabled());
        const QList<QToolButton *> clear = search->findChildren<QToolButton *>();
        QCOMPARE(clear.size(), 1);
        QCOMPARE(iface(clear.first())->role(), QAccessible::Button);
        QCOMPARE(iface(clear.first())->text(QAccessible::Name), QStringLiteral("Clear search"));

        // A tab's severity icon, in words.
        QTabBar *bar = window.tabs()->tabBar();
        QAccessibleInterface *tabs = iface(bar);
        int withIcon = 0;
        for (int i = 0; i < bar->count(); ++i) {
            const QString name = tabs->child(i)->text(QAccessible::Name);
            QVERIFY(name.startsWith(bar->tabText(i)));
            if (bar->tabIcon(i).isNull()) {
                QCOMPARE(name, bar->tabText(i));
                continue;
            }
            ++withIcon;
            QVERIFY2(QRegularExpression(QStringLiteral(", has (errors|holds|alerts|information)$")).match(name).hasMatch(),
                     qPrintable(name));
        }
        QVERIFY(withIcon >= 3);
        const int usersTab = window.tabs()->indexOf(users);
        QCOMPARE(tabs->child(usersTab)->text(QAccessible::Name), bar->tabText(usersTab) + QStringLiteral(", has errors"));

        // The overview's rows by their schools, not by numbers; and no column it does not show.
        window.tabs()->setCurrentWidget(window.overviewPage());
        QTableView *overview = window.overviewPage()->view();
        QAccessibleTableInterface *schools = iface(overview)->tableInterface();
        QVERIFY(schools);
        QCOMPARE(schools->columnCount(), shownColumns(overview->horizontalHeader()));
        // Before any matching, nothing of where schools sync.
        for (int column = 0; column < schools->columnCount(); ++column) {
            const QList<QAccessibleInterface *> headers = schools->cellAt(0, column)->tableCellInterface()->columnHeaderCells();
            QCOMPARE(headers.size(), 1);
            QVERIFY(headers.first()->text(QAccessible::Name) != QStringLiteral("Hub school"));
        }
        QCOMPARE(schools->rowCount(), 5);
        for (int row = 0; row < schools->rowCount(); ++row) {
            QAccessibleInterface *cell = schools->cellAt(row, OverviewModel::SchoolColumn);
            const QList<QAccessibleInterface *> headers = cell->tableCellInterface()->rowHeaderCells();
            QCOMPARE(headers.size(), 1);
            QCOMPARE(headers.first()->text(QAccessible::Name), cell->text(QAccessible::Name));
        }
        QCOMPARE(schools->cellAt(1, 0)->tableCellInterface()->rowHeaderCells().first()->text(QAccessible::Name),
                 QStringLiteral("Lakeview Elementary School"));
        // Nor the findings tree, nor a table.
        QTreeView *tree = window.findingsPanel()->view();
        QCOMPARE(iface(tree)->tableInterface()->columnCount(), shownColumns(tree->header()));
        QTableView *usersTable = users->view();
        QCOMPARE(iface(usersTable)->tableInterface()->columnCount(), shownColumns(usersTable->horizontalHeader()));
    }

    void findings_sayTheirSeverityAndAcknowledgementInWords()
    {
        MainWindow window;
        QVERIFY(ready(window));
        const ReadResult &result = *window.result();
        qsizetype chosen = -1;
        for (size_t i = 0; i < result.findings.size() && chosen < 0; ++i) {
            if (RuleCatalogue::severity(result.findings.at(i).rule) == Severity::Error)
                chosen = qsizetype(i);
        }
        QVERIFY(chosen >= 0);
        const QString message = result.message(result.findings.at(size_t(chosen)));
        QVERIFY(window.acknowledgeFinding(chosen, QStringLiteral("The school fixes it on Monday")));

        FindingsPanel *panel = window.findingsPanel();
        panel->showFinding(chosen);
        QTreeView *tree = panel->view();
        QAccessibleTableInterface *table = iface(tree)->tableInterface();
        QVERIFY(table);
        // The rows as a screen reader reads them: the rule's, then its findings, each saying its
        // severity first; the one acknowledged says so, and who and why.
        QAccessibleInterface *found = nullptr;
        int ruleRows = 0;
        for (int row = 0; row < table->rowCount(); ++row) {
            QAccessibleInterface *problem = table->cellAt(row, FindingTreeModel::ProblemColumn);
            const QString name = problem->text(QAccessible::Name);
            QVERIFY2(QRegularExpression(QStringLiteral("^(Error|Hold|Alert|Info)")).match(name).hasMatch(), qPrintable(name));
            const QString severity = table->cellAt(row, FindingTreeModel::SeverityColumn)->text(QAccessible::Name);
            QVERIFY2(name.startsWith(severity), qPrintable(name + QStringLiteral(" / ") + severity));
            ruleRows += name.endsWith(u')');
            if (name.endsWith(message))
                found = problem;
        }
        QVERIFY(ruleRows > 0);
        QVERIFY(found);
        QCOMPARE(found->text(QAccessible::Name), QStringLiteral("Error, acknowledged: ") + message);
        const QString description = found->text(QAccessible::Description);
        QVERIFY2(description.contains(QStringLiteral("Ana Ruiz")) && description.contains(QStringLiteral("The school fixes it on Monday")),
                 qPrintable(description));

        // Taken back, it reads as any other.
        QVERIFY(window.takeBackAcknowledgement(chosen));
        QVERIFY(!found->text(QAccessible::Name).contains(QStringLiteral("acknowledged")));
        QCOMPARE(found->text(QAccessible::Name), QStringLiteral("Error: ") + message);
    }

    void inspectorLinks_areLinksTheKeyboardReachesAndFollows()
    {
        MainWindow window;
        QVERIFY(ready(window));
        Inspector *inspector = window.inspector();
        auto *pane = inspector->findChild<TextPane *>(QStringLiteral("inspectorText"));
        QVERIFY(pane);
        // A class: its school, teachers and students are links.
        window.showRecord(FileKind::Classes, 0);
        QAccessibleInterface *text = iface(pane);
        QVERIFY(text->textInterface());
        QCOMPARE(text->textInterface()->text(0, text->textInterface()->characterCount()), pane->toPlainText());
        QVERIFY(text->childCount() >= 3);
        QCOMPARE(text->childCount(), int(pane->links().size()));
        for (int i = 0; i < text->childCount(); ++i) {
            QAccessibleInterface *link = text->child(i);
            QCOMPARE(link->role(), QAccessible::Link);
            QVERIFY(!link->text(QAccessible::Name).isEmpty());
            QCOMPARE(link->parent(), text);
            QCOMPARE(text->indexOfChild(link), i);
            QVERIFY(link->state().focusable);
            QVERIFY(link->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));
        }
        const QString school = text->child(0)->text(QAccessible::Name);
        QCOMPARE(school, pane->links().front().text);

        // Tab onto the pane, then onto its first link: the link is told to have the focus, and is
        // marked in the selection's colours.
        told().clear();
        pane->setFocus(Qt::TabFocusReason);
        QTest::keyClick(pane, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(pane));
        QCOMPARE(pane->focusedLink(), 0);
        bool linkFocused = false;
        for (const Told &t : told())
            linkFocused = linkFocused || (t.type == QAccessible::Focus && t.role == QAccessible::Link && t.name == school);
        QVERIFY(linkFocused);
        QVERIFY(text->child(0)->state().focused);
        QVERIFY(!text->child(1)->state().focused);
        const QList<QTextEdit::ExtraSelection> marks = pane->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.first().cursor.selectedText(), school);
        QCOMPARE(marks.first().format.background().color(), pane->palette().color(QPalette::Highlight));
        // A palette changed meanwhile (View ▸ Dark Palette): the mark takes its colours.
        QPalette dark = pane->palette();
        dark.setColor(QPalette::Highlight, QColor(38, 110, 190));
        pane->setPalette(dark);
        QCOMPARE(pane->extraSelections().size(), 1);
        QCOMPARE(pane->extraSelections().first().format.background().color(), QColor(38, 110, 190));
        pane->setPalette(QPalette());
        // The next link, by Tab again.
        told().clear();
        QTest::keyClick(pane, Qt::Key_Tab);
        QCOMPARE(pane->focusedLink(), 1);
        QVERIFY(text->child(1)->state().focused);

        // Ctrl+Tab leaves the pane at once, past its other links; Ctrl+Shift+Tab the other way.
        QTest::keyClick(pane, Qt::Key_Tab, Qt::ControlModifier);
        QVERIFY(QApplication::focusWidget() != pane);
        QVERIFY(window.findingsPanel()->isAncestorOf(QApplication::focusWidget())
                || QApplication::focusWidget() == window.importChooser());
        pane->setFocus(Qt::TabFocusReason);
        QTest::keyClick(pane, Qt::Key_Tab, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(buttonFor(inspector, inspector->backAction())));

        // Enter follows a link: the school is shown.
        pane->setFocus(Qt::TabFocusReason);
        QTest::keyClick(pane, Qt::Key_Tab);
        QCOMPARE(pane->focusedLink(), 0);
        QTest::keyClick(pane, Qt::Key_Return);
        QCOMPARE(inspector->shownKind(), FileKind::Orgs);
        // A new record, new links; the old ones are no longer valid.
        window.showRecord(FileKind::Classes, 0);
        QAccessibleInterface *first = text->child(0);
        QVERIFY(first->isValid());
        // Followed through its action, as a screen reader's command does.
        first->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(inspector->shownKind(), FileKind::Orgs);
        QVERIFY(!first->isValid());
    }

    void results_areSaidAsTheyCome()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // A long job: the export kept in the session.
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        QVERIFY(loaded.wait(60000));
        QVERIFY(window.currentImport() > 0);
        QVERIFY2(announced().contains(QStringLiteral("lakeview is kept in the session as import %1.").arg(window.currentImport())),
                 qPrintable(announced().join(u'|')));

        // A filter of the findings: the findings it leaves, as its count says them.
        FindingsPanel *findings = window.findingsPanel();
        auto *file = findings->findChild<QComboBox *>(QStringLiteral("fileFilter"));
        auto *count = findings->findChild<QLabel *>(QStringLiteral("findingCount"));
        QVERIFY(file && count);
        told().clear();
        file->setFocus(Qt::TabFocusReason);
        QTest::keyClick(file, Qt::Key_Down);
        QVERIFY(file->currentIndex() > 0);
        QVERIFY2(count->text().contains(QStringLiteral(" of ")), qPrintable(count->text()));
        QCOMPARE(announced(), QStringList{count->text()});

        // A filter of a table: the rows it leaves.
        TablePage *users = window.tablePage(FileKind::Users);
        window.tabs()->setCurrentWidget(users);
        QVERIFY(waitForPage(users));
        QComboBox *role = boxNamed(users, QStringLiteral("Role"));
        QVERIFY(role);
        told().clear();
        role->setFocus(Qt::TabFocusReason);
        QSignalSpy updated(users, &TablePage::rowsUpdated);
        QTest::keyClick(role, Qt::Key_Down);
        QVERIFY(updated.wait(30000));
        const QStringList said = announced();
        QCOMPARE(said.size(), 1);
        const int total = int(window.result()->roster->table(FileKind::Users).rowCount());
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ of %1 rows$").arg(QLocale().toString(total))).match(said.first()).hasMatch(),
                 qPrintable(said.first()));
        // The same as the count beside the filters.
        bool shown = false;
        for (const QLabel *label : users->findChildren<QLabel *>())
            shown = shown || (label->isVisible() && label->text() == said.first());
        QVERIFY(shown);
        // A page not shown says nothing of its own.
        told().clear();
        window.tablePage(FileKind::Classes)->setSearchText(QStringLiteral("Math"));
        QVERIFY(waitForPage(window.tablePage(FileKind::Classes)));
        QVERIFY(announced().isEmpty());
    }

    void panes_showWhereTheFocusIs()
    {
        MainWindow window;
        QVERIFY(ready(window));
        for (auto *pane : {window.findingsPanel()->findChild<TextPane *>(QStringLiteral("ruleExplanation")),
                           window.inspector()->findChild<TextPane *>(QStringLiteral("inspectorText"))}) {
            QVERIFY(pane && pane->isVisible());
            window.tabs()->tabBar()->setFocus(Qt::TabFocusReason);
            const QImage before = pane->grab().toImage();
            pane->setFocus(Qt::TabFocusReason);
            const QImage focused = pane->grab().toImage();
            const QColor highlight = pane->palette().color(QPalette::Highlight);
            // A frame of the highlight colour, TextPane::FrameWidth wide, all round; none before.
            for (const QPoint &at : {QPoint(0, focused.height() / 2), QPoint(TextPane::FrameWidth - 1, focused.height() / 2),
                                     QPoint(focused.width() / 2, 0), QPoint(focused.width() - 1, focused.height() / 2),
                                     QPoint(focused.width() / 2, focused.height() - 1)}) {
                QCOMPARE(focused.pixelColor(at).rgb(), highlight.rgb());
                QVERIFY(before.pixelColor(at).rgb() != highlight.rgb());
            }
            // Its text not moved by it.
            pane->clearFocus();
            const QRect unfocused = pane->viewport()->geometry();
            pane->setFocus(Qt::TabFocusReason);
            QCOMPARE(pane->viewport()->geometry(), unfocused);
        }
    }

    void movingTheCurrentCell_takesNoOnesFocus()
    {
        MainWindow window;
        QVERIFY(ready(window));
        // Every focus event is of the control that has the keyboard, or of a part of it.
        const auto verifyFocusEvents = [](const char *when) {
            for (const Told &t : told()) {
                if (t.type != QAccessible::Focus)
                    continue;
                QVERIFY2(t.owner && t.owner == t.focus,
                         qPrintable(QStringLiteral("%1: focus told of %2 “%3” while %4 had it")
                                        .arg(QLatin1String(when),
                                             t.owner ? QString::fromLatin1(t.owner->metaObject()->className()) : QStringLiteral("?"),
                                             t.name, describe(t.focus))));
            }
        };
        FindingsPanel *findings = window.findingsPanel();

        // The file filter changed from its box: the tree's current row is set again, unfocused.
        auto *file = findings->findChild<QComboBox *>(QStringLiteral("fileFilter"));
        file->setFocus(Qt::TabFocusReason);
        told().clear();
        QTest::keyClick(file, Qt::Key_Down);
        QTest::keyClick(file, Qt::Key_Down);
        verifyFocusEvents("a file chosen");
        if (QTest::currentTestFailed())
            return;

        // A finding chosen in the tree: its cell is shown in its table (and the names kept in view).
        findings->setFilter(FindingFilter());
        QTreeView *tree = findings->view();
        const ReadResult &result = *window.result();
        QModelIndex rule;
        for (int row = 0; row < tree->model()->rowCount() && !rule.isValid(); ++row) {
            const QModelIndex first = tree->model()->index(0, 0, tree->model()->index(row, 0));
            const qsizetype f = first.data(FindingTreeModel::FindingIndexRole).toLongLong();
            if (f >= 0 && result.findings.at(size_t(f)).row != Finding::NoRow && window.tablePage(result.findings.at(size_t(f)).kind))
                rule = tree->model()->index(row, 0);
        }
        QVERIFY(rule.isValid());
        window.tabs()->setCurrentWidget(window.overviewPage());
        tree->setFocus(Qt::TabFocusReason);
        tree->setCurrentIndex(rule);
        tree->expand(rule);
        told().clear();
        QTest::keyClick(tree, Qt::Key_Down);
        QVERIFY(findings->currentFinding() >= 0);
        QVERIFY(window.tabs()->currentWidget() != window.overviewPage());
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tree));
        verifyFocusEvents("a finding chosen");
        if (QTest::currentTestFailed())
            return;
        // The tree itself says where the keyboard went.
        bool treeTold = false;
        for (const Told &t : told())
            treeTold = treeTold || (t.type == QAccessible::Focus && t.object == tree);
        QVERIFY(treeTold);

        // A school double-clicked in the overview: every table filtered to it.
        window.tabs()->setCurrentWidget(window.overviewPage());
        QTableView *overview = window.overviewPage()->view();
        overview->setFocus(Qt::TabFocusReason);
        overview->setCurrentIndex(overview->model()->index(1, 0));
        told().clear();
        QTest::keyClick(overview, Qt::Key_Return);
        QVERIFY(waitForPage(window.tablePage(FileKind::Users)));
        verifyFocusEvents("a school chosen");
        if (QTest::currentTestFailed())
            return;
    }
};

QTEST_MAIN(WindowAccessibilityTest)
#include "tst_windowaccessibility.moc"
