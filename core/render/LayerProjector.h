// LayerProjector: takes a vector layer's stored coordinates (Web Mercator metres computed from the
// lon/lat it was given) to the render's destination CRS and pixels. The default case, WGS84 data
// on a Web Mercator map, is the identity and costs nothing. Otherwise each point goes back to
// lon/lat, is corrected from GCJ-02 or BD-09 to WGS84 when the layer declares its data is in one
// of those (core/geo/ChinaOffsets), and is projected to the destination CRS through PROJ. Built
// inside a renderer, on its worker, so the PROJ context is that thread's own.
// ProjectedPointsCache keeps a layer's points projected to a destination CRS, so a layer with many
// points (a day of 1 Hz tracks) goes through PROJ once per CRS and datum, not once per render.
#pragma once

#include "core/geo/CrsTransform.h"
#include "core/render/MapLayer.h"
#include "core/render/MapSettings.h"

#include <QMutex>
#include <QPainterPath>
#include <QPointF>

#include <list>
#include <memory>
#include <optional>
#include <span>
#include <vector>

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
    // Destination CRS coordinates of many stored points (NaN where they cannot be transformed).
    std::vector<QPointF> toWorld(std::span<const QPointF> mercator) const;
    // What the destination and datum are, as a cache key.
    QString key() const;
    const MapSettings& settings() const { return m_settings; }

private:
    MapSettings m_settings;
    MapLayer::LonLatDatum m_datum;
    bool m_identity = true;
    bool m_destMercator = true;
    std::optional<geo::CrsTransform> m_toDest; // lon/lat WGS84 -> destination
    QString m_error;
};

// Thread-safe: renderers of the same layer on several workers share one. Keeps the few most
// recently used CRSs; the identity case (WGS84 data on Web Mercator) needs no copy at all.
class ProjectedPointsCache {
public:
    static constexpr int kCrsKept = 3;

    // The points in proj's destination CRS: computed on the first call for a CRS, then shared.
    std::shared_ptr<const std::vector<QPointF>> get(const LayerProjector& proj,
                                                    std::span<const QPointF> mercator) const;

private:
    struct Entry {
        QString key;
        std::shared_ptr<const std::vector<QPointF>> points;
    };
    mutable QMutex m_mutex;
    mutable std::list<Entry> m_entries; // most recently used first
};

} // namespace eco::render
