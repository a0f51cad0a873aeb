// The window's sessions: every export opened is kept in one, saved by name or not yet; imports
// are chosen, findings acknowledged, the history shown, and closing with unsaved work asks.

#include "acknowledgedialog.h"
#include "boxanswerer.h"
#include "connectdialog.h"
#include "fakesisserver.h"
#include "findingspanel.h"
#include "findingtreemodel.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "secretstore.h"
#include "matchingwizard.h"
#include "oneroster/exportreader.h"
#include "report/reportwriter.h"
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
#include "util/workerpool.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QFileDialog>
#include <QInputDialog>
#include <QPlainTextEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QUrl>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
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
    int m_steps = 0;

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


    // What an admin does between jobs: acknowledges a finding, saves the session as a new file,
    // saves it again, closes it and opens it again, and acknowledges another. False, with what
    // failed, when any of it fails or a message box shows.
    bool workAndSave(MainWindow &window, const QString &name, QString *why)
    {
        auto fail = [why, name](const QString &what) {
            *why = name + QStringLiteral(": ") + what;
            return false;
        };
        if (window.isLoading() || !window.result() || !window.session())
            return fail(QStringLiteral("nothing shown to work on"));
        BoxAnswerer boxes(QMessageBox::Ok);
        const size_t findings = window.result()->findings.size();
        const qsizetype first = qsizetype(++m_steps % findings);
        if (!window.acknowledgeFinding(first, name))
            return fail(QStringLiteral("not acknowledged: ") + boxes.text());
        // Ctrl+S: an untitled session asks for a name; one saved by name has nothing left to save.
        QAction *saveAction = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Save))
                saveAction = a;
        }
        if (!saveAction)
            return fail(QStringLiteral("no Save action"));
        if (window.isUntitled()) {
            const QString named = path(name + QStringLiteral("-saved.rosterbench"));
            if (!saveAction->isEnabled())
                return fail(QStringLiteral("Save is disabled with unsaved work"));
            QTimer::singleShot(100, [named] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                        // Typed into the dialog's name field, as a person does.
                        if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                            edit->setText(named);
                        QMetaObject::invokeMethod(dialog, "accept");
                    }
                }
            });
            if (!load(window, [&] { saveAction->trigger(); }))
                return fail(QStringLiteral("Save did not end"));
            if (window.session()->path() != named)
                return fail(QStringLiteral("not saved as %1: %2 %3").arg(named, boxes.text(), window.session()->path()));
        } else if (saveAction->isEnabled() || window.isWindowModified()) {
            return fail(QStringLiteral("a session saved by name has something left to save"));
        }
        const QString saved = path(name + QStringLiteral(".rosterbench"));
        if (!load(window, [&] { window.saveSessionAs(saved); }))
            return fail(QStringLiteral("Save As did not end"));
        if (window.session()->path() != saved || window.isUntitled() || window.isWindowModified())
            return fail(QStringLiteral("not saved as %1: %2").arg(saved, boxes.text()));
        const qsizetype imports = window.session()->imports().size();
        window.closeSession();
        if (!load(window, [&] { window.openSession(saved); }))
            return fail(QStringLiteral("reopening did not end"));
        if (!window.session() || window.session()->path() != saved || !window.result())
            return fail(QStringLiteral("not reopened: ") + boxes.text());
        if (window.session()->imports().size() != imports)
            return fail(QStringLiteral("imports lost"));
        if (!window.findingsPanel()->model()->acknowledged().value(uint32_t(first)).contains(name))
            return fail(QStringLiteral("the acknowledgement was not kept"));
        if (!window.acknowledgeFinding(qsizetype((first + 1) % qsizetype(findings)), name + QStringLiteral(" again")))
            return fail(QStringLiteral("not acknowledged after reopening: ") + boxes.text());
        if (boxes.seen() > 0)
            return fail(boxes.text());
        return true;
    }

    // The sample without the org rows of `schools`: all they had would be removed.
    QString sampleWithout(const QString &name, const QList<QByteArray> &schools) const
    {
        const QString cut = path(name);
        QDir().mkpath(cut);
        for (const QFileInfo &file : QDir(sample()).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            if (!in.open(QIODevice::ReadOnly))
                return {};
            QByteArray bytes = in.readAll();
            if (file.fileName() == QLatin1String("orgs.csv")) {
                for (const QByteArray &school : schools) {
                    const qsizetype at = bytes.indexOf(QByteArray(school + ','));
                    bytes.remove(at, bytes.indexOf('\n', at) - at + 1);
                }
            }
            QFile out(QDir(cut).filePath(file.fileName()));
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return {};
        }
        return cut;
    }

    // The sample as another district's: every school and the district under other ids.
    QString anotherDistrict() const
    {
        const QString other = path(QStringLiteral("another-district"));
        QDir().mkpath(other);
        for (const QFileInfo &file : QDir(sample()).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            if (!in.open(QIODevice::ReadOnly))
                return {};
            QByteArray bytes = in.readAll();
            bytes.replace("SCH00", "ELM00").replace("DIST001", "RIVER01");
            QFile out(QDir(other).filePath(file.fileName()));
            if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
                return {};
        }
        return other;
    }
    // Lists `path` in File ▸ Open Recent, as if opened before, for the next window.
    static void listAsRecent(const QString &path)
    {
        QStringList recent = QSettings().value(QStringLiteral("recentExports")).toStringList();
        recent.removeAll(QFileInfo(path).absoluteFilePath());
        recent.prepend(QFileInfo(path).absoluteFilePath());
        QSettings().setValue(QStringLiteral("recentExports"), recent);
    }
    // Opens `path` from File ▸ Open Recent, as a person does (asked where it goes).
    static bool openRecent(MainWindow &window, const QString &path)
    {
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (!menu->title().contains(QStringLiteral("Recent")))
                continue;
            for (QAction *a : menu->actions()) {
                if (a->toolTip() == QFileInfo(path).absoluteFilePath()) {
                    a->trigger();
                    return true;
                }
            }
        }
        return false;
    }
    // Answers the question where an export goes: notes its default button, clicks `choice`.
    struct WhereItGoes
    {
        QString defaultButton;
        QString text;
        QTimer timer;
        explicit WhereItGoes(const QString &choice)
        {
            QObject::connect(&timer, &QTimer::timeout, [this, choice] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    auto *box = qobject_cast<QMessageBox *>(w);
                    if (!box || !box->isVisible() || !box->findChild<QPushButton *>(QStringLiteral("addToSession")))
                        continue;
                    defaultButton = box->defaultButton() ? box->defaultButton()->objectName() : QString();
                    text = box->text();
                    if (auto *b = box->findChild<QPushButton *>(choice))
                        b->click();
                }
            });
            timer.start(20);
        }
    };

