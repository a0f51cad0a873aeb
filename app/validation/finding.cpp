#include "finding.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FindingList)
};

// Replaces %1 … %4 in `text` by args[0] … args[3] in one pass, by number: a "%2" inside a cell's
// text is never taken for a placeholder, and a sentence may use %3 without %2 (QString::arg
// numbers what it finds, not what is written).
QString fillPlaceholders(const QString &text, const std::array<QString, 4> &args)
{
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'%' && i + 1 < text.size()) {
            const int n = text.at(i + 1).digitValue();
            if (n >= 1 && n <= int(args.size())) {
                out += args[size_t(n - 1)];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

// What a sentence says of a record it cannot name.
QString unnamedSubject(FileKind kind)
{
    switch (kind) {
    case FileKind::Users:
    case FileKind::Enrollments: return Tr::tr("this user");
    case FileKind::Demographics: return Tr::tr("this student");
    case FileKind::Classes: return Tr::tr("this class");
    case FileKind::Orgs: return Tr::tr("this school");
    default: return Tr::tr("this record");
    }
}

} // namespace

FindingList::FindingList()
{
    m_strings.emplace_back();
    m_stringIndex.insert(QString(), 0);
}

std::optional<FindingList> FindingList::fromParts(std::vector<Finding> items, std::vector<QString> strings)
{
    if (strings.empty() || !strings.front().isEmpty() || strings.size() > size_t(UINT32_MAX))
        return std::nullopt;
    const size_t stringCount = strings.size();
    for (const Finding &f : items) {
        if (f.rule >= RuleId::Count || f.kind > FileKind::Other || f.file >= stringCount
            || f.arg1 >= stringCount || f.arg2 >= stringCount)
            return std::nullopt;
    }
    FindingList list;
    list.m_items = std::move(items);
    list.m_strings = std::move(strings);
    list.m_stringIndex.reserve(qsizetype(stringCount));
    // Backwards, so that of a string kept twice the first index is the one the index holds.
    for (size_t i = stringCount - 1; i > 0; --i) {
        if (!list.m_strings[i].isEmpty())
            list.m_stringIndex.insert(list.m_strings[i], uint32_t(i));
    }
    return list;
}

uint32_t FindingList::intern(const QString &s)
{
    if (s.isEmpty())
        return 0;
    auto it = m_stringIndex.constFind(s);
    if (it != m_stringIndex.constEnd())
        return it.value();
    const uint32_t index = uint32_t(m_strings.size());
    m_strings.push_back(s);
    m_stringIndex.insert(s, index);
    return index;
}

void FindingList::add(RuleId rule, const Where &where, const QString &arg1, const QString &arg2)
{
    Finding f;
    f.rule = rule;
    f.kind = where.kind;
    f.row = where.row;
    f.line = where.line;
    f.column = uint16_t(std::clamp(where.column, 0, 0xffff));
    f.file = intern(where.file);
    f.arg1 = intern(arg1);
    f.arg2 = intern(arg2);
    m_items.push_back(f);
}

void FindingList::merge(FindingList &&other)
{
    if (m_items.empty() && m_strings.size() == 1) {
        *this = std::move(other);
        return;
    }
    std::vector<uint32_t> remap(other.m_strings.size());
    for (size_t i = 0; i < other.m_strings.size(); ++i)
        remap[i] = intern(other.m_strings[i]);
    m_items.reserve(m_items.size() + other.m_items.size());
    for (Finding f : other.m_items) {
        f.file = remap[f.file];
        f.arg1 = remap[f.arg1];
        f.arg2 = remap[f.arg2];
        m_items.push_back(f);
    }
    other = FindingList();
}

size_t FindingList::removeRules(std::initializer_list<RuleId> rules)
{
    const auto end = std::remove_if(m_items.begin(), m_items.end(), [&](const Finding &f) {
        return std::find(rules.begin(), rules.end(), f.rule) != rules.end();
    });
    const size_t removed = size_t(m_items.end() - end);
    m_items.erase(end, m_items.end());
    return removed;
}

void FindingList::sort()
{
    std::stable_sort(m_items.begin(), m_items.end(), [this](const Finding &a, const Finding &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.file != b.file)
            return m_strings[a.file] < m_strings[b.file];
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
}

QString FindingList::message(const Finding &f, const QString &subject, const QString &other) const
{
    const QString text = RuleCatalogue::messageTemplate(f.rule);
    const bool unnamed = subject.isEmpty() && text.startsWith(QLatin1String("%3"));
    QString out = fillPlaceholders(text, {m_strings[f.arg1], m_strings[f.arg2],
                                          subject.isEmpty() ? unnamedSubject(f.kind) : subject,
                                          other.isEmpty() ? unnamedSubject(FileKind::Classes) : other});
    // "this user" opening the sentence: "This user …".
    if (unnamed && !out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}

bool FindingList::namesSubject(RuleId rule)
{
    // The catalogue's own sentence says; a translation names the same.
    return std::strstr(RuleCatalogue::rule(rule).message, "%3") != nullptr;
}

bool FindingList::namesOther(RuleId rule)
{
    return std::strstr(RuleCatalogue::rule(rule).message, "%4") != nullptr;
}

SeverityCounts FindingList::severityCounts() const
{
    SeverityCounts counts;
    for (const Finding &f : m_items)
        ++counts[RuleCatalogue::severity(f.rule)];
    return counts;
}

size_t FindingList::countOf(RuleId rule) const
{
    return size_t(std::count_if(m_items.begin(), m_items.end(),
                                [rule](const Finding &f) { return f.rule == rule; }));
}

} // namespace rb
