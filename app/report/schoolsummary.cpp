#include "schoolsummary.h"

#include "roster/roster.h"
#include "util/text.h"

#include <QCoreApplication>

#include <array>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SchoolSummary)
};

constexpr uint32_t NoRow = Table::NoRow;

// Where records go, as slots: a school's slot is its orgs row, and one more slot after the last
// org gathers everything that belongs to no known school. Orgs that are not schools (the
// district) are never a record's slot.
class Placement final
{
public:
    explicit Placement(const Roster &roster)
        : m_roster(roster)
        , m_relations(roster.relations())
        , m_orgs(roster.table(FileKind::Orgs))
        , m_unknown(uint32_t(m_orgs.rowCount()))
        , m_seen(size_t(m_unknown) + 1, 0)
    {
        const Table &enrollments = roster.table(FileKind::Enrollments);
        if (const int col = enrollments.columnForField(EnrollmentsField::SchoolSourcedId); col >= 0) {
            m_enrollmentSchools = &enrollments.column(col);
            if (!m_enrollmentSchools->isPlain())
                m_enrollmentSchoolOfCode.assign(m_enrollmentSchools->distinctCount(), Unresolved);
        }
    }

    uint32_t unknown() const { return m_unknown; }
    uint32_t slotCount() const { return m_unknown + 1; }

    uint32_t slotOfOrg(uint32_t org) const { return m_relations.isSchool(org) ? org : m_unknown; }

    // Visits each slot of a user once, however often its lists repeat a school.
    template<typename F>
    void forEachSchoolOfUser(uint32_t user, F &&visit)
    {
        beginVisit();
        if (isParentRole(m_relations.roleOf(user))) {
            // Parents follow their students; only a parent no student names stays where the SIS
            // put it.
            const std::span<const uint32_t> students = m_relations.studentsOf(user);
            if (!students.empty()) {
                for (uint32_t student : students)
                    ownSchools(student, visit);
                return;
            }
        }
        ownSchools(user, visit);
    }

    uint32_t slotOfClass(uint32_t classRow) const
    {
        const uint32_t org = m_relations.schoolOfClass(classRow);
        return org == NoRow ? m_unknown : slotOfOrg(org);
    }

    // The enrollment's own schoolSourcedId, for enrollments whose class gives no school.
    uint32_t slotOfEnrollmentSchool(uint32_t row)
    {
        if (!m_enrollmentSchools || row >= m_enrollmentSchools->rowCount())
            return m_unknown;
        if (m_enrollmentSchools->isPlain())
            return slotOfId(m_enrollmentSchools->at(row));
        // Few distinct values (one per school): each is looked up once.
        const uint32_t code = m_enrollmentSchools->code(row);
        uint32_t &slot = m_enrollmentSchoolOfCode[code];
        if (slot == Unresolved)
            slot = slotOfId(m_enrollmentSchools->text(code));
        return slot;
    }

    uint32_t slotOfEnrollment(uint32_t row)
    {
        const uint32_t classRow = m_relations.classOfEnrollment(row);
        if (classRow != NoRow) {
            const uint32_t slot = slotOfClass(classRow);
            if (slot != m_unknown)
                return slot;
        }
        return slotOfEnrollmentSchool(row);
    }

    // Visits the slots a finding's record is in, each once.
    template<typename F>
    void forEachSchoolOfFinding(const Finding &f, F &&visit)
    {
        if (f.row == Finding::NoRow || f.kind == FileKind::Other || f.kind == FileKind::Manifest
            || f.row >= m_roster.table(f.kind).rowCount()) {
            visit(m_unknown);
            return;
        }
        switch (f.kind) {
        case FileKind::Orgs:
            visit(slotOfOrg(f.row));
            return;
        case FileKind::Users:
            forEachSchoolOfUser(f.row, visit);
            return;
        case FileKind::Demographics: {
            // A demographics row has no school of its own: it is its student's.
            const Table &demographics = m_roster.table(FileKind::Demographics);
            const uint32_t user = m_roster.table(FileKind::Users).rowForId(demographics.sourcedId(f.row));
            if (user == NoRow)
                visit(m_unknown);
            else
                forEachSchoolOfUser(user, visit);
            return;
        }
        case FileKind::Classes:
            visit(slotOfClass(f.row));
            return;
        case FileKind::Enrollments:
            visit(slotOfEnrollment(f.row));
            return;
        default:
            visit(m_unknown);
            return;
        }
    }

private:
    static constexpr uint32_t Unresolved = UINT32_MAX - 1;

