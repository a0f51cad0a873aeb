#include "overviewmodel.h"

#include "oneroster/exportreader.h"
#include "palettes.h"
#include "severityicons.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <array>
#include <optional>

namespace rb {

namespace {

// The count a column shows; `isCount` is false for the columns that show text.
qint64 countOf(const SchoolSummary &s, int column, bool *isCount)
{
    *isCount = true;
    switch (column) {
    case OverviewModel::StudentsColumn: return s.students;
    case OverviewModel::TeachersColumn: return s.teachers;
    case OverviewModel::OtherStaffColumn: return s.otherStaff;
    case OverviewModel::GuardiansColumn: return s.guardians;
    case OverviewModel::ClassesColumn: return s.classes;
    case OverviewModel::EnrollmentsColumn: return s.enrollments;
    case OverviewModel::ErrorsColumn: return s.findings[Severity::Error];
    case OverviewModel::HoldsColumn: return s.findings[Severity::Hold];
    case OverviewModel::AlertsColumn: return s.findings[Severity::Alert];
    case OverviewModel::InfoColumn: return s.findings[Severity::Info];
    default: *isCount = false; return 0;
    }
}

bool isFindingColumn(int column)
{
    return column >= OverviewModel::ErrorsColumn && column <= OverviewModel::InfoColumn;
}

Severity severityOfColumn(int column)
{
    switch (column) {
    case OverviewModel::ErrorsColumn: return Severity::Error;
    case OverviewModel::HoldsColumn: return Severity::Hold;
    case OverviewModel::AlertsColumn: return Severity::Alert;
    default: return Severity::Info;
    }
}

void drawReadiness(QPainter &p, Readiness readiness)
{
    const QColor fill = readinessColor(readiness);
    // The rim keeps the circle's edge clear on a background of a similar lightness.
    p.setPen(QPen(fill.darker(140), 0.8));
    p.setBrush(fill);
    p.drawEllipse(QRectF(1, 1, 14, 14));
    switch (readiness) {
    case Readiness::Blocked:
        // A no-entry sign: the school cannot go live as it stands.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRoundedRect(QRectF(4.0, 6.9, 8.0, 2.2), 0.6, 0.6);
        break;
    case Readiness::NeedsAttention: {
        // Dark on amber: white would not stand out from so light a colour.
        const QColor mark(0x2b, 0x1d, 0x00);
        p.setPen(QPen(mark, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 4.4), QPointF(8, 8.8));
        p.setPen(Qt::NoPen);
        p.setBrush(mark);
        p.drawEllipse(QPointF(8, 11.6), 1.15, 1.15);
        break;
    }
    case Readiness::Ready: {
        QPainterPath tick;
        tick.moveTo(4.6, 8.3);
        tick.lineTo(7.0, 10.7);
        tick.lineTo(11.5, 5.6);
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    }
}

} // namespace

QColor readinessColor(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Blocked: return severityColor(Severity::Error);
    case Readiness::NeedsAttention: return severityColor(Severity::Hold);
    case Readiness::Ready: return fineColor();
    }
    return {};
}

QIcon readinessIcon(Readiness readiness)
{
    static std::array<QIcon, 3> icons;
    return cachedDrawnIcon(icons[size_t(readiness)], [readiness](QPainter &p) { drawReadiness(p, readiness); });
}

OverviewModel::OverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

OverviewModel::~OverviewModel() = default;

void OverviewModel::setResult(std::shared_ptr<const ReadResult> result)
{
    if (!result || !result->roster || !result->isReadable()) {
        clear();
        return;
    }
    SchoolSummary totals;
    std::vector<SchoolSummary> schools = summarizeSchools(*result->roster, result->findings, &totals);
    setSummaries(std::move(schools), std::move(totals));
}

void OverviewModel::setSummaries(std::vector<SchoolSummary> schools, SchoolSummary totals)
{
    beginResetModel();
    m_schools = std::move(schools);
    m_totals = std::move(totals);
    m_empty = false;
    endResetModel();
}

void OverviewModel::clear()
{
    beginResetModel();
    m_schools.clear();
    m_totals = SchoolSummary();
    m_empty = true;
    endResetModel();
}

void OverviewModel::setSchoolMatching(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools)
{
    QHash<QString, SyncTarget> hubOf = syncTargets(matches, hubSchools);
    if (hubOf == m_hubOf)
        return;
    m_hubOf = std::move(hubOf);
    if (rowCount() > 0)
        emit dataChanged(index(0, HubSchoolColumn), index(rowCount() - 1, HubSchoolColumn));
}

const SchoolSummary *OverviewModel::summaryAt(int row) const
{
    if (m_empty || row < 0)
        return nullptr;
    if (row == 0)
        return &m_totals;
    return size_t(row) <= m_schools.size() ? &m_schools[size_t(row) - 1] : nullptr;
}

OverviewModel::RowKind OverviewModel::kindAt(int row) const
{
    if (row == 0)
        return RowKind::Totals;
    const SchoolSummary *s = summaryAt(row);
    return s && s->isSchool() ? RowKind::School : RowKind::NoSchool;
}

int OverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_empty)
        return 0;
    return int(std::min<size_t>(m_schools.size() + 1, INT_MAX));
}

int OverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SchoolSummary *s = summaryAt(index.row());
    if (!s)
        return {};
    const int column = index.column();
    const RowKind kind = kindAt(index.row());
    bool isCount = false;
    const qint64 count = countOf(*s, column, &isCount);
    // Where the school syncs: only schools have a place in the matching, and only once there is one.
    // A school the matching has not seen (new in this import) is not matched yet.
    std::optional<SyncTarget> hub;
    if (column == HubSchoolColumn && kind == RowKind::School && hasSchoolMatching())
        hub = m_hubOf.value(s->sourcedId);
    const auto hubText = [](const SyncTarget &h) {
        switch (h.state) {
        case SyncTarget::State::Matched: return h.hubName;
        case SyncTarget::State::NotMatched: return tr("Not matched yet");
        case SyncTarget::State::LeftOut: return tr("Left out (will not sync)");
        }
        return QString();
    };
    const auto hubToolTip = [](const SyncTarget &h) {
        switch (h.state) {
        case SyncTarget::State::Matched: return tr("%1, hub id %2").arg(h.hubName, h.hubId);
        case SyncTarget::State::NotMatched:
            return tr("Not matched to a hub school yet: Schools ▸ Match Schools matches it.");
        case SyncTarget::State::LeftOut: return tr("Left out in the matching: the school's records do not sync.");
        }
        return QString();
    };

    switch (role) {
    case Qt::DisplayRole:
        if (isCount)
            return QLocale().toString(count);
        switch (column) {
        case SchoolColumn: return s->name.isEmpty() ? s->sourcedId : s->name;
        case HubSchoolColumn: return hub ? hubText(*hub) : QVariant();
        case IdentifierColumn: return s->identifier;
        case ReadinessColumn: return SchoolSummaryText::readinessName(s->readiness);
        default: return {};
        }
    case SortRole:
        if (isCount)
            return count;
        switch (column) {
        case SchoolColumn: return s->name.isEmpty() ? s->sourcedId : s->name;
        case HubSchoolColumn: return hub ? hubText(*hub) : QVariant();
        case IdentifierColumn: return s->identifier;
        case ReadinessColumn: return int(s->readiness);
        default: return {};
        }
    case Qt::DecorationRole:
        if (column == ReadinessColumn)
            return readinessIcon(s->readiness);
        return {};
    case Qt::TextAlignmentRole:
        if (isCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == ReadinessColumn)
            return SchoolSummaryText::readinessReason(s->findings);
        if (column == HubSchoolColumn)
            return hub ? hubToolTip(*hub) : QVariant();
        if (column == SchoolColumn || column == IdentifierColumn) {
            if (kind == RowKind::Totals)
                return tr("Every record once, even one in several schools, so the schools' rows can add "
                          "up to more.");
            if (kind == RowKind::NoSchool)
                return SchoolSummaryText::noSchoolDescription();
            return tr("%1, sourcedId %2").arg(s->name.isEmpty() ? s->sourcedId : s->name, s->sourcedId);
        }
        if (isFindingColumn(column))
            return SchoolSummaryText::findingCount(severityOfColumn(column), count);
        return {};
    case Qt::FontRole:
        if (column == HubSchoolColumn && hub && hub->state != SyncTarget::State::Matched) {
            // No hub school to name: the state reads as a note, not as a school's name.
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (kind == RowKind::School)
            return {};
        {
            QFont font;
            font.setBold(kind == RowKind::Totals);
            font.setItalic(kind == RowKind::NoSchool);
            return font;
        }
    case Qt::ForegroundRole:
        // Zero findings recede, so the counts that need work stand out; still readable at 4.5:1.
        if ((isFindingColumn(column) && count == 0)
            || (column == HubSchoolColumn && hub && hub->state != SyncTarget::State::Matched))
            return QBrush(mutedTextColor(QGuiApplication::palette()));
        return {};
    case OrgRowRole:
        return uint(s->orgRow);
    case RowKindRole:
        return int(kind);
    case HubStateRole:
        return hub ? QVariant(int(hub->state)) : QVariant();
    default:
        return {};
    }
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        // A row is its school's: "Jefferson Middle School", not "3".
        const SchoolSummary *s = summaryAt(section);
        if (s && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return s->name.isEmpty() ? s->sourcedId : s->name;
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    bool isCount = false;
    countOf(m_totals, section, &isCount);
    switch (role) {
    case Qt::DisplayRole:
        switch (section) {
        case SchoolColumn: return tr("School");
        case HubSchoolColumn: return tr("Hub school");
        case IdentifierColumn: return tr("Identifier");
        case StudentsColumn: return tr("Students");
        case TeachersColumn: return tr("Teachers");
        case OtherStaffColumn: return tr("Other staff");
        case GuardiansColumn: return tr("Guardians");
        case ClassesColumn: return tr("Classes");
        case EnrollmentsColumn: return tr("Enrollments");
        case ErrorsColumn: return tr("Errors");
        case HoldsColumn: return tr("Holds");
        case AlertsColumn: return tr("Alerts");
        case InfoColumn: return tr("Info");
        case ReadinessColumn: return tr("Readiness");
        }
        return {};
    case Qt::ToolTipRole:
        switch (section) {
        case HubSchoolColumn:
            return tr("The hub school each school syncs into, as matched in Schools ▸ Match Schools.");
        case IdentifierColumn: return tr("The school's identifier in orgs.csv, such as its state or NCES code.");
        case StudentsColumn: return tr("Students in the school; a student in two schools counts in both.");
        case TeachersColumn: return tr("Users with the role teacher.");
        case OtherStaffColumn: return tr("Aides and administrators.");
        case GuardiansColumn:
            return tr("Parents and guardians, in the schools of the students who name them; one no student "
                      "names is in the schools of its own orgSourcedIds.");
        case ClassesColumn: return tr("Classes whose schoolSourcedId is this school.");
        case EnrollmentsColumn: return tr("Enrollments in the school's classes.");
        case ErrorsColumn: return tr("Accounts, classes or enrollments the hub will not create.");
        case HoldsColumn: return tr("Findings for which the hub holds the school's sync for review.");
        case AlertsColumn: return tr("Records the hub creates incomplete or not as intended.");
        case InfoColumn: return tr("Worth knowing; nothing is lost.");
        case ReadinessColumn:
            return tr("Blocked: errors or holds. Needs attention: alerts. Ready: nothing, or information only.");
        }
        return {};
    case Qt::TextAlignmentRole:
        if (isCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return QAbstractTableModel::headerData(section, orientation, role);
    }
}

OverviewSortModel::OverviewSortModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(OverviewModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void OverviewSortModel::setHubSchoolShown(bool shown)
{
    if (shown == m_hubSchoolShown)
        return;
    m_hubSchoolShown = shown;
    invalidateColumnsFilter();
}

bool OverviewSortModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    return sourceColumn != OverviewModel::HubSchoolColumn || m_hubSchoolShown;
}

bool OverviewSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Totals first, schools, then no known school; descending sorts reverse the comparison, so
    // the pinned rows answer the other way round then.
    auto rank = [](const QModelIndex &index) {
        switch (OverviewModel::RowKind(index.data(OverviewModel::RowKindRole).toInt())) {
        case OverviewModel::RowKind::Totals: return -1;
        case OverviewModel::RowKind::School: return 0;
        case OverviewModel::RowKind::NoSchool: return 1;
        }
        return 0;
    };
    const int l = rank(left), r = rank(right);
    if (l != r)
        return sortOrder() == Qt::AscendingOrder ? l < r : l > r;
    // By hub school: the matched schools by their hub school's name, then those not matched yet,
    // then those left out; their words are not names to sort in among the hub's.
    if (left.column() == OverviewModel::HubSchoolColumn) {
        const int ls = left.data(OverviewModel::HubStateRole).toInt();
        const int rs = right.data(OverviewModel::HubStateRole).toInt();
        if (ls != rs)
            return ls < rs;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace rb
