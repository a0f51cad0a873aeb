#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>

namespace rb::CommandLine {

// True when the arguments name a headless command ("check", ...) rather than files to open in
// the window. `argv` is the process's, before any QCoreApplication exists.
bool isCommand(int argc, char **argv);

// Runs the command the arguments name and returns the process exit code.
int run(const QStringList &arguments);

// Loads the translations for the system's language: the application's, then Qt's own.
void installTranslations();

// The application's name, organisation and version, set on the running QCoreApplication.
void setApplicationInfo();

// Writes what a command says to `stream` (stdout or stderr) and flushes it, so that it keeps its
// place among what the other stream says.
void write(FILE *stream, const QByteArray &bytes);
// The same for text, in UTF-8.
void write(FILE *stream, const QString &text);

} // namespace rb::CommandLine
