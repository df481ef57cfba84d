// SiteLayer: the air monitoring stations as markers coloured by a measure at the map time: the
// real-time AQI (HJ 633 official level colours) or one pollutant's latest hourly concentration
// in the colours of its IAQI band (PM2.5 by default; grey when there is no value). National,
// super, photochemical and transport stations are drawn larger than micro-stations and on top of
// them. Markers are sprites; the legend lists the bands in the measure's own units. Hit testing
// projects the markers like the renderer (LayerProjector), so it works in any display CRS.
#pragma once

#include "core/model/Site.h"
#include "core/render/MapLayer.h"
#include "core/render/SpatialGrid.h"

#include <QHash>
#include <QList>
#include <QStringList>

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
    double value = std::numeric_limits<double>::quiet_NaN(); // of the layer's measure
    bool major() const { return kind != QLatin1String("micro"); }
};

struct SiteData {
    std::vector<SiteMarker> sites; // micro-stations first, so major ones draw on top
    SpatialGrid grid;
    geo::GeoRect lonLatExtent;
    std::int64_t time = 0;
    QString measure; // "aqi" or a pollutant code
};

class SiteLayer : public MapLayer {
public:
    static constexpr const char* kAqi = "aqi";
    static constexpr const char* kPm25 = "a34004";

    // pm25: latest valid hourly PM2.5 per site id at time ts (SeriesRepository::latestValues).
    SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& pm25, std::int64_t ts);
    // values: the measure per site id at ts (SiteValueLoader::load).
    SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& values,
              std::int64_t ts, const QString& measure);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const SiteData& data() const { return *m_data; }
    QString measure() const { return m_data->measure; }

    // The measures a user can colour by: "aqi" then the six AQI pollutants.
    static QStringList measures();
    // Translated name of a measure ("AQI", "PM2.5", ...).
    static QString measureLabel(const QString& measure);
    // Level 0-5 of a value of the measure at time ts (-1: no value), the colour index.
    static int level(const QString& measure, double value, std::int64_t ts);

    static constexpr double kMajorDiameter = 14; // DIP
    static constexpr double kMicroDiameter = 8;

private:
    std::shared_ptr<const SiteData> m_data;
};

} // namespace eco::render
