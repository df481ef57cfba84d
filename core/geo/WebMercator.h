// WebMercator: the spherical Mercator maths of EPSG:3857 (lon/lat degrees <-> metres) and the
// slippy-map zoom levels. It is closed-form, so the hot paths (markers, tracks) project without
// a PROJ call per point; CrsTransform handles every other CRS.
#pragma once

#include "core/geo/GeoRect.h"

#include <QPointF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::geo::WebMercator {

inline constexpr double kEarthRadiusM = 6378137.0;
inline constexpr double kMaxLatitude = 85.05112877980659; // where the square world ends
inline constexpr double kHalfWorldM = std::numbers::pi * kEarthRadiusM;
inline constexpr int kTileSize = 256;

inline QPointF fromLonLat(double lon, double lat) {
    const double clamped = std::clamp(lat, -kMaxLatitude, kMaxLatitude);
    const double x = kEarthRadiusM * lon * std::numbers::pi / 180.0;
    const double y =
        kEarthRadiusM * std::log(std::tan(std::numbers::pi / 4 + clamped * std::numbers::pi / 360));
    return {x, y};
}
inline QPointF fromLonLat(QPointF lonLat) {
    return fromLonLat(lonLat.x(), lonLat.y());
}

// x = lon, y = lat.
inline QPointF toLonLat(double x, double y) {
    const double lon = x / kEarthRadiusM * 180.0 / std::numbers::pi;
    const double lat = (2 * std::atan(std::exp(y / kEarthRadiusM)) - std::numbers::pi / 2) * 180.0 /
                       std::numbers::pi;
    return {lon, lat};
}
inline QPointF toLonLat(QPointF m) {
    return toLonLat(m.x(), m.y());
}

inline GeoRect fromLonLat(const GeoRect& r) {
    const QPointF sw = fromLonLat(r.west, r.south), ne = fromLonLat(r.east, r.north);
    return {sw.x(), sw.y(), ne.x(), ne.y()};
}
inline GeoRect toLonLat(const GeoRect& r) {
    const QPointF sw = toLonLat(r.west, r.south), ne = toLonLat(r.east, r.north);
    return {sw.x(), sw.y(), ne.x(), ne.y()};
}

// Projected metres per 256-px tile pixel at a zoom level (on the equator in projected units).
inline double metresPerPixel(double zoom) {
    return 2 * kHalfWorldM / (kTileSize * std::pow(2.0, zoom));
}
// The zoom level whose projected resolution is mpp.
inline double zoomForMetresPerPixel(double mpp) {
    return std::log2(2 * kHalfWorldM / (kTileSize * mpp));
}
// Mercator stretches distances by 1/cos(lat): true ground metres per projected metre.
inline double groundScale(double lat) {
    return std::cos(lat * std::numbers::pi / 180.0);
}

} // namespace eco::geo::WebMercator
