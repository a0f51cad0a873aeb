#include "aeriesclient.h"

#include "sis/sishttpclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkCookie>
#include <QNetworkRequest>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AeriesClient)
};

// The OneRoster 1.1 scopes a roster pull needs; Aeries requires at least one in the request.
const QByteArray Scopes = "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly "
                          "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly "
                          "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-demographics.readonly";

// When a token's lifetime is unknown.
constexpr qint64 DefaultLifetimeSeconds = 3600;

} // namespace

AeriesClient::AeriesClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener)
    : m_http(http)
    , m_connection(connection)
    , m_base(OneRosterRestReader::serverBaseFor(connection.displayUrl()))
    , m_reader(http, *this, OneRosterRestReader::apiBaseFor(connection.displayUrl()), std::move(listener))
{
}

SisError AeriesClient::testConnection()
{
    return m_reader.readOne(QStringLiteral("orgs"));
}

SisError AeriesClient::pull(ExportWriter &writer)
{
    return m_reader.pullInto(writer);
}

bool AeriesClient::prepare(SisError *error)
{
    if (!m_token.isEmpty() && !m_renewBy.hasExpired())
        return true;
    return fetchToken(error);
}

void AeriesClient::sign(QNetworkRequest &request, const SisRequest &)
{
    request.setRawHeader("Authorization", "Bearer " + m_token);
    setCookies(request);
}

void AeriesClient::setCookies(QNetworkRequest &request) const
{
    if (m_cookies.isEmpty())
        return;
    QByteArray cookie;
    for (const auto &[name, value] : m_cookies)
        cookie += (cookie.isEmpty() ? "" : "; ") + name + '=' + value;
    request.setRawHeader("Cookie", cookie);
}

bool AeriesClient::renew(SisError *error)
{
    m_token.clear();
    return fetchToken(error);
}

void AeriesClient::keepCookies(const QList<QByteArray> &setCookieHeaders)
{
    for (const QByteArray &header : setCookieHeaders) {
        for (const QNetworkCookie &cookie : QNetworkCookie::parseCookies(header)) {
            bool replaced = false;
            for (auto &kept : m_cookies) {
                if (kept.first == cookie.name()) {
                    kept.second = cookie.value();
                    replaced = true;
                }
            }
            if (!replaced)
                m_cookies.append({cookie.name(), cookie.value()});
        }
    }
}

bool AeriesClient::fetchToken(SisError *error)
{
    const QString name = Sis::displayName(SourceKind::Aeries);
    QStringList paths{QStringLiteral("/token"), QStringLiteral("/v2/oauth/token")};
    if (m_tokenPath == paths.last())
        std::swap(paths.first(), paths.last());
    const QByteArray pair = m_connection.id.toUtf8() + ':' + m_connection.secret.toUtf8();
    const QByteArray basic = "Basic " + pair.toBase64();
    for (const QString &path : std::as_const(paths)) {
        SisRequest request;
        request.method = "POST";
        request.url = m_base;
        request.url.setPath(m_base.path() + path);
        request.contentType = "application/x-www-form-urlencoded";
        request.body = "grant_type=client_credentials&scope=" + QByteArray(Scopes).toPercentEncoding();
        request.what = Tr::tr("an access token");
        ++m_tokenRequests;
        const std::optional<SisResponse> response = m_http.send(request, error, [&](QNetworkRequest &r, const SisRequest &) {
            r.setRawHeader("Authorization", basic);
            // The load balancer's cookies of an earlier token go with a renewal too.
            setCookies(r);
        });
        if (!response)
            return false;
        // Older Aeries versions have only the second path.
        if ((response->status == 404 || response->status == 405) && path != paths.last())
            continue;
        if (response->status == 400 || response->status == 401) {
            // OAuth servers answer wrong client credentials with 400 invalid_client or 401.
            *error = SisError::fromStatus(SourceKind::Aeries, 401, request.url, request.what);
            return false;
        }
        if (response->status < 200 || response->status >= 300) {
            *error = SisError::fromStatus(SourceKind::Aeries, response->status, request.url, request.what);
            return false;
        }
        const QJsonObject token = QJsonDocument::fromJson(response->body).object();
        const QString accessToken = token.value(QLatin1String("access_token")).toString();
        if (accessToken.isEmpty()) {
            *error = SisError::make(SisError::Code::Malformed,
                                    Tr::tr("%1 answered the sign-in at %2 without an access token. Check that the "
                                           "OneRoster URL is the one Aeries gives (such as "
                                           "https://district.aeries.net/aeries), and pull again.")
                                        .arg(name, SisError::where(request.url)),
                                    response->status);
            return false;
        }
        m_tokenPath = path;
        m_token = accessToken.toUtf8();
        qint64 lifetime = qint64(token.value(QLatin1String("expires_in")).toDouble(double(DefaultLifetimeSeconds)));
        if (lifetime <= 0)
            lifetime = DefaultLifetimeSeconds;
        // Renewed a little before it runs out (a quarter of its life, at most a minute), so that
        // no request is sent with a token that expires on the way.
        const qint64 margin = std::min<qint64>(60'000, lifetime * 1000 / 4);
        m_renewBy = QDeadlineTimer(lifetime * 1000 - margin);
        keepCookies(response->headerValues("Set-Cookie"));
        return true;
    }
    return false;
}

} // namespace rb
