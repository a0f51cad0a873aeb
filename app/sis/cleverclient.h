#pragma once

#include "sis/sisclient.h"
#include "sis/sisconnection.h"

#include <QJsonObject>
#include <QUrl>

#include <functional>

namespace rb {

class SisHttpClient;

// Clever's Data API, v3.0 or v3.1, with a district-app bearer token. Reads districts, schools,
// users by role (student, teacher, staff, contact) and sections, following each answer's
// rel="next" link until there is none or a page's data is empty, and maps them to OneRoster:
// - districts and schools become orgs; sections become classes, and their teachers (the section's
//   `teacher` as primary) and students become enrollments;
// - staff become administrators (the hub makes Clever staff admins);
// - contacts become parents (a relationship of Parent) or guardians, linked to their students
//   through the students' agentSourcedIds; in the schools of those students; their Clever
//   relationship types and relationships go in metadata.contactType and metadata.relationship,
//   which OneRoster has no field for, so an Emergency contact can be held;
// - the preferred language comes from the student's ext field (preferred_language, and
//   guardian_preferred_language for the student's contacts), or with v3.1 from the student's
//   home_language_code, into metadata.preferredLanguage;
// - Clever puts a contact's full name in name.last: it is split at the last space.
class CleverClient final : public SisClient
{
public:
    CleverClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener = {});

    SisError testConnection() override;
    SisError pull(ExportWriter &writer) override;
    QStringList notices() const override { return m_notices; }

    // https://api.clever.com when nothing is given; without a trailing /v3.x.
    static QUrl apiBaseFor(const QString &pasted);

private:
    using Visit = std::function<void(const QJsonObject &record)>;
    // Reads every page of /<version>/<path>[?role=…] and hands each record's data to `visit`.
    SisError readAll(const QString &path, const QString &role, const QString &label, const Visit &visit,
                     qint64 maxRecords = 0);

    SisHttpClient &m_http;
    QByteArray m_token;
    QUrl m_base;
    QString m_version;
    SisProgressListener m_listener;
    QStringList m_notices;
};

} // namespace rb
