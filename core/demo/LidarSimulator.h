// LidarSimulator: the 13 scanning aerosol lidars (L01..L13), two around each industrial park
// and three in the city. Each makes a PPI scan every 15 minutes at low elevation; a bin's value
// is a PM-equivalent concentration: the background with a fall-off above the mixing layer, plus
// the puff field at the beam's height, plus noise growing with range. Scans whose bins see an
// episode's plume clearly become truth observations. Values are encoded for the store on the
// generating thread, so the writer only binds blobs.
#pragma once

#include "core/demo/PuffModel.h"
#include "core/demo/StationSimulator.h"
#include "core/demo/WeatherBackground.h"
#include "core/model/GroundTruth.h"
#include "core/model/LidarScan.h"

#include <QByteArray>
#include <QPointF>

#include <cstdint>
#include <vector>

namespace eco::demo {

struct LidarSite {
    model::Lidar lidar;
    QPointF localM;
};

struct LidarDay {
    std::vector<model::LidarScan> scans; // values already moved into `encoded`
    std::vector<QByteArray> encoded;     // LidarScanRepository::encodeValues of each scan
    std::vector<model::TruthObservation> observations;
};

class LidarSimulator {
public:
    static constexpr int kRays = 48;
    static constexpr int kBins = 60;
    static constexpr double kBinM = 75;
    static constexpr double kRangeStartM = 75;
    static constexpr double kElevationDeg = 2.5;
    static constexpr int kScanEveryS = 900;

    static std::vector<LidarSite> plan(const CityFrame& frame);

    LidarSimulator(const std::vector<LidarSite>& sites, const WeatherModel& weather,
                   const WeatherBackground& background, const PuffField& puffs,
                   const std::vector<EpisodeReceptorInfo>& episodes, std::int64_t startTs,
                   std::uint64_t seed);

    // The scans of one lidar over one day (96 scans from startTs + day * 86400).
    LidarDay simulateDay(int lidar, int day) const;
    // How strongly a lidar sees an episode's pollutant (aerosol: PM fully, SO2/NO2 partly).
    static double aerosolWeight(const EpisodeReceptorInfo& e);

private:
    const CityFrame m_frame; // fixed geometry: a copy is cheap and keeps the simulator standalone
    const std::vector<LidarSite>& m_sites;
    const WeatherModel& m_weather;
    const WeatherBackground& m_background;
    const PuffField& m_puffs;
    const std::vector<EpisodeReceptorInfo>& m_episodes;
    std::vector<double> m_weights;
    std::int64_t m_startTs;
    std::uint64_t m_seed;
};

} // namespace eco::demo
