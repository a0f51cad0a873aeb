#include "exportfixture.h"
#include "matching/matchingfindings.h"

#include "oneroster/exportreader.h"
#include "util/progress.h"
#include "validation/phonenumbers.h"
#include "validation/validator.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using rb::test::ExportFiles;
using rb::test::replaceLine;

namespace {

QByteArray removeLine(const QByteArray &text, int line)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeAt(line - 1);
    return lines.join('\n');
}

QByteArray appendLines(const QByteArray &text, const QByteArray &lines)
{
    return text + lines;
}

// One change to the valid export: a file, and what becomes of it.
struct Change
{
    QString file;
    std::function<QByteArray(const QByteArray &)> edit;
};

Change line(const char *file, int number, const QByteArray &with)
{
    return {QString::fromLatin1(file), [=](const QByteArray &t) { return replaceLine(t, number, with); }};
}
Change drop(const char *file, int number)
{
    return {QString::fromLatin1(file), [=](const QByteArray &t) { return removeLine(t, number); }};
}
Change add(const char *file, const QByteArray &rows)
{
    return {QString::fromLatin1(file), [=](const QByteArray &t) { return appendLines(t, rows); }};
}

// users.csv with a metadata.preferredLanguage column, the teacher's set to `value`.
Change language(const QByteArray &value)
{
    return {QStringLiteral("users.csv"), [=](const QByteArray &t) {
                QList<QByteArray> lines = t.split('\n');
                for (int i = 0; i < lines.size(); ++i) {
                    if (!lines[i].isEmpty())
                        lines[i] += i == 0 ? QByteArray(",metadata.preferredLanguage") : i == 1 ? "," + value : QByteArray(",en");
                }
                return lines.join('\n');
            }};
}

// users.csv with one more column, `header`, its cells by line (2 = the teacher, 3 and 4 the
// students, 5 the parent); lines not given are blank.
Change usersColumn(const QByteArray &header, const QMap<int, QByteArray> &cells)
{
    return {QStringLiteral("users.csv"), [=](const QByteArray &t) {
                QList<QByteArray> lines = t.split('\n');
                for (int i = 0; i < lines.size(); ++i) {
                    if (!lines[i].isEmpty())
                        lines[i] += ',' + (i == 0 ? header : cells.value(i + 1));
                }
                return lines.join('\n');
            }};
}

// The manifest naming the SIS the export was pulled from.
Change pulledFrom(const QByteArray &systemName)
{
    return line("manifest.csv", 17, "source.systemName," + systemName);
}

const QByteArray User2 = "U1,,,true,\"S1,S2\",student,jdoe,,Jane,Doe,,10042,,,,P1,09,";
const QByteArray Teacher = "T1,,,true,S1,teacher,mlopez,,María,López,,,mlopez@lakeview.example,,,,,";

// A class and an enrollment of student U1 in it, for the 100-class limit.
QByteArray manyClasses()
{
    QByteArray rows;
    for (int i = 2; i <= 101; ++i)
        rows += "C" + QByteArray::number(i) + ",,,Elective " + QByteArray::number(i) + ",,,,scheduled,,S1,,,,\n";
    return rows;
}
QByteArray manyEnrollments()
{
    QByteArray rows;
    for (int i = 2; i <= 101; ++i)
        rows += "E" + QByteArray::number(i + 2) + ",,,C" + QByteArray::number(i) + ",S1,U1,student,false,,\n";
    return rows;
}

} // namespace

Q_DECLARE_METATYPE(QList<Change>)

class ValidatorTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;
    static QSet<QString> &covered()
    {
        static QSet<QString> codes;
        return codes;
    }

    ReadResult readWith(const QList<Change> &changes)
    {
        ExportFiles files = rb::test::validExport();
        for (const Change &c : changes)
            files[c.file] = c.edit(files[c.file]);
        const QString folder = m_dir.filePath(QStringLiteral("v%1").arg(++m_count));
        if (!rb::test::writeFolder(folder, files))
            qFatal("cannot write fixture");
        return ExportReader().read({folder});
    }

    static QString describe(const ReadResult &r)
    {
        QStringList lines;
        for (const Finding &f : r.findings.items())
            lines << QStringLiteral("%1 %2:%3:%4 %5").arg(RuleCatalogue::code(f.rule), r.findings.fileName(f))
                         .arg(f.line).arg(f.column).arg(r.findings.message(f));
        return lines.join(u'\n');
    }

