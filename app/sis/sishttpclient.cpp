#include "sishttpclient.h"

#include "util/progress.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SisHttpClient)
};

// How often a running request or wait looks at the cancel flag.
constexpr int CancelPollMs = 50;

QString seconds(qint64 ms)
{
    if (ms >= 120'000)
        return Tr::tr("%n minute(s)", nullptr, int((ms + 59'999) / 60'000));
    return Tr::tr("%n second(s)", nullptr, int(std::max<qint64>(1, (ms + 999) / 1000)));
}

bool isLocalHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

QByteArray SisResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<QByteArray> SisResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

struct SisHttpClient::Attempt
{
    SisResponse response;          // status 0 when no HTTP answer came
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    bool timedOut = false;
    bool cancelled = false;
    QStringList tlsErrors;
};

SisHttpClient::SisHttpClient(SourceKind sis, const SisOptions &options, Progress *progress)
    : m_sis(sis)
    , m_options(options)
    , m_progress(progress)
    , m_manager(std::make_unique<QNetworkAccessManager>())
{
}

SisHttpClient::~SisHttpClient() = default;

bool SisHttpClient::isCancelled() const
{
    return m_progress && m_progress->isCancelled();
}

bool SisHttpClient::checkUrl(const QUrl &url, SourceKind sis, SisError *error, const QString &typed)
{
    const QString name = Sis::displayName(sis);
    auto refuse = [&](const QString &message) {
        if (error)
            *error = SisError::make(SisError::Code::BadUrl, message);
        return false;
    };
    if (!url.isValid() || url.host().isEmpty() || url.scheme().isEmpty()) {
        // An invalid QUrl shows only the scheme it was given ("https://" for "not a url"): what
        // was typed is quoted instead, without a user and password written before an @.
        QString shown = typed.trimmed();
        shown.replace(QRegularExpression(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)?[^/@]*@")),
                      QStringLiteral("\\1"));
        return refuse(Tr::tr("“%1” is not a web address. Enter the address %2 gives for its API, starting with "
                             "https://.")
                          .arg(shown.isEmpty() ? SisError::where(url) : shown, name));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme == QLatin1String("http")) {
        if (isLocalHost(url.host()))
            return true;
        return refuse(Tr::tr("Rosterbench sends %1 credentials only over https://, and %2 starts with http://, which "
                             "anyone on the network could read. Use the https:// address (http:// is accepted only "
                             "for a test server on this computer).")
                          .arg(name, SisError::where(url)));
    }
    return refuse(Tr::tr("“%1” is not a web address Rosterbench can use. Enter the https:// address %2 gives for its "
                         "API.")
                      .arg(SisError::where(url), name));
}

bool SisHttpClient::wait(int ms)
{
    const QDeadlineTimer deadline(std::max(0, ms));
    while (!isCancelled()) {
        const qint64 left = deadline.remainingTime();
        if (left <= 0)
            return true;
        // An event loop, not a sleep: the thread's sockets (and a test's server) keep working.
        QEventLoop loop;
        QTimer::singleShot(int(std::min<qint64>(left, CancelPollMs)), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return false;
}

SisHttpClient::Attempt SisHttpClient::attempt(const SisRequest &request, const Sign &sign)
{
    Attempt out;
    QNetworkRequest req(request.url);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    // Cookies are the clients' business (Aeries sends back those of its token answer); the
    // manager keeps none of its own.
    req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("Rosterbench/" ROSTERBENCH_VERSION));
    req.setRawHeader("Accept", "application/json");
    if (!request.contentType.isEmpty())
        req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
    for (const auto &[name, value] : request.headers)
        req.setRawHeader(name, value);
    if (sign)
        sign(req, request);

    std::unique_ptr<QNetworkReply> reply(
        request.method == "GET" ? m_manager->get(req) : m_manager->sendCustomRequest(req, request.method, request.body));
    QEventLoop loop;
    QTimer idle;
    idle.setSingleShot(true);
    QTimer poll;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    // The timeout counts from the last byte received, so a large page that keeps arriving is not
    // cut off.
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &idle, [&idle, this] {
        idle.start(m_options.timeoutMs);
    });
    QObject::connect(&idle, &QTimer::timeout, reply.get(), [&out, &reply] {
        out.timedOut = true;
        reply->abort();
    });
    QObject::connect(&poll, &QTimer::timeout, reply.get(), [&out, &reply, this] {
        if (isCancelled()) {
            out.cancelled = true;
            reply->abort();
        }
    });
#if QT_CONFIG(ssl)
    // Collected for the message only: ignoreSslErrors() is never called, so the request fails.
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, reply.get(), [&out](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            out.tlsErrors << e.errorString();
    });
#endif
    if (!reply->isFinished()) {
        idle.start(m_options.timeoutMs);
        poll.start(CancelPollMs);
        loop.exec();
    }
    idle.stop();
    poll.stop();

    out.error = reply->error();
    out.errorString = reply->errorString();
    out.response.url = request.url;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !out.timedOut && !out.cancelled) {
        out.response.status = status.toInt();
        out.response.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            out.response.headers.append({name, value});
    }
    return out;
}

