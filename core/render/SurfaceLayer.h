// SurfaceLayer: a pollutant surface interpolated from the stations and micro-stations at the map
// time (inverse distance weighting, power 2, stations within 12 km), drawn as a translucent
// colour field with a ramp legend. The layer holds the hourly values of a day for every station,
// so moving the time slider within that day re-renders only this layer (dependsOnTime). The
// field is computed on a coarse grid of screen cells and smoothly scaled up: a surface from a few
// hundred points has no detail finer than that.
#pragma once

#include "core/render/MapLayer.h"
#include "core/store/SeriesRepository.h"

#include <QHash>
#include <QList>

#include <cstdint>
#include <memory>
#include <vector>

namespace eco::model {
struct Site;
}

namespace eco::render {

struct SurfaceData {
    QString pollutantLabel;
    std::vector<QPointF> world;      // station positions, Web Mercator metres
    std::vector<std::int64_t> hours; // sorted
    std::vector<float> values;       // hours x stations, NaN when missing
    double rampMax = 150;            // values at or above take the last colour
    geo::GeoRect lonLatExtent;
};

class SurfaceLayer : public MapLayer {
public:
    // series: hourly values per site id (any range; every hour present in any is kept).
    SurfaceLayer(const QString& pollutantLabel, const QList<model::Site>& sites,
                 const QHash<QString, std::vector<store::SeriesPoint>>& series,
                 double rampMax = 150);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    bool dependsOnTime() const override { return true; }
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const SurfaceData& data() const { return *m_data; }

    static constexpr double kRadiusM = 12000;
    static constexpr std::int64_t kMaxAgeS = 3 * 3600;

private:
    std::shared_ptr<const SurfaceData> m_data;
};

} // namespace eco::render
