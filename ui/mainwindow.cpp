#include "mainwindow.h"

#include "findingspanel.h"
#include "inspector.h"
#include "oneroster/exportreader.h"
#include "overviewpage.h"
#include "report/reportwriter.h"
#include "roster/roster.h"
#include "severityicons.h"
#include "tablepage.h"
#include "util/progress.h"
#include "util/workerpool.h"
#include "report/schoolsummary.h"
#include "validation/findingindex.h"
#include "validation/findingschools.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

namespace {

constexpr int MaxRecent = 10;
constexpr std::array<FileKind, 5> PageKinds{FileKind::Orgs, FileKind::Users, FileKind::Classes,
                                            FileKind::Enrollments, FileKind::Demographics};

QString tableTitle(FileKind kind)
{
    switch (kind) {
    case FileKind::Orgs: return MainWindow::tr("Orgs");
    case FileKind::Users: return MainWindow::tr("Users");
    case FileKind::Classes: return MainWindow::tr("Classes");
    case FileKind::Enrollments: return MainWindow::tr("Enrollments");
    case FileKind::Demographics: return MainWindow::tr("Demographics");
    default: return {};
    }
}

QString displayName(const QStringList &paths)
{
    if (paths.size() == 1)
        return QFileInfo(paths.first()).fileName().isEmpty() ? paths.first() : QFileInfo(paths.first()).fileName();
    return MainWindow::tr("%n file(s)", nullptr, int(paths.size()));
}

// The desktop's icon for an action, or the one bundled (SVG, sharp at any scale) when the desktop
// has no icon theme.
QIcon actionIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

QString lastFolder()
{
    return QSettings().value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(40, 40, 43));
    p.setColor(QPalette::ToolTipBase, QColor(60, 60, 64));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(38, 110, 190));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::LinkVisited, QColor(170, 140, 255));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

// What a load hands the window, all of it built on the worker thread: the result, the index of
// its findings by record, its schools' summaries and the school of each finding. Each of these
// walks every row or every finding, too long for the UI thread at a million students.
struct MainWindow::Loaded
{
    std::shared_ptr<ReadResult> result;
    std::shared_ptr<FindingIndex> index;
    std::vector<SchoolSummary> schools;
    SchoolSummary totals;
    FindingSchools findingSchools;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new OverviewPage(this))
    , m_findings(new FindingsPanel(this))
    , m_inspector(new Inspector(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progressTimer(new QTimer(this))
    , m_watcher(new QFutureWatcher<std::shared_ptr<Loaded>>(this))
{
    setWindowTitle(tr("Rosterbench"));
    setAcceptDrops(true);
    resize(1280, 800);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setText(tr("<h2>Open a OneRoster export to check it</h2>"
                          "<p>A zip, a folder or the CSV files themselves: use File ▸ Open, drop them here, "
                          "or pick one from File ▸ Open Recent.</p>"));
    auto *review = new QWidget(this);
    auto *layout = new QVBoxLayout(review);
    layout->setContentsMargins(6, 6, 6, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_overview, tr("Overview"));
    for (size_t i = 0; i < PageKinds.size(); ++i) {
        m_pages[i] = new TablePage(PageKinds[i], this);
        m_tabs->addTab(m_pages[i], tableTitle(PageKinds[i]));
        connect(m_pages[i], &TablePage::currentRecordChanged, m_inspector, &Inspector::showRecord);
    }
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(review);
    setCentralWidget(m_stack);

    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("findingsDock"));
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::LeftDockWidgetArea, m_findingsDock);
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    m_inspector->setMinimumWidth(220); // narrower, headings break word by word
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    connect(m_findings, &FindingsPanel::findingActivated, this, &MainWindow::showFinding);
    connect(m_findings, &FindingsPanel::findingSelected, this, &MainWindow::showFinding);
    connect(m_inspector, &Inspector::recordActivated, this, [this](FileKind kind, uint32_t row) { showRecord(kind, row); });
    connect(m_inspector, &Inspector::findingActivated, this, [this](qsizetype index) {
        m_findings->showFinding(index);
        showFinding(index);
    });
    connect(m_overview, &OverviewPage::schoolActivated, this, &MainWindow::showSchool);

    createActions();

    m_progressBar->setVisible(false);
    m_progressBar->setMaximumWidth(300);
    m_cancelButton->setVisible(false);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<Loaded>>::finished, this, &MainWindow::showResult);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First run: docks sized once the window has its size, or they are squeezed.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_findingsDock, m_inspectorDock}, {width() * 3 / 10, width() / 4}, Qt::Horizontal);
        });
    }
    updateRecentMenu();
}

