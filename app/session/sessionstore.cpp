#include "sessionstore.h"

#include "session/findingcodec.h"
#include "util/progress.h"
#include "validation/rulecatalogue.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

#include <atomic>
#include <functional>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionStore)
};

// "RBSN": marks a SQLite file as a Rosterbench session.
constexpr qint32 ApplicationId = 0x5242534E;
// Source bytes are kept in pieces: no single value nears SQLite's 1 GB limit, and neither writing
// nor reading needs the whole zip in one buffer twice.
constexpr qint64 ChunkBytes = qint64(4) << 20;
// The checksum that proves an import's bytes are those imported: a 256-bit cryptographic hash,
// BLAKE2b for its speed (2.6 times SHA-256's here: 0.18 s for a 110 MB export). Stored with its
// name, so that another can follow.
constexpr auto ChecksumAlgorithm = QCryptographicHash::Blake2b_256;

QString checksumText(const QCryptographicHash &hash)
{
    return QStringLiteral("blake2b-256:") + QString::fromLatin1(hash.result().toHex());
}

// Qt binds a null QString as SQL NULL; the columns that hold text never are.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    return t.toUTC();
}

const char *historyKey(HistoryEvent::Kind kind)
{
    switch (kind) {
    case HistoryEvent::Kind::Created: return "created";
    case HistoryEvent::Kind::Imported: return "imported";
    case HistoryEvent::Kind::Acknowledged: return "acknowledged";
    case HistoryEvent::Kind::Unacknowledged: return "unacknowledged";
    case HistoryEvent::Kind::Rechecked: return "rechecked";
    case HistoryEvent::Kind::HubSchools: return "hub-schools";
    case HistoryEvent::Kind::Matched: return "matched";
    case HistoryEvent::Kind::Locked: return "locked";
    case HistoryEvent::Kind::Unlocked: return "unlocked";
    case HistoryEvent::Kind::Exported: return "exported";
    }
    return "created";
}

std::optional<HistoryEvent::Kind> historyKind(const QString &key)
{
    for (int k = 0; k <= int(HistoryEvent::Kind::Exported); ++k) {
        if (key == QLatin1String(historyKey(HistoryEvent::Kind(k))))
            return HistoryEvent::Kind(k);
    }
    return std::nullopt;
}

// Creates `path` empty, readable and writable by its owner only, before anything is written into
// it; fails if something is there already.
bool createPrivateFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *why = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// Takes the lock beside a session: a lock left by a process that died is taken over, one held by
// a live process is not. The caller tells the two failures apart by error().
std::unique_ptr<QLockFile> lockSession(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0);
    lock->tryLock(0);
    return lock;
}

// The statements that bring a session from one schema version to the next: [v] takes it from v
// to v + 1. Each runs in one transaction with the new user_version.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps = {
        // 0 → 1: the first schema.
        {
            QStringLiteral("CREATE TABLE session (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE imports (id INTEGER PRIMARY KEY, imported_at TEXT NOT NULL, operator TEXT NOT NULL, "
                "origin TEXT NOT NULL, origin_kind TEXT NOT NULL, name TEXT NOT NULL, source_modified TEXT, "
                "source_bytes INTEGER NOT NULL, source_checksum TEXT NOT NULL, rules_fingerprint TEXT NOT NULL, "
                "app_version TEXT NOT NULL, orgs INTEGER NOT NULL, users INTEGER NOT NULL, classes INTEGER NOT NULL, "
                "enrollments INTEGER NOT NULL, demographics INTEGER NOT NULL, errors INTEGER NOT NULL, "
                "holds INTEGER NOT NULL, alerts INTEGER NOT NULL, infos INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE source_chunks (import_id INTEGER NOT NULL REFERENCES imports(id), "
                           "seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (import_id, seq))"),
            QStringLiteral("CREATE TABLE findings (import_id INTEGER PRIMARY KEY REFERENCES imports(id), "
                           "encoded BLOB NOT NULL)"),
            QStringLiteral("CREATE TABLE acknowledgements (import_id INTEGER NOT NULL REFERENCES imports(id), "
                           "rule TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, "
                           "record_id TEXT NOT NULL, note TEXT NOT NULL, operator TEXT NOT NULL, at TEXT NOT NULL, "
                           "PRIMARY KEY (import_id, rule, file, line, col))"),
            QStringLiteral("CREATE TABLE hub_schools (id TEXT PRIMARY KEY, name TEXT NOT NULL, detail TEXT NOT NULL, "
                           "position INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE school_matches (sis_id TEXT PRIMARY KEY, sis_name TEXT NOT NULL, "
                           "hub_id TEXT NOT NULL, selected INTEGER NOT NULL, position INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE matching_lock (id INTEGER PRIMARY KEY CHECK (id = 1), at TEXT NOT NULL, "
                           "operator TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, "
                           "operator TEXT NOT NULL, kind TEXT NOT NULL, import_id INTEGER NOT NULL, "
                           "detail TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER history_no_update BEFORE UPDATE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"),
            QStringLiteral("CREATE TRIGGER history_no_delete BEFORE DELETE ON history "
                           "BEGIN SELECT RAISE(ABORT, 'the history is append-only'); END"),
        },
        // 1 → 2: each school's match is confirmed on its own, so that schools a later import
        // brings can be matched and confirmed after the first ones, which stay locked. A matching
        // locked in format 1 had every decided match confirmed then: matched, or deselected. A
        // school that was neither had no match to lock, and stays open to be matched. The hub's
        // schools gain their NCES id and city.
        {
            QStringLiteral("ALTER TABLE hub_schools ADD COLUMN nces_id TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE hub_schools ADD COLUMN city TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE school_matches ADD COLUMN confirmed_at TEXT"),
            QStringLiteral("ALTER TABLE school_matches ADD COLUMN confirmed_by TEXT"),
            QStringLiteral("UPDATE school_matches SET confirmed_at = (SELECT at FROM matching_lock WHERE id = 1), "
                           "confirmed_by = (SELECT operator FROM matching_lock WHERE id = 1) "
                           "WHERE EXISTS (SELECT 1 FROM matching_lock) AND (hub_id <> '' OR selected = 0)"),
            QStringLiteral("DROP TABLE matching_lock"),
            QStringLiteral("CREATE TRIGGER confirmed_match_no_update "
                           "BEFORE UPDATE OF sis_id, hub_id, selected, confirmed_at, confirmed_by ON school_matches "
                           "WHEN OLD.confirmed_at IS NOT NULL "
                           "BEGIN SELECT RAISE(ABORT, 'a confirmed school match cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER confirmed_match_no_delete BEFORE DELETE ON school_matches "
                           "WHEN OLD.confirmed_at IS NOT NULL "
                           "BEGIN SELECT RAISE(ABORT, 'a confirmed school match cannot be changed'); END"),
        },
        // 2 → 3: what each import held school by school, so that the next import is compared with
        // it. Imports kept before have none, and the import after them is not compared.
        {
            QStringLiteral("CREATE TABLE import_schools (import_id INTEGER NOT NULL REFERENCES imports(id), "
                           "position INTEGER NOT NULL, school_id TEXT NOT NULL, name TEXT NOT NULL, "
                           "users INTEGER NOT NULL, classes INTEGER NOT NULL, enrollments INTEGER NOT NULL, "
                           "user_ids BLOB NOT NULL, class_ids BLOB NOT NULL, PRIMARY KEY (import_id, position))"),
        },
        // 3 → 4: an acknowledgement names one finding, not every finding of its rule at a place
        // (the hold "School gone" of one school is not that of another): the record or what the
        // finding is about, and what tells findings on one cell apart, join its key. Those kept
        // before are marked as named by their place alone.
        {
            QStringLiteral("CREATE TABLE acknowledgements_4 (import_id INTEGER NOT NULL REFERENCES imports(id), "
                           "rule TEXT NOT NULL, file TEXT NOT NULL, line INTEGER NOT NULL, col INTEGER NOT NULL, "
                           "record_id TEXT NOT NULL, detail TEXT NOT NULL, by_place INTEGER NOT NULL, "
                           "note TEXT NOT NULL, operator TEXT NOT NULL, at TEXT NOT NULL, "
                           "PRIMARY KEY (import_id, rule, file, line, col, record_id, detail, by_place))"),
            QStringLiteral("INSERT INTO acknowledgements_4 (import_id, rule, file, line, col, record_id, detail, by_place, "
                           "note, operator, at) SELECT import_id, rule, file, line, col, record_id, '', 1, note, operator, "
                           "at FROM acknowledgements"),
            QStringLiteral("DROP TABLE acknowledgements"),
            QStringLiteral("ALTER TABLE acknowledgements_4 RENAME TO acknowledgements"),
        },
    };
    return steps;
}

