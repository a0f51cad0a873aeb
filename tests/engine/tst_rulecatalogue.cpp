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
            QVERIFY2(!QString::fromLatin1(RuleCatalogue::rule(id).source).isEmpty(), qPrintable(code));
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
