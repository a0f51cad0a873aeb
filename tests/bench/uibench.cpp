// Measures the review window on a real-sized export: how soon it is usable after opening, how long
// sorting, filtering, jumping to a finding and scrolling take, and how long each blocks the UI
// thread. Figures, never pass/fail: `rosterbench-uibench [--stalls] EXPORT.zip`, on the offscreen
// platform (QT_QPA_PLATFORM=offscreen) or under xvfb-run; --stalls lists each long stall as it
// happens, to tell which step of a phase it belongs to.
//
// A timer firing every 5 ms on the UI thread stands for the user's input: the gap between two of
// its timeouts, less the interval, is how long the window could not have answered a key or a
// click. Each phase starts its action from the event loop, waits on the window's own signals, and
// goes on until the timer has fired twice more, so that the repaint following the change counts
// in the phase's stalls.

#include "allocator.h"
#include "benchmachine.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "rostertablemodel.h"
#include "tablepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <string>
#include <vector>

namespace {

using namespace rb;

constexpr int TickMs = 5;
constexpr qint64 TickNs = qint64(TickMs) * 1'000'000;
// A phase that has not finished by then is reported as such.
constexpr int PhaseTimeoutMs = 300'000;

// The 5 ms timer and the gaps between its timeouts since the last restart().
class StallMonitor
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(TickMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
        m_clock.start();
        m_last = m_clock.nsecsElapsed();
        m_timer.start();
    }

    void restart()
    {
        m_gaps.clear();
        m_start = m_last = m_clock.nsecsElapsed();
    }
    // Lists every stall longer than `ms` on stderr, with when it ended in the phase.
    void setReportOver(int ms) { m_reportOverNs = qint64(ms) * 1'000'000; }
    long ticks() const { return long(m_gaps.size()); }
    // Called after every timeout, once its gap is recorded.
    std::function<void()> onTick;

    // The longest gap beyond the interval, in milliseconds.
    double worstMs() const
    {
        const qint64 worst = m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end());
        return double(std::max<qint64>(0, worst - TickNs)) / 1e6;
    }
    // The 99th percentile of the gaps beyond the interval, in milliseconds.
    double p99Ms() const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = size_t(std::ceil(0.99 * double(sorted.size()))) - 1;
        return double(std::max<qint64>(0, sorted[std::min(at, sorted.size() - 1)] - TickNs)) / 1e6;
    }

private:
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.push_back(now - m_last);
        if (m_reportOverNs > 0 && now - m_last - TickNs > m_reportOverNs) {
            std::fprintf(stderr, "    stall of %.1f ms, ending %.1f ms into the phase\n",
                         double(now - m_last - TickNs) / 1e6, double(now - m_start) / 1e6);
        }
        m_last = now;
        if (onTick)
            onTick();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_start = 0;
    qint64 m_reportOverNs = 0;
    std::vector<qint64> m_gaps;
};

struct Phase
{
    std::string name;
    double wallMs = 0;    // from the action until the signal that it is done
    double settledMs = 0; // until the event loop ran the timer again after that
    double worstMs = 0;
    double p99Ms = 0;
    long ticks = 0;
    long long rowsShown = -1;
    bool timedOut = false;
};

// A deque: the phases handed out by reference stay where they are as more are added.
std::deque<Phase> g_phases;
bool g_listStalls = false;

// Runs `action` from the event loop. The phase is done when `isDone()` holds after `sender` emits
// `signal`, or, without a sender, as soon as the action returns (a synchronous action is itself a
// stall of the UI thread, and is measured as one).
template<typename Sender, typename Signal>
Phase &runPhase(StallMonitor &monitor, const std::string &name, const Sender *sender, Signal signal,
                const std::function<void()> &action, const std::function<bool()> &isDone)
{
    if (g_listStalls)
        std::fprintf(stderr, "  %s\n", name.c_str());
    Phase phase;
    phase.name = name;
    QEventLoop loop;
    QElapsedTimer wall;
    bool signalled = sender == nullptr;
    bool done = false;
    long ticksAtDone = 0;
    bool settled = false;
    auto checkDone = [&] {
        if (done || !signalled || !isDone())
            return;
        done = true;
        phase.wallMs = double(wall.nsecsElapsed()) / 1e6;
        ticksAtDone = monitor.ticks();
    };
    QMetaObject::Connection connection;
    if (sender) {
        connection = QObject::connect(sender, signal, &loop, [&] {
            signalled = true;
            checkDone();
        });
    }
    monitor.onTick = [&] {
        if (!done)
            checkDone(); // a phase with no signal to wait for is done when isDone() says so
        if (!done)
            return;
        if (!settled) {
            settled = true;
            phase.settledMs = double(wall.nsecsElapsed()) / 1e6;
        }
        if (monitor.ticks() >= ticksAtDone + 2)
            loop.quit();
    };
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        phase.timedOut = true;
        loop.quit();
    });
    QTimer::singleShot(0, &loop, [&] {
        monitor.restart();
        wall.start();
        action();
        checkDone();
    });
    timeout.start(PhaseTimeoutMs);
    loop.exec();
    monitor.onTick = nullptr;
    QObject::disconnect(connection);
    phase.worstMs = monitor.worstMs();
    phase.p99Ms = monitor.p99Ms();
    phase.ticks = monitor.ticks();
    g_phases.push_back(phase);
    return g_phases.back();
}

