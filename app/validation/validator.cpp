#include "validator.h"

#include "oneroster/manifest.h"
#include "roster/roster.h"
#include "util/progress.h"
#include "util/text.h"
#include "util/workerpool.h"
#include "validation/birthdate.h"
#include "validation/languagecodes.h"
#include "validation/phonenumbers.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Validator)
};

using Row = uint32_t;
constexpr Row NoRow = Table::NoRow;

std::string_view trimmed(std::string_view s)
{
    return trimmedCell(s);
}

template<typename F>
void forEachItem(std::string_view cell, F &&visit)
{
    forEachListItem(cell, std::forward<F>(visit));
}

bool isStaff(Role r) { return isStaffRole(r); }
bool isParent(Role r) { return isParentRole(r); }
int rank(Role r) { return r == Role::Teacher || r == Role::Administrator || r == Role::Aide ? 3 : isParent(r) ? 2 : 1; }

// Grades the hub accepts.
bool isValidGrade(std::string_view g)
{
    if (g == "PK" || g == "KG" || g == "Other")
        return true;
    return g.size() == 2 && std::isdigit(uchar(g[0])) && std::isdigit(uchar(g[1]))
        && ((g[0] == '0' && g[1] >= '1') || (g[0] == '1' && g[1] <= '2'));
}

// "1" → "01" when a single digit stands for a grade the hub knows, else empty.
QString paddedGrade(std::string_view g)
{
    if (g.size() == 1 && g[0] >= '1' && g[0] <= '9')
        return QStringLiteral("0") + QLatin1Char(g[0]);
    return {};
}

bool isWellFormedEmail(std::string_view e)
{
    const size_t at = e.find('@');
    if (at == std::string_view::npos || at == 0 || e.find('@', at + 1) != std::string_view::npos)
        return false;
    const std::string_view domain = e.substr(at + 1);
    const size_t dot = domain.find('.');
    if (dot == std::string_view::npos || dot == 0 || domain.back() == '.')
        return false;
    return std::none_of(e.begin(), e.end(), [](char c) { return c == ' ' || c == ',' || c == ';' || c == '\t'; });
}

uint64_t hashLowered(std::string_view s)
{
    char buffer[256];
    if (s.size() > sizeof buffer) {
        std::string lower(s);
        for (char &c : lower)
            c = char(std::tolower(uchar(c)));
        return StringColumn::hash(lower);
    }
    for (size_t i = 0; i < s.size(); ++i)
        buffer[i] = char(std::tolower(uchar(s[i])));
    return StringColumn::hash({buffer, s.size()});
}

bool equalIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(uchar(x)) == std::tolower(uchar(y));
           });
}

// Collects findings for one table, with its file name and column positions.
class Reporter
{
public:
    Reporter(const Table &table, FindingList &out) : m_table(table), m_out(out) {}

    // A finding in the column of OneRoster field `field` (-1: the whole row).
    void add(RuleId rule, Row row, int field, const QString &a1 = {}, const QString &a2 = {})
    {
        addAtColumn(rule, row, field < 0 ? 0 : m_table.columnForField(field) + 1, a1, a2);
    }
    // A finding in the file's 1-based `column`, for columns OneRoster does not define.
    void addAtColumn(RuleId rule, Row row, int column, const QString &a1 = {}, const QString &a2 = {})
    {
        FindingList::Where w;
        w.file = m_table.entryName();
        w.kind = m_table.kind();
        w.row = row;
        w.line = m_table.lineOf(row);
        w.column = column;
        m_out.add(rule, w, a1, a2);
    }

private:
    const Table &m_table;
    FindingList &m_out;
};

// Sorts packed (hash << 32 | row) entries: one counting pass on the top 16 bits spreads millions
// of them into small buckets, which are then sorted on their own. Hashes are uniform, so this
// beats a comparison sort of the whole by a wide margin.
void sortPacked(std::vector<uint64_t> &packed)
{
    if (packed.size() < 65536) {
        std::sort(packed.begin(), packed.end());
        return;
    }
    constexpr size_t Buckets = 1 << 16;
    std::vector<uint32_t> start(Buckets + 1, 0);
    for (const uint64_t k : packed)
        ++start[(k >> 48) + 1];
    for (size_t b = 0; b < Buckets; ++b)
        start[b + 1] += start[b];
    std::vector<uint64_t> sorted(packed.size());
    std::vector<uint32_t> fill(start.begin(), start.end() - 1);
    for (const uint64_t k : packed)
        sorted[fill[k >> 48]++] = k;
    for (size_t b = 0; b < Buckets; ++b)
        std::sort(sorted.begin() + start[b], sorted.begin() + start[b + 1]);
    packed.swap(sorted);
}

