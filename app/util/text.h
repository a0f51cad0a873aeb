#pragma once

#include <QString>

#include <string_view>

namespace rb {

// A roster cell (UTF-8 bytes, as the file had them) as text for people.
inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// A cell without the spaces and tabs around it (Excel leaves them around list items).
constexpr std::string_view trimmedCell(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace rb
