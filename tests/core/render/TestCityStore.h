// TestCityStore: a small, fixed store for the render and UI tests: one district, a river, a
// park, a ring road and a road; three stations (two national, one micro) with hourly PM2.5 at
// different air-quality levels; three enterprises; a vehicle track with PM2.5 along it; a small
// EPSG:4326 GeoTIFF with a nodata corner. Everything is placed around (104.06 E, 30.66 N) and
// the map time is fixed, so rendered images are stable and comparable with control images.
#pragma once

#include <QPointF>
#include <QString>

#include <cstdint>

namespace eco::testing {

struct TestCityStore {
    static constexpr std::int64_t kMapTime = 1790816400; // 2026-10-01T09:00:00+08:00
    static constexpr double kRasterWest = 103.98, kRasterEast = 104.14;
    static constexpr double kRasterSouth = 30.60, kRasterNorth = 30.72;

    // Creates the store and the raster under dir. Returns the store path; throws on failure.
    static QString create(const QString& dir);
    static QString rasterPath(const QString& dir);
    // Lon/lat of the test sites.
    static QPointF siteLonLat(int i);
    static QString siteId(int i);
};

} // namespace eco::testing
