// VehicleSimulator: the five mobile monitoring vehicles (走航车). On working days they drive
// 09:00-12:00 and 13:30-17:30 local over the RoadNetwork at 20-50 km/h, with stops at junctions
// and sampling stops in the industrial parks, logging a 1 Hz GPS fix with PM2.5 and NO2: the
// background at the vehicle plus the puff field, seen through a first-order sensor lag and
// noise. Each minute in which an episode's excess at the vehicle is significant becomes one
// truth observation. One vehicle is generated independently of the others (parallel).
#pragma once

#include "core/demo/BasemapBuilder.h"
#include "core/demo/PuffModel.h"
#include "core/demo/StationSimulator.h"
#include "core/demo/WeatherBackground.h"
#include "core/model/GroundTruth.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace eco::demo {

struct VehicleTrack {
    QString id;   // V01..V05
    QString name; // 走航车1号 ...
    std::vector<std::int64_t> ts;
    std::vector<double> lon, lat;
    std::vector<float> pm25, no2; // ug/m3
    std::vector<model::TruthObservation> observations;
};

class VehicleSimulator {
public:
    static constexpr int kVehicles = 5;

    VehicleSimulator(const CityFrame& frame, const Basemap& map,
                     const WeatherBackground& background, const PuffField& puffs,
                     const std::vector<EpisodeReceptorInfo>& episodes, std::int64_t startTs,
                     int days, std::uint64_t seed);

    VehicleTrack simulate(int vehicle) const;

private:
    const CityFrame& m_frame;
    const Basemap& m_map;
    const WeatherBackground& m_background;
    const PuffField& m_puffs;
    const std::vector<EpisodeReceptorInfo>& m_episodes;
    std::int64_t m_startTs;
    int m_days;
    std::uint64_t m_seed;
};

} // namespace eco::demo
