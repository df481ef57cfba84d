// RasterImporter: `ecosentry import raster`. Records a raster file GDAL can open (satellite
// product, drone orthophoto, model field) in the store: size, bands, CRS, WGS84 bounds and the
// file's SHA-256. When the file has no overviews it builds them (AVERAGE, factors 2, 4, 8, ...
// until the smallest side is under 256 pixels): inside a writable GeoTIFF, otherwise as an
// external .ovr, so the map can draw it at any zoom without reading every pixel. The record's
// path is relative to the store's directory when the file lies under it (the pair can be moved
// together), absolute otherwise. A file GDAL cannot open stores nothing.
#pragma once

#include "core/model/RasterRecord.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace eco::store {
class Database;
}

namespace eco::ingest {

struct RasterImportResult {
    bool ok = false;
    QString error; // "FILE: reason" when !ok
    model::RasterRecord record;
    bool builtOverviews = false;
};

class RasterImporter {
public:
    explicit RasterImporter(store::Database& db);

    // kind: satellite / drone / model. ts: the time the raster shows, if known.
    RasterImportResult import(const QString& file, const QString& kind,
                              std::optional<std::int64_t> ts, const QString& product = {});

private:
    store::Database& m_db;
};

} // namespace eco::ingest
