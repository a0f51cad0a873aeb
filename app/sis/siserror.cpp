#include "siserror.h"

#include "sis/sisconnection.h"

#include <QCoreApplication>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SisError)
};

// What an admin of each SIS does when the credentials are refused.
QString unauthorizedAdvice(SourceKind sis)
{
    switch (sis) {
    case SourceKind::Aeries:
        return Tr::tr("Copy the Consumer ID and Consumer Secret again from the hub's record on Aeries's API Security "
                      "page, with no space before or after them, and check that its OneRoster box is ticked.");
    case SourceKind::ClassLink:
        return Tr::tr("Copy the key and secret again from ClassLink › Apps › Roster Server › Actions › API Key and "
                      "Secret.");
    case SourceKind::Clever:
        return Tr::tr("Copy the district token again from the app's page in the Clever dashboard; a token stops "
                      "working when the district disconnects the app.");
    case SourceKind::OneRosterCsv: break;
    }
    return {};
}

// What to share when the credentials are valid but the data is not allowed.
QString forbiddenAdvice(SourceKind sis)
{
    switch (sis) {
    case SourceKind::Aeries:
        return Tr::tr("In Aeries's API Security, give the hub's record read permission for Student Data, Schools, "
                      "Teacher Data, Classes and Master Schedule.");
    case SourceKind::ClassLink:
        return Tr::tr("In ClassLink, check the sharing permissions of the hub's app in Roster Server, including "
                      "demographics (birthDate).");
    case SourceKind::Clever:
        return Tr::tr("In Clever, check the app's data sharing rules: schools, sections, students, teachers, staff "
                      "and contacts must be shared.");
    case SourceKind::OneRosterCsv: break;
    }
    return {};
}

} // namespace

SisError SisError::make(Code code, const QString &message, int httpStatus)
{
    SisError e;
    e.code = code;
    e.message = message;
    e.httpStatus = httpStatus;
    return e;
}

SisError SisError::cancelled()
{
    return make(Code::Cancelled, Tr::tr("The pull was canceled."));
}

QString SisError::where(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toDisplayString();
}

SisError SisError::fromStatus(SourceKind sis, int status, const QUrl &url, const QString &what)
{
    const QString name = Sis::displayName(sis);
    const QString at = where(url);
    switch (status) {
    case 401:
        return make(Code::Unauthorized,
                    Tr::tr("%1 did not accept the %2 and %3 (HTTP 401 for %4 at %5). %6")
                        .arg(name, Sis::idLabel(sis), Sis::secretLabel(sis), what, at, unauthorizedAdvice(sis)),
                    status);
    case 403:
        return make(Code::Forbidden,
                    Tr::tr("%1 accepted the credentials but does not allow reading %2 (HTTP 403 at %3). %4")
                        .arg(name, what, at, forbiddenAdvice(sis)),
                    status);
    case 404:
        return make(Code::NotFound,
                    Tr::tr("%1 has nothing at %2 (HTTP 404 for %3). Check the URL: it should be the address %1 "
                           "gives for the API, such as %4.")
                        .arg(name, at, what,
                             sis == SourceKind::Aeries      ? QStringLiteral("https://district.aeries.net/aeries")
                             : sis == SourceKind::ClassLink ? QStringLiteral("https://district-ca-v2.rosterserver.com")
                                                            : QStringLiteral("https://api.clever.com")),
                    status);
    case 429:
        return make(Code::RateLimited,
                    Tr::tr("%1 kept asking Rosterbench to slow down (HTTP 429 for %2 at %3). Wait a few minutes and "
                           "pull again.")
                        .arg(name, what, at),
                    status);
    default: break;
    }
    if (status >= 500) {
        return make(Code::ServerError,
                    Tr::tr("%1's server failed to answer for %2 (HTTP %3 at %4), also when asked again. The SIS may be "
                           "down or busy: try again later, and tell %1's support if it lasts.")
                        .arg(name, what)
                        .arg(status)
                        .arg(at),
                    status);
    }
    return make(Code::ServerError,
                Tr::tr("%1 answered the request for %2 with HTTP %3 at %4, which its API does not give for a valid "
                       "request. Check the URL; if it is right, tell %1's support.")
                    .arg(name, what)
                    .arg(status)
                    .arg(at),
                status);
}

} // namespace rb
