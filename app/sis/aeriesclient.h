#pragma once

#include "sis/onerosterauth.h"
#include "sis/onerosterrestreader.h"
#include "sis/sisclient.h"
#include "sis/sisconnection.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QUrl>

namespace rb {

class SisHttpClient;

// Aeries's OneRoster 1.1 API. Signs in with OAuth 2 client credentials: the Consumer ID and
// Secret, Basic auth, POSTed to <base>/token (older servers: <base>/v2/oauth/token). The bearer
// token is kept until shortly before it expires, then renewed, and renewed once more if the
// server refuses it early. Aeries runs behind load balancers that pin a client with cookies set on
// the token's answer; they are sent back on every later call.
class AeriesClient final : public SisClient, private OneRosterAuth
{
public:
    AeriesClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener = {});

    SisError testConnection() override;
    SisError pull(ExportWriter &writer) override;

    // How many tokens were asked for so far (tests check renewal).
    int tokenRequests() const { return m_tokenRequests; }

private:
    bool prepare(SisError *error) override;
    void sign(QNetworkRequest &request, const SisRequest &what) override;
    bool renew(SisError *error) override;
    bool fetchToken(SisError *error);
    void keepCookies(const QList<QByteArray> &setCookieHeaders);
    void setCookies(QNetworkRequest &request) const;

    SisHttpClient &m_http;
    SisConnection m_connection;
    QUrl m_base; // where /token is: the OneRoster URL without /ims/oneroster/v1p1
    OneRosterRestReader m_reader;
    QString m_tokenPath; // the path that answered, tried first when renewing
    QByteArray m_token;
    QDeadlineTimer m_renewBy;
    QList<QPair<QByteArray, QByteArray>> m_cookies;
    int m_tokenRequests = 0;
};

} // namespace rb
