// LocalTangentPlane: metres east/north of an origin on a local tangent plane (equirectangular at
// the origin's latitude). Within a city (tens of km) its error is a few metres, far below what
// dispersion and trajectory modelling can resolve, and it needs no PROJ context in hot loops.
#pragma once

#include <QPointF>

#include <cmath>
#include <numbers>

namespace eco::geo {

class LocalTangentPlane {
public:
    LocalTangentPlane(double originLon, double originLat)
        : m_lon0(originLon), m_lat0(originLat),
          m_cosLat(std::cos(originLat * std::numbers::pi / 180.0)) {}

    QPointF toLocal(double lon, double lat) const {
        return {(lon - m_lon0) * kMetresPerDegree * m_cosLat, (lat - m_lat0) * kMetresPerDegree};
    }
    QPointF toLonLat(QPointF m) const {
        return {m_lon0 + m.x() / (kMetresPerDegree * m_cosLat), m_lat0 + m.y() / kMetresPerDegree};
    }
    double originLon() const { return m_lon0; }
    double originLat() const { return m_lat0; }

private:
    // WGS84 equatorial radius x pi / 180.
    static constexpr double kMetresPerDegree = 6378137.0 * std::numbers::pi / 180.0;
    double m_lon0;
    double m_lat0;
    double m_cosLat;
};

} // namespace eco::geo
