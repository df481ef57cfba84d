#include "core/render/LayerProjector.h"

#include "core/geo/ChinaOffsets.h"
#include "core/geo/GeoError.h"
#include "core/geo/WebMercator.h"

#include <cmath>
#include <limits>

namespace eco::render {

LayerProjector::LayerProjector(const MapSettings& settings, MapLayer::LonLatDatum datum)
    : m_settings(settings), m_datum(datum) {
    m_destMercator = settings.isWebMercator();
    m_identity = m_destMercator && datum == MapLayer::LonLatDatum::Wgs84;
    if (!m_destMercator) {
        try {
            m_toDest.emplace(QStringLiteral("EPSG:4326"), settings.destinationCrs());
        } catch (const geo::GeoError& e) {
            m_error = QString::fromUtf8(e.what());
        }
    }
}

QPointF LayerProjector::toWorld(QPointF mercator) const {
    if (m_identity)
        return mercator;
    constexpr double nan = std::numeric_limits<double>::quiet_NaN();
    const QPointF ll = geo::WebMercator::toLonLat(mercator);
    geo::LonLat p{ll.x(), ll.y()};
    if (m_datum == MapLayer::LonLatDatum::Gcj02)
        p = geo::gcj02ToWgs84(p);
    else if (m_datum == MapLayer::LonLatDatum::Bd09)
        p = geo::bd09ToWgs84(p);
    if (m_destMercator)
        return geo::WebMercator::fromLonLat(p.lon, p.lat);
    if (!m_toDest)
        return {nan, nan};
    double x = p.lon, y = p.lat;
    m_toDest->transformInPlace(std::span<double>(&x, 1), std::span<double>(&y, 1));
    return {x, y};
}

QPainterPath LayerProjector::toPixel(const QPainterPath& mercator) const {
    if (m_identity)
        return m_settings.worldToPixelTransform().map(mercator);
    QPainterPath out = mercator;
    for (int i = 0; i < out.elementCount(); ++i) {
        const QPainterPath::Element e = out.elementAt(i);
        const QPointF px = toPixel(QPointF(e.x, e.y));
        out.setElementPositionAt(i, px.x(), px.y());
    }
    return out;
}

} // namespace eco::render
