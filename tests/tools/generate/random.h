#pragma once

#include <cstddef>
#include <cstdint>

namespace rb {

// The splitmix64 finaliser (Steele, Lea and Flood, 2014): a bijective 64-bit hash.
constexpr uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

// A splitmix64 generator. Everything is fixed-width unsigned integer arithmetic, so a seed gives
// the same numbers on every machine and compiler (unlike the std:: distributions, whose output
// is implementation-defined). Every entity of the district (a student, a guardian, a teacher, a
// defect decision) draws from a stream of its own, so the files can be written one after another
// and still agree with each other without keeping the district in memory.
class Rng
{
public:
    constexpr explicit Rng(uint64_t state) : m_state(state) {}

    // The stream of entity `index` of kind `stream` under `seed`.
    static constexpr Rng stream(uint64_t seed, uint64_t stream, uint64_t index)
    {
        const uint64_t base = mix64(seed ^ mix64(stream + 0x632BE59BD9B4E019ull));
        return Rng(mix64(base + index * 0xD1B54A32D192ED03ull));
    }

    constexpr uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ull;
        return mix64(m_state);
    }

    // Uniform in [0, n), for 0 < n < 2^32.
    constexpr uint32_t below(uint32_t n) { return uint32_t(((next() >> 32) * n) >> 32); }
    // Uniform in [lo, hi].
    constexpr int between(int lo, int hi) { return lo + int(below(uint32_t(hi - lo + 1))); }
    // True with probability p / 100, and p / 1000.
    constexpr bool percent(int p) { return below(100) < uint32_t(p); }
    constexpr bool permille(int p) { return below(1000) < uint32_t(p); }
    // True with probability threshold / 2^64 (see thresholdFor()).
    constexpr bool below64(uint64_t threshold) { return next() < threshold; }

    template<typename T, size_t N>
    constexpr const T &pick(const T (&items)[N]) { return items[below(uint32_t(N))]; }

private:
    uint64_t m_state;
};

} // namespace rb
