#include "sessioncommand.h"

#include "cli/commandline.h"
#include "matching/hubschoollist.h"
#include "matching/schoolmatcher.h"
#include "matching/schoolmatchplan.h"
#include "oneroster/exportreader.h"
#include "report/reportwriter.h"
#include "report/schoolsummary.h"
#include "session/acknowledgements.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "validation/rulecatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <cstdio>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SessionCommand)
};

// What the session command says, a line at a time.
void writeStd(FILE *stream, const QString &text)
{
    CommandLine::write(stream, text + u'\n');
}

QString usage()
{
    return Tr::tr("Usage: rosterbench session import SESSION EXPORT...\n"
                  "       rosterbench session info SESSION\n"
                  "       rosterbench session match SESSION [--hub-schools FILE.csv] [--auto]\n"
                  "                                 [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]\n"
                  "\n"
                  "  import  Check an export (a zip, a folder or the CSV files) and keep it in SESSION,\n"
                  "          a .rosterbench file, with its findings. The session is created if needed.\n"
                  "  info    List a session's imports, their dates and counts, and its school matching.\n"
                  "  match   Match the latest import's schools to the hub's schools (read from FILE.csv,\n"
                  "          columns id,name and optionally nces_id,city), automatically (--auto) or by\n"
                  "          hand (--set, --skip), and confirm the matching (--confirm). A confirmed\n"
                  "          school's match is locked: it cannot be changed afterwards.\n"
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
    const std::optional<ImportPopulation> previous = populationBefore(*store, 0);
    const ReadResult result = checkPackedExport(*packed, nullptr, previous ? &*previous : nullptr);
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

// The latest import of `store`, read again from the bytes it keeps, without the data rules: what
// matching needs is its schools and who is in them. Null with `why` set when there is none.
std::shared_ptr<const ReadResult> readLatestImport(const SessionStore &store, QString *why, ImportInfo *info)
{
    const std::optional<ImportInfo> latest = store.latestImport();
    if (!latest) {
        *why = Tr::tr("The session “%1” has no import yet: import an export first (rosterbench session import "
                      "SESSION EXPORT).")
                   .arg(QDir::toNativeSeparators(store.path()));
        return nullptr;
    }
    SessionError error;
    const std::optional<QByteArray> zip = store.sourceZip(latest->id, &error);
    if (!zip) {
        *why = error.message;
        return nullptr;
    }
    ReadOptions options;
    options.validate = false;
    auto result = std::make_shared<ReadResult>(ExportReader(options).readZipData(*zip, latest->name));
    if (!result->isReadable() || !result->roster) {
        *why = Tr::tr("The latest import, %1, could not be read: %2")
                   .arg(latest->name, result->fatalErrors.join(QStringLiteral("; ")));
        return nullptr;
    }
    *info = *latest;
    return result;
}

QString hubSchoolText(const QString &hubId, const QHash<QString, HubSchool> &hub)
{
    const auto it = hub.constFind(hubId);
    return it == hub.constEnd() ? hubId : QStringLiteral("%1 %2").arg(hubId, it->name);
}

// One line per SIS school: where it goes, or why it goes nowhere, and whether that is confirmed.
// With `sisSchools` (those of the latest import), the score of each match and a suggestion for
// each school not matched yet.
QStringList matchingLines(const QList<SchoolMatch> &matches, const QList<HubSchool> &hubSchools,
                          const QList<SisSchool> &sisSchools)
{
    QHash<QString, HubSchool> hub;
    for (const HubSchool &h : hubSchools)
        hub.insert(h.id, h);
    QHash<QString, SisSchool> sis;
    for (const SisSchool &s : sisSchools)
        sis.insert(s.sourcedId, s);
    const SchoolMatcher matcher(hubSchools);
    QSet<QString> taken;
    for (const SchoolMatch &m : matches) {
        if (m.syncs())
            taken.insert(m.hubId);
    }

    QStringList lines;
    for (const SchoolMatch &m : matches) {
        const QString school = QStringLiteral("%1 %2").arg(m.sisId, m.sisName);
        QString line;
        if (!m.selected) {
            line = Tr::tr("  %1: deselected, will not sync").arg(school);
        } else if (!m.hubId.isEmpty()) {
            line = Tr::tr("  %1 → %2").arg(school, hubSchoolText(m.hubId, hub));
            if (sis.contains(m.sisId)) {
                const MatchSuggestion s = matcher.score(sis.value(m.sisId), matcher.indexOfHub(m.hubId));
                line += u' '
                    + (s.basis == MatchSuggestion::Basis::Identifier ? Tr::tr("(score %1, same identifier)")
                                                                     : Tr::tr("(score %1)"))
                          .arg(s.score);
            }
        } else {
            line = Tr::tr("  %1: not matched, will not sync").arg(school);
            if (sis.contains(m.sisId)) {
                for (const MatchSuggestion &s : matcher.rank(sis.value(m.sisId))) {
                    if (s.score < SchoolMatcher::SuggestThreshold)
                        break;
                    const HubSchool &h = matcher.hubSchools()[s.hubIndex];
                    if (taken.contains(h.id))
                        continue;
                    line += u' ' + Tr::tr("(best suggestion: %1, score %2)").arg(hubSchoolText(h.id, hub)).arg(s.score);
                    break;
                }
            }
        }
        if (m.isConfirmed())
            line += u' ' + Tr::tr("[confirmed %1 by %2]").arg(when(m.confirmedAt), m.confirmedBy);
        else if (!sisSchools.isEmpty() && !sis.contains(m.sisId))
            line += u' ' + Tr::tr("[not in the latest import]");
        lines << line;
    }
    return lines;
}

QStringList lockLines(const SessionStore &store)
{
    QStringList lines;
    const QList<MatchingLock> confirmations = store.matchingConfirmations();
    if (confirmations.isEmpty()) {
        lines << Tr::tr("  Not locked: nothing is confirmed yet");
        return lines;
    }
    lines << Tr::tr("  Locked %1 by %2 (%n school(s) confirmed)", nullptr, int(confirmations.first().sisIds.size()))
                 .arg(when(confirmations.first().at), confirmations.first().operatorName);
    for (qsizetype i = 1; i < confirmations.size(); ++i) {
        lines << Tr::tr("  Confirmed %1 by %2: %n more school(s)", nullptr, int(confirmations[i].sisIds.size()))
                     .arg(when(confirmations[i].at), confirmations[i].operatorName);
    }
    return lines;
}

int runMatch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Matches the SIS's schools in the session's latest import to the hub's schools, and confirms the "
               "matching. A confirmed school's match is locked: it is never changed again.\n"
               "Exit code 0: done; 2: nothing was changed (the reason is printed)."));
    parser.addHelpOption();
    const QCommandLineOption hubOption(QStringLiteral("hub-schools"),
                                       Tr::tr("The hub's schools: a CSV file with the columns id and name, and "
                                              "optionally nces_id and city. Needed the first time."),
                                       Tr::tr("file"));
    const QCommandLineOption autoOption(QStringLiteral("auto"),
                                        Tr::tr("Match each school not matched yet to the hub school that clearly "
                                               "fits it best (same identifier, or a name scoring %1 or more with "
                                               "no close second).")
                                            .arg(SchoolMatcher::AutoThreshold));
    const QCommandLineOption setOption(QStringLiteral("set"), Tr::tr("Match an SIS school to a hub school by their ids."),
                                       QStringLiteral("SIS_ID=HUB_ID"));
    const QCommandLineOption skipOption(QStringLiteral("skip"),
                                        Tr::tr("Deselect an SIS school: it will not sync."), QStringLiteral("SIS_ID"));
    const QCommandLineOption confirmOption(QStringLiteral("confirm"),
                                           Tr::tr("Confirm the matching. This cannot be undone."));
    parser.addOptions({hubOption, autoOption, setOption, skipOption, confirmOption});
    parser.addPositionalArgument(QStringLiteral("session"), Tr::tr("The session file."), QStringLiteral("SESSION"));
    if (!parser.parse(QStringList{QStringLiteral("rosterbench session match")} + args)) {
        writeStd(stderr, parser.errorText());
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        writeStd(stdout, parser.helpText());
        return 0;
    }
    if (parser.positionalArguments().size() != 1) {
        writeStd(stderr, Tr::tr("Name one session: rosterbench session match SESSION --hub-schools FILE.csv "
                                "[--auto] [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]"));
        return 2;
    }
    const QString sessionPath = parser.positionalArguments().first();
    auto fail = [](const QString &message) {
        writeStd(stderr, message);
        writeStd(stderr, Tr::tr("Nothing was changed."));
        return 2;
    };

    SessionError error;
    std::unique_ptr<SessionStore> store = SessionStore::open(sessionPath, SessionStore::OpenMode::Existing, &error);
    if (!store)
        return fail(error.message);

    // The hub's schools: from the file if given, else those the session keeps.
    QList<HubSchool> hub = store->hubSchools();
    if (parser.isSet(hubOption)) {
        const HubSchoolList list = HubSchoolList::readFile(parser.value(hubOption));
        if (!list.isUsable()) {
            for (const QString &problem : list.problems)
                writeStd(stderr, problem);
            return fail(list.problems.isEmpty() ? Tr::tr("The file lists no school.")
                                                : Tr::tr("Fix the file and run the command again."));
        }
        hub = list.schools;
    } else if (hub.isEmpty()) {
        return fail(Tr::tr("The session has no hub schools yet: give them with --hub-schools FILE.csv."));
    }
    QHash<QString, HubSchool> hubById;
    for (const HubSchool &h : std::as_const(hub))
        hubById.insert(h.id, h);

    QString why;
    ImportInfo latest;
    const std::shared_ptr<const ReadResult> result = readLatestImport(*store, &why, &latest);
    if (!result)
        return fail(why);
    const QList<SisSchool> sisSchools = SchoolMatcher::schoolsOf(*result->roster);

    // The matching as it stands, with the latest import's schools first, in orgs.csv's order, and
    // those only earlier imports had after them.
    QList<SchoolMatch> matching = SchoolMatchPlan::workingMatches(sisSchools, store->schoolMatches());
    auto find = [&matching](const QString &sisId) -> SchoolMatch * {
        for (SchoolMatch &m : matching) {
            if (m.sisId == sisId)
                return &m;
        }
        return nullptr;
    };
    auto unknownSchool = [&](const QString &sisId) {
        QStringList ids;
        for (const SisSchool &s : sisSchools)
            ids << s.sourcedId;
        return Tr::tr("No school has the SIS id “%1” in the latest import (%2). Its schools: %3.")
            .arg(sisId, latest.name, ids.join(QStringLiteral(", ")));
    };

    // What was asked, school by school: --skip and --set first, so that --auto does not give away
    // a hub school named by hand.
    bool asksChangeToConfirmed = false;
    QSet<QString> named;
    for (const QString &sisId : parser.values(skipOption)) {
        SchoolMatch *m = find(sisId.trimmed());
        if (!m)
            return fail(unknownSchool(sisId.trimmed()));
        named.insert(m->sisId);
        asksChangeToConfirmed |= m->isConfirmed() && m->selected;
        m->selected = false;
        m->hubId.clear();
    }
    for (const QString &pair : parser.values(setOption)) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0 || eq == pair.size() - 1)
            return fail(Tr::tr("--set takes SIS_ID=HUB_ID, not “%1”.").arg(pair));
        const QString sisId = pair.left(eq).trimmed(), hubId = pair.mid(eq + 1).trimmed();
        SchoolMatch *m = find(sisId);
        if (!m)
            return fail(unknownSchool(sisId));
        if (named.contains(sisId))
            return fail(Tr::tr("The school “%1” is named twice by --set or --skip: say once what it should be.").arg(sisId));
        named.insert(sisId);
        if (!hubById.contains(hubId))
            return fail(Tr::tr("No hub school has the id “%1”. The hub's schools: %2.")
                            .arg(hubId, QStringList(hubById.keys()).join(QStringLiteral(", "))));
        asksChangeToConfirmed |= m->isConfirmed() && (!m->selected || m->hubId != hubId);
        m->selected = true;
        m->hubId = hubId;
    }
    if (asksChangeToConfirmed) {
        // The session refuses it, and says which school, who confirmed it and when.
        if (!store->setSchoolMatches(matching, &error))
            return fail(error.message);
    }
    if (parser.isSet(autoOption)) {
        QSet<QString> taken;
        for (const SchoolMatch &m : std::as_const(matching)) {
            if (m.syncs())
                taken.insert(m.hubId);
        }
        QList<SisSchool> open; // selected, not matched, not confirmed
        for (const SisSchool &s : sisSchools) {
            const SchoolMatch *m = find(s.sourcedId);
            if (m && m->selected && m->hubId.isEmpty() && !m->isConfirmed())
                open.append(s);
        }
        for (const SchoolMatcher::Assignment &a : SchoolMatcher(hub).assign(open, taken))
            find(a.sisId)->hubId = a.hubId;
    }

    // One SIS school for one hub school, checked here too so that a refusal leaves the hub's
    // schools as they were: they are kept before the matching that names them.
    QHash<QString, const SchoolMatch *> intoHub;
    for (const SchoolMatch &m : std::as_const(matching)) {
        if (!m.syncs())
            continue;
        if (const SchoolMatch *other = intoHub.value(m.hubId))
            return fail(Tr::tr("Both %1 (%2) and %3 (%4) would go to the hub school %5: a hub school takes one SIS "
                               "school.")
                            .arg(other->sisName, other->sisId, m.sisName, m.sisId, hubSchoolText(m.hubId, hubById)));
        intoHub.insert(m.hubId, &m);
    }

    // Run with nothing to do, the command shows the matching and changes nothing.
    const bool asked = parser.isSet(hubOption) || parser.isSet(autoOption) || parser.isSet(setOption)
        || parser.isSet(skipOption) || parser.isSet(confirmOption);
    if (asked && parser.isSet(hubOption) && !store->setHubSchools(hub, &error))
        return fail(error.message);
    if (asked && !store->setSchoolMatches(matching, &error)) {
        writeStd(stderr, error.message);
        if (parser.isSet(hubOption))
            writeStd(stderr, Tr::tr("The hub's schools from the file were kept; the matching was not changed."));
        return 2;
    }

    QStringList lines;
    lines << Tr::tr("School matching of import %1, %2, to %n hub school(s):", nullptr, int(hub.size()))
                 .arg(latest.id)
                 .arg(latest.name);
    lines << matchingLines(asked ? store->schoolMatches() : matching, hub, sisSchools);
    int confirmError = 0;
    if (parser.isSet(confirmOption)) {
        if (store->confirmMatching(&error)) {
            lines.clear();
            lines << Tr::tr("Confirmed. School matching of import %1, %2:").arg(latest.id).arg(latest.name);
            lines << matchingLines(store->schoolMatches(), hub, sisSchools);
        } else {
            confirmError = 2;
        }
    }
    lines << lockLines(*store);
    writeStd(stdout, lines.join(u'\n'));
    if (confirmError) {
        writeStd(stderr, error.message);
        return confirmError;
    }
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
        matched += m.syncs();
        deselected += !m.selected;
    }
    lines << Tr::tr("School matching: %1 hub schools; %2 of %3 SIS schools matched, %4 deselected, %5 not matched")
                 .arg(hub.size())
                 .arg(matched)
                 .arg(matches.size())
                 .arg(deselected)
                 .arg(matches.size() - matched - deselected);
    lines << matchingLines(matches, hub, {});
    lines << lockLines(*store);
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

