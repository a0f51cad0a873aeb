#include "findingtreemodel.h"

#include "oneroster/exportreader.h"
#include "ruletext.h"
#include "severityicons.h"
#include "validation/findingschools.h"

#include <QFont>
#include <QLocale>

#include <algorithm>
#include <array>

namespace rb {

namespace {

// Rule rows have internal id 0; a finding row's is its rule row's position plus one, which is all
// parent() needs.
constexpr quintptr RuleRowId = 0;

// The order severities are listed in: what stops the sync first.
int severityRank(Severity s)
{
    switch (s) {
    case Severity::Error: return 0;
    case Severity::Hold: return 1;
    case Severity::Alert: return 2;
    case Severity::Info: return 3;
    }
    return 4;
}

int clampedInt(size_t n)
{
    return int(std::min<size_t>(n, size_t(INT_MAX)));
}

} // namespace

FindingTreeModel::FindingTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groupOfRule(size_t(RuleCount), -1)
{
}

FindingTreeModel::~FindingTreeModel() = default;

QFont FindingTreeModel::codeFont(const QFont &viewFont)
{
    QFont font = viewFont;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, font.pixelSize() * 85 / 100));
    return font;
}

void FindingTreeModel::setResult(std::shared_ptr<const ReadResult> result, FindingSchools schools)
{
    beginResetModel();
    m_result = std::move(result);
    m_filter.school.reset();
    m_schoolIds.clear();
    m_schoolOfFinding.clear();
    m_schoolCounts.clear();
    m_acknowledged.clear(); // indexes into the previous result
    if (m_result) {
        // Not given (or given for another result): worked out now.
        if (schools.ofFinding.size() != m_result->findings.size() || schools.ids.empty())
            schools = schoolsOfFindings(m_result->roster.get(), m_result->findings);
        m_schoolOfFinding = std::move(schools.ofFinding);
        m_schoolIds = std::move(schools.ids);
        m_schoolCounts.assign(m_schoolIds.size(), 0);
        for (uint32_t school : m_schoolOfFinding)
            ++m_schoolCounts[school];
    }
    regroup();
    endResetModel();
}

void FindingTreeModel::setFilter(const FindingFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    if (m_filter.school && *m_filter.school >= m_schoolIds.size())
        m_filter.school.reset();
    regroup();
    endResetModel();
}

void FindingTreeModel::setAcknowledged(QHash<uint32_t, QString> acknowledged)
{
    if (m_filter.hideAcknowledged) {
        beginResetModel();
        m_acknowledged = std::move(acknowledged);
        regroup();
        endResetModel();
        return;
    }
    m_acknowledged = std::move(acknowledged);
    // Only the finding rows' look changes.
    for (int g = 0; g < rowCount(); ++g) {
        const QModelIndex rule = index(g, 0);
        const int n = rowCount(rule);
        if (n > 0)
            emit dataChanged(index(0, 0, rule), index(n - 1, ColumnCount - 1, rule));
    }
}

void FindingTreeModel::regroup()
{
    m_groups.clear();
    std::fill(m_groupOfRule.begin(), m_groupOfRule.end(), -1);
    m_shown = 0;
    if (!m_result)
        return;

    std::array<bool, RuleCount> ruleShown{};
    for (int r = 0; r < RuleCount; ++r)
        ruleShown[size_t(r)] = m_filter.shows(RuleCatalogue::severity(RuleId(r)));
    std::vector<std::vector<uint32_t>> perRule(RuleCount);
    const std::vector<Finding> &items = m_result->findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const Finding &f = items[i];
        if (size_t(f.rule) >= size_t(RuleCount) || !ruleShown[size_t(f.rule)])
            continue;
        if (m_filter.file && f.kind != *m_filter.file)
            continue;
        if (m_filter.school && m_schoolOfFinding[i] != *m_filter.school)
            continue;
        if (m_filter.hideAcknowledged && m_acknowledged.contains(uint32_t(i)))
            continue;
        perRule[size_t(f.rule)].push_back(uint32_t(i));
    }

    for (int r = 0; r < RuleCount; ++r) {
        if (perRule[size_t(r)].empty())
            continue;
        m_shown += perRule[size_t(r)].size();
        m_groups.push_back({RuleId(r), std::move(perRule[size_t(r)])});
    }
    // Worst first, then the most frequent; catalogue order among equals, so rows do not jump
    // about between two filters.
    std::stable_sort(m_groups.begin(), m_groups.end(), [](const Group &a, const Group &b) {
        const int ra = severityRank(RuleCatalogue::severity(a.rule));
        const int rb = severityRank(RuleCatalogue::severity(b.rule));
        if (ra != rb)
            return ra < rb;
        return a.findings.size() > b.findings.size();
    });
    for (size_t g = 0; g < m_groups.size(); ++g)
        m_groupOfRule[size_t(m_groups[g].rule)] = int(g);
}

