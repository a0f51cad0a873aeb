#pragma once

#include "matching/schoolmatch.h"
#include "oneroster/schema.h"

#include <QList>
#include <QWidget>

#include <memory>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolButton;
template<typename T>
class QFutureWatcher;

namespace rb {

class Announcer;
class FindingIndex;
class Progress;
class RosterTableModel;
class RosterTableView;
class Table;
struct ReadResult;

// One table of the review window: a filter bar (free-text search, role, school, severity) over a
// QTableView of a RosterTableModel. Sorting and filtering run on the roster's columns on a worker
// thread; a newer request cancels the one running, and the UI thread only swaps the finished row
// list in.
//
// Each box of the filter bar has a label tied to it, which is how a screen reader on Linux names
// a box ("Role: All roles"); the rows a filter leaves ("41 of 389 rows") are said as they come.
class TablePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TablePage)

public:
    explicit TablePage(FileKind kind, QWidget *parent = nullptr);
    ~TablePage() override;

    FileKind kind() const { return m_kind; }
    void setSource(std::shared_ptr<const ReadResult> result, std::shared_ptr<const FindingIndex> index);

    // Selects the cell of table row `row` (and file column `column`, or the first), clearing the
    // filters first when they hide it, and scrolls to it.
    void showRecord(uint32_t row, int column = -1);
    // Shows only the records of one school (its SIS sourcedId), or all for an empty id.
    void setSchoolFilter(const QString &schoolId);
    // The session's school matching, which the school filter speaks in: once there is one, it
    // offers each matched school under its hub school's name, then the schools not matched yet
    // and those deselected, each set as one choice. With no matches it offers the SIS's schools
    // by name. The choice made stays when it is still offered.
    void setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools);
    // Searches for `text` in every column.
    void setSearchText(const QString &text);
    // Sorts by file column `column` (as a click on its header does).
    void sortBy(int column, Qt::SortOrder order);
    void clearFilters();
    void focusSearch();

    bool isBusy() const;
    // The table's view. Its name columns (sourcedId and the name) stay at the left, frozen while
    // the others scroll, so that a cell shown is always seen beside whose row it is.
    QTableView *view() const;
    // The model, given its rows first if the page has not been shown since the source was set.
    RosterTableModel *model();
    // The page's controls in the order Tab goes through them: the filter bar, then the table.
    // Those hidden (the role box of a table without roles) are left to Tab to pass by.
    QList<QWidget *> focusOrder() const;
    // The table row of the current cell, or UINT32_MAX.
    uint32_t currentRecord() const;

signals:
    // The current cell moved to another record.
    void currentRecordChanged(rb::FileKind kind, uint32_t row);
    // A sort or filter has been applied (or the source set): the view shows its result.
    void rowsUpdated();

public:
    // A sort and filter to compute, and what it gave; public for the worker function only.
    struct Request;
    struct Outcome;

protected:
    void showEvent(QShowEvent *event) override;

private:
    void applySource();
    const Table *table() const;
    // The file columns that name a row: its sourcedId, and the person's or class's name.
    std::vector<int> nameColumns() const;
    void sizeColumns();
    void fillFilterChoices();
    void fillSchoolChoices();
    void requestUpdate();
    void startQuery();
    void applyOutcome();
    void updateCountLabel();
    void copySelection();
    void emitCurrentRecord();

    FileKind m_kind;
    std::shared_ptr<const ReadResult> m_result;
    std::shared_ptr<const FindingIndex> m_index;
    RosterTableModel *m_model = nullptr;
    RosterTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_searchColumn = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_school = nullptr;
    QComboBox *m_severity = nullptr;
    QLabel *m_roleLabel = nullptr;
    QLabel *m_schoolLabel = nullptr;
    QToolButton *m_clear = nullptr;
    QLabel *m_count = nullptr;
    Announcer *m_announcer = nullptr;
    QLabel *m_busy = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<SchoolMatch> m_matches;   // the session's school matching, for the school filter
    QList<HubSchool> m_hubSchools;

    // The sort in force and its permutation, computed once per column and direction.
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::shared_ptr<const std::vector<uint32_t>> m_sorted;
    int m_sortedColumn = -1;
    Qt::SortOrder m_sortedOrder = Qt::AscendingOrder;

    QFutureWatcher<std::shared_ptr<Outcome>> *m_watcher = nullptr;
    std::shared_ptr<Progress> m_progress;
    bool m_running = false;   // a query runs, or its result has not been applied yet
    bool m_pending = false;   // another update was asked for while one ran
    uint32_t m_restoreRow = UINT32_MAX; // the record to keep current across an update
    int m_restoreColumn = 0;
    uint32_t m_lastEmitted = UINT32_MAX;
    bool m_columnsToSize = false; // the source changed since the columns were fitted to it
    bool m_sourceDeferred = false; // m_result is not in the model yet: the page was hidden
};

} // namespace rb
