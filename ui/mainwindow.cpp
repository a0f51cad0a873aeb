#include "mainwindow.h"

#include "acknowledgedialog.h"
#include "announcer.h"
#include "cli/sessioncommand.h"
#include "combofit.h"
#include "connectdialog.h"
#include "elidedlabel.h"
#include "findingspanel.h"
#include "historydialog.h"
#include "inspector.h"
#include "matching/schoolmatchplan.h"
#include "matching/synctarget.h"
#include "matchingwizard.h"
#include "oneroster/exportreader.h"
#include "oneroster/orgspeek.h"
#include "overviewmodel.h"
#include "overviewpage.h"
#include "palettes.h"
#include "report/reportwriter.h"
#include "session/acknowledgements.h"
#include "rulesdialog.h"
#include "session/sessionimport.h"
#include "roster/roster.h"
#include "secretstore.h"
#include "sessionjobs.h"
#include "severityicons.h"
#include "shortcutsdialog.h"
#include "tablepage.h"
#include "util/privatefile.h"
#include "util/progress.h"
#include "util/text.h"
#include "util/workerpool.h"
#include "report/schoolsummary.h"
#include "validation/findingindex.h"
#include "validation/findingschools.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

namespace {

constexpr int MaxRecent = 10;
// The pages of the middle of the window.
constexpr int WelcomeIndex = 0;
constexpr int ReviewIndex = 1;
// What a window manager adds around a window: its frame at the sides, its title bar (and a panel)
// at the top.
constexpr int FrameAllowance = 16;
constexpr int TitleAllowance = 48;
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

// A tab's name with what its icon says: the worst severity among its findings.
QString tabWithSeverity(const QString &tab, Severity worst)
{
    switch (worst) {
    case Severity::Error: return MainWindow::tr("%1, has errors", "a tab whose table has errors").arg(tab);
    case Severity::Hold: return MainWindow::tr("%1, has holds", "a tab whose table has holds").arg(tab);
    case Severity::Alert: return MainWindow::tr("%1, has alerts", "a tab whose table has alerts").arg(tab);
    case Severity::Info: return MainWindow::tr("%1, has information", "a tab whose table has information").arg(tab);
    }
    return tab;
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

} // namespace

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
    , m_watcher(new QFutureWatcher<std::shared_ptr<SessionJob>>(this))
{
    setWindowTitle(tr("Rosterbench"));
    setAcceptDrops(true);
    // 1280 × 800 where there is room; on a laptop's 1366 × 768 the whole window, its title bar and
    // a panel included, stays on the screen.
    {
        QSize size(1280, 800);
        if (const QScreen *screen = this->screen())
            size = size.boundedTo(screen->availableSize() - QSize(FrameAllowance, TitleAllowance));
        resize(size);
    }
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    auto *review = new QWidget(this);
    auto *layout = new QVBoxLayout(review);
    layout->setContentsMargins(6, 6, 6, 0);
    // The hub's 90-day rule, said where it cannot be missed.
    m_staleBanner = new QLabel(this);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setTextFormat(Qt::PlainText);
    m_staleBanner->setMargin(8);
    m_staleBanner->setAutoFillBackground(true);
    {
        QPalette warning = m_staleBanner->palette();
        warning.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
        warning.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
        m_staleBanner->setPalette(warning);
    }
    m_staleBanner->setVisible(false);
    layout->addWidget(m_staleBanner);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    m_tabs->setDocumentMode(true);
    // A narrow window scrolls the tabs rather than cutting their names short.
    m_tabs->setUsesScrollButtons(true);
    m_tabs->setElideMode(Qt::ElideNone);
    // Its scroll buttons are for the mouse: the arrows move along the tabs. As Tab stops they would
    // come between the tab bar and the page.
    for (QToolButton *scroll : m_tabs->tabBar()->findChildren<QToolButton *>())
        scroll->setFocusPolicy(Qt::NoFocus);
    // The tab bar is the Tab stop, in its place in setFocusOrder(). The tab widget's own, as its
    // focus proxy, would be taken for the bar wherever the widget is in the order.
    m_tabs->setFocusProxy(nullptr);
    m_tabs->setFocusPolicy(Qt::NoFocus);
    m_tabs->addTab(m_overview, tr("Overview"));
    for (size_t i = 0; i < PageKinds.size(); ++i) {
        m_pages[i] = new TablePage(PageKinds[i], this);
        m_tabs->addTab(m_pages[i], tableTitle(PageKinds[i]));
        connect(m_pages[i], &TablePage::currentRecordChanged, m_inspector, &Inspector::showRecord);
    }
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(review);
    m_stack->addWidget(createLoadingPage());
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
    connect(m_findings, &FindingsPanel::acknowledgeRequested, this, &MainWindow::askAcknowledgement);
    connect(m_findings, &FindingsPanel::takeBackRequested, this, &MainWindow::takeBackAcknowledgement);

    createActions();

    m_progressBar->setVisible(false);
    m_progressBar->setMaximumWidth(300);
    m_cancelButton->setVisible(false);
    // Cut short rather than pushing the window wider; said in full in its tooltip.
    m_matchingLabel = new ElidedLabel(this);
    m_matchingLabel->setObjectName(QStringLiteral("matchingState"));
    statusBar()->addPermanentWidget(m_matchingLabel);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoading);
    m_announcer = new Announcer(this);
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
    connect(m_watcher, &QFutureWatcher<std::shared_ptr<SessionJob>>::finished, this, &MainWindow::jobFinished);

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First run: docks sized once the window has its size, or they are squeezed.
        QTimer::singleShot(0, this, [this] {
            resizeDocks({m_findingsDock, m_inspectorDock}, {width() * 3 / 10, width() / 4}, Qt::Horizontal);
        });
    }
    updateRecentMenu();
    updateSessionState();
    setFocusOrder();
}

void MainWindow::setFocusOrder()
{
    QList<QWidget *> order{m_importCombo};
    order << m_findings->focusOrder();
    // The middle: while a first export loads, its Cancel; else the tabs and the page shown (the
    // other pages are hidden, and Tab passes them by).
    order << m_loadingCancel << m_tabs->tabBar() << m_overview->view();
    for (TablePage *page : m_pages)
        order << page->focusOrder();
    order << m_inspector->focusOrder() << m_cancelButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
}

void MainWindow::announce(const QString &text, int timeout)
{
    statusBar()->showMessage(text, timeout);
    m_announcer->announce(text);
}

