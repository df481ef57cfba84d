// RasterSource: turns what a user types for a raster layer (GUI "Add Raster / Add Tile Service",
// `ecosentry render --layers`) into a GDAL source name: a file path (GeoTIFF, GeoPackage, MBTiles,
// netCDF subdataset, ...) as it is; an XYZ/TMS URL template `https://host/{z}/{x}/{y}.png` (also
// `{-y}` for TMS row order) as a GDAL WMS service description in Web Mercator with an on-disk
// tile cache (<Cache><Path>); a WMTS capabilities URL (or `WMTS:...`) through GDAL's WMTS driver,
// whose tiles go to the same cache through GDAL_DEFAULT_WMS_CACHE_PATH (RasterLayer sets it).
// Opening the source once (probe) checks it and reads its extent, band count and CRS, so a bad
// path or URL is reported when it is added, not at every render.
#pragma once

#include "core/geo/GeoRect.h"
#include "core/model/RasterRecord.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace eco::render {

class RasterLayer;

struct RasterSource {
    enum class Kind { File, Xyz, Wmts };
    Kind kind = Kind::File;
    QString spec;     // what the user gave
    QString gdalName; // what GDAL opens
    QString cacheDir; // tiles of a service (empty for a file)
    QString label;    // a short name for the layer panel

    // True for what parse() treats as a service or file rather than a layer id: a URL, a
    // WMTS:/<GDAL_WMS> name, a GDAL subdataset name or an existing file.
    static bool looksLikeSource(const QString& spec);
    // Nullopt with *error set when the spec is neither an existing file nor a usable URL.
    // cacheDir: where tiles of a service go (defaultCacheDir).
    static std::optional<RasterSource> parse(const QString& spec, const QString& cacheDir,
                                             QString* error);
    // Beside the store when one is given (`<store>.tiles/`), else the user's cache folder
    // (QStandardPaths::CacheLocation + `/tiles`).
    static QString defaultCacheDir(const QString& storePath = {});
};

// What opening a source tells: its extent and bands (probe errors name the source).
struct RasterSourceInfo {
    geo::GeoRect lonLatExtent; // invalid when the CRS cannot be taken to lon/lat
    int bandCount = 0;
    QStringList bandNames; // "Band 1 (Red)", ...
    QString crs;
};

std::optional<RasterSourceInfo> probeRasterSource(const RasterSource& source, QString* error);

// A layer for the source: id and name as given, RGB/palette/ramp by RasterStyle::Mode::Auto,
// the extent from the probe. Nullopt with *error when probing fails.
std::shared_ptr<RasterLayer> makeRasterLayer(const RasterSource& source, const QString& id,
                                             QString* error);

} // namespace eco::render
