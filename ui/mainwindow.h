#pragma once

#include "oneroster/schema.h"

#include <QMainWindow>
#include <QStringList>

#include <array>
#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace rb {

class FindingIndex;
class FindingsPanel;
class Inspector;
class OverviewPage;
class Progress;
class TablePage;
struct ReadResult;

// The review window: an export's tables with every finding on its cell, the findings grouped by
// rule, an inspector for the chosen record, and an overview per school.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts reading an export in the background; the window stays responsive. Replaces what is
    // shown without asking (the interactive ways of opening ask first).
    void openExport(const QStringList &paths);
    bool isLoading() const;
    // Cancels a load under way.
    void cancelLoading();

    // What is shown, or null.
    std::shared_ptr<const ReadResult> result() const { return m_result; }
    TablePage *tablePage(FileKind kind) const;
    FindingsPanel *findingsPanel() const { return m_findings; }
    Inspector *inspector() const { return m_inspector; }
    OverviewPage *overviewPage() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }

    // Shows a finding's record and cell in its table, and explains it.
    void showFinding(qsizetype findingIndex);
    // Shows a record in its table and in the inspector.
    void showRecord(FileKind kind, uint32_t row, int column = -1);

    QStringList recentExports() const;

signals:
    void exportLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Loaded;
    void createActions();
    void chooseFiles();
    void chooseFolder();
    // Asks before what is shown (or being opened) is replaced by `paths`; true to go on.
    bool confirmReplace(const QStringList &paths);
    void openInteractively(const QStringList &paths);
    void showResult();
    void updateProgress();
    void exportFindings(bool html);
    void addRecent(const QStringList &paths);
    void updateRecentMenu();
    void updateTitles();
    void showSchool(uint32_t orgRow);
    TablePage *currentTablePage() const;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_welcome = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    OverviewPage *m_overview = nullptr;
    std::array<TablePage *, 5> m_pages{};
    FindingsPanel *m_findings = nullptr;
    Inspector *m_inspector = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_exportHtml = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<std::shared_ptr<Loaded>> *m_watcher = nullptr;
    QStringList m_loadingPaths;
    QStringList m_queuedPaths; // opened while another load ran: started once it has stopped
    QStringList m_paths;       // what is shown
    std::shared_ptr<const ReadResult> m_result;
    std::shared_ptr<const FindingIndex> m_index;
};

} // namespace rb