std::atomic<quint64> g_storeSerial{0};
// Stores open in the process: none means every connection is closed already.
std::atomic<int> g_openStores{0};
std::atomic<quint64> g_threadSerial{0};

// The connections one thread opened, named by a serial of the thread's own that is never given
// again. Not the system's thread id: it is given to a new thread once the old one ends, and Qt
// refuses a connection found under it ("does not belong to the calling thread") because it
// belongs to the thread that ended. Pool threads end when idle and come back all day, so what a
// thread opened is closed when it ends.
struct ThreadConnections
{
    const quint64 serial = ++g_threadSerial;
    QStringList names;

    ~ThreadConnections()
    {
        // With no store open, each has closed its own (and at exit Qt's list may be gone).
        if (names.isEmpty() || g_openStores.load() == 0)
            return;
        for (const QString &name : std::as_const(names))
            QSqlDatabase::removeDatabase(name);
    }
};

ThreadConnections &threadConnections()
{
    thread_local ThreadConnections connections;
    return connections;
}

// Why SQLite failed, in words: its result code says what happened; its own text ("disk I/O
// error", "Driver not loaded") is added only where the code names nothing plainer.
QString plainReason(const QSqlError &error)
{
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode) & 0xff;
    if (!isCode) {
        // Qt's own ("Driver not loaded", "database not open"): the file was not open to use.
        if (error.type() == QSqlError::ConnectionError || error.databaseText().isEmpty())
            return Tr::tr("the session's file could not be opened");
        return error.text().trimmed();
    }
    switch (code) {
    case 3: // SQLITE_PERM
    case 23: // SQLITE_AUTH
        return Tr::tr("the system refused access to the session's file");
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Tr::tr("another part of Rosterbench or another program kept the session's file busy for too long; "
                      "try again");
    case 7: // SQLITE_NOMEM
        return Tr::tr("there was not enough memory");
    case 8: // SQLITE_READONLY
        return Tr::tr("the session's file or its folder cannot be written");
    case 10: // SQLITE_IOERR
        return Tr::tr("the disk could not be read or written (%1)").arg(error.databaseText().trimmed());
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Tr::tr("the session's file is damaged");
    case 13: // SQLITE_FULL
        return Tr::tr("the disk is full");
    case 14: // SQLITE_CANTOPEN
        return Tr::tr("the session's file could not be opened: its folder may have been moved, removed or made "
                      "read-only");
    default:
        return error.text().trimmed();
    }
}

// Runs `work` in one transaction on `db`: commits if it returns true, rolls back otherwise.
template <typename Work>
bool inTransaction(QSqlDatabase db, Work work)
{
    if (!db.transaction())
        return false;
    if (!work()) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace

SessionStore::SessionStore(const QString &path, std::unique_ptr<QLockFile> lock)
    : m_path(path)
    , m_connectionPrefix(QStringLiteral("rosterbench-session-%1-").arg(++g_storeSerial))
    , m_lock(std::move(lock))
    , m_operator(defaultOperatorName())
{
    ++g_openStores;
}

SessionStore::~SessionStore()
{
    // Removing a connection closes it, whichever thread opened it; asking for it first would
    // not be allowed from another thread.
    const QStringList names = QSqlDatabase::connectionNames();
    for (const QString &name : names) {
        if (name.startsWith(m_connectionPrefix))
            QSqlDatabase::removeDatabase(name);
    }
    --g_openStores;
}

void SessionStore::setOperatorName(const QString &name)
{
    const QMutexLocker lock(&m_operatorMutex);
    m_operator = name;
}

QString SessionStore::operatorName() const
{
    const QMutexLocker lock(&m_operatorMutex);
    return m_operator;
}

bool SessionStore::isSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString SessionStore::defaultOperatorName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    if (name.isEmpty())
        name = qEnvironmentVariable("LOGNAME");
#ifdef Q_OS_UNIX
    // Started without a login's environment (a desktop launcher, a service, sudo -i): the system
    // still knows who runs it.
    if (name.isEmpty()) {
        const long size = sysconf(_SC_GETPW_R_SIZE_MAX);
        QByteArray buffer(size > 0 ? qsizetype(size) : 16384, Qt::Uninitialized);
        passwd entry{};
        passwd *found = nullptr;
        if (getpwuid_r(geteuid(), &entry, buffer.data(), size_t(buffer.size()), &found) == 0 && found && found->pw_name)
            name = QString::fromLocal8Bit(found->pw_name);
    }
#endif
    return name.isEmpty() ? Tr::tr("unknown") : name;
}

SessionError SessionStore::failure(const QString &what, const QString &why) const
{
    SessionError e;
    e.code = SessionError::Code::Failed;
    e.message = Tr::tr("%1 in “%2” failed: %3").arg(what, QDir::toNativeSeparators(m_path), why);
    return e;
}

