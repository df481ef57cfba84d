// MarkerSprites: point symbols drawn once into small images at the render's device pixel ratio and
// then blitted per marker. Blitting a sprite is an order of magnitude faster than anti-aliased
// vector drawing per marker (DESIGN.md section 6), and it keeps symbols crisp at 2x.
#pragma once

#include <QColor>
#include <QImage>
#include <QPointF>

class QPainter;

namespace eco::render::MarkerSprites {

// A filled circle with an outline; diameter in device-independent pixels.
QImage circle(const QColor& fill, const QColor& outline, double diameter, double dpr);
// A small factory: saw-tooth roof and a chimney, tinted; size is the width in DIP.
QImage factory(const QColor& tint, double size, double dpr);
// Draws the sprite centred on centre (DIP).
void draw(QPainter& p, const QImage& sprite, QPointF centre);

} // namespace eco::render::MarkerSprites
