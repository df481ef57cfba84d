// LidarLayer: the plan-position (PPI) scans of the scanning lidars: for each lidar, the newest PPI
// scan at or before the map time (no older than an hour) drawn as its sectors of range bins,
// coloured by the PM-equivalent extinction, with a ramp legend. The layer holds the scans of a
// time window (a day, by CityMapLoader), so the time slider redraws only this layer. Sectors are
// filled per pixel (range and azimuth from the lidar's position on the ground), which at
// thousands of bins per scan is far cheaper than a polygon per bin and leaves no seams.
#pragma once

#include "core/model/LidarScan.h"
#include "core/render/MapLayer.h"

#include <QList>

#include <cstdint>
#include <memory>
#include <vector>

namespace eco::render {

struct LidarSite {
    model::Lidar lidar;
    QPointF world;                       // Web Mercator metres
    std::vector<model::LidarScan> scans; // PPI only, by time
};

struct LidarData {
    std::vector<LidarSite> sites;
    geo::GeoRect lonLatExtent;
    double rampMax = 150;
};

class LidarLayer : public MapLayer {
public:
    // Scans of unknown lidars and non-PPI scans are ignored.
    LidarLayer(const QList<model::Lidar>& lidars, const QList<model::LidarScan>& scans,
               double rampMax = 150);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    bool dependsOnTime() const override { return true; }
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    std::size_t scanCount() const;

    static constexpr std::int64_t kMaxAgeS = 3600;

private:
    std::shared_ptr<const LidarData> m_data;
};

} // namespace eco::render