QWidget *MainWindow::createLoadingPage()
{
    // What is being opened, with its progress and Cancel, in the middle of the window: with
    // nothing shown yet, that is where a person looks.
    m_loadingPage = new QWidget(this);
    m_loadingPage->setObjectName(QStringLiteral("loadingPage"));
    m_loadingTitle = new QLabel(m_loadingPage);
    m_loadingTitle->setObjectName(QStringLiteral("loadingTitle"));
    m_loadingTitle->setTextFormat(Qt::PlainText);
    m_loadingTitle->setWordWrap(true);
    m_loadingTitle->setAlignment(Qt::AlignCenter);
    QFont larger = m_loadingTitle->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    larger.setBold(true);
    m_loadingTitle->setFont(larger);
    m_loadingStage = new QLabel(m_loadingPage);
    m_loadingStage->setObjectName(QStringLiteral("loadingStage"));
    m_loadingStage->setTextFormat(Qt::PlainText);
    m_loadingStage->setWordWrap(true);
    m_loadingStage->setAlignment(Qt::AlignCenter);
    m_loadingBar = new QProgressBar(m_loadingPage);
    m_loadingBar->setObjectName(QStringLiteral("loadingProgress"));
    m_loadingBar->setAccessibleName(tr("Progress"));
    m_loadingBar->setMaximumWidth(480);
    m_loadingCancel = new QPushButton(tr("Cancel"), m_loadingPage);
    m_loadingCancel->setObjectName(QStringLiteral("loadingCancel"));
    connect(m_loadingCancel, &QPushButton::clicked, this, &MainWindow::cancelLoading);

    auto *layout = new QVBoxLayout(m_loadingPage);
    layout->addStretch(2);
    layout->addWidget(m_loadingTitle);
    layout->addWidget(m_loadingStage);
    layout->addSpacing(8);
    auto *barRow = new QHBoxLayout;
    barRow->addStretch(1);
    barRow->addWidget(m_loadingBar, 4);
    barRow->addStretch(1);
    layout->addLayout(barRow);
    layout->addWidget(m_loadingCancel, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return m_loadingPage;
}

MainWindow::~MainWindow()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher->waitForFinished();
    // Closing the window asked already (closeEvent); a window destroyed without closing (a
    // test) leaves no session behind in the private folder.
    closeSession();
}

