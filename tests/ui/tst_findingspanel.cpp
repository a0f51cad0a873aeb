#include "findingspanel.h"
#include "findingtreemodel.h"
#include "severityicons.h"

#include "oneroster/exportreader.h"
#include "util/text.h"
#include "validation/findingschools.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

#include <climits>
#include <map>
#include <set>

using namespace rb;

namespace {

std::shared_ptr<const ReadResult> readSample()
{
    static std::shared_ptr<const ReadResult> sample =
        std::make_shared<ReadResult>(ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)}));
    return sample;
}

int severityRank(Severity s)
{
    return s == Severity::Error ? 0 : s == Severity::Hold ? 1 : s == Severity::Alert ? 2 : 3;
}

// A finding on a row of `kind`, found by the row's sourcedId.
Finding findingOnRecord(const Roster &roster, FileKind kind, std::string_view id)
{
    Finding f;
    f.rule = RuleId::UserEmailMissing;
    f.kind = kind;
    f.row = roster.table(kind).rowForId(id);
    return f;
}

// Findings the model shows per rule, read back through the model's rows.
std::map<RuleId, qsizetype> countsShown(const FindingTreeModel &model)
{
    std::map<RuleId, qsizetype> out;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex rule = model.index(row, 0);
        out[RuleId(rule.data(FindingTreeModel::RuleRole).toInt())] = model.rowCount(rule);
    }
    return out;
}

// The same, counted straight from the findings.
template<typename Keep>
std::map<RuleId, qsizetype> countsExpected(const ReadResult &result, Keep keep)
{
    std::map<RuleId, qsizetype> out;
    for (size_t i = 0; i < result.findings.size(); ++i) {
        if (keep(i, result.findings.at(i)))
            ++out[result.findings.at(i).rule];
    }
    return out;
}

QString plainExplanation(const FindingsPanel &panel)
{
    return panel.findChild<QTextBrowser *>()->toPlainText();
}

} // namespace

