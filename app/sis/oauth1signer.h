#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace rb {

// Signs requests with OAuth 1.0a as ClassLink's Roster Server expects: a consumer key and secret,
// no token, HMAC-SHA256 (RFC 5849 with SHA-256 in place of SHA-1). The query's parameters (limit,
// offset, filter) are part of what is signed, so the signature must be made for the exact URL sent.
class OAuth1Signer final
{
public:
    OAuth1Signer(const QString &consumerKey, const QString &consumerSecret);

    // The Authorization header's value for `method` on `url`. A fresh nonce and the current time
    // unless given (tests give them, to compare with a signature computed elsewhere).
    QByteArray authorization(const QByteArray &method, const QUrl &url, QByteArray nonce = {},
                             qint64 timestamp = -1) const;

    // RFC 5849 section 3.4.1: METHOD&base-URI&normalized-parameters, each part percent-encoded.
    // `oauthParameters` are the oauth_* pairs other than the signature.
    static QByteArray signatureBaseString(const QByteArray &method, const QUrl &url,
                                          const QList<QPair<QByteArray, QByteArray>> &oauthParameters);
    // The base64 HMAC-SHA256 of the base string, keyed with the encoded secret and "&".
    QByteArray signature(const QByteArray &baseString) const;

    // RFC 5849 section 3.6: every byte of the UTF-8 text except A-Z a-z 0-9 - . _ ~ as %XX, in
    // upper-case hex.
    static QByteArray percentEncode(const QByteArray &utf8);

private:
    QByteArray m_key;
    QByteArray m_secret;
};

} // namespace rb
