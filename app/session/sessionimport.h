#pragma once

#include "oneroster/exportreader.h"
#include "session/sessionstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

class Progress;

// An export as a session keeps it: one OneRoster zip, byte for byte.
struct PackedExport
{
    QByteArray zip;
    QString origin;     // what the user named: the zip, the folder, or the files
    QString originKind; // "zip", "folder" or "files"
    QString name;       // for people: "lakeview.zip", "lakeview (folder)"
    QDateTime modified; // the newest modification time of what was read
};

// Reads what `paths` names into one zip: a zip as it is; a folder's or loose files' CSV files
// packed into a new zip, by the names they have in the export. Null with `error` set when they
// cannot be read.
std::optional<PackedExport> packExport(const QStringList &paths, QString *error, Progress *progress = nullptr);

// Checks a packed export (from its bytes, so that what is checked is exactly what is kept), and
// compares it with `previous`, what the import before it held, when there is one.
ReadResult checkPackedExport(const PackedExport &packed, Progress *progress = nullptr,
                             const ImportPopulation *previous = nullptr);

// What the import before `importId` held (before any import for 0: the latest), for the next
// check to be compared with; none if there is no such import or it was kept without it.
std::optional<ImportPopulation> populationBefore(const SessionStore &store, qint64 importId);

// Compares a check of import `importId` with the import before it (see applyRemovalFindings);
// nothing when there is none or it was kept without what it held.
void compareWithImportBefore(const SessionStore &store, qint64 importId, const Roster &roster, FindingList &findings);

// Adds what the session says of import `importId` each time it is shown, which follows the
// session rather than the export: the schools its matching leaves out and, on the latest import,
// its age. Such findings already in `findings` are replaced.
void applyShownFindings(const SessionStore &store, qint64 importId, const Roster &roster, FindingList &findings);

// Keeps a checked export in `store` as a new import, with what it held school by school. Returns
// its id, 0 with `error` set.
qint64 keepImport(SessionStore &store, const PackedExport &packed, const ReadResult &result, SessionError *error,
                  Progress *progress = nullptr);

// Reads an import back: its zip from the session, read again into a Roster. Its findings are the
// ones kept, when this build's rules are those that made them (`*rechecked` false); otherwise the
// export is checked again, and compared with the import before it (`*rechecked` true), and the
// caller decides whether to keep the new findings.
ReadResult readImport(const SessionStore &store, qint64 importId, SessionError *error, Progress *progress = nullptr,
                      bool *rechecked = nullptr);

} // namespace rb
