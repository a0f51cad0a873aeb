#include "rostertablemodel.h"

#include "oneroster/exportreader.h"
#include "roster/roster.h"
#include "severityicons.h"
#include "util/text.h"
#include "validation/findingindex.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace rb {

namespace {

// Tooltips list at most this many findings; a row rarely has more.
constexpr int TooltipFindings = 8;

} // namespace

RosterTableModel::RosterTableModel(FileKind kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

RosterTableModel::~RosterTableModel() = default;

const Table *RosterTableModel::tableOf(const ReadResult *result, FileKind kind)
{
    if (!result || !result->roster || !result->roster->table(kind).isPresent())
        return nullptr;
    return &result->roster->table(kind);
}

void RosterTableModel::setSource(std::shared_ptr<const ReadResult> result, const FindingIndex *index)
{
    beginResetModel();
    m_result = std::move(result);
    m_index = index;
    m_table = tableOf(m_result.get(), m_kind);
    m_allRows = true;
    m_rows.clear();
    endResetModel();
}

void RosterTableModel::setRows(std::vector<uint32_t> rows)
{
    // A reset, not a layout change: persistent indexes over millions of rows would cost more than
    // the page's restoring its current row by table row afterwards.
    beginResetModel();
    m_rows = std::move(rows);
    m_allRows = false;
    endResetModel();
}

void RosterTableModel::showAllRows()
{
    if (m_allRows)
        return;
    beginResetModel();
    m_allRows = true;
    m_rows.clear();
    endResetModel();
}

uint32_t RosterTableModel::tableRow(int viewRow) const
{
    if (viewRow < 0 || viewRow >= rowCount())
        return UINT32_MAX;
    return m_allRows ? uint32_t(viewRow) : m_rows[size_t(viewRow)];
}

int RosterTableModel::viewRow(uint32_t row) const
{
    if (!m_table || row >= m_table->rowCount())
        return -1;
    if (m_allRows)
        return int(row);
    const auto it = std::find(m_rows.begin(), m_rows.end(), row);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return int(m_allRows ? m_table->rowCount() : m_rows.size());
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_table)
        return 0;
    return m_table->columnCount();
}

QString RosterTableModel::findingsTooltip(const std::vector<uint32_t> &findings) const
{
    if (findings.empty())
        return {};
    const FindingList &list = m_result->findings;
    QString html = QStringLiteral("<table>");
    int shown = 0;
    for (const uint32_t i : findings) {
        if (shown++ == TooltipFindings) {
            html += QStringLiteral("<tr><td></td><td>%1</td></tr>")
                        .arg(tr("… and %n more", nullptr, int(findings.size()) - TooltipFindings));
            break;
        }
        const Finding &f = list.at(i);
        const Severity severity = RuleCatalogue::severity(f.rule);
        html += QStringLiteral("<tr><td><b>%1</b></td><td><b>%2</b> %3</td></tr>")
                    .arg(RuleCatalogue::severityName(severity).toHtmlEscaped(),
                         RuleCatalogue::code(f.rule).toHtmlEscaped(), m_result->message(f).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    return html;
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_table || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const uint32_t row = tableRow(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return toQString(m_table->column(column).at(row));
    case Qt::ToolTipRole:
        return m_index ? findingsTooltip(m_index->findingsOnCell(m_kind, row, column)) : QVariant();
    case Qt::BackgroundRole:
        if (m_index) {
            if (const auto worst = m_index->worstOnCell(m_kind, row, column))
                return severityBackground(*worst, QApplication::palette());
        }
        return {};
    case Qt::DecorationRole:
        if (m_index) {
            if (const auto worst = m_index->worstOnCell(m_kind, row, column))
                return severityIcon(*worst);
        }
        return {};
    case Qt::AccessibleDescriptionRole:
        if (m_index) {
            if (const auto worst = m_index->worstOnCell(m_kind, row, column))
                return RuleCatalogue::severityName(*worst);
        }
        return {};
    case TableRowRole:
        return row;
    case LineRole:
        return m_table->lineOf(row);
    default:
        return {};
    }
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_table)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return QString::fromUtf8(m_table->headerCells().at(section));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const uint32_t row = tableRow(section);
    switch (role) {
    case Qt::DisplayRole:
        // The line the admin opens the file at, not a row number.
        return QLocale().toString(m_table->lineOf(row));
    case Qt::DecorationRole:
        if (m_index) {
            if (const auto worst = m_index->worstOnRow(m_kind, row))
                return severityIcon(*worst);
        }
        return {};
    case Qt::ToolTipRole:
        if (m_index) {
            const std::vector<uint32_t> findings = m_index->findingsOnRow(m_kind, row);
            if (!findings.empty())
                return QString(tr("Line %1").arg(m_table->lineOf(row)) + findingsTooltip(findings));
        }
        return tr("Line %1").arg(m_table->lineOf(row));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

} // namespace rb
