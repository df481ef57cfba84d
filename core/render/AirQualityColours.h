// AirQualityColours: the six air-quality levels of HJ 633 with their official colours, and the
// PM2.5 level of a concentration under the edition in force at a time (the 2026 edition moved the
// 24 h breakpoint between levels 2 and 3 from 75 to 60 ug/m3 from 2026-03-01). The map colours
// station markers by it; the full AQI lives in core/aq.
#pragma once

#include <QColor>
#include <QString>

#include <array>
#include <cmath>
#include <cstdint>

namespace eco::render::AirQuality {

inline constexpr int kLevels = 6;
inline constexpr std::int64_t kEdition2026Start = 1772294400; // 2026-03-01T00:00:00+08:00

inline QColor levelColour(int level) {
    static constexpr std::array<QRgb, kLevels> colours{0xff00e400, 0xffffff00, 0xffff7e00,
                                                       0xffff0000, 0xff99004c, 0xff7e0023};
    if (level < 0 || level >= kLevels)
        return QColor(0x9e, 0x9e, 0x9e); // no data
    return QColor::fromRgba(colours[static_cast<std::size_t>(level)]);
}

// Upper bounds of levels 0..4 (ug/m3, 24 h breakpoints); above the last one: level 5.
inline std::array<double, 5> pm25Bounds(std::int64_t ts) {
    if (ts >= kEdition2026Start)
        return {35, 60, 115, 150, 250};
    return {35, 75, 115, 150, 250};
}

// -1 for a missing value.
inline int pm25Level(double ugm3, std::int64_t ts) {
    if (!std::isfinite(ugm3) || ugm3 < 0)
        return -1;
    const auto bounds = pm25Bounds(ts);
    for (int i = 0; i < 5; ++i)
        if (ugm3 <= bounds[static_cast<std::size_t>(i)])
            return i;
    return 5;
}

} // namespace eco::render::AirQuality
