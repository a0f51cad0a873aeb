#pragma once

#include <QStringList>

namespace rb {

// `rosterbench rules [--format text|csv]`: the whole catalogue.
int runRules(const QStringList &arguments);
// `rosterbench explain CODE`: one entry, in full.
int runExplain(const QStringList &arguments);

} // namespace rb
