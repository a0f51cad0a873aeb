#include "commandrunner.h"
#include "fakesisserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using rb::test::FakeSisServer;

Q_DECLARE_METATYPE(FakeSisServer::Api)

// `rosterbench pull` as an admin or a script runs it, against a test server this process runs:
// the real executable, the secret from the environment or standard input, then `check` on what it
// wrote.
class PullCommandTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    using Run = rb::test::CommandRun;

    // Runs rosterbench while this thread's event loop keeps the test server answering.
    static Run rosterbench(const QStringList &arguments, const QByteArray &input = {},
                           const QHash<QString, QString> &environment = {})
    {
        return rb::test::runCommand(QStringLiteral(ROSTERBENCH_EXE), arguments, input, environment);
    }

    static QString kindName(FakeSisServer::Api api)
    {
        return api == FakeSisServer::Api::Aeries      ? QStringLiteral("aeries")
            : api == FakeSisServer::Api::ClassLink ? QStringLiteral("classlink")
                                                   : QStringLiteral("clever");
    }

    static QStringList pullArguments(const FakeSisServer &server, FakeSisServer::Api api)
    {
        return {QStringLiteral("pull"), kindName(api), QStringLiteral("--url"), server.url(), QStringLiteral("--id"),
                server.id};
    }

private slots:
    void pulledExport_isCheckedWithTheServersCounts_data()
    {
        QTest::addColumn<FakeSisServer::Api>("api");
        QTest::addColumn<bool>("fromStdin");
        QTest::newRow("aeries, secret from the environment") << FakeSisServer::Api::Aeries << false;
        QTest::newRow("classlink, secret from stdin") << FakeSisServer::Api::ClassLink << true;
        QTest::newRow("clever, secret from the environment") << FakeSisServer::Api::Clever << false;
    }

    void pulledExport_isCheckedWithTheServersCounts()
    {
        QFETCH(FakeSisServer::Api, api);
        QFETCH(bool, fromStdin);
        FakeSisServer server(api);
        const QString zip = m_dir.filePath(kindName(api) + QStringLiteral(".zip"));
        QStringList arguments = pullArguments(server, api) << QStringLiteral("--out") << zip;
        QHash<QString, QString> env;
        if (!fromStdin) {
            arguments << QStringLiteral("--secret-env") << QStringLiteral("RB_TEST_SIS_SECRET");
            env.insert(QStringLiteral("RB_TEST_SIS_SECRET"), server.secret);
        }
        const Run pull = rosterbench(arguments, fromStdin ? server.secret.toUtf8() + '\n' : QByteArray(), env);
        QVERIFY2(pull.exitCode == 0 || pull.exitCode == 1, pull.err.constData());
        QVERIFY2(QFile::exists(zip), pull.err.constData());
        // Progress per resource with its count; then the report check prints.
        QVERIFY2(pull.err.contains(api == FakeSisServer::Api::Clever ? "  students: 12" : "  users: 38"), pull.err.constData());
        QVERIFY2(pull.out.contains("Errors: "), pull.out.constData());
        QVERIFY(!pull.out.contains(server.secret.toUtf8()) && !pull.err.contains(server.secret.toUtf8()));

        const Run check = rosterbench({QStringLiteral("check"), zip, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(check.out).object().value(QStringLiteral("summary")).toObject();
        QMap<QString, int> rows;
        for (const QJsonValue &file : summary.value(QStringLiteral("files")).toArray())
            rows.insert(file.toObject().value(QStringLiteral("file")).toString(), file.toObject().value(QStringLiteral("rows")).toInt());
        for (const QString &file : {QStringLiteral("orgs.csv"), QStringLiteral("users.csv"), QStringLiteral("classes.csv"),
                                    QStringLiteral("enrollments.csv"), QStringLiteral("demographics.csv")})
            QVERIFY2(rows.value(file, -1) == server.expected(file), qPrintable(file + QStringLiteral(": ") + QString::number(rows.value(file, -1))));
    }

    void session_keepsThePullButNeverTheSecret()
    {
        FakeSisServer server(FakeSisServer::Api::Aeries);
        const QString session = m_dir.filePath(QStringLiteral("pull.rosterbench"));
        const Run pull = rosterbench(pullArguments(server, FakeSisServer::Api::Aeries)
                                         << QStringLiteral("--session") << session,
                                     server.secret.toUtf8() + '\n');
        QVERIFY2(pull.exitCode == 0 || pull.exitCode == 1, pull.err.constData());
        QVERIFY2(pull.err.contains("as import 1"), pull.err.constData());
        const QByteArray secret = server.secret.toUtf8();
        QVERIFY(!pull.out.contains(secret));
        QVERIFY(!pull.err.contains(secret));
        // Not in the session's bytes, as text or as the Basic credentials sent to the server.
        const QByteArray basic = QByteArray(server.id.toUtf8() + ':' + secret).toBase64();
        for (const QString &name : QDir(m_dir.path()).entryList({QStringLiteral("pull.rosterbench*")}, QDir::Files)) {
            QFile file(m_dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(secret), qPrintable(name));
            QVERIFY2(!bytes.contains(basic), qPrintable(name));
            QVERIFY2(!bytes.contains(server.secret.toUtf8().toBase64()), qPrintable(name));
        }
        // The import names where it came from, and check reads it back.
        const Run info = rosterbench({QStringLiteral("session"), QStringLiteral("info"), session});
        QVERIFY2(info.out.contains(server.url().toUtf8()), info.out.constData());
        const Run check = rosterbench({QStringLiteral("check"), session});
        QVERIFY2(check.exitCode == 0 || check.exitCode == 1, check.out.constData());
        QVERIFY2(check.out.contains("users.csv"), check.out.constData());
    }

    void secretOnTheCommandLine_isRefused()
    {
        FakeSisServer server(FakeSisServer::Api::Clever);
        const Run run = rosterbench({QStringLiteral("pull"), QStringLiteral("clever"), QStringLiteral("--url"), server.url(),
                                     QStringLiteral("--secret=") + server.secret, QStringLiteral("--out"),
                                     m_dir.filePath(QStringLiteral("never.zip"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("never takes the secret on the command line"), run.err.constData());
        QVERIFY(!run.err.contains(server.secret.toUtf8()));
        QVERIFY(server.log().isEmpty());
    }

    void failures_sayWhatToDo_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("wrong secret") << QStringLiteral("wrong") << QByteArray("HTTP 401");
        QTest::newRow("http to another computer") << QStringLiteral("http") << QByteArray("only over https://");
        QTest::newRow("no secret variable") << QStringLiteral("unset") << QByteArray("RB_TEST_UNSET_VARIABLE is not set");
        QTest::newRow("nowhere to keep it") << QStringLiteral("nowhere") << QByteArray("--out EXPORT.zip, --session");
    }

    void failures_sayWhatToDo()
    {
        QFETCH(QString, what);
        QFETCH(QByteArray, says);
        FakeSisServer server(FakeSisServer::Api::ClassLink);
        QStringList arguments = {QStringLiteral("pull"), QStringLiteral("classlink"), QStringLiteral("--url"),
                                 what == QLatin1String("http") ? QStringLiteral("http://roster.example.invalid") : server.url(),
                                 QStringLiteral("--id"), server.id};
        if (what != QLatin1String("nowhere"))
            arguments << QStringLiteral("--out") << m_dir.filePath(QStringLiteral("failed.zip"));
        if (what == QLatin1String("unset"))
            arguments << QStringLiteral("--secret-env") << QStringLiteral("RB_TEST_UNSET_VARIABLE");
        const Run run = rosterbench(arguments, what == QLatin1String("wrong") ? QByteArray("not-it\n") : server.secret.toUtf8() + '\n');
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says), run.err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("failed.zip"))));
    }
};

QTEST_GUILESS_MAIN(PullCommandTest)
#include "tst_pullcommand.moc"