void MainWindow::createActions()
{
    auto *newSession = new QAction(actionIcon(QStringLiteral("document-new")), tr("&New Session"), this);
    newSession->setShortcut(QKeySequence::New);
    newSession->setStatusTip(tr("Close this session and start an empty one"));
    connect(newSession, &QAction::triggered, this, &MainWindow::newSession);
    auto *openSessionAction = new QAction(actionIcon(QStringLiteral("document-open")), tr("Open Sess&ion…"), this);
    openSessionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    openSessionAction->setStatusTip(tr("Open a session file (.rosterbench) with its imports, review and matching"));
    connect(openSessionAction, &QAction::triggered, this, &MainWindow::chooseSession);
    m_save = new QAction(actionIcon(QStringLiteral("document-save")), tr("&Save Session"), this);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setStatusTip(tr("Save this session in a file of its own"));
    connect(m_save, &QAction::triggered, this, &MainWindow::save);
    m_saveAs = new QAction(actionIcon(QStringLiteral("document-save-as")), tr("Save Session &As…"), this);
    // Not QKeySequence::SaveAs: it has no key on most Linux desktops.
    m_saveAs->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_saveAs->setStatusTip(tr("Save a copy of this session under another name and go on in the copy"));
    connect(m_saveAs, &QAction::triggered, this, [this] { saveAs(); });
    m_matchSchools = new QAction(tr("&Match Schools…"), this);
    m_matchSchools->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_matchSchools->setStatusTip(tr("Match the SIS's schools to the hub's schools, and confirm the matching"));
    connect(m_matchSchools, &QAction::triggered, this, &MainWindow::matchSchools);
    m_exportMapping = new QAction(tr("Export School &Mapping as CSV…"), this);
    m_exportMapping->setStatusTip(tr("Write which SIS school goes to which hub school, and which are left out"));
    connect(m_exportMapping, &QAction::triggered, this, &MainWindow::exportMapping);
    m_history = new QAction(tr("Session &History…"), this);
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setStatusTip(tr("Everything done in this session: imports, acknowledgements, matching, exports"));
    connect(m_history, &QAction::triggered, this, &MainWindow::showHistory);

    auto *openFiles = new QAction(actionIcon(QStringLiteral("document-open")), tr("&Open Export…"), this);
    openFiles->setShortcut(QKeySequence::Open);
    openFiles->setStatusTip(tr("Open a zip of OneRoster CSV files, or the CSV files themselves"));
    connect(openFiles, &QAction::triggered, this, &MainWindow::chooseFiles);
    auto *pull = new QAction(tr("&Pull from SIS…"), this);
    pull->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    pull->setStatusTip(tr("Connect to Aeries, ClassLink or Clever and pull the roster, as the hub would"));
    connect(pull, &QAction::triggered, this, &MainWindow::pullFromSisInteractively);
    auto *openFolder = new QAction(actionIcon(QStringLiteral("folder-open")), tr("Open &Folder…"), this);
    openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    openFolder->setStatusTip(tr("Open a folder holding OneRoster CSV files"));
    connect(openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    m_exportCsv = new QAction(actionIcon(QStringLiteral("document-save-as")), tr("Export Findings as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportFindingsCsv"));
    m_exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportFindings(false); });
    m_exportHtml = new QAction(tr("Export Report as H&TML…"), this);
    m_exportHtml->setObjectName(QStringLiteral("exportReportHtml"));
    connect(m_exportHtml, &QAction::triggered, this, [this] { exportFindings(true); });
    m_exportCsv->setEnabled(false);
    m_exportHtml->setEnabled(false);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(newSession);
    file->addAction(openSessionAction);
    file->addAction(m_save);
    file->addAction(m_saveAs);
    file->addSeparator();
    file->addAction(openFiles);
    file->addAction(openFolder);
    file->addAction(pull);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    // Made again each time it opens: a file removed since is not offered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    file->addAction(m_history);
    file->addSeparator();
    file->addAction(m_exportCsv);
    file->addAction(m_exportHtml);
    file->addAction(m_exportMapping);
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
    edit->addSeparator();
    edit->addAction(m_findings->acknowledgeAction());
    edit->addAction(m_findings->takeBackAction());
    edit->addSeparator();
    edit->addAction(tr("Your &Name in the History…"), this, &MainWindow::askOperatorName);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_findingsDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    m_inspectorDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    auto *goToFindings = view->addAction(tr("Go to &Findings"), this, &MainWindow::goToFindings);
    goToFindings->setObjectName(QStringLiteral("goToFindings"));
    goToFindings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    goToFindings->setStatusTip(tr("Show the findings and move the keyboard into their list"));
    view->addSeparator();
    // The inspector's Back and Forward, with their keys, from anywhere in the window.
    m_inspector->backAction()->setText(tr("&Back"));
    m_inspector->forwardAction()->setText(tr("F&orward"));
    view->addAction(m_inspector->backAction());
    view->addAction(m_inspector->forwardAction());
    view->addSeparator();
    for (int i = 0; i < m_tabs->count(); ++i) {
        QAction *go = view->addAction(m_tabs->tabText(i));
        go->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
    view->addSeparator();
    auto *dark = view->addAction(tr("&Dark Palette"));
    dark->setObjectName(QStringLiteral("darkPalette"));
    dark->setCheckable(true);
    dark->setChecked(QSettings().value(QStringLiteral("view/dark"), false).toBool());
    auto applyPalette = [](bool on) { QApplication::setPalette(on ? darkPalette() : lightPalette()); };
    if (dark->isChecked()) {
        applyPalette(true);
    } else {
        // The desktop's palette stays, with any text in it that reads at under 4.5:1 made readable.
        const QPalette readable = readablePalette(QApplication::palette());
        if (readable != QApplication::palette())
            QApplication::setPalette(readable);
    }
    connect(dark, &QAction::toggled, this, [applyPalette](bool on) {
        QSettings().setValue(QStringLiteral("view/dark"), on);
        applyPalette(on);
    });

    QMenu *schools = menuBar()->addMenu(tr("&Schools"));
    schools->addAction(m_matchSchools);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *rules = help->addAction(tr("&Rules…"), this, [this] { showRulesDialog(RulesDialog::RulesPage); });
    rules->setObjectName(QStringLiteral("helpRules"));
    rules->setStatusTip(tr("Every rule Rosterbench checks: what the hub does about it and how to fix it"));
    auto *glossary = help->addAction(tr("&Glossary…"), this, [this] { showRulesDialog(RulesDialog::GlossaryPage); });
    glossary->setObjectName(QStringLiteral("helpGlossary"));
    glossary->setStatusTip(tr("The words the window uses, in plain words: error, hold, acknowledged, hub school…"));
    auto *keys = help->addAction(tr("&Keyboard Shortcuts…"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("helpShortcuts"));
    keys->setStatusTip(tr("Every key of the window"));
    help->addSeparator();
    help->addAction(tr("&About Rosterbench"), this, [this] {
        QMessageBox::about(this, tr("About Rosterbench"),
                           tr("<h3>Rosterbench %1</h3><p>Checks OneRoster exports before they reach the school "
                              "messaging hub: every error, alert and hold, on its cell, with how to fix it.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    // The button a narrow window shows for the tools that do not fit has no text of its own.
    if (auto *more = toolBar->findChild<QAbstractButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More tools"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openFiles);
    toolBar->addAction(openFolder);
    toolBar->addAction(m_save);
    toolBar->addSeparator();
    toolBar->addAction(m_exportCsv);
    toolBar->addSeparator();
    // Which of the session's imports is shown.
    auto *importLabel = new QLabel(tr("&Import:"), toolBar);
    importLabel->setContentsMargins(4, 0, 4, 0);
    m_importCombo = new QComboBox(toolBar);
    m_importCombo->setObjectName(QStringLiteral("importChooser"));
    m_importCombo->setAccessibleName(tr("Import shown"));
    m_importCombo->setToolTip(tr("The session's imports, newest first: choose one to review it"));
    // Import names are long ("2 · lakeview.zip · 12/4/26, 9:30 AM (latest)"): cut short in the
    // box, which must not hold the toolbar wide, and whole in its list.
    makeSqueezable(m_importCombo, 22);
    importLabel->setBuddy(m_importCombo);
    m_importLabelAction = toolBar->addWidget(importLabel);
    m_importChooserAction = toolBar->addWidget(m_importCombo);
    connect(m_importCombo, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_importCombo->itemData(index).toLongLong();
        if (id > 0 && id != m_importId)
            showImport(id);
    });
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
    // Until its result is taken up, not only while it runs: a job that has just ended still has
    // its result (a session it opened, an import it kept) on the way to the window.
    return m_jobPending;
}

void MainWindow::cancelLoading()
{
    m_queued = {};
    if (m_progress)
        m_progress->cancel();
    for (QPushButton *cancel : {m_cancelButton, m_loadingCancel})
        cancel->setEnabled(false);
}

void MainWindow::chooseFiles()
{
    const QString suffix = QLatin1String(SessionStore::FileSuffix);
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Export"), lastFolder(),
        tr("OneRoster exports and sessions (*.zip *.csv *.%1);;Zip files (*.zip);;CSV files (*.csv);;"
           "Sessions (*.%1);;All files (*)")
            .arg(suffix));
    if (!paths.isEmpty())
        openInteractively(paths);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Export Folder"), lastFolder());
    if (!folder.isEmpty())
        openInteractively({folder});
}

void MainWindow::chooseSession()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Session"), lastFolder(),
        tr("Rosterbench sessions (*.%1);;All files (*)").arg(QLatin1String(SessionStore::FileSuffix)));
    if (!path.isEmpty())
        openInteractively({path});
}

namespace {

// A session by its name or by its first bytes: a damaged file named as a session is still one,
// and gets the session's messages.
bool isSessionPath(const QStringList &paths)
{
    if (paths.size() != 1 || !QFileInfo(paths.first()).isFile())
        return false;
    return QFileInfo(paths.first()).suffix().compare(QLatin1String(SessionStore::FileSuffix), Qt::CaseInsensitive) == 0
        || SessionStore::isSqliteFile(paths.first());
}

} // namespace

bool MainWindow::confirmStop(const QStringList &paths)
{
    if (!isLoading() || m_keeping)
        return true; // an export being kept is let finish
    return QMessageBox::question(this, tr("Open Another Export"),
                                 tr("%1 is still being opened. Stop and open %2 instead?")
                                     .arg(m_loadingName, displayName(paths)))
        == QMessageBox::Yes;
}

QSet<QString> MainWindow::latestSchoolIds() const
{
    // The session's latest import, as kept; the export shown while it is being kept into a
    // session that has none yet.
    if (m_session && !m_imports.isEmpty()) {
        const QStringList kept = m_session->schoolIds(m_imports.last().id);
        return QSet<QString>(kept.cbegin(), kept.cend());
    }
    QSet<QString> ids;
    if (m_result && m_result->roster) {
        const Table &orgs = m_result->roster->table(FileKind::Orgs);
        for (uint32_t r = 0; r < orgs.rowCount(); ++r) {
            if (m_result->roster->relations().isSchool(r) && !orgs.sourcedId(r).empty())
                ids.insert(toQString(orgs.sourcedId(r)));
        }
    }
    return ids;
}

MainWindow::Placement MainWindow::askWhereItGoes(const QStringList &paths, bool lookAtSchools)
{
    if (!m_result)
        return Placement::AddToSession; // nothing shown: it starts the session, or joins the empty one
    // Another district's export added to this session would read as every school gone. Whose it
    // is shows in its orgs.csv, read alone (small) before the rest.
    bool otherDistrict = false;
    if (lookAtSchools) {
        const QSet<QString> ours = latestSchoolIds();
        if (const std::optional<QSet<QString>> theirs = peekSchoolIds(paths); theirs && !ours.isEmpty())
            otherDistrict = !theirs->intersects(ours);
    }
    const QString latest = m_imports.isEmpty() ? m_shownName : m_imports.last().name;
    QMessageBox box(QMessageBox::Question, tr("Open Another Export"),
                    otherDistrict
                        ? tr("%1 has none of the schools of %2, the latest import of this session: it looks like "
                             "another district's export. Open it in a new session of its own, or add it to this "
                             "session as a new import?")
                              .arg(displayName(paths), latest)
                        : tr("Add %1 to this session as a new import? %2 stays in the session; choose it again "
                             "from the Import list. Or open it in a new session of its own.")
                              .arg(displayName(paths), m_shownName),
                    QMessageBox::NoButton, this);
    QPushButton *add = box.addButton(tr("&Add to Session"), QMessageBox::AcceptRole);
    QPushButton *fresh = box.addButton(tr("Open in a &New Session"), QMessageBox::AcceptRole);
    // Cancel made after the others: the box hands Tab on to its first button, and with Cancel made
    // first, Tab went round Add and New Session and never reached it.
    box.addButton(QMessageBox::Cancel);
    add->setObjectName(QStringLiteral("addToSession"));
    fresh->setObjectName(QStringLiteral("openInNewSession"));
    box.setDefaultButton(otherDistrict ? fresh : add);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == add)
        return Placement::AddToSession;
    if (box.clickedButton() == fresh)
        return Placement::NewSession;
    return Placement::Cancel;
}

void MainWindow::openInNewSession(const std::function<void()> &open)
{
    if (isLoading()) {
        // The export shown is being kept: it goes into its session first, and the question of
        // saving that session is asked with the import in it.
        m_queued = [this, open] { openInNewSession(open); };
        return;
    }
    const auto start = [this, open] {
        closeSession();
        open();
    };
    if (confirmCloseSession(start))
        start();
}

bool MainWindow::hasUnsavedWork() const
{
    return isUntitled() && !m_imports.isEmpty();
}

bool MainWindow::confirmCloseSession(const std::function<void()> &then)
{
    if (!hasUnsavedWork())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        this, tr("Save the Session?"),
        tr("This session is not saved: its %n import(s), and what you acknowledged, will be lost unless you "
           "save it.",
           nullptr, int(m_imports.size())),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save)
        saveAs(then);
    return false;
}

