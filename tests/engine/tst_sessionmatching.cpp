#include "session/sessionstore.h"

#include <QDir>
#include <QLocale>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;

// The school matching a session keeps, and its lock: once a school's match is confirmed, nothing
// the engine is asked changes it.
class SessionMatchingTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("matching-%1.rosterbench").arg(++m_files)); }

    static QString shown(const QDateTime &utc) { return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat); }

    // Runs SQL on a file directly, as another program would. Returns SQLite's complaint, or
    // nothing when every statement ran.
    static QString rawSql(const QString &path, const QStringList &statements)
    {
        QString why;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (!db.open())
                why = db.lastError().text();
            QSqlQuery q(db);
            for (const QString &s : statements) {
                if (why.isEmpty() && !q.exec(s))
                    why = q.lastError().text();
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return why;
    }

    static QList<HubSchool> threeHubSchools()
    {
        return {{QStringLiteral("h1"), QStringLiteral("Lakeview Elem."), {}, QStringLiteral("069979500101"), QStringLiteral("Lakeview")},
                {QStringLiteral("h2"), QStringLiteral("Jefferson MS"), {}, {}, QStringLiteral("Lakeview")},
                {QStringLiteral("h3"), QStringLiteral("Lakeview HS"), {}, {}, {}}};
    }

    static SchoolMatch match(const char *sis, const char *name, const char *hub, bool selected = true)
    {
        SchoolMatch m;
        m.sisId = QString::fromUtf8(sis);
        m.sisName = QString::fromUtf8(name);
        m.hubId = QString::fromUtf8(hub);
        m.selected = selected;
        return m;
    }

    // A session whose s1 → h1 is confirmed and s2 deselected and confirmed, by Ana Ruiz.
    std::unique_ptr<SessionStore> confirmedSession(const QString &file)
    {
        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, &error);
        if (!store)
            qFatal("%s", qPrintable(error.message));
        store->setOperatorName(QStringLiteral("Ana Ruiz"));
        if (!store->setHubSchools(threeHubSchools(), &error)
            || !store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h1"),
                                         match("s2", "Old Annex", "", false)},
                                        &error)
            || !store->confirmMatching(&error))
            qFatal("%s", qPrintable(error.message));
        store->setOperatorName(QStringLiteral("Ben Okafor"));
        return store;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void confirm_needsEverySchoolMatchedOrDeselected()
    {
        auto store = SessionStore::open(newPath(), SessionStore::OpenMode::CreateIfMissing, nullptr);
        QVERIFY(store);
        SessionError error;
        QVERIFY(!store->confirmMatching(&error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY(store->setHubSchools(threeHubSchools(), &error));
        QVERIFY(store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h1"),
                                         match("s3", "Lakeview High School", "")},
                                        &error));
        QVERIFY(!store->confirmMatching(&error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("“Lakeview High School” (s3)")), qPrintable(error.message));
        QVERIFY(!store->matchingLock());
        QVERIFY(!store->schoolMatches()[0].isConfirmed()); // nothing was confirmed
    }

    void confirmedMatch_isRefusedEveryChange_sayingWhoAndWhen()
    {
        auto store = confirmedSession(newPath());
        const QList<SchoolMatch> before = store->schoolMatches();
        QCOMPARE(before.size(), 2);
        QVERIFY(before[0].isConfirmed());
        QCOMPARE(before[0].confirmedBy, QStringLiteral("Ana Ruiz"));
        const qsizetype historyBefore = store->history().size();
        const QString when = shown(before[0].confirmedAt);

        struct Attempt
        {
            const char *what;
            QList<SchoolMatch> matches;
            const char *says;
        };
        const Attempt attempts[] = {
            {"another hub school", {match("s1", "Lakeview Elementary School", "h2"), match("s2", "Old Annex", "", false)},
             "to go to the hub school “Lakeview Elem.” (h1)"},
            {"deselected", {match("s1", "Lakeview Elementary School", "", false)}, "to go to the hub school"},
            {"unmatched", {match("s1", "Lakeview Elementary School", "")}, "to go to the hub school"},
            {"a deselected one selected", {match("s2", "Old Annex", "h3")}, "as not synced"},
            // Refused even when the rest of the request is wrong too.
            {"with an unknown hub school", {match("s9", "New", "nope"), match("s1", "Lakeview Elementary School", "h3")},
             "to go to the hub school"},
        };
        for (const Attempt &a : attempts) {
            SessionError error;
            QVERIFY2(!store->setSchoolMatches(a.matches, &error), a.what);
            QCOMPARE(error.code, SessionError::Code::Locked);
            QVERIFY2(error.message.contains(QString::fromUtf8(a.says)), qPrintable(error.message));
            QVERIFY2(error.message.contains(QStringLiteral("Ana Ruiz")), qPrintable(error.message));
            QVERIFY2(error.message.contains(when), qPrintable(error.message));
            QVERIFY(error.message.contains(QStringLiteral("contact the hub's support")));
            QCOMPARE(store->schoolMatches(), before);
        }
        // Dropping the hub school a confirmed match goes to is a change to that match.
        SessionError error;
        QList<HubSchool> fewer = threeHubSchools();
        fewer.removeFirst();
        QVERIFY(!store->setHubSchools(fewer, &error));
        QCOMPARE(error.code, SessionError::Code::Locked);
        QVERIFY2(error.message.contains(QStringLiteral("Lakeview Elementary School")), qPrintable(error.message));
        QCOMPARE(store->hubSchools(), threeHubSchools());
        QCOMPARE(store->history().size(), historyBefore);

        // Asking for what is there, or leaving the confirmed ones out, is no change.
        QVERIFY(store->setSchoolMatches(before, &error));
        QVERIFY(store->setSchoolMatches({}, &error));
        QCOMPARE(store->schoolMatches(), before);
        QCOMPARE(store->history().size(), historyBefore);
        // Renaming a hub school keeps the match, which goes by id.
        QList<HubSchool> renamed = threeHubSchools();
        renamed[0].name = QStringLiteral("Lakeview Elementary");
        QVERIFY(store->setHubSchools(renamed, &error));
        QCOMPARE(store->schoolMatches(), before);
    }

    void lock_holdsInTheFileItself()
    {
        const QString file = newPath();
        confirmedSession(file).reset();
        const QString update = rawSql(file, {QStringLiteral("UPDATE school_matches SET hub_id = 'h2' WHERE sis_id = 's1'")});
        QVERIFY2(update.contains(QStringLiteral("a confirmed school match cannot be changed")), qPrintable(update));
        QVERIFY(!rawSql(file, {QStringLiteral("DELETE FROM school_matches")}).isEmpty());
        QVERIFY(!rawSql(file, {QStringLiteral("UPDATE school_matches SET confirmed_at = NULL")}).isEmpty());
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, nullptr);
        QVERIFY(store);
        QCOMPARE(store->schoolMatches()[0].hubId, QStringLiteral("h1"));
    }

    void schoolsOfALaterImport_areMatchedAndConfirmedInTheirTurn()
    {
        auto store = confirmedSession(newPath());
        const QList<SchoolMatch> first = store->schoolMatches();
        SessionError error;
        // A later import brings s3 and s4; the confirmed ones are sent as they are.
        QList<SchoolMatch> later = first;
        later << match("s3", "Lakeview High School", "h3") << match("s4", "Jefferson Middle School", "");
        QVERIFY2(store->setSchoolMatches(later, &error), qPrintable(error.message));
        QVERIFY(!store->confirmMatching(&error)); // s4 is neither matched nor deselected
        later[3].hubId = QStringLiteral("h2");
        QVERIFY2(store->setSchoolMatches(later, &error), qPrintable(error.message));
        // Undoing a choice not yet confirmed is fine.
        later[3].hubId.clear();
        later[3].selected = false;
        QVERIFY(store->setSchoolMatches(later, &error));
        later[3].selected = true;
        later[3].hubId = QStringLiteral("h2");
        QVERIFY(store->setSchoolMatches(later, &error));
        QTest::qWait(5); // a later confirmation, at a later time
        QVERIFY2(store->confirmMatching(&error), qPrintable(error.message));

        const QList<SchoolMatch> now = store->schoolMatches();
        QCOMPARE(now.size(), 4);
        QCOMPARE(now[0], first[0]); // untouched: same hub school, same confirmation
        QCOMPARE(now[1], first[1]);
        QVERIFY(now[2].isConfirmed() && now[3].isConfirmed());
        QCOMPARE(now[3].confirmedBy, QStringLiteral("Ben Okafor"));
        const QList<MatchingLock> confirmations = store->matchingConfirmations();
        QCOMPARE(confirmations.size(), 2);
        QCOMPARE(confirmations[0].operatorName, QStringLiteral("Ana Ruiz"));
        QCOMPARE(confirmations[0].sisIds, (QStringList{QStringLiteral("s1"), QStringLiteral("s2")}));
        QCOMPARE(confirmations[1].operatorName, QStringLiteral("Ben Okafor"));
        QCOMPARE(confirmations[1].sisIds, (QStringList{QStringLiteral("s3"), QStringLiteral("s4")}));
        QVERIFY(confirmations[1].at > confirmations[0].at);
        QCOMPARE(store->matchingLock()->operatorName, QStringLiteral("Ana Ruiz"));
        // And now those are locked too.
        later[3].hubId = QStringLiteral("h3");
        later[2].hubId = QStringLiteral("h2");
        QVERIFY(!store->setSchoolMatches(later, &error));
        QCOMPARE(error.code, SessionError::Code::Locked);
        QVERIFY(error.message.contains(QStringLiteral("Ben Okafor")));
    }

    void oneHubSchool_takesOneSisSchool_andMustBeKnown()
    {
        auto store = confirmedSession(newPath());
        SessionError error;
        QVERIFY(!store->setSchoolMatches({match("s3", "Lakeview High School", "h1")}, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY2(error.message.contains(QStringLiteral("“Lakeview Elementary School” (s1)"))
                     && error.message.contains(QStringLiteral("“Lakeview High School” (s3)")),
                 qPrintable(error.message));
        QVERIFY(!store->setSchoolMatches({match("s3", "A", "h3"), match("s4", "B", "h3")}, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY(!store->setSchoolMatches({match("s3", "Lakeview High School", "h9")}, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY(error.message.contains(QStringLiteral("“h9”")));
        QVERIFY(!store->setSchoolMatches({match("s3", "A", "h3"), match("s3", "A", "h2")}, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QCOMPARE(store->schoolMatches().size(), 2);
        // Deselected schools need no hub school, and keep none.
        QVERIFY(store->setSchoolMatches({match("s3", "A", "h1", false), match("s4", "B", "h1", false)}, &error));
        QVERIFY(store->schoolMatches()[2].hubId.isEmpty());
    }

    void droppedHubSchool_unmatchesWhatIsNotConfirmed()
    {
        auto store = confirmedSession(newPath());
        SessionError error;
        QVERIFY(store->setSchoolMatches({match("s3", "Lakeview High School", "h3")}, &error));
        QList<HubSchool> fewer = threeHubSchools();
        fewer.removeLast();
        QVERIFY2(store->setHubSchools(fewer, &error), qPrintable(error.message));
        QCOMPARE(store->schoolMatches()[2].hubId, QString());
        QCOMPARE(store->history().last().kind, HistoryEvent::Kind::HubSchools);
        QVERIFY(store->history().last().detail.contains(QStringLiteral("h3")));
        // A list with a duplicate id or a school without a name is refused.
        fewer.append(fewer.first());
        QVERIFY(!store->setHubSchools(fewer, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
        QVERIFY(!store->setHubSchools({{QStringLiteral("h1"), QString(), {}, {}, {}}}, &error));
        QCOMPARE(error.code, SessionError::Code::Invalid);
    }

    void history_recordsHubSchoolsMatchingAndConfirmation()
    {
        auto store = confirmedSession(newPath());
        QList<HistoryEvent::Kind> kinds;
        for (const HistoryEvent &e : store->history())
            kinds << e.kind;
        QCOMPARE(kinds, (QList<HistoryEvent::Kind>{HistoryEvent::Kind::Created, HistoryEvent::Kind::HubSchools,
                                                   HistoryEvent::Kind::Matched, HistoryEvent::Kind::Locked}));
        const HistoryEvent locked = store->history().last();
        QCOMPARE(locked.operatorName, QStringLiteral("Ana Ruiz"));
        QCOMPARE(locked.detail, QStringLiteral("s1→h1, s2 deselected"));
        QCOMPARE(store->history()[1].detail, QStringLiteral("3"));
        QCOMPARE(store->history()[2].detail, QStringLiteral("1/2"));
    }

    void matchingAndLock_surviveSaveAndReopen()
    {
        const QString file = newPath();
        const QString copy = newPath();
        QList<SchoolMatch> before;
        {
            auto store = confirmedSession(file);
            SessionError error;
            QVERIFY(store->setSchoolMatches({match("s3", "Lakeview High School", "h3")}, &error));
            before = store->schoolMatches();
            QVERIFY2(store->copyTo(copy, &error), qPrintable(error.message));
        }
        for (const QString &path : {file, copy}) {
            SessionError error;
            auto store = SessionStore::open(path, SessionStore::OpenMode::Existing, &error);
            QVERIFY2(store, qPrintable(error.message));
            QCOMPARE(store->hubSchools(), threeHubSchools());
            QCOMPARE(store->hubSchools()[0].ncesId, QStringLiteral("069979500101"));
            QCOMPARE(store->hubSchools()[0].city, QStringLiteral("Lakeview"));
            QCOMPARE(store->schoolMatches(), before);
            QVERIFY(store->schoolMatches()[0].isConfirmed());
            QVERIFY(!store->schoolMatches()[2].isConfirmed());
            QCOMPARE(store->matchingLock()->operatorName, QStringLiteral("Ana Ruiz"));
            // Still locked after reopening.
            QVERIFY(!store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h3")}, &error));
            QCOMPARE(error.code, SessionError::Code::Locked);
        }
    }

    // A session of format 1 kept one lock for the whole matching. Opened now, every match it
    // locked is confirmed at the lock's time, by whoever locked it.
    void formatOneSession_isMigrated_withItsLockOnEachMatch()
    {
        const QString file = newPath();
        // Format 1's schema, as Rosterbench 0.1 wrote it.
        QStringList v1 = {
            QStringLiteral("PRAGMA application_id = 1380078414"),
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
            QStringLiteral("INSERT INTO session VALUES ('created_at', '2024-04-30T09:00:00.000Z'), "
                           "('created_by_version', '0.1.0')"),
            QStringLiteral("INSERT INTO hub_schools VALUES ('h1', 'Lakeview Elem.', 'Main St', 0), "
                           "('h2', 'Jefferson MS', '', 1), ('h3', 'Lakeview HS', '', 2)"),
            QStringLiteral("INSERT INTO school_matches VALUES ('s1', 'Lakeview Elementary School', 'h1', 1, 0), "
                           "('s2', 'Old Annex', '', 0, 1), ('s3', 'Lakeview High School', '', 1, 2)"),
            QStringLiteral("INSERT INTO matching_lock VALUES (1, '2024-05-01T10:00:00.000Z', 'Ana Ruiz')"),
            QStringLiteral("INSERT INTO history (at, operator, kind, import_id, detail) VALUES "
                           "('2024-04-30T09:00:00.000Z', 'Ana Ruiz', 'created', 0, ''), "
                           "('2024-05-01T10:00:00.000Z', 'Ana Ruiz', 'locked', 0, ''), "
                           "('2024-05-02T10:00:00.000Z', 'Ana Ruiz', 'unlocked', 0, 'split'), "
                           "('2024-05-02T11:00:00.000Z', 'Ana Ruiz', 'locked', 0, '')"),
            QStringLiteral("PRAGMA user_version = 1"),
        };
        QCOMPARE(rawSql(file, v1), QString());

        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        const QDateTime lockedAt(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC);
        const QList<SchoolMatch> matches = store->schoolMatches();
        QCOMPARE(matches.size(), 3);
        QCOMPARE(matches[0].confirmedAt, lockedAt);
        QCOMPARE(matches[0].confirmedBy, QStringLiteral("Ana Ruiz"));
        QCOMPARE(matches[0].hubId, QStringLiteral("h1"));
        QVERIFY(matches[1].isConfirmed()); // deselected, and locked so
        QVERIFY(!matches[2].isConfirmed()); // matched to nothing: nothing was locked
        QCOMPARE(store->matchingLock()->at, lockedAt);
        QCOMPARE(store->hubSchools()[0].detail, QStringLiteral("Main St"));
        QCOMPARE(store->hubSchools()[0].ncesId, QString());
        QCOMPARE(store->history().size(), 4); // "unlocked" of format 1 is still read
        QCOMPARE(store->history()[2].kind, HistoryEvent::Kind::Unlocked);

        // The lock holds as it did; the school it left open can be matched and confirmed.
        QVERIFY(!store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h2")}, &error));
        QCOMPARE(error.code, SessionError::Code::Locked);
        QVERIFY(error.message.contains(shown(lockedAt)));
        QVERIFY(store->setSchoolMatches({match("s3", "Lakeview High School", "h3")}, &error));
        QVERIFY2(store->confirmMatching(&error), qPrintable(error.message));
        store.reset();

        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), SessionStore::SchemaVersion);
        QCOMPARE(SessionStore::SchemaVersion, 4);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM import_schools")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // format 3 keeps what imports held; those of format 1 held nothing
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM matching_lock"))); // its rows live on each match now
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void formatOneSession_withoutALock_hasNothingConfirmed()
    {
        const QString file = newPath();
        {
            auto store = SessionStore::open(file, SessionStore::OpenMode::CreateIfMissing, nullptr);
            QVERIFY(store);
            SessionError error;
            QVERIFY(store->setHubSchools(threeHubSchools(), &error));
            QVERIFY(store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h1")}, &error));
        }
        // Back to format 1, unlocked, as 0.1 would have left it.
        QCOMPARE(rawSql(file, {QStringLiteral("DROP TRIGGER confirmed_match_no_update"),
                               QStringLiteral("DROP TRIGGER confirmed_match_no_delete"),
                               QStringLiteral("ALTER TABLE school_matches DROP COLUMN confirmed_at"),
                               QStringLiteral("ALTER TABLE school_matches DROP COLUMN confirmed_by"),
                               QStringLiteral("ALTER TABLE hub_schools DROP COLUMN nces_id"),
                               QStringLiteral("ALTER TABLE hub_schools DROP COLUMN city"),
                               QStringLiteral("DROP TABLE import_schools"),
                               QStringLiteral("CREATE TABLE matching_lock (id INTEGER PRIMARY KEY CHECK (id = 1), "
                                              "at TEXT NOT NULL, operator TEXT NOT NULL)"),
                               QStringLiteral("PRAGMA user_version = 1")}),
                 QString());
        SessionError error;
        auto store = SessionStore::open(file, SessionStore::OpenMode::Existing, &error);
        QVERIFY2(store, qPrintable(error.message));
        QVERIFY(!store->matchingLock());
        QCOMPARE(store->schoolMatches().size(), 1);
        QVERIFY(!store->schoolMatches()[0].isConfirmed());
        QCOMPARE(store->hubSchools()[0].city, QString());
        QVERIFY(store->setSchoolMatches({match("s1", "Lakeview Elementary School", "h2")}, &error));
    }
};

QTEST_GUILESS_MAIN(SessionMatchingTest)
#include "tst_sessionmatching.moc"