QSqlDatabase SessionStore::connection() const
{
    ThreadConnections &mine = threadConnections();
    const QString name = m_connectionPrefix + QString::number(mine.serial);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!db.isOpen())
            db.open(); // one that failed to open (a disk gone for a moment) is tried again
        return db;
    }
    // Names of stores closed since are dropped: a thread that lives long sees many come and go.
    mine.names.removeIf([](const QString &n) { return !QSqlDatabase::contains(n); });
    mine.names.append(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    }
    return db;
}

std::unique_ptr<SessionStore> SessionStore::open(const QString &path, OpenMode mode, SessionError *error)
{
    SessionError local;
    SessionError &err = error ? *error : local;
    err = SessionError();
    const QString shown = QDir::toNativeSeparators(path);
    auto fail = [&err](SessionError::Code code, const QString &message) {
        err.code = code;
        err.message = message;
        return std::unique_ptr<SessionStore>();
    };

    const QFileInfo info(path);
    bool created = false;
    if (!info.exists()) {
        if (mode == OpenMode::Existing)
            return fail(SessionError::Code::NotFound, Tr::tr("There is no session at “%1”.").arg(shown));
        const QFileInfo folder(info.absolutePath());
        if (!folder.isDir())
            return fail(SessionError::Code::NotFound,
                        Tr::tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(folder.filePath())));
        // Created empty, readable and writable by its owner only, before SQLite writes a byte of
        // student data into it.
        QString why;
        if (!createPrivateFile(path, &why))
            return fail(SessionError::Code::ReadOnly, Tr::tr("The session “%1” could not be created: %2").arg(shown, why));
        created = true;
    } else {
        if (!info.isFile())
            return fail(SessionError::Code::NotASession, Tr::tr("“%1” is a folder, not a session file.").arg(shown));
        if (!isSqliteFile(path)) {
            if (!info.isReadable())
                return fail(SessionError::Code::ReadOnly,
                            Tr::tr("“%1” cannot be read: you do not have permission to open it.").arg(shown));
            return fail(SessionError::Code::NotASession,
                        info.size() == 0 ? Tr::tr("“%1” is empty: it is not a Rosterbench session.").arg(shown)
                              : Tr::tr("“%1” is not a Rosterbench session (it is not an SQLite file). Nothing "
                                       "was changed in it.")
                                    .arg(shown));
        }
        // Its owner's write permission counts too: a file marked read-only is one its owner means
        // to keep as it is, even for an administrator who could write it anyway.
        if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner)) {
            return fail(SessionError::Code::ReadOnly,
                        Tr::tr("“%1” is read-only. Rosterbench writes every change to the session as it "
                               "is made, so it cannot work in this file. Make it writable, or copy it to "
                               "a folder of yours and open the copy.")
                            .arg(shown));
        }
    }
    const QFileInfo folder(info.absolutePath());
    if (!folder.isWritable()) {
        return fail(SessionError::Code::ReadOnly,
                    Tr::tr("The folder of “%1” is read-only. Rosterbench keeps a journal beside the session "
                           "while it is open, so it needs to write there. Copy the session to a folder of "
                           "yours and open the copy.")
                        .arg(shown));
    }

    std::unique_ptr<QLockFile> lock = lockSession(path);
    if (!lock->isLocked()) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host, app;
            lock->getLockInfo(&pid, &host, &app);
            if (created)
                QFile::remove(path);
            return fail(SessionError::Code::InUse,
                        Tr::tr("“%1” is open in another Rosterbench (process %2 on %3). Close it there first; "
                               "a session is worked on in one window at a time.")
                            .arg(shown)
                            .arg(pid)
                            .arg(host.isEmpty() ? Tr::tr("this computer") : host));
        }
        if (created)
            QFile::remove(path);
        return fail(SessionError::Code::ReadOnly,
                    Tr::tr("“%1” could not be locked for this window: its folder cannot be written.").arg(shown));
    }

    std::unique_ptr<SessionStore> store(new SessionStore(path, std::move(lock)));
    if (!store->initialize(created, &err)) {
        store.reset();
        if (created) {
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return nullptr;
    }
    return store;
}

bool SessionStore::initialize(bool created, SessionError *error)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    auto fail = [&](SessionError::Code code, const QString &message) {
        error->code = code;
        error->message = message;
        return false;
    };
    auto corrupt = [&](const QString &detail) {
        return fail(SessionError::Code::Corrupt,
                    Tr::tr("“%1” is damaged and cannot be opened (%2). Nothing was changed in it; if you "
                           "have an earlier copy of the session, open that.")
                        .arg(shown, detail));
    };

    QSqlDatabase db = connection();
    if (!db.isOpen())
        return corrupt(plainReason(db.lastError()));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next())
        return corrupt(plainReason(q.lastError()));
    const qint32 appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return corrupt(plainReason(q.lastError()));
    const int version = q.value(0).toInt();
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return corrupt(plainReason(q.lastError()));
    const int objects = q.value(0).toInt();

    if (!created && appId != ApplicationId && (appId != 0 || objects > 0 || version != 0)) {
        return fail(SessionError::Code::NotASession,
                    Tr::tr("“%1” is an SQLite database, but not a Rosterbench session. Nothing was changed in it.")
                        .arg(shown));
    }
    if (version > SchemaVersion) {
        return fail(SessionError::Code::NewerSchema,
                    Tr::tr("“%1” was saved by a newer Rosterbench (session format %2; this version reads up to "
                           "%3). Open it with that version or a later one. Nothing was changed in it.")
                        .arg(shown)
                        .arg(version)
                        .arg(SchemaVersion));
    }
    if (!created && objects > 0) {
        if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
            return corrupt(plainReason(q.lastError()));
        if (q.value(0).toString() != QLatin1String("ok"))
            return corrupt(q.value(0).toString());
    }
    q.finish();

    // Large pages: an import's zip is stored in 4 MB pieces, which take 64 pages of 64 KB each
    // rather than a thousand of 4 KB. Only a new file takes a page size.
    if (created && !q.exec(QStringLiteral("PRAGMA page_size = 65536")))
        return corrupt(plainReason(q.lastError()));
    // WAL: readers are not blocked by a writer, and a write that is cut short (the process
    // killed, the disk full) leaves the last committed state.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return corrupt(plainReason(q.lastError()));
    q.finish();

    if (version < SchemaVersion && !migrate(version, error))
        return false;
    if (created) {
        QString why;
        const bool ok = inTransaction(db, [&] {
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO session (key, value) VALUES (?, ?)"));
            for (const auto &[key, value] :
                 {std::pair{QStringLiteral("created_at"), timestamp(QDateTime::currentDateTimeUtc())},
                  std::pair{QStringLiteral("created_by_version"), QStringLiteral(ROSTERBENCH_VERSION)}}) {
                insert.addBindValue(key);
                insert.addBindValue(value);
                if (!insert.exec()) {
                    why = plainReason(insert.lastError());
                    return false;
                }
            }
            SessionError historyError;
            if (!appendHistory(HistoryEvent::Kind::Created, 0, QString(), &historyError)) {
                why = historyError.message;
                return false;
            }
            return true;
        });
        if (!ok) {
            *error = failure(Tr::tr("Creating the session"), why.isEmpty() ? plainReason(db.lastError()) : why);
            return false;
        }
    }
    return true;
}