ReadResult checkLatestImport(const QString &sessionPath, const ReadOptions &options, QString *about,
                             ReportWriter::Context *report)
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
    result = ExportReader(options).readZipData(*zip, latest->name);
    // What the session knows is said too, as the window says it: schools the matching leaves
    // out, large removals since the import before, and an import grown too old.
    if (result.roster && result.isReadable() && options.validate) {
        compareWithImportBefore(*store, latest->id, *result.roster, result.findings);
        applyShownFindings(*store, latest->id, *result.roster, result.findings);
    }
    // Once schools are matched, a report names them as the hub does; what the admin acknowledged
    // is marked, with the note.
    if (report) {
        report->schools = syncTargets(store->schoolMatches(), store->hubSchools());
        const QHash<uint32_t, Acknowledgement> acknowledged =
            acknowledgedFindings(result, store->acknowledgements(latest->id));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            report->acknowledged.insert(it.key(), {it->operatorName, it->at, it->note});
    }
    return result;
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
    if (sub == QLatin1String("match"))
        return runMatch(rest);
    if (sub.isEmpty() || sub == QLatin1String("--help") || sub == QLatin1String("-h") || sub == QLatin1String("help")) {
        writeStd(stdout, usage());
        return sub.isEmpty() ? 2 : 0;
    }
    writeStd(stderr, Tr::tr("Unknown session command “%1”.").arg(sub) + u'\n' + usage());
    return 2;
}

} // namespace rb
