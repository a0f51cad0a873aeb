#pragma once

#include "roster/roster.h"

#include <QString>
#include <QUrl>

#include <optional>

namespace rb {

// What a pull connects to, as the admin enters it (in the Connect dialog or on the command line).
// The secret lives only here, in memory: it is never written to a file, a log or a message.
struct SisConnection
{
    SourceKind kind = SourceKind::Aeries;
    // Aeries: the OneRoster URL from Aeries (https://district.aeries.net/aeries).
    // ClassLink: the Roster Server's address (https://tenant-ca-v2.rosterserver.com), with or
    // without /ims/oneroster/v1p1. Clever: the API's address, https://api.clever.com by default.
    QString url;
    QString id;     // Aeries Consumer ID, ClassLink key; unused by Clever
    QString secret; // Aeries Consumer Secret, ClassLink secret, Clever district token

    // The URL as a QUrl with any user name or password taken out, safe to show and to keep as a
    // session's origin.
    QUrl displayUrl() const;
};

// How patient a pull is. The defaults suit a real SIS; tests make them short.
struct SisOptions
{
    int timeoutMs = 60'000;      // no byte from the server for this long fails the request
    int attempts = 4;            // tries of one request answered with 5xx or a dropped connection
    int backoffMs = 1'000;       // first wait before trying again; doubles each time
    int maxWaitMs = 120'000;     // longest wait a 429 may ask for; longer fails the pull
    int rateLimitWaits = 5;      // 429s waited out for one request before giving up
    int pageSize = 1'000;        // records asked for per page
    QString cleverApiVersion = QStringLiteral("v3.0"); // "v3.0" or "v3.1"
    QString oneRosterFilter;     // OneRoster `filter` sent with each request, e.g. status='active'
};

namespace Sis {

// An address as typed or pasted: https:// when no scheme is given; any user name or password
// taken out.
QUrl urlFromInput(const QString &text);

// "aeries", "classlink", "clever" (any case) → the source; nullopt for anything else.
std::optional<SourceKind> kindFromName(const QString &name);
// The SIS's name for people: "Aeries", "ClassLink", "Clever".
QString displayName(SourceKind kind);
// The labels of the id and secret for this SIS, as its own pages name them.
QString idLabel(SourceKind kind);
QString secretLabel(SourceKind kind);

} // namespace Sis

} // namespace rb