private slots:
    void initTestCase()
    {
        // A home of its own: the private folder of untitled sessions is under it, and another
        // run of this suite at the same time must not see this one's.
        qputenv("HOME", QFile::encodeName(m_settings.filePath(QStringLiteral("home"))));
        QDir().mkpath(m_settings.filePath(QStringLiteral("home")));
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

    void acknowledgingOneSchoolGone_leavesTheOtherSchools()
    {
        // The next export without two of the sample's three schools: a hold for each.
        const QString cut = sampleWithout(QStringLiteral("without-two-schools"), {"SCH002", "SCH003"});
        QVERIFY(!cut.isEmpty());
        const QString saved = path(QStringLiteral("two-schools-gone.rosterbench"));
        QString note;
        uint32_t acknowledged = 0, other = 0;
        {
            MainWindow window;
            window.show();
            QVERIFY(openExport(window, sample()));
            QVERIFY(openExport(window, cut));
            QList<uint32_t> gone;
            for (size_t i = 0; i < window.result()->findings.size(); ++i) {
                if (window.result()->findings.at(i).rule == RuleId::SessionSchoolRemoved)
                    gone << uint32_t(i);
            }
            QCOMPARE(gone.size(), 2);
            acknowledged = gone[0];
            other = gone[1];
            note = QStringLiteral("closed in June");
            QVERIFY(window.acknowledgeFinding(qsizetype(acknowledged), note));
            const FindingTreeModel *model = window.findingsPanel()->model();
            QVERIFY(model->acknowledged().value(acknowledged).contains(note));
            // The other school's hold is not ticked, and does not show the note.
            QVERIFY(!model->acknowledged().contains(other));
            const QModelIndex otherRow = model->indexOfFinding(other, FindingTreeModel::ProblemColumn);
            QVERIFY(otherRow.isValid());
            QVERIFY(!otherRow.data(Qt::ToolTipRole).toString().contains(note));
            QVERIFY(!otherRow.data(Qt::FontRole).value<QFont>().italic());
            QVERIFY(load(window, [&] { window.saveSessionAs(saved); }));
        }
        // Read back from the session: the same.
        MainWindow reopened;
        reopened.show();
        QVERIFY(load(reopened, [&] { reopened.openSession(saved); }));
        QCOMPARE(reopened.result()->findings.countOf(RuleId::SessionSchoolRemoved), size_t(2));
        QCOMPARE(reopened.findingsPanel()->model()->acknowledged().keys(), QList<uint32_t>{acknowledged});
        QCOMPARE(reopened.session()->acknowledgements(reopened.currentImport()).size(), 1);
        // Taking it back there takes back that one, and the other can be acknowledged on its own.
        QVERIFY(reopened.acknowledgeFinding(qsizetype(other), QStringLiteral("merged into Lakeview Elementary")));
        QVERIFY(reopened.takeBackAcknowledgement(qsizetype(acknowledged)));
        QCOMPARE(reopened.findingsPanel()->model()->acknowledged().keys(), QList<uint32_t>{other});
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
        QCOMPARE(schools->model()->columnCount(), int(OverviewModel::HubSchoolColumn));
        QVERIFY(entryOf(QStringLiteral("SCH002")) > 0);
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH002"))), QStringLiteral("Jefferson Middle School"));

        // The middle school to its hub school, the elementary school deselected, the high school
        // not matched yet.
        QVERIFY(matchTheSample(window));
        QCOMPARE(schools->model()->columnCount(), int(OverviewModel::ColumnCount));
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
        QCOMPARE(schools->model()->columnCount(), int(OverviewModel::HubSchoolColumn));
        QCOMPARE(box->itemText(entryOf(QStringLiteral("SCH002"))), QStringLiteral("Jefferson Middle School"));
    }

    void exportedFindings_sayWhatTheSessionKnows()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        const auto emailFinding = [&window] {
            const FindingList &list = window.result()->findings;
            for (size_t i = 0; i < list.size(); ++i) {
                if (list.at(i).rule == RuleId::UserEmailMissing)
                    return qsizetype(i);
            }
            return qsizetype(-1);
        };
        QVERIFY(emailFinding() >= 0);
        QVERIFY(window.acknowledgeFinding(emailFinding(), QStringLiteral("the office adds it on Monday")));
        QVERIFY(matchTheSample(window));
        QVERIFY(window.findingsPanel()->model()->acknowledged().contains(uint32_t(emailFinding())));

        // Export Findings as CSV offers the file type for Excel, first; chosen, it is what is written.
        const QString csv = path(QStringLiteral("findings-for-excel.csv"));
        QStringList offered;
        QTimer::singleShot(200, [&] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QFileDialog *>(w);
                if (!dialog || !dialog->isVisible() || dialog->objectName() != QLatin1String("exportFindingsDialog"))
                    continue;
                offered = dialog->nameFilters();
                dialog->selectNameFilter(MainWindow::findingsFileTypes().constFirst());
                // Typed as a person would: selectFile() leaves alone a name field that has focus.
                dialog->setDirectory(QFileInfo(csv).absolutePath());
                if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                    name->setText(QFileInfo(csv).fileName());
                QMetaObject::invokeMethod(dialog, "accept"); // a slot, protected in QFileDialog
            }
        });
        auto *exportCsv = window.findChild<QAction *>(QStringLiteral("exportFindingsCsv"));
        QVERIFY(exportCsv && exportCsv->isEnabled());
        exportCsv->trigger();
        QCOMPARE(offered, MainWindow::findingsFileTypes());
        QVERIFY(offered.constFirst().contains(QStringLiteral("Excel")));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFseverity,code,"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                       | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QByteArray emailRow;
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.contains("USR-EMAIL-MISSING"))
                emailRow = line;
        }
        // The person by name, the acknowledgement with who wrote it and why.
        QVERIFY2(emailRow.contains(",T10016,") && emailRow.contains(",Patricia Howard,"), emailRow.constData());
        QVERIFY2(emailRow.contains(",yes,Ana Ruiz,") && emailRow.contains(",the office adds it on Monday\r"),
                 emailRow.constData());
        // The middle school's findings under its hub school's name.
        QVERIFY(bytes.contains(",Jefferson MS,"));

        // The HTML report likewise: the acknowledged finding marked, the hub's school names.
        const QString html = path(QStringLiteral("report.html"));
        QVERIFY(window.exportFindingsTo(html, ReportWriter::Format::Html));
        QFile report(html);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(report.readAll());
        QVERIFY(text.contains(QStringLiteral("the office adds it on Monday")));
        QVERIFY(text.contains(QStringLiteral("<tr class=\"acknowledged\">")));
        QVERIFY(text.contains(QStringLiteral("<td>Jefferson MS<br>")));
        QVERIFY(!text.contains(QStringLiteral("rosterbench ")));
        // Both exports are in the session's history.
        int exports = 0;
        for (const HistoryEvent &e : window.session()->history())
            exports += e.kind == HistoryEvent::Kind::Exported;
        QCOMPARE(exports, 2);
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

    void saving_worksRightAfterEveryKindOfJob()
    {
        // Pool threads end as soon as they are idle, as they do after a while in a day's work:
        // each job then runs on a thread that may get the system id of one that ended.
        const int expiry = workerPool()->expiryTimeout();
        workerPool()->setExpiryTimeout(0);
        const auto restore = qScopeGuard([expiry] { workerPool()->setExpiryTimeout(expiry); });
        test::FakeSisServer server(test::FakeSisServer::Api::Aeries);
        MainWindow window;
        window.show();
        QString why;

        // An export read and kept: the first starts the session.
        QVERIFY(openExport(window, sample()));
        QVERIFY2(workAndSave(window, QStringLiteral("after-import"), &why), qPrintable(why));

        // Saved as while the next export is being kept: the copy is made once it is kept.
        const QString whileKept = path(QStringLiteral("while-kept.rosterbench"));
        bool askedWhileKept = false;
        {
            BoxAnswerer boxes(QMessageBox::Ok);
            // Right after it is shown: the keep has begun.
            connect(
                &window, &MainWindow::reviewShown, &window,
                [&] {
                    askedWhileKept = window.isLoading();
                    window.saveSessionAs(whileKept);
                },
                Qt::ConnectionType(Qt::SingleShotConnection | Qt::QueuedConnection));
            window.openExport({sample()});
            QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading() && window.session()->path() == whileKept, 60000);
            QVERIFY(askedWhileKept);
            QCOMPARE(boxes.seen(), 0);
        }
        QCOMPARE(window.session()->imports().size(), 2);
        QVERIFY2(workAndSave(window, QStringLiteral("after-keep"), &why), qPrintable(why));

        // The school matching confirmed: the import is read again with it.
        SessionError error;
        QVERIFY2(window.session()->setHubSchools({HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview Elem."), {}},
                                                  HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}},
                                                 &error),
                 qPrintable(error.message));
        bool confirmed = false;
        QVERIFY(load(window, [&] {
            inWizard(window, [&confirmed](MatchingWizard &wizard) {
                QString problem;
                confirmed = wizard.setMatch(QStringLiteral("SCH001"), QStringLiteral("H-1"))
                    && wizard.setMatch(QStringLiteral("SCH002"), QStringLiteral("H-2"))
                    && wizard.setRostered(QStringLiteral("SCH003"), false) && wizard.confirm(&problem);
                if (!confirmed)
                    qWarning("%s", qPrintable(problem));
            });
        }));
        QVERIFY(confirmed);
        QVERIFY(window.session()->matchingLock().has_value());
        QVERIFY2(workAndSave(window, QStringLiteral("after-matching"), &why), qPrintable(why));

        // A pull from an SIS, kept as one more import.
        SisConnection connection;
        connection.kind = SourceKind::Aeries;
        connection.url = server.url();
        connection.id = server.id;
        connection.secret = server.secret;
        {
            BoxAnswerer notices(QMessageBox::Ok); // what the pull says of the SIS's data
            QVERIFY(load(window, [&] { window.pull(connection, SisOptions()); }));
        }
        QCOMPARE(window.session()->imports().size(), 3);
        QVERIFY2(workAndSave(window, QStringLiteral("after-pull"), &why), qPrintable(why));
    }

    void savingWhereItCannot_saysWhyAndKeepsTheWork_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("said");
        const QString file = path(QStringLiteral("a-file"));
        QFile(file).open(QIODevice::WriteOnly);
        QTest::newRow("a file for a folder") << file + QStringLiteral("/review.rosterbench") << QStringLiteral("not a folder");
        QTest::newRow("no such folder") << path(QStringLiteral("gone/review.rosterbench")) << QStringLiteral("does not exist");
        const QString locked = path(QStringLiteral("read-only"));
        QDir().mkpath(locked);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QTest::newRow("a read-only folder") << locked + QStringLiteral("/review.rosterbench") << QStringLiteral("cannot be written");
    }

    void savingWhereItCannot_saysWhyAndKeepsTheWork()
    {
        QFETCH(QString, target);
        QFETCH(QString, said);
        if (said == QLatin1String("cannot be written") && QFileInfo(QFileInfo(target).absolutePath()).isWritable())
            QSKIP("this user can write in a read-only folder (an administrator)");
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QVERIFY(window.acknowledgeFinding(0, QStringLiteral("kept")));
        const QString unsaved = window.session()->path();
        {
            BoxAnswerer ok(QMessageBox::Ok);
            QVERIFY(load(window, [&] { window.saveSessionAs(target); }));
            QTRY_COMPARE(ok.seen(), 1);
            // What failed and why, in words; nothing of SQLite's or Qt's.
            QVERIFY2(ok.text().contains(QStringLiteral("could not be saved as")), qPrintable(ok.text()));
            QVERIFY2(ok.text().contains(said), qPrintable(ok.text()));
            QVERIFY2(ok.text().contains(QStringLiteral("Nothing is lost")), qPrintable(ok.text()));
            QVERIFY(!ok.text().contains(QStringLiteral("Driver")));
        }
        // The window stays on the untitled session, and it stays on disk.
        QVERIFY(window.isUntitled());
        QCOMPARE(window.session()->path(), unsaved);
        QVERIFY(QFileInfo::exists(unsaved));
        QVERIFY(window.hasUnsavedWork());
        QVERIFY(window.result());
        QVERIFY(!window.findingsPanel()->model()->acknowledged().value(0).isEmpty());
        QVERIFY(!QFileInfo::exists(target));

        // Closing, saving there: the save fails the same way and the window stays open.
        QTimer::singleShot(200, [target] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (auto *dialog = qobject_cast<QFileDialog *>(w); dialog && dialog->isVisible()) {
                    if (auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                        edit->setText(target);
                    QMetaObject::invokeMethod(dialog, "accept");
                }
            }
        });
        {
            BoxAnswerer save(QMessageBox::Save);
            QSignalSpy loaded(&window, &MainWindow::exportLoaded);
            QVERIFY(!window.close());
            QVERIFY(loaded.wait(60000));
            QTRY_COMPARE(save.seen(), 2); // save it?, then why it could not be
            QVERIFY2(save.text().contains(said), qPrintable(save.text()));
        }
        QVERIFY(window.isVisible());
        QVERIFY(window.isUntitled());
        QVERIFY(QFileInfo::exists(unsaved));
    }

    void secondExportOfTheSameDistrict_isAddedByDefault()
    {
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QVERIFY(load(window, [&] { window.saveSessionAs(path(QStringLiteral("same-district.rosterbench"))); }));
        WhereItGoes answer(QStringLiteral("addToSession"));
        QVERIFY(load(window, [&] { QVERIFY(openRecent(window, sample())); }));
        QCOMPARE(answer.defaultButton, QStringLiteral("addToSession"));
        QCOMPARE(window.session()->imports().size(), 2);
        QCOMPARE(window.result()->findings.countOf(RuleId::SessionSchoolRemoved), size_t(0));
    }

    void anotherDistrictsExport_opensInANewSessionByDefault()
    {
        const QString other = anotherDistrict();
        QVERIFY(!other.isEmpty());
        const QString first = path(QStringLiteral("first-district.rosterbench"));
        listAsRecent(other);
        MainWindow window;
        window.show();
        QVERIFY(openExport(window, sample()));
        QVERIFY(load(window, [&] { window.saveSessionAs(first); }));
        WhereItGoes answer(QStringLiteral("openInNewSession"));
        QVERIFY(load(window, [&] { QVERIFY(openRecent(window, other)); }));
        QCOMPARE(answer.defaultButton, QStringLiteral("openInNewSession"));
        QVERIFY2(answer.text.contains(QStringLiteral("another district")), qPrintable(answer.text));
        // A session of its own, with no school "gone" since an import of another district.
        QVERIFY(window.session());
        QVERIFY(window.isUntitled());
        QCOMPARE(window.session()->imports().size(), 1);
        QCOMPARE(window.result()->findings.countOf(RuleId::SessionSchoolRemoved), size_t(0));
        QVERIFY(window.result()->roster->table(FileKind::Orgs).rowForId("ELM001") != Table::NoRow);
        // The first session is as it was.
        SessionError error;
        auto kept = SessionStore::open(first, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(kept, qPrintable(error.message));
        QCOMPARE(kept->imports().size(), 1);
        QCOMPARE(kept->history().size(), window.session()->history().size());
    }

    void pullThatFailed_isAskedAgainWithWhatWasTyped()
    {
        test::FakeSisServer server(test::FakeSisServer::Api::ClassLink);
        MemorySecretStore secrets;
        MainWindow window;
        window.setSecretStore(&secrets);
        window.show();
        QAction *pull = nullptr;
        for (QAction *a : window.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_P))
                pull = a;
        }
        QVERIFY(pull);
        // In the dialog: `fill` types, `pull` presses Pull; what it showed is kept.
        struct Shown
        {
            SourceKind source = SourceKind::Aeries;
            QString url, id, secret;
        };
        auto inDialog = [](const std::function<void(ConnectDialog &)> &work) {
            QTimer::singleShot(200, [work] {
                for (QWidget *w : QApplication::topLevelWidgets()) {
                    if (auto *dialog = qobject_cast<ConnectDialog *>(w); dialog && dialog->isVisible())
                        work(*dialog);
                }
            });
        };
        auto field = [](ConnectDialog &d, const char *name) { return d.findChild<QLineEdit *>(QLatin1String(name)); };
        for (const bool remember : {false, true}) {
            // A wrong secret: the pull is refused.
            inDialog([&](ConnectDialog &d) {
                d.setSource(SourceKind::ClassLink);
                field(d, "url")->setText(server.url());
                field(d, "id")->setText(server.id);
                field(d, "secret")->setText(QStringLiteral("not-the-secret"));
                if (remember)
                    d.findChild<QCheckBox *>(QStringLiteral("remember"))->click();
                QTimer::singleShot(100, &d, [&d] { d.findChild<QPushButton *>(QStringLiteral("pull"))->click(); });
            });
            {
                BoxAnswerer ok(QMessageBox::Ok);
                QVERIFY(load(window, [&] { pull->trigger(); }));
                QTRY_VERIFY(ok.seen() >= 1);
            }
            QVERIFY(!window.result());
            // Asked again: what was typed is there; the secret only if it was remembered.
            Shown shown;
            bool looked = false;
            inDialog([&](ConnectDialog &d) {
                QTimer::singleShot(300, &d, [&] {
                    shown = {d.source(), field(d, "url")->text(), field(d, "id")->text(), field(d, "secret")->text()};
                    looked = true;
                    d.reject();
                });
            });
            pull->trigger();
            QVERIFY(looked);
            QCOMPARE(shown.source, SourceKind::ClassLink);
            QCOMPARE(shown.url, server.url());
            QCOMPARE(shown.id, server.id);
            QCOMPARE(shown.secret, remember ? QStringLiteral("not-the-secret") : QString());
        }
    }

    void openRecent_offersOnlyWhatCanBeOpened()
    {
        // Listed before: an export still there, one removed since, and an untitled session's
        // private file (offered back on start, never by its internal name).
        const QString gone = path(QStringLiteral("gone.zip"));
        QFile(gone).open(QIODevice::WriteOnly);
        const QString privateFile = newUnsavedSessionPath();
        QFile(privateFile).open(QIODevice::WriteOnly);
        QSettings().setValue(QStringLiteral("recentExports"),
                             QStringList{QFileInfo(sample()).absoluteFilePath(), gone, privateFile});
        QFile::remove(gone);
        auto listed = [](MainWindow &window) {
            QStringList tips;
            for (QMenu *menu : window.findChildren<QMenu *>()) {
                if (!menu->title().contains(QStringLiteral("Recent")))
                    continue;
                emit menu->aboutToShow();
                for (QAction *a : menu->actions()) {
                    if (!a->isSeparator() && !a->toolTip().isEmpty() && a->toolTip() != a->text().remove(u'&'))
                        tips << a->toolTip();
                }
            }
            return tips;
        };
        {
            MainWindow window;
            QCOMPARE(listed(window), QStringList{QFileInfo(sample()).absoluteFilePath()});
            QCOMPARE(window.recentExports(), QStringList{QFileInfo(sample()).absoluteFilePath()});
        }
        QFile::remove(privateFile);

        // An untitled session left by a crash, opened again: it does not join the list.
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
        MainWindow window;
        window.show();
        QVERIFY(load(window, [&] { window.openSession(left); }));
        QVERIFY(window.isUntitled());
        QVERIFY(!window.recentExports().contains(QFileInfo(left).absoluteFilePath()));
        // And an export removed while the window is open goes from the menu when it next opens.
        const QString copy = path(QStringLiteral("copy-of-sample"));
        QVERIFY(QDir().mkpath(copy));
        for (const QFileInfo &file : QDir(sample()).entryInfoList(QDir::Files))
            QVERIFY(QFile::copy(file.filePath(), QDir(copy).filePath(file.fileName())));
        QVERIFY(load(window, [&] { window.openExport({copy}); }));
        QVERIFY(listed(window).contains(QFileInfo(copy).absoluteFilePath()));
        QVERIFY(QDir(copy).removeRecursively());
        QVERIFY(!listed(window).contains(QFileInfo(copy).absoluteFilePath()));
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
