#include "core/demo/StationSimulator.h"

#include "core/demo/WeatherNoise.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace eco::demo {

namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();
constexpr double kInletHeightM = 4.0;
constexpr int kSamplesPerHour = 12; // the puff field is averaged over the hour
// A1's band is judged against the span of the station's own series over the month before (at
// least a week of it), as ambient analysers have no permit limit: a band starts after 8 days.
constexpr int kBandHistoryHours = 8 * 24;
// Its width, as a share of that span: half of the 2 % the national checklist calls a band.
constexpr double kBandShareOfSpan = 0.01;
// Days of history the span is taken over: the month the rule looks back, less the two days a
// 32 h band can reach past its first local day, so the rule's span covers at least this one.
constexpr int kBandSpanDays = 28;
// The level (ug/m3) under which A1 judges no station's ratio to its reference: a step or a
// disagreement that lowers a series must stay above it to be one (CONTEXT.md section 2 A1).
constexpr double kRatioMinLevel = 10.0;
// Hours before a step that its detection needs: a 24 h baseline and 12 h of the new level.
constexpr int kStepHistoryHours = 48;
// A value held at or under this (ug/m3; CO mg/m3 x 10) is an analyser's floor, not a freeze.
constexpr double kConstantFloor = 1.0;

double roundTo(double v, double step) {
    return std::round(v / step) * step;
}

// The value an anomaly window starts from: the hour itself, else the nearest valid one.
double level0(const std::vector<float>& vals, size_t first) {
    for (size_t d = 0; d < vals.size(); ++d) {
        if (first >= d && !std::isnan(vals[first - d]))
            return vals[first - d];
        if (first + d < vals.size() && !std::isnan(vals[first + d]))
            return vals[first + d];
    }
    return 20.0;
}

// Where a lowering by `factor` over `hours` stays observable: the nearest start (within a week
// either side of `planned`, not before `earliest`) whose lowered values keep their 20th
// percentile above the level under which A1 judges no ratio of a station to its reference.
std::optional<int> observableStart(const std::vector<float>& vals, int planned, int hours,
                                   double factor, int earliest) {
    const int n = static_cast<int>(vals.size());
    std::vector<float> w;
    const auto observable = [&](int s) {
        w.clear();
        for (int h = s; h < s + hours; ++h)
            if (!std::isnan(vals[static_cast<size_t>(h)]))
                w.push_back(vals[static_cast<size_t>(h)]);
        if (w.size() < static_cast<size_t>(hours) / 2)
            return false;
        const auto q = w.begin() + static_cast<std::ptrdiff_t>(w.size() / 5);
        std::nth_element(w.begin(), q, w.end());
        return *q * factor >= 1.05 * kRatioMinLevel;
    };
    for (int d = 0; d <= 7 * 24; ++d)
        for (const int s : {planned + d, planned - d})
            if (s >= earliest && s + hours <= n && observable(s))
                return s;
    return std::nullopt;
}

// The observed span (max - min) of a station series over the local days before `first`, on
// valid (flag N) hours: what the band rule compares a window's range with.
double observedSpan(const std::vector<float>& vals, const std::vector<char>& flags, size_t first,
                    std::int64_t startTs) {
    const std::int64_t firstTs = startTs + static_cast<std::int64_t>(first) * 3600;
    const std::int64_t localMidnight = (firstTs + 8 * 3600) / 86400 * 86400 - 8 * 3600;
    const std::int64_t fromTs = localMidnight - static_cast<std::int64_t>(kBandSpanDays) * 86400;
    const size_t from = static_cast<size_t>(std::max<std::int64_t>(0, (fromTs - startTs) / 3600));
    float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
    for (size_t h = from; h < first; ++h)
        if (!std::isnan(vals[h]) && flags[h] == 'N') {
            lo = std::min(lo, vals[h]);
            hi = std::max(hi, vals[h]);
        }
    return hi > lo ? double(hi - lo) : 0.0;
}

} // namespace

const char* stationCode(int index) {
    constexpr const char* kCodes[kStationCodes] = {"a34004", "a34002", "a21026", "a21004",
                                                   "a21005", "a05024", "a01007", "a01008",
                                                   "a01001", "a01002"};
    return kCodes[index];
}