    uint32_t slotOfId(std::string_view id) const
    {
        const uint32_t org = m_orgs.rowForId(id);
        return org == NoRow ? m_unknown : slotOfOrg(org);
    }

    // A new visit: slots seen before are forgotten by moving to a fresh mark, not by clearing.
    void beginVisit()
    {
        if (++m_mark == 0) {
            std::fill(m_seen.begin(), m_seen.end(), 0);
            m_mark = 1;
        }
    }

    template<typename F>
    void ownSchools(uint32_t user, F &visit)
    {
        bool any = false;
        for (uint32_t org : m_relations.orgsOfUser(user)) {
            if (!m_relations.isSchool(org))
                continue;
            any = true;
            once(org, visit);
        }
        if (!any)
            once(m_unknown, visit);
    }

    template<typename F>
    void once(uint32_t slot, F &visit)
    {
        if (m_seen[slot] != m_mark) {
            m_seen[slot] = m_mark;
            visit(slot);
        }
    }

    const Roster &m_roster;
    const Relations &m_relations;
    const Table &m_orgs;
    const uint32_t m_unknown;
    std::vector<uint32_t> m_seen;
    uint32_t m_mark = 0;
    const StringColumn *m_enrollmentSchools = nullptr;
    std::vector<uint32_t> m_enrollmentSchoolOfCode;
};

// The count a user adds to, by role; null for roles the overview does not count (proctors,
// relatives, blank or invalid roles).
qint64 SchoolSummary::*counterOf(Role role)
{
    switch (role) {
    case Role::Student: return &SchoolSummary::students;
    case Role::Teacher: return &SchoolSummary::teachers;
    case Role::Aide:
    case Role::Administrator: return &SchoolSummary::otherStaff;
    case Role::Parent:
    case Role::Guardian: return &SchoolSummary::guardians;
    default: return nullptr;
    }
}

} // namespace

Readiness readinessOf(const SeverityCounts &counts)
{
    if (counts[Severity::Error] > 0 || counts[Severity::Hold] > 0)
        return Readiness::Blocked;
    if (counts[Severity::Alert] > 0)
        return Readiness::NeedsAttention;
    return Readiness::Ready;
}

std::vector<SchoolSummary> summarizeSchools(const Roster &roster, const FindingList &findings,
                                            SchoolSummary *totals)
{
    const Relations &relations = roster.relations();
    const Table &orgs = roster.table(FileKind::Orgs);
    const Table &users = roster.table(FileKind::Users);
    const Table &classes = roster.table(FileKind::Classes);
    const Table &enrollments = roster.table(FileKind::Enrollments);

    Placement placement(roster);
    const uint32_t unknown = placement.unknown();
    // One entry per slot while counting; non-school orgs' slots stay empty and are dropped.
    std::vector<SchoolSummary> bySlot(placement.slotCount());
    SchoolSummary total;

    for (uint32_t u = 0; u < users.rowCount(); ++u) {
        qint64 SchoolSummary::*counter = counterOf(relations.roleOf(u));
        if (!counter)
            continue;
        ++(total.*counter);
        placement.forEachSchoolOfUser(u, [&](uint32_t slot) { ++(bySlot[slot].*counter); });
    }

    // Enrollments through their classes' lists: one step per class, not per enrollment, except
    // where a class gives no school.
    size_t enrollmentsOfKnownClasses = 0;
    for (uint32_t c = 0; c < classes.rowCount(); ++c) {
        const uint32_t slot = placement.slotOfClass(c);
        ++bySlot[slot].classes;
        const std::span<const uint32_t> enrolled = relations.enrollmentsOfClass(c);
        enrollmentsOfKnownClasses += enrolled.size();
        if (slot != unknown) {
            bySlot[slot].enrollments += qint64(enrolled.size());
        } else {
            for (uint32_t e : enrolled)
                ++bySlot[placement.slotOfEnrollmentSchool(e)].enrollments;
        }
    }
    if (enrollmentsOfKnownClasses < enrollments.rowCount()) {
        for (uint32_t e = 0; e < enrollments.rowCount(); ++e) {
            if (relations.classOfEnrollment(e) == NoRow)
                ++bySlot[placement.slotOfEnrollmentSchool(e)].enrollments;
        }
    }
    total.classes = qint64(classes.rowCount());
    total.enrollments = qint64(enrollments.rowCount());

    std::array<Severity, RuleCount> severityOf{};
    for (int r = 0; r < RuleCount; ++r)
        severityOf[size_t(r)] = RuleCatalogue::severity(RuleId(r));
    for (const Finding &f : findings.items()) {
        const Severity s = size_t(f.rule) < severityOf.size() ? severityOf[size_t(f.rule)] : Severity::Info;
        ++total.findings[s];
        placement.forEachSchoolOfFinding(f, [&](uint32_t slot) { ++bySlot[slot].findings[s]; });
    }

    std::vector<SchoolSummary> out;
    for (uint32_t o = 0; o < orgs.rowCount(); ++o) {
        if (!relations.isSchool(o))
            continue;
        SchoolSummary &s = bySlot[o];
        s.orgRow = o;
        s.sourcedId = toQString(orgs.sourcedId(o));
        s.name = toQString(orgs.cell(o, OrgsField::Name)).trimmed();
        s.identifier = toQString(orgs.cell(o, OrgsField::Identifier)).trimmed();
        s.readiness = readinessOf(s.findings);
        out.push_back(std::move(s));
    }
    SchoolSummary &none = bySlot[unknown];
    none.name = SchoolSummaryText::noSchoolName();
    none.readiness = readinessOf(none.findings);
    out.push_back(std::move(none));

    if (totals) {
        total.name = Tr::tr("Whole export");
        total.readiness = readinessOf(total.findings);
        *totals = std::move(total);
    }
    return out;
}

