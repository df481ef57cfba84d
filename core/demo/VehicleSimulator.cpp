#include "core/demo/VehicleSimulator.h"

#include "core/demo/WeatherNoise.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace eco::demo {

namespace {

constexpr std::int64_t kLocalOffsetS = 8 * 3600;
constexpr double kInletHeightM = 3.0;
constexpr double kSensorTauS = 15.0;
constexpr double kBackgroundEveryS = 15.0;

bool workingDay(std::int64_t dayStartUtc) {
    const std::int64_t day = (dayStartUtc + kLocalOffsetS) / 86400;
    const int wd = static_cast<int>(((day + 3) % 7 + 7) % 7); // 0 = Monday (1970-01-01: Thu)
    return wd < 5;
}

} // namespace

VehicleSimulator::VehicleSimulator(const CityFrame& frame, const Basemap& map,
                                   const WeatherBackground& background, const PuffField& puffs,
                                   const std::vector<EpisodeReceptorInfo>& episodes,
                                   std::int64_t startTs, int days, std::uint64_t seed)
    : m_frame(frame), m_map(map), m_background(background), m_puffs(puffs), m_episodes(episodes),
      m_startTs(startTs), m_days(days), m_seed(seed) {}

VehicleTrack VehicleSimulator::simulate(int vehicle) const {
    VehicleTrack out;
    out.id = QStringLiteral("V%1").arg(vehicle + 1, 2, 10, QLatin1Char('0'));
    out.name = QStringLiteral("走航车%1号").arg(vehicle + 1);
    const RoadNetwork& roads = m_map.roads;
    if (roads.nodes().empty())
        return out;
    NoiseStream rng(m_seed, "vehicle.drive", static_cast<std::uint64_t>(vehicle));
    NoiseStream sensor(m_seed, "vehicle.sensor", static_cast<std::uint64_t>(vehicle));
    const double bearing = 72.0 * vehicle + 20.0;
    const int depot = roads.nearestNode(QPointF(4000 * std::sin(qDegreesToRadians(bearing)),
                                                4000 * std::cos(qDegreesToRadians(bearing))));
    const int nodeCount = static_cast<int>(roads.nodes().size());
    const int parks = static_cast<int>(m_map.parkNodes.size());

    // Per-second state shared across the day.
    double pmSensor = -1, no2Sensor = -1, pmNoise = 0, no2Noise = 0;
    double bgPm = 0, bgNo2 = 0, bgAt = -1e30;
    std::vector<std::pair<int, double>> contrib;
    // Per-minute maximum excess of each episode, for truth observations.
    std::vector<double> minuteMax(m_episodes.size(), 0.0);
    std::vector<QPointF> minuteWhere(m_episodes.size());
    std::int64_t minute = -1;
    const auto flushMinute = [&]() {
        for (size_t e = 0; e < m_episodes.size(); ++e) {
            if (minuteMax[e] > 0) {
                const QPointF ll = m_frame.toLonLat(minuteWhere[e]);
                out.observations.push_back({m_episodes[e].id, QStringLiteral("vehicle"), out.id,
                                            minute, ll.x(), ll.y(), minuteMax[e]});
            }
            minuteMax[e] = 0;
        }
    };

    const auto logFix = [&](std::int64_t ts, QPointF p) {
        const double t = static_cast<double>(ts);
        if (t - bgAt >= kBackgroundEveryS) {
            bgPm = m_background.value(Species::PM25, p, t);
            bgNo2 = m_background.value(Species::NO2, p, t) * 1.25; // on the road, in traffic
            bgAt = t;
        }
        double pm = bgPm, no2 = bgNo2;
        if (m_puffs.mayTouch(p.x(), p.y(), 0.0, t)) {
            m_puffs.contributions(p.x(), p.y(), kInletHeightM, t, contrib);
            const std::int64_t m = ts - ts % 60;
            if (m != minute) {
                flushMinute();
                minute = m;
            }
            for (const auto& [src, c] : contrib) {
                double ePm = 0, eNo2 = 0;
                for (const SpeciesShare& sh : m_episodes[static_cast<size_t>(src)].shares) {
                    if (sh.species == Species::PM25)
                        ePm += c * sh.factor;
                    else if (sh.species == Species::NO2)
                        eNo2 += c * sh.factor;
                }
                pm += ePm;
                no2 += eNo2;
                const double sig = std::max(ePm / (3.0 * (2.0 + 0.05 * bgPm)),
                                            eNo2 / (3.0 * (3.0 + 0.06 * bgNo2)));
                if (sig > 1.0 && std::max(ePm, eNo2) > minuteMax[static_cast<size_t>(src)]) {
                    minuteMax[static_cast<size_t>(src)] = std::max(ePm, eNo2);
                    minuteWhere[static_cast<size_t>(src)] = p;
                }
            }
        }
        const double a = 1.0 - std::exp(-1.0 / kSensorTauS);
        pmSensor = pmSensor < 0 ? pm : pmSensor + a * (pm - pmSensor);
        no2Sensor = no2Sensor < 0 ? no2 : no2Sensor + a * (no2 - no2Sensor);
        pmNoise = 0.8 * pmNoise + 0.6 * (2.0 + 0.05 * pmSensor) * sensor.gauss();
        no2Noise = 0.8 * no2Noise + 0.6 * (3.0 + 0.06 * no2Sensor) * sensor.gauss();
        // GPS: a few metres of scatter around the true position.
        const QPointF gps(p.x() + rng.gauss(0, 3.0), p.y() + rng.gauss(0, 3.0));
        const QPointF ll = m_frame.toLonLat(gps);
        out.ts.push_back(ts);
        out.lon.push_back(ll.x());
        out.lat.push_back(ll.y());
        out.pm25.push_back(
            static_cast<float>(std::round(std::max(1.0, pmSensor + pmNoise) * 10) / 10));
        out.no2.push_back(
            static_cast<float>(std::round(std::max(1.0, no2Sensor + no2Noise) * 10) / 10));
    };

    int trip = 0;
    for (int d = 0; d < m_days; ++d) {
        const std::int64_t dayStart = m_startTs + static_cast<std::int64_t>(d) * 86400;
        if (!workingDay(dayStart))
            continue;
        int node = depot;
        const std::int64_t sessions[2][2] = {{9 * 3600, 12 * 3600},
                                             {13 * 3600 + 1800, 17 * 3600 + 1800}};
        for (const auto& s : sessions) {
            std::int64_t t = dayStart + s[0] + rng.below(600);
            const std::int64_t end = dayStart + s[1] - rng.below(600);
            double v = 0;
            while (t < end) {
                // Next destination: mostly an industrial park (in this vehicle's rotation),
                // sometimes anywhere in the city.
                int target;
                bool toPark = parks > 0 && rng.chance(0.6);
                if (toPark)
                    target = m_map.parkNodes[static_cast<size_t>((vehicle + trip) % parks)];
                else
                    target = rng.below(nodeCount);
                ++trip;
                if (target == node)
                    continue;
                const std::vector<RouteStep> route = roads.route(node, target);
                if (route.empty())
                    continue;
                for (size_t k = 0; k < route.size() && t < end; ++k) {
                    const RoadEdge& e = roads.edges()[static_cast<size_t>(route[k].edge)];
                    std::vector<QPointF> path = e.path;
                    if (!route[k].forward)
                        std::reverse(path.begin(), path.end());
                    const double cruise =
                        std::clamp(e.speedKmh * rng.uniform(0.8, 1.1), 20.0, 50.0) / 3.6;
                    size_t seg = 1;
                    double along = 0; // metres into path[seg-1] -> path[seg]
                    while (seg < path.size() && t < end) {
                        v = std::min(cruise, v + 1.2); // accelerate at most 1.2 m/s2
                        double step = v;
                        while (seg < path.size()) {
                            const double segLen = std::hypot(path[seg].x() - path[seg - 1].x(),
                                                             path[seg].y() - path[seg - 1].y());
                            if (along + step <= segLen) {
                                along += step;
                                break;
                            }
                            step -= segLen - along;
                            along = 0;
                            ++seg;
                        }
                        QPointF p = path.back();
                        if (seg < path.size()) {
                            const QPointF a = path[seg - 1], b = path[seg];
                            const double segLen = std::hypot(b.x() - a.x(), b.y() - a.y());
                            p = segLen > 0 ? a + (b - a) * (along / segLen) : a;
                        }
                        logFix(t++, p);
                    }
                    node = route[k].forward ? e.b : e.a;
                    // Traffic lights and junction queues.
                    if (k + 1 < route.size() && rng.chance(0.25)) {
                        const int wait = 15 + rng.below(46);
                        for (int w = 0; w < wait && t < end; ++w)
                            logFix(t++, roads.nodes()[static_cast<size_t>(node)]);
                        v = 0;
                    }
                }
                // At the destination: a sampling stop in a park, a short one elsewhere.
                const int dwell = toPark ? 300 + rng.below(601) : rng.below(121);
                for (int w = 0; w < dwell && t < end; ++w)
                    logFix(t++, roads.nodes()[static_cast<size_t>(node)]);
                v = 0;
            }
        }
    }
    flushMinute();
    return out;
}

} // namespace eco::demo
