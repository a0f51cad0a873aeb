#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

// The sourcedIds of the schools (orgs of type "school") an export names, read from its orgs.csv
// alone: what tells whether an export is of the district a session holds before it is read in
// full. Cheap enough for the window's thread: a zip's directory is read, and then orgs.csv (a
// few hundred rows), up to `maxBytes`. None when the export or its orgs.csv cannot be read, is
// larger, or names no school.
std::optional<QSet<QString>> peekSchoolIds(const QStringList &paths, qint64 maxBytes = qint64(8) << 20);

} // namespace rb
