#include "mainwindow.h"

#include "findingsmodel.h"
#include "oneroster/exportreader.h"
#include "util/progress.h"

#include <QAction>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace rb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new FindingsModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_explanation(new QTextBrowser(this))
    , m_progressBar(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progressTimer(new QTimer(this))
    , m_watcher(new QFutureWatcher<ReadResult>(this))
{
    setWindowTitle(tr("Rosterbench"));
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_summary->setText(tr("Open a OneRoster export (a zip, a folder or CSV files) to check it."));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The table above, the chosen finding's explanation below.
    auto *splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(m_view);
    splitter->addWidget(m_explanation);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    m_explanation->setPlaceholderText(tr("Choose a finding to see what the hub will do and how to fix it."));
    layout->addWidget(splitter);
    setCentralWidget(central);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showExplanation);

    auto *openZip = new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                                tr("&Open Export…"), this);
    openZip->setShortcut(QKeySequence::Open);
    openZip->setStatusTip(tr("Open a zip of OneRoster CSV files, or the CSV files themselves"));
    connect(openZip, &QAction::triggered, this, &MainWindow::chooseZip);
    auto *openFolder = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")),
                                   tr("Open &Folder…"), this);
    openFolder->setStatusTip(tr("Open a folder holding OneRoster CSV files"));
    connect(openFolder, &QAction::triggered, this, &MainWindow::chooseFolder);
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(openZip);
    fileMenu->addAction(openFolder);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->addAction(openZip);
    toolBar->addAction(openFolder);

    m_progressBar->setVisible(false);
    m_progressBar->setMaximumWidth(300);
    m_cancelButton->setVisible(false);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_cancelButton);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_progress)
            m_progress->cancel();
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &MainWindow::updateProgress);
    connect(m_watcher, &QFutureWatcher<ReadResult>::finished, this, &MainWindow::showResult);
}

MainWindow::~MainWindow()
{
    if (m_progress)
        m_progress->cancel();
    m_watcher->waitForFinished();
}

bool MainWindow::isLoading() const
{
    return m_watcher->isRunning();
}

void MainWindow::chooseZip()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Export"), QString(),
        tr("OneRoster exports (*.zip *.csv);;Zip files (*.zip);;CSV files (*.csv);;All files (*)"));
    if (!paths.isEmpty())
        openExport(paths);
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Export Folder"));
    if (!folder.isEmpty())
        openExport({folder});
}

void MainWindow::openExport(const QStringList &paths)
{
    if (isLoading())
        return;
    m_paths = paths;
    m_progress = std::make_shared<Progress>();
    m_progressBar->setRange(0, 0);
    m_progressBar->setVisible(true);
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    statusBar()->showMessage(tr("Opening %1…").arg(paths.join(QLatin1String(", "))));
    m_progressTimer->start();
    std::shared_ptr<Progress> progress = m_progress;
    m_watcher->setFuture(QtConcurrent::run([paths, progress] {
        return ExportReader().read(paths, progress.get());
    }));
}

void MainWindow::showExplanation()
{
    const QModelIndex current = m_view->currentIndex();
    const ReadResult *result = m_model->result();
    if (!current.isValid() || !result) {
        m_explanation->clear();
        return;
    }
    const Finding &f = result->findings.at(size_t(current.row()));
    m_explanation->setHtml(
        QStringLiteral("<h3>%1 <small>(%2)</small></h3><p>%3</p><p><b>%4</b> %5</p><p><b>%6</b> %7</p>")
            .arg(RuleCatalogue::title(f.rule).toHtmlEscaped(), RuleCatalogue::code(f.rule),
                 result->findings.message(f).toHtmlEscaped(), tr("What will happen:"),
                 RuleCatalogue::whatHappens(f.rule).toHtmlEscaped(), tr("How to fix it:"),
                 RuleCatalogue::howToFix(f.rule).toHtmlEscaped()));
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
    auto result = std::make_shared<ReadResult>(m_watcher->result());
    m_progress.reset();
    if (result->cancelled) {
        statusBar()->showMessage(tr("Opening was canceled."), 5000);
        return;
    }
    if (!result->fatalErrors.isEmpty()) {
        QMessageBox::warning(this, tr("The export could not be read"),
                             result->fatalErrors.join(QLatin1String("\n\n")));
    }
    const SeverityCounts counts = result->findings.severityCounts();
    const int rows = int(std::min<size_t>(result->roster ? result->roster->totalRows() : 0, INT_MAX));
    m_summary->setText(
        tr("<b>%1</b><br>%2 in %3: %4, %5, %6, %7.")
            .arg(m_paths.join(QLatin1String(", ")).toHtmlEscaped(), tr("%n row(s)", nullptr, rows),
                 tr("%n file(s)", nullptr, int(result->files.size())),
                 RuleCatalogue::severityCount(Severity::Error, counts[Severity::Error]),
                 RuleCatalogue::severityCount(Severity::Alert, counts[Severity::Alert]),
                 RuleCatalogue::severityCount(Severity::Hold, counts[Severity::Hold]),
                 RuleCatalogue::severityCount(Severity::Info, counts[Severity::Info])));
    setWindowTitle(tr("%1 – Rosterbench").arg(m_paths.value(0).section(QLatin1Char('/'), -1)));
    m_model->setResult(std::move(result));
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showExplanation();
    statusBar()->showMessage(tr("Ready"), 3000);
    emit exportLoaded();
}

} // namespace rb
