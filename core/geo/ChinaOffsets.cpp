#include "core/geo/ChinaOffsets.h"

#include <cmath>
#include <numbers>

namespace eco::geo {

namespace {

using std::numbers::pi;

// Krasovsky 1940 ellipsoid, as used by the GCJ-02 offset formula.
constexpr double kSemiMajor = 6378245.0;
constexpr double kEccSquared = 0.00669342162296594323;
// BD-09 works with angles scaled by 3000/180.
constexpr double kBdPi = pi * 3000.0 / 180.0;

// The offset polynomials in metres-like units on (lon - 105, lat - 35).
double offsetLat(double x, double y) {
    double r =
        -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(y * pi) + 40.0 * std::sin(y / 3.0 * pi)) * 2.0 / 3.0;
    r += (160.0 * std::sin(y / 12.0 * pi) + 320.0 * std::sin(y * pi / 30.0)) * 2.0 / 3.0;
    return r;
}

double offsetLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
    r += (20.0 * std::sin(6.0 * x * pi) + 20.0 * std::sin(2.0 * x * pi)) * 2.0 / 3.0;
    r += (20.0 * std::sin(x * pi) + 40.0 * std::sin(x / 3.0 * pi)) * 2.0 / 3.0;
    r += (150.0 * std::sin(x / 12.0 * pi) + 300.0 * std::sin(x / 30.0 * pi)) * 2.0 / 3.0;
    return r;
}

// Solves forward(x) = target for x. The transforms are small smooth offsets (|J - I| << 1), so
// x <- x - (forward(x) - target) converges quickly; 1e-10 deg leaves a wide margin under 1e-7.
template <typename Forward> LonLat invert(LonLat target, Forward forward) {
    LonLat x = target;
    for (int i = 0; i < 50; ++i) {
        const LonLat f = forward(x);
        const double dLon = f.lon - target.lon;
        const double dLat = f.lat - target.lat;
        x.lon -= dLon;
        x.lat -= dLat;
        if (std::abs(dLon) < 1e-10 && std::abs(dLat) < 1e-10)
            break;
    }
    return x;
}

} // namespace

bool insideChinaOffsetArea(LonLat p) {
    return p.lon >= 72.004 && p.lon <= 137.8347 && p.lat >= 0.8293 && p.lat <= 55.8271;
}

LonLat wgs84ToGcj02(LonLat wgs) {
    if (!insideChinaOffsetArea(wgs))
        return wgs;
    const double x = wgs.lon - 105.0;
    const double y = wgs.lat - 35.0;
    const double radLat = wgs.lat / 180.0 * pi;
    const double s = std::sin(radLat);
    const double magic = 1.0 - kEccSquared * s * s;
    const double sqrtMagic = std::sqrt(magic);
    const double dLat =
        offsetLat(x, y) * 180.0 / ((kSemiMajor * (1.0 - kEccSquared)) / (magic * sqrtMagic) * pi);
    const double dLon = offsetLon(x, y) * 180.0 / (kSemiMajor / sqrtMagic * std::cos(radLat) * pi);
    return {wgs.lon + dLon, wgs.lat + dLat};
}

LonLat gcj02ToWgs84(LonLat gcj) {
    if (!insideChinaOffsetArea(gcj))
        return gcj;
    return invert(gcj, wgs84ToGcj02);
}

LonLat gcj02ToBd09(LonLat gcj) {
    const double x = gcj.lon;
    const double y = gcj.lat;
    const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * kBdPi);
    const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * kBdPi);
    return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

LonLat bd09ToGcj02(LonLat bd) {
    return invert(bd, gcj02ToBd09);
}

LonLat wgs84ToBd09(LonLat wgs) {
    return gcj02ToBd09(wgs84ToGcj02(wgs));
}

LonLat bd09ToWgs84(LonLat bd) {
    return gcj02ToWgs84(bd09ToGcj02(bd));
}

} // namespace eco::geo
