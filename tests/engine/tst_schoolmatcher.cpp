#include "matching/schoolmatcher.h"
#include "oneroster/exportreader.h"

#include <QTest>

using namespace rb;

namespace {

// An SIS school's name as a district's SIS has it, and the hub's name for the same school.
struct NamePair
{
    const char *sis;
    const char *hub;
};

// Realistic US school names, each written one way in the SIS and another at the hub: the
// abbreviations, punctuation, accents, numbering and word orders people use. The hub's list holds
// every right answer and, among them and in Distractors, schools of nearly the same name.
const NamePair Pairs[] = {
    {"Lincoln Elem.", "Lincoln Elementary School"},
    {"Lincoln MS", "Lincoln Middle School"},
    {"Lincoln HS", "Lincoln High School"},
    {"Lincoln Park HS", "Lincoln Park High School"},
    {"Washington Elementary", "George Washington Elementary School"},
    {"Booker T Washington HS", "Booker T. Washington High School"},
    {"St. Mary's Catholic School", "Saint Mary Catholic School"},
    {"Saint Michael School", "St. Michael Catholic School"},
    {"St. Paul Lutheran School", "Saint Paul Lutheran School"},
    {"Ste. Genevieve Elementary", "Sainte Genevieve Elementary School"},
    {"P.S. 12 Lewis and Clark", "PS 12 Lewis & Clark"},
    {"Public School No. 21", "PS 21 Margaret Emery"},
    {"Martin Luther King Jr. Elementary", "MLK Elementary School"},
    {"John F. Kennedy High School", "JFK High School"},
    {"Roosevelt Jr. High", "Roosevelt Junior High School"},
    {"Franklin Sr. High", "Franklin High School"},
    {"Jefferson Middle School", "Thomas Jefferson Middle School"},
    {"Jefferson Elem", "Jefferson Elementary School"},
    {"Lakeview Elementary", "Lake View Elementary School"},
    {"Lake Elem.", "Lake Elementary School"},
    {"Mt. Pleasant Elementary", "Mount Pleasant Elementary School"},
    {"Pleasant Hill El", "Pleasant Hill Elementary School"},
    {"Ft. Worth Academy of Fine Arts", "Fort Worth Academy of Fine Arts"},
    {"Intl. Academy of Science", "International Academy of Science"},
    {"Sci. & Tech. Academy", "Academy of Science and Technology"},
    {"Career Ctr", "Career Center"},
    {"Eastside Prep", "Eastside Preparatory School"},
    {"Hillcrest Elementary #2", "Hillcrest Elementary No. 2"},
    {"Hillcrest Elem No 1", "Hillcrest Elementary #1"},
    {"Cesar Chavez Elementary", "César Chávez Elementary School"},
    {"Sor Juana Ines de la Cruz Academy", "Sor Juana Inés de la Cruz Academy"},
    {"O'Brien Middle School", "OBrien Middle School"},
    {"Dr. Charles Drew Charter School", "Charles R. Drew Charter Academy"},
    {"Edison STEM Academy", "Thomas Edison STEM Academy"},
    {"Northside HS", "North Side High School"},
    {"Southside Middle", "Southside Middle School"},
    {"Valley View Jr/Sr High", "Valley View Junior-Senior High School"},
    {"Riverside Elem. Sch.", "Riverside Elementary School"},
    {"Riverview Elementary", "Riverview Elementary School"},
    {"Sunset Ridge Intermediate", "Sunset Ridge Intermediate School"},
    {"Sunset Ridge Elementary", "Sunset Ridge Elementary School"},
    {"Grant Elementary", "Grant Elementary School"},
    {"Main St. Elementary", "Main Street Elementary School"},
    {"Oak St School", "Oak Street School"},
    {"Harbor Hts Elementary", "Harbor Heights Elementary"},
    {"Mountain View HS", "Mountain View High School"},
    {"Mountain View Elem", "Mountain View Elementary School"},
    {"KIPP Academy Charter", "KIPP Academy"},
    {"Success Academy Harlem 1", "Success Academy Charter School - Harlem 1"},
    {"Success Acad. Harlem 2", "Success Academy Harlem 2"},
    {"Whitney M. Young Magnet High School", "Whitney Young Magnet HS"},
    {"Walter Payton College Prep", "Walter Payton College Preparatory High School"},
    {"Lane Tech College Prep HS", "Lane Technical College Prep High School"},
    {"Thurgood Marshall Acad.", "Thurgood Marshall Academy"},
    {"Marshall HS", "John Marshall High School"},
    {"J.Q. Adams Middle", "John Quincy Adams Middle School"},
    {"Adams Elementary", "John Adams Elementary School"},
    {"Madison Elem.", "James Madison Elementary"},
    {"Monroe Middle", "James Monroe Middle School"},
    {"Holy Cross School", "Holy Cross Catholic School"},
    {"Our Lady of Guadalupe School", "Our Lady of Guadalupe Catholic School"},
    {"Our Lady of Lourdes", "Our Lady of Lourdes School"},
    {"Crestwood Elementary School", "Crestwood Elementary"},
    {"Westwood HS", "Westwood High School"},
    {"Eastwood Middle", "Eastwood Middle School"},
    {"Glenwood K-8", "Glenwood K-8 School"},
    {"Hamilton Intl. Middle School", "Hamilton International Middle School"},
    {"Pine Ridge Center for Learning", "Pine Ridge Learning Ctr"},
    {"Alternative Learning Center", "Alternative Learning Ctr."},
    {"High School for Health Professions", "Health Professions High School"},
    {"Academy for Young Writers", "Young Writers Academy"},
    {"Dos Puentes Elementary", "Dos Puentes Elementary School"},
    {"McKinley Elementary", "Mckinley Elementary School"},
    {"Hawthorn Elementry", "Hawthorne Elementary School"},
    {"Wm. Penn Charter", "William Penn Charter School"},
    {"Ben Franklin Elementary", "Benjamin Franklin Elementary School"},
    {"Dr. MLK Jr. Middle", "Martin Luther King Jr. Middle School"},
    {"Sacred Heart", "Sacred Heart of Jesus School"},
    {"Bronx HS of Science", "Bronx High School of Science"},
    {"Stuyvesant", "Stuyvesant High School"},
};

// Hub schools no SIS school above is: the near namesakes a careless matcher picks.
const char *const Distractors[] = {
    "Washington Middle School",
    "Lincoln Elementary Annex",
    "Saint Mark Lutheran School",
    "St. Peter Lutheran School",
    "PS 112 Lefferts Park",
    "Roosevelt Elementary School",
    "Theodore Roosevelt High School",
    "Franklin Middle School",
    "Pleasant Hill Middle School",
    "Academy of Fine Arts",
    "Hillcrest Middle School",
    "Northside Middle School",
    "Southside High School",
    "Riverside Middle School",
    "Grant Middle School",
    "Mountain View Middle School",
    "Success Academy Harlem 3",
    "Marshall Elementary School",
    "Monroe Elementary School",
    "Madison Middle School",
    "Eastwood High School",
    "Westwood Middle School",
    "Glenwood Elementary School",
    "Career Academy",
    "Young Leaders Academy",
    "Health Sciences Middle School",
    "Crestview Elementary School",
    "McKinley Middle School",
    "Jefferson High School",
};

QList<HubSchool> hubList()
{
    QList<HubSchool> hub;
    int n = 0;
    // Distractors first and in between: the right answer is not found by its place.
    for (const char *d : Distractors)
        hub.append({QStringLiteral("D%1").arg(++n), QString::fromUtf8(d), {}, {}, {}});
    for (const NamePair &p : Pairs)
        hub.insert(hub.size() / 2, {QStringLiteral("H%1").arg(++n), QString::fromUtf8(p.hub), {}, {}, {}});
    return hub;
}

QString hubIdOf(const QList<HubSchool> &hub, const char *name)
{
    for (const HubSchool &h : hub) {
        if (h.name == QString::fromUtf8(name))
            return h.id;
    }
    return {};
}

} // namespace

