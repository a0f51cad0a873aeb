#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rb {

// `rosterbench session import SESSION EXPORT...` (the session is created if needed) and
// `rosterbench session info SESSION`. `arguments` starts with "session". Returns 0 on success,
// 2 when the session or the export could not be read or written.
int runSession(const QStringList &arguments);

// The check of a session's latest import, read afresh from the bytes it keeps, as `check SESSION`
// reports it. A session that cannot be opened gives a result whose fatalErrors say why.
// `report`, if given, gets what a report says of the session besides: its school matching, and
// the findings acknowledged.
struct ReadResult;
struct ReadOptions;
namespace ReportWriter {
struct Context;
}
ReadResult checkLatestImport(const QString &sessionPath, const ReadOptions &options, QString *about,
                             ReportWriter::Context *report = nullptr);

// Uploads must reach the hub at least every 90 days, or it stops removing users and classes the
// SIS no longer has. The sentence saying so when `latest` is older than that at `now`, else empty.
QString staleUploadWarning(const QDateTime &latest, const QDateTime &now);

} // namespace rb