Phase &runSync(StallMonitor &monitor, const std::string &name, const std::function<void()> &action)
{
    return runPhase(monitor, name, static_cast<const QObject *>(nullptr), &QObject::destroyed, action,
                    [] { return true; });
}

// A sort or filter on `page`, done when the page has shown its result.
Phase &runOnPage(StallMonitor &monitor, const std::string &name, TablePage *page,
                 const std::function<void()> &action)
{
    Phase &phase = runPhase(monitor, name, page, &TablePage::rowsUpdated, action, [page] { return !page->isBusy(); });
    phase.rowsShown = page->model()->rowCount();
    return phase;
}

// Lets the event loop run for a while, outside any measurement.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The offscreen platform says at every window it cannot pass size hints on; nothing to see here.
void quietMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

int columnOf(const Table &table, const char *header)
{
    return int(table.headerCells().indexOf(QByteArray(header)));
}

void printPhases()
{
    std::printf("\n%-52s %10s %10s %10s %10s %10s %7s\n", "phase", "rows shown", "wall ms", "settled ms",
                "worst stall", "p99 stall", "ticks");
    for (const Phase &p : g_phases) {
        const std::string rows = p.rowsShown >= 0 ? std::to_string(p.rowsShown) : std::string("-");
        std::printf("%-52s %10s %10.0f %10.0f %10.1f %10.1f %7ld%s%s\n", p.name.c_str(), rows.c_str(), p.wallMs,
                    p.settledMs, p.worstMs, p.p99Ms, p.ticks, p.worstMs > 100 ? "  > 100 ms" : "",
                    p.timedOut ? "  (timed out)" : "");
    }
}

} // namespace

