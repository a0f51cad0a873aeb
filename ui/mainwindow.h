#pragma once

#include "oneroster/schema.h"
#include "session/sessionstore.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QComboBox;
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

class Announcer;
class ElidedLabel;
class FindingIndex;
class FindingsPanel;
class Inspector;
class OverviewPage;
class Progress;
class TablePage;
struct ReadResult;
class SecretStore;
struct PackedExport;
struct SisConnection;
struct SisOptions;
struct SessionJob;
namespace ReportWriter {
enum class Format;
struct Context;
}

// The review window: an export's tables with every finding on its cell, the findings grouped by
// rule, an inspector for the chosen record, and an overview per school.
//
// The window always works in a session. Opening an export adds it to the session open as a new
// import; with none open, it goes into a new session kept in a private folder until it is saved by
// name ("Untitled", with unsaved changes). A named session is written as the admin works: every
// import, acknowledgement and match is one transaction in its file, so there is nothing left to
// save and nothing lost in a crash.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts reading an export in the background and keeps it in the session as a new import (a
    // session file given alone is opened instead); the window stays responsive. Replaces what is
    // shown without asking (the interactive ways of opening ask first).
    void openExport(const QStringList &paths);
    // Pulls the roster from an SIS in the background, checks it and keeps it in the session as a
    // new import, as an export opened is.
    void pull(const SisConnection &connection, const SisOptions &options);
    // Opens a session file on its latest import, without asking.
    void openSession(const QString &path);
    // Shows another import of the session.
    void showImport(qint64 importId);
    // Saves the session under `path` and goes on in the copy; `then` runs once it is saved.
    void saveSessionAs(const QString &path, std::function<void()> then = {});
    // Closes the session without asking; one not saved by name is deleted.
    void closeSession();
    // Sessions never saved by name that no window has open: left by a crash.
    static QStringList orphanedSessions();
    // Offers to open (or delete) the newest of them; nothing happens when there is none.
    void offerRecovery();
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

    // The session open, or null.
    SessionStore *session() const { return m_session.get(); }
    // Whether the session open is one not yet saved by name.
    bool isUntitled() const;
    qint64 currentImport() const { return m_importId; }
    // Whether closing would lose work: a session not yet saved by name that holds an import.
    bool hasUnsavedWork() const;
    QComboBox *importChooser() const { return m_importCombo; }
    // The warning shown when the latest import is older than the hub allows, empty when not.
    QString staleWarning() const;

    // Opens the school matching wizard on the latest import (which must be shown).
    void matchSchools();

    // Where the Connect dialog remembers SIS secrets: the system keychain unless set (a test's
    // store in memory). The window does not own it.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    // Writes the findings of what is shown to `path` (owner-only: it names students) as CSV, CSV for
    // Excel or an HTML report, with what the session knows: the acknowledgements and, once schools
    // are matched, the hub's school names. Says in a message box when it cannot.
    bool exportFindingsTo(const QString &path, ReportWriter::Format format);
    // The file types Export Findings as CSV offers, the one for Excel first.
    static QStringList findingsFileTypes();

    // Acknowledges a finding of the import shown, with a note; or takes it back.
    bool acknowledgeFinding(qsizetype findingIndex, const QString &note);
    bool takeBackAcknowledgement(qsizetype findingIndex);

