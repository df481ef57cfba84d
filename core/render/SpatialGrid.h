// SpatialGrid: a uniform grid over a set of points for "what is near here" queries (hit testing
// a click, culling markers to the view). Built once per data snapshot; immutable afterwards, so
// any thread may query it. A grid beats a tree here: the points are spread over one city and the
// queries are all about a click-sized radius.
#pragma once

#include "core/geo/GeoRect.h"

#include <QPointF>

#include <optional>
#include <span>
#include <vector>

namespace eco::render {

class SpatialGrid {
public:
    SpatialGrid() = default;
    // cellSize in the points' units; at most maxCellsPerAxis cells on each axis.
    SpatialGrid(std::span<const QPointF> points, double cellSize, int maxCellsPerAxis = 512);

    // Indices of points inside rect.
    std::vector<int> query(const geo::GeoRect& rect) const;
    // Index of the nearest point within maxDistance of p.
    std::optional<int> nearest(QPointF p, double maxDistance) const;
    std::size_t size() const { return m_points.size(); }

private:
    int cellX(double x) const;
    int cellY(double y) const;
    std::vector<QPointF> m_points;
    geo::GeoRect m_bounds;
    double m_cell = 1;
    int m_nx = 0, m_ny = 0;
    std::vector<int> m_cellStart; // CSR layout: indices of cell c in m_index[start[c]..start[c+1])
    std::vector<int> m_index;
};

} // namespace eco::render
