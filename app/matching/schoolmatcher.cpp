#include "schoolmatcher.h"

#include "roster/roster.h"
#include "util/text.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace rb {

namespace {

// What a word of a school's name tells about which school it is.
enum class WordKind : uint8_t {
    Name,        // Lincoln, Washington, Mary: the school's own name
    Number,      // 12 in "PS 12", "#12", "No. 12"
    Level,       // elementary, middle, high: which school of that name
    Institution, // academy, center, preparatory, saint: part of the name, but shared by many
    Generic,     // school, charter, the, of: says almost nothing
};

// The level a Level word stands for: elementary, middle, high.
enum class Grade : uint8_t { None, Elementary, Middle, High };

struct Word
{
    QString text;
    WordKind kind = WordKind::Name;
    Grade grade = Grade::None;
    bool abbreviated = false; // written with a period: "Wash." may stand for any word it begins

    double weight() const
    {
        switch (kind) {
        case WordKind::Name: return text.size() == 1 ? 1.0 : 3.0; // an initial tells less
        case WordKind::Number: return 3.0;
        case WordKind::Level: return 1.5;
        case WordKind::Institution: return 1.0;
        case WordKind::Generic: return 0.25;
        }
        return 1.0;
    }
};

using Words = std::vector<Word>;

struct Known
{
    QStringList spelled; // what the word is written as, in order; one or two words
    WordKind kind;
    Grade grade = Grade::None;
};

// Abbreviations and the words that are not names, each as it is spelled out.
const QHash<QString, Known> &knownWords()
{
    static const QHash<QString, Known> words = [] {
        QHash<QString, Known> w;
        auto level = [&w](std::initializer_list<const char16_t *> forms, const QString &word, Grade grade) {
            for (const char16_t *f : forms)
                w.insert(QString::fromUtf16(f), Known{{word}, WordKind::Level, grade});
        };
        level({u"elementary", u"elem", u"ele", u"elementry", u"elemen"}, QStringLiteral("elementary"), Grade::Elementary);
        level({u"primary"}, QStringLiteral("primary"), Grade::Elementary);
        level({u"middle", u"mdl"}, QStringLiteral("middle"), Grade::Middle);
        level({u"intermediate"}, QStringLiteral("intermediate"), Grade::Middle);
        level({u"juniorhigh"}, QStringLiteral("juniorhigh"), Grade::Middle);
        level({u"high"}, QStringLiteral("high"), Grade::High);
        auto school = [&w](std::initializer_list<const char16_t *> forms, const QString &word, Grade grade) {
            for (const char16_t *f : forms)
                w.insert(QString::fromUtf16(f), Known{{word, QStringLiteral("school")}, WordKind::Level, grade});
        };
        school({u"es"}, QStringLiteral("elementary"), Grade::Elementary);
        school({u"ms"}, QStringLiteral("middle"), Grade::Middle);
        school({u"hs", u"shs"}, QStringLiteral("high"), Grade::High);
        school({u"jhs"}, QStringLiteral("juniorhigh"), Grade::Middle);
        auto same = [&w](std::initializer_list<const char16_t *> forms, const QString &word, WordKind kind) {
            for (const char16_t *f : forms)
                w.insert(QString::fromUtf16(f), Known{{word}, kind});
        };
        same({u"academy", u"acad", u"acd", u"academie"}, QStringLiteral("academy"), WordKind::Institution);
        same({u"center", u"ctr", u"cntr", u"centre", u"cent"}, QStringLiteral("center"), WordKind::Institution);
        same({u"international", u"intl", u"internat"}, QStringLiteral("international"), WordKind::Institution);
        same({u"preparatory", u"prep"}, QStringLiteral("preparatory"), WordKind::Institution);
        same({u"institute", u"inst"}, QStringLiteral("institute"), WordKind::Institution);
        same({u"tech", u"technical", u"technology"}, QStringLiteral("tech"), WordKind::Institution);
        same({u"magnet"}, QStringLiteral("magnet"), WordKind::Institution);
        same({u"junior", u"jr"}, QStringLiteral("junior"), WordKind::Institution);
        same({u"senior", u"sr"}, QStringLiteral("senior"), WordKind::Institution);
        same({u"saint"}, QStringLiteral("saint"), WordKind::Institution);
        same({u"sainte", u"ste"}, QStringLiteral("sainte"), WordKind::Institution);
        same({u"mount", u"mt"}, QStringLiteral("mount"), WordKind::Name);
        same({u"fort", u"ft"}, QStringLiteral("fort"), WordKind::Name);
        same({u"point", u"pt"}, QStringLiteral("point"), WordKind::Name);
        same({u"heights", u"hts"}, QStringLiteral("heights"), WordKind::Name);
        same({u"springs", u"spgs"}, QStringLiteral("springs"), WordKind::Name);
        same({u"street"}, QStringLiteral("street"), WordKind::Generic);
        same({u"school", u"schools", u"sch", u"schl"}, QStringLiteral("school"), WordKind::Generic);
        same({u"charter", u"chtr"}, QStringLiteral("charter"), WordKind::Generic);
        for (const char16_t *g : {u"the", u"of", u"and", u"at", u"for", u"a", u"an", u"public", u"district",
                                  u"unified", u"usd", u"isd", u"campus", u"dr", u"la", u"los", u"las", u"de", u"del"})
            same({g}, QString::fromUtf16(g), WordKind::Generic);
        w.insert(QStringLiteral("ps"), Known{{QStringLiteral("public"), QStringLiteral("school")}, WordKind::Generic});
        return w;
    }();
    return words;
}

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

// "1st", "12th": the number.
QString ordinalNumber(const QString &s)
{
    static const QStringList suffixes = {QStringLiteral("st"), QStringLiteral("nd"), QStringLiteral("rd"),
                                         QStringLiteral("th")};
    for (const QString &suffix : suffixes) {
        if (s.size() > 2 && s.endsWith(suffix) && isDigits(s.chopped(2)))
            return s.chopped(2);
    }
    return {};
}

struct RawWord
{
    QString text;
    bool abbreviated = false;
};

// Lower case, without accents, apostrophes or a possessive "'s", split at everything that is not
// a letter or digit; a period marks the word before it as abbreviated. Initials written with
// periods ("P.S.", "J.F.K.") become one word.
std::vector<RawWord> splitName(const QString &name)
{
    QString s = name.normalized(QString::NormalizationForm_KD).toLower();
    s.replace(u'\u2019', u'\'');
    s.replace(u'\u2018', u'\'');
    std::vector<RawWord> out;
    RawWord current;
    auto flush = [&](bool period) {
        if (current.text.isEmpty())
            return;
        current.abbreviated = period;
        out.push_back(current);
        current = RawWord();
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // an accent, once decomposed
        if (c.isLetterOrNumber()) {
            current.text.append(c);
        } else if (c == u'\'') {
            // "Mary's" is Mary; "O'Brien" is OBrien.
            const bool possessive = i + 1 < s.size() && s.at(i + 1) == u's'
                && (i + 2 >= s.size() || !s.at(i + 2).isLetterOrNumber());
            if (possessive)
                ++i;
        } else if (c == u'&') {
            flush(false);
            out.push_back({QStringLiteral("and"), false});
        } else {
            flush(c == u'.');
        }
    }
    flush(false);
    // Runs of abbreviated single letters are initials: "p.s." → "ps".
    std::vector<RawWord> joined;
    for (size_t i = 0; i < out.size(); ++i) {
        if (out[i].abbreviated && out[i].text.size() == 1 && i + 1 < out.size() && out[i + 1].text.size() == 1
            && out[i + 1].abbreviated) {
            RawWord initials{QString(), false};
            while (i < out.size() && out[i].abbreviated && out[i].text.size() == 1)
                initials.text += out[i++].text;
            --i;
            joined.push_back(initials);
        } else {
            joined.push_back(out[i]);
        }
    }
    return joined;
}

bool isKindOf(const QString &raw, WordKind kind)
{
    const auto it = knownWords().constFind(raw);
    return it != knownWords().constEnd() && it->kind == kind;
}

Words toWords(const QString &name)
{
    const std::vector<RawWord> raw = splitName(name);
    const auto &known = knownWords();
    Words words;
    auto isNumber = [&](size_t i) { return i < raw.size() && (isDigits(raw[i].text) || !ordinalNumber(raw[i].text).isEmpty()); };
    for (size_t i = 0; i < raw.size(); ++i) {
        const QString &t = raw[i].text;
        const bool last = i + 1 == raw.size();
        const QString next = last ? QString() : raw[i + 1].text;
        if (isNumber(i)) {
            QString digits = isDigits(t) ? t : ordinalNumber(t);
            while (digits.size() > 1 && digits.startsWith(u'0'))
                digits.remove(0, 1);
            words.push_back({digits, WordKind::Number});
            continue;
        }
        // "No. 12", "Number 12": the number says it.
        if ((t == u"no" || t == u"number" || t == u"num" || t == u"nbr") && isNumber(i + 1))
            continue;
        // Junior high and senior high are one level each.
        if ((t == u"jr" || t == u"junior") && next == u"high") {
            words.push_back({QStringLiteral("juniorhigh"), WordKind::Level, Grade::Middle});
            ++i;
            continue;
        }
        if ((t == u"sr" || t == u"senior") && next == u"high") {
            words.push_back({QStringLiteral("high"), WordKind::Level, Grade::High});
            ++i;
            continue;
        }
        // St. is Saint before a name, and Street at the end or before "Elementary".
        if (t == u"st") {
            const bool street = i > 0
                && (last || isKindOf(next, WordKind::Level) || isKindOf(next, WordKind::Generic)
                    || isKindOf(next, WordKind::Institution));
            if (street)
                words.push_back({QStringLiteral("street"), WordKind::Generic});
            else
                words.push_back({QStringLiteral("saint"), WordKind::Institution});
            continue;
        }
        // El is Elementary at the end ("Lincoln El"), and Spanish before a name ("El Camino").
        if (t == u"el") {
            if (i > 0 && (last || isKindOf(next, WordKind::Generic)))
                words.push_back({QStringLiteral("elementary"), WordKind::Level, Grade::Elementary});
            else
                words.push_back({QStringLiteral("el"), WordKind::Generic});
            continue;
        }
        if (const auto it = known.constFind(t); it != known.constEnd()) {
            for (qsizetype k = 0; k < it->spelled.size(); ++k) {
                const bool first = k == 0;
                const QString &spelled = it->spelled[k];
                if (spelled == u"school" || spelled == u"public")
                    words.push_back({spelled, WordKind::Generic});
                else
                    words.push_back({spelled, it->kind, first ? it->grade : Grade::None});
            }
            continue;
        }
        words.push_back({t, WordKind::Name, Grade::None, raw[i].abbreviated});
    }
    return words;
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row.back();
}

bool isNameLike(const Word &w)
{
    return w.kind == WordKind::Name || w.kind == WordKind::Institution;
}

// How alike two words are, 0 to 1.
double wordSimilarity(const Word &a, const Word &b)
{
    if (a.kind == WordKind::Level || b.kind == WordKind::Level) {
        if (a.kind != b.kind)
            return 0;
        return a.text == b.text ? 1.0 : a.grade == b.grade ? 0.7 : 0.0;
    }
    if (a.text == b.text)
        return 1.0;
    if (a.kind == WordKind::Number || b.kind == WordKind::Number || a.kind == WordKind::Generic
        || b.kind == WordKind::Generic)
        return 0;
    const Word &shorter = a.text.size() <= b.text.size() ? a : b;
    const Word &longer = a.text.size() <= b.text.size() ? b : a;
    if (longer.text == shorter.text + u's')
        return 0.95;
    if (shorter.abbreviated && shorter.text.size() >= 2 && longer.text.startsWith(shorter.text))
        return 0.85;
    if (shorter.text.size() >= 4) {
        const double alike = 1.0 - double(editDistance(a.text, b.text)) / double(longer.text.size());
        if (alike >= 0.75)
            return alike;
    }
    return 0;
}

// Words of one name paired with words of the other: the pairing takes a word or a run of words on
// each side.
struct Pairing
{
    double similarity;
    std::vector<size_t> left, right;
};

// The pairings worth trying between `a` and `b`: single words, two words written as one, and
// initials against the words they stand for.
std::vector<Pairing> candidatePairings(const Words &a, const Words &b)
{
    std::vector<Pairing> out;
    for (size_t i = 0; i < a.size(); ++i) {
        for (size_t j = 0; j < b.size(); ++j) {
            if (const double s = wordSimilarity(a[i], b[j]); s > 0)
                out.push_back({s, {i}, {j}});
        }
    }
    // "Lakeview" against "Lake View", and initials: "MLK" against "Martin Luther King".
    auto compounds = [&out](const Words &one, const Words &other, bool swapped) {
        for (size_t i = 0; i < one.size(); ++i) {
            if (one[i].kind != WordKind::Name || one[i].text.size() < 4)
                continue;
            for (size_t j = 0; j + 1 < other.size(); ++j) {
                if (!isNameLike(other[j]) || !isNameLike(other[j + 1]))
                    continue;
                if (one[i].text == other[j].text + other[j + 1].text) {
                    Pairing p{0.95, {i}, {j, j + 1}};
                    if (swapped)
                        std::swap(p.left, p.right);
                    out.push_back(p);
                }
            }
        }
        for (size_t i = 0; i < one.size(); ++i) {
            const QString &initials = one[i].text;
            if (one[i].kind != WordKind::Name || initials.size() < 2 || initials.size() > 4)
                continue;
            for (size_t j = 0; j + size_t(initials.size()) <= other.size(); ++j) {
                bool all = true;
                for (qsizetype k = 0; k < initials.size() && all; ++k) {
                    const Word &w = other[j + size_t(k)];
                    all = w.kind == WordKind::Name && w.text.size() > 0 && w.text.front() == initials[k]
                        && !(k == 0 && w.text.size() == 1);
                }
                if (!all)
                    continue;
                Pairing p{0.9, {i}, {}};
                for (qsizetype k = 0; k < initials.size(); ++k)
                    p.right.push_back(j + size_t(k));
                if (swapped)
                    std::swap(p.left, p.right);
                out.push_back(p);
            }
        }
    };
    compounds(a, b, false);
    compounds(b, a, true);
    return out;
}

double weightOf(const Words &words, const std::vector<size_t> &which)
{
    double w = 0;
    for (size_t i : which)
        w += words[i].weight();
    return w;
}

int scoreWords(const Words &a, const Words &b)
{
    if (a.empty() || b.empty())
        return 0;
    double total = 0;
    for (const Word &w : a)
        total += w.weight();
    for (const Word &w : b)
        total += w.weight();

    // Best pairings first, each word used once.
    std::vector<Pairing> pairings = candidatePairings(a, b);
    std::stable_sort(pairings.begin(), pairings.end(), [&](const Pairing &x, const Pairing &y) {
        if (x.similarity != y.similarity)
            return x.similarity > y.similarity;
        return weightOf(a, x.left) + weightOf(b, x.right) > weightOf(a, y.left) + weightOf(b, y.right);
    });
    std::vector<bool> usedA(a.size()), usedB(b.size());
    double paired = 0;
    for (const Pairing &p : pairings) {
        const bool free = std::none_of(p.left.begin(), p.left.end(), [&](size_t i) { return usedA[i]; })
            && std::none_of(p.right.begin(), p.right.end(), [&](size_t j) { return usedB[j]; });
        if (!free)
            continue;
        for (size_t i : p.left)
            usedA[i] = true;
        for (size_t j : p.right)
            usedB[j] = true;
        paired += p.similarity * (weightOf(a, p.left) + weightOf(b, p.right));
    }
    double score = paired / total;

    // Two levels that cannot be the same school, or two different numbers: different schools.
    auto grades = [](const Words &w) {
        unsigned g = 0;
        for (const Word &x : w)
            g |= x.grade == Grade::None ? 0u : 1u << unsigned(x.grade);
        return g;
    };
    const unsigned gradesA = grades(a), gradesB = grades(b);
    if (gradesA && gradesB && !(gradesA & gradesB))
        score *= 0.6;
    auto numbers = [](const Words &w) {
        QStringList n;
        for (const Word &x : w) {
            if (x.kind == WordKind::Number)
                n << x.text;
        }
        return n;
    };
    const QStringList numbersA = numbers(a), numbersB = numbers(b);
    if (!numbersA.isEmpty() && !numbersB.isEmpty()
        && std::none_of(numbersA.begin(), numbersA.end(), [&](const QString &n) { return numbersB.contains(n); }))
        score *= 0.5;
    return int(std::lround(std::clamp(score, 0.0, 1.0) * 100));
}

// The second name read with its city, if that scores better: the SIS may name its school
// "Springfield Lincoln Elementary".
int scoreWithCity(const Words &a, const Words &b, const Words &city)
{
    int score = scoreWords(a, b);
    if (!city.empty()) {
        Words withCity = b;
        for (Word w : city) {
            if (w.kind == WordKind::Name)
                withCity.push_back(w);
        }
        score = std::max(score, scoreWords(a, withCity));
    }
    return score;
}

QString identifierKey(const QString &id)
{
    QString key;
    for (const QChar c : id) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    if (isDigits(key)) {
        while (key.size() > 1 && key.startsWith(u'0'))
            key.remove(0, 1);
    }
    return key;
}

} // namespace

