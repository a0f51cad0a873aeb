#pragma once

#include <QString>

#include <string_view>

namespace rb {

// Judges users.csv's metadata.preferredLanguage as the hub does: it takes a two-letter ISO 639-1
// code, a three-letter ISO 639-2 (bibliographic or terminology) or ISO 639-3 code, or a BCP-47
// language tag (RFC 5646). Case does not matter.
//
// The ISO lists are those of the iso-codes package, compiled into the engine
// (:/iso-codes/iso_639-2.json and iso_639-3.json) and read once, on first use, by whichever thread
// comes first; every function here may be called from several threads at once.
//
// A BCP-47 tag is checked for its structure: language, up to three extended language subtags,
// script (4 letters), region (2 letters or 3 digits), variants (5-8 letters and digits, or a digit
// and 3 more), extensions (a singleton and 2-8 letters and digits), private use (x-…); each
// subtag at most 8 letters and digits, separated by hyphens. The language and the extended
// language subtags must be in the ISO lists, and extended language subtags may only follow an
// ISO 639-3 macrolanguage or sgn, as in the IANA registry (zh-yue, ar-arz, sgn-ase; so en-USA,
// a region written with three letters, is Invalid although Usarufa's code is usa). Scripts,
// regions and variants are not looked up.
// The RFC's language subtags of 4-8 letters are refused: none is registered, and they would make
// "english" or "Spanish" a tag. A tag made only of private use (x-klingon) and the 17 irregular
// "grandfathered" tags of RFC 5646 (i-navajo, en-GB-oed…) are valid. A value with spaces in or
// around it is Invalid (callers may trim first).
class LanguageCodes final
{
public:
    enum class Verdict {
        Valid,
        Invalid,
        UnderscoreSeparator, // a tag written with _ instead of - (es_MX): valid once the _ is a -
    };

    static Verdict check(std::string_view value);

    // The English name of the language, from iso-codes ("es", "spa", "es-MX" and "es_MX" give
    // "Spanish"; "ger" gives "German"; "zh-Hant" gives "Chinese"), from the tag's first subtag;
    // empty when it is not an ISO 639 code. ISO 639-3 names are preferred ("Spanish", not
    // ISO 639-2's "Spanish; Castilian").
    static QString languageName(std::string_view code);

    // Whether a two- or three-letter code (any case) is in ISO 639-1, 639-2 or 639-3.
    static bool isIsoCode(std::string_view code);

    // How many codes were read: a check that the embedded tables loaded.
    struct CodeCounts
    {
        qsizetype iso639_1 = 0; // two letters
        qsizetype iso639_2 = 0; // three letters, bibliographic and terminology codes, qaa-qtz
        qsizetype iso639_3 = 0; // three letters
    };
    static CodeCounts codeCounts();

    LanguageCodes() = delete;
};

} // namespace rb
