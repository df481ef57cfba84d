// ColourRamp: a 256-entry lookup table interpolated from a few colour stops, used to colour
// raster values (and to draw the ramp in the legend). Viridis by default: perceptually ordered
// and readable by colour-blind users, which a rainbow is not. The named ramps are the ones a user
// can choose in a raster's style: viridis, a sequential yellow-orange-red-purple ramp for
// PM2.5 / AOD / NO2 columns (light = clean, dark = polluted), grey and magma.
#pragma once

#include <QColor>
#include <QList>
#include <QRgb>
#include <QStringList>

#include <array>

namespace eco::render {

class ColourRamp {
public:
    explicit ColourRamp(const QList<QColor>& stops);
    static ColourRamp viridis();
    // "viridis", "pollution", "grey", "magma"; an unknown name gives viridis.
    static ColourRamp byName(const QString& name);
    static QStringList names();
    // The ramp's name for people (translated).
    static QString displayName(const QString& name);

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