SchoolMatcher::SchoolMatcher(QList<HubSchool> hubSchools)
    : m_hub(std::move(hubSchools))
{
}

int SchoolMatcher::indexOfHub(const QString &hubId) const
{
    for (int i = 0; i < m_hub.size(); ++i) {
        if (m_hub[i].id == hubId)
            return i;
    }
    return -1;
}

bool SchoolMatcher::sameIdentifier(const QString &a, const QString &b)
{
    const QString ka = identifierKey(a);
    return !ka.isEmpty() && ka == identifierKey(b);
}

QStringList SchoolMatcher::nameWords(const QString &name)
{
    QStringList out;
    for (const Word &w : toWords(name))
        out << w.text;
    return out;
}

int SchoolMatcher::nameScore(const QString &a, const QString &b, const QString &city)
{
    return scoreWithCity(toWords(a), toWords(b), toWords(city));
}

namespace {

// A school's words worked out once for all the hub schools it is scored against.
struct Prepared
{
    Words name;
    Words city;
};

MatchSuggestion scorePrepared(const SisSchool &school, const Words &sisWords, const HubSchool &hub,
                              const Prepared &hubWords, int hubIndex)
{
    MatchSuggestion s;
    s.hubIndex = hubIndex;
    s.score = scoreWithCity(sisWords, hubWords.name, hubWords.city);
    if (SchoolMatcher::sameIdentifier(school.identifier, hub.ncesId)
        || SchoolMatcher::sameIdentifier(school.sourcedId, hub.ncesId)) {
        s.score = 100;
        s.basis = MatchSuggestion::Basis::Identifier;
    } else if ((SchoolMatcher::sameIdentifier(school.sourcedId, hub.id)
                || SchoolMatcher::sameIdentifier(school.identifier, hub.id))
               && s.score >= 50) {
        // The same id, and names that agree enough for it not to be chance.
        s.score = 100;
        s.basis = MatchSuggestion::Basis::Identifier;
    }
    return s;
}

std::vector<Prepared> prepare(const QList<HubSchool> &hub)
{
    std::vector<Prepared> out;
    out.reserve(size_t(hub.size()));
    for (const HubSchool &h : hub)
        out.push_back({toWords(h.name), toWords(h.city)});
    return out;
}

bool better(const MatchSuggestion &x, const MatchSuggestion &y)
{
    if (x.score != y.score)
        return x.score > y.score;
    if (x.basis != y.basis)
        return x.basis == MatchSuggestion::Basis::Identifier;
    return x.hubIndex < y.hubIndex;
}

} // namespace

