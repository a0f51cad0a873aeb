#include "fakesisserver.h"

#include "oneroster/manifest.h"
#include "session/sessionimport.h"
#include "sis/oauth1signer.h"
#include "sis/sispull.h"
#include "util/progress.h"
#include "util/text.h"
#include "validation/rulecatalogue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rb;
using rb::test::FakeSisServer;

Q_DECLARE_METATYPE(FakeSisServer::Paging)

namespace {

// Short waits, so that the faults take a second or less.
SisOptions fast()
{
    SisOptions o;
    o.timeoutMs = 2000;
    o.backoffMs = 50;
    o.attempts = 3;
    o.maxWaitMs = 5000;
    o.pageSize = 10;
    return o;
}

SisConnection connectionTo(const FakeSisServer &server, SourceKind kind)
{
    SisConnection c;
    c.kind = kind;
    c.url = server.url();
    c.id = server.id;
    c.secret = server.secret;
    return c;
}

FakeSisServer::Reply reply(int status, const QByteArray &body = "{}", QList<QPair<QByteArray, QByteArray>> headers = {})
{
    FakeSisServer::Reply r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

QString rowsOf(const ReadResult &r)
{
    QStringList out;
    for (const auto &f : r.files)
        out << QStringLiteral("%1=%2").arg(f.name).arg(f.rows);
    return out.join(u' ');
}

QStringList codesOf(const ReadResult &r)
{
    QStringList codes;
    for (const Finding &f : r.findings.items())
        codes << RuleCatalogue::code(f.rule);
    return codes;
}

} // namespace

class SisPullTest final : public QObject
{
    Q_OBJECT

private:
    // The pull checked as `check` would check it: every file's rows as the server holds them.
    static void verifyCounts(const SisPullResult &pulled, const FakeSisServer &server, ReadResult *out = nullptr)
    {
        QVERIFY2(pulled.isPulled(), qPrintable(pulled.error.message));
        ReadResult r = checkPackedExport(pulled.packed);
        QVERIFY2(r.isReadable(), qPrintable(r.fatalErrors.join(u'\n')));
        for (const QString &file : {QStringLiteral("orgs.csv"), QStringLiteral("users.csv"), QStringLiteral("classes.csv"),
                                    QStringLiteral("enrollments.csv"), QStringLiteral("demographics.csv")}) {
            const auto it = std::find_if(r.files.begin(), r.files.end(), [&](const auto &f) { return f.name == file; });
            QVERIFY2(it != r.files.end(), qPrintable(file));
            QVERIFY2(int(it->rows) == server.expected(file), qPrintable(file + u' ' + rowsOf(r)));
        }
        // Nothing the pull wrote is malformed.
        const QStringList codes = codesOf(r);
        for (const QString &code : codes)
            QVERIFY2(!code.startsWith(QLatin1String("CSV-")) && !code.startsWith(QLatin1String("HDR-"))
                         && !code.startsWith(QLatin1String("MAN-")) && !code.startsWith(QLatin1String("FILE-")),
                     qPrintable(code));
        if (out)
            *out = std::move(r);
    }

private slots:
    // Aeries ------------------------------------------------------------------------------------

    void aeries_pullsEveryPageInEachPagingStyle_data()
    {
        QTest::addColumn<FakeSisServer::Paging>("paging");
        QTest::addColumn<int>("cap");
        QTest::newRow("X-Total-Count") << FakeSisServer::Paging::TotalCount << 0;
        QTest::newRow("x-count") << FakeSisServer::Paging::XCount << 0;
        QTest::newRow("Link rel=next") << FakeSisServer::Paging::LinkHeader << 0;
        QTest::newRow("short last page") << FakeSisServer::Paging::ShortPage << 0;
        QTest::newRow("short pages, server caps the limit") << FakeSisServer::Paging::ShortPage << 7;
        QTest::newRow("total, server caps the limit") << FakeSisServer::Paging::TotalCount << 4;
    }

