// SiteLayer: the air monitoring stations as markers coloured by the PM2.5 air-quality level of
// their latest hourly value at the map time (grey when there is none); national, super,
// photochemical and transport stations are drawn larger than micro-stations and on top of them.
// Markers are sprites; a spatial grid answers clicks.
#pragma once

#include "core/model/Site.h"
#include "core/render/MapLayer.h"
#include "core/render/SpatialGrid.h"

#include <QHash>
#include <QList>

#include <cstdint>
#include <limits>
#include <memory>
#include <vector>

namespace eco::render {

struct SiteMarker {
    QString id;
    QString name;
    QString kind;
    QString district;
    QPointF world; // Web Mercator metres
    double pm25 = std::numeric_limits<double>::quiet_NaN();
    bool major() const { return kind != QLatin1String("micro"); }
};

struct SiteData {
    std::vector<SiteMarker> sites; // micro-stations first, so major ones draw on top
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
    std::int64_t time = 0;
};

class SiteLayer : public MapLayer {
public:
    // pm25: latest valid hourly PM2.5 per site id at time ts (SeriesRepository::latestValues).
    SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& pm25, std::int64_t ts);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const SiteData& data() const { return *m_data; }

    static constexpr double kMajorDiameter = 14; // DIP
    static constexpr double kMicroDiameter = 8;

private:
    std::shared_ptr<const SiteData> m_data;
};

} // namespace eco::render