uint32_t FindingTreeModel::schoolOf(size_t findingIndex) const
{
    return findingIndex < m_schoolOfFinding.size() ? m_schoolOfFinding[findingIndex] : 0;
}

std::vector<FileKind> FindingTreeModel::fileKinds() const
{
    std::array<bool, KnownFileKindCount + 1> present{};
    if (m_result) {
        for (const Finding &f : m_result->findings.items())
            present[size_t(f.kind)] = true;
    }
    std::vector<FileKind> out;
    for (size_t k = 0; k < present.size(); ++k) {
        if (present[k])
            out.push_back(FileKind(k));
    }
    return out;
}

size_t FindingTreeModel::totalCount() const
{
    return m_result ? m_result->findings.size() : 0;
}

QModelIndex FindingTreeModel::indexOfRule(RuleId rule, int column) const
{
    if (size_t(rule) >= m_groupOfRule.size() || m_groupOfRule[size_t(rule)] < 0)
        return {};
    return createIndex(m_groupOfRule[size_t(rule)], column, RuleRowId);
}

QModelIndex FindingTreeModel::indexOfFinding(size_t findingIndex, int column) const
{
    if (!m_result || findingIndex >= m_result->findings.size())
        return {};
    const RuleId rule = m_result->findings.at(findingIndex).rule;
    if (size_t(rule) >= m_groupOfRule.size() || m_groupOfRule[size_t(rule)] < 0)
        return {};
    const int group = m_groupOfRule[size_t(rule)];
    const std::vector<uint32_t> &list = m_groups[size_t(group)].findings;
    const auto it = std::lower_bound(list.begin(), list.end(), uint32_t(findingIndex));
    if (it == list.end() || *it != findingIndex || it - list.begin() >= INT_MAX)
        return {};
    return createIndex(int(it - list.begin()), column, quintptr(group) + 1);
}

qsizetype FindingTreeModel::findingIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == RuleRowId)
        return -1;
    const size_t group = size_t(index.internalId() - 1);
    if (group >= m_groups.size() || size_t(index.row()) >= m_groups[group].findings.size())
        return -1;
    return qsizetype(m_groups[group].findings[size_t(index.row())]);
}

std::optional<RuleId> FindingTreeModel::ruleOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return std::nullopt;
    const size_t group = index.internalId() == RuleRowId ? size_t(index.row()) : size_t(index.internalId() - 1);
    if (group >= m_groups.size())
        return std::nullopt;
    return m_groups[group].rule;
}

QModelIndex FindingTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, RuleRowId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex FindingTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == RuleRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, RuleRowId);
}

int FindingTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return clampedInt(m_groups.size());
    // Only a rule row's first column has children, as views expect.
    if (parent.column() != 0 || parent.internalId() != RuleRowId || size_t(parent.row()) >= m_groups.size())
        return 0;
    return clampedInt(m_groups[size_t(parent.row())].findings.size());
}

int FindingTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FindingTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant FindingTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == RuleRowId) {
        if (size_t(index.row()) >= m_groups.size())
            return {};
        return ruleData(m_groups[size_t(index.row())], index.column(), role);
    }
    const qsizetype finding = findingIndex(index);
    return finding < 0 ? QVariant() : findingData(size_t(finding), index.column(), role);
}

