#include "core/render/ColourRamp.h"

#include <algorithm>
#include <cmath>

namespace eco::render {

ColourRamp::ColourRamp(const QList<QColor>& stops) : m_stops(stops) {
    if (m_stops.isEmpty())
        m_stops = {Qt::black, Qt::white};
    if (m_stops.size() == 1)
        m_stops << m_stops.front();
    const auto segments = static_cast<double>(m_stops.size() - 1);
    for (int i = 0; i < 256; ++i) {
        const double t = i / 255.0 * segments;
        const auto k = std::min(static_cast<qsizetype>(t), m_stops.size() - 2);
        const double f = t - static_cast<double>(k);
        const QColor& a = m_stops[k];
        const QColor& b = m_stops[k + 1];
        auto mix = [f](int x, int y) { return static_cast<int>(std::lround(x + (y - x) * f)); };
        const QRgb c = qRgba(mix(a.red(), b.red()), mix(a.green(), b.green()),
                             mix(a.blue(), b.blue()), mix(a.alpha(), b.alpha()));
        m_lut[static_cast<std::size_t>(i)] = qPremultiply(c);
    }
}

ColourRamp ColourRamp::viridis() {
    return ColourRamp({QColor(0x44, 0x01, 0x54), QColor(0x47, 0x2d, 0x7b), QColor(0x3b, 0x52, 0x8b),
                       QColor(0x2c, 0x72, 0x8e), QColor(0x21, 0x91, 0x8c), QColor(0x28, 0xae, 0x80),
                       QColor(0x5e, 0xc9, 0x62), QColor(0xad, 0xdc, 0x30),
                       QColor(0xfd, 0xe7, 0x25)});
}

QRgb ColourRamp::premultipliedAt(double t) const {
    if (!(t >= 0))
        t = 0;
    return premultiplied(static_cast<int>(std::lround(std::min(t, 1.0) * 255)));
}

} // namespace eco::render
