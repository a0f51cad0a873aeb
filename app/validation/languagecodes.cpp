#include "languagecodes.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtDebug>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <string>
#include <vector>

namespace rb {

namespace {

// Codes are packed into numbers: two letters into 0-675, three letters into 0-17575. Names are
// keyed the same way, two-letter codes after the three-letter ones.
constexpr int TwoLetterCodes = 26 * 26;
constexpr int ThreeLetterCodes = 26 * 26 * 26;
constexpr int NoCode = -1;

constexpr bool isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool isAsciiDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool isAsciiAlnum(char c) { return isAsciiLetter(c) || isAsciiDigit(c); }
constexpr char lower(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

bool allLetters(std::string_view s) { return std::all_of(s.begin(), s.end(), isAsciiLetter); }
bool allDigits(std::string_view s) { return std::all_of(s.begin(), s.end(), isAsciiDigit); }
bool allAlnum(std::string_view s) { return std::all_of(s.begin(), s.end(), isAsciiAlnum); }

bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return lower(x) == lower(y); });
}

// The packed code of 2 or 3 ASCII letters (any case), or NoCode.
int packCode(std::string_view code)
{
    if ((code.size() != 2 && code.size() != 3) || !allLetters(code))
        return NoCode;
    int packed = 0;
    for (char c : code)
        packed = packed * 26 + (lower(c) - 'a');
    return packed;
}

int packCode(const QString &code)
{
    if (code.size() != 2 && code.size() != 3)
        return NoCode;
    const QByteArray latin1 = code.toLatin1();
    return packCode(std::string_view(latin1.constData(), size_t(latin1.size())));
}

int nameKey(std::string_view code)
{
    const int packed = packCode(code);
    return packed == NoCode || code.size() == 3 ? packed : ThreeLetterCodes + packed;
}

int nameKey(const QString &code)
{
    const int packed = packCode(code);
    return packed == NoCode || code.size() == 3 ? packed : ThreeLetterCodes + packed;
}

struct IsoTables
{
    std::bitset<TwoLetterCodes> iso639_1;
    std::bitset<ThreeLetterCodes> iso639_2;
    std::bitset<ThreeLetterCodes> iso639_3;
    // Languages that extended language subtags may follow: ISO 639-3 macrolanguages (zh, ar, ms,
    // no…) and sgn (sign languages), by two- and three-letter code.
    std::bitset<TwoLetterCodes> takesExtlang2;
    std::bitset<ThreeLetterCodes> takesExtlang3;

    struct Name
    {
        uint16_t key;
        uint32_t offset;
        uint32_t size;
    };
    std::vector<Name> names; // sorted by key
    std::string nameText;    // UTF-8, the names one after the other

    bool isIsoCode(std::string_view code) const
    {
        const int packed = packCode(code);
        if (packed == NoCode)
            return false;
        if (code.size() == 2)
            return iso639_1.test(size_t(packed));
        return iso639_2.test(size_t(packed)) || iso639_3.test(size_t(packed));
    }

    bool takesExtlang(std::string_view language) const
    {
        const int packed = packCode(language);
        if (packed == NoCode)
            return false;
        return language.size() == 2 ? takesExtlang2.test(size_t(packed)) : takesExtlang3.test(size_t(packed));
    }
};

QJsonArray readTable(const QString &resource, const QString &key)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        qCritical("LanguageCodes: cannot open %s: the iso-codes tables are not compiled in",
                  qUtf8Printable(resource));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        qCritical("LanguageCodes: %s is not valid JSON: %s", qUtf8Printable(resource),
                  qUtf8Printable(error.errorString()));
        return {};
    }
    return document.object().value(key).toArray();
}

