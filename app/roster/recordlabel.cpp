#include "recordlabel.h"

#include "roster/roster.h"
#include "util/text.h"

#include <QCoreApplication>

namespace rb::RecordLabel {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RecordLabel)
};

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + u' ' + b;
}

QString cell(const Table &table, uint32_t row, int field)
{
    return toQString(table.cell(row, field)).trimmed();
}

bool inTable(const Roster &roster, FileKind kind, uint32_t row)
{
    if (kind == FileKind::Other || size_t(kind) >= size_t(KnownFileKindCount))
        return false;
    return row != Table::NoRow && row < roster.table(kind).rowCount();
}

} // namespace

QString name(const Roster &roster, FileKind kind, uint32_t row)
{
    if (!inTable(roster, kind, row))
        return {};
    const Table &table = roster.table(kind);
    switch (kind) {
    case FileKind::Users:
        return joined(cell(table, row, UsersField::GivenName), cell(table, row, UsersField::FamilyName));
    case FileKind::Classes: return cell(table, row, ClassesField::Title);
    case FileKind::Orgs: return cell(table, row, OrgsField::Name);
    case FileKind::Demographics: {
        // A demographics row is its student's, by the same sourcedId.
        const Table &users = roster.table(FileKind::Users);
        const uint32_t user = users.rowForId(table.sourcedId(row));
        return user == Table::NoRow ? QString() : name(roster, FileKind::Users, user);
    }
    case FileKind::Enrollments: {
        const QString user = labelOfId(roster, FileKind::Users, table.cell(row, EnrollmentsField::UserSourcedId));
        const QString cls = labelOfId(roster, FileKind::Classes, table.cell(row, EnrollmentsField::ClassSourcedId));
        if (user.isEmpty() || cls.isEmpty())
            return user.isEmpty() ? cls : user;
        return Tr::tr("%1 in %2", "an enrollment: its user in its class").arg(user, cls);
    }
    default: return {};
    }
}

QString label(const Roster &roster, FileKind kind, uint32_t row)
{
    if (!inTable(roster, kind, row))
        return {};
    if (kind == FileKind::Enrollments)
        return name(roster, kind, row);
    return joined(toQString(roster.table(kind).sourcedId(row)).trimmed(), name(roster, kind, row));
}

QString labelOfId(const Roster &roster, FileKind kind, std::string_view id)
{
    if (id.empty() || kind == FileKind::Other || size_t(kind) >= size_t(KnownFileKindCount))
        return toQString(id);
    const uint32_t row = roster.table(kind).rowForId(id);
    return row == Table::NoRow ? toQString(id) : label(roster, kind, row);
}

} // namespace rb::RecordLabel