private slots:
    void validExport_hasOnlyTheDistrictNote()
    {
        const ReadResult r = readWith({});
        QCOMPARE(r.findings.size(), size_t(1));
        QCOMPARE(RuleCatalogue::code(r.findings.at(0).rule), QStringLiteral("ORG-DISTRICT"));
    }

    void rule_data()
    {
        QTest::addColumn<QList<Change>>("changes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        auto row = [](const char *tag, QList<Change> changes, const char *code, const char *file, int l, int c) {
            QTest::newRow(tag) << changes << QString::fromLatin1(code) << QString::fromLatin1(file) << l << c;
        };
        // orgs.csv
        row("org id missing", {line("orgs.csv", 4, ",,,Jefferson Middle,school,JMS,D1")}, "ORG-ID-MISSING", "orgs.csv", 4, 1);
        row("org id twice", {line("orgs.csv", 4, "S1,,,Jefferson Middle,school,JMS,D1")}, "ORG-ID-DUPLICATE", "orgs.csv", 4, 1);
        row("org ids by case", {line("orgs.csv", 4, "s1,,,Jefferson Middle,school,JMS,D1")}, "ORG-ID-CASE", "orgs.csv", 4, 1);
        row("org name missing", {line("orgs.csv", 3, "S1,,,,school,LHS,D1")}, "ORG-NAME-MISSING", "orgs.csv", 3, 4);
        row("org type wrong", {line("orgs.csv", 3, "S1,,,Lakeview High School,School,LHS,D1")}, "ORG-TYPE-INVALID", "orgs.csv", 3, 5);
        row("org type not taken", {line("orgs.csv", 3, "S1,,,Lakeview High School,department,LHS,D1")}, "ORG-TYPE-NOT-TAKEN", "orgs.csv", 3, 5);
        row("district row", {}, "ORG-DISTRICT", "orgs.csv", 2, 5);
        row("org parent unknown", {line("orgs.csv", 3, "S1,,,Lakeview High School,school,LHS,D9")}, "ORG-PARENT-UNKNOWN", "orgs.csv", 3, 7);
        // users.csv
        row("user id missing", {line("users.csv", 2, QByteArray(Teacher).replace("T1,", ","))}, "USR-ID-MISSING", "users.csv", 2, 1);
        row("user id twice", {line("users.csv", 4, "U1,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,10043,,,,P1,10,")}, "USR-ID-DUPLICATE", "users.csv", 4, 1);
        row("user ids by case", {line("users.csv", 4, "u1,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,10043,,,,P1,10,")}, "USR-ID-CASE", "users.csv", 4, 1);
        row("user in no school", {line("users.csv", 2, QByteArray(Teacher).replace(",S1,", ",,"))}, "USR-ORG-MISSING", "users.csv", 2, 5);
        row("user school unknown", {line("users.csv", 3, QByteArray(User2).replace("S1,S2", "S1,S9"))}, "USR-ORG-UNKNOWN", "users.csv", 3, 5);
        row("user role wrong", {line("users.csv", 2, QByteArray(Teacher).replace("teacher", "Teacher"))}, "USR-ROLE-INVALID", "users.csv", 2, 6);
        row("user role not taken", {line("users.csv", 2, QByteArray(Teacher).replace("teacher", "proctor"))}, "USR-ROLE-NOT-TAKEN", "users.csv", 2, 6);
        row("user name missing", {line("users.csv", 2, QByteArray(Teacher).replace("María", ""))}, "USR-NAME-MISSING", "users.csv", 2, 9);
        row("staff email missing", {line("users.csv", 2, QByteArray(Teacher).replace("mlopez@lakeview.example", ""))}, "USR-EMAIL-MISSING", "users.csv", 2, 13);
        row("email malformed", {line("users.csv", 2, QByteArray(Teacher).replace("mlopez@lakeview.example", "mlopez at lakeview"))}, "USR-EMAIL-INVALID", "users.csv", 2, 13);
        row("email shared", {line("users.csv", 3, QByteArray(User2).replace("10042,,", "10042,MLopez@lakeview.example,"))}, "USR-EMAIL-SHARED", "users.csv", 3, 13);
        row("parent no contact", {line("users.csv", 5, "P1,,,true,S1,parent,,,Ann,Doe,,,,,,,,")}, "USR-NO-CONTACT", "users.csv", 5, 13);
        row("grade unknown", {line("users.csv", 3, QByteArray(User2).replace(",09,", ",13,"))}, "USR-GRADE-INVALID", "users.csv", 3, 17);
        row("grade one digit", {line("users.csv", 3, QByteArray(User2).replace(",09,", ",9,"))}, "USR-GRADE-UNPADDED", "users.csv", 3, 17);
        row("grades several", {line("users.csv", 3, QByteArray(User2).replace(",09,", ",\"09,10\","))}, "USR-GRADE-MULTIPLE", "users.csv", 3, 17);
        row("grade on teacher", {line("users.csv", 2, QByteArray(Teacher).replace(",,,,,", ",,,,09,"))}, "USR-GRADE-NOT-STUDENT", "users.csv", 2, 17);
        row("linked parent unknown", {line("users.csv", 3, QByteArray(User2).replace(",P1,", ",\"P1,P9\","))}, "USR-AGENT-UNKNOWN", "users.csv", 3, 16);
        row("parent of nobody", {line("users.csv", 3, QByteArray(User2).replace(",P1,", ",,")),
                                 line("users.csv", 4, "U2,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,10043,,,,,10,")},
            "USR-GUARDIAN-UNLINKED", "users.csv", 5, 1);
        row("six contact points", {line("users.csv", 3, QByteArray(User2).replace(",P1,", ",\"P1,P2,P3\",")),
                                   add("users.csv", "P2,,,true,S1,guardian,,,Bo,Doe,,,bo@mail.example,(415) 555-0101,(415) 555-0102,,,\n"
                                                    "P3,,,true,S1,guardian,,,Cy,Doe,,,cy@mail.example,,(415) 555-0103,,,\n")},
            "USR-CONTACTS-OVER-FIVE", "users.csv", 3, 16);
        row("six contact points, Clever", {pulledFrom("Clever"),
                                           line("users.csv", 3, QByteArray(User2).replace(",P1,", ",\"P1,P2,P3\",")),
                                           add("users.csv", "P2,,,true,S1,guardian,,,Bo,Doe,,,bo@mail.example,(415) 555-0101,(415) 555-0102,,,\n"
                                                            "P3,,,true,S1,guardian,,,Cy,Doe,,,cy@mail.example,,(415) 555-0103,,,\n")},
            "USR-CONTACTS-OVER-FIVE", "users.csv", 3, 16);
        row("emergency contact", {usersColumn("metadata.contactType", {{5, "\"Parent/Guardian,Emergency\""}})},
            "USR-EMERGENCY-CONTACT", "users.csv", 5, 19);
        row("clever staff", {pulledFrom("Clever"), add("users.csv", "A1,,,true,S1,administrator,arivera,,Alex,Rivera,,,principal@lakeview.example,,,,,\n")},
            "CLV-STAFF-ADMIN", "users.csv", 6, 6);
        row("clever student without a language", {pulledFrom("Clever"),
                                                  usersColumn("metadata.preferredLanguage", {{2, "en"}, {4, "es"}, {5, "es"}})},
            "CLV-LANGUAGE-MISSING", "users.csv", 3, 19);
        row("aeries credentials with spaces", {pulledFrom("Aeries"), add("manifest.csv", "source.credentialsTrimmed,\"id,secret\"\n")},
            "AER-CREDENTIAL-SPACES", "manifest.csv", 18, 2);
        row("aeries student whose enrollment ended", {pulledFrom("Aeries"), line("enrollments.csv", 4, "E3,,,C1,S1,U2,student,false,2019-08-15,2020-06-01")},
            "AER-STUDENT-NOT-ENROLLED", "users.csv", 4, 1);
        row("student number missing", {line("users.csv", 4, "U2,,,true,S1,student,bnguyen,,Bảo,Nguyễn,,,,,,P1,10,")}, "USR-IDENTIFIER-MISSING", "users.csv", 4, 12);
        row("over 100 classes", {add("classes.csv", manyClasses()), add("enrollments.csv", manyEnrollments())}, "USR-CLASSES-OVER-100", "enrollments.csv", 104, 6);
        row("phone too short", {line("users.csv", 5, "P1,,,true,S1,parent,,,Ann,Doe,,,,555-01,,,,")}, "USR-PHONE-INVALID", "users.csv", 5, 14);
        row("phone abroad", {line("users.csv", 5, "P1,,,true,S1,parent,,,Ann,Doe,,,,+44 20 7946 0958,,,,")}, "USR-PHONE-NO-TEXT", "users.csv", 5, 14);
        row("language as a word", {language("english")}, "USR-LANGUAGE-INVALID", "users.csv", 2, 19);
        row("language with underscore", {language("es_MX")}, "USR-LANGUAGE-INVALID", "users.csv", 2, 19);
        row("username blank", {line("users.csv", 2, QByteArray(Teacher).replace("mlopez,,", ",,"))}, "ONEROSTER-FIELD-BLANK", "users.csv", 2, 7);
        // demographics.csv
        row("demographics of nobody", {line("demographics.csv", 2, "U9,,,2010-03-14,female,,,,,,,,,,,")}, "DEM-USER-UNKNOWN", "demographics.csv", 2, 1);
        row("birth date missing", {line("demographics.csv", 2, "U1,,,,female,,,,,,,,,,,")}, "DEM-BIRTHDATE-MISSING", "demographics.csv", 2, 4);
        row("birth date unreadable", {line("demographics.csv", 2, "U1,,,14.03.2010,female,,,,,,,,,,,")}, "DEM-BIRTHDATE-FORMAT", "demographics.csv", 2, 4);
        row("birth date impossible", {line("demographics.csv", 2, "U1,,,13/45/2011,female,,,,,,,,,,,")}, "DEM-BIRTHDATE-IMPOSSIBLE", "demographics.csv", 2, 4);
        row("birth date to come", {line("demographics.csv", 2, "U1,,,2999-01-01,female,,,,,,,,,,,")}, "DEM-BIRTHDATE-FUTURE", "demographics.csv", 2, 4);
        row("birth date too old", {line("demographics.csv", 2, "U1,,,1850-01-01,female,,,,,,,,,,,")}, "DEM-BIRTHDATE-TOO-OLD", "demographics.csv", 2, 4);
        row("student without demographics", {drop("demographics.csv", 3)}, "DEM-STUDENT-MISSING", "users.csv", 4, 1);
        // classes.csv
        row("class id missing", {line("classes.csv", 2, ",,,Algebra I - Period 2,\"09,10\",,ALG1,scheduled,,S1,,,,2")}, "CLS-ID-MISSING", "classes.csv", 2, 1);
        row("class id twice", {add("classes.csv", "C1,,,Geometry - Period 3,10,,GEO,scheduled,,S1,,,,3\n")}, "CLS-ID-DUPLICATE", "classes.csv", 3, 1);
        row("class school unknown", {line("classes.csv", 2, "C1,,,Algebra I - Period 2,\"09,10\",,ALG1,scheduled,,D1,,,,2")}, "CLS-SCHOOL-UNKNOWN", "classes.csv", 2, 10);
        row("class title missing", {line("classes.csv", 2, "C1,,,,\"09,10\",,ALG1,scheduled,,S1,,,,2")}, "CLS-TITLE-MISSING", "classes.csv", 2, 4);
        row("class title too long", {line("classes.csv", 2, "C1,,," + QByteArray(256, 'A') + ",\"09,10\",,ALG1,scheduled,,S1,,,,2")}, "CLS-TITLE-LONG", "classes.csv", 2, 4);
        row("class title twice", {add("classes.csv", "C2,,,Algebra I - Period 2,09,,ALG1,scheduled,,S1,,,,2\n"),
                                  add("enrollments.csv", "E4,,,C2,S1,T1,teacher,true,,\n")}, "CLS-TITLE-DUPLICATE", "classes.csv", 3, 4);
        row("class grades wrong", {line("classes.csv", 2, "C1,,,Algebra I - Period 2,\"9,10\",,ALG1,scheduled,,S1,,,,2")}, "CLS-GRADES-INVALID", "classes.csv", 2, 5);
        row("class without teacher", {drop("enrollments.csv", 2)}, "CLS-NO-OWNER", "classes.csv", 2, 1);
        row("lunch class", {line("classes.csv", 2, "C1,,,Lunch - Period 4,\"09,10\",,LUN,scheduled,,S1,,,,4")}, "CLS-NOT-WANTED", "classes.csv", 2, 4);
        // a file the manifest sends as delta
        row("delta without status", {line("manifest.csv", 6, "file.classes,delta"),
                                     line("classes.csv", 2, "C1,,2026-11-01T08:00:00Z,Algebra I - Period 2,09,CRS1,ALG1,scheduled,,S1,T2026,,,2")},
            "DELTA-STATUS-INVALID", "classes.csv", 2, 2);
        row("delta with a US date", {line("manifest.csv", 6, "file.classes,delta"),
                                     line("classes.csv", 2, "C1,active,11/01/2026,Algebra I - Period 2,09,CRS1,ALG1,scheduled,,S1,T2026,,,2")},
            "DELTA-DATE-INVALID", "classes.csv", 2, 3);
        // enrollments.csv
        row("enrollment id missing", {line("enrollments.csv", 3, ",,,C1,S1,U1,student,false,,")}, "ENR-ID-MISSING", "enrollments.csv", 3, 1);
        row("enrollment id twice", {line("enrollments.csv", 4, "E2,,,C1,S1,U2,student,false,,")}, "ENR-ID-DUPLICATE", "enrollments.csv", 4, 1);
        row("enrollment class unknown", {line("enrollments.csv", 3, "E2,,,C9,S1,U1,student,false,,")}, "ENR-CLASS-UNKNOWN", "enrollments.csv", 3, 4);
        row("enrollment user unknown", {line("enrollments.csv", 3, "E2,,,C1,S1,U9,student,false,,")}, "ENR-USER-UNKNOWN", "enrollments.csv", 3, 6);
        row("enrollment school unknown", {line("enrollments.csv", 3, "E2,,,C1,S9,U1,student,false,,")}, "ENR-SCHOOL-UNKNOWN", "enrollments.csv", 3, 5);
        row("enrollment school not the class's", {line("enrollments.csv", 3, "E2,,,C1,S2,U1,student,false,,")}, "ENR-SCHOOL-MISMATCH", "enrollments.csv", 3, 5);
        row("enrollment role wrong", {line("enrollments.csv", 3, "E2,,,C1,S1,U1,Student,false,,")}, "ENR-ROLE-INVALID", "enrollments.csv", 3, 7);
        row("enrollment role not the user's", {line("enrollments.csv", 3, "E2,,,C1,S1,U1,teacher,false,,")}, "ENR-ROLE-MISMATCH", "enrollments.csv", 3, 7);
        row("primary not boolean", {line("enrollments.csv", 3, "E2,,,C1,S1,U1,student,1,,")}, "ENR-PRIMARY-INVALID", "enrollments.csv", 3, 8);
        row("primary in capitals", {line("enrollments.csv", 2, "E1,,,C1,S1,T1,teacher,TRUE,,")}, "ENR-PRIMARY-CASE", "enrollments.csv", 2, 8);
        row("parent enrolled", {add("enrollments.csv", "E4,,,C1,S1,P1,parent,false,,\n")}, "ENR-PARENT-ENROLLED", "enrollments.csv", 5, 6);
        row("same class twice", {add("enrollments.csv", "E4,,,C1,S1,U1,student,false,,\n")}, "ENR-DUPLICATE", "enrollments.csv", 5, 6);
    }

    void rule()
    {
        QFETCH(QList<Change>, changes);
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);
        covered().insert(code);
        const ReadResult r = readWith(changes);
        QVERIFY2(r.isReadable(), qPrintable(r.fatalErrors.join(u'\n')));
        QList<const Finding *> found;
        for (const Finding &f : r.findings.items()) {
            if (RuleCatalogue::code(f.rule) == code)
                found.append(&f);
        }
        QVERIFY2(found.size() == 1, qPrintable(describe(r)));
        const Finding &f = *found.first();
        QCOMPARE(r.findings.fileName(f), file);
        QCOMPARE(int(f.line), line);
        QCOMPARE(int(f.column), column);
        QCOMPARE(RuleCatalogue::severity(f.rule), RuleCatalogue::rule(*RuleCatalogue::findByCode(code)).severity);
        // The finding's record is the row on that line.
        const Table &table = r.roster->table(f.kind);
        QCOMPARE(table.lineOf(f.row), uint32_t(line));
    }

    void sisRules_applyOnlyToDataFromThatSis()
    {
        const Change admin = add("users.csv", "A1,,,true,S1,administrator,arivera,,Alex,Rivera,,,principal@lakeview.example,,,,,\n");
        const Change trimmed = add("manifest.csv", "source.credentialsTrimmed,secret\n");
        const ReadResult plain = readWith({admin, trimmed});
        QCOMPARE(plain.findings.countOf(RuleId::CleverStaffAdmin), size_t(0));
        QCOMPARE(plain.findings.countOf(RuleId::CleverLanguageMissing), size_t(0));
        QCOMPARE(plain.findings.countOf(RuleId::AeriesCredentialSpaces), size_t(0));
        const ReadResult clever = readWith({pulledFrom("Clever"), admin, trimmed});
        QCOMPARE(clever.findings.countOf(RuleId::CleverStaffAdmin), size_t(1));
        QCOMPARE(clever.findings.countOf(RuleId::AeriesCredentialSpaces), size_t(0));
        // No language column at all: every student and parent lacks one; one note, on the first.
        QCOMPARE(clever.findings.countOf(RuleId::CleverLanguageMissing), size_t(1));
    }

    void aeriesStudents_areCurrentWhileAnEnrollmentRunsToday()
    {
        // U2's only enrollment, E3 on line 4, with these dates; today is fixed.
        auto notEnrolled = [this](const QByteArray &system, const QByteArray &begin, const QByteArray &end) {
            ExportFiles files = rb::test::validExport();
            files[QStringLiteral("manifest.csv")] = pulledFrom(system).edit(files[QStringLiteral("manifest.csv")]);
            files[QStringLiteral("enrollments.csv")] = rb::test::replaceLine(
                files[QStringLiteral("enrollments.csv")], 4, "E3,,,C1,S1,U2,student,false," + begin + ',' + end);
            const ReadResult read = rb::test::readWithoutRules(files);
            ValidationOptions options;
            options.today = QDate(2026, 11, 23);
            return Validator(*read.roster, options).run().countOf(RuleId::AeriesStudentNotEnrolled);
        };
        QCOMPARE(notEnrolled("Aeries", "", ""), size_t(0));                     // open on both sides
        QCOMPARE(notEnrolled("Aeries", "2026-08-15", "2027-06-10"), size_t(0)); // this year
        QCOMPARE(notEnrolled("Aeries", "2026-11-23", "2026-11-23"), size_t(0)); // today only
        QCOMPARE(notEnrolled("Aeries", "2025-08-15", "2026-06-10"), size_t(1)); // last year
        QCOMPARE(notEnrolled("Aeries", "2027-01-05", ""), size_t(1));           // next term
        QCOMPARE(notEnrolled("Aeries", "08/15/2026", "someday"), size_t(0));    // dates it cannot read are not held against it
        QCOMPARE(notEnrolled("Test SIS", "2025-08-15", "2026-06-10"), size_t(0)); // other sources send them
        // A student with no enrollment at all; the teacher and the parent are not students.
        const ReadResult none = readWith({pulledFrom("Aeries"), drop("enrollments.csv", 4)});
        QCOMPARE(none.findings.countOf(RuleId::AeriesStudentNotEnrolled), size_t(1));
        for (const Finding &f : none.findings.items()) {
            if (f.rule == RuleId::AeriesStudentNotEnrolled) {
                QCOMPARE(f.line, 4u);
                QCOMPARE(none.message(f), QStringLiteral("U2 Bảo Nguyễn has no enrollment current today."));
            }
        }
    }

    void messages_nameThePersonOrClass_data()
    {
        QTest::addColumn<QList<Change>>("changes");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("unnamed"); // the sentence without the roster at hand
        QTest::newRow("over 100 classes")
            << QList<Change>{add("classes.csv", manyClasses()), add("enrollments.csv", manyEnrollments())}
            << "USR-CLASSES-OVER-100" << "U1 Jane Doe in C101 Elective 101" << "U1 Jane Doe in C101 Elective 101"
            << "U1 Jane Doe is in 101 classes; the hub allows 100." << "This user is in 101 classes; the hub allows 100.";
        QTest::newRow("same class twice")
            << QList<Change>{add("enrollments.csv", "E4,,,C1,S1,U1,student,false,,\n")} << "ENR-DUPLICATE"
            << "U1 Jane Doe in C1 Algebra I - Period 2" << "U1 Jane Doe in C1 Algebra I - Period 2"
            << "U1 Jane Doe is already enrolled in C1 Algebra I - Period 2 on line 3."
            << "This user is already enrolled in this class on line 3.";
        QTest::newRow("class without teacher")
            << QList<Change>{drop("enrollments.csv", 2)} << "CLS-NO-OWNER" << "C1 Algebra I - Period 2"
            << "Algebra I - Period 2" << "No teacher or administrator is enrolled in C1 Algebra I - Period 2."
            << "No teacher or administrator is enrolled in this class.";
        QTest::newRow("staff email missing")
            << QList<Change>{line("users.csv", 2, QByteArray(Teacher).replace("mlopez@lakeview.example", ""))}
            << "USR-EMAIL-MISSING" << "T1 María López" << "María López" << "T1 María López, a teacher, has no email."
            << "This user, a teacher, has no email.";
        QTest::newRow("student without demographics")
            << QList<Change>{drop("demographics.csv", 3)} << "DEM-STUDENT-MISSING" << "U2 Bảo Nguyễn" << "Bảo Nguyễn"
            << "U2 Bảo Nguyễn has no row in demographics.csv." << "This user has no row in demographics.csv.";
        QTest::newRow("birth date missing")
            << QList<Change>{line("demographics.csv", 2, "U1,,,,female,,,,,,,,,,,")} << "DEM-BIRTHDATE-MISSING"
            << "U1 Jane Doe" << "Jane Doe" << "U1 Jane Doe has no birth date." << "This student has no birth date.";
        QTest::newRow("user id missing")
            << QList<Change>{line("users.csv", 3, QByteArray(User2).replace("U1,", ","))} << "USR-ID-MISSING"
            << "Jane Doe" << "Jane Doe" << "Jane Doe has no sourcedId." << "This user has no sourcedId.";
        QTest::newRow("school name missing")
            << QList<Change>{line("orgs.csv", 3, "S1,,,,school,LHS,D1")} << "ORG-NAME-MISSING" << "S1" << ""
            << "S1 has no name." << "This school has no name.";
    }

    void messages_nameThePersonOrClass()
    {
        QFETCH(QList<Change>, changes);
        QFETCH(QString, code);
        const ReadResult r = readWith(changes);
        const Finding *found = nullptr;
        for (const Finding &f : r.findings.items()) {
            if (RuleCatalogue::code(f.rule) == code)
                found = &f;
        }
        QVERIFY2(found, qPrintable(describe(r)));
        QTEST(r.recordLabel(*found), "label");
        QTEST(r.recordName(*found), "name");
        QTEST(r.message(*found), "message");
        QTEST(r.findings.message(*found), "unnamed");
    }

    void wellFormedDeltaRows_passAndBulkFilesAreNotAsked()
    {
        const ReadResult delta = readWith({line("manifest.csv", 6, "file.classes,delta"),
                                           line("classes.csv", 2, "C1,active,2026-11-01T08:00:00.123Z,Algebra I - Period 2,09,CRS1,ALG1,scheduled,,S1,T2026,,,2")});
        QCOMPARE(delta.findings.countOf(RuleId::DeltaStatusInvalid), size_t(0));
        QCOMPARE(delta.findings.countOf(RuleId::DeltaDateInvalid), size_t(0));
        // The same row in a bulk file: status and dateLastModified are not read.
        const ReadResult bulk = readWith({line("classes.csv", 2, "C1,whatever,yesterday,Algebra I - Period 2,09,CRS1,ALG1,scheduled,,S1,T2026,,,2")});
        QCOMPARE(bulk.findings.countOf(RuleId::DeltaStatusInvalid), size_t(0));
        QCOMPARE(bulk.findings.countOf(RuleId::DeltaDateInvalid), size_t(0));
    }

    void cancelledProgress_stopsTheLongChecks()
    {
        ExportFiles files = rb::test::validExport();
        files[QStringLiteral("users.csv")].replace("mlopez@lakeview.example", "");
        const ReadResult read = rb::test::readWithoutRules(files);
        QVERIFY(read.roster);
        QCOMPARE(Validator(*read.roster).run().countOf(RuleId::UserEmailMissing), size_t(1));
        Progress progress;
        progress.cancel();
        QCOMPARE(Validator(*read.roster).run(&progress).countOf(RuleId::UserEmailMissing), size_t(0));
    }

    void duplicateIdsInPlainStorage_areFound()
    {
        // Past 65,536 rows of distinct ids, enrollment ids are stored without a lookup; a repeat
        // must still be found.
        QByteArray rows;
        for (int i = 0; i < 70000; ++i)
            rows += "X" + QByteArray::number(i) + ",,,C1,S1,U1,student,false,,\n";
        rows += "X123,,,C1,S1,U2,student,false,,\n";
        const ReadResult r = readWith({add("enrollments.csv", rows)});
        QVERIFY(r.roster->table(FileKind::Enrollments).column(0).isPlain());
        QList<const Finding *> found;
        for (const Finding &f : r.findings.items()) {
            if (f.rule == RuleId::EnrIdDuplicate)
                found.append(&f);
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(int(found.first()->line), 70005);
        QVERIFY(r.findings.message(*found.first()).contains(QStringLiteral("line 128")));
    }

    void placeholderEmailOnManyUsers_isReportedOnEachWithoutStalling()
    {
        // Exports often put one placeholder address on every student; each repeat is a finding,
        // found in one pass.
        QByteArray rows;
        for (int i = 0; i < 20000; ++i)
            rows += "N" + QByteArray::number(i) + ",,,true,S1,student,n" + QByteArray::number(i)
                + ",,Sam,Lee,,9" + QByteArray::number(i) + ",noemail@lakeview.example,,,,09,\n";
        const ReadResult r = readWith({add("users.csv", rows)});
        QCOMPARE(r.findings.countOf(RuleId::UserEmailShared), size_t(19999));
    }

    void cleanGeneratedDistrict_hasNoErrorsAlertsOrHolds()
    {
        const QString zip = m_dir.filePath(QStringLiteral("district.zip"));
        QProcess generate;
        generate.start(QStringLiteral(ROSTERBENCH_GENERATE),
                       {QStringLiteral("--students"), QStringLiteral("3000"), QStringLiteral("--out"), zip});
        QVERIFY(generate.waitForFinished(120000));
        QCOMPARE(generate.exitCode(), 0);
        const ReadResult r = ExportReader().read({zip});
        QVERIFY(r.isReadable());
        const SeverityCounts counts = r.findings.severityCounts();
        QVERIFY2(counts[Severity::Error] == 0 && counts[Severity::Alert] == 0 && counts[Severity::Hold] == 0,
                 qPrintable(describe(r).left(2000)));
    }

    void phoneVerdicts_dependOnlyOnAreaCodeAndExchange()
    {
        // The validator judges plain North American numbers once per first seven digits; this
        // holds only if libphonenumber's verdict never depends on the last four.
        const PhoneNumbers numbers;
        int groups = 0;
        for (int area = 201; area <= 989; area += 7) {
            for (int exchange : {200, 201, 555, 736, 989}) {
                const QByteArray head = QByteArray::number(area) + '-' + QByteArray::number(exchange) + '-';
                const PhoneCheck::Verdict first = numbers.check(QByteArray(head + "0100").toStdString()).verdict;
                for (const char *tail : {"0000", "0134", "4444", "5678", "9999"})
                    QCOMPARE(numbers.check(QByteArray(head + tail).toStdString()).verdict, first);
                ++groups;
            }
        }
        QVERIFY(groups > 500);
    }

    void matching_saysWhichSchoolsWillNotSync()
    {
        ReadResult r = readWith({});
        QVERIFY(r.roster);
        const size_t before = r.findings.size();
        // Before any matching there is nothing to say.
        applyMatchingFindings(*r.roster, {}, r.findings);
        QCOMPARE(r.findings.size(), before);

        SchoolMatch lhs{QStringLiteral("S1"), QStringLiteral("Lakeview High School"), QString()};
        SchoolMatch jms{QStringLiteral("S2"), QStringLiteral("Jefferson Middle School, East"), QString(), false};
        applyMatchingFindings(*r.roster, {lhs, jms}, r.findings);
        QCOMPARE(r.findings.size(), before + 2);
        QMap<QString, const Finding *> byCode;
        for (const Finding &f : r.findings.items())
            byCode.insert(RuleCatalogue::code(f.rule), &f);
        QVERIFY(byCode.contains(QStringLiteral("SCH-NOT-MATCHED")));
        QVERIFY(byCode.contains(QStringLiteral("SCH-DESELECTED")));
        const Finding &notMatched = *byCode[QStringLiteral("SCH-NOT-MATCHED")];
        QCOMPARE(notMatched.kind, FileKind::Orgs);
        QCOMPARE(notMatched.line, 3u); // S1, the second row
        QCOMPARE(notMatched.column, uint16_t(1));
        QVERIFY(r.findings.message(notMatched).contains(QStringLiteral("Lakeview High School")));
        const Finding &deselected = *byCode[QStringLiteral("SCH-DESELECTED")];
        QCOMPARE(deselected.line, 4u);
        QVERIFY(r.findings.message(deselected).contains(QStringLiteral("Jefferson Middle School, East")));
        covered().insert(QStringLiteral("SCH-NOT-MATCHED"));
        covered().insert(QStringLiteral("SCH-DESELECTED"));

        // They follow the matching: once matched, they go; applied twice, none is doubled.
        lhs.hubId = QStringLiteral("H-1");
        applyMatchingFindings(*r.roster, {lhs, jms}, r.findings);
        applyMatchingFindings(*r.roster, {lhs, jms}, r.findings);
        QCOMPARE(r.findings.size(), before + 1);
        QCOMPARE(r.findings.countOf(RuleId::SchoolDeselected), size_t(1));
        QCOMPARE(r.findings.countOf(RuleId::SchoolNotMatched), size_t(0));
    }

    // Runs last: every rule of the catalogue is exercised here or in the reader's suites.
    void zz_everyRuleHasATest()
    {
        // Format rules are tested in tst_exportreader and tst_hostileinput, one case each.
        const QSet<QString> formatRules = {
            QStringLiteral("FILE-MISSING"), QStringLiteral("FILE-MISNAMED"), QStringLiteral("FILE-NOT-CSV"),
            QStringLiteral("FILE-EMPTY"), QStringLiteral("FILE-HEADER-ONLY"), QStringLiteral("FILE-UNKNOWN"),
            QStringLiteral("HDR-MISSING"), QStringLiteral("HDR-MISSPELLED"), QStringLiteral("HDR-SPACES"),
            QStringLiteral("HDR-DUPLICATE"), QStringLiteral("HDR-UNKNOWN"), QStringLiteral("CSV-CELL-COUNT"),
            QStringLiteral("CSV-QUOTE-IN-CELL"), QStringLiteral("CSV-UNTERMINATED-QUOTE"),
            QStringLiteral("CSV-LINE-BREAK-IN-CELL"), QStringLiteral("CSV-NOT-UTF8"), QStringLiteral("CSV-EMPTY-LINE"),
            QStringLiteral("MAN-VERSION"), QStringLiteral("MAN-ONEROSTER-VERSION"), QStringLiteral("MAN-PROPERTY-MISSING"),
            QStringLiteral("MAN-FILE-VALUE"), QStringLiteral("MAN-FILE-MISMATCH"), QStringLiteral("MAN-PROPERTY-UNKNOWN")};
        // Rules across the imports of a session are tested in tst_sessionfindings, which checks
        // that each of them has a test there.
        QStringList untested;
        for (int i = 0; i < RuleCount; ++i) {
            const QString code = RuleCatalogue::code(RuleId(i));
            if (!covered().contains(code) && !formatRules.contains(code) && !code.startsWith(QLatin1String("SES-")))
                untested << code;
        }
        QVERIFY2(untested.isEmpty(), qPrintable(QStringLiteral("rules without a test: ") + untested.join(u' ')));
    }
};

QTEST_GUILESS_MAIN(ValidatorTest)
#include "tst_validator.moc"
