#include "commandline.h"

#include "cli/checkcommand.h"
#include "cli/pullcommand.h"
#include "cli/rulescommand.h"
#include "cli/sessioncommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstring>

namespace rb::CommandLine {

namespace {

const char *const Commands[] = {"check", "pull", "session", "rules", "explain", "help", "--help", "-h", "--version", "-v"};

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString usage()
{
    return Tr::tr("Usage: rosterbench [EXPORT...]\n"
              "       rosterbench check EXPORT... [--format text|csv|csv-excel|json|html] [--output FILE]\n"
              "       rosterbench check SESSION [--format ...]\n"
              "       rosterbench pull aeries|classlink|clever --url URL --id ID\n"
              "                        (--out EXPORT.zip | --session SESSION) [--secret-env VAR]\n"
              "       rosterbench session import SESSION EXPORT...\n"
              "       rosterbench session info SESSION\n"
              "       rosterbench session match SESSION [--hub-schools FILE.csv] [--auto]\n"
              "                         [--set SIS_ID=HUB_ID ...] [--skip SIS_ID ...] [--confirm]\n"
              "       rosterbench rules [--format text|csv]\n"
              "       rosterbench explain CODE\n"
              "\n"
              "Without a command, opens the window (on EXPORT, if given).\n"
              "\n"
              "Commands:\n"
              "  check    Read a OneRoster 1.1 CSV export (a zip, a folder or the CSV files) and\n"
              "           report every problem found. Exit code 0: no errors; 1: errors found;\n"
              "           2: the export could not be read.\n"
              "           Given a session, checks its latest import.\n"
              "  pull     Pull the roster from Aeries, ClassLink or Clever, keep it as a OneRoster\n"
              "           export and check it. The secret is read from the variable --secret-env\n"
              "           names, or from standard input; never from the arguments.\n"
              "  session  Keep exports in a session file and list what it holds; match the\n"
              "           SIS's schools to the hub's schools and confirm (lock) the matching.\n"
              "  rules    List every rule checked, with its code and severity.\n"
              "  explain  Explain one rule: what the hub does, and how to fix it.\n"
              "\n"
              "Run “rosterbench COMMAND --help” for a command's options.\n");
}

} // namespace

bool isCommand(int argc, char **argv)
{
    if (argc < 2)
        return false;
    for (const char *command : Commands) {
        if (std::strcmp(argv[1], command) == 0)
            return true;
    }
    return false;
}

void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("Rosterbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("Rosterbench"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rosterbench.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROSTERBENCH_VERSION));
}

void installTranslations()
{
    auto *app = QCoreApplication::instance();
    auto *own = new QTranslator(app);
    // Languages without a catalogue fall back to English, whose catalogue holds the plural forms.
    if (own->load(QLocale(), QStringLiteral("rosterbench"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/rosterbench_en.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto *qt = new QTranslator(app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
}

int run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    QTextStream out(stdout);
    if (command == QLatin1String("check"))
        return runCheck(arguments.mid(1));
    if (command == QLatin1String("pull"))
        return runPull(arguments.mid(1));
    if (command == QLatin1String("session"))
        return runSession(arguments.mid(1));
    if (command == QLatin1String("rules"))
        return runRules(arguments.mid(1));
    if (command == QLatin1String("explain"))
        return runExplain(arguments.mid(1));
    if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion()
            << Qt::endl;
        return 0;
    }
    out << usage();
    return 0;
}

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void write(FILE *stream, const QString &text)
{
    write(stream, text.toUtf8());
}

} // namespace rb::CommandLine
