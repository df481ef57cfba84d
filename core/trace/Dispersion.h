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

// Power-law wind profile u(z) = u10 (z/10)^p with the stability-dependent exponents of the EPA
// ISC models (urban: 0.15 0.15 0.20 0.25 0.30 0.30; rural: 0.07 0.07 0.10 0.15 0.35 0.55). A
// plume at 150 m travels 2-3 times faster than the 10 m station wind says: its travel time and
// its dilution both follow the wind at the effective height. z is clamped to [10, 300] m, the
// layer in which a surface-layer profile is still a fair description.
double windProfileExponent(Stability s, bool urban);
double windSpeedAtHeight(double speed10Ms, double heightM, Stability s, bool urban);

// Plume rise as a function of stability and downwind distance (Briggs 1975): the plume bends
// over and rises along the "2/3 law" 1.6 F^(1/3) x^(2/3) / u until its final rise (the neutral
// formula above for A-D; 2.6 (F / (u s))^(1/3) for E and F with s = g/T dtheta/dz and the
// textbook gradients 0.02 and 0.035 K/m). Near the stack a plume is far lower than its final
// height, which is what a lidar beam a few hundred metres away sees. downwindM <= 0: final rise.
double plumeRiseM(double exitVelocityMs, double diameterM, double stackTempK, double airTempK,
                  double windSpeedMs, Stability s, double downwindM);

// Gaussian plume with ground reflection. q in g/s, result in ug/m3 (so q*1e6).
double plumeConcentration(double qGps, double windSpeedMs, double effectiveHeightM, Sigmas sig,
                          double crosswindM, double receptorHeightM);

} // namespace eco::trace
