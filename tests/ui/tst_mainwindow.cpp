#include "boxanswerer.h"
#include "findingspanel.h"
#include "inspector.h"
#include "mainwindow.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "rostertablemodel.h"
#include "session/sessionstore.h"
#include "tablepage.h"
#include "util/text.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWizard>

using namespace rb;

class MainWindowTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;

    static bool open(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({path});
        return loaded.wait(60000);
    }
    static bool waitForPage(TablePage *page)
    {
        if (!page->isBusy())
            return true;
        QSignalSpy updated(page, &TablePage::rowsUpdated);
        return updated.wait(30000) || !page->isBusy();
    }
    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

private slots:
    void initTestCase()
    {
        // Settings (recent files, window layout) go to a folder of the test's own.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void openingTheSample_showsEveryTableWithItsFindings()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        QVERIFY(window.result());
        QVERIFY(window.windowTitle().contains(QStringLiteral("lakeview")));
        bool summarised = false;
        for (const QLabel *label : window.findChildren<QLabel *>())
            summarised = summarised || (label->text().contains(QStringLiteral("lakeview")) && label->text().contains(QStringLiteral(" error")));
        QVERIFY(summarised);

        const Roster &roster = *window.result()->roster;
        for (FileKind kind : {FileKind::Orgs, FileKind::Users, FileKind::Classes, FileKind::Enrollments, FileKind::Demographics}) {
            TablePage *page = window.tablePage(kind);
            QVERIFY(page);
            QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(size_t(page->model()->rowCount()), roster.table(kind).rowCount());
            QCOMPARE(page->model()->columnCount(), roster.table(kind).columnCount());
        }
        // The teacher without an email (users.csv line 17): the email cell is tinted, has an
        // icon and explains itself; the row header marks the row.
        TablePage *users = window.tablePage(FileKind::Users);
        const uint32_t row = roster.table(FileKind::Users).rowAtLine(17);
        const int emailColumn = roster.table(FileKind::Users).columnForField(UsersField::Email);
        const QModelIndex cell = users->model()->index(int(row), emailColumn);
        QVERIFY(cell.data(Qt::BackgroundRole).value<QColor>().isValid());
        QVERIFY(!cell.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("USR-EMAIL-MISSING")));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("T10016 Patricia Howard, a teacher,")),
                 qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QVERIFY(!users->model()->headerData(int(row), Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(users->model()->headerData(int(row), Qt::Vertical).toString(), QStringLiteral("17"));
        // A clean cell is left alone.
        const QModelIndex clean = users->model()->index(0, 0);
        QVERIFY(!clean.data(Qt::BackgroundRole).isValid());
        QVERIFY(clean.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void choosingAFinding_jumpsToItsRowAndCell()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const FindingList &findings = window.result()->findings;
        // The impossible birth date in demographics.csv.
        qsizetype chosen = -1;
        for (size_t i = 0; i < findings.size(); ++i) {
            if (findings.at(i).rule == RuleId::DemBirthDateImpossible)
                chosen = qsizetype(i);
        }
        QVERIFY(chosen >= 0);
        const Finding &f = findings.at(size_t(chosen));
        window.findingsPanel()->showFinding(chosen); // as if chosen in the panel
        TablePage *page = window.tablePage(FileKind::Demographics);
        QCOMPARE(window.tabs()->currentWidget(), page);
        const QModelIndex current = page->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(page->model()->tableRow(current.row()), f.row);
        QCOMPARE(current.column(), int(f.column) - 1);
        QVERIFY(page->view()->selectionModel()->isSelected(current));
        QCOMPARE(current.data().toString(), QStringLiteral("13/45/2011"));
        // The inspector shows the record, with the finding.
        QCOMPARE(window.inspector()->shownKind(), FileKind::Demographics);
        QVERIFY(window.inspector()->text().contains(QStringLiteral("DEM-BIRTHDATE")));
    }

    void jumpingToACell_keepsTheRowsNamesInView()
    {
        auto result = std::make_shared<const ReadResult>(ExportReader().read({sample()}));
        const Table &users = result->roster->table(FileKind::Users);
        TablePage page(FileKind::Users);
        page.resize(720, 420); // a narrow table: most of a row is off to the right
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setSource(result, nullptr);
        QTableView *view = page.view();
        auto *frozen = view->findChild<QTableView *>(QStringLiteral("frozenNameColumns"));
        QVERIFY(frozen);
        const int sourcedId = users.columnForField(UsersField::SourcedId);
        const int given = users.columnForField(UsersField::GivenName);
        const int family = users.columnForField(UsersField::FamilyName);
        // The names come first.
        QCOMPARE(view->horizontalHeader()->logicalIndex(0), sourcedId);
        QCOMPARE(view->horizontalHeader()->logicalIndex(1), given);
        QCOMPARE(view->horizontalHeader()->logicalIndex(2), family);

        // The teacher without an email, at the far end of a row: the table scrolls to the cell, and
        // the names stay on the left, beside it, on its row.
        const uint32_t teacher = users.rowForId("T10016");
        for (const int column : {users.columnForField(UsersField::Email), users.columnCount() - 1, users.columnForField(UsersField::Grades)}) {
            page.showRecord(teacher, column);
            QTest::qWait(20);
            const QModelIndex current = view->currentIndex();
            QCOMPARE(current.column(), column);
            QVERIFY(frozen->isVisible());
            const QRect cell = view->visualRect(current);
            const QRect names = frozen->geometry();
            QVERIFY2(cell.left() >= names.width() && cell.right() <= view->viewport()->width(),
                     qPrintable(QStringLiteral("cell %1..%2, names %3, viewport %4")
                                    .arg(cell.left()).arg(cell.right()).arg(names.width()).arg(view->viewport()->width())));
            // No column is left half under the names, its cut-off cells reading as theirs: the
            // first one beside them starts at their edge (unless the table is scrolled to its end,
            // where it cannot go further).
            if (view->horizontalScrollBar()->value() < view->horizontalScrollBar()->maximum())
                QCOMPARE(view->columnViewportPosition(view->columnAt(names.width())), names.width());
            // The table itself scrolled its own name columns away; the frozen ones show them.
            QVERIFY(view->columnViewportPosition(sourcedId) < 0);
            const QModelIndex shown = frozen->selectionModel()->currentIndex();
            QVERIFY(shown.isValid());
            QCOMPARE(frozen->visualRect(shown).top(), cell.top());
            QCOMPARE(frozen->model()->index(shown.row(), 0).data().toString(), QStringLiteral("T10016"));
            QCOMPARE(frozen->model()->index(shown.row(), 1).data().toString(), QStringLiteral("Patricia"));
            QCOMPARE(frozen->model()->index(shown.row(), 2).data().toString(), QStringLiteral("Howard"));
            QCOMPARE(frozen->model()->headerData(2, Qt::Horizontal).toString(), QStringLiteral("familyName"));
            QVERIFY(frozen->viewport()->rect().contains(frozen->visualRect(shown).center()));
        }

        // Down to the last row: each frozen row is the table's row beside it.
        page.showRecord(uint32_t(users.rowCount() - 1), users.columnForField(UsersField::Email));
        QTest::qWait(20);
        const int top = view->rowAt(0);
        for (const int y : {2, view->viewport()->height() / 2, view->viewport()->height() - 3}) {
            const QModelIndex there = frozen->indexAt(QPoint(2, y + frozen->horizontalHeader()->height()
                                                                   - frozen->viewport()->y()));
            QCOMPARE(there.data().toString(), view->model()->index(view->rowAt(y), sourcedId).data().toString());
        }
        // The name columns keep the table's widths, and a click on one chooses that cell.
        QCOMPARE(frozen->columnWidth(1), view->columnWidth(given));
        const QModelIndex clicked = frozen->indexAt(QPoint(frozen->columnViewportPosition(2) + 4, 2));
        QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(clicked).center());
        QCOMPARE(view->currentIndex().row(), top);
        QCOMPARE(view->currentIndex().column(), family);
        // Sorting from a frozen header sorts the table.
        QTest::mouseClick(frozen->horizontalHeader()->viewport(), Qt::LeftButton, {},
                          QPoint(frozen->horizontalHeader()->sectionViewportPosition(2) + 5, frozen->horizontalHeader()->height() / 2));
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), family);
        QVERIFY(waitForPage(&page));
    }

    void jumpingToAFilteredOutRow_clearsTheFilter()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        TablePage *users = window.tablePage(FileKind::Users);
        users->setSearchText(QStringLiteral("Tanaka"));
        QVERIFY(waitForPage(users));
        QVERIFY(users->model()->rowCount() >= 1);
        const uint32_t target = window.result()->roster->table(FileKind::Users).rowAtLine(17);
        QCOMPARE(users->model()->viewRow(target), -1);
        window.showRecord(FileKind::Users, target, 0);
        QCOMPARE(users->model()->tableRow(users->view()->currentIndex().row()), target);
        QCOMPARE(size_t(users->model()->rowCount()), window.result()->roster->table(FileKind::Users).rowCount());
    }

    void filters_showOnlyTheRowsAskedFor()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const Table &table = window.result()->roster->table(FileKind::Users);
        TablePage *users = window.tablePage(FileKind::Users);

        // Free text, any column, either case.
        users->setSearchText(QStringLiteral("nguyen"));
        QVERIFY(waitForPage(users));
        QVERIFY(users->model()->rowCount() > 0);
        for (int r = 0; r < users->model()->rowCount(); ++r) {
            const uint32_t row = users->model()->tableRow(r);
            bool found = false;
            for (int c = 0; c < table.columnCount(); ++c)
                found = found || toQString(table.column(c).at(row)).contains(QStringLiteral("nguyen"), Qt::CaseInsensitive);
            QVERIFY2(found, qPrintable(QString::number(row)));
        }

        // Role: teachers only.
        users->setSearchText(QString());
        QVERIFY(waitForPage(users));
        QComboBox *roleBox = nullptr;
        for (QComboBox *box : users->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Role"))
                roleBox = box;
        }
        QVERIFY(roleBox);
        const int teacher = roleBox->findData(QByteArrayLiteral("teacher"));
        QVERIFY(teacher > 0);
        roleBox->setCurrentIndex(teacher);
        emit roleBox->activated(teacher);
        QVERIFY(waitForPage(users));
        QCOMPARE(users->model()->rowCount(), 16); // the sample's teachers
        for (int r = 0; r < users->model()->rowCount(); ++r)
            QCOMPARE(table.cell(users->model()->tableRow(r), UsersField::Role), std::string_view("teacher"));

        // Only rows with problems: every row shown has a finding.
        users->clearFilters();
        QVERIFY(waitForPage(users));
        QComboBox *problems = nullptr;
        for (QComboBox *box : users->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("Problems"))
                problems = box;
        }
        QVERIFY(problems);
        problems->setCurrentIndex(1);
        emit problems->activated(1);
        QVERIFY(waitForPage(users));
        QVERIFY(users->model()->rowCount() > 0);
        QVERIFY(users->model()->rowCount() < int(table.rowCount()));
        for (int r = 0; r < users->model()->rowCount(); ++r)
            QVERIFY(!users->model()->headerData(r, Qt::Vertical, Qt::DecorationRole).value<QIcon>().isNull());

        // School: the middle school's users name it in orgSourcedIds.
        users->clearFilters();
        QVERIFY(waitForPage(users));
        users->setSchoolFilter(QStringLiteral("SCH002"));
        QVERIFY(waitForPage(users));
        QVERIFY(users->model()->rowCount() > 0);
        for (int r = 0; r < users->model()->rowCount(); ++r)
            QVERIFY(toQString(table.cell(users->model()->tableRow(r), UsersField::OrgSourcedIds)).contains(QStringLiteral("SCH002")));
    }

    void sorting_ordersByTheColumn()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const Table &table = window.result()->roster->table(FileKind::Enrollments);
        TablePage *page = window.tablePage(FileKind::Enrollments);
        const int column = table.columnForField(EnrollmentsField::ClassSourcedId);
        page->sortBy(column, Qt::DescendingOrder);
        QVERIFY(waitForPage(page));
        QCOMPARE(size_t(page->model()->rowCount()), table.rowCount());
        for (int r = 1; r < page->model()->rowCount(); ++r) {
            const std::string_view a = table.column(column).at(page->model()->tableRow(r - 1));
            const std::string_view b = table.column(column).at(page->model()->tableRow(r));
            QVERIFY2(a >= b, qPrintable(QString::number(r)));
        }
        QCOMPARE(page->view()->horizontalHeader()->sortIndicatorSection(), column);
    }

    void inspector_showsWhoIsLinkedAndFollowsLinks()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const Roster &roster = *window.result()->roster;
        const Table &users = roster.table(FileKind::Users);
        // Student S1000115 has three guardians, one of them Aaron Martin.
        const uint32_t student = users.rowForId("S1000115");
        QVERIFY(student != Table::NoRow);
        window.showRecord(FileKind::Users, student);
        const QString text = window.inspector()->text();
        QVERIFY(text.contains(QStringLiteral("Parents and guardians (3)")));
        QVERIFY(text.contains(QStringLiteral("Aaron Martin")));
        QVERIFY(text.contains(QStringLiteral("Classes (")));
        // A parent follows the student's classes.
        const uint32_t parent = users.rowForId("P1000160");
        window.showRecord(FileKind::Users, parent);
        QVERIFY2(window.inspector()->text().contains(QStringLiteral("Classes followed through")), qPrintable(window.inspector()->text()));
        QVERIFY(window.inspector()->text().contains(QStringLiteral("USR-NO-CONTACT")));
        // The finding names the parent, as a person is named everywhere.
        const QString parentName = toQString(users.cell(parent, UsersField::GivenName)) + u' '
            + toQString(users.cell(parent, UsersField::FamilyName));
        QVERIFY2(window.inspector()->text().contains(QStringLiteral("P1000160 %1, a parent, has no email").arg(parentName)),
                 qPrintable(window.inspector()->text()));
        // A class: its owner, students and their parents.
        const Table &classes = roster.table(FileKind::Classes);
        const uint32_t klass = classes.rowForId("C100075");
        QSignalSpy followed(window.inspector(), &Inspector::recordActivated);
        window.showRecord(FileKind::Classes, klass);
        const QString classText = window.inspector()->text();
        QVERIFY(classText.contains(QStringLiteral("Owners (teachers and administrators) (1)")));
        QVERIFY(classText.contains(QStringLiteral("Parents and guardians who follow them")));
        QCOMPARE(window.tabs()->currentWidget(), window.tablePage(FileKind::Classes));
    }

    void inspector_countsASchoolAsTheOverviewDoes()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const OverviewModel *overview = window.overviewPage()->model();
        QVERIFY(!overview->schools().empty());
        const QLocale locale;
        for (const SchoolSummary &school : overview->schools()) {
            if (!school.isSchool())
                continue;
            window.showRecord(FileKind::Orgs, school.orgRow);
            const QString expected = QStringLiteral("%1 students, %2 staff, %3 parents and guardians, %4 classes")
                                         .arg(locale.toString(school.students), locale.toString(school.teachers + school.otherStaff),
                                              locale.toString(school.guardians), locale.toString(school.classes));
            QVERIFY2(window.inspector()->text().contains(expected), qPrintable(window.inspector()->text()));
        }
    }

    void hiddenTables_getTheirRowsWhenFirstNeeded()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        // The overview is shown after opening; the tables behind it fill in when used.
        TablePage *classes = window.tablePage(FileKind::Classes);
        QVERIFY(!classes->isVisible());
        QCOMPARE(classes->view()->model()->rowCount(), 0);
        const size_t rows = window.result()->roster->table(FileKind::Classes).rowCount();
        window.tabs()->setCurrentWidget(classes);
        QCOMPARE(size_t(classes->view()->model()->rowCount()), rows);
        // And a jump into a table never shown finds its record.
        TablePage *enrollments = window.tablePage(FileKind::Enrollments);
        QCOMPARE(enrollments->view()->model()->rowCount(), 0);
        window.showRecord(FileKind::Enrollments, 3);
        QCOMPARE(enrollments->currentRecord(), 3u);
    }

    void copy_putsTheSelectedCellsOnTheClipboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        TablePage *orgs = window.tablePage(FileKind::Orgs);
        window.tabs()->setCurrentWidget(orgs);
        QTableView *view = orgs->view();
        view->selectionModel()->select(QItemSelection(orgs->model()->index(0, 0), orgs->model()->index(1, 0)),
                                       QItemSelectionModel::ClearAndSelect);
        view->selectionModel()->select(QItemSelection(orgs->model()->index(0, 3), orgs->model()->index(1, 3)),
                                       QItemSelectionModel::Select);
        view->setFocus();
        QTest::keySequence(view, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        const Table &table = window.result()->roster->table(FileKind::Orgs);
        const QString expected = toQString(table.sourcedId(0)) + QStringLiteral("\t\t\t") + toQString(table.cell(0, OrgsField::Name))
            + QLatin1Char('\n') + toQString(table.sourcedId(1)) + QStringLiteral("\t\t\t") + toQString(table.cell(1, OrgsField::Name))
            + QLatin1Char('\n');
        QCOMPARE(copied, expected);
    }

    void keyboard_ctrlFSearchesTheCurrentTable()
    {
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(open(window, sample()));
        TablePage *users = window.tablePage(FileKind::Users);
        window.tabs()->setCurrentWidget(users);
        users->view()->setFocus();
        QTest::keySequence(&window, QKeySequence::Find);
        auto *search = users->findChild<QLineEdit *>();
        QVERIFY(search);
        QVERIFY(search->hasFocus());
    }

    void secondExport_isNotOpenedOverTheFirstWithoutAsking()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const auto first = window.result();
        // Opening from the recent files asks first; answering No keeps what is shown.
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title().contains(QStringLiteral("Recent")))
                recent = menu;
        }
        QVERIFY(recent);
        QVERIFY(recent->actions().size() >= 2);
        QAction *again = recent->actions().first();
        QVERIFY(again->text().contains(QStringLiteral("lakeview")));
        {
            BoxAnswerer no(QMessageBox::No);
            again->trigger();
            QCOMPARE(no.seen(), 1);
            QVERIFY(no.text().contains(QStringLiteral("lakeview")));
        }
        QTest::qWait(50);
        QVERIFY(!window.isLoading());
        QCOMPARE(window.result(), first);
        QCOMPARE(window.recentExports().value(0), QFileInfo(sample()).absoluteFilePath());
    }

    void cancel_keepsWhatWasShown()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const auto first = window.result();
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        window.cancelLoading();
        QVERIFY(loaded.wait(60000));
        // Either it stopped in time (the first stays) or it had already finished reading.
        QVERIFY(window.result());
        QVERIFY(window.result() == first || window.result()->isReadable());
    }

    void statusBar_saysNothingStaleOnceWorkEnds()
    {
        MainWindow window;
        window.show();
        QStringList said; // everything the status bar said
        connect(window.statusBar(), &QStatusBar::messageChanged, this, [&said](const QString &text) {
            if (!text.isEmpty())
                said << text;
        });
        // What a job says while it runs ("Reading users.csv", "Keeping lakeview in the session…")
        // is gone once it has ended.
        const auto verifyNothingStale = [&](const char *after) {
            const QString now = window.statusBar()->currentMessage();
            for (const QString &stage : {QStringLiteral("Keeping"), QStringLiteral("Reading"), QStringLiteral("Opening"),
                                         QStringLiteral("Saving the session as"), QStringLiteral("Indexing"),
                                         QStringLiteral("Checking the rules"), QStringLiteral("Summarizing")})
                QVERIFY2(!now.startsWith(stage), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(after), now)));
        };
        QVERIFY(open(window, sample())); // read, shown, then kept in a new session
        QVERIFY(!said.isEmpty());
        verifyNothingStale("opening an export");
        said.clear();
        QTemporaryDir dir;
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.saveSessionAs(dir.filePath(QStringLiteral("review.rosterbench")));
        QVERIFY(loaded.wait(60000));
        verifyNothingStale("saving the session as");
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("review.rosterbench")));
        said.clear();
        window.showImport(window.currentImport());
        QVERIFY(loaded.wait(60000));
        verifyNothingStale("showing an import again");
        said.clear();
        window.openExport({QStringLiteral("/nonexistent/export.zip")});
        {
            BoxAnswerer ok(QMessageBox::Ok);
            QVERIFY(loaded.wait(60000));
        }
        verifyNothingStale("an export that cannot be read");
    }

    void statusBar_usesOnlyCharactersItsFontHas()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        // Matched and confirmed: the status bar says so, with who and when.
        SessionStore *store = window.session();
        store->setOperatorName(QStringLiteral("Ana Ruiz"));
        SessionError error;
        QVERIFY(store->setHubSchools({HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview Elem."), {}}}, &error));
        QVERIFY(store->setSchoolMatches({SchoolMatch{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"),
                                                     QStringLiteral("H-1")}},
                                        &error));
        QVERIFY(store->confirmMatching(&error));
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.showImport(window.currentImport());
        QVERIFY(loaded.wait(60000));
        QStringList texts{window.statusBar()->currentMessage()};
        for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
            texts << label->text();
        QVERIFY(texts.join(u' ').contains(QStringLiteral("confirmed")));
        // A character the font lacks is drawn as a box.
        for (const QString &text : texts) {
            const QFontMetrics metrics(window.statusBar()->font());
            for (const char32_t c : text.toUcs4())
                QVERIFY2(metrics.inFontUcs4(c), qPrintable(QStringLiteral("U+%1 in “%2”").arg(uint(c), 4, 16, QLatin1Char('0')).arg(text)));
        }
    }

    void loading_showsItsProgressInTheMiddleOfTheWindow()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        QVERIFY(window.isLoading());
        auto *page = window.findChild<QWidget *>(QStringLiteral("loadingPage"));
        QVERIFY(page);
        QVERIFY(page->isVisible());
        QVERIFY(window.centralWidget()->isAncestorOf(page));
        // What is opened, a bar and Cancel; not the invitation to open an export.
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("loadingTitle"))->text().contains(QStringLiteral("lakeview")));
        QVERIFY(page->findChild<QProgressBar *>()->isVisible());
        auto *cancel = page->findChild<QPushButton *>(QStringLiteral("loadingCancel"));
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(QStringLiteral("Open a OneRoster export")), qPrintable(label->text()));
        }
        // Cancel from there: back to the start.
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(loaded.wait(60000));
        QVERIFY(!page->isVisible());
        // Read to the end: the review.
        QVERIFY(open(window, sample()));
        QVERIFY(window.tabs()->isVisible());
        QVERIFY(!page->isVisible());
    }

    void windowTitle_namesSessionAndExportOnce()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const QString untitled = window.windowTitle();
        QVERIFY2(untitled.contains(QStringLiteral("Untitled session")), qPrintable(untitled));
        QCOMPARE(untitled.count(QStringLiteral("lakeview")), 1);
        for (const QString &never : {QStringLiteral("(folder)"), QStringLiteral(".rosterbench"), QStringLiteral("unsaved"),
                                     QStringLiteral("((")})
            QVERIFY2(!untitled.contains(never), qPrintable(untitled));
        // Saved under the export's name: the name once.
        QTemporaryDir dir;
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.saveSessionAs(dir.filePath(QStringLiteral("lakeview.rosterbench")));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window.windowTitle(), QStringLiteral("lakeview[*] – Rosterbench"));
        // Under another: the session, then the export.
        window.saveSessionAs(dir.filePath(QStringLiteral("district review.rosterbench")));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(window.windowTitle(), QStringLiteral("district review · lakeview[*] – Rosterbench"));
    }

    void matchingWizardTitle_neverNamesAPrivateFile()
    {
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        QVERIFY(window.isUntitled());
        QString title;
        QTimer::singleShot(100, [&title] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *wizard = qobject_cast<QWizard *>(w); wizard && wizard->isVisible()) {
                    title = wizard->windowTitle();
                    wizard->reject();
                }
            }
        });
        window.matchSchools();
        QVERIFY2(title.contains(QStringLiteral("Untitled session")), qPrintable(title));
        QVERIFY2(!title.contains(QStringLiteral(".rosterbench")) && !title.contains(QStringLiteral("unsaved")), qPrintable(title));
    }

    void unreadableExport_saysWhyAndKeepsTheWindowUsable()
    {
        MainWindow window;
        BoxAnswerer ok(QMessageBox::Ok);
        QVERIFY(open(window, QStringLiteral("/nonexistent/export.zip")));
        QTRY_VERIFY(ok.seen() >= 1);
        QVERIFY(ok.text().contains(QStringLiteral("export.zip")));
        QVERIFY(!window.result());
        QVERIFY(open(window, sample()));
        QVERIFY(window.result());
    }
};

QTEST_MAIN(MainWindowTest)
#include "tst_mainwindow.moc"