    void aeries_pullsEveryPageInEachPagingStyle()
    {
        QFETCH(FakeSisServer::Paging, paging);
        QFETCH(int, cap);
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.paging = paging;
        server.pageCap = cap;
        std::vector<SisProgressEvent> events;
        SisPull pull(connectionTo(server, SourceKind::Aeries), fast());
        pull.setListener([&](const SisProgressEvent &e) { events.push_back(e); });
        ReadResult r;
        const SisPullResult pulled = pull.run();
        verifyCounts(pulled, server, &r);
        QCOMPARE(r.roster->sourceKind(), SourceKind::Aeries);
        QCOMPARE(server.tokenRequests(), 1);
        QCOMPARE(server.requestsWithoutCookie(), 0);
        // Every data request sent both cookies the token's answer set.
        for (const auto &request : server.log()) {
            if (request.path.contains("/ims/oneroster/"))
                QVERIFY2(request.header("Cookie").contains("ASP.NET_SessionId=session1"), request.header("Cookie").constData());
        }
        // Progress: each resource once finished, with its count.
        QStringList finished;
        for (const SisProgressEvent &e : events) {
            if (e.finished)
                finished << QStringLiteral("%1=%2").arg(e.resource).arg(e.records);
        }
        QCOMPARE(finished, (QStringList{QStringLiteral("orgs=3"), QStringLiteral("users=38"), QStringLiteral("classes=4"),
                                        QStringLiteral("enrollments=54"), QStringLiteral("demographics=25")}));
        QCOMPARE(pulled.packed.originKind, QStringLiteral("sis"));
        QCOMPARE(pulled.packed.origin, server.url());
    }

    void aeries_usesTheOlderTokenPathWhenTokenIsMissing()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.legacyTokenPathOnly = true;
        verifyCounts(SisPull(connectionTo(server, SourceKind::Aeries), fast()).run(), server);
        QCOMPARE(server.countOf("/aeries/token"), 1);
        QCOMPARE(server.countOf("/aeries/v2/oauth/token"), 1);
    }

