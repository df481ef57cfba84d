// TrackLayer: one monitoring vehicle's route for one local day, drawn as a polyline whose
// segments are coloured by the PM2.5 measured along it (fixed concentration bins, with a legend).
// 1 Hz tracks have far more points than pixels, so each render drops points closer than about a
// pixel to the last one kept and then Douglas-Peucker at a third of a pixel (screen-space
// simplification), keeping bin changes; segments outside the view are culled, the points are
// projected once per CRS (ProjectedPointsCache), and each colour bin is stroked as one path.
#pragma once

#include "core/render/LayerProjector.h"
#include "core/render/MapLayer.h"
#include "core/store/SeriesRepository.h"

#include <QColor>
#include <QStringList>

#include <array>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace eco::render {

struct TrackData {
    QString vehicleId;
    std::int64_t dayStart = 0;
    std::vector<QPointF> world; // Web Mercator metres
    std::vector<std::int64_t> ts;
    std::vector<float> value; // NaN when not measured
    geo::GeoRect lonLatExtent;
    QStringList vehicles;            // all vehicles drawn, in order
    std::vector<std::size_t> starts; // index of each vehicle's first point (the line breaks there)
    ProjectedPointsCache projected;  // world in other CRSs, filled by the renderers
};

class TrackLayer : public MapLayer {
public:
    TrackLayer(const QString& vehicleId, std::int64_t dayStart,
               const std::vector<store::TrackFix>& fixes);
    // Every vehicle of the day in one layer (id "track"), each its own line.
    TrackLayer(std::int64_t dayStart,
               const std::vector<std::pair<QString, std::vector<store::TrackFix>>>& tracks);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    std::size_t pointCount() const { return m_data->world.size(); }

    // Upper bounds of the colour bins (ug/m3); values above the last go to the last colour.
    static constexpr std::array<double, 5> kBinBounds{35, 75, 115, 150, 250};
    static int bin(double value); // -1 when missing
    static QColor binColour(int bin);

private:
    std::shared_ptr<const TrackData> m_data;
};

} // namespace eco::render
