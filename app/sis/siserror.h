#pragma once

#include "roster/roster.h"

#include <QString>
#include <QUrl>

namespace rb {

// Why a pull from an SIS stopped, as a value: a code for programs and a message for a district
// admin that says what went wrong, where (the SIS and the address, never a secret), and what to
// do about it.
struct SisError
{
    enum class Code {
        None,
        BadUrl,       // not a web address, or not one Rosterbench will send credentials to
        Unauthorized, // 401: wrong credentials
        Forbidden,    // 403: right credentials, data not shared
        NotFound,     // 404: the URL is not the API
        RateLimited,  // 429 beyond what can be waited out
        ServerError,  // 5xx after every try, or another status the API never gives
        Timeout,
        Tls,          // the server's certificate is not trusted; never ignored
        Network,      // no connection: host unknown, refused, dropped
        Malformed,    // an answer that is not the API's JSON
        Cancelled,
        Output,       // what was pulled could not be written
    };

    Code code = Code::None;
    int httpStatus = 0;
    QString message;

    bool isError() const { return code != Code::None; }

    static SisError make(Code code, const QString &message, int httpStatus = 0);
    // The error an HTTP status gives when `sis` answers a request for `what` (words for people:
    // "users", "the access token") at `url`, in words that SIS's admins use.
    static SisError fromStatus(SourceKind sis, int status, const QUrl &url, const QString &what);
    static SisError cancelled();

    // `url` as messages show it: no query, no user name or password.
    static QString where(const QUrl &url);
};

} // namespace rb
