#include "rulescommand.h"

#include "cli/commandline.h"
#include "report/reportwriter.h"
#include "validation/rulecatalogue.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RulesCommand)
};

QString fileOf(const Rule &rule)
{
    return rule.file == FileKind::Other ? Tr::tr("any file") : Schema::fileName(rule.file);
}

// Parses the command's options; returns -1 to go on, else an exit code.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        CommandLine::write(stderr, parser.errorText() + u'\n');
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("rosterbench ") + command);
        CommandLine::write(stdout, help);
        return 0;
    }
    return -1;
}

} // namespace

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Lists every rule Rosterbench checks."));
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          Tr::tr("text (default) or csv."), Tr::tr("format"),
                                          QStringLiteral("text"));
    parser.addOption(formatOption);
    if (const int done = parse(parser, arguments, QStringLiteral("rules")); done >= 0)
        return done;
    const QString format = parser.value(formatOption);
    if (format == QLatin1String("csv")) {
        QString out = QStringLiteral("code,severity,file,field,title,what_happens,how_to_fix,source\r\n");
        for (int i = 0; i < RuleCount; ++i) {
            const RuleId id = RuleId(i);
            const Rule &r = RuleCatalogue::rule(id);
            const QStringList cells = {
                RuleCatalogue::code(id), RuleCatalogue::severityKey(r.severity), fileOf(r),
                QString::fromLatin1(r.field), RuleCatalogue::title(id), RuleCatalogue::whatHappens(id),
                RuleCatalogue::howToFix(id), RuleCatalogue::sources(id).join(QStringLiteral("; "))};
            QStringList quoted;
            for (const QString &cell : cells)
                quoted << ReportWriter::csvCell(cell);
            out += quoted.join(u',') + QStringLiteral("\r\n");
        }
        CommandLine::write(stdout, out);
        return 0;
    }
    if (format != QLatin1String("text")) {
        CommandLine::write(stderr, Tr::tr("Unknown format “%1”: use text or csv.").arg(format) + u'\n');
        return 2;
    }
    QString out;
    for (int i = 0; i < RuleCount; ++i) {
        const RuleId id = RuleId(i);
        out += RuleCatalogue::code(id).leftJustified(26) + u' '
            + RuleCatalogue::severityKey(RuleCatalogue::severity(id)).leftJustified(6) + u' '
            + fileOf(RuleCatalogue::rule(id)).leftJustified(17) + u' ' + RuleCatalogue::title(id) + u'\n';
    }
    out += u'\n' + Tr::tr("%1 rules. “rosterbench explain CODE” tells more about one.").arg(RuleCount) + u'\n';
    CommandLine::write(stdout, out);
    return 0;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Explains one rule: what the hub does, and how to fix it."));
    parser.addPositionalArgument(QStringLiteral("code"), Tr::tr("The rule's code, as a report shows it."),
                                 QStringLiteral("CODE"));
    if (const int done = parse(parser, arguments, QStringLiteral("explain")); done >= 0)
        return done;
    const QStringList codes = parser.positionalArguments();
    if (codes.size() != 1) {
        CommandLine::write(stderr, Tr::tr("Name one rule code, such as USR-EMAIL-MISSING.") + u'\n');
        return 2;
    }
    const std::optional<RuleId> id = RuleCatalogue::findByCode(codes.first());
    if (!id) {
        CommandLine::write(stderr, Tr::tr("No rule has the code “%1”. “rosterbench rules” lists them all.").arg(codes.first())
                          + u'\n');
        return 2;
    }
    const Rule &r = RuleCatalogue::rule(*id);
    QString out = RuleCatalogue::code(*id) + QStringLiteral(": ") + RuleCatalogue::title(*id) + u'\n';
    out += Tr::tr("Severity: %1").arg(RuleCatalogue::severityName(r.severity)) + u'\n';
    out += Tr::tr("File: %1").arg(fileOf(r));
    if (*r.field)
        out += QStringLiteral(", ") + Tr::tr("field %1").arg(QString::fromLatin1(r.field));
    out += u'\n' + RuleCatalogue::sourceLine(*id) + QStringLiteral("\n\n");
    out += Tr::tr("What will happen: %1").arg(RuleCatalogue::whatHappens(*id)) + QStringLiteral("\n\n");
    out += Tr::tr("How to fix it: %1").arg(RuleCatalogue::howToFix(*id)) + u'\n';
    const struct { const char *key; const char *name; } systems[] = {
        {"aeries", "Aeries"}, {"clever", "Clever"}, {"classlink", "ClassLink"}};
    for (const auto &sis : systems) {
        const QString hint = RuleCatalogue::fixFor(*id, QString::fromLatin1(sis.key));
        if (!hint.isEmpty())
            out += u'\n' + QString::fromLatin1(sis.name) + QStringLiteral(": ") + hint + u'\n';
    }
    CommandLine::write(stdout, out);
    return 0;
}

} // namespace rb
