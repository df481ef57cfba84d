#include "core/trace/SourceRanker.h"

#include "core/trace/Dispersion.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numbers>
#include <random>

namespace eco::trace {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kNearSourceM = 100;

// Where a candidate sits relative to the air's path: the travel distance to its closest point
// on the trajectory and the signed crosswind offset from it (positive to the left of travel).
struct PathGeometry {
    double alongM = 0;
    double crossM = 0;
    bool upstream = false; // false: the path never passes it (it is downwind of the receptor)
};

PathGeometry locate(const std::vector<TrajectoryPoint>& path, QPointF c) {
    PathGeometry best;
    double bestD2 = std::numeric_limits<double>::infinity();
    for (size_t i = 1; i < path.size(); ++i) {
        const QPointF a = path[i - 1].positionM;
        const QPointF b = path[i].positionM;
        const double dx = b.x() - a.x(), dy = b.y() - a.y();
        const double len2 = dx * dx + dy * dy;
        if (len2 <= 1e-9)
            continue;
        double t = ((c.x() - a.x()) * dx + (c.y() - a.y()) * dy) / len2;
        // Beyond the trajectory's end the last segment goes on: a source further upwind than
        // the trajectory reaches still lies on the air's path.
        t = std::clamp(t, 0.0,
                       i + 1 == path.size() ? std::numeric_limits<double>::infinity() : 1.0);
        const double px = a.x() + t * dx, py = a.y() + t * dy;
        const double d2 = (c.x() - px) * (c.x() - px) + (c.y() - py) * (c.y() - py);
        if (d2 < bestD2) {
            bestD2 = d2;
            const double len = std::sqrt(len2);
            best.alongM = path[i - 1].travelM + t * len;
            best.crossM = (dx * (c.y() - a.y()) - dy * (c.x() - a.x())) / len;
            best.upstream = !(i == 1 && t <= 0.0);
        }
    }
    return best;
}

} // namespace

double Candidate::rateAt(std::int64_t ts) const {
    if (!hourlyRateGps.empty() && ts >= ratesStartTs) {
        const auto h = static_cast<size_t>((ts - ratesStartTs) / 3600);
        if (h < hourlyRateGps.size() && std::isfinite(hourlyRateGps[h]))
            return hourlyRateGps[h];
    }
    return rateGps;
}

