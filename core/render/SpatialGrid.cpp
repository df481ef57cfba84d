#include "core/render/SpatialGrid.h"

#include <algorithm>
#include <cmath>

namespace eco::render {

SpatialGrid::SpatialGrid(std::span<const QPointF> points, double cellSize, int maxCellsPerAxis)
    : m_points(points.begin(), points.end()) {
    for (const QPointF& p : m_points)
        if (std::isfinite(p.x()) && std::isfinite(p.y()))
            m_bounds = m_bounds.including(p);
    if (m_points.empty() || !(m_bounds.west <= m_bounds.east))
        return;
    const double span = std::max(m_bounds.width(), m_bounds.height());
    m_cell = std::max(cellSize, span / std::max(1, maxCellsPerAxis));
    if (!(m_cell > 0))
        m_cell = 1;
    m_nx = static_cast<int>(m_bounds.width() / m_cell) + 1;
    m_ny = static_cast<int>(m_bounds.height() / m_cell) + 1;
    const auto cells = static_cast<std::size_t>(m_nx) * static_cast<std::size_t>(m_ny);
    std::vector<int> counts(cells + 1, 0);
    std::vector<int> cellOf(m_points.size(), -1);
    for (std::size_t i = 0; i < m_points.size(); ++i) {
        const QPointF& p = m_points[i];
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
            continue;
        cellOf[i] = cellY(p.y()) * m_nx + cellX(p.x());
        ++counts[static_cast<std::size_t>(cellOf[i]) + 1];
    }
    for (std::size_t c = 1; c < counts.size(); ++c)
        counts[c] += counts[c - 1];
    m_cellStart = counts;
    m_index.assign(static_cast<std::size_t>(counts.back()), 0);
    std::vector<int> fill(counts.begin(), counts.end() - 1);
    for (std::size_t i = 0; i < m_points.size(); ++i)
        if (cellOf[i] >= 0)
            m_index[static_cast<std::size_t>(fill[static_cast<std::size_t>(cellOf[i])]++)] =
                static_cast<int>(i);
}

int SpatialGrid::cellX(double x) const {
    return std::clamp(static_cast<int>((x - m_bounds.west) / m_cell), 0, m_nx - 1);
}
int SpatialGrid::cellY(double y) const {
    return std::clamp(static_cast<int>((y - m_bounds.south) / m_cell), 0, m_ny - 1);
}

std::vector<int> SpatialGrid::query(const geo::GeoRect& r) const {
    std::vector<int> out;
    if (m_nx == 0 || !(r.west <= r.east) || !(r.south <= r.north) || r.east < m_bounds.west ||
        r.west > m_bounds.east || r.north < m_bounds.south || r.south > m_bounds.north)
        return out;
    const int x0 = cellX(r.west), x1 = cellX(r.east), y0 = cellY(r.south), y1 = cellY(r.north);
    for (int cy = y0; cy <= y1; ++cy)
        for (int cx = x0; cx <= x1; ++cx) {
            const auto c = static_cast<std::size_t>(cy * m_nx + cx);
            for (int k = m_cellStart[c]; k < m_cellStart[c + 1]; ++k) {
                const int i = m_index[static_cast<std::size_t>(k)];
                if (r.contains(m_points[static_cast<std::size_t>(i)]))
                    out.push_back(i);
            }
        }
    return out;
}

std::optional<int> SpatialGrid::nearest(QPointF p, double maxDistance) const {
    std::optional<int> best;
    double bestD2 = maxDistance * maxDistance;
    for (int i : query({p.x() - maxDistance, p.y() - maxDistance, p.x() + maxDistance,
                        p.y() + maxDistance})) {
        const QPointF d = m_points[static_cast<std::size_t>(i)] - p;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD2) {
            bestD2 = d2;
            best = i;
        }
    }
    return best;
}

} // namespace eco::render
