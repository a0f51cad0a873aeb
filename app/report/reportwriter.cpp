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

#include <algorithm>
#include <array>
#include <unordered_map>

namespace rb::ReportWriter {

namespace {

// Gives lupdate and the translator one context for this file's strings.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};

// The catalogue's texts of each rule, translated once per report rather than once per finding.
struct RuleTexts
{
    std::array<QString, RuleCount> code, severity, title, happens, fix;

    RuleTexts()
    {
        for (int i = 0; i < RuleCount; ++i) {
            const RuleId id = RuleId(i);
            code[size_t(i)] = RuleCatalogue::code(id);
            severity[size_t(i)] = RuleCatalogue::severityKey(RuleCatalogue::severity(id));
            title[size_t(i)] = RuleCatalogue::title(id);
            happens[size_t(i)] = RuleCatalogue::whatHappens(id);
            fix[size_t(i)] = RuleCatalogue::howToFix(id);
        }
    }
};

// How a report names the school of each finding: as the hub knows it once the school is matched,
// otherwise by the SIS's name. An org that is no school (the district row) counts as no school.
class SchoolNames final
{
public:
    SchoolNames(const ReadResult &result, const Context &context)
        : m_roster(result.roster.get())
        , m_targets(context.schools)
    {
    }

    // The sourcedId of the finding's school, empty for none.
    QString idOf(const Finding &f)
    {
        if (!m_roster)
            return {};
        const std::string_view id = schoolIdOf(*m_roster, f);
        if (id.empty())
            return {};
        auto it = m_ids.find(id);
        if (it == m_ids.end()) {
            const Table &orgs = m_roster->table(FileKind::Orgs);
            const uint32_t row = orgs.rowForId(id);
            // An org orgs.csv lists that is not a school (the district) is no school to report
            // under; an id it does not list stays, since the school may be missing from the file.
            const bool school = row == Table::NoRow || m_roster->relations().isSchool(row);
            it = m_ids.emplace(id, school ? toQString(id) : QString()).first;
        }
        return it->second;
    }

    // The SIS's name for the school, from orgs.csv; its id when it has none.
    QString sisName(const QString &id) const
    {
        return m_roster ? schoolDisplayName(*m_roster, id) : id;
    }

    bool matchingBegun() const { return !m_targets.isEmpty(); }
    SyncTarget target(const QString &id) const { return m_targets.value(id); }

