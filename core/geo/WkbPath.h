// WkbPath: turns a WKB geometry (as the store keeps basemap features) into a QPainterPath in a
// projected CRS, parsed with OGR. Polygons become closed subpaths (odd-even fill makes holes),
// lines open subpaths. The projection is a plain function so the caller picks the cheap
// closed-form Web Mercator or a CrsTransform.
#pragma once

#include <QByteArray>
#include <QPainterPath>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>

namespace eco::geo {

struct WkbShape {
    QPainterPath path;
    bool polygonal = false; // polygons fill; lines only stroke
    QPointF labelPoint;     // a point inside (polygon) or on (line) the geometry, projected
};

using Projector = std::function<QPointF(double lon, double lat)>;

// nullopt and *error set ("WKB: ...") when the bytes are not a geometry OGR can read, or the
// geometry kind is not a point, line or polygon (or a collection of them).
std::optional<WkbShape> wkbToShape(const QByteArray& wkb, const Projector& project,
                                   QString* error = nullptr);

} // namespace eco::geo
