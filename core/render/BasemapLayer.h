// BasemapLayer: the city's vector basemap (districts with their Chinese names, river and water,
// parks, ring roads and roads) from the store's basemap_features. The WKB is parsed once with OGR
// into QPainterPaths in Web Mercator metres; each render maps the visible paths to pixels and
// strokes them with the BasemapStyle.
#pragma once

#include "core/model/BasemapFeature.h"
#include "core/render/BasemapStyle.h"
#include "core/render/MapLayer.h"

#include <QList>
#include <QPainterPath>

#include <memory>
#include <vector>

namespace eco::render {

struct BasemapShape {
    QString layer;
    QString name;
    int rank = 0;
    QPainterPath path; // Web Mercator metres
    geo::GeoRect bounds;
    bool polygonal = false;
    QPointF labelPoint;
};

struct BasemapData {
    std::vector<BasemapShape> shapes; // in drawing order
    geo::GeoRect lonLatExtent;
};

class BasemapLayer : public MapLayer {
public:
    // Features that cannot be parsed are skipped; loadError() names them.
    BasemapLayer(const QList<model::BasemapFeature>& features, BasemapStyle style);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    std::size_t featureCount() const { return m_data->shapes.size(); }
    const BasemapStyle& style() const { return m_style; }
    // The snapshot, shared with the label layer drawn above the rasters and markers.
    std::shared_ptr<const BasemapData> data() const { return m_data; }

private:
    std::shared_ptr<const BasemapData> m_data;
    BasemapStyle m_style;
};

} // namespace eco::render
