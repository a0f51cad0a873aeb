#include "matchingfindings.h"

#include "roster/roster.h"
#include "validation/finding.h"

#include <QHash>

#include <algorithm>

namespace rb {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isMatchingRule(RuleId rule)
{
    return rule == RuleId::SchoolNotMatched || rule == RuleId::SchoolDeselected;
}

} // namespace

void applyMatchingFindings(const Roster &roster, const QList<SchoolMatch> &matches, FindingList &findings)
{
    if (findings.countOf(RuleId::SchoolNotMatched) + findings.countOf(RuleId::SchoolDeselected) > 0) {
        std::vector<Finding> kept;
        kept.reserve(findings.size());
        std::copy_if(findings.items().begin(), findings.items().end(), std::back_inserter(kept),
                     [](const Finding &f) { return !isMatchingRule(f.rule); });
        if (std::optional<FindingList> rebuilt = FindingList::fromParts(std::move(kept), findings.strings()))
            findings = std::move(*rebuilt);
    }
    if (matches.isEmpty())
        return;

    QHash<QString, const SchoolMatch *> bySisId;
    for (const SchoolMatch &m : matches)
        bySisId.insert(m.sisId, &m);
    const Table &orgs = roster.table(FileKind::Orgs);
    const int column = orgs.columnForField(OrgsField::SourcedId);
    bool added = false;
    for (size_t row = 0; row < orgs.rowCount(); ++row) {
        if (text(orgs.cell(row, OrgsField::Type)).trimmed().compare(QLatin1String("school"), Qt::CaseInsensitive) != 0)
            continue;
        const QString id = text(orgs.sourcedId(row));
        const SchoolMatch *match = bySisId.value(id);
        RuleId rule;
        if (match && !match->selected)
            rule = RuleId::SchoolDeselected;
        else if (!match || match->hubId.isEmpty())
            rule = RuleId::SchoolNotMatched;
        else
            continue;
        const QString name = text(orgs.cell(row, OrgsField::Name)).trimmed();
        findings.add(rule, {orgs.entryName(), FileKind::Orgs, uint32_t(row), orgs.lineOf(row), column + 1},
                     name.isEmpty() ? id : name);
        added = true;
    }
    if (added)
        findings.sort();
}

} // namespace rb
