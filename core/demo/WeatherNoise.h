// WeatherNoise: the deterministic random streams of the ambient simulation. Every stream is keyed
// by (seed, purpose, index) through a counter-based hash, so a station, a vehicle or a puff draws
// the same numbers whatever thread generates it and in whatever order: parallel generation stays
// reproducible per seed. Also the Ornstein-Uhlenbeck step used for meandering and sensor noise.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <string_view>

namespace eco::demo {

constexpr std::uint64_t splitMix64(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

// FNV-1a of a purpose tag: streams for different jobs never collide even with equal indices.
constexpr std::uint64_t purposeKey(std::string_view purpose) {
    std::uint64_t h = 0xCBF29CE484222325ull;
    for (const char c : purpose)
        h = (h ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    return h;
}

// A small, fast generator (xoshiro-like quality is not needed; splitmix64 on a counter is
// statistically fine for simulation noise and trivially seekable).
class NoiseStream {
public:
    NoiseStream(std::uint64_t seed, std::string_view purpose, std::uint64_t index = 0)
        : m_state(splitMix64(seed ^ splitMix64(purposeKey(purpose) ^ splitMix64(index)))) {}

    std::uint64_t next() {
        m_state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [0, n).
    int below(int n) { return static_cast<int>(uniform() * n); }
    bool chance(double p) { return uniform() < p; }
    // Standard normal (Box-Muller; the second value is dropped to keep the stream seekable).
    double gauss() {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }
    double gauss(double mean, double sigma) { return mean + sigma * gauss(); }
    // Approximately normal (Irwin-Hall sum of four 16-bit uniforms from one draw): for bulk
    // noise such as lidar bins, where Box-Muller's log and cos would dominate the cost.
    double fastGauss() {
        const std::uint64_t r = next();
        const double sum = static_cast<double>((r & 0xFFFF) + ((r >> 16) & 0xFFFF) +
                                               ((r >> 32) & 0xFFFF) + (r >> 48)) /
                           65536.0;
        return (sum - 2.0) * 1.7320508075688772; // variance of the sum is 4/12
    }

private:
    std::uint64_t m_state;
};

// One exact step of an Ornstein-Uhlenbeck process with stationary deviation sigma and time
// scale tau: the value decays towards 0 and is kicked so its variance stays sigma^2.
inline double ouStep(double value, double dt, double tau, double sigma, NoiseStream& rng) {
    const double a = std::exp(-dt / tau);
    return value * a + sigma * std::sqrt(1.0 - a * a) * rng.gauss();
}

} // namespace eco::demo
