#pragma once

#include "oneroster/schema.h"
#include "roster/relations.h"
#include "roster/table.h"

#include <QDateTime>
#include <QString>

#include <array>

namespace rb {

// Where a roster's data came from. Validation mostly ignores it; a few rules differ by source.
enum class SourceKind : uint8_t { OneRosterCsv, Aeries, ClassLink, Clever };

// A whole export, one table per OneRoster file, kept as the files had it.
class Roster final
{
public:
    Roster() = default;
    Roster(const Roster &) = delete;
    Roster &operator=(const Roster &) = delete;

    const Table &table(FileKind kind) const { return m_tables[size_t(kind)]; }
    Table &table(FileKind kind) { return m_tables[size_t(kind)]; }

    SourceKind sourceKind() const { return m_sourceKind; }
    void setSourceKind(SourceKind kind) { m_sourceKind = kind; }
    // The path or address it was read from.
    const QString &sourceName() const { return m_sourceName; }
    void setSourceName(const QString &name) { m_sourceName = name; }

    // Builds the lookups and relations every later step uses. Call once, after all tables are
    // loaded.
    void buildIndexes();
    // Who is linked to what: enrollments by user and by class, guardians by student, schools.
    const Relations &relations() const { return m_relations; }

    size_t totalRows() const;
    size_t memoryUsage() const;

private:
    std::array<Table, KnownFileKindCount> m_tables;
    Relations m_relations;
    SourceKind m_sourceKind = SourceKind::OneRosterCsv;
    QString m_sourceName;
};

} // namespace rb
