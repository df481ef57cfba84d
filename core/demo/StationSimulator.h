// StationSimulator: the hourly readings of every ambient station: background (WeatherBackground)
// plus the puff field of every episode, with instrument noise (micro-stations noisier and
// slightly miscalibrated), meteorology, occasional missing hours and flags, and the injected A1
// anomalies (constant value, low-variance band, step change, micro-station disagreeing with its
// nearest national station). It also reports every (episode, station, hour) whose excess is
// significant, for truth_observations. One station is generated independently of the others, so
// stations run in parallel.
#pragma once

#include "core/demo/PuffModel.h"
#include "core/demo/StationNetwork.h"
#include "core/demo/WeatherBackground.h"
#include "core/model/GroundTruth.h"

#include <QStringList>

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace eco::demo {

constexpr int kStationCodes = 10;
// a34004 a34002 a21026 a21004 a21005 a05024 (species order), then a01007 a01008 a01001 a01002.
const char* stationCode(int index);

enum class AnomalyKind { Constant, Band, Step, Disagree };

struct StationAnomaly {
    int station = 0;
    AnomalyKind kind = AnomalyKind::Constant;
    int code = 0; // index into the station codes
    int startHour = 0;
    int hours = 0;
    double factor = 1.0;
};

struct StationSeries {
    std::array<std::vector<float>, kStationCodes> values; // NaN: hour missing (no row)
    std::array<std::vector<char>, kStationCodes> flags;
    std::vector<model::TruthObservation> observations;
    // Anomalies (index into the plan) injected otherwise than planned: a lowering moved to the
    // nearest hours (or onto the code) where its station's level keeps it observable.
    std::vector<std::pair<size_t, StationAnomaly>> injectedAs;
};

// Per episode: its id and how its emitted pollutant shows in ambient species.
struct EpisodeReceptorInfo {
    QString id;
    std::vector<SpeciesShare> shares;
};

class StationSimulator {
public:
    StationSimulator(const std::vector<StationInfo>& stations, const WeatherModel& weather,
                     const WeatherBackground& background, const PuffField& puffs,
                     const std::vector<EpisodeReceptorInfo>& episodes, std::int64_t startTs,
                     int hours, std::uint64_t seed);

    // A1 anomalies to inject: at least one of each kind, about six of each per 30 days.
    std::vector<StationAnomaly> planAnomalies() const;
    StationSeries simulate(int station, const std::vector<StationAnomaly>& anomalies) const;
    // Absolute noise (one sigma) of a species at a station kind for a given level.
    static double noiseSigma(Species s, bool micro, double level);

private:
    const std::vector<StationInfo>& m_stations;
    const WeatherModel& m_weather;
    const WeatherBackground& m_background;
    const PuffField& m_puffs;
    const std::vector<EpisodeReceptorInfo>& m_episodes;
    std::int64_t m_startTs;
    int m_hours;
    std::uint64_t m_seed;
};

} // namespace eco::demo
