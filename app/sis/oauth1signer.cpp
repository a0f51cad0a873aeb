#include "oauth1signer.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <algorithm>

namespace rb {

namespace {

// A query's pairs, decoded as application/x-www-form-urlencoded ("+" is a space), as RFC 5849
// section 3.4.1.3.1 reads them.
QList<QPair<QByteArray, QByteArray>> queryPairs(const QUrl &url)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return pairs;
    for (QByteArray part : query.split('&')) {
        if (part.isEmpty())
            continue;
        part.replace('+', ' ');
        const qsizetype eq = part.indexOf('=');
        const QByteArray name = eq < 0 ? part : part.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
        pairs.append({QByteArray::fromPercentEncoding(name), QByteArray::fromPercentEncoding(value)});
    }
    return pairs;
}

// RFC 5849 section 3.4.1.2: scheme and host in lower case, the port only when not the default.
QByteArray baseUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray out = scheme.toLatin1() + "://" + url.host(QUrl::FullyEncoded).toLower().toLatin1();
    const int port = url.port();
    const bool defaultPort = port < 0 || (scheme == QLatin1String("http") && port == 80)
        || (scheme == QLatin1String("https") && port == 443);
    if (!defaultPort)
        out += ':' + QByteArray::number(port);
    const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    return out + (path.isEmpty() ? QByteArray("/") : path);
}

} // namespace

OAuth1Signer::OAuth1Signer(const QString &consumerKey, const QString &consumerSecret)
    : m_key(consumerKey.toUtf8())
    , m_secret(consumerSecret.toUtf8())
{
}

QByteArray OAuth1Signer::percentEncode(const QByteArray &utf8)
{
    // toPercentEncoding() leaves exactly the unreserved set alone and writes upper-case hex.
    return utf8.toPercentEncoding();
}

QByteArray OAuth1Signer::signatureBaseString(const QByteArray &method, const QUrl &url,
                                             const QList<QPair<QByteArray, QByteArray>> &oauthParameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &[name, value] : queryPairs(url) + oauthParameters)
        encoded.append({percentEncode(name), percentEncode(value)});
    // Sorted by encoded name, then encoded value, byte by byte.
    std::sort(encoded.begin(), encoded.end());
    QByteArray normalized;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += name + '=' + value;
    }
    return method.toUpper() + '&' + percentEncode(baseUri(url)) + '&' + percentEncode(normalized);
}

QByteArray OAuth1Signer::signature(const QByteArray &baseString) const
{
    // No token, so the token secret after the "&" is empty.
    const QByteArray key = percentEncode(m_secret) + '&';
    return QMessageAuthenticationCode::hash(baseString, key, QCryptographicHash::Sha256).toBase64();
}

QByteArray OAuth1Signer::authorization(const QByteArray &method, const QUrl &url, QByteArray nonce,
                                       qint64 timestamp) const
{
    if (nonce.isEmpty()) {
        quint32 words[4];
        QRandomGenerator::system()->fillRange(words);
        nonce = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    }
    if (timestamp < 0)
        timestamp = QDateTime::currentSecsSinceEpoch();
    const QList<QPair<QByteArray, QByteArray>> oauth = {
        {"oauth_consumer_key", m_key},
        {"oauth_nonce", nonce},
        {"oauth_signature_method", "HMAC-SHA256"},
        {"oauth_timestamp", QByteArray::number(timestamp)},
        {"oauth_version", "1.0"},
    };
    const QByteArray signed_ = signature(signatureBaseString(method, url, oauth));
    QByteArray header = "OAuth ";
    for (const auto &[name, value] : oauth)
        header += name + "=\"" + percentEncode(value) + "\", ";
    header += "oauth_signature=\"" + percentEncode(signed_) + '"';
    return header;
}

} // namespace rb
