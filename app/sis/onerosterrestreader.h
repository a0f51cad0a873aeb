#pragma once

#include "sis/sisclient.h"
#include "sis/siserror.h"

#include <QJsonObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace rb {

class ExportWriter;
class OneRosterAuth;
class SisHttpClient;
struct SisResponse;

// Reads a OneRoster 1.1 REST API (…/ims/oneroster/v1p1) page by page, the way servers really
// page: limit and offset, a total in X-Total-Count or x-count, a Link header with rel="next", or
// only a page shorter than the others at the end; whichever the server gives. Records come in an
// envelope named after the resource, with the variations servers use (/schools answers "orgs").
// Shared by AeriesClient and ClassLinkClient, which differ only in how they sign in.
class OneRosterRestReader final
{
public:
    // `apiBase` ends in /ims/oneroster/v1p1.
    OneRosterRestReader(SisHttpClient &http, OneRosterAuth &auth, const QUrl &apiBase,
                        SisProgressListener listener = {});

    using Visit = std::function<void(const QJsonObject &record)>;
    // Reads every page of `resource` ("users") and hands each record to `visit`, in order.
    // Records a bulk export would not hold (status tobedeleted) are skipped.
    SisError readAll(const QString &resource, const Visit &visit);
    // Reads the first record of `resource`: signs in and proves the API is there.
    SisError readOne(const QString &resource);

    // Pulls orgs, users, classes, enrollments and demographics into `writer`.
    SisError pullInto(ExportWriter &writer);

    // The API's address from what an admin pastes: the server, with or without /ims/oneroster/
    // v1p1 and anything after it.
    static QUrl apiBaseFor(const QUrl &pasted);
    // The server's address without the OneRoster path: where Aeries's /token is.
    static QUrl serverBaseFor(const QUrl &pasted);

private:
    struct Page;
    std::optional<SisResponse> get(const QUrl &url, const QString &what, SisError *error);
    std::optional<Page> readPage(const QString &resource, const QUrl &url, SisError *error);
    SisError readPages(const QString &path, const QString &resource, const Visit &visit, qint64 maxRecords);
    QUrl pageUrl(const QString &path, qint64 limit, qint64 offset) const;

    SisHttpClient &m_http;
    OneRosterAuth &m_auth;
    QUrl m_apiBase;
    SisProgressListener m_listener;
};

} // namespace rb