class SchoolMatcherTest final : public QObject
{
    Q_OBJECT

private slots:
    void nameWords_spellOutWhatPeopleAbbreviate_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("words");
        auto words = [](const char *w) { return QString::fromUtf8(w).split(u' '); };
        QTest::newRow("elem. and possessive") << QStringLiteral("St. Mary's Elem.") << words("saint mary elementary");
        QTest::newRow("street at the end") << QStringLiteral("Main St.") << words("main street");
        QTest::newRow("street before a level") << QStringLiteral("Main St Elementary") << words("main street elementary");
        QTest::newRow("number sign") << QStringLiteral("PS #12") << words("public school 12");
        QTest::newRow("No.") << QStringLiteral("Hillcrest No. 012") << words("hillcrest 12");
        QTest::newRow("El at the end") << QStringLiteral("Lincoln El") << words("lincoln elementary");
        QTest::newRow("El before a name") << QStringLiteral("El Camino Real HS") << words("el camino real high school");
        QTest::newRow("junior high") << QStringLiteral("Roosevelt Jr. High") << words("roosevelt juniorhigh");
        QTest::newRow("accents") << QStringLiteral("César Chávez") << words("cesar chavez");
        QTest::newRow("initials") << QStringLiteral("J.F.K. Acad") << words("jfk academy");
        QTest::newRow("ampersand") << QStringLiteral("Lewis & Clark Intl Ctr") << words("lewis and clark international center");
    }

    void nameWords_spellOutWhatPeopleAbbreviate()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, words);
        QCOMPARE(SchoolMatcher::nameWords(name), words);
    }

    void nameScore_seesThroughWritingButNotLevelsOrNumbers()
    {
        QCOMPARE(SchoolMatcher::nameScore(QStringLiteral("Lincoln Elem."), QStringLiteral("lincoln elementary")), 100);
        QCOMPARE(SchoolMatcher::nameScore(QStringLiteral("Lincoln HS"), QStringLiteral("High School, Lincoln")), 100);
        QVERIFY(SchoolMatcher::nameScore(QStringLiteral("Saint Mary"), QStringLiteral("St. Mary's")) >= 95);
        // Another level, another number: another school, however alike the rest.
        QVERIFY(SchoolMatcher::nameScore(QStringLiteral("Lincoln Elementary"), QStringLiteral("Lincoln Middle School"))
                < SchoolMatcher::SuggestThreshold + 10);
        QVERIFY(SchoolMatcher::nameScore(QStringLiteral("PS 12"), QStringLiteral("PS 21")) < SchoolMatcher::AutoThreshold);
        QCOMPARE(SchoolMatcher::nameScore(QStringLiteral("Lincoln"), QString()), 0);
        QCOMPARE(SchoolMatcher::nameScore(QStringLiteral("..."), QStringLiteral("!!")), 0);
    }

    // How often the right hub school ranks first, over the realistic pairs, with namesakes in the
    // list: the figure the matching page's suggestions stand on.
    void suggestions_rankTheRightSchoolFirst()
    {
        const QList<HubSchool> hub = hubList();
        const SchoolMatcher matcher(hub);
        int first = 0, total = 0;
        QStringList misses;
        for (const NamePair &p : Pairs) {
            ++total;
            const QString expected = hubIdOf(hub, p.hub);
            QVERIFY(!expected.isEmpty());
            const QList<MatchSuggestion> ranked = matcher.rank({QStringLiteral("x"), QString::fromUtf8(p.sis), {}}, 3);
            QCOMPARE(ranked.size(), 3);
            if (hub[ranked[0].hubIndex].id == expected) {
                ++first;
            } else {
                misses << QStringLiteral("%1 → %2 (%3), wanted %4 (%5)")
                              .arg(QString::fromUtf8(p.sis), hub[ranked[0].hubIndex].name)
                              .arg(ranked[0].score)
                              .arg(QString::fromUtf8(p.hub))
                              .arg(matcher.score({QStringLiteral("x"), QString::fromUtf8(p.sis), {}},
                                                 matcher.indexOfHub(expected))
                                       .score);
            }
        }
        QVERIFY(total >= 60);
        const double rate = double(first) / double(total);
        qInfo("Top-1 suggestion right for %d of %d realistic name pairs (%.1f%%), among %d hub schools.", first,
              total, rate * 100, int(hub.size()));
        for (const QString &m : std::as_const(misses))
            qInfo("  missed: %s", qPrintable(m));
        QVERIFY2(rate >= 0.95, qPrintable(misses.join(u'\n')));
    }

    // Automatic matching may leave schools to a person, but what it matches must be right.
    void autoAssignment_isNeverWrongOnThePairs()
    {
        const QList<HubSchool> hub = hubList();
        QList<SisSchool> sis;
        QHash<QString, QString> expected;
        int n = 0;
        for (const NamePair &p : Pairs) {
            const QString id = QStringLiteral("S%1").arg(++n);
            sis.append({id, QString::fromUtf8(p.sis), {}});
            expected.insert(id, hubIdOf(hub, p.hub));
        }
        const QList<SchoolMatcher::Assignment> assigned = SchoolMatcher(hub).assign(sis);
        QSet<QString> hubUsed, sisUsed;
        for (const SchoolMatcher::Assignment &a : assigned) {
            QVERIFY2(expected.value(a.sisId) == a.hubId,
                     qPrintable(QStringLiteral("%1 matched to %2").arg(a.sisId, a.hubId)));
            QVERIFY(a.suggestion.score >= SchoolMatcher::AutoThreshold);
            QVERIFY(!hubUsed.contains(a.hubId));
            QVERIFY(!sisUsed.contains(a.sisId));
            hubUsed.insert(a.hubId);
            sisUsed.insert(a.sisId);
        }
        qInfo("Automatic matching took %d of %d schools, all of them right.", int(assigned.size()), int(sis.size()));
        QVERIFY(assigned.size() >= sis.size() * 3 / 4);
    }

    void identifier_winsOverName()
    {
        // Excel drops the NCES id's leading zero; the SIS keeps it. The names have nothing in common
        // (the school was renamed), but the id says it is the same school.
        const QList<HubSchool> hub = {
            {QStringLiteral("h1"), QStringLiteral("Lakeview Elementary School"), {}, QStringLiteral("69979500101"), {}},
            {QStringLiteral("h2"), QStringLiteral("Ruby Bridges Elementary"), {}, QStringLiteral("069979500108"), {}},
        };
        const SchoolMatcher matcher(hub);
        const SisSchool renamed{QStringLiteral("SCH2"), QStringLiteral("Lakeview Elementary"), QStringLiteral("0699-7950-0108")};
        const QList<MatchSuggestion> ranked = matcher.rank(renamed);
        QCOMPARE(hub[ranked[0].hubIndex].id, QStringLiteral("h2"));
        QCOMPARE(ranked[0].score, 100);
        QCOMPARE(ranked[0].basis, MatchSuggestion::Basis::Identifier);
        QCOMPARE(ranked[1].basis, MatchSuggestion::Basis::Name);
        const QList<SchoolMatcher::Assignment> assigned = matcher.assign({renamed});
        QCOMPARE(assigned.size(), 1);
        QCOMPARE(assigned[0].hubId, QStringLiteral("h2"));
    }

    void sameShortId_byChance_isNotAnIdentifierMatch()
    {
        const QList<HubSchool> hub = {{QStringLiteral("1"), QStringLiteral("Roosevelt High School"), {}, {}, {}},
                                      {QStringLiteral("2"), QStringLiteral("Lincoln Elementary School"), {}, {}, {}}};
        const SchoolMatcher matcher(hub);
        const MatchSuggestion s = matcher.score({QStringLiteral("1"), QStringLiteral("Lincoln Elementary"), {}}, 0);
        QCOMPARE(s.basis, MatchSuggestion::Basis::Name);
        QVERIFY(s.score < SchoolMatcher::SuggestThreshold);
        QCOMPARE(hub[matcher.rank({QStringLiteral("1"), QStringLiteral("Lincoln Elementary"), {}})[0].hubIndex].id,
                 QStringLiteral("2"));
        // With names that agree, the same id settles it.
        QCOMPARE(matcher.score({QStringLiteral("1"), QStringLiteral("Roosevelt HS"), {}}, 0).basis,
                 MatchSuggestion::Basis::Identifier);
    }

    void namesakes_areLeftToAPerson_unlessTheCityTellsThem()
    {
        const QList<HubSchool> hub = {
            {QStringLiteral("h1"), QStringLiteral("Lincoln Elementary School"), {}, {}, QStringLiteral("Springfield")},
            {QStringLiteral("h2"), QStringLiteral("Lincoln Elementary School"), {}, {}, QStringLiteral("Shelbyville")},
        };
        const SchoolMatcher matcher(hub);
        QVERIFY(matcher.assign({{QStringLiteral("s1"), QStringLiteral("Lincoln Elementary"), {}}}).isEmpty());
        const QList<SchoolMatcher::Assignment> byCity =
            matcher.assign({{QStringLiteral("s1"), QStringLiteral("Shelbyville Lincoln Elementary"), {}}});
        QCOMPARE(byCity.size(), 1);
        QCOMPARE(byCity[0].hubId, QStringLiteral("h2"));
    }

    void autoAssignment_takesEachHubSchoolOnce_andLeavesTakenOnesAlone()
    {
        const QList<HubSchool> hub = {{QStringLiteral("h1"), QStringLiteral("Lincoln High School"), {}, {}, {}},
                                      {QStringLiteral("h2"), QStringLiteral("Lincoln Middle School"), {}, {}, {}},
                                      {QStringLiteral("h3"), QStringLiteral("Grant Elementary"), {}, {}, {}}};
        const SchoolMatcher matcher(hub);
        // Two SIS schools for one hub school: the better one gets it, the other nothing (its level
        // differs from every hub school left).
        QList<SchoolMatcher::Assignment> a = matcher.assign({{QStringLiteral("s1"), QStringLiteral("Lincoln HS"), {}},
                                                             {QStringLiteral("s2"), QStringLiteral("Lincoln Elementary"), {}},
                                                             {QStringLiteral("s3"), QStringLiteral("Grant Elem."), {}}});
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].sisId + a[0].hubId + a[1].sisId + a[1].hubId, QStringLiteral("s1h1s3h3"));
        // A hub school someone matched by hand is not given away.
        a = matcher.assign({{QStringLiteral("s1"), QStringLiteral("Lincoln HS"), {}}}, {QStringLiteral("h1")});
        QVERIFY(a.isEmpty());
    }

    void schoolsOf_takesOnlyOrgsOfTypeSchool()
    {
        const ReadResult sample = ExportReader().read({QStringLiteral(ROSTERBENCH_SAMPLE)});
        QVERIFY(sample.roster);
        const QList<SisSchool> schools = SchoolMatcher::schoolsOf(*sample.roster);
        QCOMPARE(schools.size(), 3);
        QCOMPARE(schools[0].sourcedId, QStringLiteral("SCH001"));
        QCOMPARE(schools[0].name, QStringLiteral("Lakeview Elementary School"));
        QCOMPARE(schools[0].identifier, QStringLiteral("069979500101"));
        QCOMPARE(schools[2].sourcedId, QStringLiteral("SCH003"));
    }
};

QTEST_GUILESS_MAIN(SchoolMatcherTest)
#include "tst_schoolmatcher.moc"
