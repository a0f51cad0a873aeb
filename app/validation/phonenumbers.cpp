#include "phonenumbers.h"

#include "util/text.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <algorithm>
#include <array>
#include <cstdint>

namespace rb {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

constexpr bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool hasAsciiLetter(std::string_view s)
{
    return std::any_of(s.begin(), s.end(), isAsciiLetter);
}

bool equalsIgnoringCase(std::string_view a, std::string_view lowerCase)
{
    return a.size() == lowerCase.size()
        && std::equal(a.begin(), a.end(), lowerCase.begin(), [](char x, char y) { return lower(x) == y; });
}

// Letters are allowed only as the marker of an extension at the end (x, ext, ext., extn,
// extension; # needs none). Elsewhere they make the value Invalid, although libphonenumber would
// read them as digits (1-800-FLOWERS) or skip them ("Mom: 415…"): a cell holding words is not a
// number the hub can be trusted to read.
bool lettersOnlyInExtensionMarker(std::string_view text, bool hasExtension)
{
    if (!hasExtension)
        return !hasAsciiLetter(text);
    size_t end = text.size();
    while (end > 0 && isSpace(text[end - 1]))
        --end;
    while (end > 0 && isAsciiDigit(text[end - 1]))
        --end;
    static constexpr std::string_view Separators = " \t.:=#-";
    while (end > 0 && Separators.find(text[end - 1]) != std::string_view::npos)
        --end;
    size_t begin = end;
    while (begin > 0 && isAsciiLetter(text[begin - 1]))
        --begin;
    const std::string_view marker = text.substr(begin, end - begin);
    if (!marker.empty()) {
        static constexpr std::array<std::string_view, 4> Markers = {"x", "ext", "extn", "extension"};
        if (std::none_of(Markers.begin(), Markers.end(),
                         [marker](std::string_view m) { return equalsIgnoringCase(marker, m); }))
            return false;
    }
    return !hasAsciiLetter(text.substr(0, begin));
}

// The members of the North American Numbering Plan other than the US and Canada, by area code,
// as libphonenumber 8.12 knows them (checked against its data for every area code 200-999).
constexpr std::array<uint16_t, 27> OtherNanpAreaCodes = {
    242, 246, 264, 268, 284, 340, 345, 441, 473, 649, 658, 664, 670, 671,
    684, 721, 758, 767, 784, 787, 809, 829, 849, 868, 869, 876, 939};

// A +1 number that libphonenumber does not know but that has the shape of a US or Canadian number
// (see the class comment): NPA-NXX-XXXX with an area code that could be a new geographic one.
bool isNewUsOrCanadianNumber(const PhoneNumber &number)
{
    if (number.country_code() != 1)
        return false;
    const uint64_t national = number.national_number();
    if (national < 2'000'000'000ULL || national > 9'999'999'999ULL)
        return false;
    const auto areaCode = unsigned(national / 10'000'000ULL);
    const auto exchange = unsigned(national / 10'000ULL % 1000);
    const unsigned a2 = areaCode / 10 % 10, a3 = areaCode % 10;
    if (a2 == 9)               // [2-9][0-8]x: a middle 9 is kept for expanding the plan
        return false;
    if (a2 == 1 && a3 == 1)    // N11: service codes (211, 311, 411, 911…)
        return false;
    if (a2 == a3)              // "easily recognisable codes" (500, 555, 800, 888…) are not places
        return false;
    if (exchange < 200)        // exchanges start with 2-9
        return false;
    return std::find(OtherNanpAreaCodes.begin(), OtherNanpAreaCodes.end(), areaCode)
        == OtherNanpAreaCodes.end();
}


} // namespace

PhoneNumbers::PhoneNumbers(const QString &defaultRegion)
    : m_region(defaultRegion.trimmed().toUpper().toStdString())
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    if (util.GetCountryCodeForRegion(m_region) == 0)
        m_region = "ZZ"; // unknown region: only numbers in international format are read
}

bool PhoneNumbers::isTextableRegion(std::string_view region)
{
    return region == "US" || region == "CA";
}

PhoneCheck PhoneNumbers::check(std::string_view text) const
{
    PhoneCheck result;
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();

    PhoneNumber number;
    if (util.Parse(std::string(text), m_region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return result;
    if (!lettersOnlyInExtensionMarker(text, number.has_extension()))
        return result;

    std::string region;
    if (util.IsValidNumber(number)) {
        util.GetRegionCodeForNumber(number, &region);
        result.verdict = isTextableRegion(region) ? PhoneCheck::Verdict::Valid
                                                  : PhoneCheck::Verdict::NotTextable;
    } else if (isNewUsOrCanadianNumber(number)) {
        result.verdict = PhoneCheck::Verdict::Valid;
    } else {
        return result;
    }

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    result.e164 = toQString(e164);
    result.region = toQString(region);
    if (number.has_extension())
        result.extension = toQString(number.extension());
    return result;
}

} // namespace rb
