// Every window as a screen reader and the keyboard see it (WCAG 2.1 AA: 1.3.1, 2.1.1, 2.1.2, 2.4.3,
// 4.1.2): the main window on the sample export with each of its tabs and docks, every page of the
// matching wizard with the hub's schools in, the Connect dialog for each SIS (and with its error
// shown), the acknowledgement, history, rules, glossary and shortcuts dialogs, and the dialogs the
// window's menus open. Each is walked through Qt's accessible interfaces, which are what AT-SPI
// hands a screen reader, by accessibilitywalker.h:
//
// - no shown interactive control without a name, no table or tree without a name or headers, no
//   hidden widget or column exposed as shown;
// - Tab from the focus widget goes through every shown, enabled control once and comes back;
// - Tab and Shift+Tab leave every table in one press.
//
// With ROSTERBENCH_A11Y_DUMP set, the tree of each window walked is printed.

#include "accessibilitywalker.h"

#include "acknowledgedialog.h"
#include "connectdialog.h"
#include "findingspanel.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "matchingwizard.h"
#include "oneroster/exportreader.h"
#include "rulesdialog.h"
#include "secretstore.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "sessionjobs.h"
#include "shortcutsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDropEvent>
#include <QDialog>
#include <QDockWidget>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

using namespace rb;
using namespace rb::test;

namespace {

QString sample()
{
    return QStringLiteral(ROSTERBENCH_SAMPLE);
}

bool open(MainWindow &window, const QString &path)
{
    QSignalSpy loaded(&window, &MainWindow::exportLoaded);
    window.openExport({path});
    return loaded.wait(60000);
}

// Shows `w` as the active window, as a person would have it in front of them.
bool showActive(QWidget *w)
{
    w->show();
    w->activateWindow();
    QApplication::setActiveWindow(w);
    return QTest::qWaitForWindowActive(w);
}

// Everything the walker finds wrong with `window` as shown now: names, then Tab, then tables.
QStringList problemsOf(QWidget *window, bool focusChain = true)
{
    if (qEnvironmentVariableIsSet("ROSTERBENCH_A11Y_DUMP"))
        qInfo().noquote() << dumpTree(window);
    QStringList problems = accessibilityProblems(window);
    if (focusChain) {
        problems << focusChainProblems(window);
        problems << tableTrapProblems(window);
    }
    return problems;
}

QString report(const QStringList &problems)
{
    for (const QString &p : problems)
        qWarning().noquote() << p;
    return QStringLiteral("%1 problem(s):\n%2").arg(problems.size()).arg(problems.join(u'\n'));
}

// A menu's action by its path as the menus show it, the mnemonics taken out: "Help/Rules…".
QAction *menuAction(const QMainWindow &window, const QString &path)
{
    const QStringList parts = path.split(u'/');
    QList<QAction *> actions = window.menuBar()->actions();
    QAction *found = nullptr;
    for (const QString &part : parts) {
        found = nullptr;
        for (QAction *a : actions) {
            if (QString(a->text()).remove(u'&') == part) {
                found = a;
                break;
            }
        }
        if (!found)
            return nullptr;
        actions = found->menu() ? found->menu()->actions() : QList<QAction *>();
    }
    return found;
}

// Runs `check` on the first modal dialog that shows, then closes it (its Cancel, Close or OK).
class OnDialog final
{
public:
    explicit OnDialog(std::function<void(QWidget *)> check)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this, check] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || m_seen || !modal->isVisible())
                return;
            m_seen = true;
            m_timer.stop();
            QApplication::setActiveWindow(modal);
            if (QTest::qWaitForWindowActive(modal))
                check(modal);
            else
                m_failure = QStringLiteral("%1 did not become active").arg(describe(modal));
            if (auto *box = qobject_cast<QMessageBox *>(modal); box && box->escapeButton())
                box->escapeButton()->click();
            else if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        });
        m_timer.start(20);
    }
    bool seen() const { return m_seen; }
    QString failure() const { return m_failure; }

private:
    QTimer m_timer;
    bool m_seen = false;
    QString m_failure;
};

} // namespace

class AccessibilityTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    int m_sessions = 0;

    static std::shared_ptr<const ReadResult> sampleRead()
    {
        static const std::shared_ptr<const ReadResult> result =
            std::make_shared<ReadResult>(ExportReader().read({sample()}));
        return result;
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

    // The hub's schools of the sample's district, and one the SIS does not have.
    QString hubCsv()
    {
        const QString path = m_dir.filePath(QStringLiteral("hub.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)
            || file.write("id,name,nces_id,city\r\nH-101,Lakeview Elem.,69979500101,Lakeview\r\n"
                          "H-102,Jefferson MS,,Lakeview\r\nH-103,Lakeview HS,,Lakeview\r\n"
                          "H-104,Lakeview Adult Ed Ctr,,Lakeview\r\n")
                < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.isValid() && m_dir.isValid());
        // A home of its own: untitled sessions wait in a private folder under it.
        qputenv("HOME", QFile::encodeName(m_settings.filePath(QStringLiteral("home"))));
        QDir().mkpath(m_settings.filePath(QStringLiteral("home")));
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QVERIFY(sampleRead()->roster);
    }

    void cleanup() { QSettings().clear(); }

    // -- The walker itself -------------------------------------------------------------------------

    // A dialog with one of each thing the walker looks for: it must find every one, where it is.
    void walker_findsWhatAScreenReaderWouldMiss()
    {
        QDialog dialog;
        dialog.setWindowTitle(QStringLiteral("Walked"));
        auto *layout = new QVBoxLayout(&dialog);
        auto *named = new QPushButton(QStringLiteral("&Named"), &dialog);
        auto *iconOnly = new QToolButton(&dialog);
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        iconOnly->setIcon(dialog.style()->standardIcon(QStyle::SP_DialogOkButton));
        auto *search = new QLineEdit(QStringLiteral("typed"), &dialog);
        search->setAccessibleName(QStringLiteral("Search"));
        search->setClearButtonEnabled(true);
        auto *image = new QLabel(&dialog);
        image->setObjectName(QStringLiteral("image"));
        image->setPixmap(dialog.style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(16));
        auto *table = new QTableWidget(3, 3, &dialog); // no name; Tab walks its cells
        table->setObjectName(QStringLiteral("cells"));
        table->setHorizontalHeaderLabels({QStringLiteral("A"), QString(), QStringLiteral("C")});
        table->setColumnHidden(2, true);
        auto *editable = new QTableWidget(2, 1, &dialog); // named, and Tab leaves it
        editable->setObjectName(QStringLiteral("editable"));
        editable->setAccessibleName(QStringLiteral("Editable"));
        editable->setHorizontalHeaderLabels({QStringLiteral("Value")});
        editable->setTabKeyNavigation(false);
        auto *hidden = new QPushButton(QStringLiteral("&Hidden"), &dialog);
        for (QWidget *w : std::initializer_list<QWidget *>{named, iconOnly, search, image, table, editable, hidden})
            layout->addWidget(w);
        hidden->hide();
        QVERIFY(showActive(&dialog));
        // A cell of the named table being typed into: its editor has no name.
        editable->setFocus();
        editable->setCurrentCell(0, 0);
        QTest::keyClick(editable, Qt::Key_F2);
        QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));

        const QString found = accessibilityProblems(&dialog).join(u'\n');
        for (const char *expected : {"[QToolButton iconOnly]: a button without a name",
                                     "EditableText “Search” [QLineEdit] › Button “” [QLineEditIconButton]: a button without a name",
                                     "[QLabel image]: an image without a text alternative",
                                     "[QTableWidget cells]: a table without a name",
                                     "[QTableWidget cells]: column 2 has no header",
                                     "[QTableWidget cells]: hidden column “C” is exposed as shown",
                                     "[QWidget qt_scrollarea_viewport] › EditableText “”"})
            QVERIFY2(found.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("not found: %1\nin:\n%2")
                                                                                 .arg(QString::fromUtf8(expected), found)));
        QVERIFY2(!found.contains(QLatin1String("Named")) && !found.contains(QLatin1String("Hidden")), qPrintable(found));

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        named->setFocus();
        QStringList keyProblems = focusChainProblems(&dialog); // from Named, first
        keyProblems << tableTrapProblems(&dialog);
        const QString keys = keyProblems.join(u'\n');
        for (const char *expected : {"Tab stays in Dialog “Walked” [QDialog] › Table “” [QTableWidget cells]: trapped",
                                     "Tab never reaches Dialog “Walked” [QDialog] › Table “Editable” [QTableWidget editable]",
                                     "Tab in Dialog “Walked” [QDialog] › Table “” [QTableWidget cells] does not leave it",
                                     "Shift+Tab in Dialog “Walked” [QDialog] › Table “” [QTableWidget cells] does not leave it"})
            QVERIFY2(keys.contains(QString::fromUtf8(expected)), qPrintable(QStringLiteral("not found: %1\nin:\n%2")
                                                                                .arg(QString::fromUtf8(expected), keys)));
        QVERIFY2(!keys.contains(QLatin1String("editable] does not leave it")), qPrintable(keys));

        // Three buttons on a line, Tab going from the first to the last and back to the middle.
        QDialog line;
        auto *row = new QHBoxLayout(&line);
        QPushButton *buttons[3];
        for (int i = 0; i < 3; ++i) {
            buttons[i] = new QPushButton(QString(QChar(u'A' + i)), &line);
            row->addWidget(buttons[i]);
        }
        QWidget::setTabOrder(buttons[0], buttons[2]);
        QWidget::setTabOrder(buttons[2], buttons[1]);
        QVERIFY(showActive(&line));
        buttons[0]->setFocus();
        const QString order = focusChainProblems(&line).join(u'\n');
        QVERIFY2(order.contains(QStringLiteral("Tab does not follow reading order: it goes from Button “C” [QPushButton] "
                                               "back to Button “B” [QPushButton]")),
                 qPrintable(order));
    }

    // -- The main window ---------------------------------------------------------------------------

    void mainWindow_eachTab_data()
    {
        QTest::addColumn<int>("tab");
        int tab = 0;
        for (const char *name : {"Overview", "Orgs", "Users", "Classes", "Enrollments", "Demographics"})
            QTest::newRow(name) << tab++;
    }
    void mainWindow_eachTab()
    {
        QFETCH(int, tab);
        MainWindow window;
        QVERIFY(showActive(&window));
        QVERIFY(open(window, sample()));
        QVERIFY(tab < window.tabs()->count());
        window.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QStringList problems = problemsOf(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void mainWindow_eachDock_data()
    {
        QTest::addColumn<QString>("dock");
        QTest::newRow("findings") << QStringLiteral("findingsDock");
        QTest::newRow("inspector") << QStringLiteral("inspectorDock");
    }
    void mainWindow_eachDock()
    {
        QFETCH(QString, dock);
        MainWindow window;
        QVERIFY(showActive(&window));
        QVERIFY(open(window, sample()));
        window.findingsPanel()->showFinding(0); // a record in the inspector, its links with it
        auto *widget = window.findChild<QDockWidget *>(dock);
        QVERIFY(widget && widget->isVisible());
        QStringList problems = problemsOf(widget, false);
        problems << tableTrapProblems(widget);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // -- The matching wizard -----------------------------------------------------------------------

    void matchingWizard_eachPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("hub schools") << int(MatchingWizard::HubSchoolsPage);
        QTest::newRow("SIS schools") << int(MatchingWizard::SisSchoolsPage);
        QTest::newRow("matching") << int(MatchingWizard::MatchPage);
        QTest::newRow("review") << int(MatchingWizard::ReviewPage);
        QTest::newRow("confirmation") << int(MatchingWizard::ConfirmPage);
    }
    void matchingWizard_eachPage()
    {
        QFETCH(int, page);
        auto store = newSession();
        MatchingWizard wizard(store.get(), sampleRead());
        QVERIFY(wizard.importHubSchools(hubCsv(), nullptr));
        // One school matched by hand is left for the matching page to show suggestions for.
        QVERIFY(wizard.matchAutomatically() > 0);
        QVERIFY(showActive(&wizard));
        while (wizard.currentId() != page) {
            const int before = wizard.currentId();
            wizard.next();
            QVERIFY2(wizard.currentId() != before, qPrintable(QStringLiteral("stuck on page %1").arg(before)));
        }
        QCoreApplication::processEvents();
        QStringList problems = problemsOf(&wizard);
        if (page == MatchingWizard::MatchPage) {
            // The Find field with text in it: its clear button shows.
            auto *find = wizard.findChild<QLineEdit *>(QStringLiteral("hubFilter"));
            QVERIFY(find && find->isEnabled());
            find->setFocus();
            QTest::keyClicks(find, QStringLiteral("Lake"));
            problems << accessibilityProblems(&wizard);
        }
        if (page == MatchingWizard::HubSchoolsPage) {
            // A hub school's cell being typed into: its editor.
            auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("hubTable"));
            QVERIFY(table);
            table->setFocus();
            table->setCurrentCell(0, 1);
            QTest::keyClick(table, Qt::Key_F2);
            QVERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
            problems << accessibilityProblems(&wizard);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // -- The Connect dialog ------------------------------------------------------------------------

    void connectDialog_eachSis_data()
    {
        QTest::addColumn<int>("sis");
        QTest::newRow("Aeries") << int(SourceKind::Aeries);
        QTest::newRow("ClassLink") << int(SourceKind::ClassLink);
        QTest::newRow("Clever") << int(SourceKind::Clever);
    }
    void connectDialog_eachSis()
    {
        QFETCH(int, sis);
        MemorySecretStore secrets;
        ConnectDialog dialog(&secrets);
        dialog.setSource(SourceKind(sis));
        QVERIFY(showActive(&dialog));
        QStringList problems = problemsOf(&dialog);

        // Filled in with an address that is not one, and tested: the error is shown.
        auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("url"));
        QVERIFY(url);
        url->setText(QStringLiteral("not a url"));
        if (auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("id")); id && id->isVisible())
            id->setText(QStringLiteral("cid"));
        dialog.findChild<QLineEdit *>(QStringLiteral("secret"))->setText(QStringLiteral("secret"));
        QSignalSpy ended(&dialog, &ConnectDialog::testFinished);
        dialog.testConnection();
        QVERIFY(!ended.isEmpty() || ended.wait(5000));
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("resultBox"))->isVisible());
        problems << problemsOf(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // -- The other dialogs, each on its own --------------------------------------------------------

    void acknowledgeDialog()
    {
        AcknowledgeDialog dialog(QStringLiteral("T1_2 Ana Garcia is in 107 classes"), QStringLiteral("Ana Ruiz"),
                                 QString());
        QVERIFY(showActive(&dialog));
        const QStringList problems = problemsOf(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void acknowledgementNote_isNamedByItsLabel()
    {
        AcknowledgeDialog dialog(QStringLiteral("T1_2 Ana Garcia is in 107 classes"), QStringLiteral("Ana & Luis Ruiz"),
                                 QString());
        QVERIFY(showActive(&dialog));
        QPlainTextEdit *note = dialog.noteEdit();
        QLabel *question = nullptr;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (label->buddy())
                question = label;
        }
        // The label's buddy is the note as shown, which it names as it reads (the & in the name
        // shown as written, not taken for a mnemonic).
        QVERIFY(question && question->isVisible());
        QCOMPARE(question->buddy(), note);
        QVERIFY(note->isVisible());
        QAccessibleInterface *field = QAccessible::queryAccessibleInterface(note);
        QCOMPARE(field->text(QAccessible::Name),
                 QStringLiteral("Why can it stay as it is? The note is kept in the session with your name, Ana & Luis Ruiz."));
        QVERIFY(!field->state().invisible);
        bool labelled = false;
        for (const auto &[label, relation] : field->relations(QAccessible::Label))
            labelled = labelled || label->object() == question;
        QVERIFY(labelled);
        QVERIFY2(field->text(QAccessible::Description).contains(QLatin1String("Ctrl+Return")),
                 qPrintable(field->text(QAccessible::Description)));
        // Its letter goes to it.
        dialog.acknowledgeButton()->setFocus();
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), note);
    }

    void historyDialog()
    {
        MainWindow window;
        QVERIFY(showActive(&window));
        QVERIFY(open(window, sample()));
        QVERIFY(!window.session()->history().isEmpty());
        HistoryDialog dialog(window.session()->history(), window.session()->imports(), &window);
        QVERIFY(showActive(&dialog));
        const QStringList problems = problemsOf(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void rulesDialog_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("rules") << int(RulesDialog::RulesPage);
        QTest::newRow("glossary") << int(RulesDialog::GlossaryPage);
    }
    void rulesDialog()
    {
        QFETCH(int, page);
        RulesDialog dialog;
        dialog.showPage(RulesDialog::Page(page));
        QVERIFY(showActive(&dialog));
        QStringList problems = problemsOf(&dialog);
        if (page == RulesDialog::RulesPage) {
            // A search typed: the field's clear button shows.
            dialog.searchBox()->setFocus();
            QTest::keyClicks(dialog.searchBox(), QStringLiteral("email"));
            problems << accessibilityProblems(&dialog);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void shortcutsDialog()
    {
        MainWindow window;
        ShortcutsDialog dialog(&window);
        QVERIFY(showActive(&dialog));
        const QStringList problems = problemsOf(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    // -- The dialogs as the window's menus and keys open them --------------------------------------

    void dialogsTheWindowOpens_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *path : {"File/Pull from SIS…", "File/Session History…", "File/New Session",
                                 "Edit/Your Name in the History…", "Schools/Match Schools…", "Help/Rules…",
                                 "Help/Glossary…", "Help/Keyboard Shortcuts…", "Help/About Rosterbench"})
            QTest::newRow(path) << QString::fromUtf8(path);
        QTest::newRow("Ctrl+K in the findings") << QStringLiteral("ctrl+k");
        QTest::newRow("another export dropped on the window") << QStringLiteral("drop");
        QTest::newRow("an unsaved session offered back") << QStringLiteral("recover");
    }
    void dialogsTheWindowOpens()
    {
        QFETCH(QString, action);
        if (action == QLatin1String("recover")) {
            // What a crash leaves: a session with an import in the private folder, no window on it.
            SessionError error;
            auto store = SessionStore::open(newUnsavedSessionPath(), SessionStore::OpenMode::CreateIfMissing, &error);
            QVERIFY2(store, qPrintable(error.message));
            QString packError;
            const auto packed = packExport({sample()}, &packError);
            QVERIFY2(packed, qPrintable(packError));
            QVERIFY(keepImport(*store, *packed, checkPackedExport(*packed), &error) > 0);
        }
        const auto leftOver = qScopeGuard([] { QDir(unsavedSessionFolder()).removeRecursively(); });
        MainWindow window;
        MemorySecretStore secrets;
        window.setSecretStore(&secrets);
        QVERIFY(showActive(&window));
        if (action != QLatin1String("recover"))
            QVERIFY(open(window, sample()));
        QStringList problems;
        OnDialog dialog([&problems](QWidget *d) { problems = problemsOf(d); });
        if (action == QLatin1String("ctrl+k")) {
            window.findingsPanel()->showFinding(0);
            window.findingsPanel()->view()->setFocus();
            QTest::keyClick(window.findingsPanel()->view(), Qt::Key_K, Qt::ControlModifier);
        } else if (action == QLatin1String("recover")) {
            QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
        } else if (action == QLatin1String("drop")) {
            // Asked whether it joins this session or opens a session of its own.
            QMimeData files;
            files.setUrls({QUrl::fromLocalFile(sample())});
            const QPoint middle(window.width() / 2, window.height() / 2);
            QDragEnterEvent enter(middle, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(middle, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &drop);
            QVERIFY(drop.isAccepted());
        } else {
            QAction *a = menuAction(window, action);
            QVERIFY2(a, qPrintable(action));
            QVERIFY2(a->isEnabled(), qPrintable(action));
            a->trigger();
        }
        QTRY_VERIFY(dialog.seen());
        QVERIFY2(dialog.failure().isEmpty(), qPrintable(dialog.failure()));
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }
};

QTEST_MAIN(AccessibilityTest)

#include "tst_accessibility.moc"