void MainWindow::openInteractively(const QStringList &paths)
{
    if (isSessionPath(paths)) {
        const QString path = QFileInfo(paths.first()).absoluteFilePath();
        if (m_session && QFileInfo(m_session->path()).absoluteFilePath() == path) {
            statusBar()->showMessage(tr("%1 is open already.").arg(QDir::toNativeSeparators(path)), 5000);
            return;
        }
        if (!confirmStop(paths))
            return;
        if (!confirmCloseSession([this, path] { openSession(path); }))
            return;
        QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
        openSession(path);
        return;
    }
    if (!confirmStop(paths))
        return;
    const bool stopped = isLoading() && !m_keeping; // what was being opened gives way: nothing to ask
    const Placement where = stopped ? Placement::AddToSession : askWhereItGoes(paths, true);
    if (where == Placement::Cancel)
        return;
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(paths.first()).absolutePath());
    if (where == Placement::NewSession)
        openInNewSession([this, paths] { openExport(paths); });
    else
        openExport(paths);
}

void MainWindow::startJob(const QString &what, std::function<std::shared_ptr<SessionJob>(Progress *)> work,
                          const QString &status)
{
    m_loadingName = what;
    m_doneMessage.clear();
    m_progress = std::make_shared<Progress>();
    const QString saying = status.isEmpty() ? tr("Opening %1…").arg(what) : status;
    // With nothing shown, the middle of the window says what is being opened; over a review the
    // status bar does, and the review stays usable.
    const bool central = m_stack->currentWidget() != m_stack->widget(ReviewIndex);
    if (central)
        m_stack->setCurrentWidget(m_loadingPage);
    m_loadingTitle->setText(saying);
    m_loadingStage->clear();
    for (QProgressBar *bar : {m_progressBar, m_loadingBar})
        bar->setRange(0, 0);
    m_progressBar->setVisible(!central);
    m_cancelButton->setVisible(!central);
    for (QPushButton *cancel : {m_cancelButton, m_loadingCancel})
        cancel->setEnabled(true);
    statusBar()->showMessage(saying);
    m_progressTimer->start();
    updateSessionState();
    std::shared_ptr<Progress> progress = m_progress;
    m_jobPending = true;
    m_watcher->setFuture(QtConcurrent::run(workerPool(), [work = std::move(work), progress] {
        return work(progress.get());
    }));
}

void MainWindow::openExport(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    if (isSessionPath(paths)) {
        openSession(paths.first());
        return;
    }
    if (isLoading()) {
        // The running job stops at its next check (an export being kept is let finish); this one
        // starts when it has.
        m_queued = [this, paths] { openExport(paths); };
        if (m_progress && !m_keeping)
            m_progress->cancel();
        return;
    }
    m_afterJob = {};
    addRecent(paths);
    const SessionContext context = sessionContext(m_session.get());
    startJob(displayName(paths), [paths, context](Progress *progress) { return readExport(paths, context, progress); });
}

