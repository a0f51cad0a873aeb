#include "oneroster/exportreader.h"
#include "session/findingcodec.h"

#include <QTest>

#include <QtEndian>

using namespace rb;

namespace {

// A few findings with what is hard to keep: no row, no column, the widest column, text that is not
// ASCII, a "%2" inside a cell, a string used twice, a file other than the known ones.
FindingList smallList()
{
    FindingList list;
    list.add(RuleId::UserEmailMissing, {QStringLiteral("users.csv"), FileKind::Users, 4, 6, 13});
    list.add(RuleId::UserGradeInvalid, {QStringLiteral("users.csv"), FileKind::Users, 7, 9, 0xffff},
             QStringLiteral("Zoë %2 “Kindergarten” 🎓"));
    list.add(RuleId::FileMissing, {QStringLiteral("demographics.csv"), FileKind::Demographics, Finding::NoRow, 0, 0});
    list.add(RuleId::FileUnknown, {QStringLiteral("Notes.txt"), FileKind::Other, Finding::NoRow, 0, 0});
    list.add(RuleId::EnrRoleMismatch, {QStringLiteral("enrollments.csv"), FileKind::Enrollments, 0, 2, 7},
             QStringLiteral("teacher"), QStringLiteral("student"));
    list.add(RuleId::UserEmailMissing, {QStringLiteral("users.csv"), FileKind::Users, 8, 10, 13});
    return list;
}

void compareLists(const FindingList &decoded, const FindingList &original)
{
    QCOMPARE(decoded.size(), original.size());
    QCOMPARE(decoded.strings(), original.strings());
    for (size_t i = 0; i < original.size(); ++i) {
        const Finding &a = decoded.at(i);
        const Finding &b = original.at(i);
        QCOMPARE(int(a.rule), int(b.rule));
        QCOMPARE(int(a.kind), int(b.kind));
        QCOMPARE(a.column, b.column);
        QCOMPARE(a.row, b.row);
        QCOMPARE(a.line, b.line);
        QCOMPARE(a.file, b.file);
        QCOMPARE(a.arg1, b.arg1);
        QCOMPARE(a.arg2, b.arg2);
        QCOMPARE(decoded.fileName(a), original.fileName(b));
        QCOMPARE(decoded.message(a), original.message(b));
    }
    QCOMPARE(decoded.severityCounts().counts, original.severityCounts().counts);
}

// Where the last finding's fields are, counted back from the blob's end: findings come last,
// 25 bytes each.
namespace LastItem {
constexpr qsizetype Rule = 25, Kind = 23, File = 12, Arg1 = 8, Arg2 = 4;
}

} // namespace

