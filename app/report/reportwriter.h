#pragma once

#include "matching/synctarget.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <cstdint>

namespace rb {

struct ReadResult;

// Writes a check's result for people (text, HTML, CSV for a spreadsheet) and for programs (CSV,
// JSON).
namespace ReportWriter {

// CsvExcel is the findings CSV as Excel opens it by a double click: UTF-8 with a byte-order mark
// (without one Excel reads the file as the local code page and garbles every accent), CRLF line
// ends, and no cell Excel would take for a formula.
enum class Format { Text, Csv, CsvExcel, Json, Html };

// Parses "text", "csv", "csv-excel", "json" or "html".
bool parseFormat(const QString &name, Format *format);
// The names parseFormat() takes, for messages: "text, csv, csv-excel, json or html".
QString formatNames();

// A finding the admin has acknowledged, as a report says it.
struct Acknowledged
{
    QString by;
    QDateTime at; // UTC
    QString note;
};

// What a report says beyond the check, from the session it is part of; empty for an export checked
// on its own.
struct Context
{
    // The session's school matching by SIS sourcedId, as syncTargets() gives it: once there is
    // one, a school is named as the hub knows it. Empty before any matching has begun.
    QHash<QString, SyncTarget> schools;
    // The acknowledged findings, by index into the result's findings.
    QHash<uint32_t, Acknowledged> acknowledged;
};

QByteArray write(const ReadResult &result, Format format, const Context &context = {});
QByteArray text(const ReadResult &result, const Context &context = {});
// One finding a row: where it is, its record and school, what the hub will do and how to fix it,
// and whether it is acknowledged. `forExcel`: see Format::CsvExcel.
QByteArray csv(const ReadResult &result, const Context &context = {}, bool forExcel = false);
QByteArray json(const ReadResult &result, const Context &context = {});
// A report a district can read in a browser: counts per school and severity, then the problems,
// worst first, with examples and how to fix them; acknowledged findings marked with their notes
// and counted apart.
QByteArray html(const ReadResult &result, const Context &context = {});

// Quotes one CSV cell when it needs it (RFC 4180).
QString csvCell(const QString &value);

} // namespace ReportWriter

} // namespace rb
