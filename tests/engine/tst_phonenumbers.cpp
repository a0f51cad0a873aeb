#include "validation/phonenumbers.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <string>
#include <vector>

using namespace rb;

Q_DECLARE_METATYPE(rb::PhoneCheck::Verdict)

namespace {

using Verdict = PhoneCheck::Verdict;

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("Valid");
    case Verdict::Invalid:
        return QStringLiteral("Invalid");
    case Verdict::NotTextable:
        return QStringLiteral("NotTextable");
    }
    return QStringLiteral("?");
}

std::string utf8(const QString &s)
{
    return s.toStdString();
}

} // namespace

class PhoneNumbersTest final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("extension");

        const QString us = QStringLiteral("US"), ca = QStringLiteral("CA");
        const QString sf = QStringLiteral("+14155550134"); // (415) 555-0134, fictional
        const auto row = [](const char *text, Verdict v, const QString &e164, const QString &region,
                            const QString &extension = {}) {
            QTest::newRow(text) << QString::fromUtf8(text) << v << e164 << region << extension;
        };

        // The formats the hub accepts, all the same number.
        row("(415) 555-0134", Verdict::Valid, sf, us);
        row("415-555-0134", Verdict::Valid, sf, us);
        row("415.555.0134", Verdict::Valid, sf, us);
        row("4155550134", Verdict::Valid, sf, us);
        row("+1 415 555 0134", Verdict::Valid, sf, us);
        row("1-415-555-0134", Verdict::Valid, sf, us);
        row("1 (415) 555-0134", Verdict::Valid, sf, us);
        row("(415)555-0134", Verdict::Valid, sf, us);
        row("+14155550134", Verdict::Valid, sf, us);
        row("  415-555-0134  ", Verdict::Valid, sf, us);
        // With an extension.
        row("415-555-0134 x12", Verdict::Valid, sf, us, QStringLiteral("12"));
        row("(415) 555-0134 ext. 123", Verdict::Valid, sf, us, QStringLiteral("123"));
        row("415 555 0134 Extension 7", Verdict::Valid, sf, us, QStringLiteral("7"));
        row("4155550134#12", Verdict::Valid, sf, us, QStringLiteral("12"));
        // The sample export's formats, and other US numbers.
        row("(209) 555-0329", Verdict::Valid, QStringLiteral("+12095550329"), us);
        row("+1 209 555 0134", Verdict::Valid, QStringLiteral("+12095550134"), us);
        row("1-800-555-0199", Verdict::Valid, QStringLiteral("+18005550199"), us);
        row("(907) 555-0134", Verdict::Valid, QStringLiteral("+19075550134"), us);
        // Canada.
        row("(416) 555-0134", Verdict::Valid, QStringLiteral("+14165550134"), ca);
        row("+1 604 555 0134", Verdict::Valid, QStringLiteral("+16045550134"), ca);
        // Area codes opened after libphonenumber 8.12.57's data (the generator uses 350 and 369).
        row("(350) 555-0134", Verdict::Valid, QStringLiteral("+13505550134"), QString());
        row("369-555-0134", Verdict::Valid, QStringLiteral("+13695550134"), QString());
        row("+1 557 555 0134", Verdict::Valid, QStringLiteral("+15575550134"), QString());

        // Not numbers that can be dialled.
        row("555-01", Verdict::Invalid, {}, {});
        row("911", Verdict::Invalid, {}, {});
        row("+1 415 555 01345", Verdict::Invalid, {}, {});
        row("415-555-ABCD", Verdict::Invalid, {}, {});
        row("1-800-FLOWERS", Verdict::Invalid, {}, {});
        row("Mom: 415-555-0134", Verdict::Invalid, {}, {});
        row("415-555-0134 home", Verdict::Invalid, {}, {});
        row("415-555-0134x", Verdict::Invalid, {}, {});
        row("call me", Verdict::Invalid, {}, {});
        row("415-555-0134, 415-555-0135", Verdict::Invalid, {}, {});
        // Placeholders: possible lengths, but no such area code or exchange.
        row("(123) 456-7890", Verdict::Invalid, {}, {});
        row("000-000-0000", Verdict::Invalid, {}, {});
        row("999-999-9999", Verdict::Invalid, {}, {});
        row("555-555-5555", Verdict::Invalid, {}, {});
        row("415-123-4567", Verdict::Invalid, {}, {});
        // A Caribbean member of the plan, in a range not in use there.
        row("+1 268 555 0134", Verdict::Invalid, {}, {});

        // Real numbers the hub cannot text.
        row("+44 20 7946 0018", Verdict::NotTextable, QStringLiteral("+442079460018"), QStringLiteral("GB"));
        row("011 44 20 7946 0018", Verdict::NotTextable, QStringLiteral("+442079460018"), QStringLiteral("GB"));
        row("+52 55 1234 5678", Verdict::NotTextable, QStringLiteral("+525512345678"), QStringLiteral("MX"));
        row("+33 1 23 45 67 89", Verdict::NotTextable, QStringLiteral("+33123456789"), QStringLiteral("FR"));
        row("+1 787 555 0134", Verdict::NotTextable, QStringLiteral("+17875550134"), QStringLiteral("PR"));
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QFETCH(QString, e164);
        QFETCH(QString, region);
        QFETCH(QString, extension);

        const PhoneNumbers numbers;
        const PhoneCheck result = numbers.check(utf8(text));
        QCOMPARE(verdictName(result.verdict), verdictName(verdict));
        QCOMPARE(result.e164, e164);
        QCOMPARE(result.region, region);
        QCOMPARE(result.extension, extension);
    }

    void defaultRegion_readsNumbersWithoutCountryCode()
    {
        const PhoneNumbers canada(QStringLiteral("ca"));
        const PhoneCheck local = canada.check("604-555-0134");
        QCOMPARE(verdictName(local.verdict), verdictName(Verdict::Valid));
        QCOMPARE(local.e164, QStringLiteral("+16045550134"));
        QCOMPARE(local.region, QStringLiteral("CA"));

        const PhoneNumbers mexico(QStringLiteral("MX"));
        const PhoneCheck mx = mexico.check("55 1234 5678");
        QCOMPARE(verdictName(mx.verdict), verdictName(Verdict::NotTextable));
        QCOMPARE(mx.e164, QStringLiteral("+525512345678"));
        QCOMPARE(mx.region, QStringLiteral("MX"));
    }

    void unknownDefaultRegion_readsInternationalNumbersOnly()
    {
        const PhoneNumbers nowhere(QStringLiteral("Narnia"));
        QCOMPARE(verdictName(nowhere.check("415-555-0134").verdict), verdictName(Verdict::Invalid));
        const PhoneCheck international = nowhere.check("+1 415 555 0134");
        QCOMPARE(verdictName(international.verdict), verdictName(Verdict::Valid));
        QCOMPARE(international.e164, QStringLiteral("+14155550134"));
    }

    void textableRegions_areUsAndCanada()
    {
        QVERIFY(PhoneNumbers::isTextableRegion("US"));
        QVERIFY(PhoneNumbers::isTextableRegion("CA"));
        QVERIFY(!PhoneNumbers::isTextableRegion("PR"));
        QVERIFY(!PhoneNumbers::isTextableRegion("MX"));
        QVERIFY(!PhoneNumbers::isTextableRegion(""));
    }

    void check_fromManyThreadsAtOnce()
    {
        const std::vector<std::string> inputs = {
            "(415) 555-0134", "555-01", "+44 20 7946 0018", "415-555-0134 x12", "(350) 555-0134",
            "1-800-FLOWERS", "(416) 555-0134", "000-000-0000", "+52 55 1234 5678", "4155550134"};
        std::vector<std::string> calls;
        calls.reserve(10'000);
        for (int i = 0; i < 10'000; ++i)
            calls.push_back(inputs[size_t(i) % inputs.size()]);

        const PhoneNumbers numbers;
        std::vector<QString> expected;
        for (const std::string &input : inputs) {
            const PhoneCheck c = numbers.check(input);
            expected.push_back(verdictName(c.verdict) + QLatin1Char(' ') + c.e164 + QLatin1Char(' ')
                               + c.region + QLatin1Char(' ') + c.extension);
        }

        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QList<QString> results = QtConcurrent::blockingMapped<QList<QString>>(
            &pool, calls, [&numbers](const std::string &input) -> QString {
                const PhoneCheck c = numbers.check(input);
                return verdictName(c.verdict) + QLatin1Char(' ') + c.e164 + QLatin1Char(' ') + c.region
                    + QLatin1Char(' ') + c.extension;
            });
        QCOMPARE(results.size(), qsizetype(10'000));
        for (qsizetype i = 0; i < results.size(); ++i)
            QCOMPARE(results[i], expected[size_t(i) % expected.size()]);
    }
};

QTEST_GUILESS_MAIN(PhoneNumbersTest)
#include "tst_phonenumbers.moc"