bool SessionStore::migrate(int from, SessionError *error)
{
    QSqlDatabase db = connection();
    for (int v = from; v < SchemaVersion; ++v) {
        QString why;
        const bool ok = inTransaction(db, [&] {
            QSqlQuery q(db);
            for (const QString &statement : migrations().at(v)) {
                if (!q.exec(statement)) {
                    why = plainReason(q.lastError());
                    return false;
                }
            }
            if (v == 0 && !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))) {
                why = plainReason(q.lastError());
                return false;
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1))) {
                why = plainReason(q.lastError());
                return false;
            }
            return true;
        });
        if (!ok) {
            *error = failure(Tr::tr("Bringing the session to format %1").arg(v + 1),
                             why.isEmpty() ? plainReason(db.lastError()) : why);
            return false;
        }
    }
    return true;
}

QDateTime SessionStore::createdAt() const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT value FROM session WHERE key = 'created_at'"));
    if (q.exec() && q.next())
        return parseTimestamp(q.value(0).toString());
    return {};
}

bool SessionStore::appendHistory(HistoryEvent::Kind kind, qint64 importId, const QString &detail, SessionError *error)
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO history (at, operator, kind, import_id, detail) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(operatorName()));
    q.addBindValue(QString::fromLatin1(historyKey(kind)));
    q.addBindValue(importId);
    q.addBindValue(text(detail));
    if (!q.exec()) {
        *error = failure(Tr::tr("Recording the history"), plainReason(q.lastError()));
        return false;
    }
    return true;
}

qint64 SessionStore::addImport(const NewImport &import, SessionError *error, Progress *progress)
{
    SessionError local;
    SessionError &err = error ? *error : local;
    err = SessionError();
    if (!import.zip || !import.zip->isReadable() || !import.findings) {
        err = failure(Tr::tr("Keeping the import"), Tr::tr("there is nothing to keep"));
        return 0;
    }
    QSqlDatabase db = connection();
    qint64 id = 0;
    QString why;
    const SeverityCounts counts = import.findings->severityCounts();
    const bool ok = inTransaction(db, [&] {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "INSERT INTO imports (imported_at, operator, origin, origin_kind, name, source_modified, source_bytes, "
            "source_checksum, rules_fingerprint, app_version, orgs, users, classes, enrollments, demographics, "
            "errors, holds, alerts, infos) VALUES (?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        q.addBindValue(text(operatorName()));
        q.addBindValue(text(import.origin));
        q.addBindValue(text(import.originKind));
        q.addBindValue(text(import.name));
        q.addBindValue(import.sourceModified.isValid() ? QVariant(timestamp(import.sourceModified)) : QVariant());
        q.addBindValue(RuleCatalogue::fingerprint());
        q.addBindValue(QStringLiteral(ROSTERBENCH_VERSION));
        for (qint64 n : {import.orgs, import.users, import.classes, import.enrollments, import.demographics})
            q.addBindValue(n);
        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info})
            q.addBindValue(counts[s]);
        if (!q.exec()) {
            why = plainReason(q.lastError());
            return false;
        }
        id = q.lastInsertId().toLongLong();

        // The zip, in pieces, hashed as it goes.
        QCryptographicHash hash(ChecksumAlgorithm);
        QSqlQuery chunk(db);
        chunk.prepare(QStringLiteral("INSERT INTO source_chunks (import_id, seq, data) VALUES (?, ?, ?)"));
        qint64 total = 0;
        for (int seq = 0;; ++seq) {
            if (progress && progress->isCancelled()) {
                err.code = SessionError::Code::Cancelled;
                return false;
            }
            const QByteArray data = import.zip->read(ChunkBytes);
            if (data.isEmpty()) {
                if (!import.zip->atEnd()) {
                    why = import.zip->errorString();
                    return false;
                }
                break;
            }
            hash.addData(data);
            total += data.size();
            chunk.addBindValue(id);
            chunk.addBindValue(seq);
            chunk.addBindValue(data);
            if (!chunk.exec()) {
                why = plainReason(chunk.lastError());
                return false;
            }
            if (progress)
                progress->add(data.size());
        }
        if (total == 0) {
            why = Tr::tr("the export's bytes could not be read");
            return false;
        }
        q.prepare(QStringLiteral("UPDATE imports SET source_bytes = ?, source_checksum = ? WHERE id = ?"));
        q.addBindValue(total);
        q.addBindValue(checksumText(hash));
        q.addBindValue(id);
        if (!q.exec()) {
            why = plainReason(q.lastError());
            return false;
        }

        q.prepare(QStringLiteral("INSERT INTO findings (import_id, encoded) VALUES (?, ?)"));
        q.addBindValue(id);
        q.addBindValue(encodeFindings(*import.findings));
        if (!q.exec()) {
            why = plainReason(q.lastError());
            return false;
        }
        if (import.population) {
            QSqlQuery school(db);
            school.prepare(QStringLiteral("INSERT INTO import_schools (import_id, position, school_id, name, users, "
                                          "classes, enrollments, user_ids, class_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            int position = 0;
            for (const SchoolPopulation &p : import.population->schools) {
                school.addBindValue(id);
                school.addBindValue(position++);
                school.addBindValue(text(p.schoolId));
                school.addBindValue(text(p.name));
                school.addBindValue(p.users);
                school.addBindValue(p.classes);
                school.addBindValue(p.enrollments);
                school.addBindValue(p.userIds.isNull() ? QByteArray("") : p.userIds);
                school.addBindValue(p.classIds.isNull() ? QByteArray("") : p.classIds);
                if (!school.exec()) {
                    why = plainReason(school.lastError());
                    return false;
                }
            }
        }
        SessionError historyError;
        if (!appendHistory(HistoryEvent::Kind::Imported, id, import.origin, &historyError)) {
            why = historyError.message;
            return false;
        }
        return true;
    });
    if (!ok) {
        if (err.code != SessionError::Code::Cancelled)
            err = failure(Tr::tr("Keeping the import of “%1”").arg(import.name), why.isEmpty() ? plainReason(db.lastError()) : why);
        else
            err.message = Tr::tr("The import was canceled; the session is as it was.");
        return 0;
    }
    return id;
}

namespace {

ImportInfo readImport(const QSqlQuery &q)
{
    ImportInfo info;
    int c = 0;
    info.id = q.value(c++).toLongLong();
    info.importedAt = parseTimestamp(q.value(c++).toString());
    info.operatorName = q.value(c++).toString();
    info.origin = q.value(c++).toString();
    info.originKind = q.value(c++).toString();
    info.name = q.value(c++).toString();
    const QVariant modified = q.value(c++);
    if (!modified.isNull())
        info.sourceModified = parseTimestamp(modified.toString());
    info.sourceBytes = q.value(c++).toLongLong();
    info.sourceChecksum = q.value(c++).toString();
    info.rulesFingerprint = q.value(c++).toString();
    info.appVersion = q.value(c++).toString();
    info.orgs = q.value(c++).toLongLong();
    info.users = q.value(c++).toLongLong();
    info.classes = q.value(c++).toLongLong();
    info.enrollments = q.value(c++).toLongLong();
    info.demographics = q.value(c++).toLongLong();
    for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info})
        info.findings[s] = q.value(c++).toLongLong();
    return info;
}