double StationSimulator::noiseSigma(Species s, bool micro, double level) {
    //                              PM2.5 PM10  SO2  NO2  CO    O3
    constexpr double kAbs[] = {2.0, 3.0, 1.0, 2.0, 0.04, 3.0};
    constexpr double kAbsMicro[] = {5.0, 8.0, 3.0, 5.0, 0.10, 7.0};
    const double rel = micro ? 0.10 : 0.04;
    const double a = (micro ? kAbsMicro : kAbs)[static_cast<int>(s)];
    return std::sqrt(a * a + rel * rel * level * level);
}

StationSimulator::StationSimulator(const std::vector<StationInfo>& stations,
                                   const WeatherModel& weather, const WeatherBackground& background,
                                   const PuffField& puffs,
                                   const std::vector<EpisodeReceptorInfo>& episodes,
                                   std::int64_t startTs, int hours, std::uint64_t seed)
    : m_stations(stations), m_weather(weather), m_background(background), m_puffs(puffs),
      m_episodes(episodes), m_startTs(startTs), m_hours(hours), m_seed(seed) {}

std::vector<StationAnomaly> StationSimulator::planAnomalies() const {
    std::vector<StationAnomaly> out;
    NoiseStream rng(m_seed, "stations.a1");
    const int perKind = std::max(1, static_cast<int>(std::lround(m_hours / 24.0 / 5.0)));
    std::vector<int> fixed, micro;
    for (size_t i = 0; i < m_stations.size(); ++i)
        (m_stations[i].micro ? micro : fixed).push_back(static_cast<int>(i));
    std::vector<char> used(m_stations.size(), 0);
    const auto pick = [&](const std::vector<int>& pool) {
        for (int tries = 0; tries < 1000; ++tries) {
            const int s = pool[static_cast<size_t>(rng.below(static_cast<int>(pool.size())))];
            if (!used[static_cast<size_t>(s)]) {
                used[static_cast<size_t>(s)] = 1;
                return s;
            }
        }
        return pool.front();
    };
    // `history`: hours the window should start after, when the run is long enough (a band is
    // only a band against the span its station showed before it).
    const auto window = [&](int minH, int maxH, int history = 0) {
        const int len = std::min(m_hours, minH + rng.below(maxH - minH + 1));
        const int room = m_hours - len + 1;
        const int skip = room - history >= 24 ? history : 0;
        const int start = skip + rng.below(std::max(1, room - skip));
        return std::make_pair(start, len);
    };
    for (int k = 0; k < perKind; ++k) {
        {
            const auto [s, len] = window(6, 12);
            out.push_back({pick(rng.chance(0.5) ? fixed : micro), AnomalyKind::Constant,
                           rng.chance(0.6) ? 0 : 3, s, len, 1.0});
        }
        {
            const auto [s, len] = window(26, 32, kBandHistoryHours);
            out.push_back({pick(fixed), AnomalyKind::Band, 0, s, len, 1.0});
        }
        {
            const auto [s, len] = window(18, 36);
            out.push_back({pick(rng.chance(0.5) ? fixed : micro), AnomalyKind::Step,
                           rng.chance(0.5) ? 0 : 3, s, len, 0.4});
        }
        {
            const auto [s, len] = window(24, 40);
            out.push_back(
                {pick(micro), AnomalyKind::Disagree, 0, s, len, rng.chance(0.6) ? 2.4 : 0.35});
        }
    }
    return out;
}

