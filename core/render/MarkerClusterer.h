// MarkerClusterer: grid clustering of point markers for a zoomed-out map. The grid is anchored
// at the destination CRS's origin with cells of a fixed size in pixels, so a marker stays in the
// same cluster while the map pans and a cluster is the same for the renderer that draws it and
// the hit test that clicks it. Clusters whose centres end up closer than kMergeFraction of a cell
// (a group cut by a cell edge) are merged, so bubbles do not sit on top of each other. Every marker
// of the input is in exactly one cluster (a cluster of one is a marker drawn on its own), so the
// counts always add up to the markers given.
#pragma once

#include "core/geo/GeoRect.h"

#include <QPointF>

#include <span>
#include <vector>

namespace eco::render {

struct MarkerCluster {
    std::vector<int> members; // indices into the input, ascending
    QPointF centre;           // mean of the members' positions (world units)
    geo::GeoRect bounds;      // of the members' positions (world units)
    int count() const { return static_cast<int>(members.size()); }
};

class MarkerClusterer {
public:
    // cellWorld: the cell size in world units (cell pixels x map units per pixel).
    // Points that are NaN (not transformable) are left out.
    static std::vector<MarkerCluster> cluster(std::span<const QPointF> world, double cellWorld);
    // Clusters closer than this fraction of a cell are merged after the grid pass.
    static constexpr double kMergeFraction = 0.75;

private:
    static std::vector<MarkerCluster> mergeNeighbours(std::vector<MarkerCluster> clusters,
                                                      double distance);
};

} // namespace eco::render