const char *const ImportColumns =
    "SELECT id, imported_at, operator, origin, origin_kind, name, source_modified, source_bytes, source_checksum, "
    "rules_fingerprint, app_version, orgs, users, classes, enrollments, demographics, errors, holds, alerts, infos "
    "FROM imports ";

} // namespace

QList<ImportInfo> SessionStore::imports() const
{
    QList<ImportInfo> out;
    QSqlQuery q(connection());
    if (!q.exec(QLatin1String(ImportColumns) + QLatin1String("ORDER BY id")))
        return out;
    while (q.next())
        out.append(readImport(q));
    return out;
}

std::optional<ImportInfo> SessionStore::import(qint64 id) const
{
    QSqlQuery q(connection());
    q.prepare(QLatin1String(ImportColumns) + QLatin1String("WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return readImport(q);
    return std::nullopt;
}

std::optional<ImportInfo> SessionStore::latestImport() const
{
    QSqlQuery q(connection());
    if (q.exec(QLatin1String(ImportColumns) + QLatin1String("ORDER BY id DESC LIMIT 1")) && q.next())
        return readImport(q);
    return std::nullopt;
}

std::optional<QByteArray> SessionStore::sourceZip(qint64 importId, SessionError *error, Progress *progress) const
{
    SessionError local;
    SessionError &err = error ? *error : local;
    err = SessionError();
    const std::optional<ImportInfo> info = import(importId);
    if (!info) {
        err = failure(Tr::tr("Reading import %1").arg(importId), Tr::tr("there is no such import"));
        return std::nullopt;
    }
    QByteArray zip;
    zip.reserve(info->sourceBytes);
    QCryptographicHash hash(ChecksumAlgorithm);
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT data FROM source_chunks WHERE import_id = ? ORDER BY seq"));
    q.addBindValue(importId);
    if (!q.exec()) {
        err = failure(Tr::tr("Reading the export of “%1”").arg(info->name), plainReason(q.lastError()));
        return std::nullopt;
    }
    while (q.next()) {
        if (progress && progress->isCancelled()) {
            err.code = SessionError::Code::Cancelled;
            err.message = Tr::tr("Reading the session was canceled.");
            return std::nullopt;
        }
        const QByteArray data = q.value(0).toByteArray();
        hash.addData(data);
        zip.append(data);
        if (progress)
            progress->add(data.size());
    }
    if (q.lastError().isValid()) {
        err = failure(Tr::tr("Reading the export of “%1”").arg(info->name), plainReason(q.lastError()));
        return std::nullopt;
    }
    if (zip.size() != info->sourceBytes || checksumText(hash) != info->sourceChecksum) {
        err.code = SessionError::Code::Corrupt;
        err.message = Tr::tr("The export “%1” kept in “%2” is damaged: its bytes no longer match the checksum "
                             "taken when it was imported. Import it again from the original.")
                          .arg(info->name, QDir::toNativeSeparators(m_path));
        return std::nullopt;
    }
    return zip;
}

std::optional<FindingList> SessionStore::findings(qint64 importId, SessionError *error) const
{
    SessionError local;
    SessionError &err = error ? *error : local;
    err = SessionError();
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT encoded FROM findings WHERE import_id = ?"));
    q.addBindValue(importId);
    if (!q.exec() || !q.next()) {
        err = failure(Tr::tr("Reading the findings of import %1").arg(importId),
                      q.lastError().isValid() ? plainReason(q.lastError()) : Tr::tr("there are none"));
        return std::nullopt;
    }
    QString why;
    std::optional<FindingList> list = decodeFindings(q.value(0).toByteArray(), &why);
    if (!list) {
        err.code = SessionError::Code::Corrupt;
        err.message = Tr::tr("The findings kept for import %1 could not be read: %2").arg(importId).arg(why);
    }
    return list;
}

bool SessionStore::change(const QString &what, HistoryEvent::Kind kind, qint64 importId, SessionError *error,
                          const std::function<bool(Change &)> &work)
{
    QSqlDatabase db = connection();
    Change c{QSqlQuery(db), QString(), QString(), true};
    const bool ok = inTransaction(db, [&] {
        if (!work(c))
            return false;
        if (!c.record)
            return true;
        SessionError historyError;
        if (!appendHistory(kind, importId, c.detail, &historyError)) {
            c.why = historyError.message;
            return false;
        }
        return true;
    });
    if (!ok && error)
        *error = failure(what, c.why.isEmpty() ? plainReason(db.lastError()) : c.why);
    return ok;
}

bool SessionStore::Change::exec(const QString &statement)
{
    if (statement.isEmpty() ? query.exec() : query.exec(statement))
        return true;
    why = plainReason(query.lastError());
    return false;
}

std::optional<ImportPopulation> SessionStore::population(qint64 importId) const
{
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT school_id, name, users, classes, enrollments, user_ids, class_ids "
                             "FROM import_schools WHERE import_id = ? ORDER BY position"));
    q.addBindValue(importId);
    if (!q.exec())
        return std::nullopt;
    ImportPopulation out;
    while (q.next()) {
        SchoolPopulation p;
        p.schoolId = q.value(0).toString();
        p.name = q.value(1).toString();
        p.users = q.value(2).toLongLong();
        p.classes = q.value(3).toLongLong();
        p.enrollments = q.value(4).toLongLong();
        p.userIds = q.value(5).toByteArray();
        p.classIds = q.value(6).toByteArray();
        out.schools.push_back(std::move(p));
    }
    if (out.schools.empty())
        return std::nullopt;
    return out;
}

QStringList SessionStore::schoolIds(qint64 importId) const
{
    QStringList out;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT school_id FROM import_schools WHERE import_id = ? ORDER BY position"));
    q.addBindValue(importId);
    if (!q.exec())
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool SessionStore::replaceFindings(qint64 importId, const FindingList &findings, SessionError *error)
{
    const SeverityCounts counts = findings.severityCounts();
    return change(Tr::tr("Keeping the new findings"), HistoryEvent::Kind::Rechecked, importId, error, [&](Change &c) {
        c.query.prepare(QStringLiteral("UPDATE findings SET encoded = ? WHERE import_id = ?"));
        c.query.addBindValue(encodeFindings(findings));
        c.query.addBindValue(importId);
        if (!c.exec())
            return false;
        if (c.query.numRowsAffected() != 1) {
            c.why = Tr::tr("there is no such import");
            return false;
        }
        c.query.prepare(QStringLiteral("UPDATE imports SET rules_fingerprint = ?, app_version = ?, errors = ?, "
                                       "holds = ?, alerts = ?, infos = ? WHERE id = ?"));
        c.query.addBindValue(RuleCatalogue::fingerprint());
        c.query.addBindValue(QStringLiteral(ROSTERBENCH_VERSION));
        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info})
            c.query.addBindValue(counts[s]);
        c.query.addBindValue(importId);
        c.detail = QStringLiteral(ROSTERBENCH_VERSION);
        return c.exec();
    });
}

