#include "synctarget.h"

namespace rb {

QHash<QString, SyncTarget> syncTargets(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools)
{
    QHash<QString, const HubSchool *> hubs;
    for (const HubSchool &h : hubSchools)
        hubs.insert(h.id, &h);
    QHash<QString, SyncTarget> targets;
    QHash<QString, int> named; // matched schools by their hub school's folded name
    for (const SchoolMatch &m : matches) {
        SyncTarget target;
        if (!m.selected) {
            target.state = SyncTarget::State::LeftOut;
        } else if (!m.hubId.isEmpty()) {
            const HubSchool *hub = hubs.value(m.hubId);
            target.state = SyncTarget::State::Matched;
            target.hubId = m.hubId;
            target.hubName = hub && !hub->name.trimmed().isEmpty() ? hub->name : m.hubId;
            ++named[target.hubName.trimmed().toCaseFolded()];
        }
        targets.insert(m.sisId, target);
    }
    for (SyncTarget &target : targets) {
        if (target.state == SyncTarget::State::Matched)
            target.hubNameShared = named.value(target.hubName.trimmed().toCaseFolded()) > 1;
    }
    return targets;
}

} // namespace rb
