#pragma once

#include <QStringList>

namespace rb {

// `rosterbench pull aeries|classlink|clever --url URL --id ID (--out FILE.zip | --session SESSION)
// [--secret-env VAR]`. `arguments` starts with "pull". The secret comes from the environment
// variable --secret-env names, or from standard input; never from the arguments, which other
// users of the computer can see. Progress goes to standard error, one line per resource with its
// count; then the same report `check` prints. Returns 0 when the pull found no error, 1 when it
// found errors, 2 when nothing could be pulled or written.
int runPull(const QStringList &arguments);

} // namespace rb
