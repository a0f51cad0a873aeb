#pragma once

#include "oneroster/schema.h"
#include "report/schoolsummary.h"

#include <QWidget>

#include <memory>
#include <utility>
#include <vector>

class QAction;
class QToolButton;
class QUrl;

namespace rb {

class FindingIndex;
class TextPane;
struct ReadResult;

// Everything about one record, with its relations as the hub sees them: for a user its schools,
// guardians or students, its classes (for a parent, the classes it follows through each student)
// and every finding on it; for a class its owners, students and the parents who follow them.
// Names are links: following one shows that record here and in its table. Back and Forward
// (Alt+Left, Alt+Right) go through the records shown, as in a web browser. By keyboard, Tab goes
// through the links and Enter follows one (see TextPane).
class Inspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Inspector)

public:
    explicit Inspector(QWidget *parent = nullptr);
    ~Inspector() override;

    // `schools`, summarizeSchools of the result if given, supplies a school's counts so that they
    // need not be made on the UI thread.
    void setSource(std::shared_ptr<const ReadResult> result, std::shared_ptr<const FindingIndex> index,
                   std::vector<SchoolSummary> schools = {});
    // Shows a record, and remembers it for Back. The record shown already stays as it is.
    void showRecord(FileKind kind, uint32_t row);
    void clear();

    // Back and Forward through the records shown since the source was set; each shows its record
    // here and asks for it in its table (recordActivated).
    void goBack();
    void goForward();
    bool canGoBack() const;
    bool canGoForward() const;
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    // Back, Forward and the record, in the order Tab goes through them.
    QList<QWidget *> focusOrder() const;
    TextPane *browser() const { return m_browser; }

    // The record shown, or FileKind::Other.
    FileKind shownKind() const { return m_kind; }
    uint32_t shownRow() const { return m_row; }
    QString text() const;

    // At most this many entries per list; the rest are counted.
    static constexpr int ListLimit = 100;

signals:
    // A link to a record was followed.
    void recordActivated(rb::FileKind kind, uint32_t row);
    // A link to a finding was followed (its index in the FindingList).
    void findingActivated(qsizetype index);

private:
    void followLink(const QUrl &url);
    // Shows a record without touching the history; false if there is no such record.
    bool render(FileKind kind, uint32_t row);
    void goTo(qsizetype position);
    void updateNavigation();

    std::shared_ptr<const ReadResult> m_result;
    std::shared_ptr<const FindingIndex> m_index;
    std::vector<SchoolSummary> m_schools;
    TextPane *m_browser = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    FileKind m_kind = FileKind::Other;
    uint32_t m_row = UINT32_MAX;
    // The records shown, oldest first, and the one shown among them.
    std::vector<std::pair<FileKind, uint32_t>> m_history;
    qsizetype m_position = -1;
};

} // namespace rb
