#pragma once

#include <QByteArray>
#include <QString>

namespace rb {

struct ReadResult;

// Writes a check's result for people (text) and for programs (CSV, JSON).
namespace ReportWriter {

enum class Format { Text, Csv, Json };

// Parses "text", "csv" or "json".
bool parseFormat(const QString &name, Format *format);

QByteArray write(const ReadResult &result, Format format);
QByteArray text(const ReadResult &result);
QByteArray csv(const ReadResult &result);
QByteArray json(const ReadResult &result);

// Quotes one CSV cell when it needs it (RFC 4180).
QString csvCell(const QString &value);

} // namespace ReportWriter

} // namespace rb