MatchSuggestion SchoolMatcher::score(const SisSchool &school, int hubIndex) const
{
    if (hubIndex < 0 || hubIndex >= m_hub.size())
        return {};
    const HubSchool &hub = m_hub[hubIndex];
    return scorePrepared(school, toWords(school.name), hub, Prepared{toWords(hub.name), toWords(hub.city)}, hubIndex);
}

QList<MatchSuggestion> SchoolMatcher::rank(const SisSchool &school, int limit) const
{
    const std::vector<Prepared> hubWords = prepare(m_hub);
    const Words sisWords = toWords(school.name);
    QList<MatchSuggestion> out;
    out.reserve(m_hub.size());
    for (int i = 0; i < m_hub.size(); ++i)
        out.append(scorePrepared(school, sisWords, m_hub[i], hubWords[size_t(i)], i));
    std::sort(out.begin(), out.end(), better);
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

QList<SchoolMatcher::Assignment> SchoolMatcher::assign(const QList<SisSchool> &schools,
                                                       const QSet<QString> &takenHubIds) const
{
    const std::vector<Prepared> hubWords = prepare(m_hub);
    // Every pair's score, once.
    const qsizetype n = schools.size(), m = m_hub.size();
    std::vector<MatchSuggestion> scores(size_t(n * m));
    for (qsizetype s = 0; s < n; ++s) {
        const Words sisWords = toWords(schools[s].name);
        for (qsizetype h = 0; h < m; ++h)
            scores[size_t(s * m + h)] = scorePrepared(schools[s], sisWords, m_hub[h], hubWords[size_t(h)], int(h));
    }
    auto at = [&](qsizetype s, qsizetype h) -> const MatchSuggestion & { return scores[size_t(s * m + h)]; };

    std::vector<bool> sisUsed(static_cast<size_t>(n)), hubUsed(static_cast<size_t>(m));
    for (qsizetype h = 0; h < m; ++h)
        hubUsed[size_t(h)] = takenHubIds.contains(m_hub[h].id);

    struct Pair
    {
        qsizetype sis, hub;
    };
    std::vector<Pair> pairs;
    for (qsizetype s = 0; s < n; ++s) {
        for (qsizetype h = 0; h < m; ++h) {
            if (!hubUsed[size_t(h)] && at(s, h).score >= AutoThreshold)
                pairs.push_back({s, h});
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [&](const Pair &x, const Pair &y) {
        return better(at(x.sis, x.hub), at(y.sis, y.hub));
    });

    QList<Assignment> out;
    for (const Pair &p : pairs) {
        if (sisUsed[size_t(p.sis)] || hubUsed[size_t(p.hub)])
            continue;
        const MatchSuggestion &best = at(p.sis, p.hub);
        // A rival within the margin, among schools still free on either side, makes it a
        // person's call. The same identifier settles it.
        bool rival = false;
        for (qsizetype h = 0; h < m && !rival; ++h) {
            const MatchSuggestion &other = at(p.sis, h);
            rival = h != p.hub && !hubUsed[size_t(h)] && other.score >= best.score - AutoMargin
                && !(best.basis == MatchSuggestion::Basis::Identifier && other.basis != best.basis);
        }
        for (qsizetype s = 0; s < n && !rival; ++s) {
            const MatchSuggestion &other = at(s, p.hub);
            rival = s != p.sis && !sisUsed[size_t(s)] && other.score >= best.score - AutoMargin
                && !(best.basis == MatchSuggestion::Basis::Identifier && other.basis != best.basis);
        }
        if (rival)
            continue;
        sisUsed[size_t(p.sis)] = true;
        hubUsed[size_t(p.hub)] = true;
        out.append({schools[p.sis].sourcedId, m_hub[p.hub].id, best});
    }
    return out;
}

QList<SisSchool> SchoolMatcher::schoolsOf(const Roster &roster)
{
    QList<SisSchool> out;
    const Table &orgs = roster.table(FileKind::Orgs);
    const Relations &relations = roster.relations();
    for (uint32_t o = 0; o < orgs.rowCount(); ++o) {
        if (!relations.isSchool(o))
            continue;
        out.append({toQString(orgs.sourcedId(o)), toQString(orgs.cell(o, OrgsField::Name)).trimmed(),
                    toQString(orgs.cell(o, OrgsField::Identifier)).trimmed()});
    }
    return out;
}

} // namespace rb
