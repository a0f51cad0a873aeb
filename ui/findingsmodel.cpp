#include "findingsmodel.h"

#include "oneroster/exportreader.h"

#include <QApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

namespace rb {

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

FindingsModel::~FindingsModel() = default;

void FindingsModel::setResult(std::shared_ptr<const ReadResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_result)
        return 0;
    return int(std::min<size_t>(m_result->findings.size(), INT_MAX));
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!m_result || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Finding &f = m_result->findings.at(size_t(index.row()));
    const Severity severity = RuleCatalogue::severity(f.rule);
    if (role == Qt::DecorationRole && index.column() == SeverityColumn) {
        switch (severity) {
        case Severity::Error: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical);
        case Severity::Alert: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        case Severity::Hold: return QApplication::style()->standardIcon(QStyle::SP_BrowserStop);
        case Severity::Info: return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        }
    }
    if (role == Qt::ToolTipRole) {
        return QStringLiteral("<b>%1</b><p>%2</p><p><b>%3</b> %4</p><p><b>%5</b> %6</p>")
            .arg(RuleCatalogue::title(f.rule).toHtmlEscaped(),
                 m_result->findings.message(f).toHtmlEscaped(), tr("What will happen:"),
                 RuleCatalogue::whatHappens(f.rule).toHtmlEscaped(), tr("How to fix it:"),
                 RuleCatalogue::howToFix(f.rule).toHtmlEscaped());
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn: return RuleCatalogue::severityName(severity);
    case CodeColumn: return RuleCatalogue::code(f.rule);
    case FileColumn: return m_result->findings.fileName(f);
    case LineColumn: return f.line > 0 ? QVariant(f.line) : QVariant();
    case ColumnColumn: return f.column > 0 ? QVariant(f.column) : QVariant();
    case IdColumn: return m_result->recordId(f);
    case MessageColumn: return m_result->findings.message(f);
    default: return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case CodeColumn: return tr("Code");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    case ColumnColumn: return tr("Column");
    case IdColumn: return tr("ID");
    case MessageColumn: return tr("Problem");
    default: return {};
    }
}

} // namespace rb
