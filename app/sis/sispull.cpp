#include "sispull.h"

#include "oneroster/exportwriter.h"
#include "oneroster/manifest.h"
#include "sis/aeriesclient.h"
#include "sis/classlinkclient.h"
#include "sis/cleverclient.h"
#include "sis/onerosterrestreader.h"
#include "sis/sishttpclient.h"
#include "util/progress.h"

#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SisPull)
};

std::unique_ptr<SisClient> clientFor(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener)
{
    switch (connection.kind) {
    case SourceKind::Aeries: return std::make_unique<AeriesClient>(http, connection, std::move(listener));
    case SourceKind::ClassLink: return std::make_unique<ClassLinkClient>(http, connection, std::move(listener));
    case SourceKind::Clever: return std::make_unique<CleverClient>(http, connection, std::move(listener));
    case SourceKind::OneRosterCsv: break;
    }
    return nullptr;
}

// The address requests go to, as the clients will build it.
QUrl requestBase(const SisConnection &connection)
{
    return connection.kind == SourceKind::Clever ? CleverClient::apiBaseFor(connection.url) : connection.displayUrl();
}

} // namespace

SisPull::SisPull(SisConnection connection, SisOptions options)
    : m_connection(std::move(connection))
    , m_options(std::move(options))
{
}

SisConnection SisPull::trimmed(const SisConnection &connection, QStringList *trimmedKeys)
{
    SisConnection out = connection;
    auto trim = [trimmedKeys](QString &value, const char *key) {
        const QString t = value.trimmed();
        if (t != value && !t.isEmpty() && trimmedKeys)
            trimmedKeys->append(QLatin1String(key));
        value = t;
    };
    trim(out.url, "url");
    trim(out.id, "id");
    trim(out.secret, "secret");
    return out;
}

SisError SisPull::ready(SisConnection *connection, QStringList *trimmedKeys) const
{
    *connection = trimmed(m_connection, trimmedKeys);
    const QString name = Sis::displayName(connection->kind);
    if (connection->kind == SourceKind::OneRosterCsv)
        return SisError::make(SisError::Code::BadUrl, Tr::tr("Choose the SIS to pull from: Aeries, ClassLink or Clever."));
    if (connection->url.isEmpty() && connection->kind != SourceKind::Clever) {
        return SisError::make(SisError::Code::BadUrl,
                              Tr::tr("Enter the address of %1's OneRoster API, as %1 gives it.").arg(name));
    }
    if (connection->id.isEmpty() && connection->kind != SourceKind::Clever) {
        return SisError::make(SisError::Code::Unauthorized,
                              Tr::tr("Enter the %1 %2.").arg(name, Sis::idLabel(connection->kind)));
    }
    if (connection->secret.isEmpty()) {
        return SisError::make(SisError::Code::Unauthorized,
                              Tr::tr("Enter the %1 %2.").arg(name, Sis::secretLabel(connection->kind)));
    }
    SisError error;
    // Refused before any connection is made.
    if (!SisHttpClient::checkUrl(requestBase(*connection), connection->kind, &error, connection->url))
        return error;
    return {};
}

SisError SisPull::testConnection(Progress *progress) const
{
    SisConnection connection;
    if (SisError error = ready(&connection, nullptr); error.isError())
        return error;
    if (progress)
        progress->setStage(Tr::tr("Connecting to %1").arg(Sis::displayName(connection.kind)));
    SisHttpClient http(connection.kind, m_options, progress);
    const std::unique_ptr<SisClient> client = clientFor(http, connection, {});
    return client->testConnection();
}

SisPullResult SisPull::run(Progress *progress) const
{
    SisPullResult result;
    SisConnection connection;
    QStringList trimmedKeys;
    result.error = ready(&connection, &trimmedKeys);
    if (result.error.isError())
        return result;
    const QString name = Sis::displayName(connection.kind);
    if (!trimmedKeys.isEmpty()) {
        QStringList labels;
        for (const QString &key : std::as_const(trimmedKeys)) {
            labels << (key == QLatin1String("url")  ? Tr::tr("URL")
                       : key == QLatin1String("id") ? Sis::idLabel(connection.kind)
                                                    : Sis::secretLabel(connection.kind));
        }
        result.notices << Tr::tr("Spaces before or after the %1 were removed.").arg(QLocale().createSeparatedList(labels));
    }

    if (progress)
        progress->setStage(Tr::tr("Connecting to %1").arg(name));
    const QLocale locale;
    auto listener = [&](const SisProgressEvent &event) {
        if (progress) {
            progress->setStage(event.expected >= 0 && !event.finished
                                   ? Tr::tr("Pulling %1: %2 of %3")
                                         .arg(event.resource, locale.toString(event.records), locale.toString(event.expected))
                                   : Tr::tr("Pulling %1: %2").arg(event.resource, locale.toString(event.records)));
        }
        if (event.finished)
            result.resources.push_back(event);
        if (m_listener)
            m_listener(event);
    };
    SisHttpClient http(connection.kind, m_options, progress);
    const std::unique_ptr<SisClient> client = clientFor(http, connection, listener);
    ExportWriter writer;
    writer.setManifestProperty(QStringLiteral("source.systemName"), Manifest::systemName(connection.kind));
    // Which credentials had spaces around them, by key only: the hub refuses them pasted that
    // way, and a re-check of the kept zip must still say so.
    if (!trimmedKeys.isEmpty())
        writer.setManifestProperty(QStringLiteral("source.credentialsTrimmed"), trimmedKeys.join(u','));
    result.error = client->pull(writer);
    result.notices << client->notices();
    if (result.error.isError())
        return result;

    if (progress)
        progress->setStage(Tr::tr("Writing the export"));
    QString writeError;
    result.packed.zip = writer.zip(&writeError);
    if (result.packed.zip.isEmpty()) {
        result.error = SisError::make(SisError::Code::Output, writeError);
        return result;
    }
    const QUrl origin = requestBase(connection);
    result.packed.origin = origin.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    result.packed.originKind = QStringLiteral("sis");
    result.packed.modified = QDateTime::currentDateTimeUtc();
    result.packed.name = Tr::tr("%1 pull from %2, %3")
                             .arg(name, origin.host(), locale.toString(result.packed.modified.toLocalTime(), QLocale::ShortFormat));
    return result;
}

} // namespace rb