// Runs `visit(rowA, rowB)` for every row B whose value (by `key`) equals an earlier row A's.
// Works the same on dictionary and plain columns: rows are grouped by 32 bits of a hash, eight
// bytes a row, then compared for real, so a hash collision costs a comparison, never a finding.
template<typename Key, typename Same, typename F>
void forEachRepeat(size_t rowCount, Key &&key, Same &&same, F &&visit)
{
    std::vector<uint64_t> packed;
    packed.reserve(rowCount);
    for (size_t r = 0; r < rowCount; ++r) {
        if (const auto k = key(Row(r)))
            packed.push_back((*k >> 32 << 32) | r);
    }
    sortPacked(packed);
    auto rowOf = [&](size_t i) { return Row(uint32_t(packed[i])); };
    std::vector<Row> firsts;
    for (size_t i = 0; i < packed.size();) {
        size_t j = i + 1;
        while (j < packed.size() && (packed[j] >> 32) == (packed[i] >> 32))
            ++j;
        // Within a group rows are in file order. Each row is compared with the first row of
        // every distinct value seen so far in the group (almost always one), so a value shared by
        // a million rows costs a million comparisons, not a million squared.
        firsts.assign(1, rowOf(i));
        for (size_t b = i + 1; b < j; ++b) {
            const Row row = rowOf(b);
            const auto match = std::find_if(firsts.begin(), firsts.end(), [&](Row a) { return same(a, row); });
            if (match != firsts.end())
                visit(*match, row);
            else
                firsts.push_back(row);
        }
        i = j;
    }
}

// The verdict on each phone value of a column, by code; the region of those outside the US and
// Canada.
struct PhoneVerdicts
{
    std::vector<PhoneCheck::Verdict> verdict;
    std::unordered_map<uint32_t, QString> region;
};

// What every check needs to know about the roster, computed once.
struct Facts
{
    // Phone and sms verdicts by code of their column (or by row, for plain storage).
    PhoneVerdicts phone, sms;
};

// A plain North American number (digits and the usual punctuation only, ten digits, or eleven
// starting with the country code 1, no extension): its first seven digits, else -1. Whether
// libphonenumber finds such a number valid, and where, depends on no more than its area code and
// exchange, so numbers sharing these seven digits share a verdict.
int64_t nanpKey(std::string_view text)
{
    int count = 0;
    bool countryCode = false;
    int64_t key = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            if (count == 0 && c == '1' && !countryCode) {
                countryCode = true; // a leading 1 is the country code
                continue;
            }
            if (count < 7)
                key = key * 10 + (c - '0');
            ++count;
        } else if (c == '+') {
            if (i != 0)
                return -1;
        } else if (c != ' ' && c != '(' && c != ')' && c != '-' && c != '.') {
            return -1;
        }
    }
    return count == 10 ? key : -1;
}

// Checks every distinct number of a phone column once. Plain North American numbers are judged
// once per area code and exchange; the rest go to libphonenumber, on all cores.
PhoneVerdicts checkPhones(const Table &users, int field, const PhoneNumbers &numbers, bool northAmerican)
{
    PhoneVerdicts out;
    const int col = users.columnForField(field);
    if (col < 0)
        return out;
    const StringColumn &column = users.column(col);
    out.verdict.assign(column.distinctCount(), PhoneCheck::Verdict::Valid);
    std::vector<uint32_t> judged;                      // codes libphonenumber looks at
    std::unordered_map<int64_t, uint32_t> byKey;       // key → the code judged for it
    std::vector<std::pair<uint32_t, uint32_t>> sameAs; // (code, code judged for it)
    for (uint32_t c = 1; c < column.distinctCount(); ++c) {
        const int64_t key = northAmerican ? nanpKey(column.text(c)) : -1;
        if (key < 0) {
            judged.push_back(c);
            continue;
        }
        auto [it, fresh] = byKey.try_emplace(key, c);
        if (fresh)
            judged.push_back(c);
        else
            sameAs.emplace_back(c, it->second);
    }
    std::vector<QString> regions(column.distinctCount());
    QtConcurrent::blockingMap(workerPool(), judged, [&](uint32_t c) {
        const PhoneCheck check = numbers.check(column.text(c));
        out.verdict[c] = check.verdict;
        if (check.verdict == PhoneCheck::Verdict::NotTextable)
            regions[c] = check.region;
    });
    for (const auto &[c, model] : sameAs) {
        out.verdict[c] = out.verdict[model];
        regions[c] = regions[model];
    }
    for (uint32_t c = 1; c < column.distinctCount(); ++c) {
        if (!regions[c].isEmpty())
            out.region.emplace(c, regions[c]);
    }
    return out;
}

class Checks
{
public:
    Checks(const Roster &roster, const ValidationOptions &options, const Progress *progress)
        : m_roster(roster), m_options(options), m_progress(progress)
        , m_orgs(roster.table(FileKind::Orgs)), m_users(roster.table(FileKind::Users))
        , m_demographics(roster.table(FileKind::Demographics)), m_classes(roster.table(FileKind::Classes))
        , m_enrollments(roster.table(FileKind::Enrollments)), m_relations(roster.relations())
    {
        const PhoneNumbers numbers(m_options.phoneRegion);
        const bool northAmerican = m_options.phoneRegion.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0
            || m_options.phoneRegion.compare(QLatin1String("CA"), Qt::CaseInsensitive) == 0;
        m_facts.phone = checkPhones(m_users, UsersField::Phone, numbers, northAmerican);
        m_facts.sms = checkPhones(m_users, UsersField::Sms, numbers, northAmerican);
    }

