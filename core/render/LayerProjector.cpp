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

std::vector<QPointF> LayerProjector::toWorld(std::span<const QPointF> mercator) const {
    if (m_identity)
        return {mercator.begin(), mercator.end()};
    std::vector<QPointF> out;
    out.reserve(mercator.size());
    if (m_destMercator || !m_toDest) {
        for (const QPointF& p : mercator)
            out.push_back(toWorld(p));
        return out;
    }
    // One PROJ call for the whole array instead of one per point.
    std::vector<double> xs(mercator.size()), ys(mercator.size());
    for (std::size_t i = 0; i < mercator.size(); ++i) {
        const QPointF ll = geo::WebMercator::toLonLat(mercator[i]);
        geo::LonLat p{ll.x(), ll.y()};
        if (m_datum == MapLayer::LonLatDatum::Gcj02)
            p = geo::gcj02ToWgs84(p);
        else if (m_datum == MapLayer::LonLatDatum::Bd09)
            p = geo::bd09ToWgs84(p);
        xs[i] = p.lon;
        ys[i] = p.lat;
    }
    m_toDest->transformInPlace(xs, ys);
    for (std::size_t i = 0; i < xs.size(); ++i)
        out.emplace_back(xs[i], ys[i]);
    return out;
}

QString LayerProjector::key() const {
    return m_settings.destinationCrs().toUpper() + QLatin1Char('|') +
           QString::number(static_cast<int>(m_datum));
}

std::shared_ptr<const std::vector<QPointF>>
ProjectedPointsCache::get(const LayerProjector& proj, std::span<const QPointF> mercator) const {
    const QString key = proj.key();
    {
        const QMutexLocker lock(&m_mutex);
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->key == key) {
                m_entries.splice(m_entries.begin(), m_entries, it);
                return m_entries.front().points;
            }
    }
    // Projected outside the lock: two workers may both compute it once; both results are equal.
    auto points = std::make_shared<const std::vector<QPointF>>(proj.toWorld(mercator));
    const QMutexLocker lock(&m_mutex);
    m_entries.push_front({key, points});
    while (static_cast<int>(m_entries.size()) > kCrsKept)
        m_entries.pop_back();
    return points;
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
