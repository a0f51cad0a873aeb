#include "matchingwizard.h"

#include "accessibilitywalker.h"

#include "oneroster/exportreader.h"
#include "session/sessionstore.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rb;
using rb::test::AccessibleEvents;

// The matching wizard driven as a person drives it, on the bundled sample export (a district and
// three schools): from nothing matched to confirmed, Undo on the way, and then the lock.
//
// With ROSTERBENCH_WIZARD_SHOTS set to a folder, each page is also saved there as a PNG (run under
// a real display, or xvfb-run with QT_QPA_PLATFORM=xcb, to look at them).
class MatchingWizardTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sessions = 0;

    static std::shared_ptr<const ReadResult> sample()
    {
        static const std::shared_ptr<const ReadResult> result =
            std::make_shared<ReadResult>(ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)}));
        return result;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The hub's schools of the sample's district: one per school, and an adult school the SIS does
    // not have. The NCES id lost its leading zero in Excel.
    QString hubCsv()
    {
        return writeFile(QStringLiteral("hub.csv"), "id,name,nces_id,city\r\n"
                                                    "H-101,Lakeview Elem.,69979500101,Lakeview\r\n"
                                                    "H-102,Jefferson MS,,Lakeview\r\n"
                                                    "H-103,Lakeview HS,,Lakeview\r\n"
                                                    "H-104,Lakeview Adult Ed Ctr,,Lakeview\r\n");
    }

    std::unique_ptr<SessionStore> newSession()
    {
        SessionError error;
        auto store = SessionStore::open(m_dir.filePath(QStringLiteral("s%1.rosterbench").arg(++m_sessions)),
                                        SessionStore::OpenMode::CreateIfMissing, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message));
        store->setOperatorName(QStringLiteral("Ana Ruiz"));
        return store;
    }

    static void show(MatchingWizard &wizard)
    {
        wizard.resize(1400, 900);
        wizard.show();
        QApplication::setActiveWindow(&wizard);
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    }

    static void shot(MatchingWizard &wizard, const char *name)
    {
        const QString folder = qEnvironmentVariable("ROSTERBENCH_WIZARD_SHOTS");
        if (folder.isEmpty())
            return;
        QTest::qWait(200);
        QDir().mkpath(folder);
        const QString path = QDir(folder).filePath(QStringLiteral("wizard-%1.png").arg(QString::fromLatin1(name)));
        QVERIFY2(wizard.grab().save(path), qPrintable(path));
        qInfo("saved %s", qPrintable(path));
    }

    static QAbstractButton *next(MatchingWizard &w) { return w.button(QWizard::NextButton); }

    template<typename T>
    static T *child(MatchingWizard &w, const char *name)
    {
        T *found = w.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no %s in the wizard", name);
        return found;
    }

    static int rowOf(QTableWidget *table, int column, const QString &text, int role = Qt::DisplayRole)
    {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, column) && table->item(row, column)->data(role).toString() == text)
                return row;
        }
        return -1;
    }

    // Types `text` into a cell's editor: the one open there, else the one F2 opens.
    static void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
    {
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        if (!editor || !table->isAncestorOf(editor) || table->currentRow() != row || table->currentColumn() != column) {
            table->setFocus();
            table->setCurrentCell(row, column);
            QTest::keyClick(table, Qt::Key_F2);
            editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        }
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        QTest::keyClick(editor, Qt::Key_Return);
        QCoreApplication::processEvents(); // the delegate keeps what was typed once Return is handled
    }

    static QString hubOf(const MatchingWizard &w, const char *sisId)
    {
        const SchoolMatch *m = w.matchOf(QString::fromLatin1(sisId));
        return m ? m->hubId : QStringLiteral("(none)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(sample()->roster);
    }

    void fromNothingMatched_toConfirmed()
    {
        auto store = newSession();
        MatchingWizard w(store.get(), sample());
        QSignalSpy confirmed(&w, &MatchingWizard::matchingConfirmed);
        show(w);

        // 1. The hub's schools: nothing to go on until they are there.
        QCOMPARE(w.currentId(), int(MatchingWizard::HubSchoolsPage));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(child<QLabel>(w, "hubProblems")->text().contains(QStringLiteral("Import the hub's schools")));
        QVERIFY(w.importHubSchools(hubCsv(), nullptr));
        QCOMPARE(child<QTableWidget>(w, "hubTable")->rowCount(), 4);
        QCOMPARE(child<QTableWidget>(w, "hubTable")->item(0, 2)->text(), QStringLiteral("69979500101"));
        QVERIFY(next(w)->isEnabled());
        shot(w, "1-hub-schools");
        next(w)->click();
        QCOMPARE(store->hubSchools().size(), 4); // kept on the way

        // 2. The SIS's schools, the district explained, each ticked; Space unticks, Ctrl+Z undoes.
        QCOMPARE(w.currentId(), int(MatchingWizard::SisSchoolsPage));
        auto *sis = child<QTableWidget>(w, "sisTable");
        QCOMPARE(sis->rowCount(), 3);
        QVERIFY2(child<QLabel>(w, "districtNote")->text().contains(
                     QStringLiteral("Lakeview Unified School District (district, DIST001)")),
                 qPrintable(child<QLabel>(w, "districtNote")->text()));
        QCOMPARE(sis->item(0, 1)->text(), QStringLiteral("Lakeview Elementary School"));
        QVERIFY(sis->item(0, 4)->text().toInt() > 0); // students
        QVERIFY(sis->item(0, 8)->text().toInt() > 0); // classes
        sis->setFocus();
        sis->setCurrentCell(2, 1);
        QTest::keyClick(sis, Qt::Key_Space);
        QVERIFY(!w.matchOf(QStringLiteral("SCH003"))->selected);
        QCOMPARE(sis->item(2, 0)->checkState(), Qt::Unchecked);
        QVERIFY(sis->item(2, 9)->text().contains(QStringLiteral("will not sync")));
        shot(w, "2-sis-schools");
        QTest::keyClick(sis, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w.matchOf(QStringLiteral("SCH003"))->selected);
        QCOMPARE(sis->item(2, 0)->checkState(), Qt::Checked);
        next(w)->click();

        // 3. Matching: not complete until each school has its hub school.
        QCOMPARE(w.currentId(), int(MatchingWizard::MatchPage));
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(child<QLabel>(w, "matchStatus")->text().contains(QStringLiteral("Still to match")));
        auto *schools = child<QTableWidget>(w, "matchSchools");
        auto *suggestions = child<QTableWidget>(w, "suggestionTable");
        // The best suggestion for the first school is the one with its NCES id, at 100.
        schools->setCurrentCell(0, 0);
        QCOMPARE(suggestions->item(0, 1)->text(), QStringLiteral("H-101"));
        QCOMPARE(suggestions->item(0, 3)->text(), QStringLiteral("100"));
        QCOMPARE(suggestions->item(0, 4)->text(), QStringLiteral("Same identifier"));
        shot(w, "3-match-suggestions");
        child<QPushButton>(w, "autoButton")->click();
        QCOMPARE(hubOf(w, "SCH001"), QStringLiteral("H-101"));
        QCOMPARE(hubOf(w, "SCH002"), QStringLiteral("H-102"));
        QCOMPARE(hubOf(w, "SCH003"), QStringLiteral("H-103"));
        QVERIFY(next(w)->isEnabled());
        QVERIFY(!child<QLabel>(w, "matchStatus")->isVisibleTo(&w));

        // By keyboard: the high school to the adult school with Enter, then two steps back.
        schools->setFocus();
        schools->setCurrentCell(rowOf(schools, 0, QStringLiteral("SCH003"), Qt::UserRole), 0);
        child<QPushButton>(w, "clearButton")->click();
        QCOMPARE(hubOf(w, "SCH003"), QString());
        QVERIFY(!next(w)->isEnabled());
        suggestions->setFocus();
        const int adult = rowOf(suggestions, 1, QStringLiteral("H-104"));
        QVERIFY(adult >= 0);
        // The schools others have are shown, but cannot be chosen.
        QCOMPARE(suggestions->item(rowOf(suggestions, 1, QStringLiteral("H-101")), 0)->flags(), Qt::NoItemFlags);
        suggestions->setCurrentCell(adult, 0);
        QTest::keyClick(suggestions, Qt::Key_Return);
        QCOMPARE(w.currentId(), int(MatchingWizard::MatchPage)); // Enter matched; it did not press Next
        QCOMPARE(hubOf(w, "SCH003"), QStringLiteral("H-104"));
        shot(w, "3-match-done");
        QTest::keyClick(suggestions, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(hubOf(w, "SCH003"), QString());
        w.button(QWizard::CustomButton1)->click(); // the Undo button
        QCOMPARE(hubOf(w, "SCH003"), QStringLiteral("H-103"));
        QVERIFY(w.button(QWizard::CustomButton2)->isEnabled()); // and Redo
        next(w)->click();

        // 4. Review: three hub schools receive a school each; the adult school gets nothing.
        QCOMPARE(w.currentId(), int(MatchingWizard::ReviewPage));
        auto *tree = child<QTreeWidget>(w, "reviewTree");
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Lakeview Elem. (H-101)"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), QStringLiteral("Lakeview Elementary School"));
        bool adultListed = false;
        for (int i = 0; i < tree->topLevelItem(1)->childCount(); ++i)
            adultListed |= tree->topLevelItem(1)->child(i)->text(0) == QStringLiteral("Lakeview Adult Ed Ctr (H-104)");
        QVERIFY(adultListed);
        shot(w, "4-review");
        next(w)->click();

        // 5. Confirm: not without the box ticked; then locked, and Undo has nothing left.
        QCOMPARE(w.currentId(), int(MatchingWizard::ConfirmPage));
        QAbstractButton *finish = w.button(QWizard::FinishButton);
        QVERIFY(!finish->isEnabled());
        QVERIFY(child<QLabel>(w, "confirmWarning")->text().startsWith(QStringLiteral("This cannot be undone.")));
        QCOMPARE(child<QTreeWidget>(w, "confirmList")->topLevelItemCount(), 3);
        QVERIFY(!store->matchingLock());
        auto *understood = child<QCheckBox>(w, "understoodBox");
        understood->setFocus();
        QTest::keyClick(understood, Qt::Key_Space);
        QVERIFY(finish->isEnabled());
        shot(w, "5-confirm");
        finish->click();
        QCOMPARE(confirmed.size(), 1);
        QVERIFY(!w.isVisible());
        QVERIFY(!w.undoStack()->canUndo());
        QVERIFY(store->matchingLock());
        QCOMPARE(store->matchingLock()->operatorName, QStringLiteral("Ana Ruiz"));
        const QList<SchoolMatch> kept = store->schoolMatches();
        QCOMPARE(kept.size(), 3);
        for (const SchoolMatch &m : kept)
            QVERIFY2(m.isConfirmed() && m.selected, qPrintable(m.sisId));
        QCOMPARE(kept[2].hubId, QStringLiteral("H-103"));
        QCOMPARE(store->history().last().kind, HistoryEvent::Kind::Locked);
    }

    void confirmedSchools_offerNoWayToChangeThem()
    {
        // The elementary school was confirmed earlier; the other two are still open.
        auto store = newSession();
        SessionError error;
        QVERIFY(store->setHubSchools({{QStringLiteral("H-101"), QStringLiteral("Lakeview Elem."), {}, {}, {}},
                                      {QStringLiteral("H-102"), QStringLiteral("Jefferson MS"), {}, {}, {}},
                                      {QStringLiteral("H-103"), QStringLiteral("Lakeview HS"), {}, {}, {}}},
                                     &error));
        SchoolMatch elementary;
        elementary.sisId = QStringLiteral("SCH001");
        elementary.sisName = QStringLiteral("Lakeview Elementary School");
        elementary.hubId = QStringLiteral("H-101");
        QVERIFY(store->setSchoolMatches({elementary}, &error));
        QVERIFY(store->confirmMatching(&error));
        store->setOperatorName(QStringLiteral("Ben Okafor"));

        MatchingWizard w(store.get(), sample());
        show(w);
        // The hub school it goes to keeps its id and stays in the list.
        auto *hub = child<QTableWidget>(w, "hubTable");
        hub->setCurrentCell(0, 0);
        QVERIFY(!(hub->item(0, 0)->flags() & Qt::ItemIsEditable));
        QVERIFY(hub->item(0, 1)->flags() & Qt::ItemIsEditable); // its name may be corrected
        QVERIFY(hub->item(0, 4)->text().contains(QStringLiteral("Ana Ruiz")));
        QVERIFY(!child<QPushButton>(w, "removeButton")->isEnabled());
        QVERIFY(!w.removeHubSchool(0));
        HubSchool renamed = w.hubSchools()[0];
        renamed.id = QStringLiteral("H-999");
        QVERIFY(!w.updateHubSchool(0, renamed));
        hub->setCurrentCell(1, 0);
        QVERIFY(child<QPushButton>(w, "removeButton")->isEnabled());
        next(w)->click();

        // Its tick box is disabled, with who confirmed it and when; Space does nothing.
        auto *sis = child<QTableWidget>(w, "sisTable");
        QCOMPARE(sis->item(0, 0)->flags() & (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable), Qt::ItemFlags());
        QVERIFY2(sis->item(0, 9)->text().startsWith(QStringLiteral("Confirmed ")), qPrintable(sis->item(0, 9)->text()));
        QVERIFY(sis->item(0, 9)->text().contains(QStringLiteral("by Ana Ruiz")));
        sis->setFocus();
        sis->setCurrentCell(0, 1);
        QTest::keyClick(sis, Qt::Key_Space);
        QVERIFY(w.matchOf(QStringLiteral("SCH001"))->selected);
        QVERIFY(!w.setRostered(QStringLiteral("SCH001"), false));
        QVERIFY(!w.setMatch(QStringLiteral("SCH001"), QStringLiteral("H-103")));
        QVERIFY(!w.undoStack()->canUndo());
        next(w)->click();

        // On the matching page, nothing of it can be changed.
        auto *schools = child<QTableWidget>(w, "matchSchools");
        schools->setCurrentCell(rowOf(schools, 0, QStringLiteral("SCH001"), Qt::UserRole), 0);
        QVERIFY(!child<QPushButton>(w, "matchButton")->isEnabled());
        QVERIFY(!child<QPushButton>(w, "clearButton")->isEnabled());
        QVERIFY(!child<QTableWidget>(w, "suggestionTable")->isEnabled());
        QVERIFY(child<QLabel>(w, "detailState")->text().contains(QStringLiteral("cannot be changed")));
        QCOMPARE(schools->item(schools->currentRow(), 3)->text(), QStringLiteral("Locked"));
        shot(w, "6-locked-school");
        // Another school cannot take its hub school.
        schools->setCurrentCell(rowOf(schools, 0, QStringLiteral("SCH002"), Qt::UserRole), 0);
        auto *suggestions = child<QTableWidget>(w, "suggestionTable");
        const int locked = rowOf(suggestions, 1, QStringLiteral("H-101"));
        QCOMPARE(suggestions->item(locked, 0)->flags(), Qt::NoItemFlags);
        QVERIFY(suggestions->item(locked, 4)->text().startsWith(QStringLiteral("Locked to")));
        QVERIFY(!w.setMatch(QStringLiteral("SCH002"), QStringLiteral("H-101")));

        // The two new ones are matched and confirmed in their turn; the first stays as it was.
        child<QPushButton>(w, "autoButton")->click();
        QCOMPARE(hubOf(w, "SCH002"), QStringLiteral("H-102"));
        QCOMPARE(hubOf(w, "SCH003"), QStringLiteral("H-103"));
        next(w)->click();
        next(w)->click();
        QCOMPARE(child<QTreeWidget>(w, "confirmList")->topLevelItemCount(), 3);
        QVERIFY(child<QTreeWidget>(w, "confirmList")->topLevelItem(0)->isDisabled());
        child<QCheckBox>(w, "understoodBox")->setChecked(true);
        w.button(QWizard::FinishButton)->click();
        const QList<MatchingLock> confirmations = store->matchingConfirmations();
        QCOMPARE(confirmations.size(), 2);
        QCOMPARE(confirmations[0].sisIds, QStringList{QStringLiteral("SCH001")});
        QCOMPARE(confirmations[1].operatorName, QStringLiteral("Ben Okafor"));
        QCOMPARE(store->schoolMatches()[0].hubId, QStringLiteral("H-101"));

        // Opened again with everything confirmed: nothing left to confirm, nothing to tick.
        MatchingWizard again(store.get(), sample());
        show(again);
        again.next();
        again.next();
        QVERIFY(again.button(QWizard::NextButton)->isEnabled());
        again.next();
        again.next();
        QCOMPARE(again.currentId(), int(MatchingWizard::ConfirmPage));
        QVERIFY(!child<QCheckBox>(again, "understoodBox")->isVisibleTo(&again));
        QVERIFY(again.button(QWizard::FinishButton)->isEnabled());
        QVERIFY(child<QLabel>(again, "confirmWarning")->text().contains(QStringLiteral("nothing new to confirm")));
    }

    void givenSummaries_areTheCountsShown()
    {
        // The window hands over the summaries it made on a worker; the wizard shows those rather
        // than walking the roster again on the UI thread. Changed here, so that they cannot be
        // mistaken for the wizard's own.
        std::vector<SchoolSummary> given = summarizeSchools(*sample()->roster, sample()->findings);
        QCOMPARE(given.size(), size_t(4)); // three schools, then what is in none
        for (SchoolSummary &s : given) {
            s.students = 9000 + s.orgRow;
            s.teachers = 800 + s.orgRow;
            s.classes = 70 + s.orgRow;
        }
        auto store = newSession();
        MatchingWizard w(store.get(), sample(), given);
        show(w);
        QCOMPARE(w.summaries().size(), given.size());
        QCOMPARE(w.summaryOf(QStringLiteral("SCH002"))->students, given[1].students);

        QVERIFY(w.importHubSchools(hubCsv(), nullptr));
        next(w)->click();
        QCOMPARE(w.currentId(), int(MatchingWizard::SisSchoolsPage));
        auto *sis = child<QTableWidget>(w, "sisTable");
        QCOMPARE(sis->rowCount(), 3);
        const QLocale locale;
        for (int row = 0; row < sis->rowCount(); ++row) {
            const QString id = sis->item(row, 0)->data(Qt::UserRole).toString();
            const auto s = std::find_if(given.begin(), given.end(), [&](const SchoolSummary &x) { return x.sourcedId == id; });
            QVERIFY2(s != given.end(), qPrintable(id));
            QCOMPARE(sis->item(row, 4)->text(), locale.toString(s->students));
            QCOMPARE(sis->item(row, 5)->text(), locale.toString(s->teachers));
            QCOMPARE(sis->item(row, 8)->text(), locale.toString(s->classes));
        }
    }

    void hubSchools_typedIn_withUndo()
    {
        auto store = newSession();
        MatchingWizard w(store.get(), sample());
        show(w);
        auto *hub = child<QTableWidget>(w, "hubTable");
        child<QPushButton>(w, "addButton")->click();
        QCOMPARE(hub->rowCount(), 1);
        QVERIFY(!next(w)->isEnabled());
        QVERIFY(child<QLabel>(w, "hubProblems")->text().contains(QStringLiteral("needs its hub id")));
        // Typed into the cells, as a person would: Add opens the id's editor; F2 opens a cell's;
        // Enter keeps what was typed.
        typeIntoCell(hub, 0, 0, QStringLiteral("H-7"));
        QCOMPARE(w.hubSchools()[0].id, QStringLiteral("H-7"));
        typeIntoCell(hub, 0, 1, QStringLiteral("Lincoln Elem."));
        QCOMPARE(w.hubSchools()[0].name, QStringLiteral("Lincoln Elem."));
        QVERIFY(next(w)->isEnabled());
        w.undoStack()->undo();
        QCOMPARE(w.hubSchools()[0].name, QString());
        QVERIFY(!next(w)->isEnabled());
        w.undoStack()->redo();
        QVERIFY(next(w)->isEnabled());
        hub->setCurrentCell(0, 0);
        child<QPushButton>(w, "removeButton")->click();
        QCOMPARE(hub->rowCount(), 0);
        QVERIFY(store->hubSchools().isEmpty()); // nothing kept before Next
    }

    void badHubFile_changesNothing_andSaysWhereItIsWrong()
    {
        auto store = newSession();
        MatchingWizard w(store.get(), sample());
        show(w);
        QVERIFY(w.importHubSchools(hubCsv(), nullptr));
        const QString bad = writeFile(QStringLiteral("bad.csv"), "id,name\nH-1,Lincoln\nH-1,Grant\n,Adams\n");
        QStringList problems;
        QVERIFY(!w.importHubSchools(bad, &problems));
        QCOMPARE(problems.size(), 2);
        QCOMPARE(w.hubSchools().size(), 4);
        const QString shown = child<QLabel>(w, "hubProblems")->text();
        QVERIFY2(shown.contains(QStringLiteral("Nothing was imported from “bad.csv”")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("bad.csv, line 3: the id “H-1” is on line 2 too")));
        QVERIFY(shown.contains(QStringLiteral("bad.csv, line 4:")));
        shot(w, "1-hub-problems");
        QCOMPARE(w.undoStack()->count(), 1); // the good import only
    }

    // -- As a screen reader sees it --------------------------------------------------------------

    void tickingASchool_movesNoFocusOnHiddenPages()
    {
        auto store = newSession();
        MatchingWizard w(store.get(), sample());
        show(w);
        AccessibleEvents events;
        QVERIFY(AccessibleEvents::isListening());
        // Importing the hub's schools fills the tables of later pages too, without focus there.
        QVERIFY(w.importHubSchools(hubCsv(), nullptr));
        QStringList stray = events.strayFocus(child<QTableWidget>(w, "hubTable"));
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u'\n')));
        next(w)->click();
        auto *sis = child<QTableWidget>(w, "sisTable");
        sis->setFocus();
        sis->setCurrentCell(1, 1);
        events.clear();
        // Space unticks and ticks, a click on the box unticks, Ctrl+Z takes it back: each changes
        // the matching every page shows, and only the table in front of the person has focus.
        QTest::keyClick(sis, Qt::Key_Space);
        QVERIFY(!w.matchOf(QStringLiteral("SCH002"))->selected);
        QTest::keyClick(sis, Qt::Key_Space);
        QVERIFY(w.matchOf(QStringLiteral("SCH002"))->selected);
        sis->item(2, 0)->setCheckState(Qt::Unchecked);
        QVERIFY(!w.matchOf(QStringLiteral("SCH003"))->selected);
        QTest::keyClick(sis, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(w.matchOf(QStringLiteral("SCH003"))->selected);
        stray = events.strayFocus(sis);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u'\n')));
        // The row and column the person was on stay current.
        QCOMPARE(sis->currentRow(), 1);
        QCOMPARE(sis->currentColumn(), 1);

        // The matching page, once shown, has its current school and its best suggestion; nothing
        // of another page claimed focus on the way (QWizard gives the new page's first control
        // focus while it swaps the pages, a moment before they show).
        events.clear();
        next(w)->click();
        for (const AccessibleEvents::Event &e : events.events(QAccessible::Focus)) {
            const auto *widget = qobject_cast<const QWidget *>(e.object.data());
            QVERIFY2(widget && (w.currentPage()->isAncestorOf(widget) || widget == next(w)), qPrintable(e.path));
        }
        auto *schools = child<QTableWidget>(w, "matchSchools");
        QCOMPARE(schools->currentRow(), 0);
        QVERIFY(child<QTableWidget>(w, "suggestionTable")->currentRow() >= 0);
        // Typing in Find narrows the suggestions, and the best one left becomes current, without
        // a word about it: the person is typing.
        auto *find = child<QLineEdit>(w, "hubFilter");
        find->setFocus();
        events.clear();
        QTest::keyClicks(find, QStringLiteral("Lake"));
        QVERIFY(child<QTableWidget>(w, "suggestionTable")->currentRow() >= 0);
        stray = events.strayFocus(find);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u'\n')));
        // Back on the SIS page, and a school unticked there: the matching page waits, hidden.
        w.back();
        sis->setFocus();
        events.clear();
        QTest::keyClick(sis, Qt::Key_Space);
        stray = events.strayFocus(sis);
        QVERIFY2(stray.isEmpty(), qPrintable(stray.join(u'\n')));
    }

    void tablesAndFields_haveNames()
    {
        auto store = newSession();
        MatchingWizard w(store.get(), sample());
        QVERIFY(w.importHubSchools(hubCsv(), nullptr));
        show(w);
        // Every table is named and has its column headers, on whichever page.
        for (const char *name : {"hubTable", "sisTable", "matchSchools", "suggestionTable"}) {
            auto *table = child<QTableWidget>(w, name);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), name);
            QVERIFY2(!table->horizontalHeader()->isHidden(), name);
            for (int c = 0; c < table->columnCount(); ++c)
                QVERIFY2(!iface->tableInterface()->columnDescription(c).isEmpty(), name);
        }
        for (const char *name : {"reviewTree", "confirmList"}) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(child<QTreeWidget>(w, name));
            QVERIFY2(!iface->text(QAccessible::Name).isEmpty(), name);
            QVERIFY2(!iface->tableInterface()->columnDescription(0).isEmpty(), name);
        }

        // A hub school's cell, typed into: its editor is named by its column and row.
        auto *hub = child<QTableWidget>(w, "hubTable");
        hub->setFocus();
        hub->setCurrentCell(1, 1);
        QTest::keyClick(hub, Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor && hub->isAncestorOf(editor));
        QCOMPARE(QAccessible::queryAccessibleInterface(editor)->text(QAccessible::Name),
                 QStringLiteral("Name, hub school 2"));
        QTest::keyClick(editor, Qt::Key_Escape);

        // The Find field's clear button, shown once something is typed, is named.
        next(w)->click();
        next(w)->click();
        auto *find = child<QLineEdit>(w, "hubFilter");
        find->setFocus();
        QTest::keyClicks(find, QStringLiteral("Lake"));
        QStringList names;
        for (QToolButton *button : find->findChildren<QToolButton *>()) {
            if (button->isVisible())
                names << QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name);
        }
        QCOMPARE(names, QStringList{QStringLiteral("Clear")});
    }
};

QTEST_MAIN(MatchingWizardTest)
#include "tst_matchingwizard.moc"
