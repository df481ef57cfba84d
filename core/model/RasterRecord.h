// RasterRecord: a raster file known to the store (satellite product, drone orthophoto, model
// field). The pixels stay in the file; the store keeps where, when, which CRS and its checksum.
#pragma once

#include <QRectF>
#include <QString>

#include <cstdint>
#include <optional>

namespace eco::model {

struct RasterRecord {
    std::int64_t id = 0;
    QString path;
    QString kind;    // satellite / drone / model
    QString product; // AOD, NO2, ... free text
    std::optional<std::int64_t> ts;
    QString crs;                                     // WKT or EPSG:n of the file
    double west = 0, south = 0, east = 0, north = 0; // WGS84 bounds
    int width = 0, height = 0, bands = 0;
    QString sha256;
    int overviews = 0;
};

} // namespace eco::model
