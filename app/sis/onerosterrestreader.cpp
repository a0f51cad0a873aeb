#include "onerosterrestreader.h"

#include "oneroster/exportwriter.h"
#include "sis/oauth1signer.h"
#include "sis/onerosterauth.h"
#include "sis/sishttpclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OneRosterRestReader)
};

const QString OneRosterPath = QStringLiteral("/ims/oneroster/v1p1");

// A JSON value as a CSV cell: strings as they are, numbers and booleans as OneRoster writes
// them, null and objects as blank.
QString text(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    default: return {};
    }
}

QString field(const QJsonObject &o, const char *key) { return text(o.value(QLatin1String(key))); }

// A reference ({"sourcedId": …, "href": …, "type": …}) as its sourcedId.
QString ref(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isObject() ? text(v.toObject().value(QLatin1String("sourcedId"))) : text(v);
}

// A list of references as a OneRoster CSV comma list of sourcedIds.
QString refs(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return ref(o, key);
    QStringList ids;
    for (const QJsonValue &item : v.toArray()) {
        const QString id = item.isObject() ? text(item.toObject().value(QLatin1String("sourcedId"))) : text(item);
        if (!id.isEmpty())
            ids << id;
    }
    return ids.join(u',');
}

// A list of strings ("grades": ["09", "10"]) as a comma list.
QString list(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray())
        return text(v);
    QStringList items;
    for (const QJsonValue &item : v.toArray()) {
        if (const QString s = text(item); !s.isEmpty())
            items << s;
    }
    return items.join(u',');
}

// userIds: [{"type": "LDAP", "identifier": "jdoe"}] as {LDAP:jdoe}.
QString userIds(const QJsonObject &o)
{
    QStringList items;
    for (const QJsonValue &item : o.value(QLatin1String("userIds")).toArray()) {
        const QJsonObject id = item.toObject();
        items << QStringLiteral("{%1:%2}").arg(field(id, "type"), field(id, "identifier"));
    }
    return items.join(u',');
}

// The record's metadata object, scalar values only, as metadata.* columns.
void addMetadata(ExportWriter::Record &record, const QJsonObject &o)
{
    const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!it.value().isObject() && !it.value().isArray())
            record.setMetadata(it.key(), text(it.value()));
    }
}

// The keys a server may put `resource`'s records under.
QStringList envelopeKeys(const QString &resource)
{
    QStringList keys{resource};
    if (resource.endsWith(u's'))
        keys << resource.chopped(1);
    if (resource == QLatin1String("schools"))
        keys << QStringLiteral("orgs") << QStringLiteral("org");
    return keys;
}

// The URL of the Link header's rel="next", if it has one. `hasLink` says whether there was a Link
// header at all (one without next means this was the last page).
std::optional<QUrl> nextLink(const SisResponse &response, bool *hasLink)
{
    const QList<QByteArray> values = response.headerValues("Link");
    *hasLink = !values.isEmpty();
    static const QRegularExpression item(QStringLiteral("<([^>]*)>([^<]*)"));
    static const QRegularExpression relNext(QStringLiteral("rel\\s*=\\s*\"?[^\";,]*\\bnext\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const QByteArray &value : values) {
        auto it = item.globalMatch(QString::fromUtf8(value));
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (relNext.match(m.captured(2)).hasMatch())
                return response.url.resolved(QUrl(m.captured(1).trimmed()));
        }
    }
    return std::nullopt;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && a.port() == b.port();
}

} // namespace

struct OneRosterRestReader::Page
{
    QJsonArray records;
    qint64 total = -1;
    std::optional<QUrl> next;
    bool hasLink = false;
};

OneRosterRestReader::OneRosterRestReader(SisHttpClient &http, OneRosterAuth &auth, const QUrl &apiBase,
                                         SisProgressListener listener)
    : m_http(http)
    , m_auth(auth)
    , m_apiBase(apiBase)
    , m_listener(std::move(listener))
{
}

