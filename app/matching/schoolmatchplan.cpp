#include "schoolmatchplan.h"

#include "report/reportwriter.h"
#include "roster/roster.h"

#include <QHash>
#include <QSet>

namespace rb {

QList<SchoolMatch> SchoolMatchPlan::workingMatches(const QList<SisSchool> &schools, const QList<SchoolMatch> &kept)
{
    QHash<QString, SchoolMatch> keptOf;
    for (const SchoolMatch &m : kept)
        keptOf.insert(m.sisId, m);
    QList<SchoolMatch> out;
    QSet<QString> inExport;
    for (const SisSchool &s : schools) {
        if (inExport.contains(s.sourcedId))
            continue; // a duplicated org id: the orgs rules report it; one match is enough
        SchoolMatch m = keptOf.value(s.sourcedId);
        if (m.sisId.isEmpty())
            m.sisId = s.sourcedId;
        if (!m.isConfirmed())
            m.sisName = s.name;
        out.append(m);
        inExport.insert(s.sourcedId);
    }
    for (const SchoolMatch &m : kept) {
        if (!inExport.contains(m.sisId) && m.isConfirmed())
            out.append(m);
    }
    return out;
}

SchoolMatchPlan SchoolMatchPlan::make(const Roster &roster, const FindingList &findings,
                                      const QList<HubSchool> &hubSchools, const QList<SchoolMatch> &matches)
{
    return make(summarizeSchools(roster, findings), hubSchools, matches);
}

SchoolMatchPlan SchoolMatchPlan::make(const std::vector<SchoolSummary> &summaries, const QList<HubSchool> &hubSchools,
                                      const QList<SchoolMatch> &matches)
{
    SchoolMatchPlan plan;
    QHash<QString, const SchoolMatch *> matchOf;
    for (const SchoolMatch &m : matches)
        matchOf.insert(m.sisId, &m);
    QHash<QString, const SchoolSummary *> syncingInto; // hub id → SIS school
    QHash<QString, const SchoolMatch *> matchInto;
    QSet<QString> inExport;

    for (const SchoolSummary &s : summaries) {
        if (!s.isSchool()) {
            plan.outsideSchools = s;
            continue;
        }
        inExport.insert(s.sourcedId);
        const SchoolMatch *m = matchOf.value(s.sourcedId);
        if (m && !m->selected)
            plan.deselected.push_back(s);
        else if (!m || m->hubId.isEmpty() || syncingInto.contains(m->hubId))
            plan.unmatched.push_back(s); // a second school for one hub school is refused when kept
        else {
            syncingInto.insert(m->hubId, &s);
            matchInto.insert(m->hubId, m);
        }
    }
    for (const HubSchool &hub : hubSchools) {
        if (const SchoolSummary *s = syncingInto.value(hub.id))
            plan.syncing.append({hub, *matchInto.value(hub.id), *s});
        else
            plan.hubWithoutSchool.append(hub);
    }
    for (const SchoolMatch &m : matches) {
        if (!inExport.contains(m.sisId))
            plan.notInExport.append(m);
    }
    return plan;
}

QByteArray SchoolMatchPlan::mappingCsv(const QList<HubSchool> &hubSchools, const QList<SchoolMatch> &matches)
{
    using ReportWriter::csvCell;
    QHash<QString, QString> hubName;
    for (const HubSchool &h : hubSchools)
        hubName.insert(h.id, h.name);
    // Machine-readable: the status words are fixed, not translated.
    QString out = QStringLiteral("sis_id,sis_name,hub_id,hub_name,status,confirmed_at,confirmed_by\r\n");
    for (const SchoolMatch &m : matches) {
        const QString status = !m.selected         ? QStringLiteral("deselected")
                               : m.hubId.isEmpty() ? QStringLiteral("not matched")
                                                   : QStringLiteral("synced");
        const QStringList cells = {
            csvCell(m.sisId),
            csvCell(m.sisName),
            csvCell(m.selected ? m.hubId : QString()),
            csvCell(m.selected ? hubName.value(m.hubId) : QString()),
            status,
            m.isConfirmed() ? m.confirmedAt.toUTC().toString(Qt::ISODate) : QString(),
            csvCell(m.confirmedBy),
        };
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace rb