namespace SchoolSummaryText {

QString findingCount(Severity severity, qint64 n)
{
    const int count = int(std::min<qint64>(n, INT_MAX));
    switch (severity) {
    case Severity::Error: return Tr::tr("%Ln error(s)", nullptr, count);
    case Severity::Alert: return Tr::tr("%Ln alert(s)", nullptr, count);
    case Severity::Hold: return Tr::tr("%Ln hold(s)", nullptr, count);
    case Severity::Info: return Tr::tr("%Ln notice(s)", nullptr, count);
    }
    return {};
}

QString readinessName(Readiness readiness)
{
    switch (readiness) {
    case Readiness::Ready: return Tr::tr("Ready");
    case Readiness::NeedsAttention: return Tr::tr("Needs attention");
    case Readiness::Blocked: return Tr::tr("Blocked");
    }
    return {};
}

QString readinessReason(const SeverityCounts &counts)
{
    const qint64 errors = counts[Severity::Error], holds = counts[Severity::Hold];
    const qint64 alerts = counts[Severity::Alert], info = counts[Severity::Info];
    auto count = [](Severity s, qint64 n) { return findingCount(s, n); };
    QString reason;
    if (errors > 0 && holds > 0)
        reason = Tr::tr("%1 and %2: some accounts, classes or enrollments will not be created, and the "
                        "school's sync is held for review.")
                     .arg(count(Severity::Error, errors), count(Severity::Hold, holds));
    else if (errors > 0)
        reason = Tr::tr("%1: some accounts, classes or enrollments will not be created.")
                     .arg(count(Severity::Error, errors));
    else if (holds > 0)
        reason = Tr::tr("%1: the school's sync is held for review.").arg(count(Severity::Hold, holds));
    else if (alerts > 0)
        return Tr::tr("%1: everything is created, but some of it is incomplete or not as intended.")
            .arg(count(Severity::Alert, alerts));
    else if (info > 0)
        return Tr::tr("Nothing stands in the way; %1 worth knowing.").arg(count(Severity::Info, info));
    else
        return Tr::tr("Nothing found: ready to go live.");
    // Alerts matter once the blocking findings are fixed, so a blocked school names them too.
    if (alerts > 0)
        reason += u' ' + Tr::tr("Also %1 to look at.").arg(count(Severity::Alert, alerts));
    return reason;
}

QString noSchoolName()
{
    return Tr::tr("No known school");
}

QString noSchoolDescription()
{
    return Tr::tr("Users and classes that name no school, or a school that is not in orgs.csv, and the "
                  "findings about whole files, the manifest and orgs that are not schools.");
}

} // namespace SchoolSummaryText

} // namespace rb
