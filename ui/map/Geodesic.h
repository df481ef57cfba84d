// Geodesic: lengths and areas on the WGS84 ellipsoid for the measurement tools, through the
// GeographicLib algorithms PROJ ships (<geodesic.h>: geod_inverse, geod_polygonarea), so a
// measured distance does not carry Web Mercator's 1/cos(lat) stretch. Points are lon/lat degrees
// (x = lon, y = lat). Also the human-readable forms (m / km, m² / km²) the canvas shows.
#pragma once

#include <QPointF>
#include <QString>

#include <span>

namespace eco::ui::geodesic {

// Length of the geodesic between two points, metres.
double distanceM(QPointF a, QPointF b);
// Sum of the geodesic legs of a polyline, metres (0 for fewer than two points).
double pathLengthM(std::span<const QPointF> lonLat);
// Area of the geodesic polygon (closed implicitly), m², always positive; 0 for fewer than three
// points.
double polygonAreaM2(std::span<const QPointF> lonLat);
// Perimeter of the closed geodesic polygon, metres.
double polygonPerimeterM(std::span<const QPointF> lonLat);

QString formatDistance(double metres);
QString formatArea(double squareMetres);

} // namespace eco::ui::geodesic
