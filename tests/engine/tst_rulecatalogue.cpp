#include "validation/rulecatalogue.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace rb;

class RuleCatalogueTest final : public QObject
{
    Q_OBJECT

private slots:
    void entries_areInRuleIdOrder()
    {
        for (int i = 0; i < RuleCount; ++i)
            QCOMPARE(int(RuleCatalogue::rule(RuleId(i)).id), i);
    }

    void codes_areUniqueAndStable()
    {
        const QRegularExpression shape(QStringLiteral("^[A-Z]+(-[A-Z0-9]+)+$"));
        QSet<QString> codes;
        for (int i = 0; i < RuleCount; ++i) {
            const QString code = RuleCatalogue::code(RuleId(i));
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(RuleCatalogue::findByCode(code.toLower()), std::optional<RuleId>(RuleId(i)));
        }
        QCOMPARE(RuleCatalogue::findByCode(QStringLiteral("NO-SUCH-RULE")), std::nullopt);
    }

    void everyEntry_explainsWhatHappensAndHowToFix()
    {
        for (int i = 0; i < RuleCount; ++i) {
            const RuleId id = RuleId(i);
            const QString code = RuleCatalogue::code(id);
            QVERIFY2(!RuleCatalogue::title(id).isEmpty(), qPrintable(code));
            QVERIFY2(!RuleCatalogue::messageTemplate(id).isEmpty(), qPrintable(code));
            QVERIFY2(RuleCatalogue::whatHappens(id).size() > 10, qPrintable(code));
            QVERIFY2(RuleCatalogue::howToFix(id).size() > 10, qPrintable(code));
            QVERIFY2(!RuleCatalogue::sources(id).isEmpty(), qPrintable(code));
        }
    }

    void sources_areNamedByTheirTitles()
    {
        // A bare number ("Source: 004") means nothing to the person reading it.
        const QRegularExpression bareNumber(QStringLiteral("^\\s*\\d+\\s*$"));
        const QRegularExpression known(QStringLiteral("^(Remind Hub help: .{8,}|1EdTech OneRoster 1\\.1 CSV binding, .{6,})$"));
        for (int i = 0; i < RuleCount; ++i) {
            const RuleId id = RuleId(i);
            const QString code = RuleCatalogue::code(id);
            for (const QString &source : RuleCatalogue::sources(id)) {
                QVERIFY2(!bareNumber.match(source).hasMatch(), qPrintable(code + u' ' + source));
                QVERIFY2(known.match(source).hasMatch(), qPrintable(code + u' ' + source));
            }
            const QString line = RuleCatalogue::sourceLine(id);
            QVERIFY2(line.startsWith(QStringLiteral("Source: ")) || line.startsWith(QStringLiteral("Sources: ")),
                     qPrintable(line));
            QVERIFY2(!QRegularExpression(QStringLiteral("\\b\\d{3}\\b")).match(line).hasMatch(), qPrintable(line));
        }
        QCOMPARE(RuleCatalogue::sourceLine(RuleId::FileMissing),
                 QStringLiteral("Source: Remind Hub help: OneRoster 1.1 CSV file format"));
        QCOMPARE(RuleCatalogue::sources(RuleId::UserRoleNotTaken),
                 QStringList{QStringLiteral("1EdTech OneRoster 1.1 CSV binding, users.csv")});
        QCOMPARE(RuleCatalogue::sources(RuleId::UserEmergencyContact),
                 (QStringList{QStringLiteral("Remind Hub help: Rostering with Clever"),
                              QStringLiteral("Remind Hub help: Syncing with the Aeries API")}));
    }

    void shownTexts_sayTheHub()
    {
        // The hub is "the hub" in what people read; its help pages keep their titles.
        for (int i = 0; i < RuleCount; ++i) {
            const RuleId id = RuleId(i);
            QStringList texts = {RuleCatalogue::title(id), RuleCatalogue::messageTemplate(id),
                                 RuleCatalogue::whatHappens(id), RuleCatalogue::howToFix(id)};
            for (const char *sis : {"aeries", "clever", "classlink"})
                texts << RuleCatalogue::fixFor(id, QString::fromLatin1(sis));
            for (const QString &text : texts) {
                QVERIFY2(!text.contains(QStringLiteral("Remind record"), Qt::CaseInsensitive), qPrintable(text));
                QVERIFY2(!text.contains(QStringLiteral("Remind")), qPrintable(text));
            }
        }
    }

    void severityKeys_areTheDocumentedOnes()
    {
        QCOMPARE(RuleCatalogue::severityKey(Severity::Error), QStringLiteral("error"));
        QCOMPARE(RuleCatalogue::severityKey(Severity::Alert), QStringLiteral("alert"));
        QCOMPARE(RuleCatalogue::severityKey(Severity::Hold), QStringLiteral("hold"));
        QCOMPARE(RuleCatalogue::severityKey(Severity::Info), QStringLiteral("info"));
    }
};

QTEST_GUILESS_MAIN(RuleCatalogueTest)
#include "tst_rulecatalogue.moc"
