#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QTcpServer>

#include <functional>
#include <map>
#include <optional>

class QTcpSocket;

namespace rb::test {

// A small HTTP/1.1 server on 127.0.0.1 (a port the system picks) that plays an SIS's API for the
// tests: Aeries (OAuth 2 client credentials, token expiry, load-balancer cookies), ClassLink's
// Roster Server (every request's OAuth 1.0a signature checked by its own code, written apart from
// the client's), both with OneRoster paging in each style servers use, and Clever's Data API v3.0
// and v3.1. Faults are scripted per path: 429s, 5xx, malformed answers, answers that never come.
//
// It runs in the test's thread: the client under test blocks in its own event loop, which is
// what lets this server answer.
class FakeSisServer final
{
public:
    enum class Api { Aeries, ClassLink, Clever };
    // How OneRoster pages say there is more: a total, Link rel="next", or only a short last page.
    enum class Paging { TotalCount, XCount, LinkHeader, ShortPage };

    struct Request
    {
        QByteArray method;
        QByteArray target; // the request-target as sent: path and query, still encoded
        QByteArray path;   // decoded
        QList<QPair<QByteArray, QByteArray>> query; // decoded
        QHash<QByteArray, QByteArray> headers;       // names in lower case
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QByteArray queryValue(const QByteArray &name) const;
    };

    struct Reply
    {
        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool hang = false; // never answer
    };

    explicit FakeSisServer(Api api);
    ~FakeSisServer();
    FakeSisServer(const FakeSisServer &) = delete;
    FakeSisServer &operator=(const FakeSisServer &) = delete;

    // http://127.0.0.1:PORT, plus the path a client is given (Aeries: /aeries).
    QString url() const;
    quint16 port() const { return m_server.serverPort(); }

    // Credentials the server accepts: Aeries id and secret, ClassLink key and secret; Clever's
    // district token is `secret`.
    QString id = QStringLiteral("consumer-id");
    QString secret = QStringLiteral("s3cr3t-VALUE");

    Paging paging = Paging::TotalCount;
    int pageCap = 0;                 // the most records a page holds, whatever limit asks (0: none)
    int tokenLifetimeSeconds = 3600; // Aeries
    bool legacyTokenPathOnly = false; // Aeries: only /v2/oauth/token answers
    int revokeTokenAfter = 0;        // Aeries: the token is refused after this many data requests
    bool schoolsOnly = false;        // /orgs is 404, /schools answers with "orgs"
    bool cleverAlwaysNext = false;   // Clever: a next link on every page with data

    // The next `replies.size()` requests whose path contains `pathPart` get these replies, in order.
    void script(const QByteArray &pathPart, const QList<Reply> &replies);
    // Every request whose path contains `pathPart` gets `reply`.
    void always(const QByteArray &pathPart, const Reply &reply);
    // Every request whose path contains `pathPart` is answered (as usual) `ms` late.
    void delay(const QByteArray &pathPart, int ms) { m_delays[pathPart] = ms; }

    // Requests received, in order.
    const QList<Request> &log() const { return m_log; }
    int countOf(const QByteArray &pathPart) const;
    int tokenRequests() const { return m_tokensIssued; }
    int requestsWithoutCookie() const { return m_withoutCookie; }
    // Aeries: data requests refused for an expired, dropped or unknown token.
    int refusedTokens() const { return m_refusedTokens; }
    // ClassLink: each request whose signature did not verify, and why.
    const QStringList &signatureFailures() const { return m_signatureFailures; }

    // What the server holds, per OneRoster file as a client should write it.
    int expected(const QString &fileName) const;

    // ClassLink's check, on its own: whether `request` carries a valid OAuth 1.0a HMAC-SHA256
    // signature for `key` and `secret`; `why` says what is wrong.
    static bool verifyOAuth1(const Request &request, const QByteArray &key, const QByteArray &secret, QString *why);

private:
    void onConnection();
    void onData(QTcpSocket *socket);
    std::optional<Reply> handle(const Request &request);
    Reply aeriesToken(const Request &request);
    std::optional<Reply> checkAuth(const Request &request);
    Reply oneRoster(const Request &request);
    Reply clever(const Request &request);
    void buildData();

    Api m_api;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<Request> m_log;
    std::map<QByteArray, QList<Reply>> m_scripts;
    std::map<QByteArray, Reply> m_always;
    std::map<QByteArray, int> m_delays;
    QStringList m_signatureFailures;
    QSet<QByteArray> m_nonces;

    // Aeries tokens: value → (issued, cookie it goes with).
    struct Token
    {
        QElapsedTimer issued;
        QByteArray cookie;
        bool revoked = false;
    };
    QHash<QByteArray, Token> m_tokens;
    int m_tokensIssued = 0;
    int m_dataRequests = 0;
    int m_withoutCookie = 0;
    int m_refusedTokens = 0;

    // The data, per resource, in API shape.
    QHash<QString, QJsonArray> m_oneRoster; // orgs, users, classes, enrollments, demographics
    QHash<QString, QJsonArray> m_clever;    // districts, schools, sections, users?role=…
    QHash<QString, int> m_expected;
};

} // namespace rb::test
