#include "sessionfindings.h"

#include "oneroster/manifest.h"
#include "oneroster/schema.h"
#include "roster/roster.h"
#include "util/workerpool.h"
#include "validation/finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <climits>
#include <numeric>
#include <string_view>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionFindings)
};

constexpr uint32_t NoRow = Table::NoRow;
constexpr uint32_t NoSlot = UINT32_MAX;
// Removed records named in a finding, as examples.
constexpr int Examples = 3;

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString number(qint64 n)
{
    return QLocale().toString(qlonglong(n));
}

// Whether `table` holds the whole of its records: present, and not sent as delta.
bool isComplete(const Roster &roster, const Table &table)
{
    if (!table.isPresent())
        return false;
    const QString property = QString::fromLatin1(Schema::manifestProperty(table.kind()));
    return Manifest::value(roster.table(FileKind::Manifest), property) != QLatin1String("delta");
}

// Sorted, unique ids, one a line, compressed.
QByteArray packIds(std::vector<std::string_view> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if (ids.empty())
        return {};
    const size_t bytes = std::accumulate(ids.begin(), ids.end(), size_t(0),
                                         [](size_t sum, std::string_view id) { return sum + id.size() + 1; });
    QByteArray joined;
    joined.reserve(qsizetype(bytes));
    for (const std::string_view id : ids) {
        joined.append(id.data(), qsizetype(id.size()));
        joined.append('\n');
    }
    // The fastest level: ids sorted this way compress to a quarter at it, and the work is done
    // while the window is already usable.
    return qCompress(joined, 1);
}

// Calls `visit` with each id of a packIds() result, in order.
template<typename Visit>
void forEachId(const QByteArray &packed, Visit &&visit)
{
    if (packed.isEmpty())
        return;
    const QByteArray ids = qUncompress(packed);
    std::string_view rest(ids.constData(), size_t(ids.size()));
    while (!rest.empty()) {
        const size_t end = rest.find('\n');
        visit(rest.substr(0, end));
        if (end == std::string_view::npos)
            break;
        rest.remove_prefix(end + 1);
    }
}

// Ids of `packed` that `stillThere` does not keep: how many, and the first few.
template<typename Keeps>
std::pair<qint64, QStringList> removedIds(const QByteArray &packed, Keeps &&stillThere)
{
    qint64 removed = 0;
    QStringList examples;
    forEachId(packed, [&](std::string_view id) {
        if (stillThere(id))
            return;
        if (++removed <= Examples)
            examples << text(id);
    });
    return {removed, examples};
}

QString examplesText(const QStringList &ids)
{
    return QLocale().createSeparatedList(ids);
}

// Enrollments by the orgs row of their class's school; those of an unknown class or school are
// in no row.
std::vector<qint64> enrollmentsByOrg(const Roster &roster)
{
    const Relations &relations = roster.relations();
    const Table &enrollments = roster.table(FileKind::Enrollments);
    std::vector<qint64> byOrg(roster.table(FileKind::Orgs).rowCount(), 0);
    for (uint32_t e = 0; e < enrollments.rowCount(); ++e) {
        const uint32_t c = relations.classOfEnrollment(e);
        if (const uint32_t org = c == NoRow ? NoRow : relations.schoolOfClass(c); org < byOrg.size())
            ++byOrg[org];
    }
    return byOrg;
}

// A finding worked out on a worker, added to the list afterwards.
struct Pending
{
    RuleId rule;
    uint32_t row; // orgs row, NoRow for the whole file
    QString arg1, arg2;
};

} // namespace

