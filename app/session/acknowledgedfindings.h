#pragma once

#include "session/sessionstore.h"

#include <QHash>
#include <QList>

#include <cstdint>

namespace rb {

struct ReadResult;

// The acknowledgement a finding of import `importId` is kept under, as the window makes it when
// the admin acknowledges the finding; compare with Acknowledgement::sameFinding().
Acknowledgement acknowledgementKey(const ReadResult &result, size_t findingIndex, qint64 importId);

// Which findings of `result` (import `importId`, checked again) `acknowledgements` cover, by index
// into its findings: what `check SESSION` reports as acknowledged. Only the findings of rules that
// have acknowledgements are looked at.
QHash<uint32_t, Acknowledgement> acknowledgedFindingsOf(const ReadResult &result,
                                                        const QList<Acknowledgement> &acknowledgements,
                                                        qint64 importId);

} // namespace rb
