#include "checkcommand.h"

#include "cli/commandline.h"
#include "cli/sessioncommand.h"
#include "oneroster/exportreader.h"
#include "report/reportwriter.h"
#include "session/sessionstore.h"
#include "util/privatefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace rb {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)
};

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads a OneRoster 1.1 CSV export and reports every problem the hub would object to.\n"
           "Exit code 0: no errors; 1: errors found; 2: the export could not be read."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(
        {QStringLiteral("f"), QStringLiteral("format")},
        Tr::tr("Report format: text (default), csv, csv-excel (CSV as Excel opens it), json or html."),
        Tr::tr("format"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write the report to FILE instead of the terminal."),
                                          Tr::tr("file"));
    const QCommandLineOption regionOption(
        QStringLiteral("phone-region"),
        Tr::tr("How phone numbers without a country code are read: a two-letter region code "
               "(default US)."),
        Tr::tr("region"), QStringLiteral("US"));
    parser.addOption(formatOption);
    parser.addOption(outputOption);
    parser.addOption(regionOption);
    parser.addPositionalArgument(QStringLiteral("export"),
                                 Tr::tr("A zip, a folder, or the CSV files of one export; or a "
                                        "session, whose latest import is checked."),
                                 QStringLiteral("EXPORT..."));

    if (!parser.parse(arguments)) {
        CommandLine::write(stderr, (parser.errorText() + u'\n').toUtf8());
        return CheckUnreadable;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // helpText() names the program by its full path and leaves out the command.
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("rosterbench check"));
        CommandLine::write(stdout, help.toUtf8());
        return CheckClean;
    }
    ReportWriter::Format format;
    if (!ReportWriter::parseFormat(parser.value(formatOption), &format)) {
        CommandLine::write(stderr, (Tr::tr("Unknown format “%1”: use %2.")
                              .arg(parser.value(formatOption), ReportWriter::formatNames())
                          + u'\n')
                             .toUtf8());
        return CheckUnreadable;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        CommandLine::write(stderr, (Tr::tr("Name the export to check: a zip, a folder or CSV files.") + u'\n'
                          + Tr::tr("Run “rosterbench check --help” for the options."))
                             .toUtf8());
        return CheckUnreadable;
    }

    const QString region = parser.value(regionOption).trimmed().toUpper();
    if (region.size() != 2 || !region.at(0).isLetter() || !region.at(1).isLetter()) {
        CommandLine::write(stderr, (Tr::tr("“%1” is not a region code: use two letters, such as US, CA or MX.")
                              .arg(parser.value(regionOption))
                          + u'\n')
                             .toUtf8());
        return CheckUnreadable;
    }
    ReadOptions options;
    options.validation.phoneRegion = region;
    // A session: its latest import, checked again from the bytes it keeps.
    QString about;
    ReportWriter::Context context;
    const ReadResult result = paths.size() == 1 && SessionStore::isSqliteFile(paths.first())
        ? checkLatestImport(paths.first(), options, &about, &context)
        : ExportReader(options).read(paths);
    if (!about.isEmpty())
        CommandLine::write(stderr, (about + u'\n').toUtf8());
    const QByteArray report = ReportWriter::write(result, format, context);

    if (parser.isSet(outputOption)) {
        // A report names the students: it is written for its owner's eyes only, as a session is.
        QString error;
        if (!writeOwnerOnlyFile(parser.value(outputOption), report, &error)) {
            CommandLine::write(stderr, (Tr::tr("Could not write the report to “%1”: %2")
                                  .arg(QDir::toNativeSeparators(parser.value(outputOption)), error)
                              + u'\n')
                                 .toUtf8());
            return CheckUnreadable;
        }
    } else {
        CommandLine::write(stdout, report);
    }
    // Whatever the format, the reason an export could not be read also goes to the terminal.
    for (const QString &fatal : result.fatalErrors) {
        if (format != ReportWriter::Format::Text || parser.isSet(outputOption))
            CommandLine::write(stderr, (Tr::tr("Could not read: %1").arg(fatal) + u'\n').toUtf8());
    }
    if (!result.isReadable())
        return CheckUnreadable;
    return result.findings.hasErrors() ? CheckFoundErrors : CheckClean;
}

} // namespace rb
