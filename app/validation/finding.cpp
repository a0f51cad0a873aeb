#include "finding.h"

#include <algorithm>

namespace rb {

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

QString FindingList::message(const Finding &f) const
{
    // One pass, so a "%2" inside a cell's text is never taken for a placeholder.
    const QString text = RuleCatalogue::messageTemplate(f.rule);
    if (text.contains(QLatin1String("%2")))
        return text.arg(m_strings[f.arg1], m_strings[f.arg2]);
    if (text.contains(QLatin1String("%1")))
        return text.arg(m_strings[f.arg1]);
    return text;
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
