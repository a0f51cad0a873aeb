#include "commandrunner.h"
#include "exportfixture.h"
#include "session/sessionstore.h"

#include "validation/rulecatalogue.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

// `rosterbench check` as a district admin or a script runs it: the real executable, no display.
class CheckCommandTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = rb::test::CommandRun;

    static Run check(const QStringList &arguments) { return rosterbench(QStringList{QStringLiteral("check")} + arguments); }

    static Run rosterbench(const QStringList &arguments)
    {
        return rb::test::runCommand(QStringLiteral(ROSTERBENCH_EXE), arguments);
    }

    QString folderWith(const QString &name, const rb::test::ExportFiles &files)
    {
        const QString folder = m_dir.filePath(name);
        if (!rb::test::writeFolder(folder, files))
            qFatal("cannot write fixture");
        return folder;
    }

    QString brokenExport()
    {
        rb::test::ExportFiles files = rb::test::validExport();
        files[QStringLiteral("users.csv")].replace("Ann,Doe", "Ann \"Annie\",Doe");
        files.remove(QStringLiteral("demographics.csv"));
        return folderWith(QStringLiteral("broken"), files);
    }

private slots:
    void cleanExport_exitsZero()
    {
        const Run run = check({folderWith(QStringLiteral("clean"), rb::test::validExport())});
        QCOMPARE(run.exitCode, 0);
        // Only the district row is worth a note: it is not taken in as a school.
        QVERIFY2(run.out.contains("Errors: 0   Alerts: 0   Holds: 0   Info: 1"), run.out.constData());
        QVERIFY(run.out.contains("info   ORG-DISTRICT orgs.csv:2:5"));
        QVERIFY(run.out.contains("users.csv"));
    }

    void exportWithErrors_exitsOne_andListsThem()
    {
        const Run run = check({brokenExport()});
        QCOMPARE(run.exitCode, 1);
        // The record by its id and name, as the window names it.
        QVERIFY2(run.out.contains("error  CSV-QUOTE-IN-CELL users.csv:5:9 [givenName] (P1 Ann \"Annie\" Doe)"),
                 run.out.constData());
        QVERIFY(run.out.contains("error  FILE-MISSING demographics.csv"));
    }

    void unreadableExport_exitsTwo_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nothing-here.zip")) << QByteArray("does not exist");
        QTest::newRow("empty folder") << m_dir.path() + QStringLiteral("/emptyfolder") << QByteArray("holds no CSV files");
    }

    void unreadableExport_exitsTwo()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, says);
        QDir().mkpath(m_dir.path() + QStringLiteral("/emptyfolder"));
        const Run run = check({path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains(says), run.out.constData());
        // Also through --format json, the reason reaches the terminal.
        const Run json = check({path, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 2);
        QVERIFY2(json.err.contains(says), json.err.constData());
        const QJsonObject root = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(root.value(QStringLiteral("summary")).toObject().value(QStringLiteral("readable")).toBool(true), false);
    }

    void json_hasTheDocumentedShape()
    {
        const Run run = check({brokenExport(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject summary = doc.object().value(QStringLiteral("summary")).toObject();
        QCOMPARE(summary.value(QStringLiteral("findings")).toObject().value(QStringLiteral("error")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("readable")).toBool(), true);
        const QJsonArray findings = doc.object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 4); // and the district note
        QJsonObject quote;
        for (const QJsonValue &v : findings) {
            const QJsonObject o = v.toObject();
            QCOMPARE(QStringList(o.keys()),
                     (QStringList{QStringLiteral("acknowledged"), QStringLiteral("code"), QStringLiteral("column"),
                                  QStringLiteral("field"), QStringLiteral("file"), QStringLiteral("id"),
                                  QStringLiteral("line"), QStringLiteral("message"), QStringLiteral("name"),
                                  QStringLiteral("school"), QStringLiteral("severity")}));
            if (o.value(QStringLiteral("code")).toString() == QLatin1String("CSV-QUOTE-IN-CELL"))
                quote = o;
        }
        QCOMPARE(quote.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(quote.value(QStringLiteral("file")).toString(), QStringLiteral("users.csv"));
        QCOMPARE(quote.value(QStringLiteral("line")).toInt(), 5);
        QCOMPARE(quote.value(QStringLiteral("column")).toInt(), 9);
        QCOMPARE(quote.value(QStringLiteral("field")).toString(), QStringLiteral("givenName"));
        QCOMPARE(quote.value(QStringLiteral("id")).toString(), QStringLiteral("P1"));
        QCOMPARE(quote.value(QStringLiteral("name")).toString(), QStringLiteral("Ann \"Annie\" Doe"));
        QCOMPARE(quote.value(QStringLiteral("school")).toString(), QStringLiteral("Lakeview High School"));
        QVERIFY(quote.value(QStringLiteral("acknowledged")).isNull());
        QVERIFY(quote.value(QStringLiteral("message")).toString().contains(QStringLiteral("Ann \"Annie\"")));
    }

    void csv_hasOneRowPerFinding()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.csv"));
        const Run run = check({brokenExport(), QStringLiteral("--format"), QStringLiteral("csv"),
                               QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.first(), QByteArray("severity,code,file,line,column,field,id,message,school,name,title,"
                                           "what_happens,how_to_fix,acknowledged,acknowledged_by,acknowledged_on,"
                                           "acknowledgement_note\r"));
        // It names the students: its owner's only, as the session.
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(lines.size(), 6); // header, four findings, and the empty piece after the last line end
        QByteArray quote;
        for (const QByteArray &line : lines) {
            if (line.contains("CSV-QUOTE-IN-CELL"))
                quote = line;
        }
        QVERIFY2(quote.startsWith("error,CSV-QUOTE-IN-CELL,users.csv,5,9,givenName,P1,\"A quotation mark"),
                 quote.constData());
        // A quote inside the message is doubled, as RFC 4180 wants.
        QVERIFY(quote.contains("Ann \"\"Annie\"\""));
    }

    void csvForExcel_isOfferedOnTheCommandLine()
    {
        const QString out = m_dir.filePath(QStringLiteral("report-excel.csv"));
        const Run run = check({brokenExport(), QStringLiteral("--format"), QStringLiteral("csv-excel"),
                               QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFseverity,code,file,"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(file.permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const Run help = check({QStringLiteral("--help")});
        QVERIFY(help.out.contains("csv-excel"));
    }

    void phoneRegion_readsLocalNumbersOfThatCountry()
    {
        rb::test::ExportFiles files = rb::test::validExport();
        files[QStringLiteral("users.csv")].replace("(415) 555-0134", "0161 496 0000"); // a Manchester number
        const QString folder = folderWith(QStringLiteral("london"), files);
        // Read as a US number it cannot be dialed; read as British, it can, but not be texted.
        QVERIFY(check({folder}).out.contains("USR-PHONE-INVALID"));
        const Run gb = check({folder, QStringLiteral("--phone-region"), QStringLiteral("gb")});
        QVERIFY2(gb.out.contains("USR-PHONE-NO-TEXT"), gb.out.constData());
        QVERIFY(!gb.out.contains("USR-PHONE-INVALID"));
        const Run bad = check({folder, QStringLiteral("--phone-region"), QStringLiteral("Britain")});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("not a region code"));
    }

    void unknownFormat_exitsTwo()
    {
        const Run run = check({brokenExport(), QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Unknown format"));
    }

    void unwritableOutput_exitsTwo()
    {
        const Run run = check({brokenExport(), QStringLiteral("--output"),
                               m_dir.filePath(QStringLiteral("no/such/folder/report.txt"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Could not write the report"));
    }

    void html_isAReportADistrictCanRead()
    {
        const QString out = m_dir.filePath(QStringLiteral("report.html"));
        const Run run = check({QStringLiteral(ROSTERBENCH_SAMPLE), QStringLiteral("--format"), QStringLiteral("html"),
                               QStringLiteral("--output"), out});
        QCOMPARE(run.exitCode, 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<td>Lakeview High School (SCH003)</td>")));
        QVERIFY(html.contains(QStringLiteral("<code>USR-EMAIL-MISSING</code>")));
        QVERIFY(html.contains(QStringLiteral("How to fix it:")));
        // Cell text is escaped: the planted quote shows as text, never as markup.
        QVERIFY(html.contains(QStringLiteral("Robert &quot;Rob&quot;")));
        // Errors come before alerts and notes.
        QVERIFY(html.indexOf(QStringLiteral("CSV-QUOTE-IN-CELL")) < html.indexOf(QStringLiteral("ENR-PRIMARY-CASE")));
        QVERIFY(html.indexOf(QStringLiteral("ENR-PRIMARY-CASE")) < html.indexOf(QStringLiteral("<code>ORG-DISTRICT")));
    }

    void rules_listsTheWholeCatalogue()
    {
        const Run text = rosterbench({QStringLiteral("rules")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("USR-EMAIL-MISSING"));
        QVERIFY(text.out.contains("CSV-QUOTE-IN-CELL"));
        const Run csv = rosterbench({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(csv.exitCode, 0);
        const QList<QByteArray> lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.first(), QByteArray("code,severity,file,field,title,what_happens,how_to_fix,source\r"));
        QCOMPARE(lines.size(), 1 + rb::RuleCount);
        QVERIFY(csv.out.contains("\nUSR-CONTACTS-OVER-FIVE,hold,users.csv,agentSourcedIds,"));
        // Each rule's source by its title, never a bare number; the hub is "the hub".
        for (const QByteArray &line : lines.mid(1)) {
            const QByteArray source = line.trimmed().endsWith('"') ? line.mid(line.lastIndexOf(",\"") + 1)
                                                                   : line.mid(line.lastIndexOf(',') + 1);
            QVERIFY2(source.contains("Remind Hub help: ") || source.contains("1EdTech OneRoster 1.1 CSV binding, "),
                     line.constData());
            QVERIFY2(!QRegularExpression(QStringLiteral("^\"?[0-9][0-9, ]*\"?$")).match(QString::fromUtf8(source.trimmed())).hasMatch(),
                     line.constData());
            QVERIFY2(!line.contains("Remind record"), line.constData());
        }
    }

    void explain_tellsWhatHappensAndHowToFix()
    {
        const Run run = rosterbench({QStringLiteral("explain"), QStringLiteral("cls-no-owner")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("CLS-NO-OWNER: Class with no teacher\n"));
        QVERIFY(run.out.contains("What will happen:"));
        QVERIFY(run.out.contains("How to fix it:"));
        QVERIFY(run.out.contains("ClassLink: "));
        QVERIFY2(run.out.contains("\nSources: Remind Hub help: Setting up a ClassLink API connection; Remind Hub help: "
                                  "OneRoster 1.1 CSV file format\n"),
                 run.out.constData());
        const Run aeries = rosterbench({QStringLiteral("explain"), QStringLiteral("AER-CREDENTIAL-SPACES")});
        QVERIFY2(aeries.out.contains("\nSource: Remind Hub help: Syncing with the Aeries API\n"), aeries.out.constData());
        QVERIFY(aeries.out.contains("the hub's record"));
        QVERIFY(!aeries.out.contains("Remind record"));
        const Run unknown = rosterbench({QStringLiteral("explain"), QStringLiteral("NO-SUCH-RULE")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains("No rule has the code"));
    }

    void bundledSample_isReadWithItsPlantedProblems()
    {
        const Run run = check({QStringLiteral(ROSTERBENCH_SAMPLE), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject summary = QJsonDocument::fromJson(run.out).object().value(QStringLiteral("summary")).toObject();
        QVERIFY(summary.value(QStringLiteral("rows")).toInt() > 300);
        QVERIFY(summary.value(QStringLiteral("findings")).toObject().value(QStringLiteral("error")).toInt() >= 1);
    }

    void sessionImport_createsTheSessionAndKeepsEachImport()
    {
        const QString session = m_dir.filePath(QStringLiteral("district.rosterbench"));
        const QString clean = folderWith(QStringLiteral("session-clean"), rb::test::validExport());
        Run run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session, clean});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("as import 1"), run.out.constData());
        QVERIFY(QFile::exists(session));
        const QString zip = m_dir.filePath(QStringLiteral("session-broken.zip"));
        rb::test::ExportFiles files = rb::test::validExport();
        files[QStringLiteral("users.csv")].replace("Ann,Doe", "Ann \"Annie\",Doe");
        QVERIFY(rb::test::writeZip(zip, files));
        run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session, zip});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("session-broken.zip") && run.out.contains("as import 2"), run.out.constData());

        run = rosterbench({QStringLiteral("session"), QStringLiteral("info"), session});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("2 imports"), run.out.constData());
        QVERIFY(run.out.contains("1. session-clean (folder)"));
        QVERIFY(run.out.contains("2. session-broken.zip"));
        QVERIFY(run.out.contains("Not locked"));
        QVERIFY(!run.out.contains("90 days"));

        // check SESSION checks the latest import: the broken zip.
        run = check({session});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("Checking import 2 of the session: session-broken.zip"), run.err.constData());
        QVERIFY(run.out.contains("CSV-QUOTE-IN-CELL"));
        run = check({session, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(QJsonDocument::fromJson(run.out).isObject());

        // A finding acknowledged (as the window does it) is marked so in what check SESSION writes.
        QString by;
        {
            std::unique_ptr<rb::SessionStore> store = rb::SessionStore::open(session, rb::SessionStore::OpenMode::Existing, nullptr);
            QVERIFY(store);
            rb::Acknowledgement ack;
            ack.importId = 2;
            ack.ruleCode = QStringLiteral("CSV-QUOTE-IN-CELL");
            ack.kind = rb::FileKind::Users;
            ack.line = 5;
            ack.column = 9;
            ack.recordId = QStringLiteral("P1");
            ack.note = QStringLiteral("the SIS fixes the nickname tonight");
            ack.operatorName = QStringLiteral("Ana Ruiz");
            ack.at = QDateTime::currentDateTimeUtc();
            rb::SessionError error;
            QVERIFY2(store->acknowledge(ack, &error), qPrintable(error.message));
            QCOMPARE(store->acknowledgements(2).size(), 1);
            by = store->acknowledgements(2).first().operatorName; // whom the session records
        }
        run = check({session, QStringLiteral("--format"), QStringLiteral("csv")});
        QByteArray quote;
        for (const QByteArray &line : run.out.split('\n')) {
            if (line.contains("CSV-QUOTE-IN-CELL"))
                quote = line;
        }
        const QByteArray marked = ",yes," + by.toUtf8() + ',' + QDate::currentDate().toString(Qt::ISODate).toUtf8()
            + ",the SIS fixes the nickname tonight\r";
        QVERIFY2(quote.endsWith(marked), quote.constData());
        run = check({session, QStringLiteral("--format"), QStringLiteral("html")});
        QVERIFY(run.out.contains("<tr class=\"acknowledged\">"));
        QVERIFY(run.out.contains(QByteArray("Acknowledged by " + by.toUtf8() + " on ")));
        QVERIFY(run.out.contains(": the SIS fixes the nickname tonight"));
        run = check({session, QStringLiteral("--format"), QStringLiteral("json")});
        int acknowledged = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out).object().value(QStringLiteral("findings")).toArray())
            acknowledged += v.toObject().value(QStringLiteral("acknowledged")).isObject();
        QCOMPARE(acknowledged, 1);
    }

    void sessionImport_holdsASchoolThatLostManyUsers()
    {
        // The first export has 60 more students at Lakeview High; the next has none of them.
        rb::test::ExportFiles full = rb::test::validExport();
        for (int i = 1; i <= 60; ++i)
            full[QStringLiteral("users.csv")] += "N" + QByteArray::number(i) + ",,,true,S1,student,n" + QByteArray::number(i)
                + ",,Sam,Lee,," + QByteArray::number(20000 + i) + ",,,,,09,\n";
        const QString session = m_dir.filePath(QStringLiteral("removals.rosterbench"));
        Run run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session, folderWith(QStringLiteral("full"), full)});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(" 0 holds,"), run.out.constData());
        run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session,
                           folderWith(QStringLiteral("cut"), rb::test::validExport())});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains(" 1 hold,"), run.out.constData());
        run = check({session});
        QVERIFY2(run.out.contains("SES-USERS-REMOVED") && run.out.contains("60 of the 64 users"), run.out.constData());
        // A plain export has no session to compare with.
        run = check({folderWith(QStringLiteral("cut-alone"), rb::test::validExport())});
        QVERIFY(!run.out.contains("SES-"));
    }

    void sessionCommands_sayWhatIsWrong()
    {
        // An export that cannot be read adds nothing.
        const QString session = m_dir.filePath(QStringLiteral("untouched.rosterbench"));
        Run run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), session,
                               m_dir.filePath(QStringLiteral("no-such.zip"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
        // A file that is not a session is named and left alone.
        const QString notSession = m_dir.filePath(QStringLiteral("notes.rosterbench"));
        QFile file(notSession);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        run = rosterbench({QStringLiteral("session"), QStringLiteral("info"), notSession});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("not a Rosterbench session"), run.err.constData());
        run = rosterbench({QStringLiteral("session"), QStringLiteral("import"), notSession,
                           folderWith(QStringLiteral("session-other"), rb::test::validExport())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("just some notes\n"));
        // A missing session, and a session with no import, for check.
        run = rosterbench({QStringLiteral("session"), QStringLiteral("info"), m_dir.filePath(QStringLiteral("none.rosterbench"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("There is no session"));
        run = rosterbench({QStringLiteral("session"), QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("Unknown session command"));
    }
};

QTEST_GUILESS_MAIN(CheckCommandTest)
#include "tst_checkcommand.moc"
