#include "relations.h"

#include "roster/roster.h"
#include "util/workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace rb {

Role parseRole(std::string_view s)
{
    if (s.empty()) return Role::Blank;
    if (s == "teacher") return Role::Teacher;
    if (s == "student") return Role::Student;
    if (s == "parent") return Role::Parent;
    if (s == "guardian") return Role::Guardian;
    if (s == "aide") return Role::Aide;
    if (s == "administrator") return Role::Administrator;
    if (s == "proctor") return Role::Proctor;
    if (s == "relative") return Role::Relative;
    return Role::Invalid;
}

void ReferenceColumn::build(const Table &table, int field, const Table &target)
{
    m_column = nullptr;
    m_byCode.clear();
    m_byRow.clear();
    const int col = table.columnForField(field);
    if (col < 0) {
        if (table.rowCount() > 0)
            m_byRow.assign(table.rowCount(), NoRow);
        return;
    }
    const StringColumn &refs = table.column(col);
    if (refs.isPlain()) {
        m_byRow.resize(table.rowCount());
        for (size_t r = 0; r < m_byRow.size(); ++r)
            m_byRow[r] = target.rowForId(refs.at(r));
        return;
    }
    m_column = &refs;
    m_byCode.resize(refs.distinctCount());
    for (uint32_t c = 0; c < refs.distinctCount(); ++c)
        m_byCode[c] = target.rowForId(refs.text(c));
}

namespace {

using PairList = std::vector<std::pair<uint32_t, uint32_t>>;

RowLists fromPairs(size_t owners, const PairList &pairs)
{
    return RowLists::build(owners, [&](auto &&add) {
        for (const auto &[owner, item] : pairs)
            add(owner, item);
    });
}

} // namespace

void Relations::build(const Roster &roster)
{
    const Table &orgs = roster.table(FileKind::Orgs);
    const Table &users = roster.table(FileKind::Users);
    const Table &classes = roster.table(FileKind::Classes);
    const Table &enrollments = roster.table(FileKind::Enrollments);

    // Roles first: both halves below need them.
    m_userRole.assign(users.rowCount(), Role::Blank);
    if (const int col = users.columnForField(UsersField::Role); col >= 0) {
        const StringColumn &roles = users.column(col);
        std::vector<Role> byCode(roles.distinctCount());
        for (uint32_t c = 0; c < roles.distinctCount(); ++c)
            byCode[c] = parseRole(roles.text(c));
        roles.forEachCode([&](size_t r, uint32_t c) { m_userRole[r] = byCode[c]; });
    }
    m_isSchool.resize(orgs.rowCount());
    for (size_t r = 0; r < orgs.rowCount(); ++r)
        m_isSchool[r] = orgs.cell(r, OrgsField::Type) == "school";

    // Enrollments by user and by class, on another thread.
    QFuture<void> enrollmentsDone = QtConcurrent::run(workerPool(), [&] {
        m_enrollmentUser.build(enrollments, EnrollmentsField::UserSourcedId, users);
        m_enrollmentClass.build(enrollments, EnrollmentsField::ClassSourcedId, classes);
        const uint32_t n = uint32_t(enrollments.rowCount());
        for (auto [lists, reference, owners] : {std::tuple{&m_byUser, &m_enrollmentUser, users.rowCount()},
                                                std::tuple{&m_byClass, &m_enrollmentClass, classes.rowCount()}}) {
            // One pass to a row array, so the two passes of the build do not look up codes twice.
            std::vector<uint32_t> owner(n);
            for (uint32_t e = 0; e < n; ++e)
                owner[e] = reference->rowAt(e);
            *lists = RowLists::build(owners, [&](auto &&add) {
                for (uint32_t e = 0; e < n; ++e) {
                    if (owner[e] != NoRow)
                        add(owner[e], e);
                }
            });
        }
    });

    // Users' schools: orgSourcedIds repeats the same few lists, so each distinct list is resolved
    // once.
    m_orgLists = nullptr;
    m_orgsOfUser = {};
    if (const int col = users.columnForField(UsersField::OrgSourcedIds); col >= 0) {
        const StringColumn &lists = users.column(col);
        m_orgLists = &lists;
        const uint32_t owners = lists.isPlain() ? uint32_t(users.rowCount()) : lists.distinctCount();
        m_orgsOfUser = RowLists::build(owners, [&](auto &&add) {
            for (uint32_t i = 0; i < owners; ++i) {
                forEachListItem(lists.isPlain() ? lists.at(i) : lists.text(i), [&](std::string_view id) {
                    const uint32_t o = orgs.rowForId(id);
                    if (o != NoRow)
                        add(i, o);
                });
            }
        });
    }
    m_classSchool.build(classes, ClassesField::SchoolSourcedId, orgs);

    // Students' parents and guardians, and the other way round.
    PairList links;
    if (users.hasField(UsersField::AgentSourcedIds)) {
        for (uint32_t u = 0; u < users.rowCount(); ++u) {
            if (m_userRole[u] != Role::Student)
                continue;
            forEachListItem(users.cell(u, UsersField::AgentSourcedIds), [&](std::string_view id) {
                const uint32_t p = users.rowForId(id);
                if (p != NoRow && isParentRole(m_userRole[p]))
                    links.emplace_back(u, p);
            });
        }
    }
    m_guardians = fromPairs(users.rowCount(), links);
    m_students = RowLists::build(users.rowCount(), [&](auto &&add) {
        for (const auto &[student, parent] : links)
            add(parent, student);
    });
    links = {};
    enrollmentsDone.waitForFinished();
}

size_t Relations::memoryUsage() const
{
    return m_userRole.capacity() + m_isSchool.capacity()
        + m_enrollmentUser.memoryUsage() + m_enrollmentClass.memoryUsage() + m_classSchool.memoryUsage()
        + m_byUser.memoryUsage() + m_byClass.memoryUsage() + m_orgsOfUser.memoryUsage() + m_guardians.memoryUsage()
        + m_students.memoryUsage();
}

} // namespace rb
