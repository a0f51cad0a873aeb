#include "hubschoollist.h"

#include "oneroster/csvparser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace rb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HubSchoolList)
};

enum class Column { Id, Name, NcesId, City, Detail };

// Header cells as people type them ("School ID", "nces_id", " Name ") reduced to letters and
// digits, and what each names.
std::optional<Column> columnOf(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    static const QHash<QString, Column> names = {
        {QStringLiteral("id"), Column::Id},
        {QStringLiteral("hubid"), Column::Id},
        {QStringLiteral("schoolid"), Column::Id},
        {QStringLiteral("hubschoolid"), Column::Id},
        {QStringLiteral("name"), Column::Name},
        {QStringLiteral("schoolname"), Column::Name},
        {QStringLiteral("hubschoolname"), Column::Name},
        {QStringLiteral("ncesid"), Column::NcesId},
        {QStringLiteral("nces"), Column::NcesId},
        {QStringLiteral("ncesschoolid"), Column::NcesId},
        {QStringLiteral("city"), Column::City},
        {QStringLiteral("town"), Column::City},
        {QStringLiteral("address"), Column::Detail},
        {QStringLiteral("detail"), Column::Detail},
    };
    const auto it = names.constFind(key);
    if (it == names.constEnd())
        return std::nullopt;
    return *it;
}

struct Record
{
    std::vector<std::string> cells;
    uint32_t line = 0;
};

// Keeps every record and the problems that make a line unreadable. A quote inside a cell is Excel's
// quoting, not a problem here, and a blank line is just skipped.
class Collector final : public CsvHandler
{
public:
    void record(const std::string_view *cells, int count, uint32_t line) override
    {
        Record r;
        r.line = line;
        r.cells.reserve(size_t(count));
        for (int i = 0; i < count; ++i)
            r.cells.emplace_back(cells[i]);
        records.push_back(std::move(r));
    }
    void problem(CsvProblem kind, uint32_t line, int, std::string_view) override
    {
        if (kind == CsvProblem::UnterminatedQuote || kind == CsvProblem::InvalidUtf8)
            lineProblems.emplace(line, kind);
    }

    std::vector<Record> records;
    std::multimap<uint32_t, CsvProblem> lineProblems;
};

QString cellText(const std::string &cell)
{
    // Line breaks and runs of spaces inside a cell are of no use in a school's name.
    return QString::fromUtf8(cell.data(), qsizetype(cell.size())).simplified();
}

// An NCES id Excel took for a number and wrote as "6.99795E+11": its digits are lost.
bool isExcelNumber(const QString &text)
{
    static const QRegularExpression scientific(QStringLiteral("^[0-9]+([.,][0-9]+)?E\\+[0-9]+$"),
                                               QRegularExpression::CaseInsensitiveOption);
    return scientific.match(text).hasMatch();
}

QString columnName(Column c)
{
    switch (c) {
    case Column::Id: return QStringLiteral("id");
    case Column::Name: return QStringLiteral("name");
    case Column::NcesId: return QStringLiteral("nces_id");
    case Column::City: return QStringLiteral("city");
    case Column::Detail: return QStringLiteral("address");
    }
    return {};
}

} // namespace

HubSchoolList HubSchoolList::readFile(const QString &path)
{
    HubSchoolList out;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        out.problems << Tr::tr("There is no file “%1”.").arg(shown);
        return out;
    }
    if (info.isDir()) {
        out.problems << Tr::tr("“%1” is a folder, not a CSV file of the hub's schools.").arg(shown);
        return out;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        out.problems << Tr::tr("“%1” cannot be read: %2").arg(shown, file.errorString());
        return out;
    }
    if (file.size() > MaxBytes) {
        out.problems << Tr::tr("“%1” is %2 MB: too large to be a list of schools. Is it the right file?")
                            .arg(shown)
                            .arg(file.size() >> 20);
        return out;
    }
    return readData(file.readAll(), info.fileName());
}

