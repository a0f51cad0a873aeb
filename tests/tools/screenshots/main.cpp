// Takes the README's screenshots from the application itself: opens an export (the bundled sample
// by default) in the review window and saves what it shows, in a light and a dark palette.
//
//   xvfb-run -a -s "-screen 0 1366x768x24" rosterbench-screenshots OUTDIR [EXPORT]

#include "findingspanel.h"
#include "inspector.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "palettes.h"
#include "session/sessionstore.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "tablepage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QEventLoop>
#include <QPalette>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <functional>

using namespace rb;

namespace {

void settle(int ms = 400)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *window, const QString &path)
{
    settle();
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

// Runs `start` (an export opened, an import shown) and waits until the window has it.
void waitForLoad(MainWindow &window, const std::function<void()> &start)
{
    QEventLoop loaded;
    QObject::connect(&window, &MainWindow::exportLoaded, &loaded, &QEventLoop::quit);
    start();
    loaded.exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Settings of a throwaway folder: the shots never depend on, or change, the user's.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchScreenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: rosterbench-screenshots OUTDIR [EXPORT]\n");
        return 2;
    }
    // English, with its plural forms, whatever the machine's language.
    QTranslator english;
    if (english.load(QStringLiteral(ROSTERBENCH_QM_DIR "/rosterbench_en.qm")))
        QCoreApplication::installTranslator(&english);
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QDir().mkpath(out.path());
    const QString exportPath = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral(ROSTERBENCH_SAMPLE);

    bool ok = true;
    for (const bool dark : {false, true}) {
        MainWindow window;
        window.resize(1280, 720); // as it opens on a 1366 x 768 laptop
        window.show();
        waitForLoad(window, [&] { window.openExport({exportPath}); });
        if (!window.result() || !window.result()->roster)
            return 1;
        if (dark) {
            // Through the window's own menu action, as a user would switch.
            for (QAction *a : window.findChildren<QAction *>()) {
                if (a->isCheckable() && a->text().contains(QStringLiteral("Dark")))
                    a->setChecked(true);
            }
        }
        const QString suffix = dark ? QStringLiteral("-dark") : QString();
        ok = save(&window, out.filePath(QStringLiteral("overview%1.png").arg(suffix))) && ok;

        // The first error on a user, chosen in the findings panel: its cell in the users table.
        const FindingList &findings = window.result()->findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            const Finding &f = findings.at(i);
            if (f.kind == FileKind::Users && RuleCatalogue::severity(f.rule) == Severity::Error && f.row != Finding::NoRow) {
                window.findingsPanel()->showFinding(qsizetype(i));
                break;
            }
        }
        ok = save(&window, out.filePath(QStringLiteral("users%1.png").arg(suffix))) && ok;

        // A class in the inspector: owners, students, and the parents who follow them.
        const Table &classes = window.result()->roster->table(FileKind::Classes);
        if (classes.rowCount() > 0) {
            window.showRecord(FileKind::Classes, uint32_t(classes.rowCount() / 2), 3);
            ok = save(&window, out.filePath(QStringLiteral("classes%1.png").arg(suffix))) && ok;
        }
    }

    // A saved session with two imports, the older one chosen, and a finding acknowledged.
    {
        QSettings().setValue(QStringLiteral("view/dark"), false);
        QApplication::setPalette(lightPalette());
        QSettings().setValue(QStringLiteral("operatorName"), QStringLiteral("Ana Ruiz"));
        QTemporaryDir sessionDir;
        MainWindow window;
        window.resize(1280, 720); // as it opens on a 1366 x 768 laptop
        window.show();
        waitForLoad(window, [&] { window.openExport({exportPath}); });
        waitForLoad(window, [&] { window.openExport({exportPath}); });
        waitForLoad(window, [&] { window.saveSessionAs(sessionDir.filePath(QStringLiteral("lakeview-review.rosterbench"))); });
        if (!window.session() || window.session()->imports().size() < 2)
            return 1;
        const qint64 first = window.session()->imports().first().id;
        waitForLoad(window, [&] { window.showImport(first); });
        const FindingList &findings = window.result()->findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            if (findings.at(i).kind == FileKind::Users && RuleCatalogue::severity(findings.at(i).rule) == Severity::Alert) {
                window.acknowledgeFinding(qsizetype(i), QStringLiteral("Grade is set in the SIS on Monday"));
                window.findingsPanel()->showFinding(qsizetype(i));
                break;
            }
        }
        ok = save(&window, out.filePath(QStringLiteral("session.png"))) && ok;
        HistoryDialog history(window.session()->history(), window.session()->imports(), &window);
        history.show();
        ok = save(&history, out.filePath(QStringLiteral("history.png"))) && ok;
    }

    // The next export without half of Jefferson Middle School's people: the hold on the school's
    // row, explained. Then the schools matched to the hub's, the users table filtered by one, and
    // the overview saying where each school syncs.
    if (argc == 2) {
        QTemporaryDir tempDir;
        const QDir cutDir(tempDir.filePath(QStringLiteral("lakeview-monday")));
        cutDir.mkpath(QStringLiteral("."));
        for (const QFileInfo &file : QDir(exportPath).entryInfoList(QDir::Files)) {
            QFile in(file.filePath());
            if (!in.open(QIODevice::ReadOnly))
                return 1;
            QList<QByteArray> lines = in.readAll().split('\n');
            if (file.fileName() == QLatin1String("users.csv")) {
                int seen = 0;
                lines.removeIf([&](const QByteArray &line) { return line.contains(",SCH002,") && seen++ % 2 == 0; });
            }
            QFile copy(cutDir.filePath(file.fileName()));
            if (!copy.open(QIODevice::WriteOnly) || copy.write(lines.join('\n')) < 0)
                return 1;
        }
        MainWindow window;
        window.resize(1280, 720); // as it opens on a 1366 x 768 laptop
        window.show();
        waitForLoad(window, [&] { window.openExport({exportPath}); });
        waitForLoad(window, [&] { window.openExport({cutDir.path()}); });
        const FindingList &findings = window.result()->findings;
        for (size_t i = 0; i < findings.size(); ++i) {
            if (findings.at(i).rule == RuleId::SessionUsersRemoved) {
                window.findingsPanel()->showFinding(qsizetype(i));
                break;
            }
        }
        ok = save(&window, out.filePath(QStringLiteral("removals.png"))) && ok;

        SessionStore *session = window.session();
        SessionError error;
        const QList<HubSchool> hub = {
            {QStringLiteral("H-101"), QStringLiteral("Lakeview Elem."), {}, {}, {}},
            {QStringLiteral("H-102"), QStringLiteral("Jefferson MS"), {}, {}, {}},
        };
        if (!session->setHubSchools(hub, &error)
            || !session->setSchoolMatches({{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"), QStringLiteral("H-101")},
                                           {QStringLiteral("SCH002"), QStringLiteral("Jefferson Middle School"), QStringLiteral("H-102")}},
                                          &error))
            return 1;
        waitForLoad(window, [&] { window.showImport(window.currentImport()); });
        // On the users tab: the hold's finding above left the orgs table in front.
        window.tabs()->setCurrentWidget(window.tablePage(FileKind::Users));
        window.tablePage(FileKind::Users)->setSchoolFilter(QStringLiteral("SCH002"));
        ok = save(&window, out.filePath(QStringLiteral("hubschools.png"))) && ok;
        // The overview in the same state: where each school syncs, the high school not matched.
        window.tabs()->setCurrentWidget(window.overviewPage());
        ok = save(&window, out.filePath(QStringLiteral("overview-matched.png"))) && ok;
    }
    return ok ? 0 : 1;
}
