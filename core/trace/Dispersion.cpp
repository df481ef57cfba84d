#include "core/trace/Dispersion.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::trace {

namespace {
constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kGravity = 9.80665;
} // namespace

double solarElevationDeg(double lonDeg, double latDeg, std::int64_t t) {
    const double days = static_cast<double>(t) / 86400.0 - 10957.5; // since J2000.0
    const double meanLon = std::fmod(280.460 + 0.9856474 * days, 360.0);
    const double meanAnom = std::fmod(357.528 + 0.9856003 * days, 360.0) * kDeg;
    const double eclLon =
        (meanLon + 1.915 * std::sin(meanAnom) + 0.020 * std::sin(2 * meanAnom)) * kDeg;
    const double obliq = (23.439 - 0.0000004 * days) * kDeg;
    const double ra = std::atan2(std::cos(obliq) * std::sin(eclLon), std::cos(eclLon));
    const double dec = std::asin(std::sin(obliq) * std::sin(eclLon));
    const double gmstHours = std::fmod(18.697374558 + 24.06570982441908 * days, 24.0);
    const double lstRad = (gmstHours * 15.0 + lonDeg) * kDeg;
    const double hourAngle = lstRad - ra;
    const double lat = latDeg * kDeg;
    const double sinEl =
        std::sin(lat) * std::sin(dec) + std::cos(lat) * std::cos(dec) * std::cos(hourAngle);
    return std::asin(std::clamp(sinEl, -1.0, 1.0)) / kDeg;
}

Stability stabilityClass(double elevation, double u) {
    using S = Stability;
    if (elevation <= 0) { // clear night
        if (u < 3)
            return S::F;
        if (u < 5)
            return S::E;
        return S::D;
    }
    // Insolation: strong > 60 deg, moderate 35-60, slight 15-35, weak < 15 (treated as slight
    // shifted one class towards neutral).
    const int insolation = elevation > 60 ? 0 : elevation > 35 ? 1 : elevation > 15 ? 2 : 3;
    // Rows: wind < 2, 2-3, 3-5, 5-6, >= 6; columns: strong, moderate, slight, weak.
    static constexpr Stability kTable[5][4] = {
        {S::A, S::B, S::B, S::C}, // A, A-B, B
        {S::B, S::B, S::C, S::D}, // A-B, B, C
        {S::B, S::C, S::C, S::D}, // B, B-C, C
        {S::C, S::D, S::D, S::D}, // C, C-D, D
        {S::C, S::D, S::D, S::D}, // C, D, D
    };
    const int row = u < 2 ? 0 : u < 3 ? 1 : u < 5 ? 2 : u < 6 ? 3 : 4;
    return kTable[row][insolation];
}

double windProfileExponent(Stability s, bool urban) {
    static constexpr double kUrban[] = {0.15, 0.15, 0.20, 0.25, 0.30, 0.30};
    static constexpr double kRural[] = {0.07, 0.07, 0.10, 0.15, 0.35, 0.55};
    return (urban ? kUrban : kRural)[static_cast<int>(s)];
}

double windSpeedAtHeight(double speed10, double height, Stability s, bool urban) {
    return speed10 *
           std::pow(std::clamp(height, 10.0, 300.0) / 10.0, windProfileExponent(s, urban));
}

Sigmas briggsSigmas(Stability s, double x, bool urban) {
    x = std::max(x, 1.0);
    const auto inv = [](double a, double b, double xx) { return a * xx / std::sqrt(1 + b * xx); };
    if (!urban) {
        switch (s) {
        case Stability::A:
            return {inv(0.22, 1e-4, x), 0.20 * x};
        case Stability::B:
            return {inv(0.16, 1e-4, x), 0.12 * x};
        case Stability::C:
            return {inv(0.11, 1e-4, x), inv(0.08, 2e-4, x)};
        case Stability::D:
            return {inv(0.08, 1e-4, x), inv(0.06, 1.5e-3, x)};
        case Stability::E:
            return {inv(0.06, 1e-4, x), 0.03 * x / (1 + 3e-4 * x)};
        case Stability::F:
            return {inv(0.04, 1e-4, x), 0.016 * x / (1 + 3e-4 * x)};
        }
    }
    switch (s) {
    case Stability::A:
    case Stability::B:
        return {inv(0.32, 4e-4, x), 0.24 * x * std::sqrt(1 + 1e-3 * x)};
    case Stability::C:
        return {inv(0.22, 4e-4, x), 0.20 * x};
    case Stability::D:
        return {inv(0.16, 4e-4, x), inv(0.14, 3e-4, x)};
    case Stability::E:
    case Stability::F:
        return {inv(0.11, 4e-4, x), inv(0.08, 1.5e-3, x)};
    }
    return {};
}

double buoyancyFlux(double vs, double d, double ts, double ta) {
    if (ts <= ta || ts <= 0)
        return 0;
    return kGravity * vs * d * d * (ts - ta) / (4 * ts);
}

double plumeRiseM(double vs, double d, double ts, double ta, double u) {
    u = std::max(u, 0.5);
    const double fb = buoyancyFlux(vs, d, ts, ta);
    const double buoyant = fb <= 0   ? 0
                           : fb < 55 ? 21.425 * std::pow(fb, 0.75) / u
                                     : 38.71 * std::pow(fb, 0.6) / u;
    const double momentum = 3 * d * vs / u;
    return std::max(buoyant, momentum);
}

double plumeRiseM(double vs, double d, double ts, double ta, double u, Stability s, double x) {
    u = std::max(u, 0.5);
    const double fb = buoyancyFlux(vs, d, ts, ta);
    const double momentum = 3 * d * vs / u;
    if (fb <= 0)
        return momentum;
    double final = 0;
    if (s >= Stability::E) {
        const double gradient = s == Stability::E ? 0.02 : 0.035; // K/m
        const double stabilityParam = kGravity / ta * gradient;
        final = 2.6 * std::cbrt(fb / (u * stabilityParam));
    } else {
        final = fb < 55 ? 21.425 * std::pow(fb, 0.75) / u : 38.71 * std::pow(fb, 0.6) / u;
    }
    double buoyant = final;
    if (x > 0)
        buoyant = std::min(final, 1.6 * std::cbrt(fb) * std::pow(x, 2.0 / 3.0) / u);
    return std::max(buoyant, momentum);
}

double plumeConcentration(double q, double u, double h, Sigmas s, double y, double z) {
    if (s.y <= 0 || s.z <= 0)
        return 0;
    u = std::max(u, 0.5);
    const double lateral = std::exp(-y * y / (2 * s.y * s.y));
    const double vertical = std::exp(-(z - h) * (z - h) / (2 * s.z * s.z)) +
                            std::exp(-(z + h) * (z + h) / (2 * s.z * s.z));
    return q * 1e6 / (2 * std::numbers::pi * u * s.y * s.z) * lateral * vertical;
}

} // namespace eco::trace
