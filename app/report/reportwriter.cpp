#include "reportwriter.h"

#include "oneroster/exportreader.h"
#include "util/text.h"
#include "validation/findingschools.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QDateTime>
#include <QMap>

namespace rb::ReportWriter {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

struct FindingFields
{
    QString code, severity, file, field, id, message;
    uint32_t line = 0;
    int column = 0;
};

FindingFields fieldsOf(const ReadResult &result, const Finding &f)
{
    FindingFields out;
    out.code = RuleCatalogue::code(f.rule);
    out.severity = RuleCatalogue::severityKey(RuleCatalogue::severity(f.rule));
    out.file = result.findings.fileName(f);
    out.line = f.line;
    out.column = f.column;
    out.message = result.findings.message(f);
    out.field = result.fieldName(f);
    out.id = result.recordId(f);
    return out;
}

struct FileCounts
{
    qint64 rows = -1;
    qint64 bytes = 0;
    SeverityCounts counts;
};

// Per file, in the order files are reported: the files read, then any other file findings name.
QList<QPair<QString, FileCounts>> countsPerFile(const ReadResult &result)
{
    QList<QPair<QString, FileCounts>> out;
    QHash<QString, qsizetype> index;
    for (const ReadResult::FileInfo &info : result.files) {
        index.insert(info.name, out.size());
        FileCounts c;
        c.rows = qint64(info.rows);
        c.bytes = info.bytes;
        out.append({info.name, c});
    }
    for (const Finding &f : result.findings.items()) {
        const QString name = result.findings.fileName(f);
        auto it = index.constFind(name);
        qsizetype i;
        if (it == index.constEnd()) {
            i = out.size();
            index.insert(name, i);
            out.append({name, FileCounts()});
        } else {
            i = it.value();
        }
        ++out[i].second.counts[RuleCatalogue::severity(f.rule)];
    }
    return out;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

bool parseFormat(const QString &name, Format *format)
{
    if (name == QLatin1String("text"))
        *format = Format::Text;
    else if (name == QLatin1String("csv"))
        *format = Format::Csv;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("html"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QByteArray write(const ReadResult &result, Format format)
{
    switch (format) {
    case Format::Text: return text(result);
    case Format::Csv: return csv(result);
    case Format::Json: return json(result);
    case Format::Html: return html(result);
    }
    return {};
}

QString csvCell(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray text(const ReadResult &result)
{
    QString out;
    const SeverityCounts totals = result.findings.severityCounts();
    out += Tr::tr("Export: %1").arg(result.roster ? result.roster->sourceName() : QString()) + u'\n';
    for (const QString &fatal : result.fatalErrors)
        out += Tr::tr("Could not read: %1").arg(fatal) + u'\n';
    if (result.cancelled)
        out += Tr::tr("Reading was canceled.") + u'\n';

    const auto perFile = countsPerFile(result);
    int nameWidth = int(Tr::tr("File").size());
    for (const auto &[name, counts] : perFile)
        nameWidth = std::max(nameWidth, int(name.size()));
    const QStringList headings = {Tr::tr("Rows"), Tr::tr("Errors"), Tr::tr("Alerts"), Tr::tr("Holds"), Tr::tr("Info")};
    int cellWidth = 10;
    for (const QString &heading : headings)
        cellWidth = std::max(cellWidth, int(heading.size()));
    auto row = [&](const QString &name, const QStringList &cells) -> QString {
        QString line = QStringLiteral("  ") + name.leftJustified(nameWidth);
        for (const QString &cell : cells)
            line += QStringLiteral("  ") + cell.rightJustified(cellWidth);
        return line + u'\n';
    };
    out += u'\n' + row(Tr::tr("File"), headings);
    qint64 totalRows = 0;
    for (const auto &[name, counts] : perFile) {
        totalRows += std::max<qint64>(counts.rows, 0);
        out += row(name, {counts.rows < 0 ? QStringLiteral("-") : number(counts.rows),
                          number(counts.counts[Severity::Error]), number(counts.counts[Severity::Alert]),
                          number(counts.counts[Severity::Hold]), number(counts.counts[Severity::Info])});
    }
    out += row(Tr::tr("Total"), {number(totalRows), number(totals[Severity::Error]),
                             number(totals[Severity::Alert]), number(totals[Severity::Hold]),
                             number(totals[Severity::Info])});
    out += u'\n';
    out += Tr::tr("Errors: %1   Alerts: %2   Holds: %3   Info: %4")
               .arg(number(totals[Severity::Error]), number(totals[Severity::Alert]),
                    number(totals[Severity::Hold]), number(totals[Severity::Info]))
        + u'\n';

    if (!result.findings.isEmpty())
        out += u'\n';
    for (const Finding &f : result.findings.items()) {
        const FindingFields ff = fieldsOf(result, f);
        QString place = ff.file;
        if (ff.line > 0)
            place += u':' + QString::number(ff.line);
        if (ff.column > 0)
            place += u':' + QString::number(ff.column);
        QString line = ff.severity.leftJustified(6) + u' ' + ff.code + u' ' + place;
        if (!ff.field.isEmpty())
            line += QStringLiteral(" [%1]").arg(ff.field);
        if (!ff.id.isEmpty())
            line += u' ' + Tr::tr("(id %1)").arg(ff.id);
        line += QStringLiteral(": ") + ff.message;
        out += line + u'\n';
    }
    return out.toUtf8();
}

QByteArray csv(const ReadResult &result)
{
    QString out = QStringLiteral("severity,code,file,line,column,field,id,message\r\n");
    for (const QString &fatal : result.fatalErrors)
        out += QStringLiteral("fatal,READ-FAILED,,,,,,") + csvCell(fatal) + QStringLiteral("\r\n");
    for (const Finding &f : result.findings.items()) {
        const FindingFields ff = fieldsOf(result, f);
        const QStringList cells = {ff.severity, ff.code, csvCell(ff.file),
                                   ff.line > 0 ? QString::number(ff.line) : QString(),
                                   ff.column > 0 ? QString::number(ff.column) : QString(),
                                   csvCell(ff.field), csvCell(ff.id), csvCell(ff.message)};
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray json(const ReadResult &result)
{
    const SeverityCounts totals = result.findings.severityCounts();
    auto countsObject = [](const SeverityCounts &c) {
        QJsonObject o;
        for (Severity s : {Severity::Error, Severity::Alert, Severity::Hold, Severity::Info})
            o.insert(RuleCatalogue::severityKey(s), c[s]);
        return o;
    };
    QJsonArray files;
    for (const auto &[name, counts] : countsPerFile(result)) {
        QJsonObject o;
        o.insert(QStringLiteral("file"), name);
        o.insert(QStringLiteral("rows"), counts.rows < 0 ? QJsonValue() : QJsonValue(counts.rows));
        o.insert(QStringLiteral("bytes"), counts.bytes);
        o.insert(QStringLiteral("findings"), countsObject(counts.counts));
        files.append(o);
    }
    QJsonObject summary;
    summary.insert(QStringLiteral("source"), result.roster ? result.roster->sourceName() : QString());
    summary.insert(QStringLiteral("readable"), result.isReadable());
    summary.insert(QStringLiteral("fatalErrors"), QJsonArray::fromStringList(result.fatalErrors));
    summary.insert(QStringLiteral("files"), files);
    summary.insert(QStringLiteral("findings"), countsObject(totals));
    summary.insert(QStringLiteral("rows"), result.roster ? qint64(result.roster->totalRows()) : 0);

    QJsonArray findings;
    for (const Finding &f : result.findings.items()) {
        const FindingFields ff = fieldsOf(result, f);
        QJsonObject o;
        o.insert(QStringLiteral("code"), ff.code);
        o.insert(QStringLiteral("severity"), ff.severity);
        o.insert(QStringLiteral("file"), ff.file);
        o.insert(QStringLiteral("line"), ff.line > 0 ? QJsonValue(qint64(ff.line)) : QJsonValue());
        o.insert(QStringLiteral("column"), ff.column > 0 ? QJsonValue(ff.column) : QJsonValue());
        o.insert(QStringLiteral("field"), ff.field.isEmpty() ? QJsonValue() : QJsonValue(ff.field));
        o.insert(QStringLiteral("id"), ff.id.isEmpty() ? QJsonValue() : QJsonValue(ff.id));
        o.insert(QStringLiteral("message"), ff.message);
        findings.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("summary"), summary);
    root.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// The school a finding's record belongs to (its sourcedId), or empty.
std::string_view schoolOf(const ReadResult &result, const Finding &f)
{
    return result.roster ? schoolIdOf(*result.roster, f) : std::string_view();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

QByteArray html(const ReadResult &result)
{
    const SeverityCounts totals = result.findings.severityCounts();
    const Severity order[] = {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info};

    // Per school: the counts by severity.
    QMap<QString, SeverityCounts> perSchool;
    std::vector<std::vector<size_t>> byRule(RuleCount);
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding &f = result.findings.at(i);
        const std::string_view school = schoolOf(result, f);
        const QString key = school.empty() ? QString() : toQString(school);
        ++perSchool[key][RuleCatalogue::severity(f.rule)];
        byRule[size_t(f.rule)].push_back(i);
    }
    auto schoolName = [&](const QString &id) {
        if (id.isEmpty())
            return Tr::tr("Whole export (files, manifest)");
        if (result.roster) {
            const Table &orgs = result.roster->table(FileKind::Orgs);
            const uint32_t r = orgs.rowForId(id.toStdString());
            if (r != Table::NoRow) {
                const std::string_view name = orgs.cell(r, OrgsField::Name);
                return QStringLiteral("%1 (%2)").arg(toQString(name), id);
            }
        }
        return id;
    };

    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
               .arg(QLocale().name().section(u'_', 0, 0));
    out += QStringLiteral("<title>%1</title>").arg(esc(Tr::tr("Roster check report")));
    out += QStringLiteral(
        "<style>body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;max-width:1000px;margin:2em auto;"
        "padding:0 1em;color:#1d2330;line-height:1.45}h1{font-size:1.6em;margin-bottom:.2em}"
        "h2{margin-top:1.8em;border-bottom:2px solid #e3e7ee;padding-bottom:.2em}"
        "table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{text-align:left;padding:.35em .6em;"
        "border-bottom:1px solid #e3e7ee;vertical-align:top}th{background:#f4f6fa}td.n{text-align:right;"
        "font-variant-numeric:tabular-nums}.sev{display:inline-block;border-radius:4px;padding:0 .45em;"
        "font-size:.85em;font-weight:600;color:#fff}.error{background:#c62828}.hold{background:#6a1b9a}"
        ".alert{background:#b26a00}.info{background:#1565c0}.rule{border:1px solid #e3e7ee;border-radius:8px;"
        "padding:.8em 1em;margin:1em 0}.rule h3{margin:.1em 0 .4em}.muted{color:#5b6575}code{background:#f4f6fa;"
        "padding:0 .25em;border-radius:3px}.fatal{background:#fdecea;border:1px solid #c62828;padding:.8em;"
        "border-radius:8px}</style></head><body>\n");
    out += QStringLiteral("<h1>%1</h1>").arg(esc(Tr::tr("Roster check report")));
    out += QStringLiteral("<p class=\"muted\">%1<br>%2</p>")
               .arg(esc(Tr::tr("Export: %1").arg(result.roster ? result.roster->sourceName() : QString())),
                    esc(Tr::tr("Checked on %1 by Rosterbench %2.")
                            .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::LongFormat),
                                 QCoreApplication::applicationVersion())));
    for (const QString &fatal : result.fatalErrors)
        out += QStringLiteral("<p class=\"fatal\">%1</p>").arg(esc(Tr::tr("Could not read: %1").arg(fatal)));

    out += QStringLiteral("<p>");
    for (Severity s : order)
        out += QStringLiteral("<span class=\"sev %1\">%2</span> ")
                   .arg(RuleCatalogue::severityKey(s), esc(RuleCatalogue::severityCount(s, totals[s])));
    out += QStringLiteral("</p><p>%1</p>\n")
               .arg(esc(totals[Severity::Error] > 0
                            ? Tr::tr("Errors keep accounts, classes or enrollments from being created, or the "
                                     "upload from being accepted: fix them in the SIS before going live.")
                            : Tr::tr("No errors: the hub will create every account, class and enrollment.")));

    out += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th>").arg(esc(Tr::tr("By school")), esc(Tr::tr("School")));
    for (Severity s : order)
        out += QStringLiteral("<th>%1</th>").arg(esc(RuleCatalogue::severityName(s)));
    out += QStringLiteral("</tr>\n");
    for (auto it = perSchool.constBegin(); it != perSchool.constEnd(); ++it) {
        out += QStringLiteral("<tr><td>%1</td>").arg(esc(schoolName(it.key())));
        for (Severity s : order)
            out += QStringLiteral("<td class=\"n\">%1</td>").arg(number(it.value()[s]));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    // The problems, worst and most frequent first, each with a few examples.
    std::vector<int> rules;
    for (int i = 0; i < RuleCount; ++i) {
        if (!byRule[size_t(i)].empty())
            rules.push_back(i);
    }
    auto weight = [](Severity s) { return s == Severity::Error ? 0 : s == Severity::Hold ? 1 : s == Severity::Alert ? 2 : 3; };
    std::stable_sort(rules.begin(), rules.end(), [&](int a, int b) {
        const int wa = weight(RuleCatalogue::severity(RuleId(a))), wb = weight(RuleCatalogue::severity(RuleId(b)));
        return wa != wb ? wa < wb : byRule[size_t(a)].size() > byRule[size_t(b)].size();
    });
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Problems to fix")));
    if (rules.empty())
        out += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Nothing found.")));
    constexpr size_t Examples = 5;
    for (int i : rules) {
        const RuleId id = RuleId(i);
        const Severity s = RuleCatalogue::severity(id);
        const std::vector<size_t> &items = byRule[size_t(i)];
        out += QStringLiteral("<div class=\"rule\"><h3><span class=\"sev %1\">%2</span> %3 "
                              "<span class=\"muted\">· %4 · <code>%5</code></span></h3>")
                   .arg(RuleCatalogue::severityKey(s), esc(RuleCatalogue::severityName(s)), esc(RuleCatalogue::title(id)),
                        esc(Tr::tr("%n found", nullptr, int(std::min<size_t>(items.size(), INT_MAX)))), RuleCatalogue::code(id));
        out += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                   .arg(esc(Tr::tr("What will happen:")), esc(RuleCatalogue::whatHappens(id)),
                        esc(Tr::tr("How to fix it:")), esc(RuleCatalogue::howToFix(id)));
        out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(esc(Tr::tr("Where")), esc(Tr::tr("Record")), esc(Tr::tr("Problem")));
        for (size_t k = 0; k < std::min(items.size(), Examples); ++k) {
            const Finding &f = result.findings.at(items[k]);
            QString where = result.findings.fileName(f);
            if (f.line > 0)
                where += Tr::tr(", line %1").arg(f.line);
            const QString field = result.fieldName(f);
            if (!field.isEmpty())
                where += QStringLiteral(" (%1)").arg(field);
            out += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                       .arg(esc(where), esc(result.recordId(f)), esc(result.findings.message(f)));
        }
        out += QStringLiteral("</table>");
        if (items.size() > Examples)
            out += QStringLiteral("<p class=\"muted\">%1</p>")
                       .arg(esc(Tr::tr("… and %1 more. The CSV report (rosterbench check --format csv) lists them all.")
                                    .arg(number(qint64(items.size() - Examples)))));
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace rb::ReportWriter