QUrl OneRosterRestReader::serverBaseFor(const QUrl &pasted)
{
    QUrl base = pasted.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QString path = base.path();
    const qsizetype at = path.indexOf(OneRosterPath, 0, Qt::CaseInsensitive);
    if (at >= 0)
        path.truncate(at);
    while (path.endsWith(u'/'))
        path.chop(1);
    base.setPath(path);
    return base;
}

QUrl OneRosterRestReader::apiBaseFor(const QUrl &pasted)
{
    QUrl base = serverBaseFor(pasted);
    base.setPath(base.path() + OneRosterPath);
    return base;
}

QUrl OneRosterRestReader::pageUrl(const QString &path, qint64 limit, qint64 offset) const
{
    QUrl url = m_apiBase;
    url.setPath(m_apiBase.path() + u'/' + path);
    // Encoded here, once, so that the URL sent is the URL a ClassLink signature was made for.
    QByteArray query = "limit=" + QByteArray::number(limit) + "&offset=" + QByteArray::number(offset);
    const QString filter = m_http.options().oneRosterFilter;
    if (!filter.isEmpty())
        query += "&filter=" + OAuth1Signer::percentEncode(filter.toUtf8());
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

std::optional<SisResponse> OneRosterRestReader::get(const QUrl &url, const QString &what, SisError *error)
{
    bool renewed = false;
    for (;;) {
        if (!m_auth.prepare(error))
            return std::nullopt;
        SisRequest request;
        request.url = url;
        request.what = what;
        std::optional<SisResponse> response
            = m_http.send(request, error, [this](QNetworkRequest &r, const SisRequest &s) { m_auth.sign(r, s); });
        if (!response)
            return std::nullopt;
        if (response->status == 401 && !renewed) {
            // A token the server dropped early: one more try with a new one.
            renewed = true;
            SisError renewError;
            if (m_auth.renew(&renewError))
                continue;
            if (renewError.isError()) {
                *error = renewError;
                return std::nullopt;
            }
        }
        if (response->status < 200 || response->status >= 300) {
            *error = SisError::fromStatus(m_http.sis(), response->status, url, what);
            return std::nullopt;
        }
        return response;
    }
}

std::optional<OneRosterRestReader::Page> OneRosterRestReader::readPage(const QString &resource, const QUrl &url,
                                                                     SisError *error)
{
    const std::optional<SisResponse> response = get(url, resource, error);
    if (!response)
        return std::nullopt;
    const QString name = Sis::displayName(m_http.sis());
    const QString at = SisError::where(url);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response->body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString why = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : Tr::tr("not a JSON object");
        *error = SisError::make(SisError::Code::Malformed,
                                Tr::tr("%1 answered the request for %2 at %3 with something that is not OneRoster's "
                                       "JSON (%4). The address may lead to a web page rather than the OneRoster API, "
                                       "or the server failed midway: check the address and pull again.")
                                    .arg(name, resource, at, why),
                                response->status);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Page page;
    bool found = false;
    for (const QString &key : envelopeKeys(resource)) {
        for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0 && it.value().isArray()) {
                page.records = it.value().toArray();
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    if (!found) {
        QStringList keys = root.keys();
        if (keys.size() > 5)
            keys = keys.mid(0, 5) << QStringLiteral("…");
        *error = SisError::make(SisError::Code::Malformed,
                                Tr::tr("%1 answered the request for %2 at %3 without the “%2” list OneRoster 1.1 puts "
                                       "records in (it sent: %4). Check that the address is the OneRoster 1.1 API.")
                                    .arg(name, resource, at,
                                         keys.isEmpty() ? Tr::tr("an empty object") : keys.join(QLatin1String(", "))),
                                response->status);
        return std::nullopt;
    }
    for (const QByteArray &header : {QByteArray("X-Total-Count"), QByteArray("X-Count")}) {
        bool ok = false;
        const qint64 total = response->header(header).trimmed().toLongLong(&ok);
        if (ok && total >= 0) {
            page.total = total;
            break;
        }
    }
    page.next = nextLink(*response, &page.hasLink);
    return page;
}

SisError OneRosterRestReader::readPages(const QString &path, const QString &resource, const Visit &visit,
                                        qint64 maxRecords)
{
    const qint64 limit = maxRecords > 0 ? maxRecords : std::max(1, m_http.options().pageSize);
    QUrl url = pageUrl(path, limit, 0);
    qint64 offset = 0;
    qint64 kept = 0;
    qint64 largest = 0;
    qint64 total = -1;
    QString previousFirst;
    const QString name = Sis::displayName(m_http.sis());
    for (;;) {
        SisError error;
        const std::optional<Page> page = readPage(resource, url, &error);
        if (!page)
            return error;
        const qint64 n = page->records.size();
        if (page->total >= 0)
            total = page->total;
        // A server that ignores offset sends the first page forever.
        const QString first = n > 0 ? field(page->records.first().toObject(), "sourcedId") : QString();
        if (!first.isEmpty() && first == previousFirst) {
            // Fewer than asked for, again: a server that does not page gives its whole list each
            // time, and the first time was all of it.
            if (n < limit)
                break;
            return SisError::make(SisError::Code::Malformed,
                                  Tr::tr("%1 sent the same page of %2 twice (%3): it does not page as OneRoster "
                                         "says, and the pull would never end. Tell %1's support.")
                                      .arg(name, resource, SisError::where(url)));
        }
        previousFirst = first;
        for (const QJsonValue &value : page->records) {
            if (!value.isObject()) {
                return SisError::make(SisError::Code::Malformed,
                                      Tr::tr("%1 sent a %2 record that is not a JSON object (%3). Tell %1's support.")
                                          .arg(name, resource, SisError::where(url)));
            }
            const QJsonObject record = value.toObject();
            // A bulk export holds what is there, not what was removed.
            if (field(record, "status") == QLatin1String("tobedeleted"))
                continue;
            if (visit)
                visit(record);
            ++kept;
        }
        if (m_listener)
            m_listener({resource, kept, total, false});
        if (maxRecords > 0)
            break;
        offset += n;
        largest = std::max(largest, n);
        if (page->next) {
            if (!sameOrigin(*page->next, m_apiBase)) {
                return SisError::make(SisError::Code::BadUrl,
                                      Tr::tr("%1 sent the next page of %2 to another server (%3). Rosterbench sends "
                                             "credentials only to the address entered, so the pull stopped.")
                                          .arg(name, resource, SisError::where(*page->next)));
            }
            url = *page->next;
            continue;
        }
        // A Link header without next: that was the last page. No records: nothing further.
        if (page->hasLink || n == 0)
            break;
        if (total >= 0 && offset >= total)
            break;
        // With no total, a page shorter than the longest one is the last. Servers may cap the
        // limit asked for, so the first page sets what "full" means.
        if (total < 0 && n < largest)
            break;
        url = pageUrl(path, limit, offset);
    }
    if (m_listener)
        m_listener({resource, kept, total, true});
    return {};
}

SisError OneRosterRestReader::readAll(const QString &resource, const Visit &visit)
{
    SisError error = readPages(resource, resource, visit, 0);
    // Servers sharing schools only may answer /orgs with 404; /schools holds the same records.
    if (error.code == SisError::Code::NotFound && resource == QLatin1String("orgs"))
        error = readPages(QStringLiteral("schools"), QStringLiteral("schools"), visit, 0);
    return error;
}

SisError OneRosterRestReader::readOne(const QString &resource)
{
    SisError error = readPages(resource, resource, {}, 1);
    if (error.code == SisError::Code::NotFound && resource == QLatin1String("orgs"))
        error = readPages(QStringLiteral("schools"), QStringLiteral("schools"), {}, 1);
    return error;
}

SisError OneRosterRestReader::pullInto(ExportWriter &writer)
{
    // Bulk files: status and dateLastModified stay blank, as OneRoster writes them in bulk.
    SisError error = readAll(QStringLiteral("orgs"), [&](const QJsonObject &o) {
        using namespace OrgsField;
        ExportWriter::Record r(FileKind::Orgs);
        r.set(SourcedId, field(o, "sourcedId")).set(Name, field(o, "name")).set(Type, field(o, "type"))
            .set(Identifier, field(o, "identifier")).set(ParentSourcedId, ref(o, "parent"));
        addMetadata(r, o);
        writer.add(r);
    });
    if (error.isError())
        return error;
    error = readAll(QStringLiteral("users"), [&](const QJsonObject &o) {
        using namespace UsersField;
        ExportWriter::Record r(FileKind::Users);
        r.set(SourcedId, field(o, "sourcedId")).set(EnabledUser, field(o, "enabledUser"))
            .set(OrgSourcedIds, refs(o, "orgs")).set(UsersField::Role, field(o, "role")).set(Username, field(o, "username"))
            .set(UserIds, userIds(o)).set(GivenName, field(o, "givenName")).set(FamilyName, field(o, "familyName"))
            .set(MiddleName, field(o, "middleName")).set(Identifier, field(o, "identifier"))
            .set(Email, field(o, "email")).set(Sms, field(o, "sms")).set(Phone, field(o, "phone"))
            .set(AgentSourcedIds, refs(o, "agents")).set(Grades, list(o, "grades"));
        // The password is never copied: the hub does not use it, and it has no place in a file.
        addMetadata(r, o);
        writer.add(r);
    });
    if (error.isError())
        return error;
    error = readAll(QStringLiteral("classes"), [&](const QJsonObject &o) {
        using namespace ClassesField;
        ExportWriter::Record r(FileKind::Classes);
        r.set(SourcedId, field(o, "sourcedId")).set(Title, field(o, "title")).set(Grades, list(o, "grades"))
            .set(CourseSourcedId, ref(o, "course")).set(ClassCode, field(o, "classCode"))
            .set(ClassType, field(o, "classType")).set(Location, field(o, "location"))
            .set(SchoolSourcedId, ref(o, "school")).set(TermSourcedIds, refs(o, "terms"))
            .set(Subjects, list(o, "subjects")).set(SubjectCodes, list(o, "subjectCodes"))
            .set(Periods, list(o, "periods"));
        addMetadata(r, o);
        writer.add(r);
    });
    if (error.isError())
        return error;
    error = readAll(QStringLiteral("enrollments"), [&](const QJsonObject &o) {
        using namespace EnrollmentsField;
        ExportWriter::Record r(FileKind::Enrollments);
        r.set(SourcedId, field(o, "sourcedId")).set(ClassSourcedId, ref(o, "class"))
            .set(SchoolSourcedId, ref(o, "school")).set(UserSourcedId, ref(o, "user")).set(EnrollmentsField::Role, field(o, "role"))
            .set(Primary, field(o, "primary")).set(BeginDate, field(o, "beginDate")).set(EndDate, field(o, "endDate"));
        addMetadata(r, o);
        writer.add(r);
    });
    if (error.isError())
        return error;
    return readAll(QStringLiteral("demographics"), [&](const QJsonObject &o) {
        using namespace DemographicsField;
        ExportWriter::Record r(FileKind::Demographics);
        r.set(SourcedId, field(o, "sourcedId")).set(BirthDate, field(o, "birthDate")).set(Sex, field(o, "sex"))
            .set(AmericanIndianOrAlaskaNative, field(o, "americanIndianOrAlaskaNative")).set(Asian, field(o, "asian"))
            .set(BlackOrAfricanAmerican, field(o, "blackOrAfricanAmerican"))
            .set(NativeHawaiianOrOtherPacificIslander, field(o, "nativeHawaiianOrOtherPacificIslander"))
            .set(White, field(o, "white")).set(DemographicRaceTwoOrMoreRaces, field(o, "demographicRaceTwoOrMoreRaces"))
            .set(HispanicOrLatinoEthnicity, field(o, "hispanicOrLatinoEthnicity"))
            .set(CountryOfBirthCode, field(o, "countryOfBirthCode"))
            .set(StateOfBirthAbbreviation, field(o, "stateOfBirthAbbreviation"))
            .set(CityOfBirth, field(o, "cityOfBirth"))
            .set(PublicSchoolResidenceStatus, field(o, "publicSchoolResidenceStatus"));
        addMetadata(r, o);
        writer.add(r);
    });
}

} // namespace rb
