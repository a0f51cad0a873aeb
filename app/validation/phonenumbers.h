#pragma once

#include <QString>

#include <string>
#include <string_view>

namespace rb {

// What the hub makes of a value in users.csv's phone or sms column.
struct PhoneCheck
{
    enum class Verdict {
        Valid,       // a number in the US or Canada: it can be called and texted
        Invalid,     // not a number that can be dialled: too short or long, letters, no such number
        NotTextable, // a real number outside the US and Canada: the hub cannot text it
    };

    Verdict verdict = Verdict::Invalid;
    QString e164;      // +14155550134; empty when Invalid. Without the extension.
    QString region;    // CLDR region of the number (US, CA, PR, GB, MX…); empty when Invalid, and
                       // for a North American number in an area code newer than libphonenumber's
                       // data (see PhoneNumbers)
    QString extension; // the digits after x / ext / #, if any ("415-555-0134 x12" → "12")
};

// Reads phone numbers "in most formats", as the hub does, with libphonenumber:
// (415) 555-0134, 415-555-0134, 415.555.0134, 4155550134, +1 415 555 0134, 1-415-555-0134,
// 011 44 20 7946 0018, each optionally followed by an extension (x12, ext. 12, extension 12, #12).
//
// A number is Valid when libphonenumber's IsValidNumber() accepts it, i.e. when its length and
// its prefix match a range in use in its region; IsPossibleNumber() alone (length only) would let
// through placeholders that cannot be dialled, such as 000-000-0000, 123-456-7890 and
// 999-999-9999. The fictional 555-01xx numbers of the sample export and of the generator pass
// IsValidNumber(): libphonenumber accepts any exchange 2xx-9xx in a US area code.
//
// IsValidNumber() is only as recent as the library's data, though: Debian 12's libphonenumber
// 8.12.57 (November 2022) does not know area codes opened since, such as 350 and 369 (California)
// or 557 (Missouri), some of which the generator uses. So a +1 number that IsValidNumber()
// rejects is still Valid when it has the shape of the North American Numbering Plan (area code
// [2-9][0-8]x, not x11 and not an "easily recognisable code" like 555 or 800; exchange [2-9]xx)
// and its area code is not one of the Caribbean or Pacific members of the plan. Its region is
// then unknown (empty): a new area code is a US or Canadian overlay.
//
// Letters make a number Invalid (vanity numbers like 1-800-FLOWERS, "Mom: 415…", "415… home"),
// except in the extension marker. Blank text is not checked here: callers skip blank cells.
//
// check() is const and may be called from several threads at once: libphonenumber's
// PhoneNumberUtil is a thread-safe singleton.
class PhoneNumbers final
{
public:
    // defaultRegion: how a number written without a country code is read (a CLDR region code,
    // case-insensitive). An unknown region means only numbers written with + are read.
    explicit PhoneNumbers(const QString &defaultRegion = QStringLiteral("US"));

    PhoneCheck check(std::string_view text) const;

    // Whether the hub can text numbers of this region: US and CA.
    static bool isTextableRegion(std::string_view region);

private:
    std::string m_region;
};

} // namespace rb