int main(int argc, char **argv)
{
    qInstallMessageHandler(quietMessages);
    // As the application does, so that the figures are the application's.
    rb::tuneAllocatorForViews();
    QApplication app(argc, argv);
    g_listStalls = argc == 3 && std::strcmp(argv[1], "--stalls") == 0;
    if (argc != 2 && !g_listStalls) {
        std::fprintf(stderr, "usage: rosterbench-uibench [--stalls] EXPORT.zip\n"
                             "  --stalls  also lists every stall over 20 ms as it happens, on stderr\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[argc - 1]);

    // Settings (recent files, window layout) go to a folder of the benchmark's own.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("RosterbenchUiBench"));
    QCoreApplication::setApplicationName(QStringLiteral("rosterbench-uibench"));

    std::printf("Review window benchmark on %s, %s, %d cores, platform %s\n",
                qPrintable(QFileInfo(path).fileName()), rb::bench::machine().c_str(), QThread::idealThreadCount(),
                qPrintable(QGuiApplication::platformName()));
    std::printf("wall: until the window signals the result; settled: until its event loop runs again\n"
                "stalls: gaps between the timeouts of a %d ms timer on the UI thread, less %d ms; ticks: "
                "timeouts in the phase\n",
                TickMs, TickMs);
    std::fflush(stdout);

    MainWindow window;
    window.resize(1400, 900);
    window.show();
    StallMonitor monitor;
    if (g_listStalls)
        monitor.setReportOver(20);
    settle(300);

    // a. Opening: usable when reviewShown fires, with the tables shown; the export is then kept
    // in the session in the background, until exportLoaded.
    Phase &open = runPhase(monitor, "open export (until reviewShown)", &window, &MainWindow::reviewShown,
                           [&] { window.openExport({path}); }, [] { return true; });
    runPhase(monitor, "keep it in the session", static_cast<const MainWindow *>(nullptr), &MainWindow::exportLoaded,
             [] {}, [&window] { return !window.isLoading(); });
    const std::shared_ptr<const ReadResult> result = window.result();
    if (open.timedOut || !result || !result->roster) {
        printPhases();
        std::fprintf(stderr, "%s: could not be opened\n", qPrintable(path));
        return 2;
    }
    const Roster &roster = *result->roster;
    const Table &enrollmentsTable = roster.table(FileKind::Enrollments);
    const Table &orgs = roster.table(FileKind::Orgs);
    std::printf("%zu rows: %zu users, %zu enrollments; %zu findings\n", roster.totalRows(),
                roster.table(FileKind::Users).rowCount(), enrollmentsTable.rowCount(), result->findings.size());
    std::fflush(stdout);

    TablePage *enrollments = window.tablePage(FileKind::Enrollments);
    TablePage *users = window.tablePage(FileKind::Users);

    // The school to filter on: the first school in orgs.csv.
    QString school;
    for (uint32_t r = 0; r < orgs.rowCount() && school.isEmpty(); ++r) {
        if (roster.relations().isSchool(r))
            school = QString::fromUtf8(orgs.sourcedId(r).data(), qsizetype(orgs.sourcedId(r).size()));
    }
    // The finding to jump to: the one on the last enrollments row that has any.
    qsizetype lateFinding = -1;
    uint32_t lateRow = 0;
    for (size_t i = 0; i < result->findings.size(); ++i) {
        const Finding &f = result->findings.at(i);
        if (f.kind == FileKind::Enrollments && f.row != Finding::NoRow && (lateFinding < 0 || f.row > lateRow)) {
            lateFinding = qsizetype(i);
            lateRow = f.row;
        }
    }

    runSync(monitor, "tab: Enrollments (first paint)", [&] { window.tabs()->setCurrentWidget(enrollments); });

    // b. Sorting the enrollments, each column ascending then descending.
    for (const char *header : {"sourcedId", "userSourcedId", "classSourcedId", "role"}) {
        const int column = columnOf(enrollmentsTable, header);
        if (column < 0)
            continue;
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const std::string name = std::string("enrollments: sort ") + header
                + (order == Qt::AscendingOrder ? " asc" : " desc");
            runOnPage(monitor, name, enrollments, [=] { enrollments->sortBy(column, order); });
        }
    }

    // c. Filters on the enrollments (in the sort just made, as after a click on a header) ...
    const std::string sortedNote = " (role desc)";
    runOnPage(monitor, "enrollments: search \"s10001\"" + sortedNote, enrollments,
              [=] { enrollments->setSearchText(QStringLiteral("s10001")); });
    runOnPage(monitor, "enrollments: search \"zzzz\" (no match)" + sortedNote, enrollments,
              [=] { enrollments->setSearchText(QStringLiteral("zzzz")); });
    runOnPage(monitor, "enrollments: clear filters" + sortedNote, enrollments, [=] { enrollments->clearFilters(); });
    if (!school.isEmpty()) {
        runOnPage(monitor, "enrollments: school " + school.toStdString() + sortedNote, enrollments,
                  [=] { enrollments->setSchoolFilter(school); });
        runOnPage(monitor, "enrollments: all schools" + sortedNote, enrollments,
                  [=] { enrollments->setSchoolFilter(QString()); });
    }

    // d. Jumping to a finding on a late row: in a sorted table, then with a filter hiding it.
    if (lateFinding >= 0) {
        const std::string row = std::to_string(lateRow);
        Phase &sorted = runSync(monitor, "jump: finding on enrollments row " + row + sortedNote,
                                [&] { window.showFinding(lateFinding); });
        sorted.rowsShown = enrollments->model()->rowCount();
        runOnPage(monitor, "enrollments: search \"zzzz\" again" + sortedNote, enrollments,
                  [=] { enrollments->setSearchText(QStringLiteral("zzzz")); });
        Phase &hidden = runSync(monitor, "jump: same, hidden by the search" + sortedNote,
                                [&] { window.showFinding(lateFinding); });
        hidden.rowsShown = enrollments->model()->rowCount();
    } else {
        std::printf("(no finding on an enrollments row: no jump measured)\n");
    }

    // e. Scrolling to the bottom and painting it.
    Phase &scroll = runSync(monitor, "enrollments: scroll to bottom + repaint", [=] {
        enrollments->view()->scrollToBottom();
        enrollments->view()->viewport()->repaint();
    });
    scroll.rowsShown = enrollments->model()->rowCount();

    runOnPage(monitor, "enrollments: unsorted (file order)", enrollments,
              [=] { enrollments->sortBy(-1, Qt::AscendingOrder); });
    if (lateFinding >= 0) {
        Phase &fileOrder = runSync(monitor, "jump: finding on enrollments row " + std::to_string(lateRow)
                                                + " (file order)",
                                   [&] { window.showFinding(lateFinding); });
        fileOrder.rowsShown = enrollments->model()->rowCount();
    }

    // c. ... and on the users, in file order.
    runSync(monitor, "tab: Users (first paint)", [&] { window.tabs()->setCurrentWidget(users); });
    runOnPage(monitor, "users: search \"nowak\"", users, [=] { users->setSearchText(QStringLiteral("nowak")); });
    runOnPage(monitor, "users: search \"qqqq\" (no match)", users, [=] { users->setSearchText(QStringLiteral("qqqq")); });
    runOnPage(monitor, "users: clear filters", users, [=] { users->clearFilters(); });
    if (!school.isEmpty()) {
        runOnPage(monitor, "users: school " + school.toStdString(), users, [=] { users->setSchoolFilter(school); });
        runOnPage(monitor, "users: all schools", users, [=] { users->setSchoolFilter(QString()); });
    }

    // f. The overview sizes its columns to their content: a resize of the window lays it out again.
    runSync(monitor, "tab: Overview", [&] { window.tabs()->setCurrentWidget(window.overviewPage()); });
    runSync(monitor, "overview: resize the window to 1300x850", [&] { window.resize(1300, 850); });
    runSync(monitor, "overview: resize the window to 1400x900", [&] { window.resize(1400, 900); });

    printPhases();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("\nusable after %.2f s; peak RSS %.0f MB\n", open.wallMs / 1000, double(usage.ru_maxrss) / 1024.0);
    return 0;
}
