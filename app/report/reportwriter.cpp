#include "reportwriter.h"

#include "oneroster/exportreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
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

} // namespace rb::ReportWriter
