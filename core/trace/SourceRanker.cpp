#include "core/trace/SourceRanker.h"

#include "core/trace/Dispersion.h"
#include "core/trace/Nnls.h"

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

// One Monte Carlo member's perturbation of the wind and the stability.
struct Member {
    double sinDelta = 0;
    double speedFactor = 1;
    int classShift = 0;
};

// What a candidate's kernel needs that does not change between members, for one arrival time.
struct Prepared {
    PathGeometry geo;
    double speed = 1;  // 10 m wind where the candidate's air left it
    double factor = 1; // transport-height speed over the 10 m speed
    double distance = 0;
    double bearing = 0;
    double widestSigmaY = 0; // class A at this distance: beyond 5 of these, nothing arrives
    // Plume-rise pieces (plumeRiseM, factored so the ensemble loop does one division instead
    // of several powers).
    double stackFactor[kStabilityCount] = {1, 1, 1, 1, 1, 1};
    double neutralK = 0;        // final neutral rise x u
    double stableK[2] = {0, 0}; // final stable rise x cbrt(u), classes E and F
    double nearK = 0;           // 2/3-law rise x u at this candidate's distance
    double momentumK = 0;       // momentum rise x u
    bool buoyant = false;
    bool hot = false;
};

// The sun moves slowly: one elevation per hour of the window is plenty and saves most of the
// trigonometry of the ensemble loop.
class SolarTable {
public:
    SolarTable(double lon, double lat, std::int64_t fromTs, std::int64_t toTs)
        : m_lon(lon), m_lat(lat), m_firstHour(fromTs / 3600) {
        for (std::int64_t h = m_firstHour; h <= toTs / 3600 + 1; ++h)
            m_elevation.push_back(solarElevationDeg(lon, lat, h * 3600 + 1800));
    }
    double at(std::int64_t t) const {
        const std::int64_t h = t / 3600 - m_firstHour;
        if (h < 0 || h >= static_cast<std::int64_t>(m_elevation.size()))
            return solarElevationDeg(m_lon, m_lat, t);
        return m_elevation[static_cast<size_t>(h)];
    }

private:
    double m_lon, m_lat;
    std::int64_t m_firstHour;
    std::vector<double> m_elevation;
};

// Everything the candidates of one arrival time share: the wind at the receptor and the
// back-trajectories. Elevated plumes ride the wind at their effective height, faster than the
// 10 m station wind: one back-trajectory per transport-speed factor (binned to 0.25), each
// candidate located on the one of its own height.
class Arrival {
public:
    Arrival(const WindField& wind, const TraceEvent& ev, std::int64_t ts, const SolarTable& sun,
            const RankOptions& opt)
        : m_wind(wind), m_ev(ev), m_ts(ts), m_opt(opt), m_here(wind.at(ev.receptorM, ts)),
          m_here10(std::max(m_here.speed(), 0.5)),
          m_class(stabilityClass(sun.at(ts), m_here.speed())) {}

    std::int64_t ts() const { return m_ts; }
    const WindVector& here() const { return m_here; }
    const std::vector<TrajectoryPoint>& trajectory(int bin) {
        auto it = m_trajectories.find(bin);
        if (it == m_trajectories.end())
            it = m_trajectories
                     .emplace(bin, backTrajectory(m_wind, m_ev.receptorM, m_ts, m_opt.hours,
                                                  m_opt.stepSeconds, bin * 0.25))
                     .first;
        return it->second;
    }

