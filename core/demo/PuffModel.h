// PuffModel: a Lagrangian Gaussian puff model, the demo's "true" dispersion. Each source releases
// a puff every few minutes (mass = emission rate x release interval) at its effective height
// (stack + Briggs plume rise). Puffs are advected by the time-varying, meandering wind at their
// height, take a turbulent random walk (an Ornstein-Uhlenbeck velocity), and grow their sigmas
// with travel time at a rate set by the stability class. Concentration at (x, y, z, t) is the
// sum over live puffs, with reflections at the ground and under the mixing lid. This is
// deliberately not the steady Gaussian plume the tracer ranks candidates with.
#pragma once

#include "core/demo/WeatherField.h"

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace eco::demo {

struct PuffSource {
    double x = 0; // local metres
    double y = 0;
    double stackHeightM = 0;
    double exitVelocityMs = 0;
    double exitTempC = 0;
    double diameterM = 0;
    std::int64_t startTs = 0;
    std::vector<float> rateGps; // one per hour from startTs
};

struct PuffSettings {
    double releaseIntervalS = 300;
    double stepS = 60; // also the spacing of the stored frames
    double maxAgeS = 6 * 3600;
    double domainRadiusM = 45000; // puffs leaving this circle around the centre are dropped
    bool groundReflection = true;
    bool mixingLid = true;
    bool randomWalk = true;
    bool plumeRise = true;
    std::uint64_t seed = 1;
};

// One puff at one frame. Velocity is kept so a sample between frames can extrapolate.
struct Puff {
    float x = 0, y = 0; // centre, local metres
    float u = 0, v = 0; // m/s
    float h = 0;        // effective height (m)
    float sy = 0, sz = 0;
    float zi = 0; // mixing height at the puff (m)
    float massG = 0;
    std::int32_t source = 0;
};

// The simulated puffs of every source, one frame per step. Immutable once built, so receptors
// may sample it from many threads.
class PuffField {
public:
    PuffField() = default;
    PuffField(std::int64_t firstTs, double stepS, std::vector<std::vector<Puff>> frames,
              const PuffSettings& settings);

    std::int64_t firstTs() const { return m_firstTs; }
    int frameCount() const {
        return static_cast<int>(m_offsets.empty() ? 0 : m_offsets.size() - 1);
    }
    std::size_t puffCount() const { return m_puffs.size(); }
    // Puffs of the frame holding t (empty outside the simulated span).
    std::span<const Puff> puffsAt(double t) const;
    // True when a circle (x, y, radius) may touch a live puff at t: the cheap test that lets
    // receptors far from every puff skip the field.
    bool mayTouch(double x, double y, double radiusM, double t) const;

    // Concentration (ug/m3) at (x, y, z) and time t, summed over puffs; source >= 0 restricts it.
    double concentration(double x, double y, double z, double t, int source = -1) const;
    // Per-source contributions at a point (pairs of source index and ug/m3), cleared first.
    void contributions(double x, double y, double z, double t,
                       std::vector<std::pair<int, double>>& out) const;
    // Vertically integrated mass (ug/m2) at (x, y, t): what a satellite column sees.
    double column(double x, double y, double t, int source = -1) const;

    bool groundReflection() const { return m_reflect; }
    bool mixingLid() const { return m_lid; }
    // Seconds from the start of t's frame to t (what puffConcentration's dt wants).
    double frameOffset(double t) const;

    // One puff's concentration (ug/m3) at (x, y, z), dt seconds after its frame.
    static double puffConcentration(const Puff& p, double x, double y, double z, double dt,
                                    bool groundReflection, bool mixingLid);

private:
    int frameIndex(double t) const;
    std::int64_t m_firstTs = 0;
    double m_stepS = 60;
    bool m_reflect = true;
    bool m_lid = true;
    std::vector<Puff> m_puffs;
    std::vector<std::size_t> m_offsets; // frame i = [m_offsets[i], m_offsets[i+1])
    struct Box {
        float x0, y0, x1, y1;
    };
    std::vector<Box> m_boxes; // 4-sigma bounds of each frame
};

class PuffModel {
public:
    PuffModel(const WeatherField& weather, PuffSettings settings);

    // Simulates every source over [fromTs, toTs) (sources in parallel) and returns the frames.
    PuffField run(std::span<const PuffSource> sources, std::int64_t fromTs,
                  std::int64_t toTs) const;

    // Briggs plume rise (m) for a stack in wind u (m/s) at air temperature taK.
    static double plumeRise(const PuffSource& s, double u, double taK, Stability st);
    // Sigma growth with travel time: Taylor-type dispersion whose turbulence intensity depends on
    // the stability class (the expressions differ from the tracer's Briggs curves on purpose).
    static double sigmaY(double travelS, double windMs, Stability st);
    static double sigmaZ(double travelS, double windMs, Stability st);

private:
    std::vector<std::pair<int, Puff>> simulate(const PuffSource& src, int sourceIndex,
                                               std::int64_t fromTs, std::int64_t toTs) const;
    const WeatherField& m_weather;
    PuffSettings m_settings;
};

} // namespace eco::demo
