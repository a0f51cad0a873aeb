// rosterbench-generate: writes a synthetic OneRoster 1.1 district export, deterministic for a
// given set of arguments, for benchmarks and tests. Run with --help for the details.

#include "defects.h"
#include "districtgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

using namespace rb;

constexpr int ExitOk = 0;
constexpr int ExitFailed = 1;
constexpr int ExitUsage = 2;

void printError(const QString &message)
{
    std::fprintf(stderr, "rosterbench-generate: %s\n", message.toLocal8Bit().constData());
}

// `text` broken into lines of at most `width` columns, every line after the first indented.
QString wrapped(const QString &text, int indent, int width)
{
    QString out;
    int column = indent;
    for (const QString &word : text.split(QLatin1Char(' '))) {
        if (column > indent && column + 1 + word.size() > width) {
            out += QLatin1Char('\n') + QString(indent, QLatin1Char(' '));
            column = indent;
        } else if (column > indent) {
            out += QLatin1Char(' ');
            ++column;
        }
        out += word;
        column += int(word.size());
    }
    return out;
}

QString helpEpilogue()
{
    QString text = QStringLiteral(
        "\nOutput\n"
        "  A PATH ending in .zip gets one zip (deflate) with the six files at its root; any other\n"
        "  PATH is a folder, created if needed, that gets the six files:\n"
        "    manifest.csv orgs.csv users.csv demographics.csv classes.csv enrollments.csv\n"
        "  OneRoster 1.1 CSV, bulk: status and dateLastModified blank. UTF-8 without a BOM, LF\n"
        "  line ends. The school year is 2025-26.\n"
        "\n"
        "The district\n"
        "  One district row and K schools (elementary PK-05, middle 06-08, high 09-12; with two\n"
        "  schools a K-8 and a high school). Per student about 1.5 parents or guardians, six\n"
        "  classes of about 25 (four in pre-K) and one demographics row; one teacher per ~18\n"
        "  students; administrators and aides in every school and the district office. Staff\n"
        "  and secondary students have emails at the district's domain; guardians have a phone\n"
        "  and/or an email, at most five contact points per student. Names, emails and phone\n"
        "  numbers are fictional: example.* domains and the 555 exchange.\n"
        "  A million students make about 10 million rows, 700 MB of CSV, a 107 MB zip.\n"
        "\n"
        "Determinism\n"
        "  The same arguments give byte-identical CSV files on every machine (splitmix64, integer\n"
        "  arithmetic only). The zip holds fixed timestamps; its compressed bytes are identical\n"
        "  wherever the same zlib is used (--level 0 stores the files and never depends on it).\n"
        "\n"
        "Defects\n"
        "  Without --defects, --defect or --plant the export is clean. A defect falls on each row\n"
        "  that can carry it with the given probability (0 to 1); --plant puts it on exactly one\n"
        "  row, the Nth that can carry it. Rows a defect adds (duplicates) are not counted.\n");
    for (const DefectInfo &info : defectCatalogue()) {
        const QString description = QLatin1String(info.description) + QStringLiteral(" (")
                                    + QLatin1String(info.file) + QStringLiteral(")");
        text += QStringLiteral("  %1 ").arg(QLatin1String(info.name), -22)
                + wrapped(description, 25, 90) + QLatin1Char('\n');
    }
    text += QStringLiteral(
        "\nPresets\n"
        "  lakeview  Lakeview Unified School District, the bundled sample export: three schools,\n"
        "            150 students and one of each problem listed in resources/sample/README.md.\n"
        "            --students, --schools and --seed are ignored. Any defect option replaces\n"
        "            the planted problems: --preset lakeview --defects 0 is the clean sample.\n"
        "\n"
        "Exit status: 0 written, 1 could not write, 2 bad arguments.\n"
        "\n"
        "Examples\n"
        "  rosterbench-generate --students 100000 --seed 2026 --out district-100000.zip\n"
        "  rosterbench-generate --students 500 --out /tmp/small --defects 0.01 --summary\n"
        "  rosterbench-generate --students 2000 --out bad.zip --plant quote-in-cell=10\n"
        "  rosterbench-generate --preset lakeview --out resources/sample/lakeview\n");
    return text;
}