    Prepared prepare(const Candidate& c) {
        Prepared p;
        const double uStack = windSpeedAtHeight(m_here10, c.stackHeightM, m_class, m_opt.urban);
        const double rise = c.exitTempK > 0 ? plumeRiseM(c.exitVelocityMs, c.diameterM, c.exitTempK,
                                                         m_opt.airTempK, uStack, m_class, 0.0)
                                            : 0.0;
        const double factor = windSpeedAtHeight(1.0, c.stackHeightM + rise, m_class, m_opt.urban);
        const int bin = std::max(4, static_cast<int>(std::lround(factor * 4)));
        p.factor = bin * 0.25;
        p.geo = locate(trajectory(bin), c.positionM);
        p.distance =
            std::hypot(c.positionM.x() - m_ev.receptorM.x(), c.positionM.y() - m_ev.receptorM.y());
        // A source on top of the receptor (a lidar cell over the stack, a vehicle at the gate)
        // is inside its own plume whatever the wind: no path is needed to reach it.
        if (p.distance < kNearSourceM) {
            p.geo.upstream = true;
            p.geo.alongM = kNearSourceM;
            p.geo.crossM = 0;
        }
        p.bearing = bearingDeg(m_ev.receptorM, c.positionM);
        const double travelS = p.geo.alongM / (m_here10 * p.factor);
        p.speed = std::max(
            m_wind.at(c.positionM, m_ts - static_cast<std::int64_t>(travelS)).speed(), 0.5);
        p.widestSigmaY = briggsSigmas(Stability::A, std::max(p.geo.alongM, 1.0), m_opt.urban).y;
        for (int k = 0; k < kStabilityCount; ++k)
            p.stackFactor[k] =
                windSpeedAtHeight(1.0, c.stackHeightM, static_cast<Stability>(k), m_opt.urban);
        p.hot = c.exitTempK > 0;
        const double fb = buoyancyFlux(c.exitVelocityMs, c.diameterM, c.exitTempK, m_opt.airTempK);
        p.buoyant = p.hot && fb > 0;
        p.momentumK = 3 * c.diameterM * c.exitVelocityMs;
        if (p.buoyant) {
            p.neutralK = fb < 55 ? 21.425 * std::pow(fb, 0.75) : 38.71 * std::pow(fb, 0.6);
            constexpr double kG = 9.80665;
            p.stableK[0] = 2.6 * std::cbrt(fb / (kG / m_opt.airTempK * 0.02));
            p.stableK[1] = 2.6 * std::cbrt(fb / (kG / m_opt.airTempK * 0.035));
            p.nearK = 1.6 * std::cbrt(fb) * std::pow(std::max(p.geo.alongM, 1.0), 2.0 / 3.0);
        }
        return p;
    }

private:
    const WindField& m_wind;
    const TraceEvent& m_ev;
    std::int64_t m_ts;
    const RankOptions& m_opt;
    WindVector m_here;
    double m_here10;
    Stability m_class;
    std::map<int, std::vector<TrajectoryPoint>> m_trajectories;
};

// One member's plume concentration of a candidate at the receptor (ug/m3) for air arriving at
// arrivalTs: the Gaussian plume along the path, at the rate the candidate emitted when the air
// left it.
double memberConcentration(const Prepared& p, const Candidate& c, const Member& m,
                           std::int64_t arrivalTs, const SolarTable& sun, const RankOptions& opt,
                           double receptorHeightM) {
    const double x = p.geo.alongM;
    const double y = p.geo.crossM - x * m.sinDelta;
    if (!p.geo.upstream || x <= 30 || std::abs(y) >= 5 * p.widestSigmaY)
        return 0;
    const double u10 = p.speed * m.speedFactor;
    const double u = u10 * p.factor; // at the plume's height
    const auto emittedAt = arrivalTs - static_cast<std::int64_t>(x / u);
    const Stability s = shiftStability(stabilityClass(sun.at(emittedAt), u10), m.classShift);
    // plumeRiseM(..., uStack, s, x), from the candidate's precomputed pieces.
    const double uStack = std::max(0.5, u10 * p.stackFactor[static_cast<int>(s)]);
    double rise = 0;
    if (p.hot) {
        rise = p.momentumK / uStack;
        if (p.buoyant) {
            const double final = s >= Stability::E
                                     ? p.stableK[s == Stability::E ? 0 : 1] / std::cbrt(uStack)
                                     : p.neutralK / uStack;
            rise = std::max(rise, std::min(final, p.nearK / uStack));
        }
    }
    return plumeConcentration(c.rateAt(emittedAt), u, c.stackHeightM + rise,
                              briggsSigmas(s, x, opt.urban), y, receptorHeightM);
}

