#pragma once

#include "sis/sisconnection.h"
#include "sis/siserror.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace rb {

class Progress;

// One request to an SIS.
struct SisRequest
{
    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString what; // for messages: "users", "the access token"
};

// The server's final answer to one request.
struct SisResponse
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The first header of that name (any case), empty if none.
    QByteArray header(const QByteArray &name) const;
    // Every header of that name (Set-Cookie comes several times).
    QList<QByteArray> headerValues(const QByteArray &name) const;
};

// HTTP with the manners an SIS expects and a district admin can rely on:
// - credentials go only over https (http only to this computer, for test servers);
// - a TLS error ends the request, it is never ignored;
// - no answer within the timeout fails the request;
// - 429 is waited out as Retry-After or X-RateLimit-Reset says, up to a limit;
// - 5xx and dropped connections are tried again a few times, waiting longer each time;
// - redirects stay on the same host, and cookies are sent only when a client sets them;
// - every wait and every request stops within a twentieth of a second of a cancel.
//
// Requests block the calling thread, which runs its own event loop while waiting: a pull runs on
// a worker thread (or the command line's main thread), never on the UI thread. The client and
// every request belong to the thread that created the client.
class SisHttpClient final
{
public:
    // Called before each attempt, so that a signature (fresh nonce and time) or a renewed token
    // is set on every try.
    using Sign = std::function<void(QNetworkRequest &request, const SisRequest &what)>;

    SisHttpClient(SourceKind sis, const SisOptions &options, Progress *progress);
    ~SisHttpClient();
    SisHttpClient(const SisHttpClient &) = delete;
    SisHttpClient &operator=(const SisHttpClient &) = delete;

    // True when credentials may be sent to `url`: https, or http to this computer. `typed` is the
    // address as the admin entered it, which a refusal of what is no web address at all quotes
    // (such a QUrl has lost what it was made from).
    static bool checkUrl(const QUrl &url, SourceKind sis, SisError *error, const QString &typed = {});

    // Sends a request and returns the final answer: 2xx, 3xx and 4xx other than 429 are returned
    // for the caller to judge; 429 and 5xx are handled here. std::nullopt, with `error` set, when
    // there is no usable answer.
    std::optional<SisResponse> send(const SisRequest &request, SisError *error, const Sign &sign = {});

    // Waits `ms` while staying responsive to a cancel. False when cancelled.
    bool wait(int ms);
    bool isCancelled() const;

    const SisOptions &options() const { return m_options; }
    SourceKind sis() const { return m_sis; }

private:
    struct Attempt;
    Attempt attempt(const SisRequest &request, const Sign &sign);
    // How long a 429 asks to wait, in ms; -1 when it does not say.
    static qint64 rateLimitWait(const SisResponse &response);

    SourceKind m_sis;
    SisOptions m_options;
    Progress *m_progress;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace rb
