// BasemapLabelLayer: the basemap's place names (districts, and any layer whose style has a label
// colour), drawn with a white halo as their own layer at the top of the stack, so rasters and
// markers drawn above the basemap never hide them. It shares the basemap's parsed snapshot.
#pragma once

#include "core/render/BasemapLayer.h"

#include <memory>

namespace eco::render {

class BasemapLabelLayer : public MapLayer {
public:
    explicit BasemapLabelLayer(const BasemapLayer& basemap);

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }

private:
    std::shared_ptr<const BasemapData> m_data;
    BasemapStyle m_style;
};

} // namespace eco::render
