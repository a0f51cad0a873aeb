#include "rulecatalogue.h"

#include <QCoreApplication>

#include <array>

namespace rb::RuleCatalogue {

namespace {

constexpr FileKind AnyFile = FileKind::Other;

const std::array<Rule, RuleCount> &catalogue()
{
    static const std::array<Rule, RuleCount> rules = {{
        {RuleId::FileMissing, "FILE-MISSING", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Required file missing"),
         QT_TRANSLATE_NOOP("Rules", "The required file %1 is not in the export."),
         QT_TRANSLATE_NOOP("Rules", "The hub refuses the whole upload: all six files are required every time, not "
                 "just the ones that changed."),
         QT_TRANSLATE_NOOP("Rules", "Export again with all six OneRoster files: manifest.csv, orgs.csv, users.csv, "
                 "demographics.csv, classes.csv and enrollments.csv. A file may hold only its "
                 "header row, but it must be there."),
         "", "", "", "004"},
        {RuleId::FileMisnamed, "FILE-MISNAMED", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File misnamed"),
         QT_TRANSLATE_NOOP("Rules", "“%1” must be named exactly “%2”: file names are case-sensitive."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the file, so the upload is refused as if the file "
                 "were missing."),
         QT_TRANSLATE_NOOP("Rules", "Rename the file to the exact name shown, all in lower case."),
         "", "", "", "004"},
        {RuleId::FileNotCsv, "FILE-NOT-CSV", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Not a CSV file"),
         QT_TRANSLATE_NOOP("Rules", "This file is not CSV text: %1."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot read the file, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Open the file in Excel and use File › Save As › “CSV UTF-8 (Comma delimited)”; "
                 "do not rename a workbook or a “Unicode Text” file to .csv."),
         "", "", "", "004"},
        {RuleId::FileEmpty, "FILE-EMPTY", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Empty file"),
         QT_TRANSLATE_NOOP("Rules", "The file is empty: it does not even have its header row."),
         QT_TRANSLATE_NOOP("Rules", "The upload is refused: every file needs its complete header row."),
         QT_TRANSLATE_NOOP("Rules", "Export the file again; if it has no data, keep the header row alone."),
         "", "", "", "004"},
        {RuleId::FileHeaderOnly, "FILE-HEADER-ONLY", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File holds only a header"),
         QT_TRANSLATE_NOOP("Rules", "%1 holds only its header row."),
         QT_TRANSLATE_NOOP("Rules", "Nothing is lost: with no classes or enrollments, users are added to their "
                 "schools without classes."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do if you are not ready to roster classes yet. Otherwise export the "
                 "classes and enrollments too."),
         "", "", "", "004"},
        {RuleId::FileUnknown, "FILE-UNKNOWN", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "File not used"),
         QT_TRANSLATE_NOOP("Rules", "%1 is not one of the files the hub reads; it is ignored."),
         QT_TRANSLATE_NOOP("Rules", "The file is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do, unless it is one of the six required files under another name."),
         "", "", "", "004"},
        {RuleId::HeaderMissing, "HDR-MISSING", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header missing"),
         QT_TRANSLATE_NOOP("Rules", "The header row has no “%1” column."),
         QT_TRANSLATE_NOOP("Rules", "The upload is refused: every OneRoster column header must be present, even when "
                 "the cells below it are blank."),
         QT_TRANSLATE_NOOP("Rules", "Add the column with its exact header; leave its cells blank if you have no data "
                 "for it."),
         "", "", "", "004"},
        {RuleId::HeaderMisspelled, "HDR-MISSPELLED", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header misspelled"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” is misspelled: it must be “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the column, so the upload is refused as if the "
                 "column were missing."),
         QT_TRANSLATE_NOOP("Rules", "Correct the header to the exact spelling shown; headers are case-sensitive."),
         "", "", "", "004"},
        {RuleId::HeaderSpaces, "HDR-SPACES", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header with spaces"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” contains spaces: it must be “%2”."),
         QT_TRANSLATE_NOOP("Rules", "The hub does not recognize the column, so the upload is refused as if the "
                 "column were missing."),
         QT_TRANSLATE_NOOP("Rules", "Remove the spaces from the header, including any before or after it."),
         "", "", "", "004"},
        {RuleId::HeaderDuplicate, "HDR-DUPLICATE", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Column header repeated"),
         QT_TRANSLATE_NOOP("Rules", "Column header “%1” appears more than once (also column %2)."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot tell which column to read, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Delete the extra column, keeping the one that holds the data."),
         "", "", "", "004"},
        {RuleId::HeaderUnknown, "HDR-UNKNOWN", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Extra column"),
         QT_TRANSLATE_NOOP("Rules", "Column “%1” is not a OneRoster 1.1 field; the hub ignores it."),
         QT_TRANSLATE_NOOP("Rules", "The column is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do. Extra data belongs in a column whose name starts with metadata., "
                 "such as metadata.homeroom."),
         "", "", "", "004"},
        {RuleId::CsvCellCount, "CSV-CELL-COUNT", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Row with the wrong number of cells"),
         QT_TRANSLATE_NOOP("Rules", "This row has %1 cells; the header has %2."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot tell which value belongs to which column, and the upload is "
                 "refused."),
         QT_TRANSLATE_NOOP("Rules", "Usually a comma inside a value that is not wrapped in quotation marks (write "
                 "Smith, Jr. as \"Smith, Jr.\" with the quotes), or a cell added or deleted by hand. "
                 "Correct the row so it has one cell for every header."),
         "", "", "", "004"},
        {RuleId::CsvQuoteInCell, "CSV-QUOTE-IN-CELL", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Quote inside a cell"),
         QT_TRANSLATE_NOOP("Rules", "A quotation mark inside the cell: %1"),
         QT_TRANSLATE_NOOP("Rules", "The hub misreads the row, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Remove quotation marks from inside values: Robert \"Rob\" should be Robert Rob. "
                 "Quotation marks may only wrap a whole value, such as \"Rob, Jr.\"."),
         "", "", "", "004"},
        {RuleId::CsvUnterminatedQuote, "CSV-UNTERMINATED-QUOTE", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Quote never closed"),
         QT_TRANSLATE_NOOP("Rules", "A quoted cell opens here and is never closed."),
         QT_TRANSLATE_NOOP("Rules", "Everything after the opening quote is read as one cell, so the hub refuses the "
                 "upload."),
         QT_TRANSLATE_NOOP("Rules", "Add the closing quotation mark, or remove the opening one."),
         "", "", "", "004"},
        {RuleId::CsvCarriageReturnInCell, "CSV-LINE-BREAK-IN-CELL", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Line break inside a cell"),
         QT_TRANSLATE_NOOP("Rules", "A quoted cell holds a carriage return."),
         QT_TRANSLATE_NOOP("Rules", "OneRoster does not allow a carriage return inside a cell; the upload is "
                 "refused."),
         QT_TRANSLATE_NOOP("Rules", "Remove the line break from the value in the SIS (often an address or a name "
                 "pasted from another document)."),
         "", "", "", "OneRoster"},
        {RuleId::CsvInvalidUtf8, "CSV-NOT-UTF8", Severity::Error, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Text not in UTF-8"),
         QT_TRANSLATE_NOOP("Rules", "The cell is not valid UTF-8 text (byte 0x%1): the file was probably saved as "
                 "Windows-1252 or Latin-1."),
         QT_TRANSLATE_NOOP("Rules", "The hub cannot read the text, so the upload is refused; even where it could, "
                 "names with accents would show garbled."),
         QT_TRANSLATE_NOOP("Rules", "Save the file as “CSV UTF-8 (Comma delimited)”, not plain “CSV”; in the SIS, "
                 "choose UTF-8 as the export encoding."),
         "", "", "", "OneRoster"},
        {RuleId::CsvEmptyLine, "CSV-EMPTY-LINE", Severity::Info, AnyFile, "",
         QT_TRANSLATE_NOOP("Rules", "Empty line"),
         QT_TRANSLATE_NOOP("Rules", "An empty line; it is skipped."),
         QT_TRANSLATE_NOOP("Rules", "The line is skipped."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do; delete empty lines to keep the file tidy."),
         "", "", "", "004"},
        {RuleId::ManifestVersion, "MAN-VERSION", Severity::Error, FileKind::Manifest, "value",
         QT_TRANSLATE_NOOP("Rules", "Wrong manifest version"),
         QT_TRANSLATE_NOOP("Rules", "manifest.version is “%1”; it must be 1.0."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is not recognized, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Set manifest.version to 1.0. Excel turns 1.0 into 1: format the value column as "
                 "Text before typing it, or edit the file in a text editor."),
         "", "", "", "OneRoster"},
        {RuleId::ManifestOneRosterVersion, "MAN-ONEROSTER-VERSION", Severity::Error,
         FileKind::Manifest, "value",
         QT_TRANSLATE_NOOP("Rules", "Wrong OneRoster version"),
         QT_TRANSLATE_NOOP("Rules", "oneroster.version is “%1”; the hub reads OneRoster 1.1 only."),
         QT_TRANSLATE_NOOP("Rules", "The export is not read as OneRoster 1.1, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Export in OneRoster 1.1 CSV format and set oneroster.version to 1.1."),
         "", "", "", "004"},
        {RuleId::ManifestPropertyMissing, "MAN-PROPERTY-MISSING", Severity::Error,
         FileKind::Manifest, "propertyName",
         QT_TRANSLATE_NOOP("Rules", "Manifest entry missing"),
         QT_TRANSLATE_NOOP("Rules", "The manifest has no %1 row."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is incomplete, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Add the row; the SIS normally writes the manifest itself, so export again rather "
                 "than editing it by hand."),
         "", "", "", "OneRoster"},
        {RuleId::ManifestFileValue, "MAN-FILE-VALUE", Severity::Error, FileKind::Manifest,
         "value",
         QT_TRANSLATE_NOOP("Rules", "Manifest file entry with a wrong value"),
         QT_TRANSLATE_NOOP("Rules", "%1 is “%2”; it must be absent, bulk or delta."),
         QT_TRANSLATE_NOOP("Rules", "The manifest is not understood, and the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Use absent, bulk or delta, in lower case."),
         "", "", "", "OneRoster"},
        {RuleId::ManifestFileMismatch, "MAN-FILE-MISMATCH", Severity::Error, FileKind::Manifest,
         "value",
         QT_TRANSLATE_NOOP("Rules", "Manifest disagrees with the files"),
         QT_TRANSLATE_NOOP("Rules", "The manifest says %1, but %2."),
         QT_TRANSLATE_NOOP("Rules", "The hub trusts the manifest: a file it says is absent is not read, and if a file "
                 "it expects is missing, the upload is refused."),
         QT_TRANSLATE_NOOP("Rules", "Make each file.* entry say bulk for every file in the export and absent for "
                 "every file that is not."),
         "", "", "", "OneRoster"},
        {RuleId::ManifestPropertyUnknown, "MAN-PROPERTY-UNKNOWN", Severity::Info,
         FileKind::Manifest, "propertyName",
         QT_TRANSLATE_NOOP("Rules", "Manifest entry not recognized"),
         QT_TRANSLATE_NOOP("Rules", "The manifest entry “%1” is not a OneRoster 1.1 property; it is ignored."),
         QT_TRANSLATE_NOOP("Rules", "The entry is ignored."),
         QT_TRANSLATE_NOOP("Rules", "Nothing to do, unless it is a misspelling of a file.* entry."),
         "", "", "", "OneRoster"},
    }};
    return rules;
}

QString translated(const char *text)
{
    return text && *text ? QCoreApplication::translate("Rules", text) : QString();
}

} // namespace

