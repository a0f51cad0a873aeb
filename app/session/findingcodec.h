#pragma once

#include "validation/finding.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace rb {

// A compact, versioned binary form of a FindingList, for keeping an import's findings in a
// session as one blob. Rules are kept by their stable code (RuleCatalogue::code) and files by
// name, so that a blob survives a reordering of the catalogue.
//
// Format 1, every integer little-endian:
//   header   "RBFIND", u16 format version
//   rules    u16 count, then per rule: u8 length, the code's ASCII bytes
//   strings  u32 count (the empty string at index 0 is implied and not counted), then per string:
//            u32 length, its UTF-8 bytes; string i of the list is the (i-1)th one kept
//   findings u32 count, then per finding 25 bytes: u16 index into the rules, u8 FileKind,
//            u16 column, u32 row, u32 line, u32 file, u32 arg1, u32 arg2 (strings indexes)
// and nothing after.

// Encodes findings for storage.
QByteArray encodeFindings(const FindingList &findings);

// Decodes what encodeFindings made. On failure (not an encoding, a newer format version,
// truncated or damaged, a rule code this build does not know) returns std::nullopt and sets
// *error, if given, to a sentence for people. Never trusts the blob: every count is checked
// against the bytes left and every index against its table.
std::optional<FindingList> decodeFindings(const QByteArray &data, QString *error);

} // namespace rb