namespace {

// Binds what names an acknowledged finding: its import, rule, file, line and column, what it is
// about and whether it was named by its place alone.
void bindFinding(QSqlQuery &q, const Acknowledgement &ack)
{
    q.addBindValue(ack.importId);
    q.addBindValue(text(ack.ruleCode));
    q.addBindValue(text(Schema::fileName(ack.kind))); // none for a file the export should not have
    q.addBindValue(qint64(ack.line));
    q.addBindValue(ack.column);
    q.addBindValue(text(ack.recordId));
    q.addBindValue(text(ack.detail));
    q.addBindValue(ack.byPlace ? 1 : 0);
}

QString findingDetail(const Acknowledgement &ack)
{
    QString out = QStringLiteral("%1 %2:%3 %4").arg(ack.ruleCode, Schema::fileName(ack.kind)).arg(ack.line).arg(ack.recordId);
    if (!ack.detail.isEmpty())
        out += QStringLiteral(" (%1)").arg(ack.detail);
    return out;
}

} // namespace

bool SessionStore::acknowledge(const Acknowledgement &ack, SessionError *error)
{
    return change(Tr::tr("Acknowledging the finding"), HistoryEvent::Kind::Acknowledged, ack.importId, error, [&](Change &c) {
        c.query.prepare(QStringLiteral("INSERT OR REPLACE INTO acknowledgements (import_id, rule, file, line, col, "
                                       "record_id, detail, by_place, note, operator, at) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        bindFinding(c.query, ack);
        c.query.addBindValue(text(ack.note));
        c.query.addBindValue(text(operatorName()));
        c.query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        c.detail = findingDetail(ack) + QStringLiteral(" — ") + ack.note;
        return c.exec();
    });
}

bool SessionStore::unacknowledge(const Acknowledgement &ack, SessionError *error)
{
    return change(Tr::tr("Taking back the acknowledgement"), HistoryEvent::Kind::Unacknowledged, ack.importId, error,
                  [&](Change &c) {
                      c.query.prepare(QStringLiteral("DELETE FROM acknowledgements WHERE import_id = ? AND rule = ? "
                                                     "AND file = ? AND line = ? AND col = ? AND record_id = ? "
                                                     "AND detail = ? AND by_place = ?"));
                      bindFinding(c.query, ack);
                      c.detail = findingDetail(ack);
                      if (!c.exec())
                          return false;
                      c.record = c.query.numRowsAffected() > 0; // nothing taken back, nothing to record
                      return true;
                  });
}

QList<Acknowledgement> SessionStore::acknowledgements(qint64 importId) const
{
    QList<Acknowledgement> out;
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT rule, file, line, col, record_id, note, operator, at, detail, by_place "
                             "FROM acknowledgements WHERE import_id = ? ORDER BY file, line, col, rule, record_id, detail"));
    q.addBindValue(importId);
    if (!q.exec())
        return out;
    while (q.next()) {
        Acknowledgement a;
        a.importId = importId;
        a.ruleCode = q.value(0).toString();
        a.kind = Schema::kindForFileName(q.value(1).toString());
        a.line = uint32_t(q.value(2).toLongLong());
        a.column = q.value(3).toInt();
        a.recordId = q.value(4).toString();
        a.note = q.value(5).toString();
        a.operatorName = q.value(6).toString();
        a.at = parseTimestamp(q.value(7).toString());
        a.detail = q.value(8).toString();
        a.byPlace = q.value(9).toInt() != 0;
        out.append(a);
    }
    return out;
}

namespace {

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// “Lakeview Elementary” (SCH001), or the id alone when the school has no name.
QString sisSchoolName(const SchoolMatch &m)
{
    return m.sisName.isEmpty() ? QStringLiteral("“%1”").arg(m.sisId) : QStringLiteral("“%1” (%2)").arg(m.sisName, m.sisId);
}

// Why a confirmed match cannot change: which school, who confirmed it and when, and what to do.
QString lockedMessage(const SchoolMatch &confirmed, const QString &hubName)
{
    const QString hub = hubName.isEmpty() ? QStringLiteral("“%1”").arg(confirmed.hubId)
                                          : QStringLiteral("“%1” (%2)").arg(hubName, confirmed.hubId);
    const QString what = confirmed.selected
        ? Tr::tr("The school %1 was confirmed by %2 on %3 to go to the hub school %4, and cannot be changed.")
              .arg(sisSchoolName(confirmed), confirmed.confirmedBy, when(confirmed.confirmedAt), hub)
        : Tr::tr("The school %1 was confirmed by %2 on %3 as not synced, and cannot be changed.")
              .arg(sisSchoolName(confirmed), confirmed.confirmedBy, when(confirmed.confirmedAt));
    return what + u' '
        + Tr::tr("The hub does not remap a confirmed school: to change it, contact the hub's support.");
}

SessionError refusal(SessionError::Code code, const QString &message)
{
    SessionError e;
    e.code = code;
    e.message = message;
    return e;
}

} // namespace