ImportPopulation populationOf(const Roster &roster)
{
    ImportPopulation out;
    const Table &orgs = roster.table(FileKind::Orgs);
    const Table &users = roster.table(FileKind::Users);
    const Table &classes = roster.table(FileKind::Classes);
    const Table &enrollments = roster.table(FileKind::Enrollments);
    const Relations &relations = roster.relations();

    // One slot a school; a sourcedId repeated in orgs.csv is one school.
    std::vector<uint32_t> slotOfOrg(orgs.rowCount(), NoSlot);
    QHash<QString, uint32_t> slotOfId;
    for (uint32_t r = 0; r < orgs.rowCount(); ++r) {
        if (!relations.isSchool(r) || orgs.sourcedId(r).empty())
            continue;
        const QString id = text(orgs.sourcedId(r));
        auto it = slotOfId.constFind(id);
        if (it == slotOfId.constEnd()) {
            it = slotOfId.insert(id, uint32_t(out.schools.size()));
            SchoolPopulation school;
            school.schoolId = id;
            school.name = text(orgs.cell(r, OrgsField::Name)).trimmed();
            out.schools.push_back(std::move(school));
        }
        slotOfOrg[r] = *it;
    }
    const size_t schoolCount = out.schools.size();
    if (schoolCount == 0)
        return out;
    auto slotOf = [&](uint32_t orgRow) { return orgRow < slotOfOrg.size() ? slotOfOrg[orgRow] : NoSlot; };

    std::vector<std::vector<std::string_view>> userIds(schoolCount), classIds(schoolCount);
    const bool usersComplete = isComplete(roster, users);
    const bool classesComplete = isComplete(roster, classes);
    const bool enrollmentsComplete = isComplete(roster, enrollments);
    if (usersComplete) {
        for (uint32_t u = 0; u < users.rowCount(); ++u) {
            const std::string_view id = users.sourcedId(u);
            if (id.empty())
                continue;
            for (const uint32_t org : relations.orgsOfUser(u)) {
                if (const uint32_t slot = slotOf(org); slot != NoSlot)
                    userIds[slot].push_back(id);
            }
        }
    }
    if (classesComplete) {
        for (uint32_t c = 0; c < classes.rowCount(); ++c) {
            const std::string_view id = classes.sourcedId(c);
            if (const uint32_t slot = slotOf(relations.schoolOfClass(c)); slot != NoSlot && !id.empty())
                classIds[slot].push_back(id);
        }
    }
    if (enrollmentsComplete) {
        for (SchoolPopulation &school : out.schools)
            school.enrollments = 0;
        const std::vector<qint64> byOrg = enrollmentsByOrg(roster);
        for (uint32_t r = 0; r < byOrg.size(); ++r) {
            if (const uint32_t slot = slotOf(r); slot != NoSlot)
                out.schools[slot].enrollments += byOrg[r];
        }
    }

    std::vector<size_t> order(schoolCount);
    std::iota(order.begin(), order.end(), size_t(0));
    QtConcurrent::blockingMap(workerPool(), order, [&](size_t slot) {
        SchoolPopulation &school = out.schools[slot];
        if (usersComplete) {
            school.userIds = packIds(userIds[slot]);
            school.users = qint64(userIds[slot].size());
        }
        if (classesComplete) {
            school.classIds = packIds(classIds[slot]);
            school.classes = qint64(classIds[slot].size());
        }
    });
    return out;
}

