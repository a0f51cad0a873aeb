#include "validation/languagecodes.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <string>
#include <vector>

using namespace rb;

Q_DECLARE_METATYPE(rb::LanguageCodes::Verdict)

namespace {

using Verdict = LanguageCodes::Verdict;

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("Valid");
    case Verdict::Invalid:
        return QStringLiteral("Invalid");
    case Verdict::UnderscoreSeparator:
        return QStringLiteral("UnderscoreSeparator");
    }
    return QStringLiteral("?");
}

} // namespace

class LanguageCodesTest final : public QObject
{
    Q_OBJECT

private slots:
    // First, so that several threads race to load the tables.
    void check_fromManyThreadsAtOnce()
    {
        const std::vector<std::string> inputs = {"en", "english", "es_MX", "zh-Hant", "spa", "xx",
                                                 "sr-Latn-RS", "en-", "yue", "es-419"};
        const std::vector<QString> expected = {
            QStringLiteral("Valid English"), QStringLiteral("Invalid "),
            QStringLiteral("UnderscoreSeparator Spanish"), QStringLiteral("Valid Chinese"),
            QStringLiteral("Valid Spanish"), QStringLiteral("Invalid "), QStringLiteral("Valid Serbian"),
            QStringLiteral("Invalid English"), QStringLiteral("Valid Yue Chinese"),
            QStringLiteral("Valid Spanish")};
        std::vector<std::string> calls;
        calls.reserve(10'000);
        for (int i = 0; i < 10'000; ++i)
            calls.push_back(inputs[size_t(i) % inputs.size()]);

        QThreadPool pool;
        pool.setMaxThreadCount(8);
        const QList<QString> results = QtConcurrent::blockingMapped<QList<QString>>(
            &pool, calls, [](const std::string &input) -> QString {
                return verdictName(LanguageCodes::check(input)) + QLatin1Char(' ')
                    + LanguageCodes::languageName(input);
            });
        QCOMPARE(results.size(), qsizetype(10'000));
        for (qsizetype i = 0; i < results.size(); ++i)
            QCOMPARE(results[i], expected[size_t(i) % expected.size()]);
    }

    void embeddedTables_loaded()
    {
        const LanguageCodes::CodeCounts counts = LanguageCodes::codeCounts();
        QVERIFY2(counts.iso639_3 > 7000, qPrintable(QString::number(counts.iso639_3)));
        QVERIFY2(counts.iso639_2 > 480 + 520, qPrintable(QString::number(counts.iso639_2))); // with qaa-qtz
        QVERIFY2(counts.iso639_1 >= 183 && counts.iso639_1 < 200, qPrintable(QString::number(counts.iso639_1)));

        QVERIFY(LanguageCodes::isIsoCode("zxx"));
        QVERIFY(LanguageCodes::isIsoCode("ZXX"));
        QVERIFY(LanguageCodes::isIsoCode("en"));
        QVERIFY(LanguageCodes::isIsoCode("ger")); // ISO 639-2 bibliographic
        QVERIFY(LanguageCodes::isIsoCode("afa")); // ISO 639-2 only (a collective code)
        QVERIFY(LanguageCodes::isIsoCode("qtz")); // reserved for local use
        QVERIFY(LanguageCodes::isIsoCode("qua")); // Quapaw, ISO 639-3 only
        QVERIFY(!LanguageCodes::isIsoCode("sp"));
        QVERIFY(!LanguageCodes::isIsoCode("xx"));
        QVERIFY(!LanguageCodes::isIsoCode("e"));
        QVERIFY(!LanguageCodes::isIsoCode("engl"));
        QVERIFY(!LanguageCodes::isIsoCode("é"));
    }

    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<Verdict>("verdict");

        const auto row = [](const char *value, Verdict v) {
            QTest::newRow(*value ? value : "(empty)") << QString::fromUtf8(value) << v;
        };

        // ISO 639-1, 639-2 (T and B) and 639-3 codes.
        row("en", Verdict::Valid);
        row("es", Verdict::Valid);
        row("vi", Verdict::Valid);
        row("EN", Verdict::Valid);
        row("spa", Verdict::Valid);
        row("yue", Verdict::Valid);
        row("fil", Verdict::Valid);
        row("haw", Verdict::Valid);
        row("ger", Verdict::Valid);
        row("deu", Verdict::Valid);
        row("hmn", Verdict::Valid);
        row("zxx", Verdict::Valid);
        row("qaa", Verdict::Valid);
        // BCP-47 tags.
        row("zh-Hant", Verdict::Valid);
        row("es-419", Verdict::Valid);
        row("en-US", Verdict::Valid);
        row("EN-us", Verdict::Valid);
        row("sr-Latn-RS", Verdict::Valid);
        row("zh-yue", Verdict::Valid);
        row("zh-cmn-Hans-CN", Verdict::Valid);
        row("zh-min-nan", Verdict::Valid);
        row("de-CH-1901", Verdict::Valid);
        row("sl-rozaj-biske", Verdict::Valid);
        row("hy-Latn-IT-arevela", Verdict::Valid);
        row("de-DE-u-co-phonebk", Verdict::Valid);
        row("en-US-x-twain", Verdict::Valid);
        row("x-whatever", Verdict::Valid);
        row("i-navajo", Verdict::Valid);
        row("en-GB-oed", Verdict::Valid);
        // Underscores.
        row("es_MX", Verdict::UnderscoreSeparator);
        row("en_US", Verdict::UnderscoreSeparator);
        row("zh_Hant_TW", Verdict::UnderscoreSeparator);
        row("pt_br", Verdict::UnderscoreSeparator);
        row("english_US", Verdict::Invalid);
        row("en_", Verdict::Invalid);
        // Not codes.
        row("english", Verdict::Invalid);
        row("Spanish", Verdict::Invalid);
        row("chinese", Verdict::Invalid);
        row("sp", Verdict::Invalid);
        row("xx", Verdict::Invalid);
        row("e", Verdict::Invalid);
        row("", Verdict::Invalid);
        row("en-", Verdict::Invalid);
        row("-en", Verdict::Invalid);
        row("en--US", Verdict::Invalid);
        row("en US", Verdict::Invalid);
        row(" en", Verdict::Invalid);
        row("en.US", Verdict::Invalid);
        row("123", Verdict::Invalid);
        row("xx-US", Verdict::Invalid);
        row("en-USA", Verdict::Invalid);          // usa (Usarufa) cannot extend English
        row("ar-arz", Verdict::Valid);            // Egyptian Arabic, extending the macrolanguage
        row("sgn-ase", Verdict::Valid);           // American Sign Language
        row("no-nyn", Verdict::Valid);
        row("zh-qqq", Verdict::Invalid);          // not an ISO 639-3 code
        row("en-a", Verdict::Invalid);            // an extension with no subtag
        row("en-u-co-u-ca", Verdict::Invalid);    // the same extension twice
        row("de-1901-1901", Verdict::Invalid);    // the same variant twice
        row("en-x", Verdict::Invalid);            // private use with no subtag
        row("x", Verdict::Invalid);
        row("en-US-abcdefghi", Verdict::Invalid); // a subtag of 9
        row("español", Verdict::Invalid);
    }

    void check()
    {
        QFETCH(QString, value);
        QFETCH(Verdict, verdict);
        QCOMPARE(verdictName(LanguageCodes::check(value.toStdString())), verdictName(verdict));
    }

    void languageName_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name");

        const auto row = [](const char *code, const char *name) {
            QTest::newRow(*code ? code : "(empty)") << QString::fromUtf8(code) << QString::fromUtf8(name);
        };
        row("es", "Spanish");
        row("spa", "Spanish");
        row("ES", "Spanish");
        row("es-MX", "Spanish");
        row("es_MX", "Spanish");
        row("en", "English");
        row("zh-Hant", "Chinese");
        row("yue", "Yue Chinese");
        row("fil", "Filipino");
        row("tl", "Tagalog");
        row("haw", "Hawaiian");
        row("ger", "German");
        row("sr-Latn-RS", "Serbian");
        row("bn", "Bengali");
        row("afa", "Afro-Asiatic languages"); // ISO 639-2 only
        row("qaa", "Reserved for local use");
        row("zxx", "No linguistic content");
        row("xx", "");
        row("english", "");
        row("x-klingon", "");
        row("", "");
    }

    void languageName()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        QCOMPARE(LanguageCodes::languageName(code.toStdString()), name);
    }
};

QTEST_GUILESS_MAIN(LanguageCodesTest)
#include "tst_languagecodes.moc"
