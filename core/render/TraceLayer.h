// TraceLayer: the answer of one source trace on the map: the back-trajectory as a dashed line
// from the receptor upwind, the upwind cone (a sector of +- the cone half-angle around the upwind
// bearing, out to the trajectory's reach) and the ranked candidates as circles with rank badges,
// the likely ones (P(top-3)) drawn stronger. Geometry is built once in lon/lat from a
// TraceReport (whose positions are metres on the tangent plane at the receptor) and kept as an
// immutable snapshot, so renders on workers share it safely. The cone is drawn by walking the
// bearing from (upwind - half) to (upwind + half) with sin/cos, so a cone across north (350 +- 30)
// is the 40-degree wedge through 0, never the 320-degree one through south. A trace started from a
// lidar plume also shows the plume's axis (from its head, the receptor, to its centroid).
#pragma once

#include "core/render/MapLayer.h"
#include "core/trace/TraceService.h"

#include <memory>
#include <vector>

namespace eco::render {

struct TraceCandidateMark {
    int rank = 0;
    QString enterpriseId;
    QString outletId;
    QPointF lonLat;
    QPointF world; // Web Mercator metres
    double pTop1 = 0;
    double pTop3 = 0;
};

struct TraceOverlay {
    QPointF receptorLonLat;
    QPointF receptorWorld;
    std::vector<QPointF> trajectoryWorld;
    std::vector<QPointF> coneWorld; // closed polygon: receptor, arc..., receptor
    double upwindBearingDeg = 0;
    double coneHalfAngleDeg = 0;
    double coneLengthM = 0;
    std::vector<TraceCandidateMark> candidates; // in rank order
    std::vector<QPointF> plumeAxisWorld;        // empty, or head and centroid of a lidar plume
    geo::GeoRect lonLatExtent;
};

class TraceLayer : public MapLayer {
public:
    static constexpr int kMaxBadges = 10;

    // report.rows gives the candidates; positions is their lon/lat by rank (same order).
    // plumeAxisLonLat: a lidar plume's head and centroid when the trace started from one.
    TraceLayer(const trace::TraceReport& report, const std::vector<QPointF>& candidateLonLat,
               const std::vector<QPointF>& plumeAxisLonLat = {});

    std::unique_ptr<MapLayerRenderer> createRenderer(const MapSettings& settings) const override;
    std::optional<FeatureHit> hitTest(const MapSettings& settings, QPointF pixel,
                                      double radiusPx) const override;
    geo::GeoRect lonLatExtent() const override { return m_data->lonLatExtent; }
    const TraceOverlay& overlay() const { return *m_data; }

    // The cone's outline in local metres (x east, y north) around the receptor at the origin:
    // the origin, `steps` + 1 arc points from upwind - half to upwind + half, the origin again.
    static std::vector<QPointF> conePolygonM(double upwindBearingDeg, double halfAngleDeg,
                                             double lengthM, int steps = 24);

private:
    std::shared_ptr<const TraceOverlay> m_data;
};

} // namespace eco::render
