#pragma once

#include "matching/schoolmatch.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rb {

class Roster;

// A school as the SIS's export gives it: an orgs row of type school.
struct SisSchool
{
    QString sourcedId;
    QString name;
    QString identifier; // orgs.csv's identifier: often the NCES or state school id
};

// One hub school suggested for an SIS school, with how sure the suggestion is.
struct MatchSuggestion
{
    enum class Basis { Identifier, Name };
    int hubIndex = -1; // into SchoolMatcher::hubSchools()
    int score = 0;     // 0 to 100, shown to people: 100 is an identifier or the same name
    Basis basis = Basis::Name;
};

// Suggests which hub school an SIS school is, as a person would tell.
//
// First by identifier: the SIS's org identifier equal to the hub school's NCES id (leading zeros
// and separators aside, as Excel drops them) scores 100. The same id on both sides (sourcedId or
// identifier equal to the hub's id) counts only when the names agree somewhat too, since short
// ids like "1" and "2" meet by chance.
//
// Then by name. Both names are reduced to words: case, accents, punctuation and a possessive "'s"
// dropped; the usual abbreviations spelled out (Elem./El/ES → elementary, HS → high, MS → middle,
// Jr./Sr. → junior/senior, Jr. High and JHS → junior high, Acad → academy, St./Saint → saint (a
// trailing St is a street), Mt → mount, Ctr/Centre → center, Intl → international, Sch → school,
// Prep → preparatory); numbers freed of "#" and "No.". Words are then paired regardless of order:
// the same word, a near spelling, an abbreviation with a period ("Wash." for "Washington"), two
// words written as one ("Lake View" and "Lakeview") and initials ("MLK"). Each word counts by what
// it tells: a proper name or number most, a level (elementary, middle, high) less, an institution
// word (academy, center) less still, and "school", "charter", "the" hardly at all. The score is the
// paired share of both names' weight; two different levels (elementary against middle) or two
// different numbers (#12 against #21) cut it hard, as they are different schools.
//
// Reading the hub school's city with its name lets "Springfield Lincoln Elementary" find the
// Lincoln Elementary in Springfield.
class SchoolMatcher final
{
public:
    // Automatic matching takes a suggestion of at least this score...
    static constexpr int AutoThreshold = 75;
    // ...when no other free school comes within this many points of it: a tie is left to a person.
    static constexpr int AutoMargin = 5;
    // Below this a hub school is not worth suggesting.
    static constexpr int SuggestThreshold = 35;

    explicit SchoolMatcher(QList<HubSchool> hubSchools = {});

    const QList<HubSchool> &hubSchools() const { return m_hub; }
    int indexOfHub(const QString &hubId) const;

    // Every hub school's score for `school`, best first (an identifier before a name of the same
    // score, then the hub's order). `limit` < 0: all of them.
    QList<MatchSuggestion> rank(const SisSchool &school, int limit = -1) const;
    MatchSuggestion score(const SisSchool &school, int hubIndex) const;

    struct Assignment
    {
        QString sisId;
        QString hubId;
        MatchSuggestion suggestion;
    };
    // Matches what can be matched without a person: greedily, the best-scoring pair first, each
    // SIS school to at most one hub school and each hub school to at most one SIS school, a pair
    // taken only if it scores at least AutoThreshold and no other free school on either side comes
    // within AutoMargin of it (identifiers excepted). Hub schools in `takenHubIds` are not used.
    QList<Assignment> assign(const QList<SisSchool> &schools, const QSet<QString> &takenHubIds = {}) const;

    // The name similarity alone, 0 to 100; `city` is the second name's city, if known.
    static int nameScore(const QString &a, const QString &b, const QString &city = {});
    // The words a name is reduced to, in order, for tests and for people wondering.
    static QStringList nameWords(const QString &name);
    // Whether two identifiers are the same: case, separators and leading zeros aside.
    static bool sameIdentifier(const QString &a, const QString &b);

    // The SIS's schools in `roster`: its orgs of type school, in orgs.csv's order.
    static QList<SisSchool> schoolsOf(const Roster &roster);

private:
    QList<HubSchool> m_hub;
};

} // namespace rb
