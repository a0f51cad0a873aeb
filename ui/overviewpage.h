#pragma once

#include "matching/schoolmatch.h"
#include "report/schoolsummary.h"

#include <QList>
#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QTableView;

namespace rb {

class OverviewModel;
class OverviewSortModel;
struct ReadResult;

// The Overview tab: one line on how many schools are ready, then a sortable table of every
// school with its people, classes, enrollments, findings by severity and readiness, under the
// export's totals.
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    // Shows `result`'s schools; null clears the page.
    void setResult(std::shared_ptr<const ReadResult> result);
    // The same with the summaries summarizeSchools made of it beforehand.
    void setResult(std::shared_ptr<const ReadResult> result, std::vector<SchoolSummary> schools, SchoolSummary totals);
    const ReadResult *result() const { return m_result.get(); }
    // The session's school matching: once there is one, a column after each school's name says
    // which hub school it syncs into, or that it is not matched yet or left out. Hidden while
    // there are no matches. Kept across results.
    void setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools);

    // "3 schools: 1 ready, 1 needing attention, 1 blocked." and what lies outside any school.
    QString summaryText() const;
    OverviewModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

signals:
    // A row was activated (double-click or Enter): `orgRow` is the school's orgs row, or
    // SchoolSummary::NoRow for the entry of records in no known school. The totals row sends
    // nothing.
    void schoolActivated(uint32_t orgRow);

private:
    void activate(const QModelIndex &index);
    void updateSummary();

    std::shared_ptr<const ReadResult> m_result;
    OverviewModel *m_model = nullptr;
    OverviewSortModel *m_proxy = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace rb
