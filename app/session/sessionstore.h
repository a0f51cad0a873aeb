#pragma once

#include "matching/schoolmatch.h"
#include "session/sessionfindings.h"
#include "oneroster/schema.h"
#include "validation/finding.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QLockFile;
class QSqlDatabase;

namespace rb {

class Progress;

// What went wrong with a session file, for people: what and where, and what to do.
struct SessionError
{
    enum class Code {
        None,
        NotFound,    // no file at the path
        NotASession, // not SQLite, or SQLite but not a Rosterbench session
        Corrupt,     // a session whose file is damaged
        NewerSchema, // made by a newer Rosterbench
        ReadOnly,    // the file or its folder cannot be written
        InUse,       // open in another Rosterbench
        Failed,      // a read or write failed (disk full, I/O error)
        Cancelled,
        Locked,      // a change to a school match that was confirmed
        Invalid,     // a change that makes no sense: a match to an unknown hub school, two schools for one
    };
    Code code = Code::None;
    QString message;

    bool isError() const { return code != Code::None; }
};

// One import kept in a session: where and when it came from, and what it held.
struct ImportInfo
{
    qint64 id = 0;
    QDateTime importedAt;   // UTC
    QString operatorName;
    QString origin;         // the path the export was opened from, or the SIS it was pulled from
    QString originKind;     // "zip", "folder", "files" or "sis"
    QString name;           // for people: "lakeview.zip"
    QDateTime sourceModified; // the source's own date (the zip's modification time), if known
    qint64 sourceBytes = 0; // bytes of the stored zip
    QString sourceChecksum; // of the stored zip: "blake2b-256:" and the hex digest
    QString rulesFingerprint; // RuleCatalogue::fingerprint() of the check that made the findings
    QString appVersion;
    qint64 orgs = 0, users = 0, classes = 0, enrollments = 0, demographics = 0;
    SeverityCounts findings;
};

// A finding the admin has looked at and accepted, with why. Keyed by what names one finding of
// a check whenever the same bytes are checked (see session/acknowledgements.h): the rule, the
// file, the line and the column, the record or what the finding is about, and what tells two
// findings of the rule there apart.
struct Acknowledgement
{
    qint64 importId = 0;
    QString ruleCode;
    FileKind kind = FileKind::Other;
    uint32_t line = 0;
    int column = 0;
    QString recordId; // the record's sourcedId; for a finding on no row, the school or the file
    QString detail;   // what tells apart findings of the rule on one cell or file, empty for most
    // Kept by session format 3, which named a finding by its rule, file, line and column alone:
    // it covers one finding at that place (the first), and is kept, changed or taken back as it is.
    bool byPlace = false;
    QString note;
    QString operatorName;
    QDateTime at;      // UTC

    bool sameFinding(const Acknowledgement &other) const
    {
        return importId == other.importId && ruleCode == other.ruleCode && kind == other.kind
            && line == other.line && column == other.column && recordId == other.recordId && detail == other.detail
            && byPlace == other.byPlace;
    }
};

// One line of the session's history, which is only ever appended to.
struct HistoryEvent
{
    // Unlocked was recorded by format 1, which let a locked matching be unlocked; it is never
    // recorded now, but read in old histories.
    enum class Kind { Created, Imported, Acknowledged, Unacknowledged, Rechecked, HubSchools, Matched, Locked, Unlocked, Exported };
    qint64 id = 0;
    QDateTime at; // UTC
    QString operatorName;
    Kind kind = Kind::Created;
    qint64 importId = 0; // 0 when it concerns no import
    QString detail;      // what, in a few words, as recorded (not translated)
};

// A session: one SQLite file (*.rosterbench) holding every import's exact source bytes, its
// findings, the hub's schools and the school matching with each school's confirmation (its lock),
// the review state and an append-only history. It reopens offline and is handed from one admin to
// the next.
//
// Safety: the schema version is PRAGMA user_version, migrated forward on open; the file is in WAL
// mode and every change is one transaction, so a process killed mid-import leaves the last
// complete state. A file is created readable by its owner only. While open, a lock file beside it
// keeps a second Rosterbench from opening it. No secret is ever written here.
//
// Each thread gets its own connection, named by a serial of the thread that is never given again
// (not by its system id, which a later thread gets once it ends), and closed when the thread ends:
// an import may run on a worker while the window reads, and a store opened on a worker is handed
// to the window. Calls from two threads at once are safe; two changes at once wait for each other.
class SessionStore final
{
public:
    static constexpr int SchemaVersion = 4;
    static constexpr const char *FileSuffix = "rosterbench";

    enum class OpenMode { Existing, CreateIfMissing };

    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    // Opens the session at `path` (creating it if asked and missing). Null with `error` set when
    // it cannot be opened; a file that is not a session, damaged, newer, read-only or in use is
    // left exactly as it was.
    static std::unique_ptr<SessionStore> open(const QString &path, OpenMode mode, SessionError *error);

    // Whether `path` starts as every SQLite file does: what tells a session from an export.
    static bool isSqliteFile(const QString &path);

    const QString &path() const { return m_path; }
    QDateTime createdAt() const;

    // The name history records changes under: set by the window's preferences, else the login.
    static QString defaultOperatorName();
    // Set by the window while a job may be writing on a worker.
    void setOperatorName(const QString &name);
    QString operatorName() const;