    Row userRow(std::string_view id) const { return m_users.rowForId(id); }
    Row schoolRow(std::string_view id) const
    {
        const Row r = m_orgs.rowForId(id);
        return r != NoRow && m_relations.isSchool(r) ? r : NoRow;
    }
    Role roleOf(Row userRow) const { return m_relations.roleOf(userRow); }

    void checkIds(const Table &table, RuleId missing, RuleId duplicate, RuleId caseClash, FindingList &out) const
    {
        const int col = table.columnForField(0);
        if (col < 0)
            return;
        Reporter report(table, out);
        const StringColumn &ids = table.column(col);
        for (size_t r = 0; r < table.rowCount(); ++r) {
            if (ids.isEmpty(r))
                report.add(missing, Row(r), 0);
        }
        auto value = [&](Row r) { return ids.at(r); };
        if (!ids.isPlain()) {
            // A dictionary column: a repeated value is a repeated code.
            std::vector<Row> firstRow(ids.distinctCount(), NoRow);
            ids.forEachCode([&](size_t r, uint32_t code) {
                if (code == StringColumn::EmptyCode)
                    return;
                if (firstRow[code] == NoRow)
                    firstRow[code] = Row(r);
                else
                    report.add(duplicate, Row(r), 0, toQString(value(Row(r))),
                               QString::number(table.lineOf(firstRow[code])));
            });
        } else {
            forEachRepeat(
                table.rowCount(),
                [&](Row r) -> std::optional<uint64_t> {
                    return ids.isEmpty(r) ? std::nullopt : std::optional<uint64_t>(StringColumn::hash(value(r)));
                },
                [&](Row a, Row b) { return value(a) == value(b); },
                [&](Row first, Row again) {
                    report.add(duplicate, again, 0, toQString(value(again)), QString::number(table.lineOf(first)));
                });
        }
        if (caseClash == RuleId::Count || ids.isPlain())
            return;
        // Ids differing only in case: one row per distinct id, so exact repeats (reported above)
        // never pile up in a group.
        std::vector<uint8_t> firstOfCode(ids.distinctCount(), 1);
        forEachRepeat(
            table.rowCount(),
            [&](Row r) -> std::optional<uint64_t> {
                const uint32_t code = ids.code(r);
                if (code == StringColumn::EmptyCode || !firstOfCode[code])
                    return std::nullopt;
                firstOfCode[code] = 0;
                return hashLowered(value(r));
            },
            [&](Row a, Row b) { return value(a) != value(b) && equalIgnoringCase(value(a), value(b)); },
            [&](Row first, Row again) {
                report.add(caseClash, again, 0, toQString(value(again)), QString::number(table.lineOf(first)));
            });
    }

    void checkOrgs(FindingList &out) const
    {
        if (!m_orgs.isPresent())
            return;
        checkIds(m_orgs, RuleId::OrgIdMissing, RuleId::OrgIdDuplicate, RuleId::OrgIdCase, out);
        Reporter report(m_orgs, out);
        for (Row r = 0; r < m_orgs.rowCount(); ++r) {
            if (m_orgs.cell(r, OrgsField::Name).empty())
                report.add(RuleId::OrgNameMissing, r, OrgsField::Name);
            const std::string_view type = m_orgs.cell(r, OrgsField::Type);
            if (type == "district")
                report.add(RuleId::OrgDistrict, r, OrgsField::Type, toQString(m_orgs.cell(r, OrgsField::Name)));
            else if (type == "department" || type == "local" || type == "state" || type == "national")
                report.add(RuleId::OrgTypeNotTaken, r, OrgsField::Type, toQString(type));
            else if (type != "school")
                report.add(RuleId::OrgTypeInvalid, r, OrgsField::Type, toQString(type));
            const std::string_view parent = m_orgs.cell(r, OrgsField::ParentSourcedId);
            if (!parent.empty() && m_orgs.rowForId(parent) == NoRow)
                report.add(RuleId::OrgParentUnknown, r, OrgsField::ParentSourcedId, toQString(parent));
        }
    }

    void checkUsers(FindingList &out) const;
    void checkDemographics(FindingList &out) const;
    void checkClasses(FindingList &out) const;
    void checkEnrollments(FindingList &out) const;

private:
    bool hasCurrentEnrollment(std::span<const Row> enrollments, std::string_view today) const;

    // Checked every 64 k rows of the long loops.
    bool cancelled(Row r) const { return (r & 0xffff) == 0 && m_progress && m_progress->isCancelled(); }

    const Roster &m_roster;
    const ValidationOptions &m_options;
    const Progress *m_progress;
    const Table &m_orgs;
    const Table &m_users;
    const Table &m_demographics;
    const Table &m_classes;
    const Table &m_enrollments;
    const Relations &m_relations;
    Facts m_facts;
};

// An ISO 8601 UTC timestamp as OneRoster writes dateLastModified: 2026-11-23T08:30:00Z, with
// optional fractions of a second.
bool isUtcTimestamp(std::string_view s)
{
    auto digits = [&](size_t at, size_t n) {
        if (at + n > s.size())
            return -1;
        int v = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9')
                return -1;
            v = v * 10 + (s[i] - '0');
        }
        return v;
    };
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':'
        || s.back() != 'Z')
        return false;
    const int year = digits(0, 4), month = digits(5, 2), day = digits(8, 2);
    const int hour = digits(11, 2), minute = digits(14, 2), second = digits(17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0)
        return false;
    if (!QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 60)
        return false;
    if (s.size() == 20)
        return true;
    // Fractions: a dot, then at least one digit, then Z.
    return s[19] == '.' && s.size() > 21 && digits(20, s.size() - 21) >= 0;
}