class FindingCodecTest final : public QObject
{
    Q_OBJECT

private slots:
    void sample_roundTripsEveryField()
    {
        const ReadResult r = ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)});
        QVERIFY(r.isReadable());
        QVERIFY(r.findings.size() > 10);
        const QByteArray blob = encodeFindings(r.findings);
        QString error = QStringLiteral("not cleared");
        const std::optional<FindingList> decoded = decodeFindings(blob, &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(error.isEmpty());
        compareLists(*decoded, r.findings);
        if (QTest::currentTestFailed())
            return;
        // Rules are kept by code, not by their place in the catalogue.
        for (const Finding &f : r.findings.items())
            QVERIFY(blob.contains(RuleCatalogue::code(f.rule).toLatin1()));
    }

    void smallList_roundTrips()
    {
        const FindingList original = smallList();
        std::optional<FindingList> decoded = decodeFindings(encodeFindings(original), nullptr);
        QVERIFY(decoded);
        compareLists(*decoded, original);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(decoded->countOf(RuleId::UserEmailMissing), size_t(2));

        // The decoded list goes on interning as the original would: known strings keep their index.
        FindingList again = original;
        const FindingList::Where where{QStringLiteral("users.csv"), FileKind::Users, 11, 13, 2};
        decoded->add(RuleId::UserIdMissing, where, QStringLiteral("teacher"), QStringLiteral("new text"));
        again.add(RuleId::UserIdMissing, where, QStringLiteral("teacher"), QStringLiteral("new text"));
        compareLists(*decoded, again);
        if (QTest::currentTestFailed())
            return;

        // And merges as the original would.
        FindingList merged = smallList();
        merged.merge(std::move(*decoded));
        FindingList expected = smallList();
        expected.merge(std::move(again));
        compareLists(merged, expected);
    }

    void emptyList_roundTrips()
    {
        const QByteArray blob = encodeFindings(FindingList());
        QString error;
        const std::optional<FindingList> decoded = decodeFindings(blob, &error);
        QVERIFY2(decoded, qPrintable(error));
        QVERIFY(decoded->isEmpty());
        QCOMPARE(decoded->strings(), std::vector<QString>{QString()});
    }

    void truncated_isRefusedAtEveryLength()
    {
        const QByteArray blob = encodeFindings(smallList());
        for (qsizetype length = 0; length < blob.size(); ++length) {
            QString error;
            QVERIFY2(!decodeFindings(blob.left(length), &error), qPrintable(QString::number(length)));
            QVERIFY2(!error.isEmpty(), qPrintable(QString::number(length)));
        }
        QVERIFY(!decodeFindings(blob + '\0', nullptr)); // bytes after the last finding
    }

    void outOfRangeIndexes_areRefused_data()
    {
        QTest::addColumn<qsizetype>("fromEnd");
        QTest::addColumn<int>("width");
        QTest::addColumn<quint32>("value");
        const quint32 strings = quint32(smallList().strings().size());
        QTest::newRow("rule") << LastItem::Rule << 2 << quint32(5);
        QTest::newRow("rule, widest") << LastItem::Rule << 2 << quint32(0xffff);
        QTest::newRow("kind") << LastItem::Kind << 1 << quint32(FileKind::Other) + 1;
        QTest::newRow("kind, widest") << LastItem::Kind << 1 << quint32(0xff);
        QTest::newRow("file") << LastItem::File << 4 << strings;
        QTest::newRow("file, widest") << LastItem::File << 4 << quint32(0xffffffff);
        QTest::newRow("arg1") << LastItem::Arg1 << 4 << strings;
        QTest::newRow("arg2") << LastItem::Arg2 << 4 << quint32(0x80000000);
    }

    void outOfRangeIndexes_areRefused()
    {
        QFETCH(qsizetype, fromEnd);
        QFETCH(int, width);
        QFETCH(quint32, value);
        QByteArray blob = encodeFindings(smallList());
        QVERIFY(decodeFindings(blob, nullptr));
        char *at = blob.data() + blob.size() - fromEnd;
        if (width == 1)
            *at = char(value);
        else if (width == 2)
            qToLittleEndian<quint16>(quint16(value), at);
        else
            qToLittleEndian<quint32>(value, at);
        QString error;
        QVERIFY(!decodeFindings(blob, &error));
        QVERIFY(!error.isEmpty());
    }

    void hugeCounts_areRefusedBeforeAnythingIsAllocated()
    {
        const FindingList list = smallList();
        const QByteArray blob = encodeFindings(list);
        // The findings' count sits just before them.
        QByteArray items = blob;
        const qsizetype itemCountAt = blob.size() - qsizetype(list.size()) * 25 - 4;
        QCOMPARE(qFromLittleEndian<quint32>(blob.constData() + itemCountAt), quint32(list.size()));
        qToLittleEndian<quint32>(0xffffffff, items.data() + itemCountAt);
        QVERIFY(!decodeFindings(items, nullptr));
        qToLittleEndian<quint32>(quint32(list.size()) - 1, items.data() + itemCountAt);
        QVERIFY(!decodeFindings(items, nullptr));

        // The strings' count sits after the header and the rules.
        const QByteArray empty = encodeFindings(FindingList());
        QByteArray strings = empty;
        qToLittleEndian<quint32>(0xffffffff, strings.data() + 10);
        QVERIFY(!decodeFindings(strings, nullptr));
        QByteArray rules = empty;
        qToLittleEndian<quint16>(0xffff, rules.data() + 8);
        QVERIFY(!decodeFindings(rules, nullptr));
    }

    // Whatever one damaged byte does, decoding never crashes and never gives an index out of range.
    void anyFlippedByte_isRefusedOrStaysInRange()
    {
        const QByteArray blob = encodeFindings(smallList());
        for (qsizetype i = 0; i < blob.size(); ++i) {
            for (const unsigned mask : {0x01u, 0x80u, 0xffu}) {
                QByteArray damaged = blob;
                damaged[i] = char(quint8(damaged[i]) ^ mask);
                QString error;
                const std::optional<FindingList> decoded = decodeFindings(damaged, &error);
                if (!decoded) {
                    QVERIFY(!error.isEmpty());
                    continue;
                }
                QVERIFY(error.isEmpty());
                const size_t strings = decoded->strings().size();
                QVERIFY(strings > 0 && decoded->strings().front().isEmpty());
                for (const Finding &f : decoded->items()) {
                    QVERIFY(f.rule < RuleId::Count);
                    QVERIFY(f.kind <= FileKind::Other);
                    QVERIFY(f.file < strings && f.arg1 < strings && f.arg2 < strings);
                    QVERIFY(!decoded->message(f).isEmpty());
                }
            }
        }
    }

    void unknownRuleCode_isNamed()
    {
        QByteArray blob = encodeFindings(smallList());
        const QByteArray code = RuleCatalogue::code(RuleId::EnrRoleMismatch).toLatin1();
        const qsizetype at = blob.indexOf(code);
        QVERIFY(at > 0);
        QByteArray unknown = code;
        unknown[0] = 'Q'; // same length, so only the code changes
        QVERIFY(!RuleCatalogue::findByCode(QString::fromLatin1(unknown)));
        blob.replace(at, code.size(), unknown);
        QString error;
        QVERIFY(!decodeFindings(blob, &error));
        QVERIFY2(error.contains(QString::fromLatin1(unknown)), qPrintable(error));
    }

    void wrongMagic_isNotAnEncoding()
    {
        QString error;
        QVERIFY(!decodeFindings(QByteArray(), &error));
        QVERIFY(!error.isEmpty());
        QByteArray blob = encodeFindings(smallList());
        blob[0] = 'X';
        QString wrong;
        QVERIFY(!decodeFindings(blob, &wrong));
        QVERIFY(wrong.contains(QStringLiteral("not something Rosterbench wrote")));
        QVERIFY(!decodeFindings(QByteArrayLiteral("SQLite format 3"), nullptr));
    }

    void newerVersion_saysSo()
    {
        QByteArray blob = encodeFindings(smallList());
        QCOMPARE(qFromLittleEndian<quint16>(blob.constData() + 6), quint16(1));
        qToLittleEndian<quint16>(2, blob.data() + 6);
        QString error;
        QVERIFY(!decodeFindings(blob, &error));
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QVERIFY(error.contains(QStringLiteral("format 2")));

        qToLittleEndian<quint16>(0, blob.data() + 6);
        QVERIFY(!decodeFindings(blob, &error));
        QVERIFY(!error.contains(QStringLiteral("newer version")));
    }

    void fromParts_checksWhatItIsGiven()
    {
        Finding f;
        f.rule = RuleId::FileEmpty;
        f.kind = FileKind::Users;
        f.file = 1;
        QVERIFY(FindingList::fromParts({f}, {QString(), QStringLiteral("users.csv")}));
        QVERIFY(!FindingList::fromParts({f}, {QString()}));
        QVERIFY(!FindingList::fromParts({f}, {}));
        QVERIFY(!FindingList::fromParts({}, {QStringLiteral("x")}));
        Finding badRule = f;
        badRule.rule = RuleId::Count;
        QVERIFY(!FindingList::fromParts({badRule}, {QString(), QStringLiteral("users.csv")}));
        Finding badKind = f;
        badKind.kind = FileKind(quint8(FileKind::Other) + 1);
        QVERIFY(!FindingList::fromParts({badKind}, {QString(), QStringLiteral("users.csv")}));

        // A string kept twice is found at its first index, and adding reuses it.
        std::optional<FindingList> twice
            = FindingList::fromParts({f}, {QString(), QStringLiteral("users.csv"), QStringLiteral("users.csv")});
        QVERIFY(twice);
        twice->add(RuleId::FileEmpty, {QStringLiteral("users.csv"), FileKind::Users, Finding::NoRow, 0, 0});
        QCOMPARE(twice->at(1).file, uint32_t(1));
        QCOMPARE(twice->strings().size(), size_t(3));
    }
};

QTEST_GUILESS_MAIN(FindingCodecTest)
#include "tst_findingcodec.moc"
