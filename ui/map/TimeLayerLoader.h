// TimeLayerLoader: new snapshots of the map layers that depend on the map time (stations coloured
// by their latest PM2.5, the satellite raster of the day and product, the vehicle track of the
// day, every vehicle), for the time slider. It reads the catalogue once and then only what a time
// step needs; a layer whose data did not change (same raster file, same day's track) is not
// rebuilt, so the canvas keeps its cached image. Layer ids match CityMapLoader's, so the new
// snapshots replace the old ones in place. Layers that hold a whole day and pick the hour when
// they draw (surface, lidar) are not reloaded here: their dependsOnTime() tells the canvas to
// redraw them from its cache's point of view.
#pragma once

#include "core/model/RasterRecord.h"
#include "core/model/Site.h"
#include "core/render/MapLayer.h"

#include <QList>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace eco::store {
class Database;
}

namespace eco::ui {

class TimeLayerLoader {
public:
    // db must outlive the loader.
    explicit TimeLayerLoader(store::Database& db);

    // The raster products the store holds (AOD, NO2, ...), for the raster layer's style choice.
    QStringList rasterProducts() const;
    // A new product makes the next load() return the raster layer again.
    void setRasterProduct(const QString& product);
    QString rasterProduct() const { return m_product; }

    // The layers that changed between the last call and ts. Store errors are reported in
    // problems and the layer is left out (the old snapshot stays on the map).
    std::vector<std::shared_ptr<render::MapLayer>> load(std::int64_t ts, QStringList* problems);

    // Says the layers CityMapLoader built for ts are current, so the first load() at the same
    // day and raster returns only the stations.
    void markLoaded(std::int64_t ts);

    static bool dependsOnTime(const QString& layerId);

private:
    store::Database& m_db;
    QList<model::Site> m_sites;
    QList<model::RasterRecord> m_rasters;
    QStringList m_vehicles;
    QString m_product = QStringLiteral("AOD");
    QString m_lastRasterPath;
    std::int64_t m_lastTrackDay = -1;
};

} // namespace eco::ui
