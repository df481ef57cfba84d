#include "core/render/MapComposition.h"

#include <QPainter>

#include <cmath>
#include <cstring>

namespace eco::render {

QRectF MapComposition::targetRect(const MapSettings& from, const MapSettings& to) {
    if (!from.hasValidExtent() || !to.hasValidExtent() ||
        from.destinationCrs().compare(to.destinationCrs(), Qt::CaseInsensitive) != 0)
        return {};
    const geo::GeoRect v = from.visibleExtent();
    const QPointF topLeft = to.worldToPixel({v.west, v.north});
    const QPointF bottomRight = to.worldToPixel({v.east, v.south});
    return QRectF(topLeft, bottomRight);
}

void MapComposition::paintLayers(QPainter& p, const MapSettings& to,
                                 std::span<const LayerImage> layers) {
    const QRectF full(QPointF(0, 0), QSizeF(to.outputSize()));
    for (const LayerImage& l : layers) {
        if (l.image.isNull() || l.opacity <= 0)
            continue;
        p.setOpacity(l.opacity);
        if (l.drawnFor.sameView(to)) {
            p.drawImage(QPointF(0, 0), l.image);
            continue;
        }
        const QRectF target = targetRect(l.drawnFor, to);
        if (target.isEmpty() || !target.intersects(full))
            continue;
        p.save();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, l.image);
        p.restore();
    }
    p.setOpacity(1.0);
}

QImage MapComposition::compose(const MapSettings& to, std::span<const LayerImage> layers,
                               const QColor& background) {
    QImage image(to.deviceOutputSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(to.devicePixelRatio());
    image.fill(background);
    QPainter p(&image);
    paintLayers(p, to, layers);
    return image;
}

void MapComposition::panFrame(const QImage& composed, const MapSettings& drawnFor,
                              const MapSettings& to, const QColor& background, QImage& frame) {
    const QSize size = to.deviceOutputSize();
    if (frame.size() != size || frame.format() != QImage::Format_ARGB32_Premultiplied)
        frame = QImage(size, QImage::Format_ARGB32_Premultiplied);
    frame.setDevicePixelRatio(to.devicePixelRatio());
    const QRectF target = targetRect(drawnFor, to);
    const double dpr = to.devicePixelRatio();
    const QRectF dev(target.topLeft() * dpr, target.size() * dpr);
    const bool sameScale = composed.format() == QImage::Format_ARGB32_Premultiplied &&
                           std::abs(dev.width() - composed.width()) < 0.01 &&
                           std::abs(dev.height() - composed.height()) < 0.01;
    const long dx = std::lround(dev.left()), dy = std::lround(dev.top());
    const bool wholePixels = std::abs(dev.left() - dx) < 0.01 && std::abs(dev.top() - dy) < 0.01;
    if (composed.isNull() || target.isEmpty()) {
        frame.fill(background);
        return;
    }
    if (!sameScale || !wholePixels) {
        frame.fill(background);
        QPainter p(&frame);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(target, composed);
        return;
    }
    // Row copies: a 4K frame is 33 MB, and memcpy moves it in a few milliseconds where a
    // blended draw takes several times that.
    const QRgb bg = qPremultiply(background.rgba());
    const int w = size.width(), h = size.height();
    const int srcW = composed.width(), srcH = composed.height();
    const int x0 = static_cast<int>(std::max<long>(0, dx));
    const int x1 = static_cast<int>(std::min<long>(w, dx + srcW));
    for (int y = 0; y < h; ++y) {
        auto* line = reinterpret_cast<QRgb*>(frame.scanLine(y));
        const long sy = y - dy;
        if (sy < 0 || sy >= srcH || x1 <= x0) {
            std::fill(line, line + w, bg);
            continue;
        }
        std::fill(line, line + x0, bg);
        const auto* src =
            reinterpret_cast<const QRgb*>(composed.constScanLine(static_cast<int>(sy)));
        std::memcpy(line + x0, src + (x0 - dx), static_cast<std::size_t>(x1 - x0) * sizeof(QRgb));
        std::fill(line + x1, line + w, bg);
    }
}

} // namespace eco::render