bool parseNameValue(const QString &text, QString *name, QString *value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *name = text.left(eq).trimmed();
    *value = text.mid(eq + 1).trimmed();
    return !value->isEmpty();
}

bool parseRate(const QString &text, double *rate)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= 0.0 && value <= 1.0))
        return false;
    *rate = value;
    return true;
}

QJsonObject summaryJson(const GeneratorOptions &options, const GeneratorSummary &summary)
{
    QJsonObject files;
    for (const GeneratedFile &f : summary.files) {
        files.insert(f.name, QJsonObject{{QStringLiteral("rows"), qint64(f.rows)},
                                         {QStringLiteral("bytes"), qint64(f.bytes)}});
    }
    QJsonObject defects;
    for (const DefectInfo &info : defectCatalogue())
        defects.insert(QLatin1String(info.name), qint64(summary.defects[size_t(info.defect)]));
    QJsonObject counts{
        {QStringLiteral("schools"), qint64(summary.schools)},
        {QStringLiteral("students"), qint64(summary.students)},
        {QStringLiteral("guardians"), qint64(summary.guardians)},
        {QStringLiteral("teachers"), qint64(summary.teachers)},
        {QStringLiteral("administrators"), qint64(summary.administrators)},
        {QStringLiteral("aides"), qint64(summary.aides)},
        {QStringLiteral("classes"), qint64(summary.classes)},
        {QStringLiteral("enrollments"), qint64(summary.enrollments)},
    };
    QJsonObject root{
        {QStringLiteral("district"), summary.districtName},
        {QStringLiteral("seed"), QString::number(options.seed)},
        {QStringLiteral("output"), options.out},
        {QStringLiteral("counts"), counts},
        {QStringLiteral("files"), files},
        {QStringLiteral("rows"), qint64(summary.totalRows())},
        {QStringLiteral("csvBytes"), qint64(summary.totalBytes())},
        {QStringLiteral("defects"), defects},
    };
    if (options.writesZip()) {
        root.insert(QStringLiteral("zipBytes"), qint64(summary.zipBytes));
        root.insert(QStringLiteral("level"), options.level);
    } else {
        root.insert(QStringLiteral("zipBytes"), QJsonValue::Null);
    }
    return root;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rosterbench-generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a synthetic OneRoster 1.1 district export (a zip or a folder of six CSV files),\n"
        "the same bytes for the same arguments, clean or with chosen defects."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows this help."));
    const QCommandLineOption students(QStringLiteral("students"),
                                      QStringLiteral("Number of students (required)."),
                                      QStringLiteral("N"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QStringLiteral("Where to write: a .zip file or a folder "
                                                "(required)."),
                                 QStringLiteral("PATH"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed, any unsigned 64-bit number (default 1)."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption schools(
        QStringLiteral("schools"),
        QStringLiteral("Number of schools (default: one per 600 students, at least 2)."),
        QStringLiteral("K"));
    const QCommandLineOption defects(
        QStringLiteral("defects"),
        QStringLiteral("Turns every defect on at this probability per row, 0 to 1."),
        QStringLiteral("RATE"));
    const QCommandLineOption defect(
        QStringLiteral("defect"),
        QStringLiteral("Sets one defect's probability per row; repeatable. Overrides --defects."),
        QStringLiteral("NAME=RATE"));
    const QCommandLineOption plant(
        QStringLiteral("plant"),
        QStringLiteral("Puts one defect on exactly one row: the Nth that can carry it (1 = the "
                       "first); repeatable."),
        QStringLiteral("NAME=N"));
    const QCommandLineOption level(QStringLiteral("level"),
                                   QStringLiteral("Zip compression level, 0 (stored) to 9 "
                                                  "(default 6)."),
                                   QStringLiteral("0-9"), QStringLiteral("6"));
    const QCommandLineOption preset(QStringLiteral("preset"),
                                    QStringLiteral("A fixed district instead: lakeview."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        QStringLiteral("Prints a JSON summary to stdout: rows and bytes per file, the zip's "
                       "size, the defects planted."));
    parser.addOptions({help, students, out, seed, schools, defects, defect, plant, level, preset,
                       summary});

    if (!parser.parse(QCoreApplication::arguments())) {
        printError(parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        const QByteArray text = (parser.helpText() + helpEpilogue()).toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QStringLiteral("unexpected argument %1 (see --help)")
                       .arg(parser.positionalArguments().constFirst()));
        return ExitUsage;
    }

    GeneratorOptions options;
    auto usage = [](const QString &message) {
        printError(message + QStringLiteral(" (see --help)"));
        return ExitUsage;
    };

    if (parser.isSet(preset)) {
        if (parser.value(preset) != QLatin1String("lakeview"))
            return usage(QStringLiteral("unknown preset %1").arg(parser.value(preset)));
        options.preset = Preset::Lakeview;
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usage(QStringLiteral("--out is required"));
    options.out = parser.value(out);

    bool ok = false;
    if (options.preset == Preset::None) {
        if (!parser.isSet(students))
            return usage(QStringLiteral("--students is required"));
        options.students = parser.value(students).toULongLong(&ok);
        if (!ok || options.students == 0 || options.students > 50'000'000)
            return usage(QStringLiteral("--students must be 1 to 50000000"));
        options.seed = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return usage(QStringLiteral("--seed must be an unsigned 64-bit number"));
        if (parser.isSet(schools)) {
            options.schools = parser.value(schools).toInt(&ok);
            if (!ok || options.schools < 1 || options.schools > 100'000)
                return usage(QStringLiteral("--schools must be 1 to 100000"));
        }
    }
    options.level = parser.value(level).toInt(&ok);
    if (!ok || options.level < 0 || options.level > 9)
        return usage(QStringLiteral("--level must be 0 to 9"));

    if (parser.isSet(defects)) {
        double rate = 0;
        if (!parseRate(parser.value(defects), &rate))
            return usage(QStringLiteral("--defects must be a probability from 0 to 1"));
        options.rates.fill(rate);
    }
    for (const QString &item : parser.values(defect)) {
        QString name, value;
        double rate = 0;
        if (!parseNameValue(item, &name, &value) || !parseRate(value, &rate))
            return usage(QStringLiteral("--defect takes NAME=RATE with RATE from 0 to 1, not %1")
                             .arg(item));
        const std::optional<Defect> d = defectByName(name);
        if (!d)
            return usage(QStringLiteral("unknown defect %1").arg(name));
        options.rates[size_t(*d)] = rate;
    }
    for (const QString &item : parser.values(plant)) {
        QString name, value;
        if (!parseNameValue(item, &name, &value))
            return usage(QStringLiteral("--plant takes NAME=N, not %1").arg(item));
        const qulonglong row = value.toULongLong(&ok);
        if (!ok || row == 0)
            return usage(QStringLiteral("--plant takes NAME=N with N from 1, not %1").arg(item));
        const std::optional<Defect> d = defectByName(name);
        if (!d)
            return usage(QStringLiteral("unknown defect %1").arg(name));
        options.plantAt[size_t(*d)] = row;
    }

    options.defectsGiven = parser.isSet(defects) || parser.isSet(defect) || parser.isSet(plant);
    options = DistrictGenerator::withPreset(options);
    DistrictGenerator generator(options);
    QString error;
    if (!generator.run(&error)) {
        printError(error);
        return ExitFailed;
    }
    if (parser.isSet(summary)) {
        const QJsonDocument json(summaryJson(options, generator.summary()));
        const QByteArray text = json.toJson(QJsonDocument::Indented);
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    }
    return ExitOk;
}