QVariant FindingTreeModel::ruleData(const Group &group, int column, int role) const
{
    const RuleId rule = group.rule;
    const Severity severity = RuleCatalogue::severity(rule);
    const qsizetype count = qsizetype(group.findings.size());
    switch (role) {
    case FindingIndexRole: return qsizetype(-1);
    case AcknowledgementRole: return QString();
    case RuleRole: return int(rule);
    case SeverityRole: return int(severity);
    case CountRole: return count;
    case Qt::FontRole:
        return column == CodeColumn ? QVariant(codeFont(QFont())) : QVariant();
    case Qt::DecorationRole:
        return column == ProblemColumn ? QVariant(severityIcon(severity)) : QVariant();
    case Qt::AccessibleTextRole:
        if (column == ProblemColumn) {
            return tr("%1: %2", "a rule row read aloud: its severity, then its title and count")
                .arg(RuleText::severityWord(severity), ruleData(group, column, Qt::DisplayRole).toString());
        }
        return {};
    case Qt::ToolTipRole:
        if (column == SeverityColumn || column == ProblemColumn || column == CodeColumn) {
            return QStringLiteral("<b>%1</b> (%2, %3)<p>%4</p>")
                .arg(RuleCatalogue::title(rule).toHtmlEscaped(), RuleCatalogue::severityName(severity).toHtmlEscaped(),
                     RuleCatalogue::code(rule).toHtmlEscaped(), RuleCatalogue::whatHappens(rule).toHtmlEscaped());
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case SeverityColumn: return RuleText::severityWord(severity);
        case ProblemColumn:
            return tr("%1 (%2)", "a rule's title and how many findings it has")
                .arg(RuleCatalogue::title(rule), QLocale().toString(qint64(count)));
        case CodeColumn: return RuleCatalogue::code(rule);
        default: return {};
        }
    default: return {};
    }
}

QVariant FindingTreeModel::findingData(size_t findingIndex, int column, int role) const
{
    const FindingList &findings = m_result->findings;
    const Finding &f = findings.at(findingIndex);
    const Severity severity = RuleCatalogue::severity(f.rule);
    switch (role) {
    case FindingIndexRole: return qsizetype(findingIndex);
    case RuleRole: return int(f.rule);
    case SeverityRole: return int(severity);
    case CountRole: return qsizetype(1);
    case AcknowledgementRole: return m_acknowledged.value(uint32_t(findingIndex));
    case Qt::DecorationRole:
        if (column != ProblemColumn)
            return {};
        return m_acknowledged.contains(uint32_t(findingIndex)) ? acknowledgedIcon() : severityIcon(severity);
    case Qt::FontRole:
        if (column == CodeColumn || m_acknowledged.contains(uint32_t(findingIndex))) {
            QFont font = column == CodeColumn ? codeFont(QFont()) : QFont();
            font.setItalic(m_acknowledged.contains(uint32_t(findingIndex)));
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return column == LineColumn || column == ColumnColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                              : QVariant();
    case Qt::ToolTipRole:
        // The sentence and the record's name can be longer than their columns.
        if (column == RecordColumn)
            return m_result->recordLabel(f);
        if (column != ProblemColumn)
            return {};
        if (const auto it = m_acknowledged.constFind(uint32_t(findingIndex)); it != m_acknowledged.cend())
            return QString(m_result->message(f) + u'\n' + *it);
        return m_result->message(f);
    case Qt::DisplayRole:
        // Made for the rows on screen only: a label costs a lookup or two in the roster.
        switch (column) {
        case SeverityColumn: return RuleText::severityWord(severity);
        case ProblemColumn: return m_result->message(f);
        case FileColumn: return findings.fileName(f);
        case LineColumn: return f.line > 0 ? QVariant(QLocale().toString(f.line)) : QVariant();
        case ColumnColumn: return f.column > 0 ? QVariant(QLocale().toString(f.column)) : QVariant();
        case RecordColumn: return m_result->recordLabel(f);
        case CodeColumn: return RuleCatalogue::code(f.rule);
        default: return {};
        }
    case Qt::AccessibleTextRole:
        // What the icon shows, in words: its severity, or the tick of an acknowledged finding.
        if (column != ProblemColumn)
            return {};
        if (m_acknowledged.contains(uint32_t(findingIndex))) {
            return tr("%1, acknowledged: %2", "an acknowledged finding read aloud: its severity, then its sentence")
                .arg(RuleText::severityWord(severity), m_result->message(f));
        }
        return tr("%1: %2", "a finding read aloud: its severity, then its sentence")
            .arg(RuleText::severityWord(severity), m_result->message(f));
    case Qt::AccessibleDescriptionRole:
        // Who acknowledged it, when, and the note.
        if (column == ProblemColumn)
            return m_acknowledged.value(uint32_t(findingIndex));
        return {};
    default: return {};
    }
}

QVariant FindingTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case ProblemColumn: return tr("Problem");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case RecordColumn: return tr("Record");
    case CodeColumn: return tr("Code");
    default: return {};
    }
}

} // namespace rb
