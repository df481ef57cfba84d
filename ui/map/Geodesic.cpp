#include "ui/map/Geodesic.h"

#include <QCoreApplication>

#include <geodesic.h>

#include <cmath>
#include <vector>

namespace eco::ui::geodesic {

namespace {

// WGS84; geod_init is cheap, and a local object keeps the functions free of shared state.
geod_geodesic wgs84() {
    geod_geodesic g{};
    geod_init(&g, 6378137.0, 1 / 298.257223563);
    return g;
}

QString tr(const char* text) {
    return QCoreApplication::translate("eco::ui::geodesic", text);
}

} // namespace

double distanceM(QPointF a, QPointF b) {
    const geod_geodesic g = wgs84();
    double s12 = 0;
    geod_inverse(&g, a.y(), a.x(), b.y(), b.x(), &s12, nullptr, nullptr);
    return s12;
}

double pathLengthM(std::span<const QPointF> lonLat) {
    double sum = 0;
    for (std::size_t i = 1; i < lonLat.size(); ++i)
        sum += distanceM(lonLat[i - 1], lonLat[i]);
    return sum;
}

double polygonAreaM2(std::span<const QPointF> lonLat) {
    if (lonLat.size() < 3)
        return 0;
    const geod_geodesic g = wgs84();
    std::vector<double> lats, lons;
    lats.reserve(lonLat.size());
    lons.reserve(lonLat.size());
    for (const QPointF& p : lonLat) {
        lons.push_back(p.x());
        lats.push_back(p.y());
    }
    double area = 0, perimeter = 0;
    geod_polygonarea(&g, lats.data(), lons.data(), static_cast<int>(lonLat.size()), &area,
                     &perimeter);
    return std::abs(area);
}

double polygonPerimeterM(std::span<const QPointF> lonLat) {
    if (lonLat.size() < 2)
        return 0;
    return pathLengthM(lonLat) + distanceM(lonLat.back(), lonLat.front());
}

QString formatDistance(double m) {
    if (m >= 10000)
        return tr("%1 km").arg(m / 1000, 0, 'f', 1);
    if (m >= 1000)
        return tr("%1 km").arg(m / 1000, 0, 'f', 2);
    return tr("%1 m").arg(m, 0, 'f', 0);
}

QString formatArea(double m2) {
    if (m2 >= 1e6)
        return tr("%1 km²").arg(m2 / 1e6, 0, 'f', m2 >= 1e8 ? 0 : 2);
    return tr("%1 m²").arg(m2, 0, 'f', 0);
}

} // namespace eco::ui::geodesic