qint64 SisHttpClient::rateLimitWait(const SisResponse &response)
{
    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool number = false;
        const double s = retryAfter.toDouble(&number);
        if (number)
            return qint64(std::max(0.0, s) * 1000);
        // Or an HTTP date.
        const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
        if (at.isValid())
            return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(at));
    }
    const QByteArray reset = response.header("X-RateLimit-Reset").trimmed();
    if (!reset.isEmpty()) {
        bool number = false;
        const double value = reset.toDouble(&number);
        if (number) {
            // Clever and most APIs send the time the window resets, in seconds since 1970; a few
            // send the seconds left.
            if (value > 1e9)
                return std::max<qint64>(0, qint64(value * 1000) - QDateTime::currentMSecsSinceEpoch());
            return qint64(std::max(0.0, value) * 1000);
        }
    }
    return -1;
}

std::optional<SisResponse> SisHttpClient::send(const SisRequest &request, SisError *error, const Sign &sign)
{
    SisError localError;
    SisError &err = error ? *error : localError;
    err = SisError();
    if (!checkUrl(request.url, m_sis, &err))
        return std::nullopt;
    const QString name = Sis::displayName(m_sis);
    const QString at = SisError::where(request.url);
    int failures = 0;
    int rateWaits = 0;
    qint64 backoff = std::max(1, m_options.backoffMs);
    // A failure worth another try (a dropped connection, a 5xx): waits the backoff, doubled for
    // the next, while tries are left.
    enum class Retry { Again, GiveUp, Cancelled };
    const auto retryLater = [&] {
        if (++failures >= m_options.attempts)
            return Retry::GiveUp;
        if (!wait(int(backoff)))
            return Retry::Cancelled;
        backoff *= 2;
        return Retry::Again;
    };
    for (;;) {
        if (isCancelled()) {
            err = SisError::cancelled();
            return std::nullopt;
        }
        const Attempt a = attempt(request, sign);
        if (a.cancelled) {
            err = SisError::cancelled();
            return std::nullopt;
        }
        if (a.timedOut) {
            err = SisError::make(SisError::Code::Timeout,
                                 Tr::tr("%1 did not answer the request for %2 within %3 (%4). The server may be "
                                        "overloaded, or the address may not be %1's: check it, or try again later.")
                                     .arg(name, request.what, seconds(m_options.timeoutMs), at));
            return std::nullopt;
        }
        if (!a.tlsErrors.isEmpty() || a.error == QNetworkReply::SslHandshakeFailedError) {
            const QString why = a.tlsErrors.isEmpty() ? a.errorString : a.tlsErrors.join(QLatin1String("; "));
            err = SisError::make(SisError::Code::Tls,
                                 Tr::tr("The connection to %1 at %2 is not secure: %3. Rosterbench does not send "
                                        "credentials over a connection it cannot verify. Check the address; if your "
                                        "district inspects HTTPS traffic, ask your network team to install its "
                                        "certificate on this computer.")
                                     .arg(name, at, why));
            return std::nullopt;
        }
        const SisResponse &response = a.response;
        if (response.status == 0) {
            switch (a.error) {
            case QNetworkReply::HostNotFoundError:
                err = SisError::make(SisError::Code::Network,
                                     Tr::tr("The server %1 was not found (%2). Check the address, and that this "
                                            "computer is online.")
                                         .arg(request.url.host(), at));
                return std::nullopt;
            case QNetworkReply::ConnectionRefusedError:
                err = SisError::make(SisError::Code::Network,
                                     Tr::tr("Nothing answers at %1: the connection was refused. Check the address "
                                            "%2 gives for its API.")
                                         .arg(at, name));
                return std::nullopt;
            case QNetworkReply::RemoteHostClosedError:
            case QNetworkReply::TemporaryNetworkFailureError:
            case QNetworkReply::NetworkSessionFailedError:
            case QNetworkReply::UnknownNetworkError:
            case QNetworkReply::ProxyConnectionClosedError:
                // A dropped connection is worth another try, like a 5xx.
                if (const Retry r = retryLater(); r != Retry::GiveUp) {
                    if (r == Retry::Cancelled) {
                        err = SisError::cancelled();
                        return std::nullopt;
                    }
                    continue;
                }
                [[fallthrough]];
            default:
                err = SisError::make(SisError::Code::Network,
                                     Tr::tr("The connection to %1 failed while asking for %2 (%3): %4. Check that "
                                            "this computer is online, and try again.")
                                         .arg(name, request.what, at, a.errorString));
                return std::nullopt;
            }
        }
        if (response.status == 429) {
            const qint64 asked = rateLimitWait(response);
            if (asked > m_options.maxWaitMs) {
                err = SisError::make(SisError::Code::RateLimited,
                                     Tr::tr("%1 asks Rosterbench to wait %2 before asking for %3 again (HTTP 429 at "
                                            "%4): it allows only so many requests at a time. Pull again after that.")
                                         .arg(name, seconds(asked), request.what, at),
                                     429);
                return std::nullopt;
            }
            if (++rateWaits > m_options.rateLimitWaits) {
                err = SisError::fromStatus(m_sis, 429, request.url, request.what);
                return std::nullopt;
            }
            if (!wait(int(asked >= 0 ? asked : backoff))) {
                err = SisError::cancelled();
                return std::nullopt;
            }
            if (asked < 0)
                backoff *= 2;
            continue;
        }
        if (response.status >= 500) {
            if (const Retry r = retryLater(); r != Retry::GiveUp) {
                if (r == Retry::Cancelled) {
                    err = SisError::cancelled();
                    return std::nullopt;
                }
                continue;
            }
            err = SisError::fromStatus(m_sis, response.status, request.url, request.what);
            return std::nullopt;
        }
        return response;
    }
}

} // namespace rb