TraceResult SourceRanker::rank(const WindField& wind, const TraceEvent& ev,
                               std::span<const Candidate> candidates,
                               const RankOptions& opt) const {
    TraceResult result;
    const WindVector here = wind.at(ev.receptorM, ev.ts);
    result.upwindBearingDeg = here.directionDeg();
    const double sigmaDir = std::max(opt.minDirectionSigmaDeg, wind.directionSpreadDeg(ev.ts));
    result.coneHalfAngleDeg = sigmaDir;

    // The sun moves slowly: one elevation per hour of the window is plenty and saves most of the
    // trigonometry of the ensemble loop.
    const std::int64_t firstHour =
        (ev.ts - static_cast<std::int64_t>(opt.hours * 3600) - 48 * 3600) / 3600;
    std::vector<double> elevationByHour;
    const auto elevationAt = [&](std::int64_t t) {
        const std::int64_t h = t / 3600 - firstHour;
        if (h < 0 || h >= static_cast<std::int64_t>(elevationByHour.size()))
            return solarElevationDeg(ev.receptorLon, ev.receptorLat, t);
        return elevationByHour[static_cast<size_t>(h)];
    };
    for (std::int64_t h = firstHour; h <= ev.ts / 3600 + 1; ++h)
        elevationByHour.push_back(
            solarElevationDeg(ev.receptorLon, ev.receptorLat, h * 3600 + 1800));

    // Elevated plumes ride the wind at their effective height, faster than the 10 m station
    // wind: one back-trajectory per transport-speed factor (binned to 0.25), each candidate
    // located on the one of its own height.
    const Stability eventClass = stabilityClass(elevationAt(ev.ts), here.speed());
    std::map<int, std::vector<TrajectoryPoint>> trajectories;
    const auto trajectoryFor = [&](int bin) -> const std::vector<TrajectoryPoint>& {
        auto it = trajectories.find(bin);
        if (it == trajectories.end())
            it = trajectories
                     .emplace(bin, backTrajectory(wind, ev.receptorM, ev.ts, opt.hours,
                                                  opt.stepSeconds, bin * 0.25))
                     .first;
        return it->second;
    };
    result.trajectory = trajectoryFor(4);

    const size_t n = candidates.size();
    struct Prepared {
        PathGeometry geo;
        double speed = 1;  // 10 m wind where the candidate's air left it
        double factor = 1; // transport-height speed over the 10 m speed
        double distance = 0;
        double bearing = 0;
        double widestSigmaY = 0; // class A at this distance: beyond 5 of these, nothing arrives
        int bin = 4;
        // Plume-rise pieces that do not change between members (plumeRiseM, factored so the
        // ensemble loop does one division instead of several powers).
        double stackFactor[kStabilityCount] = {1, 1, 1, 1, 1, 1};
        double neutralK = 0;        // final neutral rise x u
        double stableK[2] = {0, 0}; // final stable rise x cbrt(u), classes E and F
        double nearK = 0;           // 2/3-law rise x u at this candidate's distance
        double momentumK = 0;       // momentum rise x u
        bool buoyant = false;
        bool hot = false;
    };
    std::vector<Prepared> prep(n);
    const double here10 = std::max(here.speed(), 0.5);
    for (size_t i = 0; i < n; ++i) {
        const Candidate& c = candidates[i];
        Prepared& p = prep[i];
        const double uStack = windSpeedAtHeight(here10, c.stackHeightM, eventClass, opt.urban);
        const double rise = c.exitTempK > 0 ? plumeRiseM(c.exitVelocityMs, c.diameterM, c.exitTempK,
                                                         opt.airTempK, uStack, eventClass, 0.0)
                                            : 0.0;
        const double factor = windSpeedAtHeight(1.0, c.stackHeightM + rise, eventClass, opt.urban);
        p.bin = std::max(4, static_cast<int>(std::lround(factor * 4)));
        p.factor = p.bin * 0.25;
        p.geo = locate(trajectoryFor(p.bin), c.positionM);
        p.distance =
            std::hypot(c.positionM.x() - ev.receptorM.x(), c.positionM.y() - ev.receptorM.y());
        // A source on top of the receptor (a lidar cell over the stack, a vehicle at the gate)
        // is inside its own plume whatever the wind: no path is needed to reach it.
        if (p.distance < kNearSourceM) {
            p.geo.upstream = true;
            p.geo.alongM = kNearSourceM;
            p.geo.crossM = 0;
        }
        p.bearing = bearingDeg(ev.receptorM, c.positionM);
        const double travelS = p.geo.alongM / (here10 * p.factor);
        p.speed =
            std::max(wind.at(c.positionM, ev.ts - static_cast<std::int64_t>(travelS)).speed(), 0.5);
        p.widestSigmaY = briggsSigmas(Stability::A, std::max(p.geo.alongM, 1.0), opt.urban).y;
        for (int k = 0; k < kStabilityCount; ++k)
            p.stackFactor[k] =
                windSpeedAtHeight(1.0, c.stackHeightM, static_cast<Stability>(k), opt.urban);
        p.hot = c.exitTempK > 0;
        const double fb = buoyancyFlux(c.exitVelocityMs, c.diameterM, c.exitTempK, opt.airTempK);
        p.buoyant = p.hot && fb > 0;
        p.momentumK = 3 * c.diameterM * c.exitVelocityMs;
        if (p.buoyant) {
            p.neutralK = fb < 55 ? 21.425 * std::pow(fb, 0.75) : 38.71 * std::pow(fb, 0.6);
            constexpr double kG = 9.80665;
            p.stableK[0] = 2.6 * std::cbrt(fb / (kG / opt.airTempK * 0.02));
            p.stableK[1] = 2.6 * std::cbrt(fb / (kG / opt.airTempK * 0.035));
            p.nearK = 1.6 * std::cbrt(fb) * std::pow(std::max(p.geo.alongM, 1.0), 2.0 / 3.0);
        }
    }

    const int members = std::max(1, opt.members);
    std::vector<double> sum(n, 0.0);
    std::vector<int> top1(n, 0), top3(n, 0);
    std::vector<double> conc(n);
    std::mt19937_64 rng(opt.seed);
    std::normal_distribution<double> dirNoise(0.0, sigmaDir);
    std::normal_distribution<double> speedNoise(1.0, opt.speedSpread);
    std::uniform_int_distribution<int> classNoise(-1, 1);
    for (int m = 0; m < members; ++m) {
        const bool central = m == 0;
        const double delta = central ? 0.0 : dirNoise(rng) * kDeg;
        const double speedFactor = central ? 1.0 : std::clamp(speedNoise(rng), 0.5, 1.5);
        const int classShift = central ? 0 : classNoise(rng);
        const double sinDelta = std::sin(delta);
        for (size_t i = 0; i < n; ++i) {
            const Prepared& p = prep[i];
            const Candidate& c = candidates[i];
            double value = 0;
            const double x = p.geo.alongM;
            const double y = p.geo.crossM - x * sinDelta;
            if (p.geo.upstream && x > 30 && std::abs(y) < 5 * p.widestSigmaY) {
                const double u10 = p.speed * speedFactor;
                const double u = u10 * p.factor; // at the plume's height
                const auto emittedAt = ev.ts - static_cast<std::int64_t>(x / u);
                const double elevation = elevationAt(emittedAt);
                const Stability s = shiftStability(stabilityClass(elevation, u10), classShift);
                // plumeRiseM(..., uStack, s, x), from the candidate's precomputed pieces.
                const double uStack = std::max(0.5, u10 * p.stackFactor[static_cast<int>(s)]);
                double rise = 0;
                if (p.hot) {
                    rise = p.momentumK / uStack;
                    if (p.buoyant) {
                        const double final =
                            s >= Stability::E
                                ? p.stableK[s == Stability::E ? 0 : 1] / std::cbrt(uStack)
                                : p.neutralK / uStack;
                        rise = std::max(rise, std::min(final, p.nearK / uStack));
                    }
                }
                value = plumeConcentration(c.rateAt(emittedAt), u, c.stackHeightM + rise,
                                           briggsSigmas(s, x, opt.urban), y, ev.receptorHeightM);
            }
            conc[i] = value;
            sum[i] += value;
        }
        // The member's top three.
        int best[3] = {-1, -1, -1};
        for (size_t i = 0; i < n; ++i) {
            if (conc[i] <= 0)
                continue;
            const int ii = static_cast<int>(i);
            if (best[0] < 0 || conc[i] > conc[static_cast<size_t>(best[0])]) {
                best[2] = best[1];
                best[1] = best[0];
                best[0] = ii;
            } else if (best[1] < 0 || conc[i] > conc[static_cast<size_t>(best[1])]) {
                best[2] = best[1];
                best[1] = ii;
            } else if (best[2] < 0 || conc[i] > conc[static_cast<size_t>(best[2])]) {
                best[2] = ii;
            }
        }
        if (best[0] >= 0)
            ++top1[static_cast<size_t>(best[0])];
        for (const int b : best)
            if (b >= 0)
                ++top3[static_cast<size_t>(b)];
    }

    std::vector<RankedCandidate> all;
    all.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        RankedCandidate r;
        r.index = static_cast<int>(i);
        r.score = sum[i] / members;
        r.pTop1 = static_cast<double>(top1[i]) / members;
        r.pTop3 = static_cast<double>(top3[i]) / members;
        r.distanceM = prep[i].distance;
        r.bearingDeg = prep[i].bearing;
        r.explainedShare = ev.excess > 0 ? std::min(1.0, r.score / ev.excess) : 0.0;
        r.coneWeight = coneWeight(result.upwindBearingDeg, prep[i].bearing, sigmaDir);
        if (candidates[i].rateFromPower)
            r.flags << QStringLiteral("rate_from_power");
        all.push_back(std::move(r));
    }
    std::stable_sort(
        all.begin(), all.end(),
        [](const RankedCandidate& a, const RankedCandidate& b) { return a.score > b.score; });
    if (static_cast<int>(all.size()) > opt.maxResults)
        all.resize(static_cast<size_t>(opt.maxResults));
    // Same bearing, different distance: wind alone cannot separate them.
    const size_t check = std::min<size_t>(all.size(), 5);
    for (size_t a = 0; a < check; ++a)
        for (size_t b = a + 1; b < check; ++b) {
            if (all[a].score <= 0 || all[b].score <= 0)
                continue;
            const double db = std::abs(bearingDifferenceDeg(all[a].bearingDeg, all[b].bearingDeg));
            const double ratio = std::max(all[a].distanceM, all[b].distanceM) /
                                 std::max(1.0, std::min(all[a].distanceM, all[b].distanceM));
            if (db < std::max(5.0, sigmaDir / 2) && ratio > 1.3) {
                const auto tag = [&](size_t other) {
                    const Candidate& c = candidates[static_cast<size_t>(all[other].index)];
                    return QStringLiteral("same_bearing:") +
                           (c.outletId.isEmpty() ? c.enterpriseId : c.outletId);
                };
                all[a].flags << tag(b);
                all[b].flags << tag(a);
            }
        }
    result.ranked = std::move(all);
    return result;
}

} // namespace eco::trace
