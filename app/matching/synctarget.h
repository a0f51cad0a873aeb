#pragma once

#include "matching/schoolmatch.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rb {

// Where a SIS school's records go, as the matching says: into a hub school, nowhere because the
// school was left out, or not decided yet. What the window shows beside a school.
struct SyncTarget
{
    // In the order the window lists them: matched schools first.
    enum class State { Matched, NotMatched, LeftOut };
    State state = State::NotMatched;
    QString hubId;
    QString hubName; // the hub school's name, its id when the hub's list has none
    // Another SIS school goes to a hub school of the same name (case and spaces aside): the
    // hub's name alone does not tell the two apart.
    bool hubNameShared = false;

    bool operator==(const SyncTarget &) const = default;
};

// The matching by SIS sourcedId; empty before any matching has begun. A school it does not list
// (new in a later import) is not matched yet: value() gives just that.
QHash<QString, SyncTarget> syncTargets(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools);

} // namespace rb
