#include "exportfixture.h"
#include "oneroster/exportreader.h"
#include "session/sessionstore.h"
#include "validation/rulecatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

using namespace rb;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray digest(const QString &path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

// Runs SQL on a file directly, as another program would.
bool rawSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}

struct Imported
{
    qint64 id = 0;
    QByteArray zip;
    FindingList findings;
};

// Reads `zipPath` and keeps it in `store` as the window and the command line do.
Imported importZip(SessionStore &store, const QString &zipPath)
{
    Imported out;
    ReadResult result = ExportReader().read({zipPath});
    out.findings = result.findings;
    out.zip = fileBytes(zipPath);
    QFile zip(zipPath);
    if (!zip.open(QIODevice::ReadOnly))
        return out;
    SessionStore::NewImport import;
    import.origin = zipPath;
    import.originKind = QStringLiteral("zip");
    import.name = QFileInfo(zipPath).fileName();
    import.zip = &zip;
    import.findings = &result.findings;
    import.users = qint64(result.roster->table(FileKind::Users).rowCount());
    SessionError error;
    out.id = store.addImport(import, &error);
    if (!out.id)
        qWarning("%s", qPrintable(error.message));
    return out;
}

// An acknowledgement of the missing email of the user on `line`.
Acknowledgement emailMissingOnLine(qint64 importId, uint32_t line)
{
    Acknowledgement ack;
    ack.importId = importId;
    ack.ruleCode = QStringLiteral("USR-EMAIL-MISSING");
    ack.kind = FileKind::Users;
    ack.line = line;
    ack.column = 13;
    ack.note = QStringLiteral("checked");
    return ack;
}

} // namespace

class SessionStoreTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        rb::test::ExportFiles files = rb::test::validExport();
        // One finding at least, so that findings have something to keep.
        files[QStringLiteral("users.csv")].append("u-bad,,,true,s1,teacher,bad,,Bad,Teacher,,,,,,,,\n");
        m_zip = path(QStringLiteral("export.zip"));
        QVERIFY(rb::test::writeZip(m_zip, files));
    }

    void create_thenReopen_keepsEverything()
    {
        const QString file = path(QStringLiteral("everything.rosterbench"));
        Imported first, second;
        {
            SessionError error;
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, &error);
            QVERIFY2(store, qPrintable(error.message));
            store->setOperatorName(QStringLiteral("Ana Ruiz"));
            first = importZip(*store, m_zip);
            QVERIFY(first.id > 0);
            QVERIFY(first.findings.size() > 0);
            second = importZip(*store, m_zip);
            QVERIFY(second.id > first.id);

            Acknowledgement ack;
            ack.importId = first.id;
            ack.ruleCode = RuleCatalogue::code(first.findings.at(0).rule);
            ack.kind = first.findings.at(0).kind;
            ack.line = first.findings.at(0).line;
            ack.column = first.findings.at(0).column;
            ack.recordId = QStringLiteral("u-bad");
            ack.note = QStringLiteral("Known: fixed in the SIS on Friday");
            QVERIFY(store->acknowledge(ack, &error));
            QVERIFY(store->setHubSchools({{QStringLiteral("h1"), QStringLiteral("Lakeview High"), QStringLiteral("Main St")},
                                          {QStringLiteral("h2"), QStringLiteral("Jefferson Middle"), QString()}},
                                         &error));
            QVERIFY(store->setSchoolMatches({{QStringLiteral("s1"), QStringLiteral("Lakeview HS"), QStringLiteral("h1"), true},
                                             {QStringLiteral("s2"), QStringLiteral("Old School"), QString(), false}},
                                            &error));
            QVERIFY2(store->confirmMatching(&error), qPrintable(error.message));
            QVERIFY(store->recordExport(second.id, QStringLiteral("findings.csv"), &error));
        }

        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QList<ImportInfo> imports = store->imports();
        QCOMPARE(imports.size(), 2);
        QCOMPARE(imports[0].id, first.id);
        QCOMPARE(imports[0].name, QStringLiteral("export.zip"));
        QCOMPARE(imports[0].origin, m_zip);
        QCOMPARE(imports[0].originKind, QStringLiteral("zip"));
        QCOMPARE(imports[0].operatorName, QStringLiteral("Ana Ruiz"));
        QCOMPARE(imports[0].sourceBytes, qint64(first.zip.size()));
        QCOMPARE(imports[0].rulesFingerprint, RuleCatalogue::fingerprint());
        QCOMPARE(imports[0].findings.total(), qint64(first.findings.size()));
        QVERIFY(imports[0].users > 0);
        QVERIFY(qAbs(imports[0].importedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QCOMPARE(store->latestImport()->id, second.id);

        // The exact bytes, and the findings as they were.
        const std::optional<QByteArray> zip = store->sourceZip(first.id, &error);
        QVERIFY2(zip, qPrintable(error.message));
        QCOMPARE(*zip, first.zip);
        const std::optional<FindingList> findings = store->findings(first.id, &error);
        QVERIFY2(findings, qPrintable(error.message));
        QCOMPARE(findings->size(), first.findings.size());
        for (size_t i = 0; i < findings->size(); ++i) {
            QCOMPARE(findings->at(i).rule, first.findings.at(i).rule);
            QCOMPARE(findings->message(findings->at(i)), first.findings.message(first.findings.at(i)));
        }

        const QList<Acknowledgement> acks = store->acknowledgements(first.id);
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks[0].note, QStringLiteral("Known: fixed in the SIS on Friday"));
        QCOMPARE(acks[0].operatorName, QStringLiteral("Ana Ruiz"));
        QVERIFY(store->acknowledgements(second.id).isEmpty());

        QCOMPARE(store->hubSchools().size(), 2);
        QCOMPARE(store->hubSchools()[0].detail, QStringLiteral("Main St"));
        const QList<SchoolMatch> matches = store->schoolMatches();
        QCOMPARE(matches.size(), 2);
        QCOMPARE(matches[0].hubId, QStringLiteral("h1"));
        QVERIFY(!matches[1].selected);
        QVERIFY(store->matchingLock());
        QCOMPARE(store->matchingLock()->operatorName, QStringLiteral("Ana Ruiz"));

        QList<HistoryEvent::Kind> kinds;
        for (const HistoryEvent &e : store->history())
            kinds.append(e.kind);
        const QList<HistoryEvent::Kind> expected = {
            HistoryEvent::Kind::Created,    HistoryEvent::Kind::Imported, HistoryEvent::Kind::Imported,
            HistoryEvent::Kind::Acknowledged, HistoryEvent::Kind::HubSchools, HistoryEvent::Kind::Matched,
            HistoryEvent::Kind::Locked,     HistoryEvent::Kind::Exported};
        QCOMPARE(kinds, expected);
        QCOMPARE(store->history().last().detail, QStringLiteral("findings.csv"));
    }

    void newFile_isReadableByItsOwnerOnly()
    {
        const QString file = path(QStringLiteral("private.rosterbench"));
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            QVERIFY(importZip(*store, m_zip).id > 0);
            const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                | QFileDevice::ReadOther | QFileDevice::WriteOther;
            QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
            QCOMPARE(QFile::permissions(file + QStringLiteral("-wal")) & others, QFileDevice::Permissions());
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(file) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(file) & QFileDevice::ReadOwner);
        QVERIFY(QFile::permissions(file) & QFileDevice::WriteOwner);

        // A copy saved elsewhere is private too.
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, nullptr);
        QVERIFY(store);
        const QString copy = path(QStringLiteral("private-copy.rosterbench"));
        SessionError error;
        QVERIFY2(store->copyTo(copy, &error), qPrintable(error.message));
        QCOMPARE(QFile::permissions(copy) & others, QFileDevice::Permissions());
    }

    void copyTo_makesACompleteSessionAndReplacesOnlyWhenDone()
    {
        const QString file = path(QStringLiteral("original.rosterbench"));
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        const Imported imported = importZip(*store, m_zip);
        const QString copy = path(QStringLiteral("copy.rosterbench"));
        QFile old(copy);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older file of that name");
        old.close();
        SessionError error;
        QVERIFY2(store->copyTo(copy, &error), qPrintable(error.message));
        auto reopened = SessionStore::open(copy, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(reopened, qPrintable(error.message));
        QCOMPARE(reopened->imports().size(), 1);
        QCOMPARE(*reopened->sourceZip(reopened->imports()[0].id, &error), imported.zip);
        QCOMPARE(reopened->history().size(), store->history().size());
        // No piece of the copy is left behind.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.part-*")}).size(), 0);

        // A session open elsewhere is not replaced.
        QVERIFY(!store->copyTo(copy, &error));
        QCOMPARE(error.code, SessionError::Code::InUse);
    }

    void notASession_isRefusedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QTest::newRow("text") << QByteArray("sourcedId,name\n1,Lakeview\n") << int(SessionError::Code::NotASession);
        QTest::newRow("empty") << QByteArray() << int(SessionError::Code::NotASession);
        QTest::newRow("zip") << QByteArray("PK\x03\x04 not really a zip", 22) << int(SessionError::Code::NotASession);
        QByteArray header("SQLite format 3\0", 16);
        QByteArray garbage = header;
        for (int i = 0; i < 8192; ++i)
            garbage.append(char(QRandomGenerator::global()->bounded(256)));
        QTest::newRow("sqlite header, garbage after") << garbage << int(SessionError::Code::Corrupt);
    }

    void notASession_isRefusedAndLeftAlone()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const QString file = path(QStringLiteral("not-a-session-%1.rosterbench").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(int(error.code), code);
        QVERIFY(error.message.contains(QDir::toNativeSeparators(file)));
        QCOMPARE(fileBytes(file), bytes);
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    }

    void otherSqliteDatabase_isNotTakenForASession()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        QVERIFY(rawSql(file, {QStringLiteral("CREATE TABLE photos (id INTEGER, name TEXT)"),
                              QStringLiteral("INSERT INTO photos VALUES (1, 'beach')")}));
        const QByteArray before = digest(file);
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::NotASession);
        QVERIFY(error.message.contains(QStringLiteral("not a Rosterbench session")));
        QCOMPARE(digest(file), before);
    }

    void emptySqliteDatabase_becomesASession()
    {
        // Format 0 is "no schema yet": the migrations bring it to this version.
        const QString file = path(QStringLiteral("blank.rosterbench"));
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA user_version = 0"), QStringLiteral("VACUUM")}));
        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(importZip(*store, m_zip).id > 0);
        store.reset();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), SessionStore::SchemaVersion);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void newerSchema_isRefusedAndLeftAlone()
    {
        const QString file = path(QStringLiteral("newer.rosterbench"));
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            QVERIFY(importZip(*store, m_zip).id > 0);
        }
        QVERIFY(rawSql(file, {QStringLiteral("PRAGMA user_version = %1").arg(SessionStore::SchemaVersion + 1)}));
        const QByteArray before = digest(file);
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::NewerSchema);
        QVERIFY(error.message.contains(QStringLiteral("newer Rosterbench")));
        QCOMPARE(digest(file), before);
    }

    void corruptFile_isRefusedAndLeftAlone()
    {
        const QString file = path(QStringLiteral("corrupt.rosterbench"));
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            QVERIFY(importZip(*store, m_zip).id > 0);
        }
        // Damage every page past the first (the schema) with noise.
        QByteArray bytes = fileBytes(file);
        QVERIFY(bytes.size() > 8192);
        for (qsizetype i = 4096 + 100; i < bytes.size(); i += 97)
            bytes[i] = char(bytes[i] ^ 0x5a);
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const QByteArray before = digest(file);
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::Corrupt);
        QVERIFY(error.message.contains(QStringLiteral("damaged")));
        QCOMPARE(digest(file), before);
    }

    void damagedSourceBytes_areCaughtByTheirChecksum()
    {
        const QString file = path(QStringLiteral("tampered.rosterbench"));
        qint64 id = 0;
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            id = importZip(*store, m_zip).id;
        }
        QVERIFY(rawSql(file, {QStringLiteral("UPDATE source_chunks SET data = X'00' || data WHERE import_id = %1").arg(id)}));
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, nullptr);
        QVERIFY(store);
        SessionError error;
        QVERIFY(!store->sourceZip(id, &error));
        QCOMPARE(error.code, SessionError::Code::Corrupt);
        QVERIFY(error.message.contains(QStringLiteral("checksum")));
    }

    void readOnlyFile_isRefusedAndLeftAlone()
    {
        const QString file = path(QStringLiteral("readonly.rosterbench"));
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
        const QByteArray before = digest(file);
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::ReadOnly);
        QVERIFY(error.message.contains(QStringLiteral("read-only")));
        QCOMPARE(digest(file), before);
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void missingFile_orFolder_saySo()
    {
        SessionError error;
        QVERIFY(!SessionStore::open(path(QStringLiteral("nowhere.rosterbench")), SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::NotFound);
        QVERIFY(!SessionStore::open(path(QStringLiteral("no/such/folder/x.rosterbench")),
                                    SessionStore::OpenMode::CreateIfMissing, &error));
        QCOMPARE(error.code, SessionError::Code::NotFound);
        QVERIFY(!SessionStore::open(m_dir.path(), SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::NotASession);
    }

    void sessionOpenElsewhere_isRefused_andAStaleLockIsTakenOver()
    {
        const QString file = path(QStringLiteral("shared.rosterbench"));
        auto first = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(first);
        SessionError error;
        QVERIFY(!SessionStore::open(file, SessionStore::OpenMode::Existing, &error));
        QCOMPARE(error.code, SessionError::Code::InUse);
        QVERIFY(error.message.contains(QString::number(QCoreApplication::applicationPid())));
        // A lock left by a process that was killed is taken over: see
        // importKilledMidway_leavesTheLastCompleteState.
    }

    void history_isAppendOnly()
    {
        const QString file = path(QStringLiteral("history.rosterbench"));
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            QVERIFY(importZip(*store, m_zip).id > 0);
        }
        QVERIFY(!rawSql(file, {QStringLiteral("DELETE FROM history")}));
        QVERIFY(!rawSql(file, {QStringLiteral("UPDATE history SET operator = 'someone else'")}));
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, nullptr);
        QVERIFY(store);
        QCOMPARE(store->history().size(), 2);
    }

    // The matching's own suite (tst_matchinglock) tests the lock in depth; this is its place in
    // the session file.
    void confirmedMatch_cannotBeChanged()
    {
        const QString file = path(QStringLiteral("matching.rosterbench"));
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        SessionError error;
        QVERIFY(store->setHubSchools({{QStringLiteral("h1"), QStringLiteral("A"), {}, {}, {}},
                                      {QStringLiteral("h2"), QStringLiteral("B"), {}, {}, {}}},
                                     &error));
        QVERIFY(store->setSchoolMatches({{QStringLiteral("s1"), QStringLiteral("A"), QStringLiteral("h1"), true}}, &error));
        QVERIFY(store->confirmMatching(&error));
        QVERIFY(!store->confirmMatching(&error));
        QVERIFY(!store->setSchoolMatches({{QStringLiteral("s1"), QStringLiteral("A"), QStringLiteral("h2"), true}}, &error));
        QCOMPARE(error.code, SessionError::Code::Locked);
        QCOMPARE(store->schoolMatches()[0].hubId, QStringLiteral("h1"));
        QCOMPARE(store->history().last().kind, HistoryEvent::Kind::Locked);
    }

    void acknowledgement_canBeTakenBack()
    {
        const QString file = path(QStringLiteral("acks.rosterbench"));
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        const Imported imported = importZip(*store, m_zip);
        Acknowledgement ack;
        ack.importId = imported.id;
        ack.ruleCode = QStringLiteral("USR-EMAIL-MISSING");
        ack.kind = FileKind::Users;
        ack.line = 7;
        ack.column = 13;
        ack.note = QStringLiteral("first note");
        SessionError error;
        QVERIFY(store->acknowledge(ack, &error));
        ack.note = QStringLiteral("second note");
        QVERIFY(store->acknowledge(ack, &error));
        QCOMPARE(store->acknowledgements(imported.id).size(), 1);
        QCOMPARE(store->acknowledgements(imported.id)[0].note, QStringLiteral("second note"));
        QVERIFY(store->unacknowledge(ack, &error));
        QVERIFY(store->acknowledgements(imported.id).isEmpty());
        QCOMPARE(store->history().last().kind, HistoryEvent::Kind::Unacknowledged);
    }

    void workerThread_importsWhileTheOwnerReads()
    {
        // The window imports on a worker and reads on its own thread: each gets its connection.
        const QString file = path(QStringLiteral("threads.rosterbench"));
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        qint64 id = 0;
        QThread *worker = QThread::create([&] { id = importZip(*store, m_zip).id; });
        worker->start();
        while (!worker->isFinished())
            QVERIFY(store->imports().size() <= 1);
        worker->wait();
        delete worker;
        QVERIFY(id > 0);
        QCOMPARE(store->imports().size(), 1);
        QVERIFY(store->sourceZip(id, nullptr).has_value());
    }

    void successiveShortLivedThreads_eachGetAConnectionOfTheirOwn()
    {
        // The window's jobs run on pool threads that end when idle; the system gives a later
        // thread the id of one that ended. Each must still find the session, then the owner too,
        // and what the threads that ended opened must not pile up.
        const QString file = path(QStringLiteral("successive.rosterbench"));
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        const qint64 id = importZip(*store, m_zip).id;
        QVERIFY(id > 0);
        const QString prefixOfStore = QStringLiteral("rosterbench-session-");
        auto connectionsOfStores = [&] {
            int n = 0;
            for (const QString &name : QSqlDatabase::connectionNames())
                n += name.startsWith(prefixOfStore);
            return n;
        };
        const int before = connectionsOfStores();
        QSet<Qt::HANDLE> threadIds;
        constexpr int Threads = 40;
        for (int i = 0; i < Threads; ++i) {
            QString failed;
            Qt::HANDLE threadId = nullptr;
            QThread *thread = QThread::create([&] {
                threadId = QThread::currentThreadId();
                SessionError error;
                if (store->imports().size() != 1)
                    failed = QStringLiteral("imports not read");
                else if (!store->sourceZip(id, &error))
                    failed = error.message;
                else if (!store->acknowledge(emailMissingOnLine(id, uint32_t(10 + i)), &error))
                    failed = error.message;
            });
            thread->start();
            QVERIFY(thread->wait(30000));
            delete thread;
            QVERIFY2(failed.isEmpty(), qPrintable(QStringLiteral("thread %1: %2").arg(i).arg(failed)));
            threadIds.insert(threadId);
        }
        // Ids were given again: the case this is about.
        QVERIFY2(threadIds.size() < Threads, "every thread had an id of its own; nothing was tested");
        QCOMPARE(store->acknowledgements(id).size(), Threads);
        SessionError error;
        QVERIFY2(store->sourceZip(id, &error), qPrintable(error.message));
        QVERIFY(store->recordExport(id, QStringLiteral("findings CSV"), &error));
        // The threads that ended closed theirs. A thread closes them as it exits, just after
        // wait() has returned for it, so the last one may still be on its way out.
        QTRY_VERIFY2(connectionsOfStores() <= before + 1, qPrintable(QSqlDatabase::connectionNames().join(u' ')));
        store.reset();
        QCOMPARE(connectionsOfStores(), 0);
    }

    void operatorName_isTheLoginWithoutItsEnvironment()
    {
        // Started with none of the variables that name the user: the system's own account name.
        const QStringList variables = {QStringLiteral("USER"), QStringLiteral("USERNAME"), QStringLiteral("LOGNAME")};
        QHash<QString, QByteArray> saved;
        for (const QString &v : variables) {
            saved.insert(v, qgetenv(qPrintable(v)));
            qunsetenv(qPrintable(v));
        }
        const QString name = SessionStore::defaultOperatorName();
        for (const QString &v : variables) {
            if (!saved.value(v).isEmpty())
                qputenv(qPrintable(v), saved.value(v));
        }
        // Whom a file just made belongs to, as the system says it.
        const QString probe = path(QStringLiteral("whose"));
        QFile file(probe);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString owner = QFileInfo(probe).owner();
        QVERIFY(!owner.isEmpty());
        QCOMPARE(name, owner);
        QVERIFY(name != QLatin1String("unknown"));
        // And the history says so.
        for (const QString &v : variables)
            qunsetenv(qPrintable(v));
        auto store = SessionStore::open(path(QStringLiteral("whose.rosterbench")), SessionStore::OpenMode::CreateIfMissing, nullptr);
        for (const QString &v : variables) {
            if (!saved.value(v).isEmpty())
                qputenv(qPrintable(v), saved.value(v));
        }
        QVERIFY(store);
        QCOMPARE(store->history().first().operatorName, owner);
    }

    void importKilledMidway_leavesTheLastCompleteState()
    {
        // A child process keeps importing a large export until it is killed in the middle of one.
        const QString file = path(QStringLiteral("killed.rosterbench"));
        const QString big = path(QStringLiteral("big.bin"));
        {
            QFile out(big);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            for (int mb = 0; mb < 48; ++mb) {
                for (qsizetype i = 0; i < block.size(); i += 4)
                    *reinterpret_cast<quint32 *>(block.data() + i) = QRandomGenerator::global()->generate();
                out.write(block);
            }
        }
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROSTERBENCH_TEST_IMPORT_FOREVER"), file + QLatin1Char('|') + big);
        child.setProcessEnvironment(env);
        child.start();
        QVERIFY(child.waitForStarted());
        // Wait until two imports are complete and a third has begun, then kill it.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("begin 3"), 60000);
        QTest::qWait(30);
        child.kill();
        QVERIFY(child.waitForFinished());
        out += child.readAllStandardOutput();
        const int done = int(out.count("done "));
        QVERIFY(done >= 2);

        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QList<ImportInfo> imports = store->imports();
        // Every import the child finished is there, whole; the one it was killed in is not.
        QVERIFY2(imports.size() == done, qPrintable(QString::fromLatin1(out)));
        const QByteArray expected = fileBytes(big);
        for (const ImportInfo &info : imports) {
            const std::optional<QByteArray> zip = store->sourceZip(info.id, &error);
            QVERIFY2(zip, qPrintable(error.message));
            QCOMPARE(zip->size(), expected.size());
            QVERIFY(*zip == expected);
        }
        QCOMPARE(store->history().size(), 1 + done);
    }
};

// The child of importKilledMidway_leavesTheLastCompleteState.
static int importForever(const QString &spec)
{
    const QString file = spec.section(QLatin1Char('|'), 0, 0);
    const QString big = spec.section(QLatin1Char('|'), 1);
    SessionError error;
    auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, &error);
    if (!store)
        return 2;
    FindingList findings;
    for (int n = 1;; ++n) {
        QFile source(big);
        if (!source.open(QIODevice::ReadOnly))
            return 3;
        SessionStore::NewImport import;
        import.origin = big;
        import.originKind = QStringLiteral("zip");
        import.name = QStringLiteral("big.bin");
        import.zip = &source;
        import.findings = &findings;
        printf("begin %d\n", n);
        fflush(stdout);
        if (!store->addImport(import, &error))
            return 4;
        printf("done %d\n", n);
        fflush(stdout);
    }
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString child = qEnvironmentVariable("ROSTERBENCH_TEST_IMPORT_FOREVER");
    if (!child.isEmpty())
        return importForever(child);
    SessionStoreTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionstore.moc"
