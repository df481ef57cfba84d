// CityMapLoader: builds the standard layer stack of the city map from a store (basemap, the
// satellite raster at the map time, the interpolated PM2.5 surface and the lidar PPI scans of the
// map day, every vehicle track of that day, enterprises, stations, place names: bottom first) and
// the extent to open on. The GUI and `ecosentry render` both call it, so they draw the same map.
// Loading reads the store once into immutable layer snapshots; a layer that fails to load is left
// out and the reason is listed in problems.
#pragma once

#include "core/geo/GeoRect.h"
#include "core/render/MapLayer.h"
#include "core/render/MapRenderJob.h"

#include <QColor>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::render {

struct CityMap {
    std::vector<std::shared_ptr<MapLayer>> layers; // bottom first
    geo::GeoRect lonLatExtent;                     // what to show first
    std::int64_t time = 0;                         // map time (UTC seconds)
    QColor background;
    QStringList problems;
    bool hasData = false; // false for an empty store: the caller says so to the user

    LayerStack stack() const { return {layers.begin(), layers.end()}; }
    QStringList visibleLayerIds() const;
    std::shared_ptr<MapLayer> layer(const QString& id) const;
};

class CityMapLoader {
public:
    // time: the map time; default the last hour with readings in the store.
    static CityMap load(store::Database& db, std::optional<std::int64_t> time = std::nullopt);
};

} // namespace eco::render
