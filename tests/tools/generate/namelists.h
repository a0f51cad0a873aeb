#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rb::names {

// Where a family's names come from. It also decides the likely home language and the
// demographics of the generated people.
enum class Origin : uint8_t { General, Hispanic, Vietnamese, Chinese, Arabic, Filipino };
constexpr int OriginCount = 6;

struct Name
{
    std::string_view text;  // UTF-8, as written in the export
    std::string_view ascii; // lower-case ASCII letters only, for usernames and emails
};

struct NameSet
{
    std::vector<Name> male;
    std::vector<Name> female;
    std::vector<Name> family;
};

// The names of one origin.
const NameSet &nameSet(Origin origin);
// Names in their own script (Chinese characters, Arabic), used now and then for guardians of
// that origin; empty for the other origins.
const NameSet &nativeScript(Origin origin);

// A given name with its common nickname ("Robert", "Rob"), by sex.
struct Nickname
{
    std::string_view name;
    std::string_view nickname;
};
std::span<const Nickname> nicknames(bool female);

// Suffixes written after a family name with a comma: "Smith, Jr.".
std::span<const std::string_view> suffixes();

// The first part of school names ("Roosevelt", "Oak Grove", "César Chávez").
std::span<const std::string_view> schoolBaseNames();
// Words that make a school name unique once the base names run out ("Roosevelt Park").
std::span<const std::string_view> schoolModifiers();
// District names ("Cedar Valley"), made into "<name> Unified School District".
std::span<const std::string_view> districtBaseNames();

// US area codes for generated phone numbers.
std::span<const uint16_t> areaCodes();

// Cities and states of birth, for demographics.
std::span<const std::string_view> birthCities();

// Lower-case ASCII letters of a UTF-8 name: "Nguyễn" → "nguyen", "O'Brien" → "obrien".
std::string asciiFold(std::string_view utf8);

} // namespace rb::names