class FindingsPanelTest final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(readSample()->roster, ROSTERBENCH_SAMPLE);
        QVERIFY(readSample()->findings.size() > 3);
    }

    void schoolIdOf_followsEachFileToItsSchool()
    {
        const Roster &roster = *readSample()->roster;
        auto school = [&roster](FileKind kind, const char *id) {
            return toQString(schoolIdOf(roster, findingOnRecord(roster, kind, id)));
        };
        QCOMPARE(school(FileKind::Orgs, "SCH002"), QStringLiteral("SCH002"));
        QCOMPARE(school(FileKind::Orgs, "DIST001"), QStringLiteral("DIST001"));
        QCOMPARE(school(FileKind::Users, "A10017"), QStringLiteral("SCH003"));
        // A teacher in two schools counts in the first.
        QCOMPARE(school(FileKind::Users, "T10010"), QStringLiteral("SCH001"));
        QCOMPARE(school(FileKind::Classes, "C100059"), QStringLiteral("SCH003"));
        QCOMPARE(school(FileKind::Enrollments, "E1000468"), QStringLiteral("SCH002"));
        // Demographics rows take the school of the student they describe.
        QCOMPARE(school(FileKind::Demographics, "S1000107"), QStringLiteral("SCH003"));

        Finding none;
        none.kind = FileKind::Manifest;
        none.row = 0;
        QVERIFY(schoolIdOf(roster, none).empty());
        none.kind = FileKind::Other;
        QVERIFY(schoolIdOf(roster, none).empty());
        none.kind = FileKind::Users;
        none.row = Finding::NoRow;
        QVERIFY(schoolIdOf(roster, none).empty());
        none.row = uint32_t(roster.table(FileKind::Users).rowCount());
        QVERIFY(schoolIdOf(roster, none).empty());
    }

    void schoolsOfFindings_indexesDistinctSortedSchools()
    {
        const ReadResult &result = *readSample();
        const FindingSchools found = schoolsOfFindings(result.roster.get(), result.findings);
        const std::vector<uint32_t> &schools = found.ofFinding;
        const std::vector<QString> &ids = found.ids;
        QCOMPARE(schools.size(), result.findings.size());
        QVERIFY(ids.size() >= 2);
        QCOMPARE(ids.front(), QString());
        QVERIFY(std::is_sorted(ids.begin() + 1, ids.end()));
        QCOMPARE(std::set<QString>(ids.begin(), ids.end()).size(), ids.size());
        for (size_t i = 0; i < schools.size(); ++i) {
            QVERIFY(schools[i] < ids.size());
            QCOMPARE(ids[schools[i]], toQString(schoolIdOf(*result.roster, result.findings.at(i))));
        }

        const FindingSchools none = schoolsOfFindings(nullptr, result.findings);
        QCOMPARE(none.ids, std::vector<QString>{QString()});
        QCOMPARE(none.ofFinding, std::vector<uint32_t>(result.findings.size(), 0));

        QCOMPARE(schoolDisplayName(*result.roster, QStringLiteral("SCH003")), QStringLiteral("Lakeview High School"));
        QCOMPARE(schoolDisplayName(*result.roster, QStringLiteral("SCH999")), QStringLiteral("SCH999"));
    }

    void severityIcons_areDrawnAndTintsFollowThePalette()
    {
        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            const QIcon icon = severityIcon(s);
            QVERIFY(!icon.isNull());
            const QImage image = icon.pixmap(16, 16).toImage();
            QCOMPARE(image.size(), QSize(16, 16));
            // The middle of the mark is opaque; the corner outside the shape is not.
            QVERIFY(qAlpha(image.pixel(0, 0)) == 0);
            QVERIFY(qAlpha(image.pixel(8, 10)) > 0);
            // Cached: the same icon every time.
            QCOMPARE(severityIcon(s).cacheKey(), icon.cacheKey());
        }
        QVERIFY(severityIcon(Severity::Error).cacheKey() != severityIcon(Severity::Info).cacheKey());

        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            QVERIFY(severityBackground(s, light).lightness() > 200);
            QVERIFY(severityBackground(s, dark).lightness() < 90);
            QVERIFY(severityBackground(s, light) != QColor(Qt::white));
        }
        QVERIFY(severityBackground(Severity::Error, light) != severityBackground(Severity::Info, light));
    }

    void treeModel_passesTheModelTesterAsFiltersChange()
    {
        FindingTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setResult(readSample());
        QVERIFY(model.rowCount() > 0);

        FindingFilter filter;
        filter.severities = FindingFilter::bit(Severity::Error);
        model.setFilter(filter);
        filter.file = FileKind::Users;
        model.setFilter(filter);
        filter = FindingFilter();
        filter.school = 1;
        model.setFilter(filter);
        filter.severities = FindingFilter::bit(Severity::Hold) | FindingFilter::bit(Severity::Info);
        model.setFilter(filter);
        model.setFilter(FindingFilter());
        // Walk every cell and role once, so the tester sees all of them.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex rule = model.index(row, 0);
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.index(row, column).data().isValid() || column == FindingTreeModel::RecordColumn
                        || (column >= FindingTreeModel::FileColumn && column <= FindingTreeModel::ColumnColumn));
            for (int child = 0; child < model.rowCount(rule); ++child)
                QVERIFY(!model.index(child, FindingTreeModel::ProblemColumn, rule).data().toString().isEmpty());
        }
        model.setResult(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.shownCount(), size_t(0));
    }

    void treeModel_groupsTheSampleByRuleWorstFirst()
    {
        const ReadResult &result = *readSample();
        FindingTreeModel model;
        model.setResult(readSample());
        QCOMPARE(model.shownCount(), result.findings.size());
        QCOMPARE(countsShown(model), countsExpected(result, [](size_t, const Finding &) { return true; }));

        int lastRank = -1;
        qsizetype lastCount = 0;
        size_t sum = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex rule = model.index(row, 0);
            const RuleId id = RuleId(rule.data(FindingTreeModel::RuleRole).toInt());
            const Severity severity = RuleCatalogue::severity(id);
            const int rank = severityRank(severity);
            const qsizetype count = model.rowCount(rule);
            QVERIFY(rank >= lastRank);
            if (rank == lastRank)
                QVERIFY(count <= lastCount);
            lastRank = rank;
            lastCount = count;
            sum += size_t(count);

            QCOMPARE(rule.data(FindingTreeModel::FindingIndexRole).toLongLong(), -1);
            QCOMPARE(size_t(count), result.findings.countOf(id));
            // The rule in words first, its severity's icon beside it; its code in a column of its own.
            QCOMPARE(FindingTreeModel::ProblemColumn, 0);
            QCOMPARE(FindingTreeModel::CodeColumn, 1);
            QCOMPARE(model.index(row, FindingTreeModel::ProblemColumn).data().toString(),
                     QStringLiteral("%1 (%2)").arg(RuleCatalogue::title(id), QLocale().toString(count)));
            QVERIFY(!rule.data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(model.index(row, FindingTreeModel::SeverityColumn).data().toString().toLower(),
                     RuleCatalogue::severityName(severity));
            QCOMPARE(model.index(row, FindingTreeModel::CodeColumn).data().toString(), RuleCatalogue::code(id));
            QCOMPARE(rule.data(FindingTreeModel::CountRole).toLongLong(), count);

            for (int child = 0; child < count; ++child) {
                const QModelIndex finding = model.index(child, FindingTreeModel::ProblemColumn, rule);
                const qsizetype index = finding.data(FindingTreeModel::FindingIndexRole).toLongLong();
                QVERIFY(index >= 0);
                const Finding &f = result.findings.at(size_t(index));
                QCOMPARE(f.rule, id);
                QCOMPARE(finding.data().toString(), result.message(f));
                QCOMPARE(model.index(child, FindingTreeModel::RecordColumn, rule).data().toString(), result.recordLabel(f));
                QCOMPARE(model.index(child, FindingTreeModel::FileColumn, rule).data().toString(),
                         result.findings.fileName(f));
                QCOMPARE(model.indexOfFinding(size_t(index)), model.index(child, 0, rule));
                QCOMPARE(model.findingIndex(finding), index);
            }
        }
        QCOMPARE(sum, result.findings.size());
        // The sample's one staff member without an email is an error, listed before every alert.
        const QModelIndex email = model.indexOfRule(RuleId::UserEmailMissing);
        QVERIFY(email.isValid());
        QCOMPARE(model.rowCount(email), 1);
        // The person by id and name, in the record column and in the sentence.
        QCOMPARE(model.index(0, FindingTreeModel::RecordColumn, email).data().toString(),
                 QStringLiteral("T10016 Patricia Howard"));
        QVERIFY2(model.index(0, FindingTreeModel::ProblemColumn, email).data().toString().startsWith(
                     QStringLiteral("T10016 Patricia Howard, a teacher,")),
                 qPrintable(model.index(0, FindingTreeModel::ProblemColumn, email).data().toString()));
    }

    void treeModel_ordersAHandBuiltListBySeverityThenCount()
    {
        auto result = std::make_shared<ReadResult>();
        auto add = [&result](RuleId rule, int times) {
            for (int i = 0; i < times; ++i)
                result->findings.add(rule, {QStringLiteral("users.csv"), FileKind::Users, uint32_t(i), uint32_t(i + 2), 5});
        };
        add(RuleId::UserLanguageInvalid, 7);   // whatever its severity, it must sort by it
        add(RuleId::UserEmailMissing, 2);
        add(RuleId::UserEmailInvalid, 1234);
        add(RuleId::CsvEmptyLine, 3);
        FindingTreeModel model;
        model.setResult(result);
        QCOMPARE(model.rowCount(), 4);

        std::vector<RuleId> expected = {RuleId::UserLanguageInvalid, RuleId::UserEmailMissing,
                                        RuleId::UserEmailInvalid, RuleId::CsvEmptyLine};
        std::stable_sort(expected.begin(), expected.end(), [&result](RuleId a, RuleId b) {
            const int ra = severityRank(RuleCatalogue::severity(a)), rb = severityRank(RuleCatalogue::severity(b));
            return ra != rb ? ra < rb : result->findings.countOf(a) > result->findings.countOf(b);
        });
        for (int row = 0; row < 4; ++row)
            QCOMPARE(RuleId(model.index(row, 0).data(FindingTreeModel::RuleRole).toInt()), expected[size_t(row)]);

        // Counts are written the reader's way.
        const QLocale previous;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QModelIndex many = model.indexOfRule(RuleId::UserEmailInvalid, FindingTreeModel::ProblemColumn);
        QVERIFY(many.data().toString().endsWith(QStringLiteral(" (1,234)")));
        QCOMPARE(model.index(0, FindingTreeModel::LineColumn, model.indexOfRule(RuleId::UserEmailInvalid)).data().toString(),
                 QStringLiteral("2"));
        QLocale::setDefault(previous);
        QCOMPARE(model.rowCount(model.indexOfRule(RuleId::UserEmailInvalid)), 1234);
        // Nothing in a file, nothing per school without a roster: every finding is in school 0.
        QCOMPARE(model.schoolIds().size(), size_t(1));
        QCOMPARE(model.schoolFindingCounts()[0], result->findings.size());
    }

    void treeModel_filtersBySeverityFileAndSchool()
    {
        const ReadResult &result = *readSample();
        FindingTreeModel model;
        model.setResult(readSample());

        for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info}) {
            FindingFilter filter;
            filter.severities = FindingFilter::bit(s);
            model.setFilter(filter);
            QCOMPARE(qint64(model.shownCount()), result.findings.severityCounts()[s]);
            QCOMPARE(countsShown(model), countsExpected(result, [s](size_t, const Finding &f) {
                         return RuleCatalogue::severity(f.rule) == s;
                     }));
        }

        const std::vector<FileKind> kinds = model.fileKinds();
        QVERIFY(std::find(kinds.begin(), kinds.end(), FileKind::Users) != kinds.end());
        for (FileKind kind : kinds) {
            FindingFilter filter;
            filter.file = kind;
            model.setFilter(filter);
            const auto expected = countsExpected(result, [kind](size_t, const Finding &f) { return f.kind == kind; });
            QVERIFY(!expected.empty());
            QCOMPARE(countsShown(model), expected);
        }

        model.setFilter(FindingFilter());
        const std::vector<QString> &ids = model.schoolIds();
        const auto high = std::find(ids.begin(), ids.end(), QStringLiteral("SCH003"));
        QVERIFY(high != ids.end());
        size_t sum = 0;
        for (uint32_t school = 0; school < ids.size(); ++school) {
            FindingFilter filter;
            filter.school = school;
            model.setFilter(filter);
            const QString id = ids[school];
            const auto expected = countsExpected(result, [&](size_t, const Finding &f) {
                return toQString(schoolIdOf(*result.roster, f)) == id;
            });
            QCOMPARE(countsShown(model), expected);
            QCOMPARE(model.shownCount(), model.schoolFindingCounts()[school]);
            sum += model.shownCount();
        }
        QCOMPARE(sum, result.findings.size());

        // All three at once: the high school's errors in users.csv.
        FindingFilter filter;
        filter.severities = FindingFilter::bit(Severity::Error);
        filter.file = FileKind::Users;
        filter.school = uint32_t(high - ids.begin());
        model.setFilter(filter);
        const auto expected = countsExpected(result, [&](size_t, const Finding &f) {
            return RuleCatalogue::severity(f.rule) == Severity::Error && f.kind == FileKind::Users
                && schoolIdOf(*result.roster, f) == "SCH003";
        });
        QVERIFY(!expected.empty());
        QCOMPARE(countsShown(model), expected);
    }

    void treeModel_staysLinearWithHalfAMillionFindings()
    {
        auto result = std::make_shared<ReadResult>();
        const RuleId rules[] = {RuleId::UserEmailMissing, RuleId::UserPhoneInvalid, RuleId::UserGradeInvalid,
                                RuleId::EnrPrimaryCase, RuleId::ClassNoOwner};
        constexpr uint32_t Count = 500000;
        const QString users = QStringLiteral("users.csv"), enrollments = QStringLiteral("enrollments.csv");
        for (uint32_t i = 0; i < Count; ++i) {
            const bool enr = i % 3 == 0;
            result->findings.add(rules[i % 5], {enr ? enrollments : users, enr ? FileKind::Enrollments : FileKind::Users,
                                                i, i + 2, 3});
        }
        FindingTreeModel model;
        QElapsedTimer timer;
        timer.start();
        model.setResult(result);
        FindingFilter filter;
        filter.file = FileKind::Enrollments;
        model.setFilter(filter);
        filter.severities = FindingFilter::bit(RuleCatalogue::severity(RuleId::UserEmailMissing));
        model.setFilter(filter);
        model.setFilter(FindingFilter());
        const qint64 elapsed = timer.elapsed();
        qInfo("Grouping 500,000 findings four times took %lld ms", elapsed);
        // A generous bound: it only has to catch work that grows faster than the findings do.
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));

        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.shownCount(), size_t(Count));
        for (int row = 0; row < 5; ++row)
            QCOMPARE(model.rowCount(model.index(row, 0)), int(Count / 5));
        const QModelIndex last = model.indexOfFinding(Count - 1);
        QVERIFY(last.isValid());
        QCOMPARE(model.findingIndex(last), qsizetype(Count - 1));
        QCOMPARE(last.data(FindingTreeModel::FindingIndexRole).toLongLong(), qint64(Count - 1));
    }

    void panel_listsTheSampleAndFiltersFromTheKeyboard()
    {
        FindingsPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *tree = panel.findChild<QTreeView *>();
        QVERIFY(tree);
        QCOMPARE(tree->model()->rowCount(), 0);
        const QList<QComboBox *> combos = panel.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 3);
        for (const QComboBox *combo : combos)
            QVERIFY(!combo->isEnabled());

        const ReadResult &result = *readSample();
        panel.setResult(readSample());
        QVERIFY(tree->uniformRowHeights());
        QVERIFY(tree->model()->rowCount() > 0);
        // The first rule is chosen and explained.
        QCOMPARE(tree->currentIndex().row(), 0);
        QVERIFY(!tree->currentIndex().parent().isValid());
        const RuleId first = RuleId(tree->currentIndex().data(FindingTreeModel::RuleRole).toInt());
        QVERIFY(plainExplanation(panel).contains(RuleCatalogue::title(first)));
        // Every column is shown: none hidden for a screen reader to read out.
        QCOMPARE(tree->model()->columnCount(), int(FindingTreeModel::ColumnCount));
        for (int column = 0; column < tree->model()->columnCount(); ++column)
            QVERIFY(!tree->isColumnHidden(column));

        auto *severity = panel.findChild<QComboBox *>(QStringLiteral("severityFilter"));
        auto *file = panel.findChild<QComboBox *>(QStringLiteral("fileFilter"));
        auto *school = panel.findChild<QComboBox *>(QStringLiteral("schoolFilter"));
        QVERIFY(severity && file && school);
        QVERIFY(severity->isEnabled());
        QCOMPARE(severity->itemText(0), QStringLiteral("All severities"));
        QCOMPARE(severity->itemText(1), QStringLiteral("Errors"));
        QVERIFY(file->findText(QStringLiteral("users.csv")) > 0);
        QVERIFY(school->findText(QStringLiteral("Lakeview High School")) > 0);
        QVERIFY(school->findText(QStringLiteral("Jefferson Middle School")) > 0);

        // Down on the severity box picks "Errors".
        severity->setFocus();
        QTest::keyClick(severity, Qt::Key_Down);
        QCOMPARE(severity->currentIndex(), 1);
        QCOMPARE(panel.filter().severities, FindingFilter::bit(Severity::Error));
        QCOMPARE(qint64(panel.model()->shownCount()), result.findings.severityCounts()[Severity::Error]);
        for (int row = 0; row < tree->model()->rowCount(); ++row) {
            QCOMPARE(Severity(tree->model()->index(row, 0).data(FindingTreeModel::SeverityRole).toInt()),
                     Severity::Error);
        }
        auto *count = panel.findChild<QLabel *>(QStringLiteral("findingCount"));
        QVERIFY(count);
        // "5 of 13 findings shown"
        QVERIFY2(count->text().startsWith(QLocale().toString(qint64(panel.model()->shownCount())) + QStringLiteral(" of ")),
                 qPrintable(count->text()));
        QVERIFY2(count->text().contains(QLocale().toString(qint64(result.findings.size()))), qPrintable(count->text()));

        // Then the high school only.
        school->setCurrentIndex(school->findText(QStringLiteral("Lakeview High School")));
        emit school->activated(school->currentIndex());
        QVERIFY(panel.filter().school.has_value());
        QCOMPARE(panel.model()->schoolIds()[*panel.filter().school], QStringLiteral("SCH003"));
        size_t expected = 0;
        for (const Finding &f : result.findings.items())
            expected += RuleCatalogue::severity(f.rule) == Severity::Error && schoolIdOf(*result.roster, f) == "SCH003";
        QCOMPARE(panel.model()->shownCount(), expected);
        QVERIFY(expected > 0);

        panel.setResult(nullptr);
        QCOMPARE(tree->model()->rowCount(), 0);
        QVERIFY(plainExplanation(panel).isEmpty());
        QVERIFY(!severity->isEnabled());
        QCOMPARE(panel.filter(), FindingFilter());
    }

    void panel_schoolFilterSpeaksInHubSchoolsOnceMatched()
    {
        // The sample with a finding on each of its orgs, so that every school (and the district)
        // is in the filter, and one on a whole file.
        auto result = std::make_shared<ReadResult>(*readSample());
        const Table &orgs = result->roster->table(FileKind::Orgs);
        for (const char *id : {"DIST001", "SCH001", "SCH002", "SCH003"}) {
            FindingList::Where where;
            where.file = orgs.entryName();
            where.kind = FileKind::Orgs;
            where.row = orgs.rowForId(id);
            QVERIFY(where.row != Table::NoRow);
            where.line = orgs.lineOf(where.row);
            result->findings.add(RuleId::UserEmailMissing, where);
        }
        FindingList::Where file;
        file.file = QStringLiteral("courses.csv");
        result->findings.add(RuleId::UserEmailMissing, file);

        FindingsPanel panel;
        panel.setResult(result);
        auto *box = panel.findChild<QComboBox *>(QStringLiteral("schoolFilter"));
        QVERIFY(box);
        const std::vector<QString> &ids = panel.model()->schoolIds();
        auto entryOf = [&](const char *id) {
            const auto it = std::find(ids.begin(), ids.end(), QString::fromLatin1(id));
            return it == ids.end() ? -1 : box->findData(int(it - ids.begin()));
        };
        auto texts = [box] {
            QStringList out;
            for (int i = 0; i < box->count(); ++i)
                out << box->itemText(i);
            return out;
        };
        auto indexes = [box] {
            std::multiset<int> out;
            for (int i = 0; i < box->count(); ++i)
                out.insert(box->itemData(i).isValid() ? box->itemData(i).toInt() : INT_MIN);
            return out;
        };
        const QString noSchool = QStringLiteral("No school (files, headers, manifest)");
        // Nothing matched yet: the SIS's names, the district among them.
        QCOMPARE(texts(), QStringList({QStringLiteral("All schools"), QStringLiteral("Jefferson Middle School"),
                                       QStringLiteral("Lakeview Elementary School"),
                                       QStringLiteral("Lakeview High School"),
                                       QStringLiteral("Lakeview Unified School District"), noSchool}));
        const std::multiset<int> before = indexes();

        // Filtering by the high school, which the matching then leaves unmatched.
        box->setCurrentIndex(entryOf("SCH003"));
        emit box->activated(box->currentIndex());
        const FindingFilter filter = panel.filter();
        QVERIFY(filter.school.has_value());
        QCOMPARE(ids[*filter.school], QStringLiteral("SCH003"));
        const size_t shown = panel.model()->shownCount();

        // The middle school to a hub school, the elementary school left out, the high school
        // not matched yet.
        const QList<HubSchool> hubSchools = {HubSchool{QStringLiteral("H-1"), QStringLiteral("Lakeview Elem."), {}},
                                             HubSchool{QStringLiteral("H-2"), QStringLiteral("Jefferson MS"), {}}};
        const QList<SchoolMatch> matches = {
            SchoolMatch{QStringLiteral("SCH002"), QStringLiteral("Jefferson Middle School"), QStringLiteral("H-2")},
            SchoolMatch{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"), {}, false},
            SchoolMatch{QStringLiteral("SCH003"), QStringLiteral("Lakeview High School"), {}}};
        panel.setSchoolMatching(matches, hubSchools);
        QCOMPARE(texts(), QStringList({QStringLiteral("All schools"), QStringLiteral("Jefferson MS"), QString(),
                                       QStringLiteral("Lakeview High School (not matched yet)"),
                                       QStringLiteral("Lakeview Elementary School (left out, will not sync)"),
                                       QStringLiteral("Lakeview Unified School District"), noSchool}));
        // The SIS's name and id in the tooltip.
        const QString tip = box->itemData(entryOf("SCH002"), Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Jefferson Middle School")) && tip.contains(QStringLiteral("SCH002"))
                     && tip.contains(QStringLiteral("H-2")),
                 qPrintable(tip));
        // Each entry stands for the school it stood for: the same indexes, one separator more.
        std::multiset<int> after = indexes();
        QCOMPARE(after.count(INT_MIN), size_t(1));
        after.erase(INT_MIN);
        QCOMPARE(after, before);
        // The choice made stays, and so does the filter.
        QCOMPARE(box->currentIndex(), entryOf("SCH003"));
        QCOMPARE(panel.filter(), filter);
        QCOMPARE(panel.model()->shownCount(), shown);

        // The hub school's entry filters by its SIS school.
        box->setCurrentIndex(box->findText(QStringLiteral("Jefferson MS")));
        emit box->activated(box->currentIndex());
        QCOMPARE(ids[*panel.filter().school], QStringLiteral("SCH002"));

        // Two hub schools of one name: the SIS's name tells them apart. A hub school renamed is
        // shown under its new name, still chosen.
        QList<HubSchool> sameName = hubSchools;
        sameName[0].name = QStringLiteral("Jefferson MS");
        QList<SchoolMatch> both = matches;
        both[1] = SchoolMatch{QStringLiteral("SCH001"), QStringLiteral("Lakeview Elementary School"),
                              QStringLiteral("H-1")};
        panel.setSchoolMatching(both, sameName);
        QCOMPARE(texts().mid(1, 2), QStringList({QStringLiteral("Jefferson MS (SIS: Jefferson Middle School)"),
                                                 QStringLiteral("Jefferson MS (SIS: Lakeview Elementary School)")}));
        QCOMPARE(box->currentIndex(), entryOf("SCH002"));
        QCOMPARE(ids[*panel.filter().school], QStringLiteral("SCH002"));

        // Kept across results; a new result resets the choice as ever.
        panel.setResult(result);
        QCOMPARE(box->currentIndex(), 0);
        QCOMPARE(box->itemText(entryOf("SCH002")), QStringLiteral("Jefferson MS (SIS: Jefferson Middle School)"));

        // No matching any more: the SIS's names again.
        panel.setSchoolMatching({}, {});
        QCOMPARE(box->itemText(entryOf("SCH002")), QStringLiteral("Jefferson Middle School"));
        QCOMPARE(indexes(), before);
    }

    void panel_reportsTheFindingChosenAndActivated()
    {
        FindingsPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(readSample());
        auto *tree = panel.view();
        QSignalSpy selected(&panel, &FindingsPanel::findingSelected);
        QSignalSpy activated(&panel, &FindingsPanel::findingActivated);

        // Right opens the first rule, Down goes to its first finding, Enter activates it.
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Right);
        QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
        QVERIFY(selected.isEmpty());
        QTest::keyClick(tree, Qt::Key_Down);
        const QModelIndex current = tree->currentIndex();
        QVERIFY(current.parent().isValid());
        const qsizetype index = current.data(FindingTreeModel::FindingIndexRole).toLongLong();
        QVERIFY(index >= 0);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().first().value<qsizetype>(), index);
        // The explanation now tells about the finding itself.
        const Finding &f = panel.result()->findings.at(size_t(index));
        QVERIFY(plainExplanation(panel).contains(panel.result()->message(f)));
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().value<qsizetype>(), index);

        // Enter on a rule row opens or closes it rather than activating anything.
        tree->setCurrentIndex(tree->model()->index(0, 0));
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(!tree->isExpanded(tree->model()->index(0, 0)));
        QCOMPARE(activated.size(), 1);

        // A double click activates too.
        const QModelIndex email = panel.model()->indexOfRule(RuleId::UserEmailMissing);
        tree->expand(email);
        const QModelIndex child = panel.model()->index(0, FindingTreeModel::ProblemColumn, email);
        tree->scrollTo(child);
        const QPoint at = tree->visualRect(child).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.last().first().value<qsizetype>(), panel.model()->findingIndex(child));
        QCOMPARE(selected.last().first().value<qsizetype>(), panel.model()->findingIndex(child));

        // showFinding() reaches a finding hidden by the filters.
        FindingFilter infoOnly;
        infoOnly.severities = FindingFilter::bit(Severity::Info);
        panel.setFilter(infoOnly);
        QVERIFY(!panel.model()->indexOfFinding(size_t(index)).isValid()
                || RuleCatalogue::severity(f.rule) == Severity::Info);
        panel.showFinding(index);
        QCOMPARE(panel.model()->findingIndex(tree->currentIndex()), index);
        QCOMPARE(selected.last().first().value<qsizetype>(), index);
    }

    void panel_explainsARuleWithItsFixes()
    {
        FindingsPanel panel;
        panel.resize(900, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(readSample());

        // Hidden by the filter: showRule() clears it to show the rule.
        FindingFilter infoOnly;
        infoOnly.severities = FindingFilter::bit(Severity::Info);
        panel.setFilter(infoOnly);
        QVERIFY(!panel.model()->indexOfRule(RuleId::UserEmailMissing).isValid());
        panel.showRule(RuleId::UserEmailMissing);
        QCOMPARE(panel.filter(), FindingFilter());
        QCOMPARE(RuleId(panel.view()->currentIndex().data(FindingTreeModel::RuleRole).toInt()),
                 RuleId::UserEmailMissing);
        const QString text = plainExplanation(panel);
        QVERIFY(text.contains(RuleCatalogue::title(RuleId::UserEmailMissing)));
        QVERIFY(text.contains(QStringLiteral("USR-EMAIL-MISSING")));
        QVERIFY(text.contains(QStringLiteral("Error")));
        QVERIFY(text.contains(QStringLiteral("How to fix it: ") + RuleCatalogue::howToFix(RuleId::UserEmailMissing)));
        QVERIFY(text.contains(QStringLiteral("What will happen: ") + RuleCatalogue::whatHappens(RuleId::UserEmailMissing)));
        // Where the rule comes from, by its title rather than a number.
        QVERIFY2(text.contains(QStringLiteral("Source: Remind Hub help: OneRoster 1.1 CSV file format")), qPrintable(text));
        QVERIFY(!QRegularExpression(QStringLiteral("Sources?: [0-9]")).match(text).hasMatch());

        // A rule with a hint for one SIS shows it under that SIS's name.
        const QString aeries = RuleCatalogue::fixFor(RuleId::UserNoContact, QStringLiteral("aeries"));
        QVERIFY(!aeries.isEmpty());
        panel.showRule(RuleId::UserNoContact);
        QVERIFY(plainExplanation(panel).contains(QStringLiteral("In Aeries: ") + aeries));
        QVERIFY(plainExplanation(panel).contains(RuleCatalogue::howToFix(RuleId::UserNoContact)));
        QVERIFY(!plainExplanation(panel).contains(QStringLiteral("In Clever:")));
        if (readSample()->findings.countOf(RuleId::UserNoContact) == 0)
            QVERIFY(plainExplanation(panel).contains(QStringLiteral("Not found in this export")));
    }

    void columns_leadWithTheProblemAndFitWhatTheyHold()
    {
        FindingsPanel panel;
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(readSample());
        QTreeView *tree = panel.view();
        QHeaderView *header = tree->header();
        // The sentence first, the code beside it.
        QCOMPARE(header->visualIndex(FindingTreeModel::ProblemColumn), 0);
        QCOMPARE(header->logicalIndex(1), int(FindingTreeModel::CodeColumn));
        QCOMPARE(header->model()->headerData(FindingTreeModel::CodeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
        // The code column fits the longest code shown, in its smaller type, not more.
        const QFontMetrics metrics(tree->font());
        const QFontMetrics codeMetrics(FindingTreeModel::codeFont(tree->font()));
        int longest = 0;
        for (int row = 0; row < panel.model()->rowCount(); ++row)
            longest = std::max(longest, codeMetrics.horizontalAdvance(panel.model()->index(row, FindingTreeModel::CodeColumn).data().toString()));
        QVERIFY(header->sectionSize(FindingTreeModel::CodeColumn) >= longest);
        QVERIFY(header->sectionSize(FindingTreeModel::CodeColumn) < longest + 40);
        QVERIFY(panel.model()->index(0, FindingTreeModel::CodeColumn).data(Qt::FontRole).value<QFont>().pointSizeF()
                < QFont().pointSizeF());
        // Line and column numbers take the room of their digits or their header, not a fixed six.
        const int lineNeeds = std::max(metrics.horizontalAdvance(QStringLiteral("Line")),
                                       metrics.horizontalAdvance(QLocale().toString(999)));
        QVERIFY2(header->sectionSize(FindingTreeModel::LineColumn) < lineNeeds + 40,
                 qPrintable(QString::number(header->sectionSize(FindingTreeModel::LineColumn))));
        // The problem's sentence gets the rest: the widest column by far, the severity's word,
        // which its icon says already, last.
        for (int column = 0; column < header->count(); ++column) {
            if (column != FindingTreeModel::ProblemColumn && !header->isSectionHidden(column))
                QVERIFY2(header->sectionSize(FindingTreeModel::ProblemColumn) > 2 * header->sectionSize(column),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(column).arg(header->sectionSize(column))
                                        .arg(header->sectionSize(FindingTreeModel::ProblemColumn))));
        }
        QString widths;
        for (int column = 0; column < header->count(); ++column)
            widths += QStringLiteral(" %1").arg(header->isSectionHidden(column) ? 0 : header->sectionSize(column));
        QVERIFY2(header->sectionSize(FindingTreeModel::ProblemColumn) > tree->viewport()->width() / 3,
                 qPrintable(widths + QStringLiteral(" of %1").arg(tree->viewport()->width())));
        QCOMPARE(header->visualIndex(FindingTreeModel::SeverityColumn), int(FindingTreeModel::SeverityColumn));
        QVERIFY(FindingTreeModel::SeverityColumn > FindingTreeModel::ColumnColumn);
        // The record column holds the person's name beside the id.
        QVERIFY(header->sectionSize(FindingTreeModel::RecordColumn)
                >= metrics.horizontalAdvance(QStringLiteral("T10016 Patricia")));

        // Findings on whole files only: no line or column numbers, so those columns are as narrow
        // as their headers.
        auto files = std::make_shared<ReadResult>();
        files->findings.add(RuleId::FileMissing, {QStringLiteral("demographics.csv"), FileKind::Other, Finding::NoRow, 0, 0},
                            QStringLiteral("demographics.csv"));
        panel.setResult(files);
        QVERIFY(header->sectionSize(FindingTreeModel::LineColumn) < metrics.horizontalAdvance(QStringLiteral("Line")) + 40);
        QVERIFY(header->sectionSize(FindingTreeModel::ColumnColumn) < metrics.horizontalAdvance(QStringLiteral("Column")) + 40);
    }

    void columns_keepTheWidthsTheUserSets()
    {
        FindingsPanel panel;
        panel.resize(1000, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setResult(readSample());
        QHeaderView *header = panel.view()->header();
        // Dragged wider, as with the mouse on the header's edge.
        const int code = header->sectionSize(FindingTreeModel::CodeColumn) + 57;
        const int record = header->sectionSize(FindingTreeModel::RecordColumn) + 33;
        header->resizeSection(FindingTreeModel::CodeColumn, code);
        header->resizeSection(FindingTreeModel::RecordColumn, record);
        QTest::qWait(10);
        // A filter, and a whole new list, keep them; the problem column still takes the rest.
        FindingFilter errors;
        errors.severities = FindingFilter::bit(Severity::Error);
        panel.setFilter(errors);
        QCOMPARE(header->sectionSize(FindingTreeModel::CodeColumn), code);
        QCOMPARE(header->sectionSize(FindingTreeModel::RecordColumn), record);
        panel.setResult(nullptr);
        panel.setResult(readSample());
        QCOMPARE(header->sectionSize(FindingTreeModel::CodeColumn), code);
        QCOMPARE(header->sectionSize(FindingTreeModel::RecordColumn), record);
        int others = 0;
        for (int column = 0; column < header->count(); ++column) {
            if (column != FindingTreeModel::ProblemColumn && !header->isSectionHidden(column))
                others += header->sectionSize(column);
        }
        QCOMPARE(header->sectionSize(FindingTreeModel::ProblemColumn),
                 std::max(36 * panel.view()->fontMetrics().averageCharWidth(), panel.view()->viewport()->width() - others));
        // The problem column, once set, stays too.
        header->resizeSection(FindingTreeModel::ProblemColumn, 420);
        panel.resize(1200, 500);
        QTest::qWait(10);
        panel.setResult(readSample());
        QCOMPARE(header->sectionSize(FindingTreeModel::ProblemColumn), 420);
    }

    void acknowledged_findingsAreMarkedExplainedAndCanBeHidden()
    {
        FindingsPanel panel;
        panel.setResult(readSample());
        const size_t total = panel.model()->totalCount();
        QVERIFY(total > 3);
        QSignalSpy asked(&panel, &FindingsPanel::acknowledgeRequested);
        QSignalSpy takeBack(&panel, &FindingsPanel::takeBackRequested);
        panel.showFinding(1);
        // Without a session to keep it in, nothing can be acknowledged.
        QVERIFY(!panel.acknowledgeAction()->isEnabled());
        panel.acknowledgeAction()->trigger();
        QCOMPARE(asked.size(), 0);
        panel.setAcknowledgeable(true);
        QVERIFY(panel.acknowledgeAction()->isEnabled());
        QVERIFY(!panel.takeBackAction()->isEnabled());
        panel.acknowledgeAction()->trigger();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0][0].value<qsizetype>(), qsizetype(1));

        panel.setAcknowledged({{1u, QStringLiteral("Acknowledged by Ana on 1/2/26: known")}});
        const QModelIndex row = panel.model()->indexOfFinding(1, FindingTreeModel::ProblemColumn);
        QVERIFY(!row.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(row.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("known")));
        QCOMPARE(row.data(FindingTreeModel::AcknowledgementRole).toString(),
                 QStringLiteral("Acknowledged by Ana on 1/2/26: known"));
        QVERIFY(panel.findChild<QTextBrowser *>()->toPlainText().contains(QStringLiteral("known")));
        QVERIFY(panel.takeBackAction()->isEnabled());
        panel.takeBackAction()->trigger();
        QCOMPARE(takeBack.size(), 1);

        // Hidden: the count says so, and the other findings stay.
        panel.findChild<QCheckBox *>(QStringLiteral("hideAcknowledged"))->setChecked(true);
        QCOMPARE(panel.model()->shownCount(), total - 1);
        QVERIFY(!panel.model()->indexOfFinding(1).isValid());
        QVERIFY(panel.model()->indexOfFinding(2).isValid());
        // A new set of acknowledgements regroups what is hidden.
        panel.setAcknowledged({});
        QCOMPARE(panel.model()->shownCount(), total);
    }

    void panel_tabsFromTheFiltersToTheListToTheExplanation()
    {
        FindingsPanel panel;
        panel.resize(900, 600);
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.setResult(readSample());
        const QList<QWidget *> order = {panel.findChild<QComboBox *>(QStringLiteral("severityFilter")),
                                        panel.findChild<QComboBox *>(QStringLiteral("fileFilter")),
                                        panel.findChild<QComboBox *>(QStringLiteral("schoolFilter")),
                                        panel.findChild<QCheckBox *>(QStringLiteral("hideAcknowledged")), panel.view(),
                                        panel.findChild<QTextBrowser *>()};
        QVERIFY(!order.contains(nullptr));
        order.first()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), order.first());
        for (qsizetype i = 1; i < order.size(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(QApplication::focusWidget(), order[i]);
        }
    }
};

QTEST_MAIN(FindingsPanelTest)
#include "tst_findingspanel.moc"
