// LayerProjector: takes a vector layer's stored coordinates (Web Mercator metres computed from the
// lon/lat it was given) to the render's destination CRS and pixels. The default case, WGS84 data
// on a Web Mercator map, is the identity and costs nothing. Otherwise each point goes back to
// lon/lat, is corrected from GCJ-02 or BD-09 to WGS84 when the layer declares its data is in one
// of those (core/geo/ChinaOffsets), and is projected to the destination CRS through PROJ. Built
// inside a renderer, on its worker, so the PROJ context is that thread's own.
#pragma once

#include "core/geo/CrsTransform.h"
#include "core/render/MapLayer.h"
#include "core/render/MapSettings.h"

#include <QPainterPath>
#include <QPointF>

#include <optional>

namespace eco::render {

class LayerProjector {
public:
    // Never throws: an unknown destination CRS leaves error() set and maps every point to NaN.
    LayerProjector(const MapSettings& settings, MapLayer::LonLatDatum datum);

    bool isIdentity() const { return m_identity; }
    QString error() const { return m_error; }
    // Destination CRS coordinates of a stored point; NaN when it cannot be transformed.
    QPointF toWorld(QPointF mercator) const;
    QPointF toPixel(QPointF mercator) const { return m_settings.worldToPixel(toWorld(mercator)); }
    // A whole path in device-independent pixels.
    QPainterPath toPixel(const QPainterPath& mercator) const;
    const MapSettings& settings() const { return m_settings; }

private:
    MapSettings m_settings;
    MapLayer::LonLatDatum m_datum;
    bool m_identity = true;
    bool m_destMercator = true;
    std::optional<geo::CrsTransform> m_toDest; // lon/lat WGS84 -> destination
    QString m_error;
};

} // namespace eco::render
