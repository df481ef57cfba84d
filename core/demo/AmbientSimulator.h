// AmbientSimulator: the ambient side of the demo city. From the emitters' plan (DemoWorld) it
// makes the weather, disperses the planned episodes with a Lagrangian puff model, and writes the
// basemap, stations and their hourly readings, monitoring-vehicle tracks, lidar scans, daily
// satellite rasters (GeoTIFF files beside the store), the A1 ground truth and the receptors that
// saw each episode.
#pragma once

#include "core/demo/DemoWorld.h"

#include <QString>

#include <functional>

namespace eco::store {
class Database;
}

namespace eco::demo {

class AmbientSimulator {
public:
    using Progress = std::function<void(const QString& stage, double fraction)>;

    explicit AmbientSimulator(const DemoWorld& world);

    // Writes inside the caller's transaction. rasterDir is created when missing.
    void write(store::Database& db, const QString& rasterDir, const Progress& progress);

private:
    const DemoWorld& m_world;
};

} // namespace eco::demo
