#include "validation/findingindex.h"

#include <QTest>

using namespace rb;

class FindingIndexTest final : public QObject
{
    Q_OBJECT

    static FindingList::Where at(FileKind kind, uint32_t row, int column)
    {
        FindingList::Where w;
        w.file = QStringLiteral("users.csv");
        w.kind = kind;
        w.row = row;
        w.line = row + 2;
        w.column = column;
        return w;
    }

private slots:
    void findingsAreFoundByRowAndCell()
    {
        FindingList list;
        list.add(RuleId::UserEmailMissing, at(FileKind::Users, 4, 13));   // 0: error, email
        list.add(RuleId::UserPhoneNoText, at(FileKind::Users, 4, 15));    // 1: alert, phone
        list.add(RuleId::UserContactsOverFive, at(FileKind::Users, 9, 16)); // 2: hold
        list.add(RuleId::UserIdMissing, at(FileKind::Users, 4, 1));       // 3: error, sourcedId
        list.add(RuleId::ClassNoOwner, at(FileKind::Classes, 4, 1));      // 4: another table
        list.add(RuleId::FileMissing, {QStringLiteral("users.csv"), FileKind::Users, Finding::NoRow, 0, 0});
        FindingIndex index;
        index.build(list);

        QCOMPARE(index.findingsOnRow(FileKind::Users, 4), (std::vector<uint32_t>{0, 1, 3}));
        QCOMPARE(index.findingsOnRow(FileKind::Classes, 4), (std::vector<uint32_t>{4}));
        QVERIFY(index.findingsOnRow(FileKind::Users, 5).empty());
        // Columns are 1-based in findings, 0-based in the index's questions.
        QCOMPARE(index.findingsOnCell(FileKind::Users, 4, 12), (std::vector<uint32_t>{0}));
        QCOMPARE(index.findingsOnCell(FileKind::Users, 4, 14), (std::vector<uint32_t>{1}));
        QVERIFY(index.findingsOnCell(FileKind::Users, 4, 13).empty());

        QCOMPARE(index.worstOnRow(FileKind::Users, 4), std::optional<Severity>(Severity::Error));
        QCOMPARE(index.worstOnRow(FileKind::Users, 9), std::optional<Severity>(Severity::Hold));
        QCOMPARE(index.worstOnCell(FileKind::Users, 4, 14), std::optional<Severity>(Severity::Alert));
        QCOMPARE(index.worstOnCell(FileKind::Users, 4, 2), std::optional<Severity>());
        QCOMPARE(index.worstOnRow(FileKind::Orgs, 0), std::optional<Severity>());

        QCOMPARE(index.rowsWithFindings(FileKind::Users), size_t(2));
        QCOMPARE(index.rowsWithFindings(FileKind::Enrollments), size_t(0));
    }

    void rowMask_picksRowsBySeverity()
    {
        FindingList list;
        list.add(RuleId::UserEmailMissing, at(FileKind::Users, 1, 13));
        list.add(RuleId::UserPhoneNoText, at(FileKind::Users, 3, 15));
        list.add(RuleId::UserContactsOverFive, at(FileKind::Users, 7, 16)); // past the mask's end
        FindingIndex index;
        index.build(list);
        QCOMPARE(index.rowMask(FileKind::Users, 5, FindingIndex::AllSeverities),
                 (std::vector<uint8_t>{0, 1, 0, 1, 0}));
        QCOMPARE(index.rowMask(FileKind::Users, 5, 1u << unsigned(Severity::Error)),
                 (std::vector<uint8_t>{0, 1, 0, 0, 0}));
        QCOMPARE(index.rowMask(FileKind::Users, 8, 1u << unsigned(Severity::Hold)),
                 (std::vector<uint8_t>{0, 0, 0, 0, 0, 0, 0, 1}));
        QCOMPARE(index.rowMask(FileKind::Classes, 2, FindingIndex::AllSeverities), (std::vector<uint8_t>{0, 0}));
    }

    void rebuilding_forgetsTheOldList()
    {
        FindingList first;
        first.add(RuleId::UserEmailMissing, at(FileKind::Users, 1, 13));
        FindingIndex index;
        index.build(first);
        index.build(FindingList());
        QVERIFY(index.findingsOnRow(FileKind::Users, 1).empty());
    }
};

QTEST_GUILESS_MAIN(FindingIndexTest)
#include "tst_findingindex.moc"