// In a file the manifest sends as delta, every row says whether it is added or removed, and when.
void checkDelta(const Table &table, const Table &manifest, FindingList &out)
{
    if (!table.isPresent() || !manifest.isPresent())
        return;
    const QString property = QString::fromLatin1(Schema::manifestProperty(table.kind()));
    if (Manifest::value(manifest, property) != QLatin1String("delta"))
        return;
    Reporter report(table, out);
    for (Row r = 0; r < table.rowCount(); ++r) {
        const std::string_view status = table.cell(r, 1);
        if (status != "active" && status != "tobedeleted")
            report.add(RuleId::DeltaStatusInvalid, r, 1, toQString(status));
        const std::string_view modified = table.cell(r, 2);
        if (!isUtcTimestamp(modified))
            report.add(RuleId::DeltaDateInvalid, r, 2, toQString(modified));
    }
}

// Fields OneRoster requires and the hub does not use: blanks are noted once per column.
void noteBlankUnusedFields(const Table &table, std::initializer_list<int> fields, FindingList &out)
{
    Reporter report(table, out);
    for (const int field : fields) {
        const int col = table.columnForField(field);
        if (col < 0)
            continue;
        const StringColumn &column = table.column(col);
        size_t blanks = 0;
        Row first = NoRow;
        column.forEachCode([&](size_t r, uint32_t code) {
            if (code != StringColumn::EmptyCode)
                return;
            if (blanks++ == 0)
                first = Row(r);
        });
        if (blanks > 0)
            report.add(RuleId::UnusedFieldBlank, first, field, QLocale().toString(qulonglong(blanks)),
                       QString::fromUtf8(table.headerCells().at(col)));
    }
}

// A pull from Aeries records in the manifest which credentials had spaces around them (the
// secret itself is never written): the hub refuses them pasted that way.
void checkAeriesCredentials(const Roster &roster, FindingList &out)
{
    const Table &manifest = roster.table(FileKind::Manifest);
    if (roster.sourceKind() != SourceKind::Aeries || !manifest.isPresent())
        return;
    Reporter report(manifest, out);
    for (Row r = 0; r < manifest.rowCount(); ++r) {
        if (manifest.cell(r, ManifestField::PropertyName) != "source.credentialsTrimmed")
            continue;
        QStringList names;
        forEachItem(manifest.cell(r, ManifestField::Value), [&](std::string_view item) {
            if (item == "url")
                names << Tr::tr("OneRoster URL");
            else if (item == "id")
                names << Tr::tr("Consumer ID");
            else if (item == "secret")
                names << Tr::tr("Consumer Secret");
        });
        if (!names.isEmpty())
            report.add(RuleId::AeriesCredentialSpaces, r, ManifestField::Value,
                       QLocale().createSeparatedList(names));
        return;
    }
}

