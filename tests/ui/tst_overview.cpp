#include "overviewmodel.h"
#include "overviewpage.h"
#include "palettes.h"

#include "exportfixture.h"
#include "oneroster/exportreader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace rb;

namespace {

// English plurals as the English catalogue gives them ("%n error(s)": "1 error", "2 errors"),
// without needing the built catalogue.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(const char *, const char *sourceText, const char *, int n) const override
    {
        const QString source = QString::fromUtf8(sourceText);
        if (n < 0 || !source.contains(QLatin1String("(")))
            return {};
        QString out = source;
        out.replace(QLatin1String("(es)"), n == 1 ? QString() : QStringLiteral("es"));
        out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
        return out;
    }
    bool isEmpty() const override { return false; }
};

// Three schools and a district, read without the rules; the findings are set by hand so that S1
// is blocked, S2 needs attention and S3 is ready. X1 is in no school the export knows.
std::shared_ptr<ReadResult> threeSchools()
{
    rb::test::ExportFiles files;
    files.insert(QStringLiteral("manifest.csv"),
                 "propertyName,value\nmanifest.version,1.0\noneroster.version,1.1\nfile.academicSessions,absent\n"
                 "file.categories,absent\nfile.classes,bulk\nfile.classResources,absent\nfile.courses,absent\n"
                 "file.courseResources,absent\nfile.demographics,bulk\nfile.enrollments,bulk\nfile.lineItems,absent\n"
                 "file.orgs,bulk\nfile.resources,absent\nfile.results,absent\nfile.users,bulk\n");
    files.insert(QStringLiteral("orgs.csv"),
                 "sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId\n"
                 "D1,,,Lakeview Unified,district,,\n"
                 "S1,,,Lakeview High School,school,LHS,D1\n"
                 "S2,,,Jefferson Middle School,school,JMS,D1\n"
                 "S3,,,Hillside Elementary,school,HES,D1\n");
    files.insert(QStringLiteral("users.csv"),
                 "sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,"
                 "familyName,middleName,identifier,email,sms,phone,agentSourcedIds,grades,password\n"
                 "T1,,,true,S1,teacher,t1,,Ana,Lopez,,,,,,,,\n"
                 "U1,,,true,\"S1,S2\",student,u1,,Jane,Doe,,1,,,,P1,09,\n"
                 "U2,,,true,S3,student,u2,,Bo,Ng,,2,,,,,03,\n"
                 "P1,,,true,S1,parent,p1,,Ann,Doe,,,,,,,,\n"
                 "X1,,,true,NOWHERE,student,x1,,Max,Roe,,3,,,,,05,\n");
    files.insert(QStringLiteral("demographics.csv"),
                 "sourcedId,status,dateLastModified,birthDate,sex\nU1,,,2010-03-14,female\nU2,,,2017-01-02,male\n");
    files.insert(QStringLiteral("classes.csv"),
                 "sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,"
                 "schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods\n"
                 "C1,,,Algebra,09,CRS1,ALG,scheduled,,S1,T1,,,1\n"
                 "C2,,,Biology,09,CRS2,BIO,scheduled,,S2,T1,,,2\n");
    files.insert(QStringLiteral("enrollments.csv"),
                 "sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,"
                 "beginDate,endDate\n"
                 "E1,,,C1,S1,T1,teacher,true,,\nE2,,,C1,S1,U1,student,false,,\nE3,,,C2,S2,U1,student,false,,\n");
    auto result = std::make_shared<ReadResult>(rb::test::readWithoutRules(files));
    if (!result->roster)
        return result;
    result->findings = FindingList();
    const Roster &roster = *result->roster;
    auto on = [&](RuleId rule, FileKind kind, const char *id) {
        const Table &table = roster.table(kind);
        FindingList::Where where;
        where.file = table.entryName();
        where.kind = kind;
        where.row = table.rowForId(id);
        where.line = table.lineOf(where.row);
        result->findings.add(rule, where);
    };
    on(RuleId::UserNameMissing, FileKind::Users, "T1");       // an error at S1
    on(RuleId::UserContactsOverFive, FileKind::Users, "T1");  // a hold at S1
    on(RuleId::EnrDuplicate, FileKind::Enrollments, "E3");    // an alert at S2, C2's school
    on(RuleId::UserIdentifierMissing, FileKind::Users, "U2"); // information at S3
    on(RuleId::UserNameMissing, FileKind::Users, "X1");       // an error outside any school
    return result;
}

