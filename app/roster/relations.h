#pragma once

#include "roster/table.h"
#include "util/text.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace rb {

class Progress;
class Roster;

// A user's role as OneRoster spells it. The hub takes in all but proctor and relative.
enum class Role : uint8_t { Blank, Teacher, Student, Parent, Guardian, Aide, Administrator, Proctor, Relative, Invalid };

Role parseRole(std::string_view text);
inline bool isStaffRole(Role r) { return r == Role::Teacher || r == Role::Aide || r == Role::Administrator; }
inline bool isParentRole(Role r) { return r == Role::Parent || r == Role::Guardian; }
// Teachers and administrators enrolled in a class own it; aides do not.
inline bool ownsClasses(Role r) { return r == Role::Teacher || r == Role::Administrator; }

// For each row of one table, a list of rows (of the same or another table), packed in two arrays:
// a start offset per row and the items one after another.
class RowLists final
{
public:
    RowLists() = default;

    // Builds the lists of `owners` rows from the (owner, item) pairs `visit(add)` passes to
    // `add`. `visit` is called twice (count, then fill) and must add the same pairs both times;
    // items keep the order they were added in.
    template<typename Visit>
    static RowLists build(size_t owners, Visit &&visit);

    std::span<const uint32_t> of(uint32_t row) const
    {
        if (size_t(row) + 1 >= m_start.size())
            return {};
        return {m_items.data() + m_start[row], m_items.data() + m_start[size_t(row) + 1]};
    }
    size_t itemCount() const { return m_items.size(); }
    size_t memoryUsage() const { return (m_start.capacity() + m_items.capacity()) * sizeof(uint32_t); }

private:
    std::vector<uint32_t> m_start; // owners + 1 entries
    std::vector<uint32_t> m_items;
};

template<typename Visit>
RowLists RowLists::build(size_t owners, Visit &&visit)
{
    RowLists lists;
    lists.m_start.assign(owners + 1, 0);
    visit([&](uint32_t owner, uint32_t) { ++lists.m_start[size_t(owner) + 1]; });
    for (size_t i = 0; i < owners; ++i)
        lists.m_start[i + 1] += lists.m_start[i];
    lists.m_items.resize(lists.m_start[owners]);
    std::vector<uint32_t> fill(lists.m_start.begin(), lists.m_start.end() - 1);
    visit([&](uint32_t owner, uint32_t item) { lists.m_items[fill[owner]++] = item; });
    return lists;
}

// The rows of another table that one reference column names, kept per distinct value of the
// column (a few bytes per distinct id, not per row), or per row when the column stores every value
// plainly.
class ReferenceColumn final
{
public:
    static constexpr uint32_t NoRow = Table::NoRow;

    // Resolves `field` of `table` against the sourcedIds of `target`.
    void build(const Table &table, int field, const Table &target);
    uint32_t rowAt(size_t row) const
    {
        if (!m_byRow.empty())
            return row < m_byRow.size() ? m_byRow[row] : NoRow;
        return m_column && row < m_column->rowCount() ? m_byCode[m_column->code(row)] : NoRow;
    }
    size_t memoryUsage() const { return (m_byCode.capacity() + m_byRow.capacity()) * sizeof(uint32_t); }

private:
    const StringColumn *m_column = nullptr;
    std::vector<uint32_t> m_byCode;
    std::vector<uint32_t> m_byRow;
};

// How a roster's records relate, as the hub links them: computed once after loading, then used by
// the rules and the review window alike, so neither resolves a reference twice.
//
// Parents follow their students: a student's agentSourcedIds names its parents and guardians, and
// they see the student's classes. Teachers and administrators enrolled in a class own it.
class Relations final
{
public:
    static constexpr uint32_t NoRow = Table::NoRow;

    // Computes everything from the roster's tables and sourcedId lookups (Table::buildIdIndex must
    // have run). The two large parts run in parallel.
    void build(const Roster &roster);

    Role roleOf(uint32_t userRow) const { return userRow < m_userRole.size() ? m_userRole[userRow] : Role::Invalid; }
    // Whether an orgs row has type "school".
    bool isSchool(uint32_t orgRow) const { return orgRow < m_isSchool.size() && m_isSchool[orgRow]; }

    // The users and classes rows an enrollment names, or NoRow when unknown.
    uint32_t userOfEnrollment(uint32_t row) const { return m_enrollmentUser.rowAt(row); }
    uint32_t classOfEnrollment(uint32_t row) const { return m_enrollmentClass.rowAt(row); }
    // Enrollment rows naming a user, or a class, in file order.
    std::span<const uint32_t> enrollmentsOfUser(uint32_t userRow) const { return m_byUser.of(userRow); }
    std::span<const uint32_t> enrollmentsOfClass(uint32_t classRow) const { return m_byClass.of(classRow); }

    // The orgs rows a user's orgSourcedIds names (unknown ids left out).
    std::span<const uint32_t> orgsOfUser(uint32_t userRow) const
    {
        if (!m_orgLists)
            return {};
        return m_orgLists->isPlain() ? m_orgsOfUser.of(userRow)
                                     : userRow < m_orgLists->rowCount() ? m_orgsOfUser.of(m_orgLists->code(userRow))
                                                                        : std::span<const uint32_t>();
    }
    // The orgs row of a class's schoolSourcedId, or NoRow.
    uint32_t schoolOfClass(uint32_t classRow) const { return m_classSchool.rowAt(classRow); }

    // The parent and guardian users a student names in agentSourcedIds (others left out), and the
    // students naming a parent.
    std::span<const uint32_t> guardiansOf(uint32_t studentRow) const { return m_guardians.of(studentRow); }
    std::span<const uint32_t> studentsOf(uint32_t parentRow) const { return m_students.of(parentRow); }

    size_t memoryUsage() const;

private:
    std::vector<Role> m_userRole;
    std::vector<uint8_t> m_isSchool;
    ReferenceColumn m_enrollmentUser;
    ReferenceColumn m_enrollmentClass;
    RowLists m_byUser;
    RowLists m_byClass;
    // Users' orgSourcedIds repeat a few lists: the orgs of each distinct list (or of each user,
    // when the column is plain).
    const StringColumn *m_orgLists = nullptr;
    RowLists m_orgsOfUser;
    ReferenceColumn m_classSchool;
    RowLists m_guardians;
    RowLists m_students;
};

// The items of a OneRoster list cell ("S1, S2"), trimmed, blanks dropped.
template<typename F>
void forEachListItem(std::string_view cell, F &&visit)
{
    while (!cell.empty()) {
        const size_t comma = cell.find(',');
        const std::string_view item = trimmedCell(cell.substr(0, comma));
        if (!item.empty())
            visit(item);
        if (comma == std::string_view::npos)
            break;
        cell.remove_prefix(comma + 1);
    }
}

} // namespace rb