void Checks::checkUsers(FindingList &out) const
{
    if (!m_users.isPresent())
        return;
    checkIds(m_users, RuleId::UserIdMissing, RuleId::UserIdDuplicate, RuleId::UserIdCase, out);
    noteBlankUnusedFields(m_users, {UsersField::EnabledUser, UsersField::Username}, out);
    Reporter report(m_users, out);
    const size_t n = m_users.rowCount();
    using namespace UsersField;

    // Schools, by distinct value of orgSourcedIds: the first id that names no org.
    std::vector<QString> unknownOrg;
    if (const int col = m_users.columnForField(OrgSourcedIds); col >= 0) {
        const StringColumn &orgs = m_users.column(col);
        unknownOrg.resize(orgs.distinctCount());
        for (uint32_t c = 0; c < orgs.distinctCount(); ++c) {
            forEachItem(orgs.text(c), [&](std::string_view id) {
                if (unknownOrg[c].isEmpty() && m_orgs.rowForId(id) == NoRow)
                    unknownOrg[c] = toQString(id);
            });
        }
    }

    // Preferred language, by distinct value: the column is found by its name.
    const int languageColumn = int(m_users.headerCells().indexOf("metadata.preferredLanguage"));
    std::vector<LanguageCodes::Verdict> languageVerdict;
    if (languageColumn >= 0) {
        const StringColumn &column = m_users.column(languageColumn);
        languageVerdict.resize(column.distinctCount(), LanguageCodes::Verdict::Valid);
        for (uint32_t c = 1; c < column.distinctCount(); ++c)
            languageVerdict[c] = LanguageCodes::check(column.text(c));
    }

    // Contacts the SIS types as emergency contacts (written by a Clever pull; see CleverClient).
    const int contactTypeColumn = int(m_users.headerCells().indexOf("metadata.contactType"));
    // Clever carries no language for contacts and puts the students' in their ext field: those
    // without one are counted, and noted once.
    const bool clever = m_roster.sourceKind() == SourceKind::Clever;
    size_t withoutLanguage = 0;
    Row firstWithoutLanguage = NoRow;

    // Which parents students name, and how many contact points each parent has.
    std::vector<uint8_t> linked(n, 0);
    auto contactPoints = [&](Row r) {
        const std::string_view email = m_users.cell(r, Email), phone = m_users.cell(r, Phone), sms = m_users.cell(r, Sms);
        return int(!email.empty()) + int(!phone.empty()) + int(!sms.empty() && sms != phone);
    };

    for (Row r = 0; r < n; ++r) {
        if (cancelled(r))
            return;
        const rb::Role role = m_relations.roleOf(r);
        // Role.
        if (role == Role::Blank || role == Role::Invalid)
            report.add(RuleId::UserRoleInvalid, r, UsersField::Role, toQString(m_users.cell(r, UsersField::Role)));
        else if (role == Role::Proctor || role == Role::Relative)
            report.add(RuleId::UserRoleNotTaken, r, UsersField::Role, toQString(m_users.cell(r, UsersField::Role)));
        // Schools.
        if (m_users.hasField(OrgSourcedIds)) {
            const uint32_t code = m_users.column(m_users.columnForField(OrgSourcedIds)).code(r);
            if (code == StringColumn::EmptyCode)
                report.add(RuleId::UserOrgMissing, r, OrgSourcedIds);
            else if (!unknownOrg[code].isEmpty())
                report.add(RuleId::UserOrgUnknown, r, OrgSourcedIds, unknownOrg[code]);
        }
        // Names.
        if (m_users.cell(r, GivenName).empty())
            report.add(RuleId::UserNameMissing, r, GivenName, Tr::tr("given name"));
        if (m_users.cell(r, FamilyName).empty())
            report.add(RuleId::UserNameMissing, r, FamilyName, Tr::tr("family name"));
        // Email and contact points.
        const std::string_view email = m_users.cell(r, Email);
        if (!email.empty() && !isWellFormedEmail(email))
            report.add(RuleId::UserEmailInvalid, r, Email, toQString(email));
        else if (email.empty() && isStaff(role))
            report.add(RuleId::UserEmailMissing, r, Email, toQString(m_users.cell(r, UsersField::Role)));
        if (isParent(role) && contactPoints(r) == 0)
            report.add(RuleId::UserNoContact, r, Email, toQString(m_users.cell(r, UsersField::Role)));
        // Phone numbers: dialable, and textable.
        for (const auto &[field, verdicts] : {std::pair{int(Phone), &m_facts.phone}, std::pair{int(Sms), &m_facts.sms}}) {
            const int col = m_users.columnForField(field);
            if (col < 0)
                continue;
            const StringColumn &column = m_users.column(col);
            const uint32_t code = column.code(r);
            if (code == StringColumn::EmptyCode)
                continue;
            const PhoneCheck::Verdict verdict = verdicts->verdict[code];
            if (verdict == PhoneCheck::Verdict::Invalid)
                report.add(RuleId::UserPhoneInvalid, r, field, toQString(column.text(code)));
            else if (verdict == PhoneCheck::Verdict::NotTextable)
                report.add(RuleId::UserPhoneNoText, r, field, toQString(column.text(code)), verdicts->region.at(code));
        }
        // Preferred language.
        if (languageColumn >= 0) {
            const StringColumn &column = m_users.column(languageColumn);
            const uint32_t code = column.code(r);
            if (languageVerdict[code] != LanguageCodes::Verdict::Valid)
                report.addAtColumn(RuleId::UserLanguageInvalid, r, languageColumn + 1, toQString(column.text(code)),
                                   languageVerdict[code] == LanguageCodes::Verdict::UnderscoreSeparator
                                       ? Tr::tr(" (write it with a hyphen: %1)").arg(toQString(column.text(code)).replace(u'_', u'-'))
                                       : QString());
        }
        if (contactTypeColumn >= 0) {
            forEachItem(m_users.column(contactTypeColumn).at(r), [&](std::string_view type) {
                if (equalIgnoringCase(trimmed(type), "emergency"))
                    report.addAtColumn(RuleId::UserEmergencyContact, r, contactTypeColumn + 1, toQString(trimmed(type)));
            });
        }
        if (clever) {
            if (role == Role::Administrator)
                report.add(RuleId::CleverStaffAdmin, r, UsersField::Role,
                           Tr::tr("%1 %2").arg(toQString(m_users.cell(r, GivenName)), toQString(m_users.cell(r, FamilyName))).trimmed());
            if ((role == Role::Student || isParent(role))
                && (languageColumn < 0 || m_users.column(languageColumn).isEmpty(r))) {
                if (withoutLanguage++ == 0)
                    firstWithoutLanguage = r;
            }
        }
        // Grades: one valid grade, for students only.
        const std::string_view grades = m_users.cell(r, Grades);
        if (!grades.empty()) {
            if (role != Role::Student) {
                report.add(RuleId::UserGradeNotStudent, r, Grades, toQString(m_users.cell(r, UsersField::Role)));
            } else {
                int count = 0;
                forEachItem(grades, [&](std::string_view) { ++count; });
                if (count > 1) {
                    report.add(RuleId::UserGradeMultiple, r, Grades, toQString(grades));
                } else if (!isValidGrade(trimmed(grades))) {
                    const QString padded = paddedGrade(trimmed(grades));
                    if (!padded.isEmpty())
                        report.add(RuleId::UserGradeUnpadded, r, Grades, toQString(grades), padded);
                    else
                        report.add(RuleId::UserGradeInvalid, r, Grades, toQString(grades));
                }
            }
        }
        // Students: number, and the parents they name.
        if (role == Role::Student) {
            if (m_users.cell(r, Identifier).empty())
                report.add(RuleId::UserIdentifierMissing, r, Identifier);
            int contacts = 0;
            forEachItem(m_users.cell(r, AgentSourcedIds), [&](std::string_view id) {
                const Row p = userRow(id);
                if (p == NoRow || !isParent(m_relations.roleOf(p))) {
                    report.add(RuleId::UserAgentUnknown, r, AgentSourcedIds, toQString(id));
                    return;
                }
                linked[p] = 1;
                contacts += contactPoints(p);
            });
            if (contacts > 5)
                report.add(RuleId::UserContactsOverFive, r, AgentSourcedIds, QString::number(contacts));
            if (m_demographics.isPresent() && m_demographics.rowForId(m_users.sourcedId(r)) == NoRow
                && !m_users.sourcedId(r).empty())
                report.add(RuleId::DemStudentMissing, r, SourcedId);
        }
    }
    if (withoutLanguage > 0)
        report.addAtColumn(RuleId::CleverLanguageMissing, firstWithoutLanguage, languageColumn + 1,
                           QLocale().toString(qulonglong(withoutLanguage)));
    for (Row r = 0; r < n; ++r) {
        if (isParent(m_relations.roleOf(r)) && !linked[r])
            report.add(RuleId::UserGuardianUnlinked, r, SourcedId, toQString(m_users.cell(r, UsersField::Role)));
    }

    // One email, one account: the lower role loses it.
    if (const int col = m_users.columnForField(Email); col >= 0) {
        const StringColumn &emails = m_users.column(col);
        forEachRepeat(
            n,
            [&](Row r) -> std::optional<uint64_t> {
                return emails.isEmpty(r) ? std::nullopt : std::optional<uint64_t>(hashLowered(emails.at(r)));
            },
            [&](Row a, Row b) { return equalIgnoringCase(emails.at(a), emails.at(b)); },
            [&](Row first, Row again) {
                const Row loser = rank(m_relations.roleOf(again)) <= rank(m_relations.roleOf(first)) ? again : first;
                const Row keeper = loser == again ? first : again;
                report.add(RuleId::UserEmailShared, loser, Email, toQString(emails.at(loser)),
                           Tr::tr("%1 (%2, line %3)")
                               .arg(toQString(m_users.sourcedId(keeper)), toQString(m_users.cell(keeper, UsersField::Role)))
                               .arg(m_users.lineOf(keeper)));
            });
    }
}