MainWindow::~MainWindow()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher->waitForFinished();
}

void MainWindow::createActions()
{
    auto *openFiles = new QAction(actionIcon(QStringLiteral("document-open")), tr("&Open Export…"), this);
    openFiles->setShortcut(QKeySequence::Open);
    openFiles->setStatusTip(tr("Open a zip of OneRoster CSV files, or the CSV files themselves"));
    connect(openFiles, &QAction::triggered, this, &MainWindow::chooseFiles);
    auto *openFolder = new QAction(actionIcon(QStringLiteral("folder-open")), tr("Open &Folder…"), this);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open a folder holding OneRoster CSV files"));
    connect(openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    m_exportCsv = new QAction(actionIcon(QStringLiteral("document-save-as")), tr("Export Findings as &CSV…"), this);
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportFindings(false); });
    m_exportHtml = new QAction(tr("Export &Report as HTML…"), this);
    connect(m_exportHtml, &QAction::triggered, this, [this] { exportFindings(true); });
    m_exportCsv->setEnabled(false);
    m_exportHtml->setEnabled(false);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(openFiles);
    file->addAction(openFolder);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_exportCsv);
    file->addAction(m_exportHtml);
    file->addSeparator();
    file->addAction(quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    auto *copy = edit->addAction(tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut); // the tables' own Copy answers the keys
    connect(copy, &QAction::triggered, this, [this] {
        if (TablePage *page = currentTablePage())
            for (QAction *a : page->view()->actions())
                if (a->shortcut() == QKeySequence(QKeySequence::Copy))
                    a->trigger();
    });
    auto *find = edit->addAction(tr("&Search in Table"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        if (TablePage *page = currentTablePage())
            page->focusSearch();
    });
    auto *clear = edit->addAction(tr("C&lear Filters"));
    connect(clear, &QAction::triggered, this, [this] {
        if (TablePage *page = currentTablePage())
            page->clearFilters();
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    m_findingsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_inspectorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i));
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    auto *dark = view->addAction(tr("&Dark Palette"));
    dark->setCheckable(true);
    dark->setChecked(QSettings().value(QStringLiteral("view/dark"), false).toBool());
    auto applyPalette = [](bool on) {
        QApplication::setPalette(on ? darkPalette() : QApplication::style()->standardPalette());
    };
    if (dark->isChecked())
        applyPalette(true);
    connect(dark, &QAction::toggled, this, [applyPalette](bool on) {
        QSettings().setValue(QStringLiteral("view/dark"), on);
        applyPalette(on);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Rosterbench"), this, [this] {
        QMessageBox::about(this, tr("About Rosterbench"),
                           tr("<h3>Rosterbench %1</h3><p>Checks OneRoster exports before they reach the school "
                              "messaging hub: every error, alert and hold, on its cell, with how to fix it.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openFiles);
    toolBar->addAction(openFolder);
    toolBar->addSeparator();
    toolBar->addAction(m_exportCsv);
}

TablePage *MainWindow::tablePage(FileKind kind) const
{
    for (size_t i = 0; i < PageKinds.size(); ++i) {
        if (PageKinds[i] == kind)
            return m_pages[i];
    }
    return nullptr;
}

TablePage *MainWindow::currentTablePage() const
{
    return qobject_cast<TablePage *>(m_tabs->currentWidget());
}

bool MainWindow::isLoading() const
{
    return m_watcher->isRunning();
}

void MainWindow::cancelLoading()
{
    m_queuedPaths.clear();
    if (m_progress)
        m_progress->cancel();
    m_cancelButton->setEnabled(false);
}

void MainWindow::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Export"), lastFolder(),
        tr("OneRoster exports (*.zip *.csv);;Zip files (*.zip);;CSV files (*.csv);;All files (*)"));
    if (!paths.isEmpty())
        openInteractively(paths);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Export Folder"), lastFolder());
    if (!folder.isEmpty())
        openInteractively({folder});
}

bool MainWindow::confirmReplace(const QStringList &paths)
{
    if (isLoading()) {
        return QMessageBox::question(this, tr("Open Another Export"),
                                     tr("%1 is still being opened. Stop and open %2 instead?")
                                         .arg(displayName(m_loadingPaths), displayName(paths)))
            == QMessageBox::Yes;
    }
    if (!m_result)
        return true;
    return QMessageBox::question(this, tr("Open Another Export"),
                                 tr("Close %1 and open %2? Its findings and filters will be closed.")
                                     .arg(displayName(m_paths), displayName(paths)))
        == QMessageBox::Yes;
}

void MainWindow::openInteractively(const QStringList &paths)
{
    if (!confirmReplace(paths))
        return;
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(paths.first()).absolutePath());
    openExport(paths);
}

void MainWindow::openExport(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (isLoading()) {
        // The running load stops at its next check; this one starts when it has.
        m_queuedPaths = paths;
        if (m_progress)
            m_progress->cancel();
        return;
    }
    m_loadingPaths = paths;
    m_progress = std::make_shared<Progress>();
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    statusBar()->showMessage(tr("Opening %1…").arg(displayName(paths)));
    m_progressTimer->start();
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [paths, progress] {
        auto loaded = std::make_shared<Loaded>();
        loaded->result = std::make_shared<ReadResult>(ExportReader().read(paths, progress.get()));
        if (!loaded->result->cancelled) {
            progress->setStage(MainWindow::tr("Indexing findings"));
            loaded->index = std::make_shared<FindingIndex>();
            loaded->index->build(loaded->result->findings);
            progress->setStage(MainWindow::tr("Summarizing schools"));
            const ReadResult &result = *loaded->result;
            if (result.roster && result.isReadable())
                loaded->schools = summarizeSchools(*result.roster, result.findings, &loaded->totals);
            loaded->findingSchools = schoolsOfFindings(result.roster.get(), result.findings);
        }
        return loaded;
    }));
}