signals:
    // An export or import is shown: the window is usable (an export may still be being kept).
    void reviewShown();
    // A load (export, session, import or save) has finished, whatever came of it; an export
    // opened is kept in the session by then.
    void exportLoaded();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createLoadingPage();
    void showRulesDialog(int page);
    void showShortcuts();
    void goToFindings();
    void chooseFiles();
    void chooseFolder();
    void chooseSession();
    void pullFromSisInteractively();
    // Asks before what is being opened (not kept) is stopped for `paths`; true to go on.
    bool confirmStop(const QStringList &paths);
    // Where an export (or a pull) goes when one is shown: into this session as a new import, or
    // into a new session of its own, the default when it has none of the schools of the session's
    // latest import (`lookAtSchools`: its orgs.csv is read to tell).
    enum class Placement { Cancel, AddToSession, NewSession };
    Placement askWhereItGoes(const QStringList &paths, bool lookAtSchools);
    // The sourcedIds of the schools of the session's latest import.
    QSet<QString> latestSchoolIds() const;
    // Closes this session (asking to save it first) and runs `open` in a new one; after an export
    // being kept is kept.
    void openInNewSession(const std::function<void()> &open);
    // Asks whether to save a session not yet saved by name before it is closed; true to go on.
    // `then` runs once it is saved, when the user chose to save it.
    bool confirmCloseSession(const std::function<void()> &then);
    void openInteractively(const QStringList &paths);
    void newSession();
    bool save();
    bool saveAs(std::function<void()> then = {});
    void showHistory();
    void askOperatorName();
    // The name history records this window's changes under.
    static QString operatorName();
    void askAcknowledgement(qsizetype findingIndex);
    // Runs `work` on a worker, with progress and Cancel; `what` names it in messages, `status` is
    // said while it runs ("Opening WHAT…" when empty).
    void startJob(const QString &what, std::function<std::shared_ptr<SessionJob>(Progress *)> work,
                  const QString &status = {});
    // Keeps the export shown in the session (creating one if none is open), in the background.
    void keepShown(std::shared_ptr<const PackedExport> packed);
    void jobFinished();
    void adoptSession(std::unique_ptr<SessionStore> store);
    // The name to suggest for a file made from what is shown: the session's, or the import's.
    QString suggestedBaseName() const;
    void showReview(SessionJob &job);
    void clearReview();
    void updateSessionState();
    // The export shown, named for people: "lakeview" for lakeview.zip or the folder lakeview.
    QString shortExportName() const;
    void updateImportChooser();
    void refreshAcknowledgements();
    void recordExport(const QString &what);
    // The matching as the status bar and the tables' school filters show it.
    void updateMatchingState();
    void exportMapping();
    void updateProgress();
    void exportFindings(bool html);
    // What a report says of the session besides the findings: the matching, the acknowledgements.
    ReportWriter::Context reportContext() const;
    void addRecent(const QStringList &paths);
    void updateRecentMenu();
    void updateTitles();
    void showSchool(uint32_t orgRow);
    TablePage *currentTablePage() const;
    // Says what a job or an action came to: in the status bar for `timeout` ms, and to a screen
    // reader (which hears no status bar unasked).
    void announce(const QString &text, int timeout);
    // Tab's way through the window, in reading order: the toolbar's import list, the findings
    // (filters, list, explanation), the middle (the tabs, then the page shown: its filters and
    // table), the inspector (Back, Forward, the record), and Cancel while a job runs.
    void setFocusOrder();

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
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QAction *m_history = nullptr;
    QAction *m_matchSchools = nullptr;
    QAction *m_exportMapping = nullptr;
    ElidedLabel *m_matchingLabel = nullptr;
    Announcer *m_announcer = nullptr;
    QWidget *m_loadingPage = nullptr;    // the middle of the window while a first export loads
    QLabel *m_loadingTitle = nullptr;
    QLabel *m_loadingStage = nullptr;
    QProgressBar *m_loadingBar = nullptr;
    QPushButton *m_loadingCancel = nullptr;
    SecretStore *m_secrets = nullptr; // the system keychain, asked only when a secret was remembered
    QComboBox *m_importCombo = nullptr;
    QAction *m_importChooserAction = nullptr;
    QAction *m_importLabelAction = nullptr;
    QLabel *m_staleBanner = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<std::shared_ptr<SessionJob>> *m_watcher = nullptr;
    QString m_loadingName;               // what the running job works on, for messages
    QString m_doneMessage;               // said once the running job has succeeded
    std::function<void()> m_queued;      // asked for while another job ran: started once it has stopped
    std::function<void()> m_afterJob;    // runs once the running job has succeeded (close after saving)
    bool m_jobPending = false;           // a job runs, or has ended and its result is not taken up yet
    bool m_keeping = false;              // the running job keeps the export shown in the session
    bool m_openingSession = false;       // the running job opens another session
    // A Save As asked for while an export was read or kept: done once it is.
    struct PendingSave
    {
        QString path;
        std::function<void()> then;
    };
    std::optional<PendingSave> m_pendingSave;
    std::unique_ptr<SessionStore> m_session;
    QList<ImportInfo> m_imports;
    QHash<uint32_t, Acknowledgement> m_acknowledged; // the findings of the import shown acknowledged
    qint64 m_importId = 0;               // the import shown, 0 when not kept
    QString m_shownName;                 // what is shown: the import's name
    std::shared_ptr<const ReadResult> m_result;
    std::shared_ptr<const FindingIndex> m_index;
};

} // namespace rb
