#pragma once

#include "oneroster/schema.h"
#include "validation/rulecatalogue.h"

#include <QHash>
#include <QString>

#include <array>
#include <initializer_list>
#include <optional>
#include <vector>

namespace rb {

// One problem found in an export: small and flat, its text comes from the rule catalogue.
struct Finding
{
    static constexpr uint32_t NoRow = UINT32_MAX;

    RuleId rule = RuleId::Count;
    FileKind kind = FileKind::Other; // the table it belongs to, Other for none
    uint16_t column = 0;             // 1-based column in the file, 0 when it names no column
    uint32_t row = NoRow;            // row in the table, NoRow when it names no row
    uint32_t line = 0;               // 1-based physical line in the file, 0 for the whole file
    uint32_t file = 0;               // the file's name as found, an index into FindingList's strings
    uint32_t arg1 = 0;               // message arguments, indexes into FindingList's strings
    uint32_t arg2 = 0;
};

struct SeverityCounts
{
    std::array<qint64, SeverityCount> counts{};
    qint64 &operator[](Severity s) { return counts[size_t(s)]; }
    qint64 operator[](Severity s) const { return counts[size_t(s)]; }
    qint64 total() const { return counts[0] + counts[1] + counts[2] + counts[3]; }
};

// All the findings of one check, with the strings their messages use.
class FindingList final
{
public:
    FindingList();

    // Rebuilds a list from its findings and strings as they were kept (a session's decoder),
    // indexes unchanged. `strings[0]` must be the empty string and every finding's rule, kind and
    // string indexes in range; returns std::nullopt when they are not. A string kept twice is
    // looked up at its first index.
    static std::optional<FindingList> fromParts(std::vector<Finding> items, std::vector<QString> strings);

    struct Where
    {
        QString file;
        FileKind kind = FileKind::Other;
        uint32_t row = Finding::NoRow;
        uint32_t line = 0;
        int column = 0;
    };
    void add(RuleId rule, const Where &where, const QString &arg1 = {}, const QString &arg2 = {});

    // Moves every finding of `other` into this list.
    void merge(FindingList &&other);
    // Drops the findings of `rules`, keeping the order of the rest; returns how many went.
    size_t removeRules(std::initializer_list<RuleId> rules);
    // Orders findings by file (in OneRoster order), line and column.
    void sort();

    const std::vector<Finding> &items() const { return m_items; }
    size_t size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.empty(); }
    const Finding &at(size_t i) const { return m_items[i]; }

    const QString &string(uint32_t index) const { return m_strings[index]; }
    // Every string the findings name, indexed as in Finding; index 0 is the empty string.
    const std::vector<QString> &strings() const { return m_strings; }
    QString fileName(const Finding &f) const { return m_strings[f.file]; }
    // The finding's sentence, in the current language. Where the catalogue's sentence names the
    // person, class or school the finding concerns (%3, and for an enrollment its class as %4),
    // `subject` and `other` name them ("T10016 Patricia Howard"); left empty, the sentence says
    // "this user", "this class" and the like. ReadResult::message() names them from the roster.
    QString message(const Finding &f, const QString &subject = {}, const QString &other = {}) const;
    // Whether the finding's sentence names its record (%3) or, for an enrollment, its class (%4):
    // only then is it worth working out their labels.
    static bool namesSubject(RuleId rule);
    static bool namesOther(RuleId rule);

    SeverityCounts severityCounts() const;
    bool hasErrors() const { return severityCounts()[Severity::Error] > 0; }
    size_t countOf(RuleId rule) const;

private:
    uint32_t intern(const QString &s);

    std::vector<Finding> m_items;
    std::vector<QString> m_strings; // index 0 is the empty string
    QHash<QString, uint32_t> m_stringIndex;
};

} // namespace rb
