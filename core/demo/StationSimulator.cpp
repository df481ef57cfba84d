#include "core/demo/StationSimulator.h"

#include "core/demo/WeatherNoise.h"

#include <QtMath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace eco::demo {

namespace {

constexpr float kMissing = std::numeric_limits<float>::quiet_NaN();
constexpr double kInletHeightM = 4.0;
constexpr int kSamplesPerHour = 12; // the puff field is averaged over the hour

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
    const auto window = [&](int minH, int maxH) {
        const int len = std::min(m_hours, minH + rng.below(maxH - minH + 1));
        const int start = rng.below(std::max(1, m_hours - len + 1));
        return std::make_pair(start, len);
    };
    for (int k = 0; k < perKind; ++k) {
        {
            const auto [s, len] = window(6, 12);
            out.push_back({pick(rng.chance(0.5) ? fixed : micro), AnomalyKind::Constant,
                           rng.chance(0.6) ? 0 : 3, s, len, 1.0});
        }
        {
            const auto [s, len] = window(26, 32);
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
    for (const StationAnomaly& a : anomalies) {
        if (a.station != index)
            continue;
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
            const double start = vals[first];
            for (size_t h = first; h < last; ++h) {
                switch (a.kind) {
                case AnomalyKind::Constant:
                    vals[h] = static_cast<float>(start);
                    break;
                case AnomalyKind::Band:
                    vals[h] = static_cast<float>(roundTo(start + rng.uniform(-2.5, 2.5), 0.1));
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