void Checks::checkDemographics(FindingList &out) const
{
    if (!m_demographics.isPresent())
        return;
    Reporter report(m_demographics, out);
    for (Row r = 0; r < m_demographics.rowCount(); ++r) {
        const std::string_view id = m_demographics.sourcedId(r);
        const Row u = userRow(id);
        if (!id.empty() && (u == NoRow || m_relations.roleOf(u) != Role::Student))
            report.add(RuleId::DemUserUnknown, r, DemographicsField::SourcedId, toQString(id));
        const std::string_view birth = m_demographics.cell(r, DemographicsField::BirthDate);
        if (birth.empty()) {
            report.add(RuleId::DemBirthDateMissing, r, DemographicsField::BirthDate);
            continue;
        }
        switch (BirthDate::check(birth, m_options.today).verdict) {
        case BirthDateCheck::Verdict::Valid: break;
        case BirthDateCheck::Verdict::BadFormat:
            report.add(RuleId::DemBirthDateFormat, r, DemographicsField::BirthDate, toQString(birth));
            break;
        case BirthDateCheck::Verdict::Impossible:
            report.add(RuleId::DemBirthDateImpossible, r, DemographicsField::BirthDate, toQString(birth));
            break;
        case BirthDateCheck::Verdict::Future:
            report.add(RuleId::DemBirthDateFuture, r, DemographicsField::BirthDate, toQString(birth));
            break;
        case BirthDateCheck::Verdict::TooOld:
            report.add(RuleId::DemBirthDateTooOld, r, DemographicsField::BirthDate, toQString(birth));
            break;
        }
    }
}