    void aeries_renewsATokenBeforeItExpires()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.tokenLifetimeSeconds = 1;
        // orgs answers late: by the time users is asked for, the token is about to run out, and a
        // new one is taken first; the server never sees the old one again.
        server.delay("/orgs", 800);
        verifyCounts(SisPull(connectionTo(server, SourceKind::Aeries), fast()).run(), server);
        QVERIFY(server.tokenRequests() >= 2);
        QCOMPARE(server.refusedTokens(), 0);
        QCOMPARE(server.requestsWithoutCookie(), 0);
    }

    void aeries_aTokenThatExpiresDuringAWait_isRenewed()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.tokenLifetimeSeconds = 1;
        // A one-second wait part way: the token runs out meanwhile, the retry is refused, and the
        // request goes again with a new token.
        server.script("/users", {reply(429, "{}", {{"Retry-After", "1"}})});
        verifyCounts(SisPull(connectionTo(server, SourceKind::Aeries), fast()).run(), server);
        QVERIFY(server.tokenRequests() >= 2);
        QCOMPARE(server.requestsWithoutCookie(), 0);
    }

    void aeries_renewsATokenTheServerDropped()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.revokeTokenAfter = 3;
        verifyCounts(SisPull(connectionTo(server, SourceKind::Aeries), fast()).run(), server);
        QCOMPARE(server.tokenRequests(), 2);
        QCOMPARE(server.refusedTokens(), 1);
    }

    void aeries_wrongSecret_isExplainedWithoutShowingIt()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        SisConnection c = connectionTo(server, SourceKind::Aeries);
        c.secret = QStringLiteral("not-the-secret");
        const SisPullResult pulled = SisPull(c, fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Unauthorized);
        QVERIFY2(pulled.error.message.contains(QLatin1String("Consumer ID and Consumer Secret")), qPrintable(pulled.error.message));
        QVERIFY(pulled.error.message.contains(QLatin1String("401")));
        QVERIFY(pulled.error.message.contains(QLatin1String("API Security")));
        // The hub is "the hub", as everywhere else.
        QVERIFY2(pulled.error.message.contains(QLatin1String("the hub's record")), qPrintable(pulled.error.message));
        QVERIFY(!pulled.error.message.contains(QLatin1String("Remind")));
        QVERIFY(!pulled.error.message.contains(c.secret));
        QCOMPARE(server.countOf("/ims/oneroster/"), 0);
    }

    void aeries_credentialsWithSpaces_areTrimmedAndAlerted()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        SisConnection c = connectionTo(server, SourceKind::Aeries);
        c.id = QStringLiteral(" ") + c.id;
        c.secret += QStringLiteral("  ");
        ReadResult r;
        const SisPullResult pulled = SisPull(c, fast()).run();
        verifyCounts(pulled, server, &r);
        const QString notices = pulled.notices.join(u' ');
        QVERIFY2(notices.contains(QLatin1String("Consumer ID")) && notices.contains(QLatin1String("Consumer Secret")),
                 qPrintable(notices));
        QVERIFY(!notices.contains(server.secret));
        // The alert comes from the kept zip itself, so a re-check in a session says it again.
        QCOMPARE(r.findings.countOf(RuleId::AeriesCredentialSpaces), size_t(1));
        const Table &manifest = r.roster->table(FileKind::Manifest);
        QCOMPARE(Manifest::value(manifest, QStringLiteral("source.credentialsTrimmed")), QStringLiteral("id,secret"));
        for (size_t row = 0; row < manifest.rowCount(); ++row)
            QVERIFY(!toQString(manifest.cell(row, ManifestField::Value)).contains(server.secret));
    }

    // ClassLink ---------------------------------------------------------------------------------

    void classlink_signsEveryRequest_data()
    {
        QTest::addColumn<FakeSisServer::Paging>("paging");
        QTest::newRow("X-Total-Count") << FakeSisServer::Paging::TotalCount;
        QTest::newRow("Link rel=next") << FakeSisServer::Paging::LinkHeader;
        QTest::newRow("short last page") << FakeSisServer::Paging::ShortPage;
    }

    void classlink_signsEveryRequest()
    {
        QFETCH(FakeSisServer::Paging, paging);
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.paging = paging;
        ReadResult r;
        verifyCounts(SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run(), server, &r);
        QVERIFY2(server.signatureFailures().isEmpty(), qPrintable(server.signatureFailures().join(u'\n')));
        QVERIFY(server.log().size() > 10);
        QCOMPARE(r.roster->sourceKind(), SourceKind::ClassLink);
    }

    void classlink_queryParametersAreSigned()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        SisOptions options = fast();
        // Quotes, spaces, an equals sign and a plus: all must be signed as they are sent.
        options.oneRosterFilter = QStringLiteral("status='active' AND dateLastModified>'2026-01-01+00:00'");
        verifyCounts(SisPull(connectionTo(server, SourceKind::ClassLink), options).run(), server);
        QVERIFY2(server.signatureFailures().isEmpty(), qPrintable(server.signatureFailures().join(u'\n')));
        const auto &first = server.log().first();
        QCOMPARE(first.queryValue("filter"), options.oneRosterFilter.toUtf8());
        QCOMPARE(first.queryValue("limit"), QByteArray("10"));
        QCOMPARE(first.queryValue("offset"), QByteArray("0"));
    }

    void classlink_signature_isVerifiedIndependently()
    {
        // A signature made with a known nonce and time, checked by the test server's own code
        // from the raw request line, and a tampered one refused.
        const OAuth1Signer signer(QStringLiteral("key"), QStringLiteral("sec ret&"));
        const QUrl url(QStringLiteral("http://127.0.0.1:8080/ims/oneroster/v1p1/users?limit=5&offset=10&filter=role%3D%27student%27"));
        FakeSisServer::Request request;
        request.method = "GET";
        request.target = "/ims/oneroster/v1p1/users?limit=5&offset=10&filter=role%3D%27student%27";
        request.headers.insert("host", "127.0.0.1:8080");
        request.headers.insert("authorization", signer.authorization("GET", url, "abc123", QDateTime::currentSecsSinceEpoch()));
        QString why;
        QVERIFY2(FakeSisServer::verifyOAuth1(request, "key", "sec ret&", &why), qPrintable(why));
        request.target.replace("offset=10", "offset=20");
        QVERIFY(!FakeSisServer::verifyOAuth1(request, "key", "sec ret&", &why));
        QVERIFY(why.contains(QLatin1String("mismatch")));
    }

    void oauth1_percentEncoding_followsRfc5849()
    {
        QCOMPARE(OAuth1Signer::percentEncode("Ladies + Gentlemen"), QByteArray("Ladies%20%2B%20Gentlemen"));
        QCOMPARE(OAuth1Signer::percentEncode("An encoded string!"), QByteArray("An%20encoded%20string%21"));
        QCOMPARE(OAuth1Signer::percentEncode("Dogs, Cats & Mice"), QByteArray("Dogs%2C%20Cats%20%26%20Mice"));
        QCOMPARE(OAuth1Signer::percentEncode("-._~"), QByteArray("-._~"));
        QCOMPARE(OAuth1Signer::percentEncode("\xE2\x98\x83"), QByteArray("%E2%98%83"));
    }

    void classlink_wrongSecret_isExplained()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        SisConnection c = connectionTo(server, SourceKind::ClassLink);
        c.secret = QStringLiteral("wrong");
        const SisPullResult pulled = SisPull(c, fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Unauthorized);
        QVERIFY2(pulled.error.message.contains(QLatin1String("API Key and Secret")), qPrintable(pulled.error.message));
    }

    void classlink_schoolsWhenOrgsAreNotShared()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.schoolsOnly = true;
        verifyCounts(SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run(), server);
        QVERIFY(server.countOf("/schools") >= 1);
    }

    // Clever ------------------------------------------------------------------------------------

    void clever_pullsAndMapsEachVersion_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v3.0") << QStringLiteral("v3.0");
        QTest::newRow("v3.1") << QStringLiteral("v3.1");
    }

    void clever_pullsAndMapsEachVersion()
    {
        QFETCH(QString, version);
        FakeSisServer server(FakeSisServer::Api::Clever);
        SisOptions options = fast();
        options.cleverApiVersion = version;
        options.pageSize = 3; // several pages of each
        ReadResult r;
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::Clever), options).run();
        verifyCounts(pulled, server, &r);
        QCOMPARE(r.roster->sourceKind(), SourceKind::Clever);
        QVERIFY(server.countOf(QByteArray("/") + version.toLatin1() + "/users") > 4);
        QVERIFY2(pulled.notices.join(u' ').contains(QLatin1String("both teacher and staff")), qPrintable(pulled.notices.join(u' ')));

        const Table &users = r.roster->table(FileKind::Users);
        auto cellOf = [&](const char *id, const QByteArray &header) {
            const uint32_t row = users.rowForId(id);
            const qsizetype c = users.headerCells().indexOf(header);
            return row == Table::NoRow || c < 0 ? QStringLiteral("?") : toQString(users.column(int(c)).at(row));
        };
        QCOMPARE(cellOf("a1", "role"), QStringLiteral("administrator"));
        QCOMPARE(cellOf("t2", "role"), QStringLiteral("teacher"));
        QCOMPARE(cellOf("st01", "agentSourcedIds"), QStringLiteral("c01,c02,c03,c04,c05,c06"));
        QCOMPARE(cellOf("st04", "grades"), QStringLiteral("KG"));
        QCOMPARE(cellOf("c01", "givenName"), QStringLiteral("Robin"));
        QCOMPARE(cellOf("c01", "familyName"), QStringLiteral("Lee01"));
        QCOMPARE(cellOf("c01", "role"), QStringLiteral("parent"));
        QCOMPARE(cellOf("c07", "role"), QStringLiteral("guardian"));
        QCOMPARE(cellOf("c07", "metadata.contactType"), QStringLiteral("Emergency"));
        QCOMPARE(cellOf("c07", "orgSourcedIds"), QStringLiteral("s1"));
        // The language: from ext when there, else (v3.1 only) the home language code.
        QCOMPARE(cellOf("st01", "metadata.preferredLanguage"), QStringLiteral("es"));
        QCOMPARE(cellOf("c01", "metadata.preferredLanguage"), QStringLiteral("es"));
        QCOMPARE(cellOf("st05", "metadata.preferredLanguage"), version == QLatin1String("v3.1") ? QStringLiteral("vie") : QString());

        // Clever's rules, on the pulled data.
        QCOMPARE(r.findings.countOf(RuleId::UserEmergencyContact), size_t(1));
        QCOMPARE(r.findings.countOf(RuleId::UserContactsOverFive), size_t(1));
        QCOMPARE(r.findings.countOf(RuleId::CleverStaffAdmin), size_t(1));
        // v3.0: eight students have no language in ext; v3.1 gives their home language.
        QCOMPARE(r.findings.countOf(RuleId::CleverLanguageMissing), size_t(version == QLatin1String("v3.0") ? 1 : 0));
        const Table &enrollments = r.roster->table(FileKind::Enrollments);
        QCOMPARE(toQString(enrollments.cell(enrollments.rowForId("sec2-t2"), EnrollmentsField::Primary)), QStringLiteral("true"));
        QCOMPARE(toQString(enrollments.cell(enrollments.rowForId("sec2-t1"), EnrollmentsField::Primary)), QStringLiteral("false"));
    }

    void clever_stopsAtAnEmptyPage()
    {
        FakeSisServer server(FakeSisServer::Api::Clever);
        server.cleverAlwaysNext = true;
        SisOptions options = fast();
        options.pageSize = 5;
        verifyCounts(SisPull(connectionTo(server, SourceKind::Clever), options).run(), server);
        // Students: 5, 5, 2, then an empty page.
        int studentPages = 0;
        for (const auto &request : server.log())
            studentPages += request.queryValue("role") == "student";
        QCOMPARE(studentPages, 4);
    }

    void clever_waitsOutXRateLimitReset()
    {
        FakeSisServer server(FakeSisServer::Api::Clever);
        // The window resets in one to two seconds (the header counts whole seconds since 1970).
        const QByteArray reset = QByteArray::number(QDateTime::currentSecsSinceEpoch() + 2);
        server.script("/schools", {reply(429, "{}", {{"X-RateLimit-Reset", reset}})});
        QElapsedTimer timer;
        timer.start();
        verifyCounts(SisPull(connectionTo(server, SourceKind::Clever), fast()).run(), server);
        QVERIFY(timer.elapsed() >= 900);
        QCOMPARE(server.countOf("/schools"), 2);
    }

    void clever_wrongToken_isExplained()
    {
        FakeSisServer server(FakeSisServer::Api::Clever);
        SisConnection c = connectionTo(server, SourceKind::Clever);
        c.secret = QStringLiteral("expired-token");
        const SisPullResult pulled = SisPull(c, fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Unauthorized);
        QVERIFY2(pulled.error.message.contains(QLatin1String("district token")), qPrintable(pulled.error.message));
    }

    void clever_malformedAnswer_isAnError()
    {
        FakeSisServer server(FakeSisServer::Api::Clever);
        server.script("/sections", {reply(200, "{\"records\": []}")});
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::Clever), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Malformed);
        QVERIFY2(pulled.error.message.contains(QLatin1String("sections")), qPrintable(pulled.error.message));
    }

    // Network manners, shown on the OneRoster reader ---------------------------------------------

    void retryAfter_isWaitedOut()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.script("/users", {reply(429, "{}", {{"Retry-After", "1"}})});
        QElapsedTimer timer;
        timer.start();
        verifyCounts(SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run(), server);
        QVERIFY(timer.elapsed() >= 900);
    }

    void aWaitLongerThanAllowed_failsWithWhen()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.always("/users", reply(429, "{}", {{"Retry-After", "3600"}}));
        QElapsedTimer timer;
        timer.start();
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::RateLimited);
        // "60 minutes" once the plural forms are loaded, as the command line loads them.
        QVERIFY2(pulled.error.message.contains(QLatin1String("60 minute")), qPrintable(pulled.error.message));
        QVERIFY(timer.elapsed() < 2000);
    }

    void serverErrors_areTriedAgain()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.script("/classes", {reply(503), reply(502)});
        verifyCounts(SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run(), server);
        QCOMPARE(server.countOf("/classes"), 3);
    }

    void serverErrorsForever_stopAfterTheLastTry()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.always("/enrollments", reply(500));
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::ServerError);
        QCOMPARE(pulled.error.httpStatus, 500);
        QCOMPARE(server.countOf("/enrollments"), fast().attempts);
        QVERIFY2(pulled.error.message.contains(QLatin1String("enrollments")), qPrintable(pulled.error.message));
    }

    void forbidden_namesWhatToShare()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.always("/demographics", reply(403));
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Forbidden);
        QVERIFY2(pulled.error.message.contains(QLatin1String("demographics")), qPrintable(pulled.error.message));
        QVERIFY(pulled.error.message.contains(QLatin1String("birthDate")));
        QVERIFY2(pulled.error.message.contains(QLatin1String("the hub's app")), qPrintable(pulled.error.message));
        QVERIFY(!pulled.error.message.contains(QLatin1String("Remind")));
    }

    void malformedJson_isAnError()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.script("/classes", {reply(200, "{\"classes\": [ {\"sourcedId\": ")});
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::Aeries), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Malformed);
        QVERIFY2(pulled.error.message.contains(QLatin1String("not OneRoster's JSON")), qPrintable(pulled.error.message));
    }

    void wrongEnvelope_isAnError()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        server.script("/users", {reply(200, "{\"items\": []}")});
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::Aeries), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Malformed);
        QVERIFY2(pulled.error.message.contains(QLatin1String("items")), qPrintable(pulled.error.message));
    }

    void noAnswer_timesOut()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        FakeSisServer::Reply never;
        never.hang = true;
        server.script("/users", {never});
        SisOptions options = fast();
        options.timeoutMs = 800;
        QElapsedTimer timer;
        timer.start();
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), options).run();
        QCOMPARE(pulled.error.code, SisError::Code::Timeout);
        QVERIFY(timer.elapsed() >= 700);
        QVERIFY(timer.elapsed() < 3000);
        QVERIFY2(pulled.error.message.contains(QLatin1String("users")), qPrintable(pulled.error.message));
    }

    void cancel_stopsARequestInFlight()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        FakeSisServer::Reply never;
        never.hang = true;
        server.script("/classes", {never});
        SisOptions options = fast();
        options.timeoutMs = 30'000;
        Progress progress;
        QTimer::singleShot(300, [&progress] { progress.cancel(); });
        QElapsedTimer timer;
        timer.start();
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), options).run(&progress);
        QCOMPARE(pulled.error.code, SisError::Code::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(pulled.packed.zip.isEmpty());
    }

    void cancel_stopsAWait()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.script("/users", {reply(429, "{}", {{"Retry-After", "30"}})});
        SisOptions options = fast();
        options.maxWaitMs = 60'000;
        Progress progress;
        QTimer::singleShot(200, [&progress] { progress.cancel(); });
        QElapsedTimer timer;
        timer.start();
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), options).run(&progress);
        QCOMPARE(pulled.error.code, SisError::Code::Cancelled);
        QVERIFY(timer.elapsed() < 2000);
    }

    void plainHttpToAnotherComputer_isRefusedBeforeConnecting_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("aeries") << int(SourceKind::Aeries) << QStringLiteral("http://district.aeries.invalid/aeries");
        QTest::newRow("classlink") << int(SourceKind::ClassLink) << QStringLiteral("http://192.0.2.10/ims/oneroster/v1p1");
        QTest::newRow("clever") << int(SourceKind::Clever) << QStringLiteral("http://api.clever.invalid");
        QTest::newRow("not the web") << int(SourceKind::Aeries) << QStringLiteral("ftp://127.0.0.1/aeries");
    }

    void plainHttpToAnotherComputer_isRefusedBeforeConnecting()
    {
        QFETCH(int, kind);
        QFETCH(QString, url);
        SisConnection c;
        c.kind = SourceKind(kind);
        c.url = url;
        c.id = QStringLiteral("id");
        c.secret = QStringLiteral("secret");
        // Were a connection tried, these addresses would fail as not found or unreachable.
        const SisPullResult pulled = SisPull(c, fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::BadUrl);
        QCOMPARE(SisPull(c, fast()).testConnection().code, SisError::Code::BadUrl);
        if (url.startsWith(QLatin1String("http:")))
            QVERIFY2(pulled.error.message.contains(QLatin1String("https://")), qPrintable(pulled.error.message));
    }

    void notAWebAddress_isQuotedAsTyped_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("words") << int(SourceKind::Aeries) << QStringLiteral("not a url") << QStringLiteral("not a url");
        QTest::newRow("with a scheme") << int(SourceKind::ClassLink) << QStringLiteral("https://my district")
                                       << QStringLiteral("https://my district");
        QTest::newRow("clever") << int(SourceKind::Clever) << QStringLiteral("  api clever  ") << QStringLiteral("api clever");
        // A password typed into the address is not repeated.
        QTest::newRow("user and password") << int(SourceKind::Aeries) << QStringLiteral("https://ana:Pw9@my district")
                                           << QStringLiteral("https://my district");
    }
    void notAWebAddress_isQuotedAsTyped()
    {
        QFETCH(int, kind);
        QFETCH(QString, typed);
        QFETCH(QString, quoted);
        SisConnection c;
        c.kind = SourceKind(kind);
        c.url = typed;
        c.id = QStringLiteral("id");
        c.secret = QStringLiteral("secret");
        const SisError error = SisPull(c, fast()).testConnection();
        QCOMPARE(error.code, SisError::Code::BadUrl);
        QVERIFY2(error.message.startsWith(QStringLiteral("“%1” is not a web address.").arg(quoted)), qPrintable(error.message));
        QVERIFY2(!error.message.contains(QLatin1String("Pw9")), qPrintable(error.message));
        QCOMPARE(SisPull(c, fast()).run().error.message, error.message);
    }

    void tlsErrors_areNeverIgnored()
    {
        // An https server on 127.0.0.1 with a certificate nobody vouches for: the pull must stop
        // at the handshake, before a request (and its token) is sent.
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty() || !QSslSocket::supportsSsl())
            QSKIP("needs the openssl command and Qt's OpenSSL backend (installer/install-deps.sh installs both)");
        QTemporaryDir dir;
        QProcess make;
        make.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=rosterbench-test"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                             QStringLiteral("-out"), dir.filePath(QStringLiteral("c.pem"))});
        QVERIFY(make.waitForFinished(60000) && make.exitCode() == 0);
        QFile keyFile(dir.filePath(QStringLiteral("k.pem")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(QSslCertificate::fromPath(dir.filePath(QStringLiteral("c.pem"))));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        int requests = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, socket, [&requests, socket] {
                    requests += socket->readAll().contains("HTTP/1.1");
                });
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        SisConnection c;
        c.kind = SourceKind::Clever;
        c.url = QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort());
        c.secret = QStringLiteral("district-token");
        const SisPullResult pulled = SisPull(c, fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::Tls);
        QVERIFY2(pulled.error.message.contains(QLatin1String("not secure")), qPrintable(pulled.error.message));
        QCOMPARE(requests, 0);
    }

    void nextPageOnAnotherServer_isNotFollowed()
    {
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        server.script("/users", {reply(200, "{\"users\": [{\"sourcedId\": \"U1\"}]}",
                                       {{"Link", "<http://127.0.0.2:9/ims/oneroster/v1p1/users?offset=1>; rel=\"next\""}})});
        const SisPullResult pulled = SisPull(connectionTo(server, SourceKind::ClassLink), fast()).run();
        QCOMPARE(pulled.error.code, SisError::Code::BadUrl);
        QVERIFY2(pulled.error.message.contains(QLatin1String("127.0.0.2")), qPrintable(pulled.error.message));
    }

    void testConnection_signsInAndReadsOneRecord()
    {
        for (const auto api : {FakeSisServer::Api::Aeries, FakeSisServer::Api::ClassLink, FakeSisServer::Api::Clever}) {
            FakeSisServer server(api);
            const SourceKind kind = api == FakeSisServer::Api::Aeries ? SourceKind::Aeries
                : api == FakeSisServer::Api::ClassLink                ? SourceKind::ClassLink
                                                                      : SourceKind::Clever;
            const SisError ok = SisPull(connectionTo(server, kind), fast()).testConnection();
            QVERIFY2(!ok.isError(), qPrintable(ok.message));
            QCOMPARE(server.log().last().queryValue("limit"), QByteArray("1"));
            SisConnection wrong = connectionTo(server, kind);
            wrong.secret = QStringLiteral("nope");
            QCOMPARE(SisPull(wrong, fast()).testConnection().code, SisError::Code::Unauthorized);
        }
    }

    void missingCredentials_areAskedFor()
    {
        SisConnection c;
        c.kind = SourceKind::Aeries;
        c.url = QStringLiteral("https://district.aeries.invalid/aeries");
        c.id = QStringLiteral("id");
        const SisPullResult pulled = SisPull(c, fast()).run();
        QVERIFY(pulled.error.isError());
        QVERIFY2(pulled.error.message.contains(QLatin1String("Consumer Secret")), qPrintable(pulled.error.message));
    }
};

QTEST_GUILESS_MAIN(SisPullTest)
#include "tst_sispull.moc"