// A member's strongest few candidates, best first (index -1: empty).
class TopList {
public:
    explicit TopList(std::span<int> indices, std::span<double> values)
        : m_idx(indices), m_val(values) {
        std::fill(m_idx.begin(), m_idx.end(), -1);
    }
    void offer(int index, double value) {
        if (value <= 0)
            return;
        const size_t cap = m_idx.size();
        if (m_count == cap && value <= m_val[cap - 1])
            return;
        size_t pos = std::min(m_count, cap - 1);
        while (pos > 0 && m_val[pos - 1] < value) {
            m_idx[pos] = m_idx[pos - 1];
            m_val[pos] = m_val[pos - 1];
            --pos;
        }
        m_idx[pos] = index;
        m_val[pos] = value;
        m_count = std::min(m_count + 1, cap);
    }

private:
    std::span<int> m_idx;
    std::span<double> m_val;
    size_t m_count = 0;
};

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
    const double sigmaDir = std::max(opt.minDirectionSigmaDeg, wind.directionSpreadDeg(ev.ts));
    result.coneHalfAngleDeg = sigmaDir;

    // The hours the fit may use: at least two observed, the last one the event's.
    std::vector<size_t> fitRows;
    if (opt.fit == FitMode::Nnls)
        for (size_t k = 0; k < ev.hourlyExcess.size(); ++k)
            if (std::isfinite(ev.hourlyExcess[k]))
                fitRows.push_back(k);
    const bool fitting = fitRows.size() >= 2 && opt.fitCandidates > 0;
    const std::int64_t earliest = fitting ? std::min(ev.ts, ev.hourlyArrivalTs) : ev.ts;
    const SolarTable sun(ev.receptorLon, ev.receptorLat,
                         earliest - static_cast<std::int64_t>(opt.hours * 3600) - 48 * 3600, ev.ts);

    Arrival arrival(wind, ev, ev.ts, sun, opt);
    result.upwindBearingDeg = arrival.here().directionDeg();
    result.trajectory = arrival.trajectory(4);

    const size_t n = candidates.size();
    std::vector<Prepared> prep(n);
    for (size_t i = 0; i < n; ++i)
        prep[i] = arrival.prepare(candidates[i]);

    const int members = std::max(1, opt.members);
    std::vector<Member> ensemble(static_cast<size_t>(members));
    {
        std::mt19937_64 rng(opt.seed);
        std::normal_distribution<double> dirNoise(0.0, sigmaDir);
        std::normal_distribution<double> speedNoise(1.0, opt.speedSpread);
        std::uniform_int_distribution<int> classNoise(-1, 1);
        for (int m = 1; m < members; ++m) { // member 0 is the unperturbed one
            Member& mb = ensemble[static_cast<size_t>(m)];
            mb.sinDelta = std::sin(dirNoise(rng) * kDeg);
            mb.speedFactor = std::clamp(speedNoise(rng), 0.5, 1.5);
            mb.classShift = classNoise(rng);
        }
    }

    // Each member's strongest candidates: three, plus the fitted ones it may have to replace.
    const size_t fitK = fitting ? static_cast<size_t>(opt.fitCandidates) : 0;
    const size_t keep = 3 + fitK;
    std::vector<int> topIdx(static_cast<size_t>(members) * keep);
    std::vector<double> topVal(topIdx.size());
    std::vector<double> sum(n, 0.0);
    for (int m = 0; m < members; ++m) {
        const Member& mb = ensemble[static_cast<size_t>(m)];
        const size_t at = static_cast<size_t>(m) * keep;
        TopList top(std::span<int>(topIdx).subspan(at, keep),
                    std::span<double>(topVal).subspan(at, keep));
        for (size_t i = 0; i < n; ++i) {
            const double value = memberConcentration(prep[i], candidates[i], mb, ev.ts, sun, opt,
                                                     ev.receptorHeightM);
            sum[i] += value;
            top.offer(static_cast<int>(i), value);
        }
    }

    std::vector<int> top1(n, 0), top3(n, 0);
    std::vector<double> score(n), factor(n, 1.0);
    for (size_t i = 0; i < n; ++i)
        score[i] = sum[i] / members;

    // The fit: the strongest candidates by kernel score, one row per observed hour.
    std::vector<int> selected;
    if (fitting) {
        std::vector<int> order;
        for (size_t i = 0; i < n; ++i)
            if (sum[i] > 0)
                order.push_back(static_cast<int>(i));
        const size_t k = std::min(fitK, order.size());
        std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k),
                          order.end(), [&](int a, int b) {
                              return sum[static_cast<size_t>(a)] > sum[static_cast<size_t>(b)];
                          });
        selected.assign(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k));
    }
    if (!selected.empty()) {
        const size_t rows = fitRows.size(), cols = selected.size();
        // Per fitted hour, the selected candidates' geometry for air arriving then.
        std::vector<std::int64_t> rowTs(rows);
        std::vector<Prepared> rowPrep(rows * cols);
        for (size_t r = 0; r < rows; ++r) {
            rowTs[r] = ev.hourlyArrivalTs + static_cast<std::int64_t>(fitRows[r]) * 3600;
            Arrival hour(wind, ev, rowTs[r], sun, opt);
            for (size_t j = 0; j < cols; ++j)
                rowPrep[r * cols + j] = hour.prepare(candidates[static_cast<size_t>(selected[j])]);
        }
        std::vector<double> a((rows + cols) * cols), b(rows + cols), eventConc(cols);
        std::vector<double> fitSum(cols, 0.0), factorSum(cols, 0.0), q(cols);
        std::vector<std::pair<double, int>> pool;
        for (int m = 0; m < members; ++m) {
            const Member& mb = ensemble[static_cast<size_t>(m)];
            std::fill(a.begin(), a.end(), 0.0);
            for (size_t r = 0; r < rows; ++r) {
                b[r] = std::max(0.0, ev.hourlyExcess[fitRows[r]]);
                for (size_t j = 0; j < cols; ++j)
                    a[r * cols + j] = memberConcentration(
                        rowPrep[r * cols + j], candidates[static_cast<size_t>(selected[j])], mb,
                        rowTs[r], sun, opt, ev.receptorHeightM);
            }
            // The pull towards the measured rate. One weight for all, the largest kernel's size:
            // inflating a faint candidate a hundredfold to fit the hours' shape costs as much as
            // it would for the strongest one, so the fit re-weighs the plausible candidates
            // rather than conjuring a source out of a kernel that barely reaches the receptor.
            std::vector<int> live;
            double maxNorm = 0;
            for (size_t j = 0; j < cols; ++j) {
                double norm2 = 0;
                for (size_t r = 0; r < rows; ++r)
                    norm2 += a[r * cols + j] * a[r * cols + j];
                maxNorm = std::max(maxNorm, std::sqrt(norm2));
                if (norm2 > 0)
                    live.push_back(static_cast<int>(j));
            }
            const double w = opt.fitPrior * maxNorm;
            for (size_t j = 0; j < cols; ++j) {
                a[(rows + j) * cols + j] = w;
                b[rows + j] = w;
            }
            const NnlsResult fit =
                nnls(a, static_cast<int>(rows + cols), static_cast<int>(cols), b);
            for (size_t j = 0; j < cols; ++j) {
                // A candidate no observed hour sees keeps its kernel: the data say nothing.
                q[j] = std::find(live.begin(), live.end(), static_cast<int>(j)) == live.end()
                           ? 1.0
                           : fit.x[j];
                const size_t i = static_cast<size_t>(selected[j]);
                eventConc[j] = memberConcentration(prep[i], candidates[i], mb, ev.ts, sun, opt,
                                                   ev.receptorHeightM) *
                               q[j];
                fitSum[j] += eventConc[j];
                factorSum[j] += q[j];
            }
            // The member's top three: fitted candidates by their fitted contribution, the rest
            // by their kernel.
            pool.clear();
            const size_t at = static_cast<size_t>(m) * keep;
            for (size_t s = 0; s < keep && pool.size() < 3; ++s) {
                const int idx = topIdx[at + s];
                if (idx < 0)
                    break;
                if (std::find(selected.begin(), selected.end(), idx) == selected.end())
                    pool.emplace_back(topVal[at + s], idx);
            }
            for (size_t j = 0; j < cols; ++j)
                if (eventConc[j] > 0)
                    pool.emplace_back(eventConc[j], selected[j]);
            const size_t take = std::min<size_t>(3, pool.size());
            std::partial_sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(take),
                              pool.end(), [](const auto& x, const auto& y) {
                                  return x.first > y.first ||
                                         (x.first == y.first && x.second < y.second);
                              });
            for (size_t t = 0; t < take; ++t) {
                if (t == 0)
                    ++top1[static_cast<size_t>(pool[t].second)];
                ++top3[static_cast<size_t>(pool[t].second)];
            }
        }
        for (size_t j = 0; j < cols; ++j) {
            const size_t i = static_cast<size_t>(selected[j]);
            score[i] = fitSum[j] / members;
            factor[i] = factorSum[j] / members;
        }
        result.fitHours = static_cast<int>(rows);
    } else {
        for (int m = 0; m < members; ++m) {
            const size_t at = static_cast<size_t>(m) * keep;
            for (size_t t = 0; t < 3; ++t) {
                const int idx = topIdx[at + t];
                if (idx < 0)
                    break;
                if (t == 0)
                    ++top1[static_cast<size_t>(idx)];
                ++top3[static_cast<size_t>(idx)];
            }
        }
    }

    std::vector<RankedCandidate> all;
    all.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        RankedCandidate r;
        r.index = static_cast<int>(i);
        r.score = score[i];
        r.kernelScore = sum[i] / members;
        r.fitFactor = factor[i];
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
    std::stable_sort(all.begin(), all.end(),
                     [](const RankedCandidate& a, const RankedCandidate& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.kernelScore > b.kernelScore;
                     });
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
