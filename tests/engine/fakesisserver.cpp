// The test data is JSON literals built from concatenations, which QStringBuilder's lazy
// expressions cannot initialize: plain QString and QByteArray operator+ here.
#undef QT_USE_QSTRINGBUILDER

#include "fakesisserver.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace rb::test {

namespace {

const QByteArray OneRosterPath = "/ims/oneroster/v1p1/";

// Percent-decoding done by hand, apart from the client's QUrl and QByteArray helpers. In a query
// (`plusIsSpace`), "+" stands for a space, as HTML forms write it.
QByteArray decode(const QByteArray &in, bool plusIsSpace)
{
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '+' && plusIsSpace) {
            out += ' ';
        } else if (c == '%' && i + 2 < in.size() && hexValue(in[i + 1]) >= 0 && hexValue(in[i + 2]) >= 0) {
            out += char(hexValue(in[i + 1]) * 16 + hexValue(in[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

// RFC 5849 section 3.6, by hand: unreserved characters as they are, every other byte as %XX.
QByteArray encode(const QByteArray &in)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (const char ch : in) {
        const unsigned char c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
            || c == '.' || c == '_' || c == '~';
        if (unreserved) {
            out += char(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

QList<QPair<QByteArray, QByteArray>> splitQuery(const QByteArray &rawQuery)
{
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        pairs.append({decode(eq < 0 ? part : part.left(eq), true), decode(eq < 0 ? QByteArray() : part.mid(eq + 1), true)});
    }
    return pairs;
}

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

FakeSisServer::Reply json(const QJsonObject &o, int status = 200)
{
    FakeSisServer::Reply r;
    r.status = status;
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

FakeSisServer::Reply error(int status, const char *message)
{
    return json(QJsonObject{{QStringLiteral("error"), QString::fromLatin1(message)}}, status);
}

QJsonObject ref(const QString &id, const char *type)
{
    return {{QStringLiteral("sourcedId"), id}, {QStringLiteral("type"), QString::fromLatin1(type)},
            {QStringLiteral("href"), QStringLiteral("~/ims/oneroster/v1p1/x/") + id}};
}

QString num(const char *prefix, int i, int width = 2)
{
    return QString::fromLatin1(prefix) + QStringLiteral("%1").arg(i, width, 10, QLatin1Char('0'));
}

} // namespace

QByteArray FakeSisServer::Request::queryValue(const QByteArray &name) const
{
    for (const auto &[key, value] : query) {
        if (key == name)
            return value;
    }
    return {};
}

FakeSisServer::FakeSisServer(Api api)
    : m_api(api)
{
    buildData();
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { onConnection(); });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("the test server cannot listen on 127.0.0.1");
}

FakeSisServer::~FakeSisServer()
{
    m_server.close();
    for (QTcpSocket *socket : m_buffers.keys())
        socket->abort();
}

QString FakeSisServer::url() const
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port());
    return m_api == Api::Aeries ? base + QStringLiteral("/aeries") : base;
}

void FakeSisServer::script(const QByteArray &pathPart, const QList<Reply> &replies)
{
    m_scripts[pathPart] += replies;
}

void FakeSisServer::always(const QByteArray &pathPart, const Reply &reply)
{
    m_always[pathPart] = reply;
}

int FakeSisServer::countOf(const QByteArray &pathPart) const
{
    return int(std::count_if(m_log.begin(), m_log.end(), [&](const Request &r) { return r.path.contains(pathPart); }));
}

int FakeSisServer::expected(const QString &fileName) const
{
    if (schoolsOnly && fileName == QLatin1String("orgs.csv"))
        return m_expected.value(fileName) - 1; // /schools has no district
    return m_expected.value(fileName);
}

void FakeSisServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_buffers.insert(socket, {});
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { onData(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeSisServer::onData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            request.headers.insert(name, value);
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        const qsizetype question = request.target.indexOf('?');
        request.path = decode(question < 0 ? request.target : request.target.left(question), false);
        if (question >= 0)
            request.query = splitQuery(request.target.mid(question + 1));
        m_log.append(request);

        const std::optional<Reply> reply = handle(request);
        if (!reply || reply->hang)
            continue; // never answered
        QByteArray out = "HTTP/1.1 " + QByteArray::number(reply->status) + ' ' + reason(reply->status) + "\r\n";
        out += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(reply->body.size()) + "\r\n";
        for (const auto &[name, value] : reply->headers)
            out += name + ": " + value + "\r\n";
        out += "\r\n" + reply->body;
        int late = 0;
        for (const auto &[part, ms] : m_delays) {
            if (request.path.contains(part))
                late = ms;
        }
        if (late > 0) {
            QTimer::singleShot(late, socket, [socket, out] { socket->write(out); });
            continue;
        }
        socket->write(out);
    }
}

std::optional<FakeSisServer::Reply> FakeSisServer::handle(const Request &request)
{
    for (auto &[part, replies] : m_scripts) {
        if (request.path.contains(part) && !replies.isEmpty())
            return replies.takeFirst();
    }
    for (const auto &[part, reply] : m_always) {
        if (request.path.contains(part))
            return reply;
    }
    switch (m_api) {
    case Api::Aeries:
        if (request.path == "/aeries/token" || request.path == "/aeries/v2/oauth/token")
            return aeriesToken(request);
        if (!request.path.startsWith("/aeries" + OneRosterPath))
            return error(404, "no such page");
        break;
    case Api::ClassLink:
        if (!request.path.startsWith(OneRosterPath))
            return error(404, "no such page");
        break;
    case Api::Clever:
        if (!request.path.startsWith("/v3.0/") && !request.path.startsWith("/v3.1/"))
            return error(404, "no such page");
        break;
    }
    if (std::optional<Reply> refused = checkAuth(request))
        return refused;
    return m_api == Api::Clever ? clever(request) : oneRoster(request);
}

FakeSisServer::Reply FakeSisServer::aeriesToken(const Request &request)
{
    if (legacyTokenPathOnly && request.path == "/aeries/token")
        return error(404, "no such page");
    if (request.method != "POST")
        return error(405, "POST only");
    const QByteArray expectedAuth = "Basic " + (id.toUtf8() + ':' + secret.toUtf8()).toBase64();
    if (request.header("Authorization") != expectedAuth)
        return error(401, "invalid_client");
    if (!request.body.contains("grant_type=client_credentials"))
        return error(400, "unsupported_grant_type");
    ++m_tokensIssued;
    const QByteArray value = "tok-" + QByteArray::number(m_tokensIssued);
    Token token;
    token.issued.start();
    token.cookie = "aff-" + QByteArray::number(m_tokensIssued);
    m_tokens.insert(value, token);
    Reply r = json({{QStringLiteral("access_token"), QString::fromLatin1(value)},
                    {QStringLiteral("token_type"), QStringLiteral("bearer")},
                    {QStringLiteral("expires_in"), tokenLifetimeSeconds}});
    // As Aeries's load balancers do: the client must send these back.
    r.headers.append({"Set-Cookie", "ARRAffinity=" + token.cookie + "; path=/; HttpOnly"});
    r.headers.append({"Set-Cookie", "ASP.NET_SessionId=session" + QByteArray::number(m_tokensIssued) + "; path=/; HttpOnly"});
    return r;
}

std::optional<FakeSisServer::Reply> FakeSisServer::checkAuth(const Request &request)
{
    switch (m_api) {
    case Api::Aeries: {
        const QByteArray auth = request.header("Authorization");
        if (!auth.startsWith("Bearer "))
            return error(401, "no token");
        auto it = m_tokens.find(auth.mid(7));
        if (it == m_tokens.end() || it->revoked || it->issued.elapsed() >= qint64(tokenLifetimeSeconds) * 1000) {
            ++m_refusedTokens;
            return error(401, "token expired");
        }
        if (!request.header("Cookie").contains("ARRAffinity=" + it->cookie)) {
            // Without its affinity cookie the request reaches a server that never saw the token.
            ++m_withoutCookie;
            return error(401, "unknown token");
        }
        ++m_dataRequests;
        if (revokeTokenAfter > 0 && m_dataRequests == revokeTokenAfter + 1) {
            it->revoked = true;
            ++m_refusedTokens;
            return error(401, "token revoked");
        }
        return std::nullopt;
    }
    case Api::ClassLink: {
        QString why;
        if (!verifyOAuth1(request, id.toUtf8(), secret.toUtf8(), &why)) {
            m_signatureFailures << QString::fromLatin1(request.target) + QStringLiteral(": ") + why;
            return error(401, "signature");
        }
        // A nonce is good once.
        const QByteArray auth = request.header("Authorization");
        const qsizetype at = auth.indexOf("oauth_nonce=\"");
        const QByteArray nonce = auth.mid(at, auth.indexOf('"', at + 13) - at);
        if (m_nonces.contains(nonce)) {
            m_signatureFailures << QStringLiteral("nonce used twice");
            return error(401, "nonce");
        }
        m_nonces.insert(nonce);
        return std::nullopt;
    }
    case Api::Clever:
        if (request.header("Authorization") != "Bearer " + secret.toUtf8())
            return error(401, "invalid token");
        return std::nullopt;
    }
    return std::nullopt;
}

bool FakeSisServer::verifyOAuth1(const Request &request, const QByteArray &key, const QByteArray &secret, QString *why)
{
    auto fail = [why](const QString &text) {
        if (why)
            *why = text;
        return false;
    };
    const QByteArray auth = request.header("Authorization");
    if (!auth.startsWith("OAuth "))
        return fail(QStringLiteral("no OAuth header"));
    QHash<QByteArray, QByteArray> oauth;
    for (const QByteArray &item : auth.mid(6).split(',')) {
        const QByteArray t = item.trimmed();
        const qsizetype eq = t.indexOf('=');
        if (eq < 0)
            return fail(QStringLiteral("bad header item"));
        QByteArray value = t.mid(eq + 1);
        if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
            return fail(QStringLiteral("unquoted header value"));
        oauth.insert(t.left(eq), decode(value.mid(1, value.size() - 2), false));
    }
    if (oauth.value("oauth_signature_method") != "HMAC-SHA256")
        return fail(QStringLiteral("method ") + QString::fromLatin1(oauth.value("oauth_signature_method")));
    if (oauth.value("oauth_consumer_key") != key)
        return fail(QStringLiteral("wrong key"));
    if (oauth.contains("oauth_version") && oauth.value("oauth_version") != "1.0")
        return fail(QStringLiteral("version"));
    if (oauth.value("oauth_nonce").isEmpty())
        return fail(QStringLiteral("no nonce"));
    if (std::abs(oauth.value("oauth_timestamp").toLongLong() - QDateTime::currentSecsSinceEpoch()) > 300)
        return fail(QStringLiteral("stale timestamp"));

    // The base string from the raw request line, as sent.
    const qsizetype question = request.target.indexOf('?');
    const QByteArray rawPath = question < 0 ? request.target : request.target.left(question);
    QList<QPair<QByteArray, QByteArray>> parameters = splitQuery(question < 0 ? QByteArray() : request.target.mid(question + 1));
    for (auto it = oauth.constBegin(); it != oauth.constEnd(); ++it) {
        if (it.key() != "oauth_signature" && it.key() != "realm")
            parameters.append({it.key(), it.value()});
    }
    QList<QByteArray> encoded;
    for (const auto &[name, value] : parameters)
        encoded.append(encode(name) + '=' + encode(value));
    // Sorting "name=value" strings sorts by name then value, as "=" sorts below every encoded
    // character.
    std::sort(encoded.begin(), encoded.end());
    QByteArray joined;
    for (const QByteArray &pair : encoded)
        joined += (joined.isEmpty() ? "" : "&") + pair;
    const QByteArray baseUri = "http://" + request.header("Host").toLower() + rawPath;
    const QByteArray base = request.method + '&' + encode(baseUri) + '&' + encode(joined);
    const QByteArray expected
        = QMessageAuthenticationCode::hash(base, encode(secret) + '&', QCryptographicHash::Sha256).toBase64();
    if (expected != oauth.value("oauth_signature"))
        return fail(QStringLiteral("signature mismatch for base string ") + QString::fromLatin1(base));
    return true;
}

FakeSisServer::Reply FakeSisServer::oneRoster(const Request &request)
{
    QString resource = QString::fromLatin1(request.path.mid(request.path.indexOf(OneRosterPath) + OneRosterPath.size()));
    QString envelope = resource;
    QJsonArray all;
    if (resource == QLatin1String("schools")) {
        for (const QJsonValue &org : m_oneRoster.value(QStringLiteral("orgs"))) {
            if (org.toObject().value(QLatin1String("type")).toString() == QLatin1String("school"))
                all.append(org);
        }
        envelope = QStringLiteral("orgs");
    } else if (resource == QLatin1String("orgs") && schoolsOnly) {
        return error(404, "not shared");
    } else if (m_oneRoster.contains(resource)) {
        all = m_oneRoster.value(resource);
    } else {
        return error(404, "no such resource");
    }
    qint64 limit = request.queryValue("limit").isEmpty() ? 100 : request.queryValue("limit").toLongLong();
    if (pageCap > 0)
        limit = std::min<qint64>(limit, pageCap);
    const qint64 offset = request.queryValue("offset").toLongLong();
    QJsonArray page;
    for (qint64 i = offset; i < all.size() && i < offset + limit; ++i)
        page.append(all.at(i));
    Reply r = json({{envelope, page}});
    const QByteArray total = QByteArray::number(all.size());
    switch (paging) {
    case Paging::TotalCount: r.headers.append({"X-Total-Count", total}); break;
    case Paging::XCount: r.headers.append({"x-count", total}); break;
    case Paging::LinkHeader: {
        const QByteArray base = "http://127.0.0.1:" + QByteArray::number(port()) + request.path + "?limit="
            + QByteArray::number(limit) + "&offset=";
        QByteArray link = '<' + base + "0>; rel=\"first\"";
        if (offset + page.size() < all.size())
            link += ", <" + base + QByteArray::number(offset + page.size()) + ">; rel=\"next\"";
        r.headers.append({"Link", link});
        break;
    }
    case Paging::ShortPage: break;
    }
    return r;
}

FakeSisServer::Reply FakeSisServer::clever(const Request &request)
{
    const QByteArray version = request.path.mid(1, 4); // v3.0 or v3.1
    const QString resource = QString::fromLatin1(request.path.mid(6));
    const QByteArray role = request.queryValue("role");
    const QString key = role.isEmpty() ? resource : resource + QStringLiteral("?role=") + QString::fromLatin1(role);
    if (!m_clever.contains(key))
        return error(404, "no such resource");
    const QJsonArray all = m_clever.value(key);
    const qint64 limit = request.queryValue("limit").isEmpty() ? 100 : request.queryValue("limit").toLongLong();
    const QString after = QString::fromLatin1(request.queryValue("starting_after"));
    qint64 start = 0;
    if (!after.isEmpty()) {
        while (start < all.size() && all.at(start).toObject().value(QLatin1String("id")).toString() != after)
            ++start;
        ++start;
    }
    QJsonArray data;
    QString last;
    for (qint64 i = start; i < all.size() && i < start + limit; ++i) {
        QJsonObject record = all.at(i).toObject();
        last = record.value(QLatin1String("id")).toString();
        // home_language_code exists from v3.1 on.
        if (version == "v3.0" && record.contains(QLatin1String("roles"))) {
            QJsonObject roles = record.value(QLatin1String("roles")).toObject();
            QJsonObject student = roles.value(QLatin1String("student")).toObject();
            student.remove(QStringLiteral("home_language_code"));
            student.remove(QStringLiteral("home_language"));
            if (!student.isEmpty())
                roles.insert(QStringLiteral("student"), student);
            record.insert(QStringLiteral("roles"), roles);
        }
        data.append(QJsonObject{{QStringLiteral("data"), record},
                                {QStringLiteral("uri"), QStringLiteral("/%1/users/%2").arg(QString::fromLatin1(version), last)}});
    }
    QJsonArray links{QJsonObject{{QStringLiteral("rel"), QStringLiteral("self")},
                                 {QStringLiteral("uri"), QString::fromLatin1(request.target)}}};
    const bool more = start + data.size() < all.size();
    if (!data.isEmpty() && (more || cleverAlwaysNext)) {
        QString next = QStringLiteral("/%1/%2?limit=%3").arg(QString::fromLatin1(version), resource).arg(limit);
        if (!role.isEmpty())
            next += QStringLiteral("&role=") + QString::fromLatin1(role);
        links.append(QJsonObject{{QStringLiteral("rel"), QStringLiteral("next")},
                                 {QStringLiteral("uri"), next + QStringLiteral("&starting_after=") + last}});
    }
    return json({{QStringLiteral("data"), data}, {QStringLiteral("links"), links}});
}

void FakeSisServer::buildData()
{
    // OneRoster (Aeries, ClassLink): a district, two schools, 3 teachers, 25 students, 10
    // parents, 4 classes; and one user removed (tobedeleted), which a bulk export leaves out.
    QJsonArray orgs;
    orgs.append(QJsonObject{{QStringLiteral("sourcedId"), QStringLiteral("D1")}, {QStringLiteral("status"), QStringLiteral("active")},
                            {QStringLiteral("name"), QStringLiteral("Lakeview Unified")}, {QStringLiteral("type"), QStringLiteral("district")},
                            {QStringLiteral("identifier"), QJsonValue()}, {QStringLiteral("parent"), QJsonValue()},
                            {QStringLiteral("metadata"), QJsonValue()}});
    for (int s = 1; s <= 2; ++s) {
        orgs.append(QJsonObject{{QStringLiteral("sourcedId"), num("S", s, 1)}, {QStringLiteral("status"), QStringLiteral("active")},
                                {QStringLiteral("name"), s == 1 ? QStringLiteral("Lakeview High School") : QStringLiteral("Jefferson Middle, East")},
                                {QStringLiteral("type"), QStringLiteral("school")}, {QStringLiteral("identifier"), num("LHS", s, 1)},
                                {QStringLiteral("parent"), ref(QStringLiteral("D1"), "org")}});
    }
    QJsonArray users, classes, enrollments, demographics;
    for (int t = 1; t <= 3; ++t) {
        users.append(QJsonObject{{QStringLiteral("sourcedId"), num("T", t, 1)}, {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("enabledUser"), true}, {QStringLiteral("role"), QStringLiteral("teacher")},
                                 {QStringLiteral("orgs"), QJsonArray{ref(num("S", t == 3 ? 2 : 1, 1), "org")}},
                                 {QStringLiteral("username"), num("teacher", t, 1)},
                                 {QStringLiteral("userIds"), QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("LDAP")},
                                                                                    {QStringLiteral("identifier"), num("t", t, 1)}}}},
                                 {QStringLiteral("givenName"), QStringLiteral("María")}, {QStringLiteral("familyName"), num("López", t, 1)},
                                 {QStringLiteral("email"), num("teacher", t, 1) + QStringLiteral("@lakeview.example")},
                                 {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("preferredLanguage"), QStringLiteral("es")}}}});
    }
    for (int u = 1; u <= 25; ++u) {
        users.append(QJsonObject{{QStringLiteral("sourcedId"), num("U", u)}, {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("enabledUser"), QStringLiteral("true")}, {QStringLiteral("role"), QStringLiteral("student")},
                                 {QStringLiteral("orgs"), QJsonArray{ref(num("S", u <= 15 ? 1 : 2, 1), "org")}},
                                 {QStringLiteral("username"), num("student", u)},
                                 {QStringLiteral("givenName"), QStringLiteral("Jane")}, {QStringLiteral("familyName"), num("Doe", u)},
                                 {QStringLiteral("identifier"), QString::number(10000 + u)},
                                 {QStringLiteral("agents"), QJsonArray{ref(num("P", u % 10 + 1), "user")}},
                                 {QStringLiteral("grades"), QJsonArray{QStringLiteral("09")}}});
        demographics.append(QJsonObject{{QStringLiteral("sourcedId"), num("U", u)}, {QStringLiteral("status"), QStringLiteral("active")},
                                        {QStringLiteral("birthDate"), QStringLiteral("2010-03-%1").arg(u, 2, 10, QLatin1Char('0'))},
                                        {QStringLiteral("sex"), u % 2 ? QStringLiteral("female") : QStringLiteral("male")},
                                        {QStringLiteral("white"), u % 3 == 0}, {QStringLiteral("hispanicOrLatinoEthnicity"), QStringLiteral("false")}});
    }
    for (int p = 1; p <= 10; ++p) {
        users.append(QJsonObject{{QStringLiteral("sourcedId"), num("P", p)}, {QStringLiteral("status"), QStringLiteral("active")},
                                 {QStringLiteral("enabledUser"), true}, {QStringLiteral("role"), QStringLiteral("parent")},
                                 {QStringLiteral("orgs"), QJsonArray{ref(QStringLiteral("S1"), "org")}},
                                 {QStringLiteral("username"), num("parent", p)},
                                 {QStringLiteral("givenName"), QStringLiteral("Ann")}, {QStringLiteral("familyName"), num("Doe", p)},
                                 {QStringLiteral("email"), num("parent", p) + QStringLiteral("@mail.example")}});
    }
    // Removed from the SIS: a bulk export does not hold it.
    users.append(QJsonObject{{QStringLiteral("sourcedId"), QStringLiteral("X1")}, {QStringLiteral("status"), QStringLiteral("tobedeleted")},
                             {QStringLiteral("role"), QStringLiteral("student")}, {QStringLiteral("givenName"), QStringLiteral("Gone")}});
    for (int c = 1; c <= 4; ++c) {
        const QString school = c <= 2 ? QStringLiteral("S1") : QStringLiteral("S2");
        const QString teacher = num("T", c <= 2 ? c : 3, 1);
        classes.append(QJsonObject{{QStringLiteral("sourcedId"), num("C", c, 1)}, {QStringLiteral("status"), QStringLiteral("active")},
                                   {QStringLiteral("title"), QStringLiteral("Algebra, Period %1").arg(c)},
                                   {QStringLiteral("grades"), QJsonArray{QStringLiteral("09"), QStringLiteral("10")}},
                                   {QStringLiteral("course"), ref(num("CRS", c, 1), "course")}, {QStringLiteral("classCode"), num("ALG", c, 1)},
                                   {QStringLiteral("classType"), QStringLiteral("scheduled")}, {QStringLiteral("school"), ref(school, "org")},
                                   {QStringLiteral("terms"), QJsonArray{ref(QStringLiteral("T2026"), "academicSession")}},
                                   {QStringLiteral("periods"), QJsonArray{QString::number(c)}}});
        enrollments.append(QJsonObject{{QStringLiteral("sourcedId"), num("E", c * 100, 3)}, {QStringLiteral("status"), QStringLiteral("active")},
                                       {QStringLiteral("class"), ref(num("C", c, 1), "class")}, {QStringLiteral("school"), ref(school, "org")},
                                       {QStringLiteral("user"), ref(teacher, "user")}, {QStringLiteral("role"), QStringLiteral("teacher")},
                                       {QStringLiteral("primary"), true}});
        for (int u = c <= 2 ? 1 : 16; u <= (c <= 2 ? 15 : 25); ++u) {
            enrollments.append(QJsonObject{{QStringLiteral("sourcedId"), num("E", c * 100 + u, 3)}, {QStringLiteral("status"), QStringLiteral("active")},
                                           {QStringLiteral("class"), ref(num("C", c, 1), "class")}, {QStringLiteral("school"), ref(school, "org")},
                                           {QStringLiteral("user"), ref(num("U", u), "user")}, {QStringLiteral("role"), QStringLiteral("student")},
                                           {QStringLiteral("primary"), false}});
        }
    }
    m_oneRoster.insert(QStringLiteral("orgs"), orgs);
    m_oneRoster.insert(QStringLiteral("users"), users);
    m_oneRoster.insert(QStringLiteral("classes"), classes);
    m_oneRoster.insert(QStringLiteral("enrollments"), enrollments);
    m_oneRoster.insert(QStringLiteral("demographics"), demographics);

    // Clever: a district, two schools, 12 students, 2 teachers (one also staff), 1 staff member,
    // 8 contacts (six of them for st01, one typed Emergency), 2 sections.
    m_clever.insert(QStringLiteral("districts"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("d1")}, {QStringLiteral("name"), QStringLiteral("Lakeview Unified")}}});
    m_clever.insert(QStringLiteral("schools"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("s1")}, {QStringLiteral("name"), QStringLiteral("Lakeview High")},
                                           {QStringLiteral("district"), QStringLiteral("d1")}, {QStringLiteral("school_number"), QStringLiteral("101")}},
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("s2")}, {QStringLiteral("name"), QStringLiteral("Jefferson Middle")},
                                           {QStringLiteral("district"), QStringLiteral("d1")}, {QStringLiteral("school_number"), QStringLiteral("102")}}});
    QJsonArray students, teachers, staff, contacts;
    for (int s = 1; s <= 12; ++s) {
        QJsonObject student{{QStringLiteral("school"), s <= 6 ? QStringLiteral("s1") : QStringLiteral("s2")},
                            {QStringLiteral("schools"), QJsonArray{s <= 6 ? QStringLiteral("s1") : QStringLiteral("s2")}},
                            {QStringLiteral("sis_id"), num("SIS", s)}, {QStringLiteral("student_number"), QString::number(2000 + s)},
                            {QStringLiteral("grade"), s % 4 == 0 ? QStringLiteral("Kindergarten") : QStringLiteral("9")},
                            {QStringLiteral("dob"), QStringLiteral("3/%1/2010").arg(s)}, {QStringLiteral("gender"), s % 2 ? QStringLiteral("F") : QStringLiteral("M")},
                            {QStringLiteral("race"), QStringLiteral("Asian")}, {QStringLiteral("hispanic_ethnicity"), QStringLiteral("N")},
                            {QStringLiteral("home_language"), QStringLiteral("Vietnamese")}, {QStringLiteral("home_language_code"), QStringLiteral("vie")}};
        // The first four have their language in ext, as the hub asks districts to put it.
        if (s <= 4)
            student.insert(QStringLiteral("ext"), QJsonObject{{QStringLiteral("preferred_language"), QStringLiteral("es")},
                                                              {QStringLiteral("guardian_preferred_language"), QStringLiteral("es")}});
        students.append(QJsonObject{{QStringLiteral("id"), num("st", s)}, {QStringLiteral("district"), QStringLiteral("d1")},
                                    {QStringLiteral("email"), num("st", s) + QStringLiteral("@students.lakeview.example")},
                                    {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Sam")},
                                                                         {QStringLiteral("last"), num("Lee", s)}}},
                                    {QStringLiteral("roles"), QJsonObject{{QStringLiteral("student"), student}}}});
    }
    for (int t = 1; t <= 2; ++t) {
        QJsonObject roles{{QStringLiteral("teacher"), QJsonObject{{QStringLiteral("school"), num("s", t, 1)},
                                                                  {QStringLiteral("schools"), QJsonArray{num("s", t, 1)}},
                                                                  {QStringLiteral("teacher_number"), num("T", t)}}}};
        if (t == 2)
            roles.insert(QStringLiteral("staff"), QJsonObject{{QStringLiteral("schools"), QJsonArray{QStringLiteral("s2")}}});
        const QJsonObject user{{QStringLiteral("id"), num("t", t, 1)}, {QStringLiteral("email"), num("teacher", t, 1) + QStringLiteral("@lakeview.example")},
                               {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Pat")},
                                                                    {QStringLiteral("last"), num("Kim", t, 1)}}},
                               {QStringLiteral("roles"), roles}};
        teachers.append(user);
        if (t == 2)
            staff.append(user);
    }
    staff.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")}, {QStringLiteral("email"), QStringLiteral("principal@lakeview.example")},
                             {QStringLiteral("name"), QJsonObject{{QStringLiteral("first"), QStringLiteral("Alex")}, {QStringLiteral("last"), QStringLiteral("Rivera")}}},
                             {QStringLiteral("roles"), QJsonObject{{QStringLiteral("staff"), QJsonObject{{QStringLiteral("schools"), QJsonArray{QStringLiteral("s1"), QStringLiteral("s2")}}}}}}});
    for (int c = 1; c <= 8; ++c) {
        const QString student = c <= 6 ? QStringLiteral("st01") : num("st", c - 5);
        const QString type = c == 7 ? QStringLiteral("Emergency") : QStringLiteral("Parent/Guardian");
        const QString relationship = c == 7 ? QStringLiteral("Aunt/Uncle") : QStringLiteral("Parent");
        contacts.append(QJsonObject{
            {QStringLiteral("id"), num("c", c)}, {QStringLiteral("email"), num("contact", c) + QStringLiteral("@mail.example")},
            {QStringLiteral("name"), QJsonObject{{QStringLiteral("last"), QStringLiteral("Robin ") + num("Lee", c)}}},
            {QStringLiteral("roles"), QJsonObject{{QStringLiteral("contact"),
                                                   QJsonObject{{QStringLiteral("phone"), QStringLiteral("(415) 555-01%1").arg(c, 2, 10, QLatin1Char('0'))},
                                                               {QStringLiteral("phone_type"), QStringLiteral("Cell")},
                                                               {QStringLiteral("student_relationships"),
                                                                QJsonArray{QJsonObject{{QStringLiteral("student"), student},
                                                                                       {QStringLiteral("type"), type},
                                                                                       {QStringLiteral("relationship"), relationship}}}}}}}}});
    }
    m_clever.insert(QStringLiteral("users?role=student"), students);
    m_clever.insert(QStringLiteral("users?role=teacher"), teachers);
    m_clever.insert(QStringLiteral("users?role=staff"), staff);
    m_clever.insert(QStringLiteral("users?role=contact"), contacts);
    QJsonArray firstStudents, secondStudents;
    for (int s = 1; s <= 12; ++s)
        (s <= 6 ? firstStudents : secondStudents).append(num("st", s));
    m_clever.insert(QStringLiteral("sections"),
                    QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sec1")}, {QStringLiteral("name"), QStringLiteral("Biology 1")},
                                           {QStringLiteral("school"), QStringLiteral("s1")}, {QStringLiteral("teacher"), QStringLiteral("t1")},
                                           {QStringLiteral("teachers"), QJsonArray{QStringLiteral("t1")}}, {QStringLiteral("students"), firstStudents},
                                           {QStringLiteral("grade"), QStringLiteral("9")}, {QStringLiteral("subject"), QStringLiteral("science")},
                                           {QStringLiteral("period"), QStringLiteral("2")}},
                               QJsonObject{{QStringLiteral("id"), QStringLiteral("sec2")}, {QStringLiteral("name"), QStringLiteral("Reading")},
                                           {QStringLiteral("school"), QStringLiteral("s2")}, {QStringLiteral("teacher"), QStringLiteral("t2")},
                                           {QStringLiteral("teachers"), QJsonArray{QStringLiteral("t2"), QStringLiteral("t1")}},
                                           {QStringLiteral("students"), secondStudents}}});

    if (m_api == Api::Clever) {
        m_expected = {{QStringLiteral("orgs.csv"), 3}, {QStringLiteral("users.csv"), 12 + 2 + 1 + 8},
                      {QStringLiteral("classes.csv"), 2}, {QStringLiteral("enrollments.csv"), (1 + 6) + (2 + 6)},
                      {QStringLiteral("demographics.csv"), 12}};
    } else {
        m_expected = {{QStringLiteral("orgs.csv"), 3}, {QStringLiteral("users.csv"), 3 + 25 + 10},
                      {QStringLiteral("classes.csv"), 4}, {QStringLiteral("enrollments.csv"), 4 + 15 * 2 + 10 * 2},
                      {QStringLiteral("demographics.csv"), 25}};
    }
}

} // namespace rb::test
