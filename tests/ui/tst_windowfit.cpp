// The window on the most common school laptop, 1366 × 768: the window, its docks and every dialog
// fit on the screen at first start, with an export open and whatever record is chosen, in English
// and in Spanish (whose words are longer). Nothing may force the window wider than the screen:
// panels squeeze, long text wraps or is cut short with its whole text in a tooltip.
//
// The offscreen platform is given a 1366 × 768 screen (see main() below).

#include "acknowledgedialog.h"
#include "connectdialog.h"
#include "findingspanel.h"
#include "historydialog.h"
#include "inspector.h"
#include "mainwindow.h"
#include "testlanguage.h"
#include "matchingwizard.h"
#include "oneroster/exportreader.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "roster/roster.h"
#include "rulesdialog.h"
#include "secretstore.h"
#include "session/sessionstore.h"
#include "shortcutsdialog.h"
#include "tablepage.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLayout>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QToolButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTranslator>

#include <memory>

using namespace rb;

namespace {

// What a 1366 × 768 screen leaves a window once the window manager has drawn its title bar and a
// panel has taken its strip.
constexpr QSize Room(1366, 720);

QSize minimumOf(const QWidget *w)
{
    QSize size = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (w->layout())
        size = size.expandedTo(w->layout()->totalMinimumSize());
    return size;
}

// The chain of widgets that holds the most width, for a failure to say where to look.
QString widestChain(const QWidget *w)
{
    QString chain = QStringLiteral("%1 \"%2\" %3×%4").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                        .arg(minimumOf(w).width()).arg(minimumOf(w).height());
    const QWidget *widest = nullptr;
    for (const QObject *o : w->children()) {
        const auto *child = qobject_cast<const QWidget *>(o);
        if (!child || child->isWindow() || child->isHidden())
            continue;
        if (!widest || minimumOf(child).width() > minimumOf(widest).width())
            widest = child;
    }
    return widest ? chain + QStringLiteral(" > ") + widestChain(widest) : chain;
}

bool fits(const QWidget *w, QString *why)
{
    const QSize min = minimumOf(w);
    if (min.width() <= Room.width() && min.height() <= Room.height())
        return true;
    *why = QStringLiteral("needs %1×%2: %3").arg(min.width()).arg(min.height()).arg(widestChain(w));
    return false;
}

} // namespace

#define VERIFY_FITS(widget, when)                                                                          \
    do {                                                                                                   \
        QString why;                                                                                       \
        QVERIFY2(fits(widget, &why), qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when), why))); \
    } while (false)

class WindowFitTest final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settings;
    QTemporaryDir m_dir;
    TestLanguage m_language;

    static QString sample() { return QStringLiteral(ROSTERBENCH_SAMPLE); }

    static bool open(MainWindow &window, const QString &path)
    {
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({path});
        return loaded.wait(60000);
    }

    // The sample again without half of Jefferson Middle School's people: opened after the sample,
    // its school is held (a finding of every severity, holds included).
    QString sampleWithoutHalfOfASchool()
    {
        const QDir cut(m_dir.filePath(QStringLiteral("lakeview-monday")));
        if (cut.exists())
            return cut.path();
        cut.mkpath(QStringLiteral("."));
        for (const QFileInfo &file : QDir(sample()).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            if (!in.open(QIODevice::ReadOnly))
                return {};
            QList<QByteArray> lines = in.readAll().split('\n');
            if (file.fileName() == QLatin1String("users.csv")) {
                int seen = 0;
                lines.removeIf([&](const QByteArray &line) { return line.contains(",SCH002,") && seen++ % 2 == 0; });
            }
            QFile copy(cut.filePath(file.fileName()));
            if (!copy.open(QIODevice::WriteOnly) || copy.write(lines.join('\n')) < 0)
                return {};
        }
        return cut.path();
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QStringLiteral("en");
        QTest::newRow("Spanish") << QStringLiteral("es");
    }

