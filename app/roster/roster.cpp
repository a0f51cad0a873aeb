#include "roster.h"

namespace rb {

void Roster::buildIndexes()
{
    for (Table &t : m_tables) {
        if (t.isPresent() && t.kind() != FileKind::Manifest)
            t.buildIdIndex();
    }
    m_relations.build(*this);
}

size_t Roster::totalRows() const
{
    size_t n = 0;
    for (const Table &t : m_tables)
        n += t.rowCount();
    return n;
}

size_t Roster::memoryUsage() const
{
    size_t n = 0;
    for (const Table &t : m_tables)
        n += t.memoryUsage();
    return n + m_relations.memoryUsage();
}

} // namespace rb
