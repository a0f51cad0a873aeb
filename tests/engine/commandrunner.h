#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rb::test {

// What a command printed, and how it ended.
struct CommandRun
{
    int exitCode = -1; // -1 when it crashed
    QByteArray out;
    QByteArray err;
};

// Runs `program` as a script on a server would: English in UTF-8, no display, `environment` on
// top of this process's, `input` on its standard input. Waits with an event loop, so that test
// servers on this thread keep answering; a command that does not finish in two minutes fails
// the test run.
CommandRun runCommand(const QString &program, const QStringList &arguments, const QByteArray &input = {},
                      const QHash<QString, QString> &environment = {});

} // namespace rb::test
