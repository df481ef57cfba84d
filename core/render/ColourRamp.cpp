#include "core/render/ColourRamp.h"

#include <QCoreApplication>

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

ColourRamp ColourRamp::byName(const QString& name) {
    if (name == QLatin1String("pollution"))
        // Light yellow for clean air through orange and red to a dark purple, like the printed
        // PM2.5 and AOD maps officers know.
        return ColourRamp({QColor(0xff, 0xff, 0xcc), QColor(0xfe, 0xd9, 0x76),
                           QColor(0xfd, 0x8d, 0x3c), QColor(0xe3, 0x1a, 0x1c),
                           QColor(0xb1, 0x00, 0x26), QColor(0x6a, 0x00, 0x5a)});
    if (name == QLatin1String("grey"))
        return ColourRamp({QColor(0, 0, 0), QColor(255, 255, 255)});
    if (name == QLatin1String("magma"))
        return ColourRamp({QColor(0x00, 0x00, 0x04), QColor(0x3b, 0x0f, 0x70),
                           QColor(0x8c, 0x29, 0x81), QColor(0xde, 0x49, 0x68),
                           QColor(0xfe, 0x9f, 0x6d), QColor(0xfc, 0xfd, 0xbf)});
    return viridis();
}

QStringList ColourRamp::names() {
    return {QStringLiteral("viridis"), QStringLiteral("pollution"), QStringLiteral("grey"),
            QStringLiteral("magma")};
}

QString ColourRamp::displayName(const QString& name) {
    if (name == QLatin1String("pollution"))
        return QCoreApplication::translate("eco::render::ColourRamp",
                                           "PM2.5 / AOD (yellow to purple)");
    if (name == QLatin1String("grey"))
        return QCoreApplication::translate("eco::render::ColourRamp", "Grey");
    if (name == QLatin1String("magma"))
        return QCoreApplication::translate("eco::render::ColourRamp", "Magma");
    return QCoreApplication::translate("eco::render::ColourRamp", "Viridis");
}

QRgb ColourRamp::premultipliedAt(double t) const {
    if (!(t >= 0))
        t = 0;
    return premultiplied(static_cast<int>(std::lround(std::min(t, 1.0) * 255)));
}

} // namespace eco::render