void MainWindow::pullFromSisInteractively()
{
    if (isLoading())
        return;
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    ConnectDialog dialog(m_secrets, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SisConnection connection = dialog.connection();
    const SisOptions options = dialog.options();
    // Whose schools a pull brings is known only once it is pulled: Add is the default.
    const Placement where = askWhereItGoes({Sis::displayName(connection.kind)}, false);
    if (where == Placement::Cancel)
        return;
    if (where == Placement::NewSession)
        openInNewSession([this, connection, options] { pull(connection, options); });
    else
        pull(connection, options);
}

void MainWindow::pull(const SisConnection &connection, const SisOptions &options)
{
    if (isLoading())
        return;
    m_afterJob = {};
    const SessionContext context = sessionContext(m_session.get());
    startJob(
        Sis::displayName(connection.kind),
        [connection, options, context](Progress *progress) { return pullFromSis(connection, options, context, progress); },
        tr("Pulling the roster from %1…").arg(Sis::displayName(connection.kind)));
}

void MainWindow::keepShown(std::shared_ptr<const PackedExport> packed)
{
    if (m_session)
        m_session->setOperatorName(operatorName());
    SessionStore *store = m_session.get();
    const QString newPath = store ? QString() : newUnsavedSessionPath();
    const QString name = operatorName();
    const std::shared_ptr<const ReadResult> result = m_result;
    m_keeping = true;
    startJob(
        packed->name,
        [store, newPath, name, packed, result](Progress *progress) {
            return keepExport(store, newPath, name, *packed, *result, progress);
        },
        tr("Keeping %1 in the session…").arg(packed->name));
}

void MainWindow::openSession(const QString &path)
{
    if (isLoading()) {
        m_queued = [this, path] { openSession(path); };
        if (m_progress && !m_keeping)
            m_progress->cancel();
        return;
    }
    m_afterJob = {};
    m_pendingSave.reset(); // asked of the session this one replaces
    addRecent({path});
    m_openingSession = true;
    startJob(QFileInfo(path).fileName(), [path](Progress *progress) { return rb::openSession(path, progress); });
}

void MainWindow::showImport(qint64 importId)
{
    if (!m_session || isLoading())
        return;
    m_afterJob = {};
    SessionStore *store = m_session.get();
    QString name = QString::number(importId);
    for (const ImportInfo &i : m_imports) {
        if (i.id == importId)
            name = i.name;
    }
    startJob(name, [store, importId](Progress *progress) { return rb::showImport(*store, importId, progress); });
}

void MainWindow::saveSessionAs(const QString &path, std::function<void()> then)
{
    if (isLoading()) {
        // Asked while an export is read or kept: the session is saved with it, once it is done,
        // rather than refused. A session being opened instead is not the one this was asked of.
        if (m_openingSession || (!m_session && !m_keeping))
            return;
        m_pendingSave = PendingSave{path, std::move(then)};
        statusBar()->showMessage(tr("The session will be saved as %1 once %2 is done.")
                                     .arg(QDir::toNativeSeparators(path), m_loadingName));
        return;
    }
    if (!m_session)
        return;
    const QString target = QFileInfo(path).absoluteFilePath();
    if (QFileInfo(m_session->path()).absoluteFilePath() == target) {
        statusBar()->showMessage(tr("The session is saved as %1 already.").arg(QDir::toNativeSeparators(path)), 5000);
        if (then)
            then();
        return;
    }
    m_afterJob = std::move(then);
    const SessionStore *store = m_session.get();
    const QString name = QFileInfo(path).completeBaseName();
    startJob(
        QFileInfo(path).fileName(),
        [store, target](Progress *progress) { return rb::saveSessionAs(*store, target, progress); },
        tr("Saving the session as %1…").arg(name));
    m_doneMessage = tr("The session is saved as %1.").arg(QDir::toNativeSeparators(target));
}

bool MainWindow::save()
{
    if (!m_session && !m_keeping)
        return false;
    if (!m_session || isUntitled())
        return saveAs(); // a first export being kept is an untitled session a moment later
    statusBar()->showMessage(tr("Everything is saved in %1 as you work.").arg(QDir::toNativeSeparators(m_session->path())),
                             5000);
    return true;
}

bool MainWindow::saveAs(std::function<void()> then)
{
    if ((!m_session && !m_keeping) || (isLoading() && m_openingSession))
        return false;
    const QString suffix = QLatin1String(SessionStore::FileSuffix);
    QString suggested = suggestedBaseName();
    if (suggested.isEmpty())
        suggested = tr("session");
    QFileDialog dialog(this, tr("Save Session As"), QDir(lastFolder()).filePath(suggested + u'.' + suffix),
                       tr("Rosterbench sessions (*.%1)").arg(suffix));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(suffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return false;
    const QString path = dialog.selectedFiles().first();
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    saveSessionAs(path, std::move(then));
    return true;
}

void MainWindow::newSession()
{
    if (isLoading())
        return;
    if (!confirmCloseSession([this] { newSession(); }))
        return;
    closeSession();
}

QStringList MainWindow::orphanedSessions()
{
    QStringList out;
    const QDir folder(unsavedSessionFolder());
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.") + QLatin1String(SessionStore::FileSuffix)},
                                                     QDir::Files, QDir::Time);
    for (const QFileInfo &file : files) {
        // One another window has open is not left over.
        QLockFile lock(file.absoluteFilePath() + QStringLiteral(".lock"));
        lock.setStaleLockTime(0);
        if (lock.tryLock(0)) {
            lock.unlock();
            out << file.absoluteFilePath();
        }
    }
    return out;
}

void MainWindow::offerRecovery()
{
    const QStringList left = orphanedSessions();
    if (left.isEmpty() || m_session || isLoading())
        return;
    const QFileInfo newest(left.first());
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Session"),
                    tr("Rosterbench closed without saving a session, last changed %1. Open it to review and save it, "
                       "or delete it?")
                        .arg(QLocale().toString(newest.lastModified(), QLocale::ShortFormat)),
                    QMessageBox::NoButton, this);
    QPushButton *recover = box.addButton(tr("&Open It"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Delete It"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(recover);
    box.exec();
    if (box.clickedButton() == recover)
        openSession(newest.absoluteFilePath());
    else if (box.clickedButton() == discard)
        removeSessionFiles(newest.absoluteFilePath());
}

void MainWindow::closeSession()
{
    m_pendingSave.reset();
    if (isLoading()) {
        cancelLoading();
        m_watcher->waitForFinished();
        // What the job made is not taken up: a session it created for the window goes too.
        const std::shared_ptr<SessionJob> job = m_watcher->result();
        closeStore(job->store);
        job->cancelled = true;
    }
    closeStore(m_session);
    m_imports.clear();
    m_acknowledged.clear();
    m_importId = 0;
    clearReview();
    updateSessionState();
}

void MainWindow::adoptSession(std::unique_ptr<SessionStore> store)
{
    closeStore(m_session);
    m_session = std::move(store);
    m_session->setOperatorName(operatorName());
}

bool MainWindow::isUntitled() const
{
    return m_session && isUnsavedSession(m_session->path());
}

QString MainWindow::suggestedBaseName() const
{
    // An untitled session is named after what it shows; a named one after itself.
    return QFileInfo(isUntitled() || !m_session ? m_shownName : m_session->path()).completeBaseName();
}

void MainWindow::updateProgress()
{
    if (!m_progress)
        return;
    const qint64 total = m_progress->total();
    if (total > 0) {
        for (QProgressBar *bar : {m_progressBar, m_loadingBar}) {
            bar->setRange(0, 1000);
            bar->setValue(int(std::min<qint64>(1000, m_progress->done() * 1000 / total)));
        }
    }
    const QString stage = m_progress->stage();
    if (!stage.isEmpty()) {
        statusBar()->showMessage(stage);
        m_loadingStage->setText(stage);
    }
}

void MainWindow::jobFinished()
{
    m_progressTimer->stop();
    m_progressBar->setVisible(false);
    m_cancelButton->setVisible(false);
    // What the job said it was doing ("Reading users.csv…", "Keeping…") is over; what came of
    // it is said below.
    statusBar()->clearMessage();
    if (m_stack->currentWidget() == m_loadingPage)
        m_stack->setCurrentIndex(WelcomeIndex);
    const std::shared_ptr<SessionJob> job = m_watcher->result();
    m_jobPending = false;
    m_progress.reset();
    const bool kept = std::exchange(m_keeping, false);
    m_openingSession = false;
    std::function<void()> after = std::exchange(m_afterJob, {});
    const QString done = std::exchange(m_doneMessage, {});
    auto runQueued = [this] {
        if (m_queued)
            std::exchange(m_queued, {})();
        // A save asked for meanwhile, once nothing runs any more.
        if (m_pendingSave && !isLoading()) {
            PendingSave save = *std::exchange(m_pendingSave, std::nullopt);
            saveSessionAs(save.path, std::move(save.then));
        }
    };
    if (m_queued && !kept) {
        // Only what was asked for last counts; a session the job opened is not taken up.
        closeStore(job->store);
        runQueued();
        return;
    }
    if (job->cancelled) {
        // What was shown before stays.
        announce(kept ? tr("%1 is shown but was not kept in the session: canceled.").arg(m_loadingName)
                    : tr("Opening %1 was canceled.").arg(m_loadingName),
               8000);
        updateSessionState();
        emit exportLoaded();
        runQueued();
        return;
    }
    if (job->store) {
        // A session opened, created or saved as: the window goes on in it.
        adoptSession(std::move(job->store));
        if (!isUntitled())
            addRecent({m_session->path()});
        if (!job->review.result && !job->keepsView) {
            clearReview();
            m_importId = 0;
        }
    }
    if (m_session)
        m_imports = job->imports.isEmpty() ? m_session->imports() : job->imports;
    if (kept && job->importId > 0) {
        m_importId = job->importId;
        m_acknowledged.clear();
        updateTitles();
        announce(tr("%1 is kept in the session as import %2.").arg(m_shownName).arg(m_importId), 5000);
    }
    if (!job->error.isEmpty())
        QMessageBox::warning(this, tr("Rosterbench"), job->error);
    if (job->review.result) {
        m_importId = job->importId;
        m_acknowledged = std::move(job->acknowledged);
        showReview(*job);
        if (!job->notice.isEmpty())
            QMessageBox::information(this, tr("Rosterbench"), job->notice);
        emit reviewShown();
        if (job->toKeep) {
            // Shown first, kept after: the admin reads while the session writes.
            keepShown(job->toKeep);
            return;
        }
    }
    if (!job->notice.isEmpty())
        announce(job->notice, 8000);
    else if (!done.isEmpty() && job->error.isEmpty())
        announce(done, 5000);
    updateSessionState();
    emit exportLoaded();
    if (after && job->error.isEmpty())
        after();
    runQueued();
}

void MainWindow::clearReview()
{
    m_result.reset();
    m_index.reset();
    m_shownName.clear();
    m_overview->setResult(nullptr, {}, {});
    for (TablePage *page : m_pages)
        page->setSource(nullptr, nullptr);
    m_inspector->setSource(nullptr, nullptr, {});
    m_findings->setResult(nullptr);
    m_stack->setCurrentIndex(WelcomeIndex);
}

void MainWindow::showReview(SessionJob &job)
{
    ReviewData &review = job.review;
    const std::shared_ptr<ReadResult> result = review.result;
    if (!result->fatalErrors.isEmpty()) {
        QMessageBox::warning(this, tr("The export could not be read"),
                             tr("%1 could not be read:\n\n%2")
                                 .arg(m_loadingName, result->fatalErrors.join(QLatin1String("\n\n"))));
    }
    m_result = result;
    m_index = review.index;
    m_shownName = m_loadingName;
    for (const ImportInfo &i : m_imports) {
        if (i.id == m_importId)
            m_shownName = i.name;
    }
    m_overview->setResult(m_result, review.schools, std::move(review.totals));
    for (TablePage *page : m_pages)
        page->setSource(m_result, m_index);
    m_inspector->setSource(m_result, m_index, std::move(review.schools));
    m_findings->setResult(m_result, std::move(review.findingSchools));
    refreshAcknowledgements();
    updateTitles();
    m_stack->setCurrentIndex(ReviewIndex);
    announce(tr("Read %1 rows in %2 files.")
               .arg(QLocale().toString(qulonglong(m_result->roster ? m_result->roster->totalRows() : 0)))
               .arg(m_result->files.size()),
           5000);
}

void MainWindow::updateTitles()
{
    if (!m_result)
        return;
    const SeverityCounts counts = m_result->findings.severityCounts();
    const qulonglong rows = m_result->roster ? m_result->roster->totalRows() : 0;
    m_summary->setText(tr("<b>%1</b> · %2 rows in %3 files · %4, %5, %6, %7")
                           .arg(m_shownName.toHtmlEscaped(), QLocale().toString(rows))
                           .arg(m_result->files.size())
                           .arg(RuleCatalogue::severityCount(Severity::Error, counts[Severity::Error]),
                                RuleCatalogue::severityCount(Severity::Hold, counts[Severity::Hold]),
                                RuleCatalogue::severityCount(Severity::Alert, counts[Severity::Alert]),
                                RuleCatalogue::severityCount(Severity::Info, counts[Severity::Info])));
    QString where;
    for (const ImportInfo &i : m_imports) {
        if (i.id == m_importId) {
            where = tr("Import %1 of the session, from %2, imported %3 by %4")
                        .arg(i.id)
                        .arg(i.origin, QLocale().toString(i.importedAt.toLocalTime(), QLocale::ShortFormat), i.operatorName);
        }
    }
    m_summary->setToolTip(where);
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
        // The icon in words, for a screen reader: "Users (389), has errors".
        m_tabs->tabBar()->setAccessibleTabName(tab, worst ? tabWithSeverity(m_tabs->tabText(tab), *worst) : QString());
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

QStringList MainWindow::findingsFileTypes()
{
    return {tr("CSV for Excel (*.csv)"), tr("CSV, plain UTF-8 (*.csv)")};
}

void MainWindow::exportFindings(bool html)
{
    if (!m_result)
        return;
    const QString base = QFileInfo(m_shownName).completeBaseName();
    const QString suggested = QDir(lastFolder()).filePath(base + (html ? tr("-report.html") : tr("-findings.csv")));
    QFileDialog dialog(this, html ? tr("Export Report") : tr("Export Findings"), suggested);
    dialog.setObjectName(QStringLiteral("exportFindingsDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    // Excel, where most admins open the findings, garbles a plain UTF-8 CSV: its own type comes
    // first, and the choice made is offered again next time.
    const QStringList csvTypes = findingsFileTypes();
    dialog.setNameFilters(html ? QStringList{tr("HTML files (*.html)")} : csvTypes);
    dialog.setDefaultSuffix(html ? QStringLiteral("html") : QStringLiteral("csv"));
    if (!html && QSettings().value(QStringLiteral("export/findingsType")).toString() == QLatin1String("csv"))
        dialog.selectNameFilter(csvTypes.at(1));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().first();
    ReportWriter::Format format = ReportWriter::Format::Html;
    if (!html) {
        format = dialog.selectedNameFilter() == csvTypes.at(1) ? ReportWriter::Format::Csv : ReportWriter::Format::CsvExcel;
        QSettings().setValue(QStringLiteral("export/findingsType"),
                             format == ReportWriter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("csv-excel"));
    }
    QSettings().setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
    exportFindingsTo(path, format);
}

bool MainWindow::exportFindingsTo(const QString &path, ReportWriter::Format format)
{
    if (!m_result)
        return false;
    const QByteArray report = ReportWriter::write(*m_result, format, reportContext());
    // Written whole or not at all, and for its owner only: it names students, as the session does.
    QString error;
    if (!writeOwnerOnlyFile(path, report, &error)) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    const char *what = format == ReportWriter::Format::Html       ? "HTML report"
                       : format == ReportWriter::Format::CsvExcel ? "findings CSV for Excel"
                                                                  : "findings CSV";
    recordExport(QStringLiteral("%1: %2").arg(QLatin1String(what), QDir::toNativeSeparators(path)));
    announce(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

ReportWriter::Context MainWindow::reportContext() const
{
    ReportWriter::Context context;
    if (!m_result)
        return context;
    if (m_session) {
        const QList<SchoolMatch> matches = m_session->schoolMatches();
        if (!matches.isEmpty())
            context.schools = syncTargets(matches, m_session->hubSchools());
    }
    // The findings acknowledged, each with who acknowledged it, when and why.
    for (auto it = m_acknowledged.cbegin(); it != m_acknowledged.cend(); ++it)
        context.acknowledged.insert(it.key(), {it->operatorName, it->at, it->note});
    return context;
}

QString MainWindow::operatorName()
{
    const QString name = QSettings().value(QStringLiteral("operatorName")).toString().trimmed();
    return name.isEmpty() ? SessionStore::defaultOperatorName() : name;
}

void MainWindow::askOperatorName()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Your Name in the History"),
                                               tr("Everything you change in a session is recorded in its history "
                                                  "under this name:"),
                                               QLineEdit::Normal, operatorName(), &ok)
                             .trimmed();
    if (!ok)
        return;
    QSettings().setValue(QStringLiteral("operatorName"), name);
    if (m_session)
        m_session->setOperatorName(operatorName());
}

QString MainWindow::staleWarning() const
{
    if (m_imports.isEmpty())
        return {};
    return staleUploadWarning(m_imports.last().importedAt, QDateTime::currentDateTimeUtc());
}

QString MainWindow::shortExportName() const
{
    // The import shown, as it was opened: a zip or a folder by its own name, loose files and an
    // SIS as the import names them.
    for (const ImportInfo &i : m_imports) {
        if (i.id != m_importId || m_importId <= 0)
            continue;
        if (i.originKind == QLatin1String("zip"))
            return QFileInfo(i.name).completeBaseName();
        if (i.originKind == QLatin1String("folder"))
            return QFileInfo(i.origin).fileName();
        return i.name;
    }
    // Not kept yet: what is shown, as it was opened.
    const QFileInfo info(m_shownName);
    return info.suffix().compare(QLatin1String("zip"), Qt::CaseInsensitive) == 0 ? info.completeBaseName()
                                                                                 : m_shownName;
}

void MainWindow::updateSessionState()
{
    const bool busy = isLoading();
    // The session by its name ("Untitled session" until it has one), then the export shown by its
    // short name when that says more: "district · lakeview", or "lakeview" alone for a session
    // named after its export. Never a file's private name or a name inside a name.
    QString title;
    const QString shown = shortExportName();
    if (m_session) {
        title = isUntitled() ? tr("Untitled session") : QFileInfo(m_session->path()).completeBaseName();
        if (!shown.isEmpty() && shown.compare(title, Qt::CaseInsensitive) != 0)
            title = tr("%1 · %2").arg(title, shown);
        setWindowFilePath(isUntitled() ? QString() : m_session->path());
    } else {
        title = shown;
        setWindowFilePath({});
    }
    setWindowTitle(title.isEmpty() ? tr("Rosterbench") : tr("%1[*] – Rosterbench").arg(title));
    setWindowModified(hasUnsavedWork());
    // While an export is read or kept, saving is done once it is; not while another session opens.
    const bool canSave = !busy || !m_openingSession;
    m_save->setEnabled(canSave && (hasUnsavedWork() || (m_keeping && !m_session)));
    m_saveAs->setEnabled(canSave && ((m_session && !m_imports.isEmpty()) || (m_keeping && !m_session)));
    m_history->setEnabled(!busy && m_session);
    m_exportCsv->setEnabled(!busy && m_result);
    m_exportHtml->setEnabled(!busy && m_result);
    m_findings->setAcknowledgeable(!busy && m_session && m_importId > 0);
    const bool latestShown = m_session && !m_imports.isEmpty() && m_importId == m_imports.last().id;
    m_matchSchools->setEnabled(!busy && latestShown && m_result);
    m_matchSchools->setToolTip(latestShown || !m_session ? QString()
                                                         : tr("Show the latest import to match its schools"));
    m_exportMapping->setEnabled(!busy && m_session && !m_session->schoolMatches().isEmpty());
    updateMatchingState();
    updateImportChooser();
    m_importCombo->setEnabled(!busy && m_imports.size() > 1);

    const QString stale = staleWarning();
    m_staleBanner->setText(stale);
    m_staleBanner->setVisible(!stale.isEmpty() && m_result);

    if (m_session && m_imports.isEmpty() && !m_result) {
        m_welcome->setText(tr("<h2>This session holds no export yet</h2>"
                              "<p>Open a OneRoster export to check it and keep it here: a zip, a folder or the "
                              "CSV files themselves, with File ▸ Open Export or by dropping them on the window.</p>"));
    } else {
        m_welcome->setText(tr("<h2>Open a OneRoster export to check it</h2>"
                              "<p>A zip, a folder or the CSV files themselves: use File ▸ Open Export, drop them "
                              "here, or pick one from File ▸ Open Recent. A session saved before opens the same "
                              "way.</p>"));
    }
}

void MainWindow::updateMatchingState()
{
    // The school filters of the tables and the findings speak in hub schools once schools are
    // matched, and the overview says where each school syncs. Every change of the matching (a
    // session opened, an import shown, the wizard) comes through here.
    const QList<SchoolMatch> matches = m_session ? m_session->schoolMatches() : QList<SchoolMatch>();
    const QList<HubSchool> hubSchools = matches.isEmpty() ? QList<HubSchool>() : m_session->hubSchools();
    for (TablePage *page : m_pages)
        page->setSchoolMatching(matches, hubSchools);
    m_overview->setSchoolMatching(matches, hubSchools);
    m_findings->setSchoolMatching(matches, hubSchools);
    if (!m_session) {
        m_matchingLabel->clear();
        m_matchingLabel->setVisible(false);
        return;
    }
    int matched = 0, confirmed = 0, skipped = 0;
    QSet<QString> schools; // the matching's, and those of the import shown it has not seen yet
    for (const SchoolMatch &m : matches) {
        matched += m.selected && !m.hubId.isEmpty();
        skipped += !m.selected;
        confirmed += m.isConfirmed();
        schools.insert(m.sisId);
    }
    if (m_result && m_result->roster) {
        const Table &orgs = m_result->roster->table(FileKind::Orgs);
        for (uint32_t r = 0; r < orgs.rowCount(); ++r) {
            if (m_result->roster->relations().isSchool(r) && !orgs.sourcedId(r).empty())
                schools.insert(toQString(orgs.sourcedId(r)));
        }
    }
    QString text;
    if (matches.isEmpty()) {
        text = tr("Schools not matched yet");
    } else {
        text = tr("Schools: %1 of %2 matched").arg(matched).arg(schools.size());
        if (skipped > 0)
            text += tr(", %n left out", nullptr, skipped);
    }
    const QList<MatchingLock> confirmations = m_session->matchingConfirmations();
    if (!confirmations.isEmpty()) {
        const MatchingLock &last = confirmations.last();
        // No lock sign: the desktop's fonts may have none, and would show a box.
        text += tr(" · confirmed %1 by %2")
                    .arg(QLocale().toString(last.at.toLocalTime(), QLocale::ShortFormat), last.operatorName);
        if (confirmed < int(schools.size()))
            text += tr(" (%1 not yet)").arg(int(schools.size()) - confirmed);
    }
    m_matchingLabel->setText(text);
    // In full, for a status bar too narrow for it.
    m_matchingLabel->setToolTip(
        text + u'\n' + tr("Schools ▸ Match Schools shows each school's match; a confirmed one cannot be changed."));
    m_matchingLabel->setVisible(true);
}

void MainWindow::matchSchools()
{
    if (!m_session || !m_result || isLoading())
        return;
    if (m_imports.isEmpty() || m_importId != m_imports.last().id) {
        QMessageBox::information(this, tr("Match Schools"),
                                 tr("Schools are matched on the latest import. Choose it in the Import list first."));
        return;
    }
    m_session->setOperatorName(operatorName());
    const QList<SchoolMatch> before = m_session->schoolMatches();
    // With the overview's school summaries, made on a worker when the import was shown.
    MatchingWizard wizard(m_session.get(), m_result, m_overview->model()->schools(), this);
    connect(&wizard, &MatchingWizard::matchingConfirmed, this, [this] {
        announce(tr("The school matching is confirmed and locked."), 8000);
    });
    wizard.exec();
    updateSessionState();
    // The findings on schools left out follow the matching: shown again with the new one.
    if (m_session->schoolMatches() != before)
        showImport(m_importId);
}

void MainWindow::exportMapping()
{
    if (!m_session)
        return;
    const QString base = suggestedBaseName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export School Mapping"),
                                                      QDir(lastFolder()).filePath(base + tr("-school-mapping.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const QByteArray csv = SchoolMatchPlan::mappingCsv(m_session->hubSchools(), m_session->schoolMatches());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Export failed"), tr("%1 could not be written: %2").arg(path, file.errorString()));
        return;
    }
    recordExport(QStringLiteral("school mapping CSV: %1").arg(QDir::toNativeSeparators(path)));
    announce(tr("Wrote %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::updateImportChooser()
{
    const QSignalBlocker block(m_importCombo);
    m_importCombo->clear();
    // Newest first: the one an admin wants almost always.
    for (auto it = m_imports.crbegin(); it != m_imports.crend(); ++it) {
        const ImportInfo &i = *it;
        const QString when = QLocale().toString(i.importedAt.toLocalTime(), QLocale::ShortFormat);
        const QString text = it == m_imports.crbegin() ? tr("%1 · %2 · %3 (latest)").arg(i.id).arg(i.name, when)
                                                       : tr("%1 · %2 · %3").arg(i.id).arg(i.name, when);
        m_importCombo->addItem(text, i.id);
        m_importCombo->setItemData(m_importCombo->count() - 1,
                                   tr("From %1, imported by %2").arg(i.origin, i.operatorName), Qt::ToolTipRole);
    }
    m_importCombo->setCurrentIndex(m_importCombo->findData(m_importId));
    fitPopupToItems(m_importCombo);
    m_importChooserAction->setVisible(!m_imports.isEmpty());
    m_importLabelAction->setVisible(!m_imports.isEmpty());
}

void MainWindow::refreshAcknowledgements()
{
    m_findings->setAcknowledged(m_result ? acknowledgementTexts(m_acknowledged) : QHash<uint32_t, QString>());
}

void MainWindow::askAcknowledgement(qsizetype findingIndex)
{
    if (!m_result || !m_session || findingIndex < 0 || size_t(findingIndex) >= m_result->findings.size())
        return;
    AcknowledgeDialog dialog(m_result->message(m_result->findings.at(size_t(findingIndex))), operatorName(),
                             m_acknowledged.value(uint32_t(findingIndex)).note, this);
    if (dialog.exec() == QDialog::Accepted)
        acknowledgeFinding(findingIndex, dialog.note());
}

bool MainWindow::acknowledgeFinding(qsizetype findingIndex, const QString &note)
{
    if (!m_result || !m_session || m_importId <= 0 || isLoading() || findingIndex < 0
        || size_t(findingIndex) >= m_result->findings.size())
        return false;
    // The one finding: its acknowledgement as kept when it has one (a note changed), else its own.
    const auto kept = m_acknowledged.constFind(uint32_t(findingIndex));
    Acknowledgement ack = kept != m_acknowledged.cend() ? *kept
                                                        : acknowledgementOf(*m_result, size_t(findingIndex), m_importId);
    ack.note = note;
    SessionError error;
    if (!m_session->acknowledge(ack, &error)) {
        QMessageBox::warning(this, tr("Not Acknowledged"), error.message);
        return false;
    }
    ack.operatorName = m_session->operatorName();
    ack.at = QDateTime::currentDateTimeUtc();
    for (const Acknowledgement &stored : m_session->acknowledgements(m_importId)) {
        if (stored.sameFinding(ack))
            ack = stored; // as the session keeps it: who, when
    }
    m_acknowledged.insert(uint32_t(findingIndex), ack);
    refreshAcknowledgements();
    updateSessionState();
    return true;
}

bool MainWindow::takeBackAcknowledgement(qsizetype findingIndex)
{
    if (!m_result || !m_session || m_importId <= 0 || isLoading() || findingIndex < 0
        || size_t(findingIndex) >= m_result->findings.size())
        return false;
    const auto kept = m_acknowledged.constFind(uint32_t(findingIndex));
    if (kept == m_acknowledged.cend())
        return true; // nothing to take back
    SessionError error;
    if (!m_session->unacknowledge(*kept, &error)) {
        QMessageBox::warning(this, tr("Acknowledgement Kept"), error.message);
        return false;
    }
    m_acknowledged.erase(kept);
    refreshAcknowledgements();
    return true;
}

void MainWindow::showRulesDialog(int page)
{
    RulesDialog dialog(this);
    // The rule of the finding being read, when there is one.
    if (page == RulesDialog::RulesPage && m_result) {
        const qsizetype finding = m_findings->currentFinding();
        if (finding >= 0 && size_t(finding) < m_result->findings.size())
            dialog.showRule(m_result->findings.at(size_t(finding)).rule);
    }
    dialog.showPage(RulesDialog::Page(page));
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(this, this);
    dialog.exec();
}

void MainWindow::goToFindings()
{
    m_findingsDock->show();
    m_findingsDock->raise();
    // Onto the first row when none is current, so that the arrows move at once.
    QTreeView *view = m_findings->view();
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
    view->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::showHistory()
{
    if (!m_session)
        return;
    HistoryDialog dialog(m_session->history(), m_imports, this);
    dialog.exec();
}

void MainWindow::recordExport(const QString &what)
{
    if (!m_session || m_importId <= 0)
        return;
    SessionError error;
    if (!m_session->recordExport(m_importId, what, &error))
        statusBar()->showMessage(error.message, 8000);
}

namespace {

// Whether a recent entry can be offered: each of its files still there, and none a session's
// private file (an untitled session is offered back on start, never under its internal name).
bool isOpenable(const QStringList &paths)
{
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p) || isUnsavedSession(QFileInfo(p).absoluteFilePath()))
            return false;
    }
    return !paths.isEmpty();
}

} // namespace

QStringList MainWindow::recentExports() const
{
    QStringList out;
    for (const QString &entry : QSettings().value(QStringLiteral("recentExports")).toStringList()) {
        if (isOpenable(entry.split(QLatin1Char('\n'))))
            out << entry;
    }
    return out;
}

void MainWindow::addRecent(const QStringList &paths)
{
    if (!isOpenable(paths))
        return;
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
    if (isLoading() && m_afterJob) {
        // Saving: the window closes once the copy is whole.
        m_afterJob = [this] { close(); };
        event->ignore();
        return;
    }
    if (isLoading() && m_pendingSave) {
        // To be saved once the export is kept: the window closes after that.
        m_pendingSave->then = [this] { close(); };
        event->ignore();
        return;
    }
    if (!confirmCloseSession([this] { close(); })) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    cancelLoading();
    closeSession();
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
