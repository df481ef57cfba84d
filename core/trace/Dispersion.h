// Dispersion: the textbook pieces the tracer ranks candidates with (CONTEXT.md section 5):
// Pasquill stability classes (from solar elevation and wind, Pasquill-Turner), Briggs sigmas
// (rural and urban), Briggs plume rise, and the Gaussian plume with ground reflection. They are
// deliberately the simple steady-state forms: the demo city's episodes come from a Lagrangian
// puff model instead, so accuracy figures measured against it are not circular.
#pragma once

#include <cstdint>

namespace eco::trace {

enum class Stability { A = 0, B, C, D, E, F };
constexpr int kStabilityCount = 6;

constexpr Stability shiftStability(Stability s, int by) {
    int v = static_cast<int>(s) + by;
    v = v < 0 ? 0 : (v > 5 ? 5 : v);
    return static_cast<Stability>(v);
}

// Solar elevation in degrees (NOAA's low-precision formulae, ~0.5 deg).
double solarElevationDeg(double lonDeg, double latDeg, std::int64_t utcSeconds);

// Pasquill-Turner without cloud observations: daytime insolation from the solar elevation;
// nights are taken as clear (the more stable classes), which is the cautious choice for a
// ground-level source search. Mixed classes (A-B, ...) resolve to the more stable one.
Stability stabilityClass(double solarElevationDeg, double windSpeedMs);

struct Sigmas {
    double y = 0;
    double z = 0;
};
// Briggs (1973) open-country and urban sigma curves; x is the downwind distance in metres.
Sigmas briggsSigmas(Stability s, double xM, bool urban);

// Briggs plume rise for neutral/unstable conditions: buoyancy-dominated rise when the stack is
// hot, else momentum rise 3 d vs / u; returns the larger. Ts/Ta in kelvin.
double buoyancyFlux(double exitVelocityMs, double diameterM, double stackTempK, double airTempK);
double plumeRiseM(double exitVelocityMs, double diameterM, double stackTempK, double airTempK,
                  double windSpeedMs);

// Gaussian plume with ground reflection. q in g/s, result in ug/m3 (so q*1e6).
double plumeConcentration(double qGps, double windSpeedMs, double effectiveHeightM, Sigmas sig,
                          double crosswindM, double receptorHeightM);

} // namespace eco::trace
