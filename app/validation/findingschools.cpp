#include "findingschools.h"

#include "roster/roster.h"
#include "util/text.h"
#include "validation/finding.h"

#include <algorithm>
#include <unordered_map>

namespace rb {

namespace {

// A user may belong to several orgs ("SCH001,SCH002"). A finding is counted once, so it goes to
// the first of them: the school the SIS lists the user under first.
std::string_view firstItem(std::string_view list)
{
    return list.substr(0, list.find(','));
}

} // namespace

std::string_view schoolIdOf(const Roster &roster, const Finding &f)
{
    if (f.row == Finding::NoRow || f.kind == FileKind::Other || f.kind == FileKind::Manifest)
        return {};
    const Table &table = roster.table(f.kind);
    if (f.row >= table.rowCount())
        return {};
    switch (f.kind) {
    case FileKind::Orgs: return table.sourcedId(f.row);
    case FileKind::Users: return firstItem(table.cell(f.row, UsersField::OrgSourcedIds));
    case FileKind::Classes: return table.cell(f.row, ClassesField::SchoolSourcedId);
    case FileKind::Enrollments: return table.cell(f.row, EnrollmentsField::SchoolSourcedId);
    case FileKind::Demographics: {
        // A demographics row has no school of its own: it is the student's.
        const Table &users = roster.table(FileKind::Users);
        const uint32_t u = users.rowForId(table.sourcedId(f.row));
        return u == Table::NoRow ? std::string_view() : firstItem(users.cell(u, UsersField::OrgSourcedIds));
    }
    default: return {};
    }
}

FindingSchools schoolsOfFindings(const Roster *roster, const FindingList &findings)
{
    FindingSchools result;
    std::vector<uint32_t> &out = result.ofFinding;
    out.assign(findings.size(), 0);
    if (!roster)
        return result;
    // Views into the roster's cells: the ids are converted to QString once each, not per finding.
    std::unordered_map<std::string_view, uint32_t> index;
    std::vector<std::string_view> ids{std::string_view()};
    for (size_t i = 0; i < findings.size(); ++i) {
        const std::string_view school = schoolIdOf(*roster, findings.at(i));
        if (school.empty())
            continue;
        auto [it, inserted] = index.try_emplace(school, uint32_t(ids.size()));
        if (inserted)
            ids.push_back(school);
        out[i] = it->second;
    }

    // Sorted ids make the list the same whatever order the findings came in.
    std::vector<uint32_t> order(ids.size());
    for (uint32_t k = 0; k < order.size(); ++k)
        order[k] = k;
    std::sort(order.begin() + 1, order.end(), [&ids](uint32_t a, uint32_t b) { return ids[a] < ids[b]; });
    std::vector<uint32_t> remap(ids.size());
    for (uint32_t k = 0; k < order.size(); ++k)
        remap[order[k]] = k;
    for (uint32_t &school : out)
        school = remap[school];

    result.ids.clear();
    result.ids.reserve(ids.size());
    for (uint32_t k : order)
        result.ids.push_back(toQString(ids[k]));
    return result;
}

QString schoolDisplayName(const Roster &roster, const QString &schoolId)
{
    const Table &orgs = roster.table(FileKind::Orgs);
    const uint32_t row = orgs.rowForId(schoolId.toStdString());
    if (row == Table::NoRow)
        return schoolId;
    const QString name = toQString(orgs.cell(row, OrgsField::Name)).trimmed();
    return name.isEmpty() ? schoolId : name;
}

} // namespace rb