bool SessionStore::setHubSchools(const QList<HubSchool> &schools, SessionError *error)
{
    auto refuse = [error](SessionError::Code code, const QString &message) {
        if (error)
            *error = refusal(code, message);
        return false;
    };
    QSet<QString> ids;
    for (const HubSchool &h : schools) {
        if (h.id.trimmed().isEmpty())
            return refuse(SessionError::Code::Invalid, Tr::tr("The hub school “%1” has no id.").arg(h.name));
        if (h.name.trimmed().isEmpty())
            return refuse(SessionError::Code::Invalid, Tr::tr("The hub school with id “%1” has no name.").arg(h.id));
        if (ids.contains(h.id))
            return refuse(SessionError::Code::Invalid,
                          Tr::tr("The hub school id “%1” is listed twice: each hub school needs its own id.").arg(h.id));
        ids.insert(h.id);
    }
    const QList<HubSchool> before = hubSchools();
    QHash<QString, QString> nameBefore;
    for (const HubSchool &h : before)
        nameBefore.insert(h.id, h.name);
    QStringList cleared; // hub ids that matches not yet confirmed lose
    for (const SchoolMatch &m : schoolMatches()) {
        if (m.hubId.isEmpty() || ids.contains(m.hubId))
            continue;
        if (m.isConfirmed())
            return refuse(SessionError::Code::Locked,
                          Tr::tr("The hub school “%1” cannot be dropped from the list.").arg(m.hubId) + u' '
                              + lockedMessage(m, nameBefore.value(m.hubId)));
        cleared << m.hubId;
    }
    if (schools == before)
        return true; // nothing new to keep or record
    return change(Tr::tr("Keeping the hub's schools"), HistoryEvent::Kind::HubSchools, 0, error, [&](Change &c) {
        if (!c.exec(QStringLiteral("DELETE FROM hub_schools")))
            return false;
        c.query.prepare(QStringLiteral("INSERT INTO hub_schools (id, name, detail, nces_id, city, position) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < schools.size(); ++i) {
            c.query.addBindValue(text(schools[i].id));
            c.query.addBindValue(text(schools[i].name));
            c.query.addBindValue(text(schools[i].detail));
            c.query.addBindValue(text(schools[i].ncesId));
            c.query.addBindValue(text(schools[i].city));
            c.query.addBindValue(i);
            if (!c.exec())
                return false;
        }
        c.query.prepare(QStringLiteral("UPDATE school_matches SET hub_id = '' WHERE confirmed_at IS NULL AND hub_id = ?"));
        for (const QString &id : std::as_const(cleared)) {
            c.query.addBindValue(id);
            if (!c.exec())
                return false;
        }
        c.detail = QString::number(schools.size());
        if (!cleared.isEmpty())
            c.detail += QStringLiteral("; unmatched from ") + cleared.join(QStringLiteral(", "));
        return true;
    });
}

QList<HubSchool> SessionStore::hubSchools() const
{
    QList<HubSchool> out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, name, detail, nces_id, city FROM hub_schools ORDER BY position")))
        return out;
    while (q.next()) {
        HubSchool h;
        h.id = q.value(0).toString();
        h.name = q.value(1).toString();
        h.detail = q.value(2).toString();
        h.ncesId = q.value(3).toString();
        h.city = q.value(4).toString();
        out.append(h);
    }
    return out;
}

bool SessionStore::setSchoolMatches(const QList<SchoolMatch> &matches, SessionError *error)
{
    auto refuse = [error](SessionError::Code code, const QString &message) {
        if (error)
            *error = refusal(code, message);
        return false;
    };
    QHash<QString, QString> hubName;
    for (const HubSchool &h : hubSchools())
        hubName.insert(h.id, h.name);
    const QList<SchoolMatch> stored = schoolMatches();
    QHash<QString, const SchoolMatch *> storedOf;
    for (const SchoolMatch &m : stored)
        storedOf.insert(m.sisId, &m);

    // A change to a confirmed match is refused before anything else is looked at: whatever else
    // is wrong with the request, that is the answer that matters.
    for (const SchoolMatch &m : matches) {
        const SchoolMatch *confirmed = storedOf.value(m.sisId);
        if (confirmed && confirmed->isConfirmed()
            && (confirmed->selected != m.selected || (m.selected && confirmed->hubId != m.hubId)))
            return refuse(SessionError::Code::Locked, lockedMessage(*confirmed, hubName.value(confirmed->hubId)));
    }

    // What the matching becomes: confirmed matches as they were confirmed, the others as asked.
    QList<SchoolMatch> wanted;
    QSet<QString> listed;
    for (SchoolMatch m : matches) {
        if (m.sisId.isEmpty())
            return refuse(SessionError::Code::Invalid, Tr::tr("A school to match (“%1”) has no SIS id.").arg(m.sisName));
        if (listed.contains(m.sisId))
            return refuse(SessionError::Code::Invalid,
                          Tr::tr("The school %1 is listed twice in the matching.").arg(sisSchoolName(m)));
        listed.insert(m.sisId);
        if (const SchoolMatch *confirmed = storedOf.value(m.sisId); confirmed && confirmed->isConfirmed()) {
            wanted.append(*confirmed);
            continue;
        }
        if (!m.selected)
            m.hubId.clear(); // a school that does not sync goes to no hub school
        m.confirmedAt = {};
        m.confirmedBy.clear();
        if (!m.hubId.isEmpty() && !hubName.contains(m.hubId))
            return refuse(SessionError::Code::Invalid,
                          Tr::tr("The hub school “%1” chosen for %2 is not among the hub's schools of this session.")
                              .arg(m.hubId, sisSchoolName(m)));
        wanted.append(m);
    }
    // Confirmed ones stay, asked about or not, where they were: first.
    QList<SchoolMatch> kept;
    for (const SchoolMatch &m : stored) {
        if (m.isConfirmed() && !listed.contains(m.sisId))
            kept.append(m);
    }
    wanted = kept + wanted;
    // One SIS school for one hub school.
    QHash<QString, const SchoolMatch *> intoHub;
    for (const SchoolMatch &m : std::as_const(wanted)) {
        if (!m.syncs())
            continue;
        if (const SchoolMatch *other = intoHub.value(m.hubId)) {
            return refuse(SessionError::Code::Invalid,
                          Tr::tr("Both %1 and %2 would go to the hub school “%3”: a hub school takes one SIS school.")
                              .arg(sisSchoolName(*other), sisSchoolName(m), hubName.value(m.hubId, m.hubId)));
        }
        intoHub.insert(m.hubId, &m);
    }
    if (wanted == stored)
        return true; // nothing new to keep or record

    return change(Tr::tr("Keeping the school matching"), HistoryEvent::Kind::Matched, 0, error, [&](Change &c) {
        if (!c.exec(QStringLiteral("DELETE FROM school_matches WHERE confirmed_at IS NULL")))
            return false;
        int matched = 0;
        for (int i = 0; i < wanted.size(); ++i) {
            const SchoolMatch &m = wanted[i];
            if (m.isConfirmed()) {
                c.query.prepare(QStringLiteral("UPDATE school_matches SET position = ? WHERE sis_id = ?"));
                c.query.addBindValue(i);
                c.query.addBindValue(m.sisId);
            } else {
                c.query.prepare(QStringLiteral("INSERT INTO school_matches (sis_id, sis_name, hub_id, selected, position) "
                                               "VALUES (?, ?, ?, ?, ?)"));
                c.query.addBindValue(text(m.sisId));
                c.query.addBindValue(text(m.sisName));
                c.query.addBindValue(text(m.hubId));
                c.query.addBindValue(m.selected ? 1 : 0);
                c.query.addBindValue(i);
            }
            if (!c.exec())
                return false;
            matched += m.syncs();
        }
        c.detail = QStringLiteral("%1/%2").arg(matched).arg(wanted.size());
        return true;
    });
}

QList<SchoolMatch> SessionStore::schoolMatches() const
{
    QList<SchoolMatch> out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT sis_id, sis_name, hub_id, selected, confirmed_at, confirmed_by "
                               "FROM school_matches ORDER BY position")))
        return out;
    while (q.next()) {
        SchoolMatch m;
        m.sisId = q.value(0).toString();
        m.sisName = q.value(1).toString();
        m.hubId = q.value(2).toString();
        m.selected = q.value(3).toInt() != 0;
        if (!q.value(4).isNull()) {
            m.confirmedAt = parseTimestamp(q.value(4).toString());
            m.confirmedBy = q.value(5).toString();
        }
        out.append(m);
    }
    return out;
}