    // The school for a spreadsheet's cell: the hub school's name once matched, else the SIS's.
    QString nameOf(const QString &id)
    {
        if (id.isEmpty())
            return {};
        auto it = m_names.constFind(id);
        if (it == m_names.cend()) {
            const SyncTarget t = target(id);
            it = m_names.insert(id, t.state == SyncTarget::State::Matched ? t.hubName : sisName(id));
        }
        return *it;
    }

private:
    const Roster *m_roster;
    const QHash<QString, SyncTarget> &m_targets;
    std::unordered_map<std::string_view, QString> m_ids;
    QHash<QString, QString> m_names;
};

struct FindingFields
{
    QString code, severity, file, field, id, label, name, message;
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
    out.message = result.message(f);
    out.field = result.fieldName(f);
    out.id = result.recordId(f);
    out.label = result.recordLabel(f);
    out.name = result.recordName(f);
    return out;
}

// "Acknowledged by Ana Ruiz on 11/20/26: the school fixes it on Monday", as the window says it.
QString acknowledgedSentence(const Acknowledged &ack)
{
    const QString when = QLocale().toString(ack.at.toLocalTime().date(), QLocale::ShortFormat);
    return ack.note.isEmpty() ? Tr::tr("Acknowledged by %1 on %2.").arg(ack.by, when)
                              : Tr::tr("Acknowledged by %1 on %2: %3").arg(ack.by, when, ack.note);
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
    else if (name == QLatin1String("csv-excel"))
        *format = Format::CsvExcel;
    else if (name == QLatin1String("json"))
        *format = Format::Json;
    else if (name == QLatin1String("html"))
        *format = Format::Html;
    else
        return false;
    return true;
}

QString formatNames()
{
    return Tr::tr("text, csv, csv-excel, json or html");
}

QByteArray write(const ReadResult &result, Format format, const Context &context)
{
    switch (format) {
    case Format::Text: return text(result, context);
    case Format::Csv: return csv(result, context, false);
    case Format::CsvExcel: return csv(result, context, true);
    case Format::Json: return json(result, context);
    case Format::Html: return html(result, context);
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

QByteArray text(const ReadResult &result, const Context &context)
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
    if (!context.acknowledged.isEmpty())
        out += Tr::tr("%n of them acknowledged.", nullptr, int(context.acknowledged.size())) + u'\n';

    if (!result.findings.isEmpty())
        out += u'\n';
    const std::vector<Finding> &items = result.findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const FindingFields ff = fieldsOf(result, items[i]);
        QString place = ff.file;
        if (ff.line > 0)
            place += u':' + QString::number(ff.line);
        if (ff.column > 0)
            place += u':' + QString::number(ff.column);
        QString line = ff.severity.leftJustified(6) + u' ' + ff.code + u' ' + place;
        if (!ff.field.isEmpty())
            line += QStringLiteral(" [%1]").arg(ff.field);
        if (!ff.label.isEmpty())
            line += QStringLiteral(" (%1)").arg(ff.label);
        line += QStringLiteral(": ") + ff.message;
        if (const auto ack = context.acknowledged.constFind(uint32_t(i)); ack != context.acknowledged.cend())
            line += QStringLiteral(" [") + acknowledgedSentence(*ack) + u']';
        out += line + u'\n';
    }
    return out.toUtf8();
}

QByteArray csv(const ReadResult &result, const Context &context, bool forExcel)
{
    // Excel runs a cell that starts with = + - or @ as a formula: a roster's text must not.
    const auto cell = [forExcel](const QString &value) {
        if (forExcel && !value.isEmpty()
            && (value.front() == u'=' || value.front() == u'+' || value.front() == u'-' || value.front() == u'@'))
            return csvCell(u'\'' + value);
        return csvCell(value);
    };
    const RuleTexts texts;
    SchoolNames schools(result, context);
    QString out;
    if (forExcel)
        out += QChar(0xfeff);
    // The first eight columns are those of earlier versions, in the same order, for scripts.
    out += QStringLiteral("severity,code,file,line,column,field,id,message,school,name,title,what_happens,how_to_fix,"
                          "acknowledged,acknowledged_by,acknowledged_on,acknowledgement_note\r\n");
    for (const QString &fatal : result.fatalErrors)
        out += QStringLiteral("fatal,READ-FAILED,,,,,,") + cell(fatal) + QStringLiteral(",,,,,,,,,\r\n");
    const std::vector<Finding> &items = result.findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const Finding &f = items[i];
        const size_t r = size_t(f.rule);
        const auto ack = context.acknowledged.constFind(uint32_t(i));
        const bool acknowledged = ack != context.acknowledged.cend();
        const QStringList cells = {
            texts.severity[r], texts.code[r], cell(result.findings.fileName(f)),
            f.line > 0 ? QString::number(f.line) : QString(), f.column > 0 ? QString::number(f.column) : QString(),
            cell(result.fieldName(f)), cell(result.recordId(f)), cell(result.message(f)),
            cell(schools.nameOf(schools.idOf(f))), cell(result.recordName(f)),
            csvCell(texts.title[r]), csvCell(texts.happens[r]), csvCell(texts.fix[r]),
            acknowledged ? QStringLiteral("yes") : QString(), acknowledged ? cell(ack->by) : QString(),
            acknowledged ? ack->at.toLocalTime().date().toString(Qt::ISODate) : QString(),
            acknowledged ? cell(ack->note) : QString()};
        out += cells.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray json(const ReadResult &result, const Context &context)
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
    summary.insert(QStringLiteral("acknowledged"), qint64(context.acknowledged.size()));
    summary.insert(QStringLiteral("rows"), result.roster ? qint64(result.roster->totalRows()) : 0);

    SchoolNames schools(result, context);
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonArray findings;
    const std::vector<Finding> &items = result.findings.items();
    for (size_t i = 0; i < items.size(); ++i) {
        const Finding &f = items[i];
        const FindingFields ff = fieldsOf(result, f);
        QJsonObject o;
        o.insert(QStringLiteral("code"), ff.code);
        o.insert(QStringLiteral("severity"), ff.severity);
        o.insert(QStringLiteral("file"), ff.file);
        o.insert(QStringLiteral("line"), ff.line > 0 ? QJsonValue(qint64(ff.line)) : QJsonValue());
        o.insert(QStringLiteral("column"), ff.column > 0 ? QJsonValue(ff.column) : QJsonValue());
        o.insert(QStringLiteral("field"), orNull(ff.field));
        o.insert(QStringLiteral("id"), orNull(ff.id));
        o.insert(QStringLiteral("name"), orNull(ff.name));
        o.insert(QStringLiteral("school"), orNull(schools.nameOf(schools.idOf(f))));
        o.insert(QStringLiteral("message"), ff.message);
        if (const auto ack = context.acknowledged.constFind(uint32_t(i)); ack != context.acknowledged.cend()) {
            QJsonObject a;
            a.insert(QStringLiteral("by"), ack->by);
            a.insert(QStringLiteral("at"), ack->at.toUTC().toString(Qt::ISODate));
            a.insert(QStringLiteral("note"), ack->note);
            o.insert(QStringLiteral("acknowledged"), a);
        } else {
            o.insert(QStringLiteral("acknowledged"), QJsonValue());
        }
        findings.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("summary"), summary);
    root.insert(QStringLiteral("findings"), findings);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Findings by severity, those still open and those acknowledged apart.
struct OpenAndAcknowledged
{
    SeverityCounts open;
    qint64 acknowledged = 0;
};

} // namespace

QByteArray html(const ReadResult &result, const Context &context)
{
    const Severity order[] = {Severity::Error, Severity::Hold, Severity::Alert, Severity::Info};
    const auto isAcknowledged = [&context](size_t i) { return context.acknowledged.contains(uint32_t(i)); };
    SchoolNames schools(result, context);

    // Per school, and per rule; the findings acknowledged counted apart.
    OpenAndAcknowledged totals;
    QHash<QString, OpenAndAcknowledged> perSchool;
    std::vector<std::vector<size_t>> byRule(RuleCount);
    for (size_t i = 0; i < result.findings.size(); ++i) {
        const Finding &f = result.findings.at(i);
        OpenAndAcknowledged &school = perSchool[schools.idOf(f)];
        if (isAcknowledged(i)) {
            ++school.acknowledged;
            ++totals.acknowledged;
        } else {
            ++school.open[RuleCatalogue::severity(f.rule)];
            ++totals.open[RuleCatalogue::severity(f.rule)];
        }
        byRule[size_t(f.rule)].push_back(i);
    }
    const bool anyAcknowledged = totals.acknowledged > 0;
    // A school's cell: the hub's name once matched, with the SIS's beneath it; before matching,
    // the SIS's name and id.
    auto schoolCell = [&](const QString &id) {
        if (id.isEmpty())
            return esc(Tr::tr("Not in a school (files, manifest, district)"));
        const QString name = schools.sisName(id);
        const QString sis = name == id ? id : Tr::tr("%1 (%2)").arg(name, id);
        if (!schools.matchingBegun())
            return esc(sis);
        const SyncTarget target = schools.target(id);
        switch (target.state) {
        case SyncTarget::State::Matched:
            return QStringLiteral("%1<br><span class=\"muted\">%2</span>")
                .arg(esc(target.hubName), esc(Tr::tr("%1 in the SIS").arg(sis)));
        case SyncTarget::State::LeftOut:
            return QStringLiteral("%1<br><span class=\"muted\">%2</span>")
                .arg(esc(sis), esc(Tr::tr("Left out of the school matching: does not sync")));
        case SyncTarget::State::NotMatched: break;
        }
        return QStringLiteral("%1<br><span class=\"muted\">%2</span>")
            .arg(esc(sis), esc(Tr::tr("Not matched to a hub school yet: does not sync")));
    };
    // Schools by the name shown, then what is in no school.
    QStringList schoolIds = perSchool.keys();
    std::sort(schoolIds.begin(), schoolIds.end(), [&](const QString &a, const QString &b) {
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        const int byName = schools.nameOf(a).localeAwareCompare(schools.nameOf(b));
        return byName != 0 ? byName < 0 : a < b;
    });

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
        ".alert{background:#b26a00}.info{background:#1565c0}.acknowledged{background:#2e7d32}"
        "tr.acknowledged td{color:#5b6575}.note{color:#2e7d32}.rule{border:1px solid #e3e7ee;border-radius:8px;"
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
                   .arg(RuleCatalogue::severityKey(s), esc(RuleCatalogue::severityCount(s, totals.open[s])));
    if (anyAcknowledged)
        out += QStringLiteral("<span class=\"sev acknowledged\">✓ %1</span>")
                   .arg(esc(Tr::tr("%n acknowledged", nullptr, int(std::min<qint64>(totals.acknowledged, INT_MAX)))));
    const SeverityCounts all = result.findings.severityCounts();
    out += QStringLiteral("</p><p>%1</p>\n")
               .arg(esc(all[Severity::Error] > 0
                            ? Tr::tr("Errors keep accounts, classes or enrollments from being created, or the "
                                     "upload from being accepted: fix them in the SIS before going live.")
                            : Tr::tr("No errors: the hub will create every account, class and enrollment.")));
    if (anyAcknowledged)
        out += QStringLiteral("<p>%1</p>\n")
                   .arg(esc(Tr::tr("Acknowledged findings have been looked at and accepted as they are, each with "
                                   "a note: they are counted apart and marked below.")));

    out += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th>").arg(esc(Tr::tr("By school")), esc(Tr::tr("School")));
    for (Severity s : order)
        out += QStringLiteral("<th>%1</th>").arg(esc(RuleCatalogue::severityName(s)));
    if (anyAcknowledged)
        out += QStringLiteral("<th>%1</th>").arg(esc(Tr::tr("acknowledged")));
    out += QStringLiteral("</tr>\n");
    for (const QString &id : schoolIds) {
        const OpenAndAcknowledged &counts = perSchool[id];
        out += QStringLiteral("<tr><td>%1</td>").arg(schoolCell(id));
        for (Severity s : order)
            out += QStringLiteral("<td class=\"n\">%1</td>").arg(number(counts.open[s]));
        if (anyAcknowledged)
            out += QStringLiteral("<td class=\"n\">%1</td>").arg(number(counts.acknowledged));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</table>\n");

    // The problems, worst and most frequent first, each with a few examples; a rule whose
    // findings are all acknowledged after those with some left to fix.
    std::vector<int> rules;
    std::vector<size_t> openOfRule(RuleCount, 0);
    for (int i = 0; i < RuleCount; ++i) {
        for (size_t f : byRule[size_t(i)])
            openOfRule[size_t(i)] += isAcknowledged(f) ? 0 : 1;
        if (!byRule[size_t(i)].empty())
            rules.push_back(i);
    }
    auto weight = [](Severity s) { return s == Severity::Error ? 0 : s == Severity::Hold ? 1 : s == Severity::Alert ? 2 : 3; };
    std::stable_sort(rules.begin(), rules.end(), [&](int a, int b) {
        const int wa = weight(RuleCatalogue::severity(RuleId(a))), wb = weight(RuleCatalogue::severity(RuleId(b)));
        if (wa != wb)
            return wa < wb;
        const bool doneA = openOfRule[size_t(a)] == 0, doneB = openOfRule[size_t(b)] == 0;
        if (doneA != doneB)
            return doneB;
        return byRule[size_t(a)].size() > byRule[size_t(b)].size();
    });
    out += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Problems to fix")));
    if (rules.empty())
        out += QStringLiteral("<p>%1</p>").arg(esc(Tr::tr("Nothing found.")));
    constexpr size_t Examples = 5;
    for (int i : rules) {
        const RuleId id = RuleId(i);
        const Severity s = RuleCatalogue::severity(id);
        const std::vector<size_t> &items = byRule[size_t(i)];
        const size_t acknowledgedCount = items.size() - openOfRule[size_t(i)];
        const int found = int(std::min<size_t>(items.size(), INT_MAX));
        const QString count = acknowledgedCount == 0
            ? Tr::tr("%n found", nullptr, found)
            : Tr::tr("%n found", nullptr, found) + QStringLiteral(", ")
                + Tr::tr("%n acknowledged", nullptr, int(std::min<size_t>(acknowledgedCount, INT_MAX)));
        out += QStringLiteral("<div class=\"rule\"><h3><span class=\"sev %1\">%2</span> %3 "
                              "<span class=\"muted\">· %4 · <code>%5</code></span></h3>")
                   .arg(RuleCatalogue::severityKey(s), esc(RuleCatalogue::severityName(s)), esc(RuleCatalogue::title(id)),
                        esc(count), RuleCatalogue::code(id));
        out += QStringLiteral("<p><b>%1</b> %2</p><p><b>%3</b> %4</p>")
                   .arg(esc(Tr::tr("What will happen:")), esc(RuleCatalogue::whatHappens(id)),
                        esc(Tr::tr("How to fix it:")), esc(RuleCatalogue::howToFix(id)));
        out += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                   .arg(esc(Tr::tr("Where")), esc(Tr::tr("Record")), esc(Tr::tr("Problem")));
        // The examples: those left to fix first, then those acknowledged, each with its note.
        std::vector<size_t> shown;
        for (size_t f : items) {
            if (shown.size() < Examples && !isAcknowledged(f))
                shown.push_back(f);
        }
        size_t acknowledgedShown = 0;
        for (size_t f : items) {
            if (acknowledgedShown < Examples && isAcknowledged(f)) {
                shown.push_back(f);
                ++acknowledgedShown;
            }
        }
        for (size_t k : shown) {
            const Finding &f = result.findings.at(k);
            QString where = result.findings.fileName(f);
            if (f.line > 0)
                where += Tr::tr(", line %1").arg(f.line);
            const QString field = result.fieldName(f);
            if (!field.isEmpty())
                where += QStringLiteral(" (%1)").arg(field);
            QString problem = esc(result.message(f));
            const auto ack = context.acknowledged.constFind(uint32_t(k));
            const bool acknowledged = ack != context.acknowledged.cend();
            if (acknowledged)
                problem += QStringLiteral("<br><span class=\"note\">✓ %1</span>").arg(esc(acknowledgedSentence(*ack)));
            out += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td></tr>")
                       .arg(acknowledged ? QStringLiteral(" class=\"acknowledged\"") : QString(), esc(where),
                            esc(result.recordLabel(f)), problem);
        }
        out += QStringLiteral("</table>");
        if (items.size() > shown.size())
            out += QStringLiteral("<p class=\"muted\">%1</p>")
                       .arg(esc(Tr::tr("… and %1 more. The findings CSV lists every one.")
                                    .arg(number(qint64(items.size() - shown.size())))));
        if (const QString sources = RuleCatalogue::sourceLine(id); !sources.isEmpty())
            out += QStringLiteral("<p class=\"muted\"><small>%1</small></p>").arg(esc(sources));
        out += QStringLiteral("</div>\n");
    }
    out += QStringLiteral("</body></html>\n");
    return out.toUtf8();
}

} // namespace rb::ReportWriter
