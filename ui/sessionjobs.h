#pragma once

#include "report/schoolsummary.h"
#include "session/sessionstore.h"
#include "sis/sisconnection.h"
#include "validation/findingschools.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace rb {

struct PackedExport;
class FindingIndex;
class Progress;
struct ReadResult;

// What the review window shows of one check, all of it built on a worker thread: the result, the
// index of its findings by record, its schools' summaries and the school of each finding. Each of
// these walks every row or every finding, too long for the UI thread at a million students.
struct ReviewData
{
    std::shared_ptr<ReadResult> result;
    std::shared_ptr<FindingIndex> index;
    std::vector<SchoolSummary> schools;
    SchoolSummary totals;
    FindingSchools findingSchools;
};

// What a job on a session hands back to the window.
struct SessionJob
{
    std::unique_ptr<SessionStore> store; // a session the job opened or created, for the window to take
    qint64 importId = 0;                 // the import shown, 0 for none
    QList<ImportInfo> imports;
    QHash<uint32_t, Acknowledgement> acknowledged; // the findings of the import shown acknowledged
    ReviewData review;                   // review.result null: nothing new to show
    QString error;                       // what went wrong, for a message box
    QString notice;                      // said in the status bar
    bool cancelled = false;
    bool keepsView = false;              // what is shown stays (a Save As, a keep)
    // An export read and checked but not kept yet: the window shows it first, then keeps it.
    std::shared_ptr<const PackedExport> toKeep;
};

// What a new export is checked against: the session's school matching, and what the latest import
// held, to compare with. Read on the window's thread; the comparison is made on the worker.
struct SessionContext
{
    QList<SchoolMatch> matches;
    std::shared_ptr<const ImportPopulation> previous;
};
// The context of `store`; empty without one.
SessionContext sessionContext(const SessionStore *store);

// The jobs below run on a worker thread, each reporting to `progress` and stopping soon after it
// is cancelled. While one runs on a store, the window does not use that store.

// Reads an export (a zip, a folder or CSV files) and checks it, for review, with the findings of
// the session's school matching and of its comparison with the latest import; `toKeep` holds it
// for keepExport(). Nothing is kept of an export that cannot be read.
std::shared_ptr<SessionJob> readExport(const QStringList &paths, const SessionContext &context, Progress *progress);
// Pulls the roster from an SIS and checks it like readExport() (the pull's notices in `notice`).
std::shared_ptr<SessionJob> pullFromSis(const SisConnection &connection, const SisOptions &options,
                                        const SessionContext &context, Progress *progress);
// Keeps an export read by readExport() or pullFromSis() as a new import: in `store`, or when that is null in a
// new session created at `newSessionPath` whose history names `operatorName`. Nothing is kept
// when it is cancelled.
std::shared_ptr<SessionJob> keepExport(SessionStore *store, const QString &newSessionPath, const QString &operatorName,
                                       const PackedExport &packed, const ReadResult &result, Progress *progress);
// Opens the session at `path` on its latest import.
std::shared_ptr<SessionJob> openSession(const QString &path, Progress *progress);
// Reads import `importId` of `store` back for review, with the findings of the session's school
// matching as it stands.
std::shared_ptr<SessionJob> showImport(SessionStore &store, qint64 importId, Progress *progress);
// Writes a copy of `store` at `path` and opens the copy.
std::shared_ptr<SessionJob> saveSessionAs(const SessionStore &store, const QString &path, Progress *progress);

// What to say of each acknowledged finding ("Acknowledged by Ana Ruiz on 20/11/2026: the school
// will fix it next week"), by finding index.
QHash<uint32_t, QString> acknowledgementTexts(const QHash<uint32_t, Acknowledgement> &acknowledged);

// The folder where sessions not yet saved by name live: private to the user, kept until saved or
// discarded, so that a crash loses nothing.
QString unsavedSessionFolder();
// A new path there for a session not yet saved.
QString newUnsavedSessionPath();
// Deletes a session's file and the files SQLite keeps beside it. False if one could not be deleted.
bool removeSessionFiles(const QString &path);
// Whether the session at `path` is one not yet saved by name.
bool isUnsavedSession(const QString &path);
// Closes `store` (if any); a session not yet saved by name goes with it.
void closeStore(std::unique_ptr<SessionStore> &store);

} // namespace rb
