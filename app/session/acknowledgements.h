#pragma once

#include "session/sessionstore.h"

#include <QHash>
#include <QList>

#include <cstdint>

namespace rb {

struct ReadResult;

// Which finding an acknowledgement is of. A finding is named by what stays the same whenever the
// same bytes are checked, and by enough of it that no two findings of a check share the name: its
// rule, file, line and column; its record (the row's sourcedId) or, for a finding on no row, what
// it is about (the school gone since the last import, or the file); and, for a rule that can fire
// more than once on one cell or file, what tells those apart (the unknown parent's id, the grade,
// the header or manifest property missing, the account that keeps a shared email). Never the
// rule alone: "School gone" for one school says nothing of another.

// The acknowledgement of finding `findingIndex` of `result`, in import `importId`, keyed as above
// (no note yet).
Acknowledgement acknowledgementOf(const ReadResult &result, size_t findingIndex, qint64 importId);

// The findings of `result` that `acknowledgements` cover: finding index → its acknowledgement.
// Each acknowledgement covers one finding. One kept by session format 3, which named a finding
// by its place alone (rule, file, line, column), covers the first finding at that place that has
// none of its own. Walks every finding: for a worker thread.
QHash<uint32_t, Acknowledgement> acknowledgedFindings(const ReadResult &result,
                                                      const QList<Acknowledgement> &acknowledgements);

} // namespace rb
