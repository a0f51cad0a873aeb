#include "pullcommand.h"

#include "cli/commandline.h"
#include "cli/checkcommand.h"
#include "report/reportwriter.h"
#include "session/sessionimport.h"
#include "session/sessionstore.h"
#include "sis/sispull.h"
#include "util/privatefile.h"
#include "util/progress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>

#include <csignal>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PullCommand)
};

bool isTerminal(FILE *stream)
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stream)) != 0;
#else
    Q_UNUSED(stream);
    return false;
#endif
}

// Ctrl-C cancels the pull cleanly (nothing half-written) instead of killing the process.
Progress *g_progress = nullptr;
extern "C" void cancelOnInterrupt(int)
{
    if (g_progress)
        g_progress->cancel(); // an atomic store: safe in a signal handler
}

// The secret from standard input: typed at a prompt with the echo off, or piped in. One line; the
// line end is not part of it, but spaces are (the pull trims them and says so).
QString secretFromStdin(const QString &label)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
#ifdef Q_OS_UNIX
    if (isTerminal(stdin)) {
        CommandLine::write(stderr, label + QStringLiteral(": "));
        termios saved{};
        const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
        if (canHide) {
            termios hidden = saved;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
        }
        QByteArray line = in.readLine();
        if (canHide)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        CommandLine::write(stderr, QStringLiteral("\n"));
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        return QString::fromUtf8(line);
    }
#else
    Q_UNUSED(label);
#endif
    QByteArray line = in.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

QString usage()
{
    return Tr::tr("Usage: rosterbench pull aeries|classlink|clever --url URL [--id ID] (--out EXPORT.zip | --session "
                  "SESSION) [--secret-env VAR]\n"
                  "Run “rosterbench pull --help” for every option.");
}

} // namespace