int rowOf(const QAbstractItemModel *model, const QString &school)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, OverviewModel::SchoolColumn).data().toString() == school)
            return row;
    }
    return -1;
}

} // namespace

class OverviewTest final : public QObject
{
    Q_OBJECT

    EnglishPlurals m_plurals;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::installTranslator(&m_plurals);
        QCOMPARE(RuleCatalogue::severityCount(Severity::Error, 1), QStringLiteral("1 error"));
        QCOMPARE(RuleCatalogue::severityCount(Severity::Error, 3), QStringLiteral("3 errors"));
        // The severities threeSchools() relies on.
        QCOMPARE(RuleCatalogue::severity(RuleId::UserNameMissing), Severity::Error);
        QCOMPARE(RuleCatalogue::severity(RuleId::UserContactsOverFive), Severity::Hold);
        QCOMPARE(RuleCatalogue::severity(RuleId::EnrDuplicate), Severity::Alert);
        QCOMPARE(RuleCatalogue::severity(RuleId::UserIdentifierMissing), Severity::Info);
    }

    void sample_passesTheModelTester()
    {
        OverviewModel model;
        OverviewSortModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto result = std::make_shared<ReadResult>(ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)}));
        QVERIFY(result->isReadable());
        model.setResult(result);
        // The totals, the sample's three schools, then no known school.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), int(OverviewModel::ColumnCount));
        QCOMPARE(model.kindAt(0), OverviewModel::RowKind::Totals);
        QCOMPARE(model.index(1, OverviewModel::SchoolColumn).data().toString(), QStringLiteral("Lakeview Elementary School"));
        QCOMPARE(model.index(1, OverviewModel::IdentifierColumn).data().toString(), QStringLiteral("069979500101"));
        QCOMPARE(model.index(3, OverviewModel::SchoolColumn).data().toString(), QStringLiteral("Lakeview High School"));
        QCOMPARE(model.kindAt(4), OverviewModel::RowKind::NoSchool);
        QCOMPARE(model.index(4, OverviewModel::SchoolColumn).data().toString(), SchoolSummaryText::noSchoolName());

        // Plausible counts: every school has people, classes and more enrollments than students;
        // the totals hold every class and enrollment of the files, and every finding.
        const Table &classes = result->roster->table(FileKind::Classes);
        const Table &enrollments = result->roster->table(FileKind::Enrollments);
        qint64 classSum = 0, enrollmentSum = 0;
        for (int row = 1; row < model.rowCount(); ++row) {
            auto count = [&](int column) { return model.index(row, column).data(OverviewModel::SortRole).toLongLong(); };
            classSum += count(OverviewModel::ClassesColumn);
            enrollmentSum += count(OverviewModel::EnrollmentsColumn);
            if (model.kindAt(row) != OverviewModel::RowKind::School)
                continue;
            QVERIFY(count(OverviewModel::StudentsColumn) > 10);
            QVERIFY(count(OverviewModel::TeachersColumn) > 0);
            QVERIFY(count(OverviewModel::GuardiansColumn) > 0);
            QVERIFY(count(OverviewModel::EnrollmentsColumn) > count(OverviewModel::StudentsColumn));
        }
        QCOMPARE(model.index(0, OverviewModel::ClassesColumn).data(OverviewModel::SortRole).toLongLong(),
                 qint64(classes.rowCount()));
        QCOMPARE(classSum, qint64(classes.rowCount()));
        QCOMPARE(model.index(0, OverviewModel::EnrollmentsColumn).data(OverviewModel::SortRole).toLongLong(),
                 qint64(enrollments.rowCount()));
        QCOMPARE(enrollmentSum, qint64(enrollments.rowCount()));
        QCOMPARE(model.index(0, OverviewModel::ErrorsColumn).data(OverviewModel::SortRole).toLongLong(),
                 result->findings.severityCounts()[Severity::Error]);

        for (int column = 0; column < OverviewModel::ColumnCount; ++column) {
            proxy.sort(column, Qt::AscendingOrder);
            proxy.sort(column, Qt::DescendingOrder);
        }
        // The hub school column is left out until it is shown, the others keeping their numbers.
        QCOMPARE(proxy.columnCount(), int(OverviewModel::HubSchoolColumn));
        QCOMPARE(proxy.headerData(OverviewModel::ReadinessColumn, Qt::Horizontal).toString(), QStringLiteral("Readiness"));
        proxy.setHubSchoolShown(true);
        QCOMPARE(proxy.columnCount(), int(OverviewModel::ColumnCount));
        // A matching changes the hub school column only; sorted by it, the proxy follows.
        proxy.sort(OverviewModel::HubSchoolColumn, Qt::AscendingOrder);
        model.setSchoolMatching({SchoolMatch{QStringLiteral("SCH002"), QStringLiteral("Jefferson Middle School"),
                                             QStringLiteral("H-2")}},
                                {HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}});
        QCOMPARE(proxy.index(1, OverviewModel::HubSchoolColumn).data().toString(), QStringLiteral("Jefferson MS"));
        proxy.setHubSchoolShown(false);
        QCOMPARE(proxy.columnCount(), int(OverviewModel::HubSchoolColumn));
        model.setSchoolMatching({}, {});
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(result);
        QCOMPARE(model.rowCount(), 5);
    }

    void cells_showFormattedNumbersAndSortByRawOnes()
    {
        OverviewModel model;
        SchoolSummary big;
        big.orgRow = 7;
        big.sourcedId = QStringLiteral("S9");
        big.name = QStringLiteral("Big School");
        big.students = 1234567;
        big.findings[Severity::Error] = 3;
        big.findings[Severity::Hold] = 1;
        big.readiness = readinessOf(big.findings);
        SchoolSummary none;
        none.name = SchoolSummaryText::noSchoolName();
        SchoolSummary totals = big;
        totals.orgRow = SchoolSummary::NoRow;
        totals.name = QStringLiteral("Whole export");
        totals.findings[Severity::Error] = 34235;
        model.setSummaries({big, none}, totals);
        QCOMPARE(model.rowCount(), 3);

        const QModelIndex students = model.index(1, OverviewModel::StudentsColumn);
        QCOMPARE(students.data().toString(), QStringLiteral("1,234,567"));
        QCOMPARE(students.data(OverviewModel::SortRole).toLongLong(), qint64(1234567));
        QCOMPARE(students.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        // Counts in words group their digits as the table's numbers do.
        QCOMPARE(model.index(0, OverviewModel::ErrorsColumn).data().toString(), QStringLiteral("34,235"));
        QCOMPARE(model.index(0, OverviewModel::ErrorsColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("34,235 errors"));
        QCOMPARE(model.index(1, OverviewModel::SchoolColumn).data(OverviewModel::OrgRowRole).toUInt(), 7u);
        QCOMPARE(model.index(2, OverviewModel::SchoolColumn).data(OverviewModel::OrgRowRole).toUInt(),
                 uint(SchoolSummary::NoRow));
        QVERIFY(model.index(0, OverviewModel::SchoolColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(model.index(2, OverviewModel::SchoolColumn).data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(!model.index(2, OverviewModel::SchoolColumn).data(Qt::ToolTipRole).toString().isEmpty());

        const QModelIndex readiness = model.index(1, OverviewModel::ReadinessColumn);
        QCOMPARE(readiness.data().toString(), QStringLiteral("Blocked"));
        QCOMPARE(readiness.data(OverviewModel::SortRole).toInt(), int(Readiness::Blocked));
        QCOMPARE(readiness.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("3 errors and 1 hold: some accounts, classes or enrollments will not be "
                                "created, and the school's sync is held for review."));
        QVERIFY(!readiness.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(model.index(2, OverviewModel::ReadinessColumn).data().toString(), QStringLiteral("Ready"));
        QCOMPARE(model.index(2, OverviewModel::ReadinessColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Nothing found: ready to go live."));
        QCOMPARE(model.headerData(OverviewModel::OtherStaffColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Other staff"));
        QCOMPARE(model.headerData(OverviewModel::ErrorsColumn, Qt::Horizontal, Qt::TextAlignmentRole).toInt(),
                 int(Qt::AlignRight | Qt::AlignVCenter));
    }

    void readinessIcons_areDrawnForHighDensityScreens()
    {
        for (Readiness r : {Readiness::Ready, Readiness::NeedsAttention, Readiness::Blocked}) {
            const QIcon icon = readinessIcon(r);
            QVERIFY(icon.availableSizes().contains(QSize(32, 32)));
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), 2.0);
            // Drawn at 32 × 32 device pixels for a 16 × 16 icon, not a small one scaled up.
            QCOMPARE(pixmap.size(), QSize(32, 32));
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            const QImage image = pixmap.toImage();
            // Inside the circle, off the symbol: the readiness's colour.
            QCOMPARE(image.pixelColor(8, 22).rgb(), readinessColor(r).rgb());
            QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        }
        // Cached: the same icon every time.
        QCOMPARE(readinessIcon(Readiness::Ready).cacheKey(), readinessIcon(Readiness::Ready).cacheKey());
    }

    void sorting_keepsTotalsFirstAndNoSchoolLast()
    {
        OverviewPage page;
        auto result = std::make_shared<ReadResult>(ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)}));
        page.setResult(result);
        QVERIFY2(page.summaryText().startsWith(QStringLiteral("3 schools: ")), qPrintable(page.summaryText()));
        QAbstractItemModel *shown = page.view()->model();
        QCOMPARE(shown->rowCount(), 5);
        for (int column = 0; column < shown->columnCount(); ++column) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                page.view()->sortByColumn(column, order);
                QCOMPARE(shown->index(0, 0).data(OverviewModel::RowKindRole).toInt(), int(OverviewModel::RowKind::Totals));
                QCOMPARE(shown->index(4, 0).data(OverviewModel::RowKindRole).toInt(), int(OverviewModel::RowKind::NoSchool));
                for (int row = 2; row < 4; ++row) {
                    const QVariant a = shown->index(row - 1, column).data(OverviewModel::SortRole);
                    const QVariant b = shown->index(row, column).data(OverviewModel::SortRole);
                    if (column == OverviewModel::SchoolColumn || column == OverviewModel::IdentifierColumn) {
                        const int cmp = QString::localeAwareCompare(a.toString(), b.toString());
                        QVERIFY(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0);
                    } else {
                        QVERIFY(order == Qt::AscendingOrder ? a.toLongLong() <= b.toLongLong()
                                                            : a.toLongLong() >= b.toLongLong());
                    }
                }
            }
        }
        page.view()->sortByColumn(OverviewModel::StudentsColumn, Qt::DescendingOrder);
        // The sample's elementary school is the largest.
        QCOMPARE(shown->index(1, OverviewModel::SchoolColumn).data().toString(), QStringLiteral("Lakeview Elementary School"));
    }

    void hubSchoolColumn_saysWhereEachSchoolSyncsOnceMatched()
    {
        const std::shared_ptr<ReadResult> result = threeSchools();
        QVERIFY(result && result->roster);
        OverviewPage page;
        page.setResult(result);
        const QTableView *view = page.view();
        OverviewModel *model = page.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int s1 = 1, s2 = 2, s3 = 3, noSchool = 4;
        QCOMPARE(model->index(s1, OverviewModel::SchoolColumn).data().toString(),
                 QStringLiteral("Lakeview High School"));
        QCOMPARE(model->kindAt(noSchool), OverviewModel::RowKind::NoSchool);
        auto hub = [model](int row, int role = Qt::DisplayRole) {
            return model->index(row, OverviewModel::HubSchoolColumn).data(role);
        };
        auto italic = [&hub](int row) { return hub(row, Qt::FontRole).value<QFont>().italic(); };
        // In the view, and not merely hidden there (a screen reader would still read it).
        auto shown = [view] {
            return view->model()->columnCount() > OverviewModel::HubSchoolColumn
                && !view->isColumnHidden(OverviewModel::HubSchoolColumn);
        };
        const QHeaderView *header = view->horizontalHeader();

        // Before any matching the column is not in the view, and says nothing.
        QCOMPARE(view->model()->columnCount(), int(OverviewModel::HubSchoolColumn));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(!hub(row).isValid());
        // Readiness right after the school's name.
        QCOMPARE(header->visualIndex(OverviewModel::ReadinessColumn), header->visualIndex(OverviewModel::SchoolColumn) + 1);

        // S1 to a hub school, S2 left out; S3 is not in the matching (new in this export), so not
        // matched yet.
        const QList<HubSchool> hubSchools = {HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview HS"), {}},
                                             HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}};
        QList<SchoolMatch> matches = {
            SchoolMatch{QStringLiteral("S1"), QStringLiteral("Lakeview High School"), QStringLiteral("H-1")},
            SchoolMatch{QStringLiteral("S2"), QStringLiteral("Jefferson Middle School"), {}, false}};
        page.setSchoolMatching(matches, hubSchools);
        QVERIFY(shown());
        QCOMPARE(model->headerData(OverviewModel::HubSchoolColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Hub school"));
        // Right after the school's name, before the readiness.
        QCOMPARE(header->visualIndex(OverviewModel::HubSchoolColumn),
                 header->visualIndex(OverviewModel::SchoolColumn) + 1);
        QCOMPARE(header->visualIndex(OverviewModel::ReadinessColumn),
                 header->visualIndex(OverviewModel::HubSchoolColumn) + 1);
        QCOMPARE(hub(s1).toString(), QStringLiteral("Lakeview HS"));
        QVERIFY(hub(s1, Qt::ToolTipRole).toString().contains(QStringLiteral("H-1")));
        QVERIFY(!italic(s1));
        QVERIFY(!hub(s1, Qt::ForegroundRole).isValid());
        QCOMPARE(hub(s2).toString(), QStringLiteral("Left out (will not sync)"));
        QCOMPARE(hub(s3).toString(), QStringLiteral("Not matched yet"));
        for (int row : {s2, s3}) {
            // Muted: a state, not a school's name.
            QVERIFY(italic(row));
            QCOMPARE(hub(row, Qt::ForegroundRole).value<QBrush>().color(),
                     mutedTextColor(QGuiApplication::palette()));
            QVERIFY(!hub(row, Qt::ToolTipRole).toString().isEmpty());
        }
        // The totals and what is in no school are no schools to match.
        QVERIFY(!hub(0).isValid());
        QVERIFY(!hub(noSchool).isValid());
        QVERIFY(!hub(0, Qt::ToolTipRole).isValid());

        // Sorted by it: the matched schools by hub name, then those not matched, then those left
        // out, under the totals either way.
        QList<SchoolMatch> more = matches;
        more.append(SchoolMatch{QStringLiteral("S3"), QStringLiteral("Hillside Elementary"), QStringLiteral("H-2")});
        page.setSchoolMatching(more, hubSchools);
        auto shownHubs = [view] {
            QStringList out;
            for (int row = 0; row < view->model()->rowCount(); ++row)
                out << view->model()->index(row, OverviewModel::HubSchoolColumn).data().toString();
            return out;
        };
        page.view()->sortByColumn(OverviewModel::HubSchoolColumn, Qt::AscendingOrder);
        QCOMPARE(shownHubs(), QStringList({QString(), QStringLiteral("Jefferson MS"), QStringLiteral("Lakeview HS"),
                                           QStringLiteral("Left out (will not sync)"), QString()}));
        page.setSchoolMatching(matches, hubSchools);
        QCOMPARE(shownHubs(), QStringList({QString(), QStringLiteral("Lakeview HS"), QStringLiteral("Not matched yet"),
                                           QStringLiteral("Left out (will not sync)"), QString()}));
        page.view()->sortByColumn(OverviewModel::HubSchoolColumn, Qt::DescendingOrder);
        QCOMPARE(shownHubs(), QStringList({QString(), QStringLiteral("Left out (will not sync)"),
                                           QStringLiteral("Not matched yet"), QStringLiteral("Lakeview HS"),
                                           QString()}));

        // A hub school renamed shows at once; the matching stays across another result.
        QList<HubSchool> renamed = hubSchools;
        renamed[0].name = QStringLiteral("Lakeview High");
        page.setSchoolMatching(matches, renamed);
        QCOMPARE(hub(s1).toString(), QStringLiteral("Lakeview High"));
        page.setResult(result);
        QVERIFY(shown());
        QCOMPARE(hub(s1).toString(), QStringLiteral("Lakeview High"));

        // No matching any more (another session): gone again; and back in its place with the next.
        page.setSchoolMatching({}, {});
        QVERIFY(!shown());
        QCOMPARE(view->model()->columnCount(), int(OverviewModel::HubSchoolColumn));
        QVERIFY(!hub(s1).isValid());
        page.setSchoolMatching(matches, hubSchools);
        QVERIFY(shown());
        QCOMPARE(header->visualIndex(OverviewModel::HubSchoolColumn),
                 header->visualIndex(OverviewModel::SchoolColumn) + 1);
    }

    void summaryLine_countsSchoolsByReadiness()
    {
        OverviewPage page;
        QCOMPARE(page.summaryText(), QStringLiteral("No export open."));
        const std::shared_ptr<ReadResult> result = threeSchools();
        QVERIFY(result && result->roster);
        page.setResult(result);
        const QString expected = QStringLiteral(
            "3 schools: 1 ready, 1 needing attention, and 1 blocked. Outside any school: 1 user and 1 error.");
        QCOMPARE(page.summaryText(), expected);
        bool shown = false;
        for (const QLabel *label : page.findChildren<QLabel *>())
            shown = shown || label->text() == expected;
        QVERIFY(shown);

        const OverviewModel *model = page.model();
        QCOMPARE(model->rowCount(), 5);
        QCOMPARE(model->index(1, OverviewModel::ReadinessColumn).data().toString(), QStringLiteral("Blocked"));
        QCOMPARE(model->index(2, OverviewModel::ReadinessColumn).data().toString(), QStringLiteral("Needs attention"));
        QCOMPARE(model->index(3, OverviewModel::ReadinessColumn).data().toString(), QStringLiteral("Ready"));
        QCOMPARE(model->index(1, OverviewModel::ReadinessColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("1 error and 1 hold: some accounts, classes or enrollments will not be created, "
                                "and the school's sync is held for review."));
        // U1 is at S1 and S2 and counts at both; the totals count it once.
        QCOMPARE(model->index(1, OverviewModel::StudentsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model->index(2, OverviewModel::StudentsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(model->index(0, OverviewModel::StudentsColumn).data().toString(), QStringLiteral("3"));
        // P1 follows U1 to S2.
        QCOMPARE(model->index(2, OverviewModel::GuardiansColumn).data().toString(), QStringLiteral("1"));

        page.setResult(nullptr);
        QCOMPARE(page.summaryText(), QStringLiteral("No export open."));
        QCOMPARE(model->rowCount(), 0);

        auto unreadable = std::make_shared<ReadResult>();
        unreadable->fatalErrors.append(QStringLiteral("damaged zip"));
        page.setResult(unreadable);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(page.summaryText().contains(QStringLiteral("could not be read")));
    }

    void activatingARow_namesItsOrgsRow()
    {
        const std::shared_ptr<ReadResult> result = threeSchools();
        QVERIFY(result && result->roster);
        const Table &orgs = result->roster->table(FileKind::Orgs);
        OverviewPage page;
        page.resize(1100, 400);
        page.setResult(result);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView *view = page.view();
        QSignalSpy activated(&page, &OverviewPage::schoolActivated);

        // Sorted, so that the view's rows differ from the model's.
        view->sortByColumn(OverviewModel::SchoolColumn, Qt::AscendingOrder);
        const QAbstractItemModel *shown = view->model();
        const int jefferson = rowOf(shown, QStringLiteral("Jefferson Middle School"));
        QCOMPARE(jefferson, 2); // Hillside, Jefferson, Lakeview under the totals

        view->setFocus();
        view->setCurrentIndex(shown->index(jefferson, OverviewModel::SchoolColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).value<uint32_t>(), orgs.rowForId("S2"));

        const int hillside = rowOf(shown, QStringLiteral("Hillside Elementary"));
        const QRect rect = view->visualRect(shown->index(hillside, OverviewModel::StudentsColumn));
        QVERIFY(rect.isValid());
        // A widget's double-click comes after the press and release of the first click.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 0);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).value<uint32_t>(), orgs.rowForId("S3"));

        // No known school: NoRow. The totals: nothing.
        view->setCurrentIndex(shown->index(rowOf(shown, SchoolSummaryText::noSchoolName()), 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().at(0).value<uint32_t>(), SchoolSummary::NoRow);
        view->setCurrentIndex(shown->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(activated.count(), 0);
    }
};

QTEST_MAIN(OverviewTest)
#include "tst_overview.moc"
