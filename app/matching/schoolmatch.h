#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace rb {

// A school as the hub knows it.
struct HubSchool
{
    QString id;
    QString name;
    QString detail; // address or other note, to tell schools of the same name apart
    QString ncesId = {}; // the school's NCES id, when the hub has it: matched against the SIS's identifier
    QString city = {};

    bool operator==(const HubSchool &) const = default;
};

// One SIS school and the hub school it goes to. An empty hubId: not matched. A school the admin
// deselected is not synced at all.
//
// Once confirmed, a match is locked: neither its hub school nor whether it is selected can change
// again (the hub does not remap schools; its support does). Schools that first appear in a later
// import are matched and confirmed in their turn.
struct SchoolMatch
{
    QString sisId;
    QString sisName;
    QString hubId;
    bool selected = true;
    QDateTime confirmedAt = {}; // UTC; invalid while not confirmed
    QString confirmedBy = {};

    bool isConfirmed() const { return confirmedAt.isValid(); }
    // Matched to a hub school, or deselected: what there is to confirm.
    bool isDecided() const { return !selected || !hubId.isEmpty(); }
    bool syncs() const { return selected && !hubId.isEmpty(); }
    bool operator==(const SchoolMatch &) const = default;
};

// One confirmation of the matching: who confirmed which SIS schools, and when. The first one is
// when the matching was locked.
struct MatchingLock
{
    QDateTime at; // UTC
    QString operatorName;
    QStringList sisIds; // the SIS schools it confirmed
};

} // namespace rb
