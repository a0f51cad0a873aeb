#pragma once

#include "oneroster/exportreader.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace rb::test {

// File name → bytes of one export.
using ExportFiles = QMap<QString, QByteArray>;

// The six files of a small export with no formatting problem: a district, two schools, a
// teacher, two students and a parent, one class. Tests change what they need.
ExportFiles validExport();

// Writes the files into `folder` (created if needed).
bool writeFolder(const QString &folder, const ExportFiles &files);

// Writes the files into a zip at `zipPath`, inside `prefix` ("export/") if given, encrypted with
// `password` if given.
bool writeZip(const QString &zipPath, const ExportFiles &files, const QString &prefix = {},
              const char *password = nullptr);

// Reads `files` (written to a temporary folder) without applying the data rules: for tests of what
// reading builds, or that give the findings themselves.
ReadResult readWithoutRules(const ExportFiles &files);

// `text` with its 1-based line `line` replaced by `with`.
QByteArray replaceLine(const QByteArray &text, int line, const QByteArray &with);

} // namespace rb::test
