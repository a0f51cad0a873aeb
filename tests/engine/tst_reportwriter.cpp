// The reports a district admin is handed: the findings CSV (plain and for Excel), the HTML report,
// JSON and text, and the files they are written to.

#include "exportfixture.h"

#include "matching/synctarget.h"
#include "oneroster/exportreader.h"
#include "report/reportwriter.h"
#include "util/privatefile.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace rb;
using rb::test::ExportFiles;

namespace {

// RFC 4180 records: cells may be quoted, with "" for a quote and line breaks inside.
QList<QStringList> parseCsv(QString text)
{
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty())
        rows << (row << cell);
    return rows;
}

// The HTML between the "By school" heading and the end of its table.
QString bySchoolTable(const QString &html)
{
    const qsizetype start = html.indexOf(QStringLiteral("<h2>By school</h2>"));
    const qsizetype end = html.indexOf(QStringLiteral("</table>"), start);
    return start < 0 || end < 0 ? QString() : html.mid(start, end - start);
}

} // namespace

class ReportWriterTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ReadResult m_result;

    // The index of the first finding of `rule` (after `from`), or -1.
    qsizetype findingOf(RuleId rule, qsizetype from = -1) const
    {
        for (size_t i = size_t(from + 1); i < m_result.findings.size(); ++i) {
            if (m_result.findings.at(i).rule == rule)
                return qsizetype(i);
        }
        return -1;
    }

    QStringList csvRowOf(const QList<QStringList> &rows, const QString &code, const QString &id) const
    {
        for (const QStringList &row : rows) {
            if (row.value(1) == code && row.value(6) == id)
                return row;
        }
        return {};
    }

    ReportWriter::Context acknowledgedEmail() const
    {
        ReportWriter::Context context;
        context.acknowledged.insert(uint32_t(findingOf(RuleId::UserEmailMissing)),
                                    {QStringLiteral("Ana Ruiz"), QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC),
                                     QStringLiteral("the school adds it on Monday")});
        return context;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ExportFiles files = rb::test::validExport();
        // The teacher without an email (an error in Lakeview High School), and seven students of
        // Jefferson Middle School with a grade the hub does not take: more than a report shows.
        files[QStringLiteral("users.csv")].replace("mlopez@lakeview.example", "");
        for (int i = 1; i <= 7; ++i) {
            const QByteArray n = QByteArray::number(i);
            const QByteArray given = i == 1 ? QByteArray("=SUM(A1)") : "Kid" + n;
            files[QStringLiteral("users.csv")] += "N" + n + ",,,true,S2,student,n" + n + ",," + given + ",Park,,2000" + n
                + ",,,,,13,\n";
            files[QStringLiteral("demographics.csv")] += "N" + n + ",,,2012-01-0" + n + ",female,,,,,,,,,,,\n";
        }
        QVERIFY(rb::test::writeFolder(m_dir.filePath(QStringLiteral("export")), files));
        m_result = ExportReader().read({m_dir.filePath(QStringLiteral("export"))});
        QVERIFY(m_result.isReadable());
        QVERIFY(findingOf(RuleId::UserEmailMissing) >= 0);
        QCOMPARE(m_result.findings.countOf(RuleId::UserGradeInvalid), size_t(7));
        QVERIFY(findingOf(RuleId::OrgDistrict) >= 0);
    }

    void csvForExcel_hasAByteOrderMarkAndCrlfLines()
    {
        const QByteArray excel = ReportWriter::csv(m_result, {}, true);
        QVERIFY(excel.startsWith("\xEF\xBB\xBF"));
        QVERIFY(excel.endsWith("\r\n"));
        QCOMPARE(excel.count('\n'), excel.count("\r\n"));
        QCOMPARE(excel.count("\r\n"), qsizetype(m_result.findings.size()) + 1);
        ReportWriter::Format parsed;
        QVERIFY(ReportWriter::parseFormat(QStringLiteral("csv-excel"), &parsed));
        QCOMPARE(parsed, ReportWriter::Format::CsvExcel);
        QCOMPARE(ReportWriter::write(m_result, parsed), excel);
        // The plain CSV is for scripts: no mark before its header.
        const QByteArray plain = ReportWriter::csv(m_result);
        QVERIFY(plain.startsWith("severity,code,file,line,column,field,id,message,"));
        QCOMPARE(plain.count('\n'), plain.count("\r\n"));
    }

    void csv_saysWhoWhereWhatHappensHowToFixAndAcknowledged()
    {
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(ReportWriter::csv(m_result, acknowledgedEmail(), true)));
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("file"),
                                            QStringLiteral("line"), QStringLiteral("column"), QStringLiteral("field"),
                                            QStringLiteral("id"), QStringLiteral("message"), QStringLiteral("school"),
                                            QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("what_happens"),
                                            QStringLiteral("how_to_fix"), QStringLiteral("acknowledged"),
                                            QStringLiteral("acknowledged_by"), QStringLiteral("acknowledged_on"),
                                            QStringLiteral("acknowledgement_note")}));
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 17);

        const QStringList email = csvRowOf(rows, QStringLiteral("USR-EMAIL-MISSING"), QStringLiteral("T1"));
        QCOMPARE(email.mid(0, 7), (QStringList{QStringLiteral("error"), QStringLiteral("USR-EMAIL-MISSING"),
                                               QStringLiteral("users.csv"), QStringLiteral("2"), QStringLiteral("13"),
                                               QStringLiteral("email"), QStringLiteral("T1")}));
        QCOMPARE(email[7], QStringLiteral("T1 María López, a teacher, has no email."));
        QCOMPARE(email[8], QStringLiteral("Lakeview High School"));
        QCOMPARE(email[9], QStringLiteral("María López"));
        QCOMPARE(email[10], RuleCatalogue::title(RuleId::UserEmailMissing));
        QCOMPARE(email[11], RuleCatalogue::whatHappens(RuleId::UserEmailMissing));
        QCOMPARE(email[12], RuleCatalogue::howToFix(RuleId::UserEmailMissing));
        QCOMPARE(email.mid(13), (QStringList{QStringLiteral("yes"), QStringLiteral("Ana Ruiz"),
                                             QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC)
                                                 .toLocalTime().date().toString(Qt::ISODate),
                                             QStringLiteral("the school adds it on Monday")}));

        // Not acknowledged: the last four cells are empty. A student's school is the one it names.
        const QStringList grade = csvRowOf(rows, QStringLiteral("USR-GRADE-INVALID"), QStringLiteral("N2"));
        QCOMPARE(grade[8], QStringLiteral("Jefferson Middle School, East"));
        QCOMPARE(grade[9], QStringLiteral("Kid2 Park"));
        QCOMPARE(grade.mid(13), (QStringList{QString(), QString(), QString(), QString()}));
        // An enrollment is named by its user in its class; the district is no school.
        const QStringList district = csvRowOf(rows, QStringLiteral("ORG-DISTRICT"), QStringLiteral("D1"));
        QCOMPARE(district[8], QString());
        QCOMPARE(district[9], QStringLiteral("Lakeview Unified"));
    }

    void csv_namesTheHubSchoolOnceMatched()
    {
        ReportWriter::Context context;
        context.schools.insert(QStringLiteral("S1"), {SyncTarget::State::Matched, QStringLiteral("H-1"),
                                                      QStringLiteral("Lakeview HS"), false});
        context.schools.insert(QStringLiteral("S2"), {SyncTarget::State::NotMatched, {}, {}, false});
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(ReportWriter::csv(m_result, context)));
        QCOMPARE(csvRowOf(rows, QStringLiteral("USR-EMAIL-MISSING"), QStringLiteral("T1"))[8], QStringLiteral("Lakeview HS"));
        QCOMPARE(csvRowOf(rows, QStringLiteral("USR-GRADE-INVALID"), QStringLiteral("N2"))[8],
                 QStringLiteral("Jefferson Middle School, East"));
    }

    void csvForExcel_neverHandsExcelAFormula()
    {
        const QList<QStringList> excel = parseCsv(QString::fromUtf8(ReportWriter::csv(m_result, {}, true)));
        const QStringList row = csvRowOf(excel, QStringLiteral("USR-GRADE-INVALID"), QStringLiteral("N1"));
        QCOMPARE(row[9], QStringLiteral("'=SUM(A1) Park"));
        for (const QStringList &r : excel) {
            for (const QString &cell : r)
                QVERIFY2(!cell.startsWith(u'='), qPrintable(cell));
        }
        // The plain CSV keeps the cell as the roster has it.
        const QList<QStringList> plain = parseCsv(QString::fromUtf8(ReportWriter::csv(m_result)));
        QCOMPARE(csvRowOf(plain, QStringLiteral("USR-GRADE-INVALID"), QStringLiteral("N1"))[9], QStringLiteral("=SUM(A1) Park"));
    }

    void writtenFiles_areTheOwnersOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("findings.csv"));
        {
            // A file already there, readable by anyone, is replaced by one that is not.
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old");
            old.close();
            QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                    | QFileDevice::ReadOther));
        }
        QString error;
        const QByteArray report = ReportWriter::csv(m_result, {}, true);
        QVERIFY2(writeOwnerOnlyFile(path, report, &error), qPrintable(error));
        const QFileDevice::Permissions owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), owner);
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), report);

        const QString fresh = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(writeOwnerOnlyFile(fresh, ReportWriter::html(m_result), &error));
        QCOMPARE(QFile::permissions(fresh) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), owner);
        // A folder that does not exist: false, and why.
        QVERIFY(!writeOwnerOnlyFile(m_dir.filePath(QStringLiteral("no/such/folder/x.csv")), report, &error));
        QVERIFY(!error.isEmpty());
    }

    void html_marksAcknowledgedFindingsWithTheirNotesAndCountsThemApart()
    {
        const QString before = QString::fromUtf8(ReportWriter::html(m_result));
        QVERIFY(!before.contains(QStringLiteral("✓")));

        const QString html = QString::fromUtf8(ReportWriter::html(m_result, acknowledgedEmail()));
        QVERIFY(html.contains(QStringLiteral("<tr class=\"acknowledged\"><td>users.csv, line 2 (email)</td>"
                                             "<td>T1 María López</td>")));
        const QString when = QLocale().toString(QDate(2026, 11, 20), QLocale::ShortFormat);
        QVERIFY(html.contains(QStringLiteral("✓ Acknowledged by Ana Ruiz on %1: the school adds it on Monday").arg(when)));
        QVERIFY(html.contains(QStringLiteral("✓ 1 acknowledged")));
        QVERIFY(html.contains(QStringLiteral("1 found, 1 acknowledged")));
        // Counted apart: the error acknowledged is no longer among Lakeview High School's errors.
        const SeverityCounts all = m_result.findings.severityCounts();
        QVERIFY(before.contains(RuleCatalogue::severityCount(Severity::Error, all[Severity::Error])));
        QVERIFY(html.contains(RuleCatalogue::severityCount(Severity::Error, all[Severity::Error] - 1)));
        const QString table = bySchoolTable(html);
        QVERIFY(table.contains(QStringLiteral("<th>acknowledged</th>")));
        const qsizetype lakeview = table.indexOf(QStringLiteral("<td>Lakeview High School (S1)</td>"));
        QVERIFY(lakeview >= 0);
        QVERIFY(table.mid(lakeview).section(QStringLiteral("</tr>"), 0, 0).endsWith(QStringLiteral("<td class=\"n\">1</td>")));
    }

    void html_namesSchoolsAsTheHubDoesOnceMatched()
    {
        ReportWriter::Context context;
        context.schools.insert(QStringLiteral("S1"), {SyncTarget::State::Matched, QStringLiteral("H-1"),
                                                      QStringLiteral("Lakeview HS"), false});
        context.schools.insert(QStringLiteral("S2"), {SyncTarget::State::LeftOut, {}, {}, false});
        const QString table = bySchoolTable(QString::fromUtf8(ReportWriter::html(m_result, context)));
        QVERIFY2(table.contains(QStringLiteral("<td>Lakeview HS<br><span class=\"muted\">Lakeview High School (S1) in the "
                                               "SIS</span></td>")),
                 qPrintable(table));
        QVERIFY(table.contains(QStringLiteral("Jefferson Middle School, East (S2)<br><span class=\"muted\">Left out of the "
                                              "school matching: does not sync</span>")));
        // Before any matching, the SIS's names.
        const QString unmatched = bySchoolTable(QString::fromUtf8(ReportWriter::html(m_result)));
        QVERIFY(unmatched.contains(QStringLiteral("<td>Lakeview High School (S1)</td>")));
        QVERIFY(!unmatched.contains(QStringLiteral("Lakeview HS")));
    }

    void html_listsNoDistrictUnderBySchool()
    {
        const QString html = QString::fromUtf8(ReportWriter::html(m_result));
        const QString table = bySchoolTable(html);
        QVERIFY(!table.isEmpty());
        QVERIFY2(!table.contains(QStringLiteral("Lakeview Unified")), qPrintable(table));
        QVERIFY(!table.contains(QStringLiteral("D1")));
        // Its note is still in the report, counted with what is in no school.
        QVERIFY(html.contains(QStringLiteral("<code>ORG-DISTRICT</code>")));
        QVERIFY(table.contains(QStringLiteral("Not in a school (files, manifest, district)")));
    }

    void html_neverTellsTheReaderToRunACommand()
    {
        const QString html = QString::fromUtf8(ReportWriter::html(m_result, acknowledgedEmail()));
        // Seven grades the hub does not take: five shown, and the rest said.
        QVERIFY(html.contains(QStringLiteral("… and 2 more. The findings CSV lists every one.")));
        QVERIFY2(!html.contains(QStringLiteral("rosterbench ")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("--format")));
        // Each rule says where it comes from, by title.
        QVERIFY(html.contains(QStringLiteral("Source: Remind Hub help: OneRoster 1.1 CSV file format")));
        QVERIFY(!QRegularExpression(QStringLiteral("Sources?: \\d")).match(html).hasMatch());
    }

    void jsonAndText_nameTheRecordAndItsSchool()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(ReportWriter::json(m_result, acknowledgedEmail()));
        QCOMPARE(doc.object().value(QStringLiteral("summary")).toObject().value(QStringLiteral("acknowledged")).toInt(), 1);
        bool seen = false;
        for (const QJsonValue &v : doc.object().value(QStringLiteral("findings")).toArray()) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("code")).toString() != QLatin1String("USR-EMAIL-MISSING"))
                continue;
            seen = true;
            QCOMPARE(o.value(QStringLiteral("id")).toString(), QStringLiteral("T1"));
            QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("María López"));
            QCOMPARE(o.value(QStringLiteral("school")).toString(), QStringLiteral("Lakeview High School"));
            const QJsonObject ack = o.value(QStringLiteral("acknowledged")).toObject();
            QCOMPARE(ack.value(QStringLiteral("by")).toString(), QStringLiteral("Ana Ruiz"));
            QCOMPARE(ack.value(QStringLiteral("at")).toString(), QStringLiteral("2026-11-20T15:00:00Z"));
            QCOMPARE(ack.value(QStringLiteral("note")).toString(), QStringLiteral("the school adds it on Monday"));
        }
        QVERIFY(seen);
        const QString text = QString::fromUtf8(ReportWriter::text(m_result));
        QVERIFY2(text.contains(QStringLiteral("error  USR-EMAIL-MISSING users.csv:2:13 [email] (T1 María López): "
                                              "T1 María López, a teacher, has no email.")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(ReportWriterTest)
#include "tst_reportwriter.moc"