void MainWindow::updateProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total();
    if (total > 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(int(std::min<qint64>(1000, m_progress->done() * 1000 / total)));
    }
    const QString stage = m_progress->stage();
    if (!stage.isEmpty())
        statusBar()->showMessage(stage);
}

void MainWindow::showResult()
{
    m_progressTimer->stop();
    m_progressBar->setVisible(false);
    m_cancelButton->setVisible(false);
    const std::shared_ptr<Loaded> loaded = m_watcher->result();
    m_progress.reset();
    if (!m_queuedPaths.isEmpty()) {
        const QStringList next = std::exchange(m_queuedPaths, {});
        openExport(next);
        return;
    }
    const std::shared_ptr<ReadResult> result = loaded->result;
    if (result->cancelled) {
        // What was shown before stays.
        statusBar()->showMessage(tr("Opening %1 was canceled.").arg(displayName(m_loadingPaths)), 5000);
        emit exportLoaded();
        return;
    }
    if (!result->fatalErrors.isEmpty()) {
        QMessageBox::warning(this, tr("The export could not be read"),
                             tr("%1 could not be read:\n\n%2")
                                 .arg(displayName(m_loadingPaths), result->fatalErrors.join(QLatin1String("\n\n"))));
        if (!result->roster || result->roster->totalRows() == 0) {
            statusBar()->showMessage(tr("Nothing was opened."), 5000);
            emit exportLoaded();
            return;
        }
    }
    m_paths = m_loadingPaths;
    m_result = result;
    m_index = loaded->index;
    addRecent(m_paths);
    m_overview->setResult(m_result, loaded->schools, std::move(loaded->totals));
    for (TablePage *page : m_pages)
        page->setSource(m_result, m_index);
    m_inspector->setSource(m_result, m_index, std::move(loaded->schools));
    m_findings->setResult(m_result, std::move(loaded->findingSchools));
    m_exportCsv->setEnabled(true);
    m_exportHtml->setEnabled(true);
    m_stack->setCurrentIndex(1);
    updateTitles();
    statusBar()->showMessage(tr("Read %1 rows in %2 files.")
                                 .arg(QLocale().toString(qulonglong(m_result->roster ? m_result->roster->totalRows() : 0)))
                                 .arg(m_result->files.size()),
                             5000);
    emit exportLoaded();
}