void Checks::checkClasses(FindingList &out) const
{
    if (!m_classes.isPresent())
        return;
    checkIds(m_classes, RuleId::ClassIdMissing, RuleId::ClassIdDuplicate, RuleId::Count, out);
    noteBlankUnusedFields(m_classes, {ClassesField::ClassType, ClassesField::CourseSourcedId, ClassesField::TermSourcedIds}, out);
    Reporter report(m_classes, out);
    using namespace ClassesField;
    const size_t n = m_classes.rowCount();

    // Owners: teachers and administrators enrolled (with ClassLink, only primary ones).
    std::vector<uint8_t> owned(n, 0);
    const bool primaryOnly = m_roster.sourceKind() == SourceKind::ClassLink;
    if (m_enrollments.isPresent()) {
        for (Row e = 0; e < m_enrollments.rowCount(); ++e) {
            const Row c = m_relations.classOfEnrollment(e);
            if (c == NoRow || !ownsClasses(roleOf(m_relations.userOfEnrollment(e))))
                continue;
            if (!primaryOnly || m_enrollments.cell(e, EnrollmentsField::Primary) == "true")
                owned[c] = 1;
        }
    }

    std::unordered_map<uint64_t, Row> titleInSchool;
    for (Row r = 0; r < n; ++r) {
        const std::string_view school = m_classes.cell(r, SchoolSourcedId);
        if (schoolRow(school) == NoRow)
            report.add(RuleId::ClassSchoolUnknown, r, SchoolSourcedId, toQString(school));
        const std::string_view title = m_classes.cell(r, Title);
        if (title.empty()) {
            report.add(RuleId::ClassTitleMissing, r, Title);
        } else {
            const qsizetype length = toQString(title).size();
            if (length > 255)
                report.add(RuleId::ClassTitleLong, r, Title, QString::number(length));
            const uint64_t key = StringColumn::hash(school) * 0x9e3779b97f4a7c15ULL ^ StringColumn::hash(title);
            auto [it, fresh] = titleInSchool.try_emplace(key, r);
            if (!fresh && m_classes.cell(it->second, Title) == title && m_classes.cell(it->second, SchoolSourcedId) == school)
                report.add(RuleId::ClassTitleDuplicate, r, Title, toQString(title), QString::number(m_classes.lineOf(it->second)));
            const QString lower = toQString(title).toLower();
            if (lower.contains(QLatin1String("lunch")) || lower.contains(QLatin1String("study hall"))
                || lower.contains(QLatin1String("homeroom")) || lower.contains(QLatin1String("home room")))
                report.add(RuleId::ClassNotWanted, r, Title, toQString(title));
        }
        forEachItem(m_classes.cell(r, Grades), [&](std::string_view g) {
            if (!isValidGrade(g))
                report.add(RuleId::ClassGradesInvalid, r, Grades, toQString(g));
        });
        if (m_enrollments.isPresent() && !owned[r])
            report.add(RuleId::ClassNoOwner, r, SourcedId,
                       primaryOnly ? Tr::tr("No teacher or administrator marked primary")
                                   : Tr::tr("No teacher or administrator"));
    }
}

