#pragma once

#include <fstream>
#include <string>

namespace rb::bench {

// The processor's model name, for the heading of a benchmark's figures.
inline std::string machine()
{
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line)) {
        if (line.rfind("model name", 0) == 0)
            return line.substr(line.find(':') + 2);
    }
    return "unknown CPU";
}

} // namespace rb::bench
