#pragma once

#include "oneroster/schema.h"
#include "validation/findingschools.h"
#include "validation/rulecatalogue.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

namespace rb {

struct ReadResult;

// Which findings a FindingTreeModel shows.
struct FindingFilter
{
    static constexpr uint8_t AllSeverities = 0xf;
    static constexpr uint8_t bit(Severity s) { return uint8_t(1u << unsigned(s)); }

    uint8_t severities = AllSeverities; // a bit(s) per severity shown
    std::optional<FileKind> file;       // only findings on this file (Other: on no known file)
    std::optional<uint32_t> school;     // only this index of FindingTreeModel::schoolIds() (0: none)
    bool hideAcknowledged = false;      // leave out the findings the admin has acknowledged

    bool shows(Severity s) const { return (severities & bit(s)) != 0; }
    bool isEmpty() const { return severities == AllSeverities && !file && !school && !hideAcknowledged; }
    bool operator==(const FindingFilter &) const = default;
};

// The findings of a check grouped by rule: one top-level row per rule that has findings, worst
// severity first and then the most frequent, with one child row per finding.
//
// Built for exports with hundreds of thousands of findings: a rule row holds the indexes of its
// findings into the FindingList, and every text is made in data() for the rows on screen only.
class FindingTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindingTreeModel)

public:
    // The problem comes first, in words, because it is what a reader scans for; the rule's code
    // has its own narrow column after it, then who it is about and where. Every column is shown:
    // a column a view hid would still be read out, cell by cell, by a screen reader.
    //
    // What a screen reader says of a row's problem (Qt::AccessibleTextRole) starts with what its
    // icon shows: the severity, and that a finding is acknowledged; the acknowledgement itself,
    // who and why, is its description (Qt::AccessibleDescriptionRole).
    enum Column {
        ProblemColumn,  // rule: "Title (count)", with the severity's icon; finding: its sentence
        CodeColumn,     // the rule's code, for support, in smaller type
        RecordColumn,   // the finding's record as people know it: "T10016 Patricia Howard"
        FileColumn,
        LineColumn,
        ColumnColumn,
        SeverityColumn, // the severity's word, which the icon and the grouping already say
        ColumnCount
    };
    enum Role {
        FindingIndexRole = Qt::UserRole + 1, // qsizetype: index into the FindingList, -1 on a rule row
        RuleRole,                            // int: the RuleId of the row or of its finding
        SeverityRole,                        // int: the Severity
        CountRole,                           // qsizetype: a rule row's shown findings, 1 for a finding
        AcknowledgementRole,                 // QString: a finding's acknowledgement, empty when it has none
    };

    explicit FindingTreeModel(QObject *parent = nullptr);

    // The type the code column is shown in: a size smaller than the view's, like a tag.
    static QFont codeFont(const QFont &viewFont);
    ~FindingTreeModel() override;

    // Shows `result`'s findings, through the current filter minus its school (school indexes
    // belong to one result). Null clears the model.
    // `schools`, if given, are the findings' schools as schoolsOfFindings worked them out for this
    // result (on a worker, so that a million findings are not walked on the UI thread); otherwise
    // they are worked out here.
    void setResult(std::shared_ptr<const ReadResult> result, FindingSchools schools = {});
    const ReadResult *result() const { return m_result.get(); }

    // The findings the admin has acknowledged, each with what to say of it ("Acknowledged by …"),
    // by index into the FindingList. Replaces the previous set; regroups if the filter hides them.
    void setAcknowledged(QHash<uint32_t, QString> acknowledged);
    const QHash<uint32_t, QString> &acknowledged() const { return m_acknowledged; }

    // Regroups the findings the filter lets through; linear in the number of findings.
    void setFilter(const FindingFilter &filter);
    const FindingFilter &filter() const { return m_filter; }

    // The distinct schools of the findings, as sourcedIds; [0] is empty and stands for "no school".
    const std::vector<QString> &schoolIds() const { return m_schoolIds; }
    // How many findings each school index has, whatever the filter.
    const std::vector<size_t> &schoolFindingCounts() const { return m_schoolCounts; }
    // The school index of a finding.
    uint32_t schoolOf(size_t findingIndex) const;
    // The file kinds findings are on, in OneRoster order.
    std::vector<FileKind> fileKinds() const;

    // Findings the filter shows, and findings in all.
    size_t shownCount() const { return m_shown; }
    size_t totalCount() const;

    // The row of a rule, or of one finding; invalid when the filter hides it.
    QModelIndex indexOfRule(RuleId rule, int column = 0) const;
    QModelIndex indexOfFinding(size_t findingIndex, int column = 0) const;
    // The finding a row is on, -1 for a rule row or an invalid index.
    qsizetype findingIndex(const QModelIndex &index) const;
    std::optional<RuleId> ruleOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        RuleId rule = RuleId::Count;
        std::vector<uint32_t> findings; // ascending indexes into the FindingList
    };

    void regroup();
    QVariant ruleData(const Group &group, int column, int role) const;
    QVariant findingData(size_t findingIndex, int column, int role) const;

    std::shared_ptr<const ReadResult> m_result;
    FindingFilter m_filter;
    std::vector<uint32_t> m_schoolOfFinding; // per finding, an index into m_schoolIds
    std::vector<QString> m_schoolIds;
    std::vector<size_t> m_schoolCounts;
    std::vector<Group> m_groups;             // the rules shown, in display order
    std::vector<int> m_groupOfRule;          // RuleId → position in m_groups, -1 when not shown
    QHash<uint32_t, QString> m_acknowledged; // finding index → what to say of its acknowledgement
    size_t m_shown = 0;
};

} // namespace rb