IsoTables loadTables()
{
    IsoTables tables;
    QHash<int, QString> names; // name key → English name; the first one given stays

    const auto addName = [&names](int key, const QString &name) {
        if (key != NoCode && !name.isEmpty() && !names.contains(key))
            names.insert(key, name);
    };

    const QString alpha2 = QStringLiteral("alpha_2"), alpha3 = QStringLiteral("alpha_3"),
                  bibliographic = QStringLiteral("bibliographic"), nameField = QStringLiteral("name");

    // ISO 639-3 first: its names are the plain ones ("Spanish", not "Spanish; Castilian").
    const QJsonArray iso639_3 = readTable(QStringLiteral(":/iso-codes/iso_639-3.json"), QStringLiteral("639-3"));
    for (const QJsonValue &value : iso639_3) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(nameField).toString();
        const QString three = entry.value(alpha3).toString();
        const int code3 = packCode(three);
        if (code3 == NoCode || three.size() != 3)
            continue;
        tables.iso639_3.set(size_t(code3));
        addName(code3, name);
        const bool macrolanguage = entry.value(QStringLiteral("scope")).toString() == QLatin1String("M");
        if (macrolanguage)
            tables.takesExtlang3.set(size_t(code3));
        const QString two = entry.value(alpha2).toString();
        if (const int code2 = packCode(two); code2 != NoCode && two.size() == 2) {
            tables.iso639_1.set(size_t(code2));
            if (macrolanguage)
                tables.takesExtlang2.set(size_t(code2));
            addName(nameKey(two), name);
        }
        addName(nameKey(entry.value(bibliographic).toString()), name);
    }

    const QJsonArray iso639_2 = readTable(QStringLiteral(":/iso-codes/iso_639-2.json"), QStringLiteral("639-2"));
    for (const QJsonValue &value : iso639_2) {
        const QJsonObject entry = value.toObject();
        const QString name = entry.value(nameField).toString();
        const QString three = entry.value(alpha3).toString();
        if (three == QLatin1String("qaa-qtz")) { // reserved for local use: qaa, qab … qtz
            for (char second = 'a'; second <= 't'; ++second) {
                for (char third = 'a'; third <= 'z'; ++third) {
                    const char code[3] = {'q', second, third};
                    const int packed = packCode(std::string_view(code, 3));
                    tables.iso639_2.set(size_t(packed));
                    addName(packed, name);
                }
            }
            continue;
        }
        const int code3 = packCode(three);
        if (code3 == NoCode || three.size() != 3)
            continue;
        tables.iso639_2.set(size_t(code3));
        addName(code3, name);
        const QString b = entry.value(bibliographic).toString();
        if (const int codeB = packCode(b); codeB != NoCode && b.size() == 3) {
            tables.iso639_2.set(size_t(codeB));
            addName(codeB, names.value(code3, name));
        }
        const QString two = entry.value(alpha2).toString();
        if (const int code2 = packCode(two); code2 != NoCode && two.size() == 2) {
            tables.iso639_1.set(size_t(code2));
            addName(nameKey(two), names.value(code3, name));
        }
    }

    tables.takesExtlang3.set(size_t(packCode(std::string_view("sgn"))));

    tables.names.reserve(size_t(names.size()));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QByteArray utf8 = it.value().toUtf8();
        tables.names.push_back({uint16_t(it.key()), uint32_t(tables.nameText.size()), uint32_t(utf8.size())});
        tables.nameText.append(utf8.constData(), size_t(utf8.size()));
    }
    std::sort(tables.names.begin(), tables.names.end(),
              [](const IsoTables::Name &a, const IsoTables::Name &b) { return a.key < b.key; });
    tables.nameText.shrink_to_fit();
    return tables;
}

// Read on first use; thread-safe (a function-local static).
const IsoTables &isoTables()
{
    static const IsoTables tables = loadTables();
    return tables;
}

// RFC 5646 section 2.2.8: the irregular grandfathered tags, which do not follow the grammar. (The
// regular ones, such as zh-min-nan and art-lojban, do.)
constexpr std::array<std::string_view, 17> IrregularTags = {
    "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux",
    "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE"};

constexpr size_t MaxTagLength = 255;

// Splits on '-'; false when a subtag is empty, longer than 8 or not letters and digits.
bool splitSubtags(std::string_view tag, std::vector<std::string_view> &subtags)
{
    size_t start = 0;
    while (true) {
        const size_t dash = tag.find('-', start);
        const std::string_view subtag = tag.substr(start, dash == std::string_view::npos ? dash : dash - start);
        if (subtag.empty() || subtag.size() > 8 || !allAlnum(subtag))
            return false;
        subtags.push_back(subtag);
        if (dash == std::string_view::npos)
            return true;
        start = dash + 1;
    }
}

bool containsIgnoringCase(const std::vector<std::string_view> &list, std::string_view s)
{
    return std::any_of(list.begin(), list.end(), [s](std::string_view x) { return equalsIgnoringCase(x, s); });
}

