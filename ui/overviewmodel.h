#pragma once

#include "matching/synctarget.h"
#include "report/schoolsummary.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <memory>
#include <vector>

namespace rb {

struct ReadResult;

// The schools of an export, one row each, under a first row of totals for the whole export; the
// entry for records in no known school comes last. Once the session's schools are matched, each
// school's row also says which hub school it syncs into. Each row's header is its school's name
// (the page hides the row headers; a screen reader names a row by them).
class OverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewModel)

public:
    // The hub school comes last, so that the page's proxy can leave it out until there is a
    // matching without moving the others; the page shows it after the school's name.
    enum Column { SchoolColumn, IdentifierColumn, StudentsColumn, TeachersColumn, OtherStaffColumn,
                  GuardiansColumn, ClassesColumn, EnrollmentsColumn, ErrorsColumn, HoldsColumn, AlertsColumn,
                  InfoColumn, ReadinessColumn, HubSchoolColumn, ColumnCount };
    enum Roles {
        // The value to sort by: the raw number, the text, or the readiness (Blocked highest).
        SortRole = Qt::UserRole,
        // The school's orgs row as uint, SchoolSummary::NoRow for the other rows.
        OrgRowRole,
        // The row's RowKind as int.
        RowKindRole,
        // The school's SyncTarget::State as int (matched first, as a sort by hub school lists
        // them); nothing before any matching, and on the rows that are not schools.
        HubStateRole,
    };
    enum class RowKind { Totals, School, NoSchool };

    explicit OverviewModel(QObject *parent = nullptr);
    ~OverviewModel() override;

    // Summarizes `result`'s roster and findings; null, or an export that could not be read,
    // leaves the model empty.
    void setResult(std::shared_ptr<const ReadResult> result);
    // Shows summaries computed elsewhere (on a worker thread, say).
    void setSummaries(std::vector<SchoolSummary> schools, SchoolSummary totals);
    void clear();
    // The session's school matching, which HubSchoolColumn shows; kept across results. With no
    // matches the column says nothing (and the page hides it).
    void setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools);
    bool hasSchoolMatching() const { return !m_hubOf.isEmpty(); }

    // The entries as summarizeSchools gave them: the schools, then the entry for no known school.
    const std::vector<SchoolSummary> &schools() const { return m_schools; }
    const SchoolSummary &totals() const { return m_totals; }
    // The summary shown on a row, null past the end.
    const SchoolSummary *summaryAt(int row) const;
    RowKind kindAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:

    std::vector<SchoolSummary> m_schools;
    SchoolSummary m_totals;
    bool m_empty = true;
    QHash<QString, SyncTarget> m_hubOf; // by SIS sourcedId; empty before any matching
};

// Sorts the overview by OverviewModel::SortRole while the totals stay on top and the entry for no
// known school at the bottom, whichever way a column is sorted: they are not schools to rank.
// Leaves the hub school column out until it is shown: a column a view merely hid would still be
// read out, cell by cell, by a screen reader. The columns keep the model's numbers either way.
class OverviewSortModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewSortModel)

public:
    explicit OverviewSortModel(QObject *parent = nullptr);

    void setHubSchoolShown(bool shown);
    bool isHubSchoolShown() const { return m_hubSchoolShown; }

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    bool m_hubSchoolShown = false;
};

// The readiness's icon: a red circle with a bar, an amber one with an exclamation mark, a green
// one with a tick. Drawn once in several sizes and shared.
QIcon readinessIcon(Readiness readiness);

// The colour the readiness's icon is filled with: the error's red, the hold's amber, a green.
QColor readinessColor(Readiness readiness);

} // namespace rb