StationSeries StationSimulator::simulate(int index,
                                         const std::vector<StationAnomaly>& anomalies) const {
    const StationInfo& st = m_stations[static_cast<size_t>(index)];
    NoiseStream rng(m_seed, "stations.series", static_cast<std::uint64_t>(index));
    StationSeries out;
    for (int c = 0; c < kStationCodes; ++c) {
        out.values[static_cast<size_t>(c)].assign(static_cast<size_t>(m_hours), kMissing);
        out.flags[static_cast<size_t>(c)].assign(static_cast<size_t>(m_hours), 'N');
    }
    // A micro-station's sensors carry a persistent calibration bias.
    double bias[kSpeciesCount];
    for (double& b : bias)
        b = st.micro ? std::clamp(rng.gauss(1.0, 0.07), 0.85, 1.15) : 1.0;
    double noise[kSpeciesCount] = {0, 0, 0, 0, 0, 0};
    const double missingP = st.micro ? 0.02 : 0.006;
    int faultLeft = 0;
    const double x = st.localM.x(), y = st.localM.y();
    std::vector<double> excess(m_episodes.size());
    std::vector<std::pair<int, double>> contrib;

    for (int h = 0; h < m_hours; ++h) {
        const std::int64_t ts = m_startTs + static_cast<std::int64_t>(h) * 3600;
        const double mid = static_cast<double>(ts) + 1800.0;
        double level[kSpeciesCount];
        m_background.values(st.localM, mid, level);

        // Hour-mean of the puff field, per episode.
        std::fill(excess.begin(), excess.end(), 0.0);
        bool touched = false;
        for (int k = 0; k < kSamplesPerHour; ++k) {
            const double t = static_cast<double>(ts) + (k + 0.5) * 3600.0 / kSamplesPerHour;
            if (!m_puffs.mayTouch(x, y, 0.0, t))
                continue;
            m_puffs.contributions(x, y, kInletHeightM, t, contrib);
            for (const auto& [src, c] : contrib) {
                excess[static_cast<size_t>(src)] += c / kSamplesPerHour;
                touched = true;
            }
        }
        double added[kSpeciesCount] = {0, 0, 0, 0, 0, 0};
        if (touched)
            for (size_t e = 0; e < m_episodes.size(); ++e)
                for (const SpeciesShare& sh : m_episodes[e].shares)
                    added[static_cast<int>(sh.species)] += excess[e] * sh.factor;

        // Missing hours (no row at all) and short fault runs (flag D).
        if (faultLeft == 0 && rng.chance(0.0015))
            faultLeft = 1 + rng.below(4);
        const bool missing = rng.chance(missingP);
        for (int s = 0; s < kSpeciesCount; ++s) {
            const Species sp = static_cast<Species>(s);
            const double truth = level[s] + added[s];
            const double sigma = noiseSigma(sp, st.micro, truth);
            noise[s] = 0.6 * noise[s] + 0.8 * sigma * rng.gauss();
            const double v = std::max(0.0, truth * bias[s] + noise[s]);
            if (missing)
                continue;
            out.values[static_cast<size_t>(s)][static_cast<size_t>(h)] =
                static_cast<float>(roundTo(v, sp == Species::CO ? 0.001 : 0.1));
        }
        // Meteorology at the station.
        const QPointF wind = m_weather.windAt(x, y, 10.0, mid);
        const double ws = std::max(0.1, std::hypot(wind.x(), wind.y()) + rng.gauss(0, 0.15));
        double wd = qRadiansToDegrees(std::atan2(-wind.x(), -wind.y())) + rng.gauss(0, 6);
        wd = std::fmod(wd + 720.0, 360.0);
        const double met[4] = {
            roundTo(ws, 0.1), std::fmod(std::round(wd), 360.0),
            roundTo(m_weather.temperatureCAt(st.localM, mid) + rng.gauss(0, 0.2), 0.1),
            roundTo(
                std::clamp(m_weather.humidityAt(st.localM, mid) + rng.gauss(0, 1.5), 5.0, 100.0),
                1.0)};
        if (!missing)
            for (int k = 0; k < 4; ++k)
                out.values[static_cast<size_t>(kSpeciesCount + k)][static_cast<size_t>(h)] =
                    static_cast<float>(met[k]);

        // Flags: a weekly zero/span check of the gas analysers at 03:00, fault runs.
        const int localHour = static_cast<int>(((ts + 8 * 3600) / 3600) % 24);
        const int localDay = static_cast<int>((ts + 8 * 3600) / 86400);
        if (!missing && localHour == 3 && (localDay + index) % 7 == 0)
            for (int s = static_cast<int>(Species::SO2); s <= static_cast<int>(Species::O3); ++s)
                out.flags[static_cast<size_t>(s)][static_cast<size_t>(h)] = 'C';
        if (faultLeft > 0) {
            if (!missing)
                out.flags[0][static_cast<size_t>(h)] = out.flags[1][static_cast<size_t>(h)] = 'D';
            --faultLeft;
        }

        // The episodes this station saw: hour-mean excess above three noise sigmas.
        if (touched && !missing)
            for (size_t e = 0; e < m_episodes.size(); ++e) {
                if (m_episodes[e].shares.empty() || excess[e] <= 0)
                    continue;
                const SpeciesShare& main = m_episodes[e].shares.front();
                const double ex = excess[e] * main.factor;
                const int s = static_cast<int>(main.species);
                if (ex > 3.0 * noiseSigma(main.species, st.micro, level[s]))
                    out.observations.push_back({m_episodes[e].id, QStringLiteral("site"),
                                                st.site.id, ts, st.site.lon, st.site.lat, ex});
            }
    }

    // A1 anomalies: a clean, flag-N stretch shaped like the fault it stands for.
    for (size_t k = 0; k < anomalies.size(); ++k) {
        if (anomalies[k].station != index)
            continue;
        StationAnomaly a = anomalies[k];
        // A lowering must stay where ratios are judged, or no station would show it: moved to
        // the nearest hours where it is, else (NO2 is often too low) made on PM2.5. A step also
        // needs the day and a half before it that its baseline and recent medians take.
        if (a.factor < 1.0) {
            const bool step = a.kind == AnomalyKind::Step;
            const int earliest =
                step && m_hours - a.hours >= 2 * kStepHistoryHours ? kStepHistoryHours : 0;
            std::optional<int> start;
            for (const int c : {step ? a.code : 0, 0}) {
                start = observableStart(out.values[static_cast<size_t>(c)], a.startHour, a.hours,
                                        a.factor, earliest);
                if (start) {
                    a.code = step ? c : a.code;
                    break;
                }
            }
            if (!start && a.startHour < earliest)
                start = earliest;
            if (start)
                a.startHour = *start;
            if (a.startHour != anomalies[k].startHour || a.code != anomalies[k].code)
                out.injectedAs.push_back({k, a});
        }
        const auto codesOf = [&]() -> std::vector<int> {
            if (a.kind == AnomalyKind::Disagree)
                return {0, 1};
            return {a.code};
        };
        for (const int c : codesOf()) {
            auto& vals = out.values[static_cast<size_t>(c)];
            auto& flags = out.flags[static_cast<size_t>(c)];
            const size_t first = static_cast<size_t>(a.startHour);
            const size_t last = std::min(vals.size(), first + static_cast<size_t>(a.hours));
            // Fill missing hours first so the window is complete and its start has a value.
            double fill = level0(vals, first);
            for (size_t h = first; h < last; ++h) {
                if (std::isnan(vals[h]))
                    vals[h] = static_cast<float>(fill);
                fill = vals[h];
                flags[h] = 'N';
            }
            double start = vals[first];
            // A frozen analyser holds a reading, not its floor (a clean hour at 0 is resolution).
            if (a.kind == AnomalyKind::Constant && start <= kConstantFloor)
                start = std::max(
                    kConstantFloor + 1.0,
                    double(*std::max_element(vals.begin() + static_cast<std::ptrdiff_t>(first),
                                             vals.begin() + static_cast<std::ptrdiff_t>(last))));
            // The band's half-width: a share of the span its station showed before; when the
            // run is too short to have one, 0.5 % of the level.
            const double span = observedSpan(vals, flags, first, m_startTs);
            const double half =
                span > 0 ? 0.5 * kBandShareOfSpan * span : 0.005 * std::max(start, 10.0);
            for (size_t h = first; h < last; ++h) {
                switch (a.kind) {
                case AnomalyKind::Constant:
                    vals[h] = static_cast<float>(start);
                    break;
                case AnomalyKind::Band:
                    vals[h] = static_cast<float>(roundTo(start + rng.uniform(-half, half), 0.1));
                    break;
                case AnomalyKind::Step:
                case AnomalyKind::Disagree:
                    vals[h] = static_cast<float>(roundTo(vals[h] * a.factor, 0.1));
                    break;
                }
            }
        }
    }
    return out;
}

} // namespace eco::demo
