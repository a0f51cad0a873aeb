#pragma once

#include <QStringList>

namespace rb {

// `rosterbench check EXPORT... [--format text|csv|json] [--output FILE]`. `arguments` starts
// with "check". Returns 0 when no error was found, 1 when errors were, 2 when the export could not
// be read (or the report not written).
int runCheck(const QStringList &arguments);

enum CheckExitCode { CheckClean = 0, CheckFoundErrors = 1, CheckUnreadable = 2 };

} // namespace rb