void applyRemovalFindings(const Roster &roster, const ImportPopulation &previous, FindingList &findings)
{
    findings.removeRules({RuleId::SessionSchoolRemoved, RuleId::SessionUsersRemoved, RuleId::SessionClassesRemoved,
                          RuleId::SessionEnrollmentsDropped});
    const Table &orgs = roster.table(FileKind::Orgs);
    if (previous.schools.empty() || !isComplete(roster, orgs))
        return;
    const Table &users = roster.table(FileKind::Users);
    const Table &classes = roster.table(FileKind::Classes);
    const Table &enrollments = roster.table(FileKind::Enrollments);
    const Relations &relations = roster.relations();
    const bool usersComplete = isComplete(roster, users);
    const bool classesComplete = isComplete(roster, classes);
    const bool enrollmentsComplete = isComplete(roster, enrollments);

    const std::vector<qint64> enrollmentsOfOrg = enrollmentsComplete ? enrollmentsByOrg(roster) : std::vector<qint64>();

    std::vector<std::vector<Pending>> found(previous.schools.size());
    std::vector<size_t> order(previous.schools.size());
    std::iota(order.begin(), order.end(), size_t(0));
    QtConcurrent::blockingMap(workerPool(), order, [&](size_t i) {
        const SchoolPopulation &before = previous.schools[i];
        const QByteArray id = before.schoolId.toUtf8();
        const uint32_t org = orgs.rowForId(std::string_view(id.constData(), size_t(id.size())));
        std::vector<Pending> &out = found[i];
        if (org == NoRow || !relations.isSchool(org)) {
            // Gone: all it had would go with it.
            if (std::max({before.users, before.classes, before.enrollments}) < LargeRemoval::Minimum)
                return;
            QStringList had;
            if (before.users > 0)
                had << Tr::tr("%n user(s)", nullptr, int(std::min<qint64>(before.users, INT_MAX)));
            if (before.classes > 0)
                had << Tr::tr("%n class(es)", nullptr, int(std::min<qint64>(before.classes, INT_MAX)));
            if (before.enrollments > 0)
                had << Tr::tr("%n enrollment(s)", nullptr, int(std::min<qint64>(before.enrollments, INT_MAX)));
            out.push_back({RuleId::SessionSchoolRemoved, NoRow,
                           before.name.isEmpty() ? before.schoolId : before.name, QLocale().createSeparatedList(had)});
            return;
        }
        if (usersComplete && before.users > 0) {
            const auto [removed, examples] = removedIds(before.userIds, [&](std::string_view userId) {
                const uint32_t u = users.rowForId(userId);
                if (u == NoRow)
                    return false;
                const std::span<const uint32_t> schools = relations.orgsOfUser(u);
                return std::find(schools.begin(), schools.end(), org) != schools.end();
            });
            if (LargeRemoval::isLarge(removed, before.users))
                out.push_back({RuleId::SessionUsersRemoved, org,
                               Tr::tr("%1 of the %2 users").arg(number(removed), number(before.users)),
                               examplesText(examples)});
        }
        if (classesComplete && before.classes > 0) {
            const auto [removed, examples] = removedIds(before.classIds, [&](std::string_view classId) {
                const uint32_t c = classes.rowForId(classId);
                return c != NoRow && relations.schoolOfClass(c) == org;
            });
            if (LargeRemoval::isLarge(removed, before.classes))
                out.push_back({RuleId::SessionClassesRemoved, org,
                               Tr::tr("%1 of the %2 classes").arg(number(removed), number(before.classes)),
                               examplesText(examples)});
        }
        if (enrollmentsComplete && before.enrollments > 0) {
            const qint64 now = enrollmentsOfOrg[org];
            if (LargeRemoval::isLarge(before.enrollments - now, before.enrollments))
                out.push_back({RuleId::SessionEnrollmentsDropped, org, number(before.enrollments), number(now)});
        }
    });

    const int idColumn = orgs.columnForField(OrgsField::SourcedId) + 1;
    bool added = false;
    for (const std::vector<Pending> &school : found) {
        for (const Pending &p : school) {
            FindingList::Where where{orgs.entryName(), FileKind::Orgs, p.row, 0, 0};
            if (p.row != NoRow) {
                where.line = orgs.lineOf(p.row);
                where.column = idColumn;
            }
            findings.add(p.rule, where, p.arg1, p.arg2);
            added = true;
        }
    }
    if (added)
        findings.sort();
}

void applyUploadAgeFindings(const Roster &roster, const QDateTime &importedAt, const QDateTime &now,
                            FindingList &findings)
{
    findings.removeRules({RuleId::SessionUploadOld});
    if (!importedAt.isValid() || !now.isValid())
        return;
    const qint64 days = importedAt.daysTo(now);
    if (days <= DaysBetweenUploads)
        return;
    const Table &manifest = roster.table(FileKind::Manifest);
    const QString file = manifest.isPresent() ? manifest.entryName() : QStringLiteral("manifest.csv");
    findings.add(RuleId::SessionUploadOld, {file, FileKind::Manifest, NoRow, 0, 0}, number(days));
    findings.sort();
}

} // namespace rb