int runPull(const QStringList &arguments)
{
    // A secret given as an argument is visible to every user of the computer (ps, shell history).
    for (const QString &argument : arguments) {
        for (const char *name : {"--secret", "--password", "--token", "--consumer-secret"}) {
            if (argument == QLatin1String(name) || argument.startsWith(QLatin1String(name) + u'=')) {
                CommandLine::write(stderr, Tr::tr("Rosterbench never takes the secret on the command line, where other users "
                                        "of this computer could see it. Put it in an environment variable and name "
                                        "it with --secret-env, or type it when asked (or pipe it in).")
                                     + u'\n');
                return CheckUnreadable;
            }
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Pulls the roster from Aeries, ClassLink or Clever, writes it as a OneRoster 1.1 CSV export and "
               "checks it as the hub would. The secret (Aeries Consumer Secret, ClassLink API secret, Clever "
               "district token) is read from the variable --secret-env names, or from standard input.\n"
               "Exit code 0: pulled, no errors; 1: pulled, errors found; 2: nothing pulled or written."));
    parser.addHelpOption();
    const QCommandLineOption urlOption(QStringLiteral("url"),
                                       Tr::tr("The API's address: Aeries's OneRoster URL, ClassLink's Roster Server "
                                              "address, or Clever's (https://api.clever.com when not given)."),
                                       QStringLiteral("url"));
    const QCommandLineOption idOption(QStringLiteral("id"),
                                      Tr::tr("The Aeries Consumer ID or the ClassLink API key. Not used for Clever."),
                                      QStringLiteral("id"));
    const QCommandLineOption outOption({QStringLiteral("o"), QStringLiteral("out")},
                                       Tr::tr("Write what was pulled to this OneRoster zip."), Tr::tr("file"));
    const QCommandLineOption sessionOption(QStringLiteral("session"),
                                           Tr::tr("Keep what was pulled in this session as a new import (the "
                                                  "session is created if needed)."),
                                           Tr::tr("session"));
    const QCommandLineOption secretEnvOption(QStringLiteral("secret-env"),
                                             Tr::tr("The environment variable that holds the secret."),
                                             QStringLiteral("var"));
    const QCommandLineOption versionOption(QStringLiteral("api-version"),
                                           Tr::tr("Clever's API version: 3.0 (default) or 3.1."), QStringLiteral("v"),
                                           QStringLiteral("3.0"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           Tr::tr("Seconds to wait for the server before giving up (default 60)."),
                                           Tr::tr("seconds"), QStringLiteral("60"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          Tr::tr("A OneRoster filter sent with every request to Aeries or ClassLink, "
                                                 "such as status='active'."),
                                          Tr::tr("expression"));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Tr::tr("Report format: text (default), csv, csv-excel (CSV as Excel opens it), json or html."),
                                          Tr::tr("format"), QStringLiteral("text"));
    parser.addOptions({urlOption, idOption, outOption, sessionOption, secretEnvOption, versionOption, timeoutOption,
                       filterOption, formatOption});
    parser.addPositionalArgument(QStringLiteral("sis"), Tr::tr("aeries, classlink or clever."),
                                 QStringLiteral("aeries|classlink|clever"));

    if (!parser.parse(arguments)) {
        CommandLine::write(stderr, parser.errorText() + u'\n' + usage() + u'\n');
        return CheckUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("rosterbench pull"));
        CommandLine::write(stdout, help);
        return CheckClean;
    }
    const QStringList positional = parser.positionalArguments();
    const std::optional<SourceKind> kind = positional.size() == 1 ? Sis::kindFromName(positional.first()) : std::nullopt;
    if (!kind) {
        CommandLine::write(stderr, Tr::tr("Name the SIS to pull from: aeries, classlink or clever.") + u'\n' + usage() + u'\n');
        return CheckUnreadable;
    }
    if (!parser.isSet(outOption) && !parser.isSet(sessionOption)) {
        CommandLine::write(stderr, Tr::tr("Say where to keep the pull: --out EXPORT.zip, --session SESSION, or both.") + u'\n');
        return CheckUnreadable;
    }
    ReportWriter::Format format;
    if (!ReportWriter::parseFormat(parser.value(formatOption), &format)) {
        CommandLine::write(stderr, Tr::tr("Unknown format “%1”: use %2.").arg(parser.value(formatOption), ReportWriter::formatNames())
                             + u'\n');
        return CheckUnreadable;
    }
    SisOptions options;
    const QString version = parser.value(versionOption).trimmed();
    if (version == QLatin1String("3.0") || version == QLatin1String("3.1")) {
        options.cleverApiVersion = u'v' + version;
    } else {
        CommandLine::write(stderr, Tr::tr("Clever's API version is 3.0 or 3.1, not “%1”.").arg(version) + u'\n');
        return CheckUnreadable;
    }
    bool ok = false;
    const double timeout = parser.value(timeoutOption).toDouble(&ok);
    if (!ok || timeout <= 0 || timeout > 3600) {
        CommandLine::write(stderr, Tr::tr("--timeout takes a number of seconds, such as 60.") + u'\n');
        return CheckUnreadable;
    }
    options.timeoutMs = int(timeout * 1000);
    options.oneRosterFilter = parser.value(filterOption);

    SisConnection connection;
    connection.kind = *kind;
    connection.url = parser.value(urlOption);
    connection.id = parser.value(idOption);
    const QString name = Sis::displayName(*kind);
    if (parser.isSet(secretEnvOption)) {
        const QString variable = parser.value(secretEnvOption);
        connection.secret = qEnvironmentVariable(variable.toLocal8Bit().constData());
        if (connection.secret.isEmpty()) {
            CommandLine::write(stderr, Tr::tr("The environment variable %1 is not set, or empty: it should hold the %2 %3.")
                                     .arg(variable, name, Sis::secretLabel(*kind))
                                 + u'\n');
            return CheckUnreadable;
        }
    } else {
        connection.secret = secretFromStdin(QStringLiteral("%1 %2").arg(name, Sis::secretLabel(*kind)));
    }

    // Open the session first: a session that cannot be written should not cost a whole pull.
    std::unique_ptr<SessionStore> store;
    if (parser.isSet(sessionOption)) {
        SessionError error;
        store = SessionStore::open(parser.value(sessionOption), SessionStore::OpenMode::CreateIfMissing, &error);
        if (!store) {
            CommandLine::write(stderr, error.message + u'\n');
            return CheckUnreadable;
        }
    }

    Progress progress;
    g_progress = &progress;
    const auto previousHandler = std::signal(SIGINT, cancelOnInterrupt);
    const bool live = isTerminal(stderr);
    const QLocale locale;
    SisPull pull(connection, options);
    pull.setListener([&](const SisProgressEvent &event) {
        if (event.finished) {
            CommandLine::write(stderr, (live ? QStringLiteral("\r\033[K") : QString())
                                 + Tr::tr("  %1: %2").arg(event.resource, locale.toString(event.records)) + u'\n');
        } else if (live) {
            // Page by page only on a terminal, rewriting one line; a log gets the totals.
            CommandLine::write(stderr, QStringLiteral("\r\033[K")
                                 + (event.expected >= 0 ? Tr::tr("  %1: %2 of %3")
                                                              .arg(event.resource, locale.toString(event.records),
                                                                   locale.toString(event.expected))
                                                        : Tr::tr("  %1: %2").arg(event.resource, locale.toString(event.records))));
        }
    });
    CommandLine::write(stderr, Tr::tr("Pulling from %1 at %2").arg(name, connection.displayUrl().toDisplayString()) + u'\n');
    const SisPullResult pulled = pull.run(&progress);
    std::signal(SIGINT, previousHandler);
    g_progress = nullptr;
    for (const QString &notice : pulled.notices)
        CommandLine::write(stderr, notice + u'\n');
    if (!pulled.isPulled()) {
        CommandLine::write(stderr, pulled.error.message + u'\n');
        return CheckUnreadable;
    }

    const std::optional<ImportPopulation> previous = store ? populationBefore(*store, 0) : std::nullopt;
    const ReadResult result = checkPackedExport(pulled.packed, nullptr, previous ? &*previous : nullptr);
    if (parser.isSet(outOption)) {
        // The export is the district's roster: its owner's only, as a session is.
        QString error;
        if (!writeOwnerOnlyFile(parser.value(outOption), pulled.packed.zip, &error)) {
            CommandLine::write(stderr, Tr::tr("Could not write the export to “%1”: %2")
                                     .arg(QDir::toNativeSeparators(parser.value(outOption)), error)
                                 + u'\n');
            return CheckUnreadable;
        }
        CommandLine::write(stderr, Tr::tr("Wrote %1").arg(QDir::toNativeSeparators(parser.value(outOption))) + u'\n');
    }
    if (store) {
        if (!result.isReadable()) {
            for (const QString &fatal : result.fatalErrors)
                CommandLine::write(stderr, Tr::tr("Could not read: %1").arg(fatal) + u'\n');
            CommandLine::write(stderr, Tr::tr("Nothing was added to the session.") + u'\n');
            return CheckUnreadable;
        }
        SessionError error;
        const qint64 id = keepImport(*store, pulled.packed, result, &error);
        if (!id) {
            CommandLine::write(stderr, error.message + u'\n');
            return CheckUnreadable;
        }
        CommandLine::write(stderr, Tr::tr("Kept in %1 as import %2.").arg(QDir::toNativeSeparators(parser.value(sessionOption))).arg(id)
                             + u'\n');
    }
    const QByteArray report = ReportWriter::write(result, format);
    CommandLine::write(stdout, report);
    if (!result.isReadable())
        return CheckUnreadable;
    return result.findings.hasErrors() ? CheckFoundErrors : CheckClean;
}

} // namespace rb