// Whether an enrollment runs on `today` (YYYY-MM-DD): its beginDate is not after it and its
// endDate not before it. A blank date leaves that side open; a date not written as OneRoster
// writes them is not held against the enrollment.
bool isCurrent(std::string_view begin, std::string_view end, std::string_view today)
{
    auto isIsoDate = [](std::string_view d) {
        return d.size() == 10 && d[4] == '-' && d[7] == '-'
            && std::all_of(d.begin(), d.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
    };
    begin = trimmed(begin);
    end = trimmed(end);
    if (isIsoDate(begin) && begin > today)
        return false;
    return !(isIsoDate(end) && end < today);
}

// Whether any of a user's enrollments runs on `today`.
bool Checks::hasCurrentEnrollment(std::span<const Row> enrollments, std::string_view today) const
{
    return std::any_of(enrollments.begin(), enrollments.end(), [&](Row e) {
        return isCurrent(m_enrollments.cell(e, EnrollmentsField::BeginDate), m_enrollments.cell(e, EnrollmentsField::EndDate),
                         today);
    });
}

void Checks::checkEnrollments(FindingList &out) const
{
    if (!m_enrollments.isPresent())
        return;
    checkIds(m_enrollments, RuleId::EnrIdMissing, RuleId::EnrIdDuplicate, RuleId::Count, out);
    Reporter report(m_enrollments, out);
    using namespace EnrollmentsField;
    const size_t n = m_enrollments.rowCount();
    auto userOf = [this](Row e) { return m_relations.userOfEnrollment(e); };
    auto classOf = [this](Row e) { return m_relations.classOfEnrollment(e); };
    ReferenceColumn schoolOf;
    schoolOf.build(m_enrollments, SchoolSourcedId, m_orgs);
    for (Row r = 0; r < n; ++r) {
        if (cancelled(r))
            return;
        const std::string_view classId = m_enrollments.cell(r, ClassSourcedId);
        const std::string_view userId = m_enrollments.cell(r, UserSourcedId);
        const std::string_view school = m_enrollments.cell(r, SchoolSourcedId);
        const Row c = classOf(r);
        const Row u = userOf(r);
        if (c == NoRow)
            report.add(RuleId::EnrClassUnknown, r, ClassSourcedId, toQString(classId));
        if (u == NoRow)
            report.add(RuleId::EnrUserUnknown, r, UserSourcedId, toQString(userId));
        if (const Row s = schoolOf.rowAt(r); s == NoRow || !m_relations.isSchool(s))
            report.add(RuleId::EnrSchoolUnknown, r, SchoolSourcedId, toQString(school));
        else if (c != NoRow && m_classes.cell(c, ClassesField::SchoolSourcedId) != school)
            report.add(RuleId::EnrSchoolMismatch, r, SchoolSourcedId, toQString(school),
                       toQString(m_classes.cell(c, ClassesField::SchoolSourcedId)));

        const std::string_view roleText = m_enrollments.cell(r, EnrollmentsField::Role);
        const rb::Role role = parseRole(roleText); // a handful of short values: cheaper than a table
        const rb::Role userRole = roleOf(u);
        if (role == Role::Blank || role == Role::Invalid || role == Role::Proctor || role == Role::Relative)
            report.add(RuleId::EnrRoleInvalid, r, EnrollmentsField::Role, toQString(roleText));
        else if (u != NoRow && isParent(userRole))
            report.add(RuleId::EnrParentEnrolled, r, UserSourcedId, toQString(m_users.cell(u, UsersField::Role)));
        else if (u != NoRow && role != userRole && userRole != Role::Invalid && userRole != Role::Blank)
            report.add(RuleId::EnrRoleMismatch, r, EnrollmentsField::Role, toQString(roleText),
                       toQString(m_users.cell(u, UsersField::Role)));

        const std::string_view primary = m_enrollments.cell(r, Primary);
        if (!(primary.empty() || primary == "true" || primary == "false" || primary == "yes" || primary == "no")) {
            const QString lower = toQString(primary).toLower();
            if (lower == QLatin1String("true") || lower == QLatin1String("false") || lower == QLatin1String("yes")
                || lower == QLatin1String("no"))
                report.add(RuleId::EnrPrimaryCase, r, Primary, toQString(primary));
            else
                report.add(RuleId::EnrPrimaryInvalid, r, Primary, toQString(primary));
        }
    }

    // Each user's enrollments (kept by the roster's relations): the same class twice, more than
    // 100 classes, and with Aeries, which shares only students enrolled today, a student with
    // no enrollment current (none, or only past or future ones) never reaches the hub.
    const bool aeries = m_roster.sourceKind() == SourceKind::Aeries && n > 0;
    const std::string today = aeries ? m_options.today.toString(Qt::ISODate).toStdString() : std::string();
    Reporter userReport(m_users, out);
    const size_t users = m_users.rowCount();
    std::vector<std::pair<Row, Row>> classes; // (class, enrollment) of one user
    for (size_t u = 0; u < users; ++u) {
        const std::span<const Row> byUser = m_relations.enrollmentsOfUser(Row(u));
        if (aeries && roleOf(Row(u)) == Role::Student && !hasCurrentEnrollment(byUser, today))
            userReport.add(RuleId::AeriesStudentNotEnrolled, Row(u), UsersField::SourcedId,
                           toQString(m_users.sourcedId(u)));
        if (byUser.size() < 2)
            continue;
        classes.clear();
        for (const Row e : byUser) {
            if (classOf(e) != NoRow)
                classes.emplace_back(classOf(e), e);
        }
        std::sort(classes.begin(), classes.end());
        size_t distinct = 0;
        for (size_t i = 0; i < classes.size(); ++i) {
            if (i > 0 && classes[i].first == classes[i - 1].first) {
                // The later line is the repeat; pairs are sorted by row within a class.
                size_t first = i - 1;
                while (first > 0 && classes[first - 1].first == classes[i].first)
                    --first;
                report.add(RuleId::EnrDuplicate, classes[i].second, UserSourcedId,
                           QString::number(m_enrollments.lineOf(classes[first].second)));
            } else {
                ++distinct;
            }
        }
        if (distinct > 100) {
            // Report on the enrollment (in file order) that brings in the 101st class.
            std::vector<Row> seen;
            for (const Row e : byUser) {
                const Row c = classOf(e);
                if (c == NoRow)
                    continue;
                if (std::find(seen.begin(), seen.end(), c) != seen.end())
                    continue;
                seen.push_back(c);
                if (seen.size() == 101) {
                    report.add(RuleId::UserClassesOverLimit, e, UserSourcedId, QString::number(distinct));
                    break;
                }
            }
        }
    }
}

} // namespace

Validator::Validator(const Roster &roster, ValidationOptions options)
    : m_roster(roster)
    , m_options(std::move(options))
{
}

FindingList Validator::run(const Progress *progress) const
{
    const Checks checks(m_roster, m_options, progress);
    // The two large tables on their own threads; the small ones here meanwhile.
    QFuture<FindingList> users = QtConcurrent::run(workerPool(), [&checks] {
        FindingList out;
        checks.checkUsers(out);
        return out;
    });
    QFuture<FindingList> enrollments = QtConcurrent::run(workerPool(), [&checks] {
        FindingList out;
        checks.checkEnrollments(out);
        return out;
    });
    FindingList all;
    // Every data file has status and dateLastModified as its second and third field.
    for (FileKind kind : {FileKind::Orgs, FileKind::Users, FileKind::Demographics, FileKind::Classes, FileKind::Enrollments})
        checkDelta(m_roster.table(kind), m_roster.table(FileKind::Manifest), all);
    checks.checkOrgs(all);
    checkAeriesCredentials(m_roster, all);
    checks.checkDemographics(all);
    checks.checkClasses(all);
    all.merge(users.takeResult());
    all.merge(enrollments.takeResult());
    all.sort();
    return all;
}

} // namespace rb
