#include "birthdate.h"

#include <optional>

namespace rb {

namespace {

constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Reads `minDigits` to `maxDigits` ASCII digits at `pos`, moving `pos` past them.
std::optional<int> readNumber(std::string_view text, size_t &pos, size_t minDigits, size_t maxDigits)
{
    size_t end = pos;
    int value = 0;
    while (end < text.size() && end - pos < maxDigits && isAsciiDigit(text[end]))
        value = value * 10 + (text[end++] - '0');
    if (end - pos < minDigits || (end < text.size() && isAsciiDigit(text[end])))
        return std::nullopt;
    pos = end;
    return value;
}

bool readSeparator(std::string_view text, size_t &pos, char separator)
{
    if (pos >= text.size() || text[pos] != separator)
        return false;
    ++pos;
    return true;
}

struct YearMonthDay
{
    int year = 0;
    int month = 0;
    int day = 0;
};

// YYYY/MM/DD or YYYY-MM-DD, month and day of one or two digits.
std::optional<YearMonthDay> readYearFirst(std::string_view text)
{
    size_t pos = 0;
    const auto year = readNumber(text, pos, 4, 4);
    if (!year || pos >= text.size())
        return std::nullopt;
    const char separator = text[pos];
    if (separator != '/' && separator != '-')
        return std::nullopt;
    ++pos;
    const auto month = readNumber(text, pos, 1, 2);
    if (!month || !readSeparator(text, pos, separator))
        return std::nullopt;
    const auto day = readNumber(text, pos, 1, 2);
    if (!day || pos != text.size())
        return std::nullopt;
    return YearMonthDay{*year, *month, *day};
}

// MM/DD/YYYY, month and day of one or two digits.
std::optional<YearMonthDay> readMonthFirst(std::string_view text)
{
    size_t pos = 0;
    const auto month = readNumber(text, pos, 1, 2);
    if (!month || !readSeparator(text, pos, '/'))
        return std::nullopt;
    const auto day = readNumber(text, pos, 1, 2);
    if (!day || !readSeparator(text, pos, '/'))
        return std::nullopt;
    const auto year = readNumber(text, pos, 4, 4);
    if (!year || pos != text.size())
        return std::nullopt;
    return YearMonthDay{*year, *month, *day};
}

} // namespace

BirthDateCheck BirthDate::check(std::string_view text, QDate today)
{
    BirthDateCheck result;
    std::optional<YearMonthDay> ymd = readYearFirst(text);
    if (!ymd)
        ymd = readMonthFirst(text);
    if (!ymd) {
        result.verdict = BirthDateCheck::Verdict::BadFormat;
        return result;
    }
    if (!QDate::isValid(ymd->year, ymd->month, ymd->day)) {
        result.verdict = BirthDateCheck::Verdict::Impossible;
        return result;
    }
    result.date = QDate(ymd->year, ymd->month, ymd->day);
    if (ymd->year < EarliestYear)
        result.verdict = BirthDateCheck::Verdict::TooOld;
    else if (today.isValid() && result.date > today)
        result.verdict = BirthDateCheck::Verdict::Future;
    else
        result.verdict = BirthDateCheck::Verdict::Valid;
    return result;
}

} // namespace rb