private slots:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
        QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowfit"));
        QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1366, 768));
    }

    void cleanup()
    {
        // Each test starts as a first start does: no window layout remembered.
        QSettings().clear();
    }

    void firstStart_fitsTheScreen_data() { addLanguages(); }
    void firstStart_fitsTheScreen()
    {
        QFETCH(QString, language);
        m_language.use(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(20); // the docks are sized once the window has its size
        VERIFY_FITS(&window, "at first start");
        // The whole window, its frame included, on the screen: nothing to maximize.
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(window.width() <= Room.width() && window.height() <= Room.height(),
                 qPrintable(QStringLiteral("%1×%2").arg(window.width()).arg(window.height())));
        QVERIFY(screen.width() >= window.frameGeometry().width());
        // The docks are where they can be seen, side by side with room for the tables between.
        for (const char *name : {"findingsDock", "inspectorDock"}) {
            auto *dock = window.findChild<QDockWidget *>(QLatin1String(name));
            QVERIFY(dock);
            QVERIFY(dock->isVisible());
            QVERIFY2(window.rect().contains(dock->geometry()), name);
        }
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.rect().contains(window.statusBar()->geometry()));
        QVERIFY(window.centralWidget()->width() >= 400);
    }

    void openedAndEveryRecordChosen_stillFits_data() { addLanguages(); }
    void openedAndEveryRecordChosen_stillFits()
    {
        QFETCH(QString, language);
        m_language.use(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QSize firstSize = window.size();

        // While the export loads, Cancel is in the window.
        QSignalSpy loaded(&window, &MainWindow::exportLoaded);
        window.openExport({sample()});
        QList<QPushButton *> cancels;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (b->isVisible() && b->isEnabled())
                cancels << b;
        }
        QVERIFY2(!cancels.isEmpty() || !window.isLoading(), "no Cancel while loading");
        for (QPushButton *cancel : cancels)
            QVERIFY(window.rect().contains(QRect(cancel->mapTo(&window, QPoint(0, 0)), cancel->size())));
        VERIFY_FITS(&window, "while loading");
        QVERIFY(loaded.wait(60000));
        // And a second import, which holds a school: findings of every severity.
        QVERIFY(open(window, sampleWithoutHalfOfASchool()));
        QVERIFY(window.result());
        VERIFY_FITS(&window, "with an export open");
        QCOMPARE(window.size(), firstSize);

        // Every record of every table, in the table and the inspector.
        const Roster &roster = *window.result()->roster;
        for (FileKind kind : {FileKind::Orgs, FileKind::Users, FileKind::Classes, FileKind::Enrollments,
                              FileKind::Demographics}) {
            for (uint32_t row = 0; row < roster.table(kind).rowCount(); ++row) {
                window.showRecord(kind, row);
                QString why;
                QVERIFY2(fits(&window, &why),
                         qPrintable(QStringLiteral("%1 row %2: %3").arg(Schema::fileName(kind)).arg(row).arg(why)));
            }
        }
        QCOMPARE(window.size(), firstSize);

        // A finding of every severity, chosen in the findings panel.
        const FindingList &findings = window.result()->findings;
        for (Severity severity : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            qsizetype chosen = -1;
            for (size_t i = 0; i < findings.size() && chosen < 0; ++i) {
                if (RuleCatalogue::severity(findings.at(i).rule) == severity)
                    chosen = qsizetype(i);
            }
            QVERIFY2(chosen >= 0, qPrintable(RuleCatalogue::severityKey(severity)));
            window.findingsPanel()->showFinding(chosen);
            VERIFY_FITS(&window, qPrintable(QStringLiteral("a finding chosen: %1").arg(RuleCatalogue::severityKey(severity))));
        }

        // Each school of the overview, double-clicked: every table filtered to it.
        const OverviewModel *overview = window.overviewPage()->model();
        for (const SchoolSummary &school : overview->schools()) {
            emit window.overviewPage()->schoolActivated(school.orgRow);
            VERIFY_FITS(&window, qPrintable(QStringLiteral("school %1 chosen in the overview").arg(school.sourcedId)));
        }
        QCOMPARE(window.size(), firstSize);
    }

    void inspector_wrapsLongTextAtItsNarrowest()
    {
        m_language.use(QStringLiteral("en"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window, sample()));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
        window.resizeDocks({dock}, {minimumOf(dock).width()}, Qt::Horizontal);
        QTest::qWait(20);
        auto *browser = window.inspector()->findChild<QTextBrowser *>();
        QVERIFY(browser);
        const Roster &roster = *window.result()->roster;
        // Emails, sourcedIds and class titles break where they must: no sideways scrolling.
        for (FileKind kind : {FileKind::Users, FileKind::Classes, FileKind::Orgs}) {
            for (uint32_t row = 0; row < roster.table(kind).rowCount(); ++row) {
                window.showRecord(kind, row);
                browser->document()->documentLayout()->documentSize(); // laid out now, not when painted
                QCoreApplication::processEvents();
                QVERIFY2(browser->horizontalScrollBar()->maximum() == 0,
                         qPrintable(QStringLiteral("%1 row %2 at %3 px").arg(Schema::fileName(kind)).arg(row).arg(browser->width())));
            }
        }
    }

    void dialogs_fitTheScreen_data() { addLanguages(); }
    void dialogs_fitTheScreen()
    {
        QFETCH(QString, language);
        m_language.use(language);
        MainWindow window;
        window.show();
        QVERIFY(open(window, sample()));
        const auto verifyDialog = [](QWidget *dialog, const char *what) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            VERIFY_FITS(dialog, what);
            // As it opens, too: not only could it be made small enough, it is.
            QVERIFY2(dialog->width() <= Room.width() && dialog->height() <= Room.height(),
                     qPrintable(QStringLiteral("%1 opens at %2×%3").arg(QLatin1String(what))
                                    .arg(dialog->width()).arg(dialog->height())));
            dialog->hide();
        };

        {
            MemorySecretStore secrets;
            ConnectDialog dialog(&secrets, &window);
            verifyDialog(&dialog, "Connect dialog");
        }
        {
            HistoryDialog dialog(window.session()->history(), window.session()->imports(), &window);
            verifyDialog(&dialog, "history dialog");
        }
        {
            const FindingList &findings = window.result()->findings;
            QString longest;
            for (size_t i = 0; i < findings.size(); ++i) {
                if (findings.message(findings.at(i)).size() > longest.size())
                    longest = findings.message(findings.at(i));
            }
            AcknowledgeDialog dialog(longest.repeated(3), QStringLiteral("Ana Ruiz"), QString(), &window);
            verifyDialog(&dialog, "acknowledgement note dialog");
        }
        {
            RulesDialog dialog(&window);
            verifyDialog(&dialog, "rules dialog");
            dialog.showPage(RulesDialog::GlossaryPage);
            verifyDialog(&dialog, "glossary");
            // The rule with the longest texts.
            RuleId longest = RuleId(0);
            for (int r = 0; r < RuleCount; ++r) {
                if (RulesDialog::ruleHtml(RuleId(r)).size() > RulesDialog::ruleHtml(longest).size())
                    longest = RuleId(r);
            }
            dialog.showRule(longest);
            verifyDialog(&dialog, "rules dialog, longest rule");
        }
        {
            ShortcutsDialog dialog(&window, &window);
            verifyDialog(&dialog, "keyboard shortcuts");
        }
        {
            // The wizard on each of its pages, with the hub's schools in and matched.
            const QString hub = m_dir.filePath(QStringLiteral("hub.csv"));
            QFile file(hub);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("id,name,nces_id,city\r\nH-101,Lakeview Elem.,69979500101,Lakeview\r\n"
                       "H-102,Jefferson MS,,Lakeview\r\nH-103,Lakeview HS,,Lakeview\r\n");
            file.close();
            MatchingWizard wizard(window.session(), window.result(), window.overviewPage()->model()->schools(), &window);
            QStringList problems;
            QVERIFY(wizard.importHubSchools(hub, &problems));
            wizard.matchAutomatically();
            verifyDialog(&wizard, "matching wizard, hub schools");
            for (const char *page : {"SIS schools", "matching", "review", "confirmation"}) {
                wizard.show();
                wizard.next();
                verifyDialog(&wizard, qPrintable(QStringLiteral("matching wizard, %1").arg(QLatin1String(page))));
            }
            wizard.reject();
        }
    }

    void tabsAndHints_areReadInFull_data() { addLanguages(); }
    void tabsAndHints_areReadInFull()
    {
        QFETCH(QString, language);
        m_language.use(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window, sample()));
        QStringList cut;
        const auto verifyShown = [&cut](QWidget *top) {
            // Every tab's name, whole (a narrow bar scrolls the tabs instead).
            for (const QTabBar *bar : top->findChildren<QTabBar *>()) {
                if (!bar->isVisible())
                    continue;
                for (int i = 0; i < bar->count(); ++i) {
                    const int icon = bar->tabIcon(i).isNull() ? 0 : bar->iconSize().width();
                    if (bar->tabRect(i).width() < bar->fontMetrics().horizontalAdvance(bar->tabText(i)) + icon)
                        cut << QStringLiteral("tab “%1”").arg(bar->tabText(i));
                }
            }
            // Every field's hint, whole, beside the field's own buttons.
            for (const QLineEdit *edit : top->findChildren<QLineEdit *>()) {
                if (!edit->isVisible() || edit->placeholderText().isEmpty() || !edit->text().isEmpty())
                    continue;
                QStyleOptionFrame option;
                option.initFrom(edit);
                option.rect = edit->rect();
                option.lineWidth = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit);
                int room = edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width();
                room -= edit->textMargins().left() + edit->textMargins().right() + 2 * 2; // QLineEdit's own margin
                for (const QToolButton *button : edit->findChildren<QToolButton *>())
                    room -= button->width() + 2;
                if (edit->fontMetrics().horizontalAdvance(edit->placeholderText()) > room)
                    cut << QStringLiteral("hint “%1” in %2 px").arg(edit->placeholderText()).arg(room);
            }
        };
        for (int tab = 0; tab < window.tabs()->count(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            verifyShown(&window);
        }
        RulesDialog rules(&window);
        rules.show();
        QVERIFY(QTest::qWaitForWindowExposed(&rules));
        verifyShown(&rules);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1String(", "))));
    }

    void dropDownLists_showTheirItemsWhole_data() { addLanguages(); }
    void dropDownLists_showTheirItemsWhole()
    {
        QFETCH(QString, language);
        m_language.use(language);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(open(window, sample()));
        window.tabs()->setCurrentWidget(window.tablePage(FileKind::Users));
        // Every filter box of the findings and the users table, squeezed as the laptop squeezes
        // them: its list is as wide as its widest item.
        QList<QComboBox *> boxes = window.findingsPanel()->findChildren<QComboBox *>();
        boxes << window.tablePage(FileKind::Users)->findChildren<QComboBox *>();
        QVERIFY(boxes.size() >= 7);
        for (QComboBox *box : boxes) {
            if (!box->isVisible())
                continue;
            box->showPopup();
            QAbstractItemView *list = box->view();
            QTRY_VERIFY(list->isVisible());
            // As the list's delegate draws its widest item: text, icon and the check mark's room.
            const int needed = list->sizeHintForColumn(0);
            QVERIFY2(list->viewport()->width() >= needed,
                     qPrintable(QStringLiteral("%1: list %2 px for an item of %3 px (%4)")
                                    .arg(box->accessibleName()).arg(list->viewport()->width()).arg(needed)
                                    .arg(box->itemText(box->count() - 1))));
            box->hidePopup();
        }
    }
};

int main(int argc, char **argv)
{
    // The offscreen platform with one 1366 × 768 screen, the laptop's.
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("laptop.json"));
    {
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                              "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]})")
                < 0)
            return 1;
    }
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" + config.toLocal8Bit());
    QApplication app(argc, argv);
    WindowFitTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowfit.moc"
