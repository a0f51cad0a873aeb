#pragma once

#include "oneroster/schema.h"

#include <QString>

#include <cstdint>
#include <string_view>

namespace rb {

class Roster;

// How a record is named for people, wherever a finding or a record is shown or written: by its
// sourcedId with the name a person knows it by. Made for one record at a time, for what is shown
// or written, never for every finding up front.
namespace RecordLabel {

// The record's name: a user's given and family names ("Patricia Howard"), a class's title, an
// org's name; a demographics row's student's name; an enrollment's user and class, each with its
// id ("T1_2 Ana Garcia in C123 Algebra 1"). Empty when the record has none, or is not in `roster`.
QString name(const Roster &roster, FileKind kind, uint32_t row);

// The record's id beside its name: "T10016 Patricia Howard", "C123 Algebra 1", "SCH1 Lakeview
// High School"; the id alone when it has no name, the name alone when it has no id. An enrollment
// reads as its name() does. Empty when there is neither.
QString label(const Roster &roster, FileKind kind, uint32_t row);

// The user, class or org with sourcedId `id` as label() names it; the id alone when the file does
// not have it.
QString labelOfId(const Roster &roster, FileKind kind, std::string_view id);

} // namespace RecordLabel

} // namespace rb
