#include "validation/birthdate.h"

#include <QTest>

using namespace rb;

Q_DECLARE_METATYPE(rb::BirthDateCheck::Verdict)

namespace {

using Verdict = BirthDateCheck::Verdict;

QString verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Valid:
        return QStringLiteral("Valid");
    case Verdict::BadFormat:
        return QStringLiteral("BadFormat");
    case Verdict::Impossible:
        return QStringLiteral("Impossible");
    case Verdict::Future:
        return QStringLiteral("Future");
    case Verdict::TooOld:
        return QStringLiteral("TooOld");
    }
    return QStringLiteral("?");
}

const QDate Today(2025, 11, 23);

} // namespace

class BirthDateTest final : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QDate>("date");

        const auto row = [](const char *text, Verdict v, QDate date = {}) {
            QTest::newRow(*text ? text : "(empty)") << QString::fromUtf8(text) << v << date;
        };

        // The three formats the hub reads.
        row("04/15/2012", Verdict::Valid, QDate(2012, 4, 15));
        row("2012/04/15", Verdict::Valid, QDate(2012, 4, 15));
        row("2012-04-15", Verdict::Valid, QDate(2012, 4, 15));
        row("2021-04-14", Verdict::Valid, QDate(2021, 4, 14)); // the sample export's first
        row("12/31/2019", Verdict::Valid, QDate(2019, 12, 31));
        // One-digit months and days, read leniently.
        row("4/5/2012", Verdict::Valid, QDate(2012, 4, 5));
        row("11/5/2012", Verdict::Valid, QDate(2012, 11, 5));
        row("2012-4-5", Verdict::Valid, QDate(2012, 4, 5));
        row("2012/4/05", Verdict::Valid, QDate(2012, 4, 5));
        // Leap days that exist, the first plausible day, today.
        row("02/29/2012", Verdict::Valid, QDate(2012, 2, 29));
        row("2000-02-29", Verdict::Valid, QDate(2000, 2, 29));
        row("01/01/1900", Verdict::Valid, QDate(1900, 1, 1));
        row("2025-11-23", Verdict::Valid, QDate(2025, 11, 23));

        // Read, but no such day.
        row("13/45/2011", Verdict::Impossible);
        row("2010-02-30", Verdict::Impossible);
        row("2023-02-29", Verdict::Impossible);
        row("2010-13-01", Verdict::Impossible);
        row("1900-02-29", Verdict::Impossible);
        row("04/31/2012", Verdict::Impossible);
        row("15/04/2012", Verdict::Impossible); // day first: month 15
        row("00/10/2012", Verdict::Impossible);
        row("2012-01-00", Verdict::Impossible);
        row("0000-01-01", Verdict::Impossible); // no year 0
        row("1899-02-30", Verdict::Impossible);

        // After today.
        row("2025-11-24", Verdict::Future, QDate(2025, 11, 24));
        row("12/01/2031", Verdict::Future, QDate(2031, 12, 1));
        row("2102/04/15", Verdict::Future, QDate(2102, 4, 15));

        // Before 1900.
        row("12/31/1899", Verdict::TooOld, QDate(1899, 12, 31));
        row("1800-01-01", Verdict::TooOld, QDate(1800, 1, 1));
        row("01/01/0001", Verdict::TooOld, QDate(1, 1, 1));

        // Not a format the hub reads.
        row("", Verdict::BadFormat);
        row("04-15-2012", Verdict::BadFormat);
        row("15.04.2012", Verdict::BadFormat);
        row("2012.04.15", Verdict::BadFormat);
        row("4/15/12", Verdict::BadFormat);
        row("20120415", Verdict::BadFormat);
        row("April 15, 2012", Verdict::BadFormat);
        row("2012-04-15T00:00:00Z", Verdict::BadFormat);
        row("4/15/2012 0:00", Verdict::BadFormat);
        row(" 2012-04-15", Verdict::BadFormat);
        row("2012-04-15 ", Verdict::BadFormat);
        row("2012/04-15", Verdict::BadFormat);
        row("2012-004-15", Verdict::BadFormat);
        row("04/015/2012", Verdict::BadFormat);
        row("12012-04-15", Verdict::BadFormat);
        row("04/15/20120", Verdict::BadFormat);
        row("2012-04-", Verdict::BadFormat);
        row("2012-04-15-", Verdict::BadFormat);
        row("/04/15/2012", Verdict::BadFormat);
        row("2012-O4-15", Verdict::BadFormat); // a letter O
        row("２０１２-04-15", Verdict::BadFormat); // full-width digits
    }

    void check()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QFETCH(QDate, date);

        const BirthDateCheck result = BirthDate::check(text.toStdString(), Today);
        QCOMPARE(verdictName(result.verdict), verdictName(verdict));
        QCOMPARE(result.date, date);
    }

    void nullToday_skipsTheFutureCheck()
    {
        const BirthDateCheck result = BirthDate::check("2099-01-01", QDate());
        QCOMPARE(verdictName(result.verdict), verdictName(Verdict::Valid));
        QCOMPARE(result.date, QDate(2099, 1, 1));
        QCOMPARE(verdictName(BirthDate::check("1850-06-01", QDate()).verdict), verdictName(Verdict::TooOld));
    }
};

QTEST_GUILESS_MAIN(BirthDateTest)
#include "tst_birthdate.moc"
