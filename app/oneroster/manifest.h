#pragma once

#include <QSet>
#include <QString>

#include <cstdint>

namespace rb {

class FindingList;
class Table;
enum class SourceKind : uint8_t;

namespace Manifest {

// Checks manifest.csv: its versions, and that each file.* entry is absent, bulk or delta and
// agrees with the files the export holds (`presentFiles`: exact file names in the export's folder).
void check(const Table &manifest, const QSet<QString> &presentFiles, FindingList &findings);

// The value of a property, or an empty string.
QString value(const Table &manifest, const QString &property);

// Where the export came from, by its `source.systemName`: the name systemName() gives a source
// (any case, spaces around ignored) names that source; anything else is a OneRoster CSV export.
// It lets a pull kept as a zip be read again with the rules of the SIS it came from.
SourceKind sourceKind(const Table &manifest);
// The `source.systemName` written for a source: "Aeries", "ClassLink", "Clever"; empty for a
// plain OneRoster export.
QString systemName(SourceKind kind);

} // namespace Manifest

} // namespace rb