bool isPrivateUse(const std::vector<std::string_view> &subtags, size_t i)
{
    // "x" 1*("-" (1*8alphanum)): the x and at least one subtag, to the end.
    return equalsIgnoringCase(subtags[i], "x") && i + 1 < subtags.size();
}

bool isValidTag(std::string_view tag, const IsoTables &tables)
{
    if (tag.empty() || tag.size() > MaxTagLength)
        return false;
    if (std::any_of(IrregularTags.begin(), IrregularTags.end(),
                    [tag](std::string_view t) { return equalsIgnoringCase(t, tag); }))
        return true;

    std::vector<std::string_view> subtags;
    if (!splitSubtags(tag, subtags))
        return false;
    if (isPrivateUse(subtags, 0))
        return true;

    size_t i = 0;
    // language: 2-3 letters, an ISO 639 code
    if (!tables.isIsoCode(subtags[i]))
        return false;
    ++i;
    // extlang: up to three ISO 639-3 codes, after a macrolanguage or sgn (zh-yue, ar-arz, sgn-ase)
    for (int n = 0; n < 3 && i < subtags.size() && subtags[i].size() == 3 && allLetters(subtags[i]); ++n, ++i) {
        if (!tables.takesExtlang(subtags[0]))
            return false;
        const int packed = packCode(subtags[i]);
        if (!tables.iso639_3.test(size_t(packed)))
            return false;
    }
    // script: 4 letters
    if (i < subtags.size() && subtags[i].size() == 4 && allLetters(subtags[i]))
        ++i;
    // region: 2 letters or 3 digits
    if (i < subtags.size()
        && ((subtags[i].size() == 2 && allLetters(subtags[i])) || (subtags[i].size() == 3 && allDigits(subtags[i]))))
        ++i;
    // variants: 5-8 letters and digits, or a digit and 3 letters and digits; none twice
    std::vector<std::string_view> seen;
    while (i < subtags.size()
           && (subtags[i].size() >= 5 || (subtags[i].size() == 4 && isAsciiDigit(subtags[i][0])))) {
        if (containsIgnoringCase(seen, subtags[i]))
            return false;
        seen.push_back(subtags[i]);
        ++i;
    }
    // extensions: a singleton other than x, then one or more subtags of 2-8; no singleton twice
    seen.clear();
    while (i < subtags.size() && subtags[i].size() == 1 && !equalsIgnoringCase(subtags[i], "x")) {
        if (containsIgnoringCase(seen, subtags[i]))
            return false;
        seen.push_back(subtags[i]);
        ++i;
        const size_t first = i;
        while (i < subtags.size() && subtags[i].size() >= 2)
            ++i;
        if (i == first)
            return false;
    }
    // private use, to the end
    if (i < subtags.size())
        return isPrivateUse(subtags, i);
    return true;
}

} // namespace

LanguageCodes::Verdict LanguageCodes::check(std::string_view value)
{
    const IsoTables &tables = isoTables();
    if (value.find('_') != std::string_view::npos) {
        if (value.size() > MaxTagLength)
            return Verdict::Invalid;
        std::string hyphenated(value);
        std::replace(hyphenated.begin(), hyphenated.end(), '_', '-');
        return isValidTag(hyphenated, tables) ? Verdict::UnderscoreSeparator : Verdict::Invalid;
    }
    return isValidTag(value, tables) ? Verdict::Valid : Verdict::Invalid;
}

QString LanguageCodes::languageName(std::string_view code)
{
    const size_t end = code.find_first_of("-_");
    const int key = nameKey(code.substr(0, end));
    if (key == NoCode)
        return {};
    const IsoTables &tables = isoTables();
    const auto it = std::lower_bound(tables.names.begin(), tables.names.end(), key,
                                     [](const IsoTables::Name &n, int k) { return n.key < k; });
    if (it == tables.names.end() || it->key != key)
        return {};
    return QString::fromUtf8(tables.nameText.data() + it->offset, qsizetype(it->size));
}

bool LanguageCodes::isIsoCode(std::string_view code)
{
    return isoTables().isIsoCode(code);
}

LanguageCodes::CodeCounts LanguageCodes::codeCounts()
{
    const IsoTables &tables = isoTables();
    return {qsizetype(tables.iso639_1.count()), qsizetype(tables.iso639_2.count()),
            qsizetype(tables.iso639_3.count())};
}

} // namespace rb
