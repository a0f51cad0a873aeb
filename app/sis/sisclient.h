#pragma once

#include "sis/siserror.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace rb {

class ExportWriter;

// Where a pull is, resource by resource: what a progress line or a dialog's list shows.
struct SisProgressEvent
{
    QString resource;     // as the API names it: "users", "sections", "users?role=contact"
    qint64 records = 0;   // received so far
    qint64 expected = -1; // what the server says it holds, -1 when it does not say
    bool finished = false;
};

// Called on the pulling thread after each page and when a resource is complete.
using SisProgressListener = std::function<void(const SisProgressEvent &)>;

// One SIS's API: signs in, pulls the roster and maps it to OneRoster records.
class SisClient
{
public:
    virtual ~SisClient() = default;

    // Signs in and reads the smallest thing the API has: proves the address and credentials.
    virtual SisError testConnection() = 0;
    // Pulls everything the hub needs into `writer`, as OneRoster 1.1 records.
    virtual SisError pull(ExportWriter &writer) = 0;
    // Things worth telling the admin that are not errors ("3 users are both teacher and staff").
    virtual QStringList notices() const { return {}; }
};

} // namespace rb
