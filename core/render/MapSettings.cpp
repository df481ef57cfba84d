#include "core/render/MapSettings.h"

#include <algorithm>
#include <cmath>

namespace eco::render {

void MapSettings::setExtent(const geo::GeoRect& extent) {
    m_extent = extent;
    update();
}

void MapSettings::setOutputSize(QSize dipSize) {
    m_size = dipSize;
    update();
}

void MapSettings::setDevicePixelRatio(double dpr) {
    m_dpr = dpr > 0 ? dpr : 1.0;
}

QSize MapSettings::deviceOutputSize() const {
    return {static_cast<int>(std::lround(m_size.width() * m_dpr)),
            static_cast<int>(std::lround(m_size.height() * m_dpr))};
}

bool MapSettings::isWebMercator() const {
    return m_crs.compare(QLatin1String(kDefaultCrs), Qt::CaseInsensitive) == 0 ||
           m_crs.compare(QLatin1String("EPSG:900913"), Qt::CaseInsensitive) == 0;
}

void MapSettings::update() {
    if (!m_extent.isValid() || m_size.isEmpty()) {
        m_visible = {};
        m_mupp = 0;
        return;
    }
    m_mupp = std::max(m_extent.width() / m_size.width(), m_extent.height() / m_size.height());
    const QPointF c = m_extent.centre();
    const double hw = m_mupp * m_size.width() / 2, hh = m_mupp * m_size.height() / 2;
    m_visible = {c.x() - hw, c.y() - hh, c.x() + hw, c.y() + hh};
}

QPointF MapSettings::worldToPixel(QPointF world) const {
    return {(world.x() - m_visible.west) / m_mupp, (m_visible.north - world.y()) / m_mupp};
}

QPointF MapSettings::pixelToWorld(QPointF pixel) const {
    return {m_visible.west + pixel.x() * m_mupp, m_visible.north - pixel.y() * m_mupp};
}

QTransform MapSettings::worldToPixelTransform() const {
    if (m_mupp <= 0)
        return {};
    const double s = 1.0 / m_mupp;
    return QTransform(s, 0, 0, -s, -m_visible.west * s, m_visible.north * s);
}

MapSettings MapSettings::pannedByPixels(QPointF d) const {
    MapSettings out = *this;
    const double dx = -d.x() * m_mupp, dy = d.y() * m_mupp;
    out.m_extent = {m_visible.west + dx, m_visible.south + dy, m_visible.east + dx,
                    m_visible.north + dy};
    out.update();
    return out;
}

MapSettings MapSettings::zoomedAbout(QPointF anchorPixel, double factor) const {
    if (factor <= 0 || !hasValidExtent())
        return *this;
    const QPointF anchor = pixelToWorld(anchorPixel);
    auto scale = [&](double v, double a) { return a + (v - a) / factor; };
    MapSettings out = *this;
    out.m_extent = {scale(m_visible.west, anchor.x()), scale(m_visible.south, anchor.y()),
                    scale(m_visible.east, anchor.x()), scale(m_visible.north, anchor.y())};
    out.update();
    return out;
}

bool MapSettings::sameView(const MapSettings& o) const {
    return m_visible == o.m_visible && m_size == o.m_size && m_dpr == o.m_dpr && m_crs == o.m_crs;
}

} // namespace eco::render