HubSchoolList HubSchoolList::readData(const QByteArray &data, const QString &fileName)
{
    HubSchoolList out;
    auto problemAt = [&](uint32_t line, const QString &what) {
        out.problems << Tr::tr("%1, line %2: %3").arg(fileName).arg(line).arg(what);
    };
    auto fileProblem = [&](const QString &what) { out.problems << Tr::tr("%1: %2").arg(fileName, what); };

    // Files that are not CSV text at all, named for what they are so that the fix is plain.
    if (data.startsWith("PK\x03\x04") || data.startsWith("\xD0\xCF\x11\xE0")) {
        fileProblem(Tr::tr("this is an Excel workbook, not a CSV file. In Excel, use File › Save As and "
                           "choose “CSV UTF-8 (Comma delimited)”."));
        return out;
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        fileProblem(Tr::tr("this file is saved as “Unicode Text” (UTF-16). Save it as “CSV UTF-8 (Comma "
                           "delimited)” instead."));
        return out;
    }
    if (data.size() > MaxBytes) {
        fileProblem(Tr::tr("too large to be a list of schools."));
        return out;
    }
    if (data.contains('\0')) {
        fileProblem(Tr::tr("this is not a text file, so not a CSV list of schools."));
        return out;
    }

    Collector collector;
    CsvParser parser(collector);
    if (!parser.feed(data.constData(), size_t(data.size())) || !parser.finish()) {
        problemAt(parser.failedLine(), Tr::tr("the line is far longer than any row of a list of schools: "
                                              "this is not such a list."));
        return out;
    }
    // Rows whose every cell is blank (a spreadsheet's trailing rows) are not rows.
    std::erase_if(collector.records, [](const Record &r) {
        return std::all_of(r.cells.begin(), r.cells.end(), [](const std::string &c) {
            return c.find_first_not_of(" \t") == std::string::npos;
        });
    });
    if (collector.records.empty()) {
        fileProblem(Tr::tr("the file is empty. It needs a header row (id,name and, if known, nces_id,city) "
                           "and one row per school."));
        return out;
    }

    // The header.
    const Record &header = collector.records.front();
    std::map<Column, int> columns;
    for (int i = 0; i < int(header.cells.size()); ++i) {
        const QString name = cellText(header.cells[size_t(i)]);
        const std::optional<Column> column = columnOf(name);
        if (!column)
            continue; // another column the hub keeps (state, zip code): not needed here
        if (const auto seen = columns.find(*column); seen != columns.end()) {
            problemAt(header.line, Tr::tr("the columns “%1” and “%2” both hold the school's %3. Keep one.")
                                       .arg(cellText(header.cells[size_t(seen->second)]), name,
                                            columnName(*column)));
            continue;
        }
        columns.emplace(*column, i);
    }
    if (header.cells.size() == 1) {
        const QString only = cellText(header.cells.front());
        if (only.contains(u';') || only.contains(u'\t')) {
            problemAt(header.line, Tr::tr("the columns are separated by %1, not commas. Save the file as “CSV "
                                          "UTF-8 (Comma delimited)”.")
                                       .arg(only.contains(u';') ? Tr::tr("semicolons") : Tr::tr("tabs")));
            return out;
        }
    }
    QStringList missing;
    for (Column required : {Column::Id, Column::Name}) {
        if (!columns.contains(required))
            missing << columnName(required);
    }
    if (!missing.isEmpty()) {
        QStringList had;
        for (const std::string &cell : header.cells)
            had << QStringLiteral("“%1”").arg(cellText(cell));
        problemAt(header.line, Tr::tr("there is no column “%1”. The first line must name the columns: id and name, "
                                      "and if known nces_id and city. It names %2.")
                                   .arg(missing.join(QStringLiteral("”, “")), had.join(QStringLiteral(", "))));
        return out;
    }
    auto cell = [&](const Record &r, Column c) {
        const auto it = columns.find(c);
        return it == columns.end() || it->second >= int(r.cells.size()) ? QString()
                                                                         : cellText(r.cells[size_t(it->second)]);
    };

    QHash<QString, uint32_t> lineOfId;
    for (size_t i = 1; i < collector.records.size(); ++i) {
        const Record &r = collector.records[i];
        // The problems of the lines this record spans (a quoted cell may run over several).
        const uint32_t nextLine = i + 1 < collector.records.size() ? collector.records[i + 1].line : UINT32_MAX;
        const auto first = collector.lineProblems.lower_bound(r.line);
        const auto last = collector.lineProblems.lower_bound(nextLine);
        if (first != last) {
            const bool utf8 = std::any_of(first, last, [](const auto &p) { return p.second == CsvProblem::InvalidUtf8; });
            problemAt(r.line, utf8 ? Tr::tr("the text is not UTF-8 (the file was probably saved as “CSV "
                                            "(Comma delimited)”). Save it as “CSV UTF-8 (Comma delimited)”.")
                                   : Tr::tr("a quotation mark opens a cell that never closes."));
            continue;
        }
        if (r.cells.size() > header.cells.size()) {
            problemAt(r.line, Tr::tr("the row has %1 cells but the header %2. A name holding a comma must be "
                                     "in quotation marks.")
                                  .arg(r.cells.size())
                                  .arg(header.cells.size()));
            continue;
        }
        HubSchool school;
        school.id = cell(r, Column::Id);
        school.name = cell(r, Column::Name);
        school.ncesId = cell(r, Column::NcesId);
        school.city = cell(r, Column::City);
        school.detail = cell(r, Column::Detail);
        if (school.id.isEmpty()) {
            problemAt(r.line, school.name.isEmpty() ? Tr::tr("the row has no id and no name.")
                                                    : Tr::tr("“%1” has no id.").arg(school.name));
            continue;
        }
        if (school.name.isEmpty()) {
            problemAt(r.line, Tr::tr("the school with id “%1” has no name.").arg(school.id));
            continue;
        }
        if (const auto seen = lineOfId.constFind(school.id); seen != lineOfId.constEnd()) {
            problemAt(r.line, Tr::tr("the id “%1” is on line %2 too: each school needs its own id.")
                                  .arg(school.id)
                                  .arg(*seen));
            continue;
        }
        if (isExcelNumber(school.ncesId)) {
            problemAt(r.line, Tr::tr("the NCES id of “%1” reads “%2”: Excel turned it into a number and its "
                                     "digits are lost. Format the column as text and enter the ids again.")
                                  .arg(school.name, school.ncesId));
            continue;
        }
        lineOfId.insert(school.id, r.line);
        out.schools.append(school);
    }
    if (out.schools.isEmpty() && out.problems.isEmpty())
        fileProblem(Tr::tr("the file names its columns but lists no school."));
    return out;
}

} // namespace rb
