#include "core/render/MarkerSprites.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace eco::render::MarkerSprites {

namespace {

QImage blank(double w, double h, double dpr) {
    QImage img(static_cast<int>(std::ceil(w * dpr)), static_cast<int>(std::ceil(h * dpr)),
               QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::transparent);
    img.setDevicePixelRatio(dpr);
    return img;
}

} // namespace

QImage circle(const QColor& fill, const QColor& outline, double diameter, double dpr) {
    const double margin = 2;
    QImage img = blank(diameter + 2 * margin, diameter + 2 * margin, dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(outline, 1.4));
    p.setBrush(fill);
    p.drawEllipse(QRectF(margin, margin, diameter, diameter));
    return img;
}

QImage factory(const QColor& tint, double size, double dpr) {
    const double w = size, h = size * 0.9, margin = 1.5;
    QImage img = blank(w + 2 * margin, h + 2 * margin, dpr);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(margin, margin);
    // Body with a saw-tooth roof of two teeth and a chimney on the right.
    QPainterPath path;
    const double base = h, roof = h * 0.45, tooth = h * 0.22;
    path.moveTo(0, base);
    path.lineTo(0, roof);
    path.lineTo(w * 0.3, roof - tooth);
    path.lineTo(w * 0.3, roof);
    path.lineTo(w * 0.6, roof - tooth);
    path.lineTo(w * 0.6, roof);
    path.lineTo(w * 0.72, roof);
    path.lineTo(w * 0.72, 0);
    path.lineTo(w * 0.9, 0);
    path.lineTo(w * 0.9, roof);
    path.lineTo(w, roof);
    path.lineTo(w, base);
    path.closeSubpath();
    p.setPen(QPen(tint.darker(170), 1.1));
    p.setBrush(tint);
    p.drawPath(path);
    return img;
}

void draw(QPainter& p, const QImage& sprite, QPointF centre) {
    const QSizeF s = sprite.deviceIndependentSize();
    p.drawImage(QPointF(centre.x() - s.width() / 2, centre.y() - s.height() / 2), sprite);
}

} // namespace eco::render::MarkerSprites
