#pragma once

#include <QSet>
#include <QString>

namespace rb {

class FindingList;
class Table;

namespace Manifest {

// Checks manifest.csv: its versions, and that each file.* entry is absent, bulk or delta and
// agrees with the files the export holds (`presentFiles`: exact file names in the export's folder).
void check(const Table &manifest, const QSet<QString> &presentFiles, FindingList &findings);

// The value of a property, or an empty string.
QString value(const Table &manifest, const QString &property);

} // namespace Manifest

} // namespace rb
