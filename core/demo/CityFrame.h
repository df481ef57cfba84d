// CityFrame: the fixed geometry of the fictional city around Chengdu (30.66 N, 104.06 E): its
// districts (a core inside the second ring and sectors of the outer annulus), ring radii and
// industrial parks. Independent of the seed, so layouts from any seed share one map, and both
// demo sides place things in the same districts. Local metric coordinates are east/north metres
// from the centre on a local tangent plane (good to a few metres over 40 km).
#pragma once

#include "core/geo/LocalTangentPlane.h"

#include <QPointF>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace eco::demo {

struct District {
    QString id;     // D01..D09
    QString name;   // Chinese name, as shown on the map
    QString nameEn; // English name
    // Core: distance < innerM. Sector: innerM <= distance < outerM and bearing in [fromDeg, toDeg).
    double innerM = 0;
    double outerM = 0;
    double fromDeg = 0;
    double toDeg = 360;
};

struct IndustrialPark {
    QString id;
    QString name;
    QPointF centreM; // local metres (east, north)
    double radiusM = 0;
    QStringList industries; // industries that cluster here
};

class CityFrame {
public:
    CityFrame();

    static constexpr double kCentreLon = 104.06;
    static constexpr double kCentreLat = 30.66;
    static constexpr double kCityRadiusM = 26000; // outer edge of the districts

    const std::vector<District>& districts() const { return m_districts; }
    const std::vector<IndustrialPark>& parks() const { return m_parks; }
    // Ring roads (radius in metres from the centre): 1st, 2nd, 3rd ring and the ring expressway.
    std::array<double, 4> ringRadiiM() const { return {3200, 6500, 10500, 17000}; }

    QPointF toLocal(double lon, double lat) const;
    QPointF toLonLat(QPointF localM) const; // x = lon, y = lat
    // The district containing a point, or the nearest one for points outside the city.
    const District& districtAt(QPointF localM) const;

private:
    geo::LocalTangentPlane m_plane{kCentreLon, kCentreLat};
    std::vector<District> m_districts;
    std::vector<IndustrialPark> m_parks;
};

} // namespace eco::demo