const Rule &rule(RuleId id)
{
    return catalogue()[size_t(id)];
}

std::optional<RuleId> findByCode(const QString &code)
{
    for (const Rule &r : catalogue()) {
        if (code.compare(QLatin1String(r.code), Qt::CaseInsensitive) == 0)
            return r.id;
    }
    return std::nullopt;
}

QString code(RuleId id) { return QString::fromLatin1(rule(id).code); }
Severity severity(RuleId id) { return rule(id).severity; }
QString title(RuleId id) { return translated(rule(id).title); }
QString messageTemplate(RuleId id) { return translated(rule(id).message); }
QString whatHappens(RuleId id) { return translated(rule(id).happens); }
QString howToFix(RuleId id) { return translated(rule(id).fix); }

QString fixFor(RuleId id, const QString &sis)
{
    const Rule &r = rule(id);
    if (sis == QLatin1String("aeries"))
        return translated(r.fixAeries);
    if (sis == QLatin1String("clever"))
        return translated(r.fixClever);
    if (sis == QLatin1String("classlink"))
        return translated(r.fixClassLink);
    return {};
}

QString severityKey(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Alert: return QStringLiteral("alert");
    case Severity::Hold: return QStringLiteral("hold");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("Rules", "error");
    case Severity::Alert: return QCoreApplication::translate("Rules", "alert");
    case Severity::Hold: return QCoreApplication::translate("Rules", "hold");
    case Severity::Info: return QCoreApplication::translate("Rules", "info");
    }
    return {};
}

QString severityCount(Severity s, qint64 n)
{
    const int count = int(std::min<qint64>(n, INT32_MAX));
    switch (s) {
    case Severity::Error: return QCoreApplication::translate("Rules", "%n error(s)", nullptr, count);
    case Severity::Alert: return QCoreApplication::translate("Rules", "%n alert(s)", nullptr, count);
    case Severity::Hold: return QCoreApplication::translate("Rules", "%n hold(s)", nullptr, count);
    case Severity::Info: return QCoreApplication::translate("Rules", "%n notice(s)", nullptr, count);
    }
    return {};
}

} // namespace rb::RuleCatalogue
