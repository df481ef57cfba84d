#include "core/trace/PolarStatistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>

namespace eco::trace {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kCalmMs = 0.5; // below this a vane has no direction (as the CPF)
} // namespace

bool PolarGrid::binOf(double speed, double direction, int& sector, int& ring) const {
    if (!std::isfinite(speed) || !std::isfinite(direction) || speed < kCalmMs || sectors <= 0 ||
        rings <= 0 || speed > maxSpeedMs)
        return false;
    const double width = 360.0 / sectors;
    double d = std::fmod(direction + width / 2, 360.0);
    if (d < 0)
        d += 360;
    sector = std::min(sectors - 1, static_cast<int>(d / width));
    ring = std::min(rings - 1, static_cast<int>(speed / ringMs));
    return true;
}

PolarGrid polarStatistics(std::span<const WindSample> samples, const PolarOptions& o) {
    PolarGrid g;
    g.sectors = std::max(4, o.sectors);
    g.ringMs = o.ringMs > 0 ? o.ringMs : 1.0;
    std::vector<double> speeds, values;
    for (const auto& s : samples)
        if (std::isfinite(s.speedMs) && std::isfinite(s.directionDeg) && std::isfinite(s.value) &&
            s.speedMs >= kCalmMs) {
            speeds.push_back(s.speedMs);
            values.push_back(s.value);
        }
    double maxSpeed = o.maxSpeedMs;
    if (maxSpeed <= 0)
        maxSpeed = speeds.empty() ? g.ringMs : quantile(speeds, 0.98);
    g.rings = std::max(1, static_cast<int>(std::ceil(maxSpeed / g.ringMs - 1e-9)));
    g.maxSpeedMs = g.rings * g.ringMs;
    g.threshold = values.empty() ? kNaN : quantile(values, o.percentile);
    const size_t bins = static_cast<size_t>(g.sectors * g.rings);
    std::vector<double> sum(bins, 0.0);
    std::vector<int> above(bins, 0);
    g.counts.assign(bins, 0);
    for (const auto& s : samples) {
        int sector = 0, ring = 0;
        if (!std::isfinite(s.value) || !g.binOf(s.speedMs, s.directionDeg, sector, ring))
            continue;
        const size_t i = static_cast<size_t>(sector * g.rings + ring);
        sum[i] += s.value;
        ++g.counts[i];
        if (s.value > g.threshold)
            ++above[i];
    }
    g.mean.assign(bins, kNaN);
    g.cpf.assign(bins, kNaN);
    for (size_t i = 0; i < bins; ++i)
        if (g.counts[i] >= std::max(1, o.minSamples)) {
            g.mean[i] = sum[i] / g.counts[i];
            g.cpf[i] = static_cast<double>(above[i]) / g.counts[i];
        }

    g.cells = std::max(3, o.gridCells | 1);
    const size_t cells = static_cast<size_t>(g.cells);
    g.meanGrid.assign(cells * cells, kNaN);
    g.cpfGrid.assign(cells * cells, kNaN);
    const double step = 2 * g.maxSpeedMs / g.cells;
    for (int row = 0; row < g.cells; ++row)
        for (int col = 0; col < g.cells; ++col) {
            // Wind components of the cell centre; the bearing of (x, y) is where the wind is from.
            const double x = -g.maxSpeedMs + (col + 0.5) * step;
            const double y = -g.maxSpeedMs + (row + 0.5) * step;
            const double speed = std::hypot(x, y);
            double dir = std::atan2(x, y) * 180.0 / std::numbers::pi;
            if (dir < 0)
                dir += 360;
            int sector = 0, ring = 0;
            if (!g.binOf(speed, dir, sector, ring))
                continue;
            const size_t cell = static_cast<size_t>(row) * cells + static_cast<size_t>(col);
            g.meanGrid[cell] = g.meanAt(sector, ring);
            g.cpfGrid[cell] = g.cpfAt(sector, ring);
        }
    return g;
}

} // namespace eco::trace
