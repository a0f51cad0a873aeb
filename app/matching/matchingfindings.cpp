#include "matchingfindings.h"

#include "roster/roster.h"
#include "validation/finding.h"

#include <QHash>

namespace rb {

namespace {

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

void applyMatchingFindings(const Roster &roster, const QList<SchoolMatch> &matches, FindingList &findings)
{
    findings.removeRules({RuleId::SchoolNotMatched, RuleId::SchoolDeselected});
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
