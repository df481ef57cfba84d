// ColourRamp: a 256-entry lookup table interpolated from a few colour stops, used to colour
// raster values (and to draw the ramp in the legend). Viridis-like by default: perceptually
// ordered and readable by colour-blind users, which a rainbow is not.
#pragma once

#include <QColor>
#include <QList>
#include <QRgb>

#include <array>

namespace eco::render {

class ColourRamp {
public:
    explicit ColourRamp(const QList<QColor>& stops);
    static ColourRamp viridis();

    // Premultiplied ARGB, for writing straight into an ARGB32_Premultiplied scanline.
    QRgb premultiplied(int index) const { return m_lut[static_cast<std::size_t>(index & 255)]; }
    // t in [0, 1], clamped.
    QRgb premultipliedAt(double t) const;
    const QList<QColor>& stops() const { return m_stops; }

private:
    QList<QColor> m_stops;
    std::array<QRgb, 256> m_lut{};
};

} // namespace eco::render
