#pragma once

#include "sis/oauth1signer.h"
#include "sis/onerosterauth.h"
#include "sis/onerosterrestreader.h"
#include "sis/sisclient.h"
#include "sis/sisconnection.h"

namespace rb {

class SisHttpClient;

// ClassLink's Roster Server: the OneRoster 1.1 API, every request signed with OAuth 1.0a
// (HMAC-SHA256, the app's key and secret, no token). Nothing to sign in to and nothing to renew;
// each attempt of each request gets its own nonce and time.
class ClassLinkClient final : public SisClient, private OneRosterAuth
{
public:
    ClassLinkClient(SisHttpClient &http, const SisConnection &connection, SisProgressListener listener = {});

    SisError testConnection() override;
    SisError pull(ExportWriter &writer) override;

private:
    bool prepare(SisError *) override { return true; }
    void sign(QNetworkRequest &request, const SisRequest &what) override;
    bool renew(SisError *) override { return false; }

    OAuth1Signer m_signer;
    OneRosterRestReader m_reader;
};

} // namespace rb
