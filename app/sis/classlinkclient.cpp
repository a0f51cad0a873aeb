#include "classlinkclient.h"

#include "sis/sishttpclient.h"

#include <QNetworkRequest>

namespace rb {

ClassLinkClient::ClassLinkClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener)
    : m_signer(connection.id, connection.secret)
    , m_reader(http, *this, OneRosterRestReader::apiBaseFor(connection.displayUrl()), std::move(listener))
{
}

SisError ClassLinkClient::testConnection()
{
    return m_reader.readOne(QStringLiteral("orgs"));
}

SisError ClassLinkClient::pull(ExportWriter &writer)
{
    return m_reader.pullInto(writer);
}

void ClassLinkClient::sign(QNetworkRequest &request, const SisRequest &what)
{
    // Signed for the URL exactly as it is sent, query included.
    request.setRawHeader("Authorization", m_signer.authorization(what.method, what.url));
}

} // namespace rb
