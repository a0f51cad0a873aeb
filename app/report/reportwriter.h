#pragma once

#include <QByteArray>
#include <QString>

namespace rb {

struct ReadResult;

// Writes a check's result for people (text) and for programs (CSV, JSON).
namespace ReportWriter {

enum class Format { Text, Csv, Json, Html };

// Parses "text", "csv", "json" or "html".
bool parseFormat(const QString &name, Format *format);

QByteArray write(const ReadResult &result, Format format);
QByteArray text(const ReadResult &result);
QByteArray csv(const ReadResult &result);
QByteArray json(const ReadResult &result);
// A report a district can read in a browser: counts per school and severity, then the top
// problems with examples and how to fix them.
QByteArray html(const ReadResult &result);

// Quotes one CSV cell when it needs it (RFC 4180).
QString csvCell(const QString &value);

} // namespace ReportWriter

} // namespace rb
