#include "commandrunner.h"
#include "session/sessionstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// `rosterbench session match` as a script onboarding a district runs it: the real executable, no
// display, a session holding the bundled sample export.
class MatchCommandTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    // The history names the operator as the login says it.
    static Run rosterbench(const QStringList &arguments)
    {
        const rb::test::CommandRun run = rb::test::runCommand(QStringLiteral(ROSTERBENCH_EXE), arguments, {},
                                                              {{QStringLiteral("USER"), QStringLiteral("Dana Whitfield")}});
        return {run.exitCode, QString::fromUtf8(run.out), QString::fromUtf8(run.err)};
    }

    static qsizetype historySize(const QString &session)
    {
        auto store = rb::SessionStore::open(session, rb::SessionStore::OpenMode::Existing, nullptr);
        return store ? store->history().size() : -1;
    }

    static Run match(const QString &session, const QStringList &options)
    {
        return rosterbench(QStringList{QStringLiteral("session"), QStringLiteral("match"), session} + options);
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The hub's schools for the sample's district. The NCES id lost its leading zero in Excel.
    QString hubCsv()
    {
        return writeFile(QStringLiteral("hub-schools.csv"),
                         "\xEF\xBB\xBFid,name,nces_id,city\r\n"
                         "H-101,Lakeview Elem.,69979500101,Lakeview\r\n"
                         "H-102,Jefferson MS,,Lakeview\r\n"
                         "H-103,Lakeview HS,,Lakeview\r\n"
                         "H-104,Lakeview Adult Ed Ctr,,Lakeview\r\n");
    }

    // A session holding the sample export as its one import.
    QString sessionWithSample(const QString &name)
    {
        const QString session = m_dir.filePath(name);
        const Run run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session,
                                     QStringLiteral(ROSTERBENCH_SAMPLE)});
        if (run.exitCode != 0)
            qFatal("cannot import the sample: %s", qPrintable(run.err));
        return session;
    }

    // The sample with a fourth school, as the next export might bring.
    QString sampleWithNewSchool()
    {
        const QString folder = m_dir.filePath(QStringLiteral("later-export"));
        QDir().mkpath(folder);
        const QDir sample(QStringLiteral(ROSTERBENCH_SAMPLE));
        for (const QString &file : sample.entryList(QDir::Files)) {
            QFile::remove(folder + u'/' + file);
            if (!QFile::copy(sample.filePath(file), folder + u'/' + file))
                qFatal("cannot copy the sample");
        }
        QFile orgs(folder + QStringLiteral("/orgs.csv"));
        if (!orgs.open(QIODevice::Append))
            qFatal("cannot extend orgs.csv");
        orgs.write("SCH004,,,Lakeview Adult School,school,,DIST001\n");
        return folder;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void auto_thenConfirm_locksTheMatching_andTheLockHolds()
    {
        const QString session = sessionWithSample(QStringLiteral("onboarding.rosterbench"));
        Run run = match(session, {QStringLiteral("--hub-schools"), hubCsv(), QStringLiteral("--auto")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("SCH001 Lakeview Elementary School → H-101 Lakeview Elem. "
                                                 "(score 100, same identifier)")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("SCH002 Jefferson Middle School → H-102 Jefferson MS (score 100)")));
        QVERIFY(run.out.contains(QStringLiteral("SCH003 Lakeview High School → H-103 Lakeview HS (score 100)")));
        QVERIFY(run.out.contains(QStringLiteral("Not locked")));

        run = match(session, {QStringLiteral("--confirm")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Confirmed.")), qPrintable(run.out));
        // "3 schools" once the English catalogue has the string, "3 school(s)" until then.
        QVERIFY2(run.out.contains(QStringLiteral("by Dana Whitfield (3 school")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("[confirmed ")));

        // Asked directly, every change to a confirmed school is refused: exit code 2, the school,
        // who confirmed it, and nothing changed.
        const QList<QStringList> changes = {
            {QStringLiteral("--set"), QStringLiteral("SCH001=H-104")},
            {QStringLiteral("--skip"), QStringLiteral("SCH002")},
            {QStringLiteral("--set"), QStringLiteral("SCH003=H-101"), QStringLiteral("--confirm")},
        };
        for (const QStringList &change : changes) {
            run = match(session, change);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(QStringLiteral("was confirmed by Dana Whitfield on ")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("cannot be changed")));
            QVERIFY(run.err.contains(QStringLiteral("Nothing was changed.")));
        }
        // Nor can a new hub list drop a school a confirmed match goes to.
        const QString fewer = writeFile(QStringLiteral("fewer.csv"), "id,name\nH-101,Lakeview Elem.\nH-102,Jefferson MS\n");
        run = match(session, {QStringLiteral("--hub-schools"), fewer});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot be dropped")), qPrintable(run.err));

        run = rosterbench({QStringLiteral("session"), QStringLiteral("info"), session});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("4 hub schools; 3 of 3 SIS schools matched, 0 deselected, 0 not matched")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("SCH001 Lakeview Elementary School → H-101 Lakeview Elem. [confirmed ")));
        QVERIFY(run.out.contains(QStringLiteral("Locked ")));
        QVERIFY(run.out.contains(QStringLiteral("by Dana Whitfield")));
        QVERIFY(!run.out.contains(QStringLiteral("Not locked")));
    }

    void schoolOfALaterImport_isMatchedAndConfirmedAfterwards()
    {
        const QString session = sessionWithSample(QStringLiteral("later.rosterbench"));
        Run run = match(session, {QStringLiteral("--hub-schools"), hubCsv(), QStringLiteral("--auto"), QStringLiteral("--confirm")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session, sampleWithNewSchool()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const qsizetype historyBefore = historySize(session);
        run = match(session, {});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(historySize(session), historyBefore); // only looking changes nothing
        QVERIFY2(run.out.contains(QStringLiteral("SCH004 Lakeview Adult School: not matched, will not sync "
                                                 "(best suggestion: H-104 Lakeview Adult Ed Ctr")),
                 qPrintable(run.out));
        // Confirming with a school left open is refused, and says which.
        run = match(session, {QStringLiteral("--confirm")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("“Lakeview Adult School” (SCH004)")), qPrintable(run.err));

        run = match(session, {QStringLiteral("--set"), QStringLiteral("SCH004=H-104"), QStringLiteral("--confirm")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("SCH004 Lakeview Adult School → H-104 Lakeview Adult Ed Ctr")));
        QVERIFY(run.out.contains(QStringLiteral("SCH001 Lakeview Elementary School → H-101")));
        QVERIFY2(run.out.contains(QStringLiteral(": 1 more school")), qPrintable(run.out));
    }

    void skip_deselectsASchool()
    {
        const QString session = sessionWithSample(QStringLiteral("skip.rosterbench"));
        const Run run = match(session, {QStringLiteral("--hub-schools"), hubCsv(), QStringLiteral("--skip"),
                                        QStringLiteral("SCH003"), QStringLiteral("--set"), QStringLiteral("SCH001=H-101"),
                                        QStringLiteral("--set"), QStringLiteral("SCH002=H-102"), QStringLiteral("--confirm")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("SCH003 Lakeview High School: deselected, will not sync [confirmed ")),
                 qPrintable(run.out));

        // Checked again, the session's report speaks of the schools as the hub knows them.
        const QString report = m_dir.filePath(QStringLiteral("skip-report.html"));
        const Run check = rosterbench({QStringLiteral("check"), session, QStringLiteral("--format"), QStringLiteral("html"),
                                       QStringLiteral("--output"), report});
        QCOMPARE(check.exitCode, 1);
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY2(html.contains(QStringLiteral("<td>Lakeview Elem.<br><span class=\"muted\">Lakeview Elementary School "
                                              "(SCH001) in the SIS</span></td>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td>Jefferson MS<br>")));
        QVERIFY(html.contains(QStringLiteral("Lakeview High School (SCH003)<br><span class=\"muted\">Left out of the "
                                             "school matching: does not sync</span>")));
        // The findings CSV names each finding's hub school too.
        const Run csv = rosterbench({QStringLiteral("check"), session, QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY2(csv.out.contains(QStringLiteral(",Lakeview Elem.,")), qPrintable(csv.out.left(2000)));
    }

    void mistakes_areNamed_andChangeNothing_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        QTest::newRow("no hub schools yet") << QStringList{QStringLiteral("--auto")}
                                            << QStringLiteral("give them with --hub-schools");
        QTest::newRow("unknown SIS school") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@hub"),
                                                           QStringLiteral("--set"), QStringLiteral("SCH999=H-101")}
                                            << QStringLiteral("No school has the SIS id “SCH999”");
        QTest::newRow("unknown hub school") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@hub"),
                                                           QStringLiteral("--set"), QStringLiteral("SCH001=H-999")}
                                            << QStringLiteral("No hub school has the id “H-999”");
        QTest::newRow("--set without =") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@hub"),
                                                        QStringLiteral("--set"), QStringLiteral("SCH001")}
                                         << QStringLiteral("--set takes SIS_ID=HUB_ID");
        QTest::newRow("set and skip") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@hub"),
                                                     QStringLiteral("--skip"), QStringLiteral("SCH001"),
                                                     QStringLiteral("--set"), QStringLiteral("SCH001=H-101")}
                                      << QStringLiteral("named twice");
        QTest::newRow("one hub school twice") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@hub"),
                                                             QStringLiteral("--set"), QStringLiteral("SCH001=H-101"),
                                                             QStringLiteral("--set"), QStringLiteral("SCH002=H-101")}
                                              << QStringLiteral("a hub school takes one SIS school");
        QTest::newRow("bad hub file") << QStringList{QStringLiteral("--hub-schools"), QStringLiteral("@bad")}
                                      << QStringLiteral("bad-hub.csv, line 3: the id “H-1” is on line 2 too");
    }

    void mistakes_areNamed_andChangeNothing()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        const QString session = sessionWithSample(QStringLiteral("mistake-%1.rosterbench").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
        const QString bad = writeFile(QStringLiteral("bad-hub.csv"), "id,name\nH-1,Lakeview Elem.\nH-1,Jefferson MS\n");
        options.replaceInStrings(QStringLiteral("@hub"), hubCsv());
        options.replaceInStrings(QStringLiteral("@bad"), bad);
        const Run run = match(session, options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        const Run info = rosterbench({QStringLiteral("session"), QStringLiteral("info"), session});
        QVERIFY2(info.out.contains(QStringLiteral("School matching: 0 hub schools; 0 of 0 SIS schools")), qPrintable(info.out));
    }

    void missingSession_sessionWithoutImport_andHelp()
    {
        Run run = match(m_dir.filePath(QStringLiteral("missing.rosterbench")), {QStringLiteral("--hub-schools"), hubCsv()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("There is no session")), qPrintable(run.err));
        // An import that fails leaves a session with nothing in it.
        const QString empty = m_dir.filePath(QStringLiteral("empty.rosterbench"));
        rosterbench({QStringLiteral("session"), QStringLiteral("import"), empty, m_dir.filePath(QStringLiteral("no.zip"))});
        QVERIFY(QFile::exists(empty));
        run = match(empty, {QStringLiteral("--hub-schools"), hubCsv()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("has no import yet")), qPrintable(run.err));
        run = match(empty, {QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--hub-schools")));
        QVERIFY(run.out.contains(QStringLiteral("This cannot be undone.")));
    }
};

QTEST_GUILESS_MAIN(MatchCommandTest)
#include "tst_matchcommand.moc"