bool SessionStore::confirmMatching(SessionError *error)
{
    const QList<SchoolMatch> stored = schoolMatches();
    QStringList undecided, confirmed;
    for (const SchoolMatch &m : stored) {
        if (m.isConfirmed())
            continue;
        if (!m.isDecided())
            undecided << sisSchoolName(m);
        else
            confirmed << (m.selected ? QStringLiteral("%1→%2").arg(m.sisId, m.hubId) : m.sisId + QStringLiteral(" deselected"));
    }
    if (!undecided.isEmpty()) {
        if (error)
            *error = refusal(SessionError::Code::Invalid,
                             Tr::tr("Nothing was confirmed: %n school(s) have neither a hub school nor are deselected: %1. "
                                    "Match or deselect each first.",
                                    nullptr, int(undecided.size()))
                                 .arg(QLocale().createSeparatedList(undecided)));
        return false;
    }
    if (confirmed.isEmpty()) {
        if (error)
            *error = refusal(SessionError::Code::Invalid,
                             stored.isEmpty() ? Tr::tr("There is no school matching to confirm yet.")
                                              : Tr::tr("Every school's match is confirmed already: there is nothing new to confirm."));
        return false;
    }
    return change(Tr::tr("Confirming the school matching"), HistoryEvent::Kind::Locked, 0, error, [&](Change &c) {
        c.query.prepare(QStringLiteral("UPDATE school_matches SET confirmed_at = ?, confirmed_by = ? "
                                       "WHERE confirmed_at IS NULL"));
        c.query.addBindValue(timestamp(QDateTime::currentDateTimeUtc()));
        c.query.addBindValue(text(operatorName()));
        c.detail = confirmed.join(QStringLiteral(", "));
        return c.exec();
    });
}

QList<MatchingLock> SessionStore::matchingConfirmations() const
{
    QList<MatchingLock> out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT confirmed_at, confirmed_by, sis_id FROM school_matches "
                               "WHERE confirmed_at IS NOT NULL ORDER BY confirmed_at, confirmed_by, position")))
        return out;
    QString lastAt, lastBy;
    while (q.next()) {
        const QString at = q.value(0).toString(), by = q.value(1).toString();
        if (out.isEmpty() || at != lastAt || by != lastBy) {
            out.append(MatchingLock{parseTimestamp(at), by, {}});
            lastAt = at;
            lastBy = by;
        }
        out.last().sisIds << q.value(2).toString();
    }
    return out;
}

std::optional<MatchingLock> SessionStore::matchingLock() const
{
    const QList<MatchingLock> all = matchingConfirmations();
    if (all.isEmpty())
        return std::nullopt;
    return all.first();
}

bool SessionStore::recordExport(qint64 importId, const QString &what, SessionError *error)
{
    return change(Tr::tr("Recording the export"), HistoryEvent::Kind::Exported, importId, error, [&](Change &c) {
        c.detail = what;
        return true;
    });
}

QList<HistoryEvent> SessionStore::history() const
{
    QList<HistoryEvent> out;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("SELECT id, at, operator, kind, import_id, detail FROM history ORDER BY id")))
        return out;
    while (q.next()) {
        HistoryEvent e;
        e.id = q.value(0).toLongLong();
        e.at = parseTimestamp(q.value(1).toString());
        e.operatorName = q.value(2).toString();
        const std::optional<HistoryEvent::Kind> kind = historyKind(q.value(3).toString());
        if (!kind)
            continue; // recorded by a newer version: not something this one can name
        e.kind = *kind;
        e.importId = q.value(4).toLongLong();
        e.detail = q.value(5).toString();
        out.append(e);
    }
    return out;
}

bool SessionStore::copyTo(const QString &path, SessionError *error) const
{
    SessionError local;
    SessionError &err = error ? *error : local;
    err = SessionError();
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        return true;
    // The folder first: its own trouble, in words, rather than the lock's.
    const QFileInfo folder(QFileInfo(path).absolutePath());
    const QString folderShown = QDir::toNativeSeparators(folder.filePath());
    if (!folder.exists() || !folder.isDir()) {
        err.code = SessionError::Code::NotFound;
        err.message = folder.exists() ? Tr::tr("“%1” is a file, not a folder: a session cannot be saved inside it.").arg(folderShown)
                                      : Tr::tr("The folder “%1” does not exist.").arg(folderShown);
        return false;
    }
    if (!folder.isWritable()) {
        err.code = SessionError::Code::ReadOnly;
        err.message = Tr::tr("The folder “%1” cannot be written: you do not have permission to save files there.")
                          .arg(folderShown);
        return false;
    }
    if (const QFileInfo target(path); target.exists() && (!target.isFile() || !target.isWritable())) {
        err.code = SessionError::Code::ReadOnly;
        err.message = target.isFile() ? Tr::tr("“%1” is read-only: it cannot be replaced.").arg(shown)
                                      : Tr::tr("“%1” is a folder, not a session file.").arg(shown);
        return false;
    }
    const std::unique_ptr<QLockFile> targetLock = lockSession(path);
    if (!targetLock->isLocked()) {
        err.code = targetLock->error() == QLockFile::LockFailedError ? SessionError::Code::InUse : SessionError::Code::ReadOnly;
        err.message = err.code == SessionError::Code::InUse
            ? Tr::tr("“%1” is open in another Rosterbench; it cannot be replaced now.").arg(shown)
            : Tr::tr("“%1” cannot be written: its folder is read-only.").arg(shown);
        return false;
    }
    // The copy is made beside the target under another name, owner-only, and renamed over it
    // only once complete: a failure leaves whatever was at `path` untouched.
    const QString partial = path + QStringLiteral(".part-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
    if (QString why; !createPrivateFile(partial, &why)) {
        err = failure(Tr::tr("Saving a copy as “%1”").arg(shown), why);
        err.code = SessionError::Code::ReadOnly;
        return false;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const QString why = plainReason(q.lastError());
        QFile::remove(partial);
        err = failure(Tr::tr("Saving a copy as “%1”").arg(shown), why);
        return false;
    }
    // A journal left beside an older file of that name belongs to it, not to the copy.
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    // rename() replaces the target in one step where the system can (POSIX); elsewhere the old
    // file goes first.
    bool moved = std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) == 0;
    if (!moved && QFile::exists(path) && QFile::remove(path))
        moved = QFile::rename(partial, path);
    if (!moved) {
        QFile::remove(partial);
        err = failure(Tr::tr("Saving a copy as “%1”").arg(shown), Tr::tr("the copy could not be put in place"));
        return false;
    }
    return true;
}

} // namespace rb
