#pragma once

#include <QDate>

#include <string_view>

namespace rb {

// What demographics.csv's birthDate gives.
struct BirthDateCheck
{
    enum class Verdict {
        Valid,
        BadFormat,  // none of the formats the hub reads: 15.04.2012, 04-15-2012, 4/15/12, 20120415…
        Impossible, // read, but no such day: 13/45/2011, 2010-02-30, 2023-02-29, 0000-01-01
        Future,     // after today
        TooOld,     // before 1900: a typo or a placeholder (1/1/1800), not a student's birth date
    };

    Verdict verdict = Verdict::BadFormat;
    QDate date; // the date read: set for Valid, Future and TooOld, null otherwise
};

// Reads a birth date the way the hub does. It reads MM/DD/YYYY and YYYY/MM/DD (its help pages
// name these two) and OneRoster's own YYYY-MM-DD. The year has four digits; the month and the day
// may have one digit as well as two (4/5/2012, 2012-4-5): the hub asks for two, but nothing
// suggests that it refuses one, and Excel writes dates as M/D/YYYY, so they are read as they are
// and not reported. Digits are ASCII only, and nothing may come before or after the date (no
// time, no spaces: callers trim if they want to). Two-digit years and the day-first DD/MM/YYYY
// order are not read: 15/04/2012 is month 15, so Impossible.
//
// The verdicts are tried in this order: BadFormat, Impossible (the Gregorian calendar, as QDate
// has it, with no year 0), TooOld, Future. A null `today` skips the Future check.
// Locale-independent and thread-safe.
class BirthDate final
{
public:
    static constexpr int EarliestYear = 1900; // a date before 1 January of it is TooOld

    static BirthDateCheck check(std::string_view text, QDate today);

    BirthDate() = delete;
};

} // namespace rb
