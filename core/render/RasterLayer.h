// RasterLayer: one raster of the store's rasters table (a satellite product, by default the
// newest AOD at the map time) drawn through a colour ramp. Each worker keeps its own GDAL dataset
// open between renders (GdalDatasetCache: handles are not shared between threads, and GDAL's
// decoded blocks stay warm), reads only the visible window of the overview whose resolution is
// the coarsest still finer than the output, at that overview's size, and maps every output
// pixel back to the source through PROJ (a coarse grid of exact transforms, interpolated between,
// which is exact enough for a lon/lat source and handles any CRS and rotated geotransforms).
// Nodata is transparent. A file that cannot be read draws nothing and reports why. The record's
// path is any GDAL source name: a file (GeoTIFF, GeoPackage, MBTiles, ...), a subdataset
// (NETCDF:"f.nc":var) or a tile service description (RasterSource). How values become colours is
// the layer's RasterStyle (RasterStyle.h), kept apart from the read code.
#pragma once

#include "core/model/RasterRecord.h"
#include "core/render/MapLayer.h"
#include "core/render/RasterStyle.h"

#include <QList>

#include <cstdint>
#include <optional>

namespace eco::render {

class RasterLayer : public MapLayer {
public:
    explicit RasterLayer(model::RasterRecord record);
    // A raster the user added (a file or a tile service), under its own id and name.
    RasterLayer(QString id, QString name, model::RasterRecord record);

    // The raster to show at time ts: of this kind, preferring products containing productHint,
    // the newest at or before ts (else the earliest after it).
    static std::optional<model::RasterRecord>
    pick(const QList<model::RasterRecord>& records, std::int64_t ts,
         const QString& kind = QStringLiteral("satellite"),
         const QString& productHint = QStringLiteral("AOD"));

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    geo::GeoRect lonLatExtent() const override;
    const model::RasterRecord& record() const { return m_record; }

    RasterStyle style() const { return m_style; }
    void setStyle(const RasterStyle& style);
    // Where a tile service keeps its tiles (GDAL_DEFAULT_WMS_CACHE_PATH while it is opened);
    // empty: the service description's own <Cache> or none.
    void setTileCacheDir(const QString& dir) { m_tileCacheDir = dir; }
    QString tileCacheDir() const { return m_tileCacheDir; }

private:
    model::RasterRecord m_record;
    RasterStyle m_style;
    QString m_tileCacheDir;
};

} // namespace eco::render
