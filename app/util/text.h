#pragma once

#include <QString>

#include <string_view>

namespace rb {

// A roster cell (UTF-8 bytes, as the file had them) as text for people.
inline QString toQString(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace rb