void MainWindow::updateTitles()
{
    const SeverityCounts counts = m_result->findings.severityCounts();
    const qulonglong rows = m_result->roster ? m_result->roster->totalRows() : 0;
    m_summary->setText(tr("<b>%1</b> · %2 rows in %3 files · %4, %5, %6, %7")
                           .arg(displayName(m_paths).toHtmlEscaped(), QLocale().toString(rows))
                           .arg(m_result->files.size())
                           .arg(RuleCatalogue::severityCount(Severity::Error, counts[Severity::Error]),
                                RuleCatalogue::severityCount(Severity::Hold, counts[Severity::Hold]),
                                RuleCatalogue::severityCount(Severity::Alert, counts[Severity::Alert]),
                                RuleCatalogue::severityCount(Severity::Info, counts[Severity::Info])));
    m_summary->setToolTip(m_paths.join(QLatin1Char('\n')));
    setWindowTitle(tr("%1 – Rosterbench").arg(displayName(m_paths)));
    // Each table's tab: its row count, and the icon of its worst finding.
    std::array<SeverityCounts, KnownFileKindCount> perKind{};
    for (const Finding &f : m_result->findings.items()) {
        if (size_t(f.kind) < perKind.size())
            ++perKind[size_t(f.kind)][RuleCatalogue::severity(f.rule)];
    }
    for (size_t i = 0; i < PageKinds.size(); ++i) {
        const FileKind kind = PageKinds[i];
        const Table &table = m_result->roster->table(kind);
        const int tab = m_tabs->indexOf(m_pages[i]);
        m_tabs->setTabText(tab, tr("%1 (%2)").arg(tableTitle(kind), QLocale().toString(qulonglong(table.rowCount()))));
        std::optional<Severity> worst;
        const SeverityCounts &perTable = perKind[size_t(kind)];
        for (const Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            if (perTable[s] > 0) {
                worst = s;
                break;
            }
        }
        m_tabs->setTabIcon(tab, worst ? severityIcon(*worst) : QIcon());
        m_tabs->setTabToolTip(tab, tr("%1: %2 rows with findings")
                                       .arg(table.entryName().isEmpty() ? tableTitle(kind) : table.entryName(),
                                            QLocale().toString(qulonglong(m_index->rowsWithFindings(kind)))));
        m_tabs->setTabEnabled(tab, table.isPresent());
    }
}

void MainWindow::showFinding(qsizetype findingIndex)
{
    if (!m_result || findingIndex < 0 || size_t(findingIndex) >= m_result->findings.size())
        return;
    const Finding &f = m_result->findings.at(size_t(findingIndex));
    if (f.row == Finding::NoRow || !tablePage(f.kind))
        return; // a file-level finding: the panel's explanation is all there is
    showRecord(f.kind, f.row, int(f.column) - 1);
}

void MainWindow::showRecord(FileKind kind, uint32_t row, int column)
{
    TablePage *page = tablePage(kind);
    if (!page || !m_result)
        return;
    m_tabs->setCurrentWidget(page);
    page->showRecord(row, column);
    m_inspector->showRecord(kind, row);
}

void MainWindow::showSchool(uint32_t orgRow)
{
    if (!m_result)
        return;
    const Table &orgs = m_result->roster->table(FileKind::Orgs);
    if (orgRow >= orgs.rowCount())
        return;
    const QString id = QString::fromUtf8(orgs.sourcedId(orgRow).data(), qsizetype(orgs.sourcedId(orgRow).size()));
    for (TablePage *page : m_pages)
        page->setSchoolFilter(id);
    m_tabs->setCurrentWidget(tablePage(FileKind::Users));
    m_inspector->showRecord(FileKind::Orgs, orgRow);
}

void MainWindow::exportFindings(bool html)
{
    if (!m_result)
        return;
    const QString base = QFileInfo(m_paths.value(0)).completeBaseName();
    const QString suggested = QDir(lastFolder()).filePath(base + (html ? tr("-report.html") : tr("-findings.csv")));
    const QString path = QFileDialog::getSaveFileName(this, html ? tr("Export Report") : tr("Export Findings"), suggested,
                                                      html ? tr("HTML files (*.html)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    // Written whole or not at all: a half-written report is worse than none.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(html ? ReportWriter::html(*m_result) : ReportWriter::csv(*m_result)) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

QStringList MainWindow::recentExports() const
{
    return QSettings().value(QStringLiteral("recentExports")).toStringList();
}

void MainWindow::addRecent(const QStringList &paths)
{
    // Several loose files are one entry, their paths joined by new lines.
    QStringList absolute;
    for (const QString &p : paths)
        absolute << QFileInfo(p).absoluteFilePath();
    const QString entry = absolute.join(QLatin1Char('\n'));
    QStringList recent = recentExports();
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    QSettings().setValue(QStringLiteral("recentExports"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentExports();
    int n = 0;
    for (const QString &entry : recent) {
        const QStringList paths = entry.split(QLatin1Char('\n'));
        QAction *open = m_recentMenu->addAction(
            tr("&%1 %2").arg(++n % 10).arg(paths.size() == 1 ? QDir::toNativeSeparators(paths.first()) : displayName(paths)));
        open->setToolTip(paths.join(QLatin1String(", ")));
        connect(open, &QAction::triggered, this, [this, paths] { openInteractively(paths); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
        QSettings().remove(QStringLiteral("recentExports"));
        updateRecentMenu();
    });
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    cancelLoading();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls()) {
            if (!url.isLocalFile())
                return;
        }
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        paths << url.toLocalFile();
    event->acceptProposedAction();
    // Ask after the drop has finished, not inside the drag's event loop.
    QTimer::singleShot(0, this, [this, paths] { openInteractively(paths); });
}

} // namespace rb
