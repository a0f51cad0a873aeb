#include "sessioncommand.h"

#include "oneroster/exportreader.h"
#include "report/schoolsummary.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "validation/rulecatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <cstdio>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)
};

constexpr int DaysBetweenUploads = 90;

void writeStd(FILE *stream, const QString &text)
{
    const QByteArray bytes = (text + u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString usage()
{
    return Tr::tr("Usage: rosterbench session import SESSION EXPORT...\n"
                  "       rosterbench session info SESSION\n"
                  "\n"
                  "  import  Check an export (a zip, a folder or the CSV files) and keep it in SESSION,\n"
                  "          a .rosterbench file, with its findings. The session is created if needed.\n"
                  "  info    List a session's imports, their dates and counts, and its school matching.\n"
                  "\n"
                  "Exit code 0: done; 2: the session or the export could not be read or written.");
}

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString findingsLine(const SeverityCounts &counts)
{
    QStringList parts;
    for (Severity s : {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info})
        parts << SchoolSummaryText::findingCount(s, counts[s]);
    return parts.join(QLatin1String(", "));
}

int runImport(const QStringList &args)
{
    if (args.size() < 2) {
        writeStd(stderr, Tr::tr("Name the session and the export: rosterbench session import SESSION EXPORT..."));
        return 2;
    }
    const QString sessionPath = args.first();
    const QStringList exportPaths = args.mid(1);

    SessionError error;
    std::unique_ptr<SessionStore> store = SessionStore::open(sessionPath, SessionStore::OpenMode::CreateIfMissing, &error);
    if (!store) {
        writeStd(stderr, error.message);
        return 2;
    }
    QString packError;
    const std::optional<PackedExport> packed = packExport(exportPaths, &packError);
    if (!packed) {
        writeStd(stderr, packError);
        return 2;
    }
    const ReadResult result = checkPackedExport(*packed);
    if (!result.isReadable()) {
        for (const QString &fatal : result.fatalErrors)
            writeStd(stderr, Tr::tr("Could not read: %1").arg(fatal));
        writeStd(stderr, Tr::tr("Nothing was added to the session."));
        return 2;
    }
    const qint64 id = keepImport(*store, *packed, result, &error);
    if (!id) {
        writeStd(stderr, error.message);
        return 2;
    }
    const SeverityCounts counts = result.findings.severityCounts();
    writeStd(stdout, Tr::tr("Imported %1 into %2 as import %3: %4 rows; %5.")
                         .arg(packed->name, QDir::toNativeSeparators(sessionPath))
                         .arg(id)
                         .arg(number(qint64(result.roster ? result.roster->totalRows() : 0)), findingsLine(counts)));
    return 0;
}

int runInfo(const QStringList &args)
{
    if (args.size() != 1) {
        writeStd(stderr, Tr::tr("Name one session: rosterbench session info SESSION"));
        return 2;
    }
    SessionError error;
    std::unique_ptr<SessionStore> store = SessionStore::open(args.first(), SessionStore::OpenMode::Existing, &error);
    if (!store) {
        writeStd(stderr, error.message);
        return 2;
    }
    QStringList lines;
    lines << Tr::tr("Session %1, created %2").arg(QDir::toNativeSeparators(args.first()), when(store->createdAt()));
    const QList<ImportInfo> imports = store->imports();
    lines << Tr::tr("%n import(s)", nullptr, int(imports.size()));
    for (const ImportInfo &i : imports) {
        lines << Tr::tr("  %1. %2, imported %3 by %4 from %5")
                     .arg(i.id)
                     .arg(i.name, when(i.importedAt), i.operatorName, i.origin);
        lines << Tr::tr("     %1 orgs, %2 users, %3 classes, %4 enrollments, %5 demographics; %6")
                     .arg(number(i.orgs), number(i.users), number(i.classes), number(i.enrollments),
                          number(i.demographics), findingsLine(i.findings));
        if (i.rulesFingerprint != RuleCatalogue::fingerprint())
            lines << Tr::tr("     (checked with other rules, by Rosterbench %1)").arg(i.appVersion);
    }
    const QList<HubSchool> hub = store->hubSchools();
    const QList<SchoolMatch> matches = store->schoolMatches();
    int matched = 0, deselected = 0;
    for (const SchoolMatch &m : matches) {
        matched += m.selected && !m.hubId.isEmpty();
        deselected += !m.selected;
    }
    lines << Tr::tr("School matching: %1 hub schools; %2 of %3 SIS schools matched, %4 deselected")
                 .arg(hub.size())
                 .arg(matched)
                 .arg(matches.size())
                 .arg(deselected);
    if (const std::optional<MatchingLock> lock = store->matchingLock())
        lines << Tr::tr("  Locked %1 by %2").arg(when(lock->at), lock->operatorName);
    else
        lines << Tr::tr("  Not locked");
    if (!imports.isEmpty()) {
        qsizetype acknowledged = store->acknowledgements(imports.last().id).size();
        lines << Tr::tr("%n finding(s) of the latest import acknowledged", nullptr, int(acknowledged));
        const QString stale = staleUploadWarning(imports.last().importedAt, QDateTime::currentDateTimeUtc());
        if (!stale.isEmpty())
            lines << stale;
    }
    writeStd(stdout, lines.join(u'\n'));
    return 0;
}

} // namespace

ReadResult checkLatestImport(const QString &sessionPath, const ReadOptions &options, QString *about)
{
    ReadResult result;
    SessionError error;
    std::unique_ptr<SessionStore> store = SessionStore::open(sessionPath, SessionStore::OpenMode::Existing, &error);
    if (!store) {
        result.fatalErrors.append(error.message);
        return result;
    }
    const std::optional<ImportInfo> latest = store->latestImport();
    if (!latest) {
        result.fatalErrors.append(Tr::tr("The session “%1” has no import to check yet.")
                                      .arg(QDir::toNativeSeparators(sessionPath)));
        return result;
    }
    const std::optional<QByteArray> zip = store->sourceZip(latest->id, &error);
    if (!zip) {
        result.fatalErrors.append(error.message);
        return result;
    }
    if (about) {
        *about = Tr::tr("Checking import %1 of the session: %2, imported %3 by %4.")
                     .arg(latest->id)
                     .arg(latest->name, when(latest->importedAt), latest->operatorName);
        const QString stale = staleUploadWarning(latest->importedAt, QDateTime::currentDateTimeUtc());
        if (!stale.isEmpty())
            *about += u'\n' + stale;
    }
    return ExportReader(options).readZipData(*zip, latest->name);
}

QString staleUploadWarning(const QDateTime &latest, const QDateTime &now)
{
    if (!latest.isValid())
        return {};
    const qint64 days = latest.daysTo(now);
    if (days <= DaysBetweenUploads)
        return {};
    return Tr::tr("The latest import is %n day(s) old. The hub needs an upload at least every 90 days; "
                  "after that it no longer removes the users and classes the SIS has dropped.",
                  nullptr, int(std::min<qint64>(days, INT_MAX)));
}

int runSession(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    if (sub == QLatin1String("info"))
        return runInfo(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        writeStd(stdout, usage());
        return sub.isEmpty() ? 2 : 0;
    }
    writeStd(stderr, Tr::tr("Unknown session command “%1”.").arg(sub) + u'\n' + usage());
    return 2;
}

} // namespace rb
