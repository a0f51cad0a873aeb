#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;
template<typename T>
class QFutureWatcher;

namespace rb {

class FindingsModel;
class Progress;
struct ReadResult;

// The main window. For now: open an export and list what is wrong with it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts reading an export in the background; the window stays responsive.
    void openExport(const QStringList &paths);
    bool isLoading() const;

signals:
    void exportLoaded();

private:
    void chooseZip();
    void chooseFolder();
    void showResult();
    void updateProgress();
    void showExplanation();

    FindingsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTimer *m_progressTimer = nullptr;
    std::shared_ptr<Progress> m_progress;
    QFutureWatcher<ReadResult> *m_watcher = nullptr;
    QStringList m_paths;
};

} // namespace rb
