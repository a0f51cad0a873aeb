// The window's sessions: every export opened is kept in one, saved by name or not yet; imports
// are chosen, findings acknowledged, the history shown, and closing with unsaved work asks.

#include "acknowledgedialog.h"
#include "boxanswerer.h"
#include "fakesisserver.h"
#include "findingspanel.h"
#include "findingtreemodel.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "matchingwizard.h"
#include "oneroster/exportreader.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "roster/roster.h"
#include "rostertablemodel.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "sessionjobs.h"
#include "sis/sisconnection.h"
#include "tablepage.h"
#include "util/text.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rb;

namespace {

QStringList unsavedSessions()
{
    return QDir(unsavedSessionFolder()).entryList({QStringLiteral("*.rosterbench")}, QDir::Files);
}

} // namespace

class SessionWindowTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;

    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

    static bool load(MainWindow &window, const std::function<void()> &start)
    {
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        start();
        return loaded.wait(60000);
    }
    static bool openExport(MainWindow &window, const QString &path)
    {
        return load(window, [&] { window.openExport({path}); });
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static bool waitForPage(TablePage *page)
    {
        if (!page->isBusy())
            return true;
        QSignalSpy updated(page, &TablePage::rowsUpdated);
        return updated.wait(30000) || !page->isBusy();
    }
    static QComboBox *schoolBox(TablePage *page)
    {
        for (QComboBox *box : page->findChildren<QComboBox *>()) {
            if (box->accessibleName() == QLatin1String("School"))
                return box;
        }
        return nullptr;
    }
    static QStringList itemTexts(const QComboBox *box)
    {
        QStringList texts;
        for (int i = 0; i < box->count(); ++i)
            texts << box->itemText(i);
        return texts;
    }
    // Chooses the school filter's entry `text`, as a click in its list does.
    static bool chooseSchool(TablePage *page, const QString &text)
    {
        QComboBox *box = schoolBox(page);
        const int i = box->findText(text);
        if (i < 0)
            return false;
        box->setCurrentIndex(i);
        emit box->activated(i);
        return waitForPage(page);
    }
    // The table rows the page shows, in file order.
    static QList<uint32_t> shownRows(TablePage *page)
    {
        QList<uint32_t> rows;
        for (int r = 0; r < page->model()->rowCount(); ++r)
            rows << page->model()->tableRow(r);
        std::sort(rows.begin(), rows.end());
        return rows;
    }
    // The rows of `kind` whose school is one of `schools`: for users, one their orgSourcedIds
    // lists; for classes, their schoolSourcedId.
    static QList<uint32_t> rowsOfSchools(const Roster &roster, FileKind kind, const QStringList &schools)
    {
        const Table &table = roster.table(kind);
        QList<uint32_t> rows;
        for (uint32_t r = 0; r < table.rowCount(); ++r) {
            const QString cell = kind == FileKind::Users ? toQString(table.cell(r, UsersField::OrgSourcedIds))
                                                         : toQString(table.cell(r, ClassesField::SchoolSourcedId));
            for (const QString &item : cell.split(QLatin1Char(','))) {
                if (schools.contains(item.trimmed())) {
                    rows << r;
                    break;
                }
            }
        }
        return rows;
    }
    // Opens the window's matching wizard, lets `change` work in it, and closes it.
    static void inWizard(MainWindow &window, const std::function<void(MatchingWizard &)> &change)
    {
        QTimer::singleShot(200, [change] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *wizard = qobject_cast<MatchingWizard *>(w); wizard && wizard->isVisible()) {
                    change(*wizard);
                    wizard->reject();
                }
            }
        });
        window.matchSchools();
    }

    // In the wizard, on the sample: Jefferson Middle School to the hub's "Jefferson MS", Lakeview
    // Elementary left out, Lakeview High not matched yet; the window then reads the import again.
    static bool matchTheSample(MainWindow &window)
    {
        SessionError error;
        if (!window.session()->setHubSchools({HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview Elem."), {}},
                                              HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}},
                                             &error)) {
            qWarning("%s", qPrintable(error.message));
            return false;
        }
        bool changed = false;
        const bool loaded = load(window, [&] {
            inWizard(window, [&changed](MatchingWizard &wizard) {
                QString why;
                changed = wizard.setMatch(QStringLiteral("SCH002"), QStringLiteral("H-2"))
                    && wizard.setRostered(QStringLiteral("SCH001"), false) && wizard.save(&why);
                if (!changed)
                    qWarning("%s", qPrintable(why));
            });
        });
        return loaded && changed;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sessionwindow"));
        QSettings().setValue(QStringLiteral("operatorName"), QStringLiteral("Ana Ruiz"));
        QDir(unsavedSessionFolder()).removeRecursively();
    }

    void cleanup()
    {
        // Every window below is destroyed at the end of its test, taking its unsaved session.
        QCOMPARE(unsavedSessions(), QStringList());
    }

    void openingAnExport_keepsItInAnUnsavedSession()
    {
        MainWindow window;
        window.show();
        QVERIFY(!window.session());
        QVERIFY(openExport(window, sample()));
        QVERIFY(window.result());
        QVERIFY(window.session());
        QVERIFY(window.isUntitled());
        QVERIFY(window.hasUnsavedWork());
        QVERIFY(window.isWindowModified());
        QVERIFY(window.windowTitle().contains(QStringLiteral("Untitled session")));
        QVERIFY(window.windowTitle().contains(QStringLiteral("lakeview")));
        QCOMPARE(window.session()->imports().size(), 1);
        QVERIFY(window.currentImport() > 0);
        // Kept where only its owner can read it.
        QCOMPARE(unsavedSessions().size(), 1);
        const QFileInfo file(window.session()->path());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    }

    void saveAs_writesEverythingAndReopensWithIt()
    {
        const QString saved = path(QStringLiteral("review.rosterbench"));
        qsizetype acknowledgedFinding = -1;
        size_t findings = 0;
        {
            MainWindow window;
            window.show();
            QVERIFY(openExport(window, sample()));
            findings = window.result()->findings.size();
            QVERIFY(findings > 0);
            acknowledgedFinding = qsizetype(findings - 1);
            QVERIFY(window.acknowledgeFinding(acknowledgedFinding, QStringLiteral("the office fixes it on Monday")));
            QVERIFY(window.findingsPanel()->model()->acknowledged().contains(uint32_t(acknowledgedFinding)));
            const QString unsaved = window.session()->path();

            QVERIFY(load(window, [&] { window.saveSessionAs(saved); }));
            QVERIFY(!window.isUntitled());
            QVERIFY(!window.hasUnsavedWork());
            QVERIFY(!window.isWindowModified());
            QCOMPARE(window.session()->path(), saved);
            QVERIFY(window.windowTitle().contains(QStringLiteral("review")));
            // The unsaved copy is gone; what is shown stayed.
            QVERIFY(!QFileInfo::exists(unsaved));
            QVERIFY(window.result());
            QVERIFY(window.findingsPanel()->model()->acknowledged().contains(uint32_t(acknowledgedFinding)));
            QCOMPARE(window.recentExports().value(0), QFileInfo(saved).absoluteFilePath());
        }
        MainWindow reopened;
        reopened.show();
        QVERIFY(load(reopened, [&] { reopened.openSession(saved); }));
        QVERIFY(reopened.session());
        QVERIFY(!reopened.isUntitled());
        QVERIFY(reopened.result());
        QCOMPARE(reopened.result()->findings.size(), findings);
        const QString note = reopened.findingsPanel()->model()->acknowledged().value(uint32_t(acknowledgedFinding));
        QVERIFY2(note.contains(QStringLiteral("the office fixes it on Monday")), qPrintable(note));
        QVERIFY(note.contains(QStringLiteral("Ana Ruiz")));
        QCOMPARE(reopened.importChooser()->count(), 1);
        QVERIFY(reopened.staleWarning().isEmpty());
    }

    void takingBackAnAcknowledgement_isKeptToo()
    {
        MainWindow window;
        QVERIFY(openExport(window, sample()));
        QVERIFY(window.acknowledgeFinding(0, QStringLiteral("known")));
        QVERIFY(window.takeBackAcknowledgement(0));
        QVERIFY(window.findingsPanel()->model()->acknowledged().isEmpty());
        QVERIFY(window.session()->acknowledgements(window.currentImport()).isEmpty());
        // Both are in the history, with who did them.
        int acknowledged = 0, takenBack = 0;
        for (const HistoryEvent &e : window.session()->history()) {
            if (e.kind != HistoryEvent::Kind::Acknowledged && e.kind != HistoryEvent::Kind::Unacknowledged)
                continue;
            acknowledged += e.kind == HistoryEvent::Kind::Acknowledged;
            takenBack += e.kind == HistoryEvent::Kind::Unacknowledged;
            QCOMPARE(e.operatorName, QStringLiteral("Ana Ruiz"));
        }
        QCOMPARE(acknowledged, 1);
        QCOMPARE(takenBack, 1);
    }

    void acknowledging_fromThePanelAsksForANote()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        FindingsPanel *panel = window.findingsPanel();
        panel->showFinding(2);
        QCOMPARE(panel->currentFinding(), qsizetype(2));
        QVERIFY(panel->acknowledgeAction()->isEnabled());
        QVERIFY(!panel->takeBackAction()->isEnabled());
        QTimer::singleShot(100, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<AcknowledgeDialog *>(w); dialog && dialog->isVisible()) {
                    dialog->noteEdit()->setPlainText(QStringLiteral("  checked with the school  "));
                    dialog->accept();
                }
            }
        });
        panel->acknowledgeAction()->trigger();
        QCOMPARE(window.session()->acknowledgements(window.currentImport()).size(), 1);
        QCOMPARE(window.session()->acknowledgements(window.currentImport())[0].note, QStringLiteral("checked with the school"));
        QVERIFY(panel->takeBackAction()->isEnabled());
        // Shown on the row, and hidden when asked.
        const QModelIndex row = panel->model()->indexOfFinding(2, FindingTreeModel::ProblemColumn);
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("checked with the school")));
        QVERIFY(row.data(Qt::FontRole).value<QFont>().italic());
        const size_t before = panel->model()->shownCount();
        FindingFilter hide;
        hide.hideAcknowledged = true;
        panel->setFilter(hide);
        QCOMPARE(panel->model()->shownCount(), before - 1);
        QVERIFY(!panel->model()->indexOfFinding(2).isValid());
    }

    void anotherExport_becomesAnImportToChooseFrom()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        const qint64 first = window.currentImport();
        const auto firstResult = window.result();
        QVERIFY(openExport(window, sample()));
        const qint64 second = window.currentImport();
        QVERIFY(second > first);
        QCOMPARE(window.session()->imports().size(), 2);
        QComboBox *chooser = window.importChooser();
        QCOMPARE(chooser->count(), 2);
        QVERIFY(chooser->isEnabled());
        QCOMPARE(chooser->currentData().toLongLong(), second); // the newest, listed first
        QVERIFY(chooser->itemText(0).contains(QStringLiteral("latest")));
        // Choosing the first import shows it again.
        QVERIFY(load(window, [&] {
            chooser->setCurrentIndex(1);
            emit chooser->activated(1);
        }));
        QCOMPARE(window.currentImport(), first);
        QVERIFY(window.result() != firstResult); // read again from the session's bytes
        QCOMPARE(window.result()->findings.size(), firstResult->findings.size());
        QCOMPARE(chooser->currentData().toLongLong(), first);
    }

    void exportOpenedWhileTheLastIsKept_followsIt()
    {
        MainWindow window;
        window.show();
        QSignalSpy shown(&window, &MainWindow::reviewShown);
        window.openExport({sample()});
        QVERIFY(shown.wait(60000));
        // The first is shown and being kept: the second waits for it rather than stopping it.
        window.openExport({sample()});
        QTRY_VERIFY_WITH_TIMEOUT(window.session() && window.session()->imports().size() == 2
                                     && window.currentImport() == window.session()->imports().last().id,
                                 60000);
        QCOMPARE(shown.size(), 2);
    }

    void openingAnExportWithOneShown_asksWhereItGoes()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QMenu *recent = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title().contains(QStringLiteral("Recent")))
                recent = menu;
        }
        QVERIFY(recent);
        QAction *again = nullptr;
        for (QAction *a : recent->actions()) {
            if (a->text().contains(QStringLiteral("lakeview")) && !again)
                again = a;
        }
        QVERIFY(again);
        {
            BoxAnswerer cancel(QMessageBox::Cancel);
            again->trigger();
            QCOMPARE(cancel.seen(), 1);
            QVERIFY(cancel.text().contains(QStringLiteral("new import")));
        }
        QVERIFY(!window.isLoading());
        QCOMPARE(window.session()->imports().size(), 1);
    }

    void closingWithUnsavedWork_asksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        const QString unsaved = window.session()->path();
        {
            BoxAnswerer cancel(QMessageBox::Cancel);
            QVERIFY(!window.close());
            QCOMPARE(cancel.seen(), 1);
            QVERIFY(cancel.text().contains(QStringLiteral("not saved")));
        }
        QVERIFY(window.isVisible());
        QVERIFY(QFileInfo::exists(unsaved));
        {
            BoxAnswerer discard(QMessageBox::Discard);
            QVERIFY(window.close());
            QCOMPARE(discard.seen(), 1);
        }
        QVERIFY(!QFileInfo::exists(unsaved));
        QVERIFY(!window.session());
    }

    void closingASavedSession_asksNothing()
    {
        const QString saved = path(QStringLiteral("closing.rosterbench"));
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QVERIFY(load(window, [&] { window.saveSessionAs(saved); }));
        BoxAnswerer any(QMessageBox::Cancel);
        QVERIFY(window.close());
        QCOMPARE(any.seen(), 0);
        QVERIFY(QFileInfo::exists(saved)); // a named session stays, of course
    }

    void newSession_startsEmptyAfterAsking()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QAction *newAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::New))
                newAction = a;
        }
        QVERIFY(newAction);
        BoxAnswerer discard(QMessageBox::Discard);
        newAction->trigger();
        QCOMPARE(discard.seen(), 1);
        QVERIFY(!window.session());
        QVERIFY(!window.result());
        QCOMPARE(window.windowTitle(), QStringLiteral("Rosterbench"));
        QCOMPARE(window.importChooser()->count(), 0);
        QTRY_VERIFY(!window.importChooser()->isVisibleTo(&window));
    }

    void history_listsWhatWasDone()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QVERIFY(window.acknowledgeFinding(1, QStringLiteral("fine")));
        HistoryDialog dialog(window.session()->history(), window.session()->imports());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), int(window.session()->history().size()));
        QVERIFY(table->rowCount() >= 3); // created, imported, acknowledged
        // Newest first.
        QCOMPARE(table->item(0, 2)->text(), HistoryDialog::describe(HistoryEvent::Kind::Acknowledged));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("Ana Ruiz"));
        QVERIFY(table->item(0, 3)->text().contains(QStringLiteral("lakeview")));
        QCOMPARE(table->item(table->rowCount() - 1, 2)->text(), HistoryDialog::describe(HistoryEvent::Kind::Created));
    }

    void oldLatestImport_isSaidPlainly()
    {
        // A session whose latest import is four months old.
        const QString old = path(QStringLiteral("old.rosterbench"));
        {
            SessionError error;
            auto store = SessionStore::open(old, SessionStore::OpenMode::CreateIfMissing, &error);
            QVERIFY2(store, qPrintable(error.message));
            QString packError;
            const auto packed = packExport({sample()}, &packError);
            QVERIFY2(packed, qPrintable(packError));
            const ReadResult result = checkPackedExport(*packed);
            QVERIFY(keepImport(*store, *packed, result, &error) > 0);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("aging"));
            db.setDatabaseName(old);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE imports SET imported_at = '%1'")
                               .arg(QDateTime::currentDateTimeUtc().addDays(-120).toString(Qt::ISODateWithMs))));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("aging"));

        MainWindow window;
        window.show();
        QVERIFY(load(window, [&] { window.openSession(old); }));
        QVERIFY(window.result());
        QVERIFY(!window.staleWarning().isEmpty());
        QVERIFY(window.staleWarning().contains(QStringLiteral("90")));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("staleBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), window.staleWarning());
        // And among the findings, so that it is counted, listed and exported with the rest.
        QCOMPARE(window.result()->findings.countOf(RuleId::SessionUploadOld), size_t(1));
    }

    void nextExportWithoutASchool_holdsItsSync()
    {
        // The sample again, without Jefferson Middle School: everything it had would be removed.
        const QString cut = path(QStringLiteral("without-jefferson"));
        QVERIFY(QDir().mkpath(cut));
        for (const QFileInfo &file : QDir(sample()).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray bytes = in.readAll();
            if (file.fileName() == QLatin1String("orgs.csv"))
                bytes.replace(bytes.indexOf("SCH002,"), bytes.indexOf('\n', bytes.indexOf("SCH002,")) - bytes.indexOf("SCH002,") + 1, QByteArray());
            QFile out(QDir(cut).filePath(file.fileName()));
            QVERIFY(out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size());
        }
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QCOMPARE(window.result()->findings.countOf(RuleId::SessionSchoolRemoved), size_t(0));
        const qint64 holdsBefore = window.session()->latestImport()->findings[Severity::Hold];
        QVERIFY(openExport(window, cut));
        QCOMPARE(window.session()->imports().size(), 2);
        const FindingList &findings = window.result()->findings;
        QCOMPARE(findings.countOf(RuleId::SessionSchoolRemoved), size_t(1));
        for (const Finding &f : findings.items()) {
            if (f.rule == RuleId::SessionSchoolRemoved)
                QVERIFY(findings.message(f).contains(QStringLiteral("Jefferson Middle School")));
        }
        // Kept with the import: the session says the hold too.
        QCOMPARE(window.session()->latestImport()->findings[Severity::Hold], holdsBefore + 1);
    }

    void badSessionFiles_sayWhatAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QByteArray("sourcedId,name\n1,Lakeview\n") << QStringLiteral("not");
        QByteArray header("SQLite format 3");
        header.append('\0');
        QTest::newRow("damaged") << (header + QByteArray(4096, '\x5a')) << QStringLiteral("damaged.rosterbench");
    }

    void badSessionFiles_sayWhatAndChangeNothing()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString bad = path(QStringLiteral("damaged.rosterbench"));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        const auto shown = window.result();
        const QString unsaved = window.session()->path();
        BoxAnswerer ok(QMessageBox::Ok);
        QVERIFY(load(window, [&] { window.openSession(bad); }));
        QTRY_VERIFY(ok.seen() >= 1);
        QVERIFY2(ok.text().contains(expected), qPrintable(ok.text()));
        // The file is as it was, and the window goes on with what it had.
        QFile file(bad);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes);
        QCOMPARE(window.result(), shown);
        QCOMPARE(window.session()->path(), unsaved);
    }

    void sessionLeftByACrash_isOfferedBack()
    {
        // What a crash leaves: a session in the private folder with an import, no window on it.
        const QString left = newUnsavedSessionPath();
        {
            SessionError error;
            auto store = SessionStore::open(left, SessionStore::OpenMode::CreateIfMissing, &error);
            QVERIFY2(store, qPrintable(error.message));
            QString packError;
            const auto packed = packExport({sample()}, &packError);
            QVERIFY(packed);
            QVERIFY(keepImport(*store, *packed, checkPackedExport(*packed), &error) > 0);
        }
        QCOMPARE(MainWindow::orphanedSessions(), QStringList{QFileInfo(left).absoluteFilePath()});

        MainWindow window;
        window.show();
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        QString asked;
        QTimer::singleShot(50, [&asked] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(w);
                if (!box || !box->isVisible())
                    continue;
                asked = box->text();
                for (QAbstractButton *b : box->buttons()) {
                    if (b->text().contains(QStringLiteral("Open")))
                        b->click();
                }
            }
        });
        window.offerRecovery();
        QVERIFY2(asked.contains(QStringLiteral("without saving")), qPrintable(asked));
        QVERIFY(loaded.wait(60000));
        QVERIFY(window.result());
        QVERIFY(window.isUntitled());
        QVERIFY(window.hasUnsavedWork()); // still to be saved by name
        // Open in this window, it is no longer left over.
        QVERIFY(MainWindow::orphanedSessions().isEmpty());
    }

    void confirmedMatching_isShownWithWhoAndWhen()
    {
        MainWindow window;
        window.show();
        QAction *match = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_M))
                match = a;
        }
        QVERIFY(match);
        QVERIFY(!match->isEnabled()); // nothing to match yet
        QVERIFY(openExport(window, sample()));
        QVERIFY(match->isEnabled());
        auto *state = window.findChild<QLabel *>(QStringLiteral("matchingState"));
        QVERIFY(state);
        QVERIFY(state->text().contains(QStringLiteral("not matched")));

        // Matched and confirmed (as the wizard or `session match --confirm` would).
        SessionStore *store = window.session();
        store->setOperatorName(QStringLiteral("Ana Ruiz"));
        SessionError error;
        QVERIFY2(store->setHubSchools({HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview Elem."), {}}}, &error),
                 qPrintable(error.message));
        SchoolMatch first{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"), QStringLiteral("H-1")};
        QVERIFY2(store->setSchoolMatches({first}, &error), qPrintable(error.message));
        QVERIFY2(store->confirmMatching(&error), qPrintable(error.message));

        // The wizard opens on it (and is closed here); the window then shows the lock.
        QTimer::singleShot(200, [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *wizard = qobject_cast<MatchingWizard *>(w); wizard && wizard->isVisible())
                    wizard->reject();
            }
        });
        window.matchSchools();
        QVERIFY2(state->text().contains(QStringLiteral("confirmed")), qPrintable(state->text()));
        QVERIFY(state->text().contains(QStringLiteral("Ana Ruiz")));
        // Of the sample's three schools: the two the matching has not seen yet are counted too.
        QVERIFY2(state->text().contains(QStringLiteral("1 of 3 matched")), qPrintable(state->text()));
        QVERIFY(state->text().contains(QStringLiteral("(2 not yet)")));
        // And nothing in the window can change it: the engine refuses.
        first.hubId.clear();
        QVERIFY(!store->setSchoolMatches({first}, &error));
        QCOMPARE(error.code, SessionError::Code::Locked);
    }

    void schoolFilter_speaksInHubSchoolsOnceMatched()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        TablePage *users = window.tablePage(FileKind::Users);
        TablePage *classes = window.tablePage(FileKind::Classes);
        window.tabs()->setCurrentWidget(users);
        QComboBox *box = schoolBox(users);
        QVERIFY(box);
        // Nothing matched yet: the SIS's schools by name.
        QCOMPARE(itemTexts(box), QStringList({QStringLiteral("All schools"), QStringLiteral("Jefferson Middle School"),
                                              QStringLiteral("Lakeview Elementary School"),
                                              QStringLiteral("Lakeview High School")}));

        // In the wizard: the middle school to its hub school, the elementary school deselected,
        // the high school not matched yet.
        QVERIFY(matchTheSample(window));
        QCOMPARE(window.session()->schoolMatches().size(), 3);
        // The import was read again, with the findings of the new matching.
        const Roster &roster = *window.result()->roster;
        const QString jefferson = QStringLiteral("Jefferson MS");
        QCOMPARE(itemTexts(box), QStringList({QStringLiteral("All schools"), jefferson, QString(),
                                              QStringLiteral("Not matched yet"),
                                              QStringLiteral("Left out (will not sync)")}));
        // The SIS's names are in the tooltips.
        QVERIFY(box->itemData(1, Qt::ToolTipRole).toString().contains(QStringLiteral("Jefferson Middle School")));
        QVERIFY(box->itemData(3, Qt::ToolTipRole).toString().contains(QStringLiteral("Lakeview High School")));
        QVERIFY(box->itemData(4, Qt::ToolTipRole).toString().contains(QStringLiteral("Lakeview Elementary School")));

        // The hub school: only its SIS school's records.
        QVERIFY(chooseSchool(users, jefferson));
        const QList<uint32_t> middle = rowsOfSchools(roster, FileKind::Users, {QStringLiteral("SCH002")});
        QVERIFY(!middle.isEmpty());
        QCOMPARE(shownRows(users), middle);
        // Not matched yet: exactly the records of the schools with no hub school.
        QVERIFY(chooseSchool(users, QStringLiteral("Not matched yet")));
        const QList<uint32_t> high = rowsOfSchools(roster, FileKind::Users, {QStringLiteral("SCH003")});
        QVERIFY(!high.isEmpty());
        QCOMPARE(shownRows(users), high);
        QVERIFY(chooseSchool(classes, QStringLiteral("Not matched yet")));
        QCOMPARE(shownRows(classes), rowsOfSchools(roster, FileKind::Classes, {QStringLiteral("SCH003")}));
        QVERIFY(chooseSchool(classes, QStringLiteral("Left out (will not sync)")));
        QCOMPARE(shownRows(classes), rowsOfSchools(roster, FileKind::Classes, {QStringLiteral("SCH001")}));
        // Demographics follow their students' schools.
        TablePage *demographics = window.tablePage(FileKind::Demographics);
        QVERIFY(chooseSchool(demographics, QStringLiteral("Not matched yet")));
        const Table &demographicsTable = roster.table(FileKind::Demographics);
        QList<uint32_t> highStudents;
        for (uint32_t r = 0; r < demographicsTable.rowCount(); ++r) {
            if (high.contains(roster.table(FileKind::Users).rowForId(demographicsTable.sourcedId(r))))
                highStudents << r;
        }
        QVERIFY(!highStudents.isEmpty());
        QCOMPARE(shownRows(demographics), highStudents);

        // A change in the wizard that leaves the matches as they are (a hub school renamed) is
        // shown too, and the choice made stays.
        inWizard(window, [](MatchingWizard &wizard) {
            HubSchool renamed = wizard.hubSchools()[1];
            renamed.name = QStringLiteral("Jefferson Middle");
            QVERIFY(wizard.updateHubSchool(1, renamed));
            QString why;
            QVERIFY2(wizard.save(&why), qPrintable(why));
        });
        QVERIFY(!window.isLoading()); // the matches are as they were: the import is not read again
        QCOMPARE(box->itemText(1), QStringLiteral("Jefferson Middle"));
        QCOMPARE(box->currentText(), QStringLiteral("Not matched yet"));
        QVERIFY(waitForPage(users));
        QCOMPARE(shownRows(users), high);

        // The overview's jump to a school still finds it by its SIS id.
        users->setSchoolFilter(QStringLiteral("SCH002"));
        QVERIFY(waitForPage(users));
        QCOMPARE(box->currentText(), QStringLiteral("Jefferson Middle"));
        QVERIFY(box->toolTip().contains(QStringLiteral("Jefferson Middle School")));
        QCOMPARE(shownRows(users), middle);
    }

    void overviewAndFindings_speakInHubSchoolsOnceMatched()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        const OverviewModel *overview = window.overviewPage()->model();
        const QTableView *schools = window.overviewPage()->view();
        FindingsPanel *findings = window.findingsPanel();
        auto *box = findings->findChild<QComboBox *>(QStringLiteral("schoolFilter"));
        QVERIFY(box);
        auto hubOf = [overview](const QString &school) {
            for (int row = 0; row < overview->rowCount(); ++row) {
                if (overview->index(row, OverviewModel::SchoolColumn).data().toString() == school)
                    return overview->index(row, OverviewModel::HubSchoolColumn).data().toString();
            }
            return QStringLiteral("(no such row)");
        };
        // The findings' filter entry of a school, by its SIS id.
        auto entryOf = [findings, box](const QString &id) {
            const std::vector<QString> &ids = findings->model()->schoolIds();
            const auto it = std::find(ids.begin(), ids.end(), id);
            return it == ids.end() ? -1 : box->findData(int(it - ids.begin()));
        };
        // Nothing matched yet: no hub school column, the SIS's names in the filter.
        QVERIFY(schools->isColumnHidden(OverviewModel::HubSchoolColumn));
        QVERIFY(entryOf(QStringLiteral("SCH002")) > 0);
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH002"))), QStringLiteral("Jefferson Middle School"));

        // The middle school to its hub school, the elementary school deselected, the high school
        // not matched yet.
        QVERIFY(matchTheSample(window));
        QVERIFY(!schools->isColumnHidden(OverviewModel::HubSchoolColumn));
        QCOMPARE(hubOf(QStringLiteral("Jefferson Middle School")), QStringLiteral("Jefferson MS"));
        QCOMPARE(hubOf(QStringLiteral("Lakeview High School")), QStringLiteral("Not matched yet"));
        QCOMPARE(hubOf(QStringLiteral("Lakeview Elementary School")), QStringLiteral("Left out (will not sync)"));
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH002"))), QStringLiteral("Jefferson MS"));
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH003"))),
                 QStringLiteral("Lakeview High School (not matched yet)"));
        // The findings of a school left out are no longer shown; if some were, they would say so.
        if (const int leftOut = entryOf(QStringLiteral("SCH001")); leftOut > 0)
            QCOMPARE(box->itemText(leftOut), QStringLiteral("Lakeview Elementary School (left out, will not sync)"));

        // Filtering the findings by the hub school; a hub school renamed in the wizard shows in
        // both at once, and the filter stays.
        box->setCurrentIndex(entryOf(QStringLiteral("SCH002")));
        emit box->activated(box->currentIndex());
        const FindingFilter filter = findings->filter();
        QCOMPARE(findings->model()->schoolIds()[*filter.school], QStringLiteral("SCH002"));
        inWizard(window, [](MatchingWizard &wizard) {
            HubSchool renamed = wizard.hubSchools()[1];
            renamed.name = QStringLiteral("Jefferson Middle");
            QVERIFY(wizard.updateHubSchool(1, renamed));
            QString why;
            QVERIFY2(wizard.save(&why), qPrintable(why));
        });
        QVERIFY(!window.isLoading());
        QCOMPARE(hubOf(QStringLiteral("Jefferson Middle School")), QStringLiteral("Jefferson Middle"));
        QCOMPARE(box->currentText(), QStringLiteral("Jefferson Middle"));
        QCOMPARE(findings->filter(), filter);

        // Another session without a matching: hidden again.
        window.closeSession();
        QVERIFY(openExport(window, sample()));
        QVERIFY(window.session()->schoolMatches().isEmpty());
        QVERIFY(schools->isColumnHidden(OverviewModel::HubSchoolColumn));
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH002"))), QStringLiteral("Jefferson Middle School"));
    }

    void pullFromAnSis_isShownAndKeptWithoutItsSecret()
    {
        test::FakeSisServer server(test::FakeSisServer::Api::Aeries);
        MainWindow window;
        window.show();
        SisConnection connection;
        connection.kind = SourceKind::Aeries;
        connection.url = server.url();
        connection.id = server.id;
        connection.secret = server.secret;
        QVERIFY(load(window, [&] { window.pull(connection, SisOptions()); }));
        QVERIFY(window.result());
        QVERIFY(window.result()->roster->table(FileKind::Users).rowCount() > 0);
        QCOMPARE(window.result()->roster->sourceKind(), SourceKind::Aeries);
        QVERIFY(window.session());
        const QList<ImportInfo> imports = window.session()->imports();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports[0].originKind, QStringLiteral("sis"));
        QVERIFY(imports[0].origin.contains(QStringLiteral("127.0.0.1")));
        // Kept with no trace of the secret, in the file or beside it.
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            QFile file(window.session()->path() + suffix);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            QVERIFY(!bytes.contains(server.secret.toUtf8()));
            QVERIFY(!bytes.contains(server.secret.toUtf8().toBase64()));
        }
    }

    void sessionOpenElsewhere_isNotOpenedTwice()
    {
        const QString shared = path(QStringLiteral("shared.rosterbench"));
        SessionError error;
        auto elsewhere = SessionStore::open(shared, SessionStore::OpenMode::CreateIfMissing, &error);
        QVERIFY2(elsewhere, qPrintable(error.message));
        MainWindow window;
        BoxAnswerer ok(QMessageBox::Ok);
        QVERIFY(load(window, [&] { window.openSession(shared); }));
        QTRY_VERIFY(ok.seen() >= 1);
        QVERIFY2(ok.text().contains(QStringLiteral("shared.rosterbench")), qPrintable(ok.text()));
        QVERIFY(!window.session());
    }
};

QTEST_MAIN(SessionWindowTest)
#include "tst_sessionwindow.moc"