    // -- Imports ----------------------------------------------------------------------------

    struct NewImport
    {
        QString origin;
        QString originKind;
        QString name;
        QDateTime sourceModified;
        QIODevice *zip = nullptr; // open for reading: the exact bytes to keep, a OneRoster zip
        const FindingList *findings = nullptr;
        const ImportPopulation *population = nullptr; // what it held, school by school, if known
        qint64 orgs = 0, users = 0, classes = 0, enrollments = 0, demographics = 0;
    };
    // Stores an import in one transaction: either all of it is in the file afterwards or none.
    // Returns its id, or 0 with `error` set.
    qint64 addImport(const NewImport &import, SessionError *error, Progress *progress = nullptr);

    // Oldest first.
    QList<ImportInfo> imports() const;
    std::optional<ImportInfo> import(qint64 id) const;
    std::optional<ImportInfo> latestImport() const;
    // The import's zip, byte for byte as it was stored; its checksum is verified.
    std::optional<QByteArray> sourceZip(qint64 importId, SessionError *error, Progress *progress = nullptr) const;
    // The findings as stored. Fails (with a message) if they cannot be decoded, for instance
    // when a newer Rosterbench made them with rules this one does not know.
    std::optional<FindingList> findings(qint64 importId, SessionError *error) const;
    // What an import held school by school, for the next import to be compared with; none when
    // it was kept without (by format 2) or held no school.
    std::optional<ImportPopulation> population(qint64 importId) const;
    // The sourcedIds of the schools import `importId` held, without the rest of population():
    // empty when it was kept without them.
    QStringList schoolIds(qint64 importId) const;
    // Replaces an import's findings with those of a check under other rules, and says so in the
    // history.
    bool replaceFindings(qint64 importId, const FindingList &findings, SessionError *error);

    // -- Review state -------------------------------------------------------------------------

    bool acknowledge(const Acknowledgement &ack, SessionError *error);
    bool unacknowledge(const Acknowledgement &ack, SessionError *error);
    QList<Acknowledgement> acknowledgements(qint64 importId) const;

    // -- Schools --------------------------------------------------------------------------

    // Each school's match is locked once confirmed: its hub school and whether it is selected
    // never change again, whoever asks (the hub does not remap schools; its support does). The
    // file holds the lock too, in triggers, so no other way of writing it gets round it. Schools
    // an import brings later are matched and confirmed in their turn.

    // Replaces the hub's schools. Ids must be present and unique, names present. Refused (Locked)
    // if a confirmed match goes to a school the list drops; a match not yet confirmed to a dropped
    // school loses its hub school.
    bool setHubSchools(const QList<HubSchool> &schools, SessionError *error);
    QList<HubSchool> hubSchools() const;
    // Keeps `matches` as the matching. A deselected school keeps no hub school. Refused, with
    // nothing changed:
    // - Locked, naming the school, who confirmed it and when, if a confirmed school would go to
    //   another hub school or be selected or deselected;
    // - Invalid if a hub school is not among hubSchools(), two selected schools go to one hub
    //   school, or a school is listed twice.
    // Confirmed matches `matches` leaves out are kept as they are. Records the change in the
    // history; keeping what is there already records nothing.
    bool setSchoolMatches(const QList<SchoolMatch> &matches, SessionError *error);
    // Confirmed ones keep the SIS name they were confirmed under.
    QList<SchoolMatch> schoolMatches() const;
    // Confirms, as the operator and now, every match not confirmed yet. Refused (Invalid) when
    // there is none, or when a selected school has no hub school: each must be matched or
    // deselected first.
    bool confirmMatching(SessionError *error);
    // The first confirmation, when the matching was locked; none before.
    std::optional<MatchingLock> matchingLock() const;
    // Every confirmation, oldest first.
    QList<MatchingLock> matchingConfirmations() const;

    // -- History ----------------------------------------------------------------------------

    // Records a report exported from the session.
    bool recordExport(qint64 importId, const QString &what, SessionError *error);
    QList<HistoryEvent> history() const;

    // Writes a complete copy of the session to `path` (which must not be open elsewhere),
    // replacing what is there only once the copy is whole. This store stays on its file.
    bool copyTo(const QString &path, SessionError *error) const;

private:
    SessionStore(const QString &path, std::unique_ptr<QLockFile> lock);

    QSqlDatabase connection() const;
    bool initialize(bool created, SessionError *error);
    bool migrate(int from, SessionError *error);
    bool appendHistory(HistoryEvent::Kind kind, qint64 importId, const QString &detail, SessionError *error);

    // One change to the session: its statements and its line of history, in one transaction.
    struct Change
    {
        QSqlQuery query;
        QString why;    // why it failed, for the message
        QString detail; // the history line's detail
        bool record;    // whether there is anything to record
        // Runs `statement`, or the prepared query when it is empty; on failure keeps SQLite's
        // reason in `why`.
        bool exec(const QString &statement = {});
    };
    bool change(const QString &what, HistoryEvent::Kind kind, qint64 importId, SessionError *error,
                const std::function<bool(Change &)> &work);
    SessionError failure(const QString &what, const QString &why) const;

    QString m_path;
    QString m_connectionPrefix;
    std::unique_ptr<QLockFile> m_lock;
    mutable QMutex m_operatorMutex;
    QString m_operator;
};

} // namespace rb
