#include "core/render/TraceLayer.h"

#include "core/geo/LocalTangentPlane.h"
#include "core/geo/WebMercator.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace eco::render {

namespace {

constexpr double kDeg = std::numbers::pi / 180.0;
constexpr double kMinConeM = 3000; // a cone shorter than this is not readable at city zoom
constexpr double kMaxConeM = 40000;
QColor plumeColour() {
    return QColor(150, 50, 190);
}

QColor rankColour(double pTop3) {
    // Likely (P(top-3) near 1) deep red, unlikely pale orange.
    const double t = std::clamp(pTop3, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(0.99 - 0.2 * t), static_cast<float>(0.65 - 0.55 * t),
                            static_cast<float>(0.35 - 0.25 * t));
}

class TraceRenderer : public MapLayerRenderer {
public:
    explicit TraceRenderer(std::shared_ptr<const TraceOverlay> data) : m_data(std::move(data)) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        if (!s.isWebMercator()) {
            setError(QCoreApplication::translate("eco::render::TraceLayer",
                                                 "the trace overlay draws in EPSG:3857 only"));
            return;
        }
        const TraceOverlay& d = *m_data;
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        // Cone: a translucent wedge with a thin edge.
        QPolygonF cone;
        for (const QPointF& w : d.coneWorld)
            cone << s.worldToPixel(w);
        p.setPen(QPen(QColor(230, 120, 20, 200), 1.2, Qt::DashLine));
        p.setBrush(QColor(255, 160, 40, 55));
        p.drawPolygon(cone);
        // Back-trajectory: a white casing under a dashed blue line, dots every hour.
        QPolygonF line;
        for (const QPointF& w : d.trajectoryWorld)
            line << s.worldToPixel(w);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(QColor(255, 255, 255, 220), 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        p.setPen(QPen(QColor(25, 90, 200), 2.5, Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(line);
        p.setBrush(QColor(25, 90, 200));
        p.setPen(Qt::NoPen);
        for (qsizetype i = 12; i < line.size(); i += 12) // 12 five-minute steps: one hour
            p.drawEllipse(line[i], 3, 3);
        if (ctx.isCancelled())
            return;
        // Candidates, weakest first so the top ranks sit on top.
        QFont f = p.font();
        f.setPixelSize(11);
        f.setBold(true);
        p.setFont(f);
        const int n = std::min<int>(static_cast<int>(d.candidates.size()), TraceLayer::kMaxBadges);
        for (int i = n - 1; i >= 0; --i) {
            const TraceCandidateMark& c = d.candidates[static_cast<size_t>(i)];
            const QPointF px = s.worldToPixel(c.world);
            const double r = c.rank <= 3 ? 11 : 8;
            p.setPen(QPen(Qt::white, 2));
            p.setBrush(rankColour(c.pTop3));
            p.drawEllipse(px, r, r);
            p.setPen(Qt::white);
            p.drawText(QRectF(px.x() - r, px.y() - r, 2 * r, 2 * r), Qt::AlignCenter,
                       QString::number(c.rank));
        }
        // A lidar plume: its axis from the head (the receptor) to the centroid, downwind.
        if (d.plumeAxisWorld.size() >= 2) {
            QPolygonF axis;
            for (const QPointF& w : d.plumeAxisWorld)
                axis << s.worldToPixel(w);
            p.setPen(QPen(plumeColour(), 5, Qt::SolidLine, Qt::RoundCap));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(axis);
            p.setPen(QPen(Qt::white, 1.5));
            p.setBrush(plumeColour());
            p.drawEllipse(axis.back(), 5, 5);
        }
        // Receptor: a dark triangle.
        const QPointF rp = s.worldToPixel(d.receptorWorld);
        QPolygonF tri;
        tri << rp + QPointF(0, -9) << rp + QPointF(8, 6) << rp + QPointF(-8, 6);
        p.setPen(QPen(Qt::white, 2));
        p.setBrush(QColor(40, 40, 40));
        p.drawPolygon(tri);
    }

    std::optional<Legend> legend() const override {
        Legend l;
        l.title = QCoreApplication::translate("eco::render::TraceLayer", "Source trace");
        l.entries.push_back(
            {QCoreApplication::translate("eco::render::TraceLayer", "likely source (P top-3 high)"),
             rankColour(1.0)});
        l.entries.push_back(
            {QCoreApplication::translate("eco::render::TraceLayer", "possible source"),
             rankColour(0.0)});
        l.entries.push_back(
            {QCoreApplication::translate("eco::render::TraceLayer", "back-trajectory"),
             QColor(25, 90, 200)});
        l.entries.push_back({QCoreApplication::translate("eco::render::TraceLayer", "upwind cone"),
                             QColor(255, 160, 40)});
        if (!m_data->plumeAxisWorld.empty())
            l.entries.push_back(
                {QCoreApplication::translate("eco::render::TraceLayer", "lidar plume axis"),
                 plumeColour()});
        return l;
    }

private:
    std::shared_ptr<const TraceOverlay> m_data;
};

} // namespace

std::vector<QPointF> TraceLayer::conePolygonM(double upwind, double half, double length,
                                              int steps) {
    steps = std::max(2, steps);
    half = std::clamp(half, 0.0, 180.0);
    std::vector<QPointF> out;
    out.reserve(static_cast<size_t>(steps) + 3);
    out.emplace_back(0, 0);
    for (int k = 0; k <= steps; ++k) {
        // Walk the bearing itself, not min..max of the wrapped values: sin/cos take care of 360.
        const double b = (upwind - half + 2 * half * k / steps) * kDeg;
        out.emplace_back(length * std::sin(b), length * std::cos(b));
    }
    out.emplace_back(0, 0);
    return out;
}

TraceLayer::TraceLayer(const trace::TraceReport& rep, const std::vector<QPointF>& lonLat,
                       const std::vector<QPointF>& plumeAxis)
    : MapLayer(QStringLiteral("trace"),
               QCoreApplication::translate("eco::render::TraceLayer", "Source trace")) {
    auto d = std::make_shared<TraceOverlay>();
    const geo::LocalTangentPlane plane(rep.lon, rep.lat);
    const auto toWorld = [&](QPointF m) {
        const QPointF ll = plane.toLonLat(m);
        d->lonLatExtent = d->lonLatExtent.including({ll.x(), ll.y()});
        return geo::WebMercator::fromLonLat(ll);
    };
    d->receptorLonLat = QPointF(rep.lon, rep.lat);
    d->receptorWorld = toWorld(QPointF(0, 0));
    double reach = 0;
    for (const auto& t : rep.result.trajectory) {
        d->trajectoryWorld.push_back(toWorld(t.positionM));
        reach = std::max(reach, std::hypot(t.positionM.x(), t.positionM.y()));
    }
    d->upwindBearingDeg = rep.result.upwindBearingDeg;
    d->coneHalfAngleDeg = rep.result.coneHalfAngleDeg;
    d->coneLengthM = std::clamp(reach, kMinConeM, kMaxConeM);
    for (const QPointF& m : conePolygonM(d->upwindBearingDeg, d->coneHalfAngleDeg, d->coneLengthM))
        d->coneWorld.push_back(toWorld(m));
    const size_t n = std::min(rep.rows.size(), lonLat.size());
    for (size_t i = 0; i < n; ++i) {
        const auto& row = rep.rows[i];
        TraceCandidateMark m;
        m.rank = row.rank;
        m.enterpriseId = row.enterpriseId;
        m.outletId = row.outletId;
        m.lonLat = lonLat[i];
        m.world = geo::WebMercator::fromLonLat(lonLat[i]);
        m.pTop1 = row.pTop1;
        m.pTop3 = row.pTop3;
        if (static_cast<int>(i) < kMaxBadges)
            d->lonLatExtent = d->lonLatExtent.including({lonLat[i].x(), lonLat[i].y()});
        d->candidates.push_back(m);
    }
    for (const QPointF& ll : plumeAxis) {
        d->lonLatExtent = d->lonLatExtent.including({ll.x(), ll.y()});
        d->plumeAxisWorld.push_back(geo::WebMercator::fromLonLat(ll));
    }
    m_data = std::move(d);
}

std::unique_ptr<MapLayerRenderer> TraceLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<TraceRenderer>(m_data);
}

std::optional<FeatureHit> TraceLayer::hitTest(const MapSettings& s, QPointF pixel,
                                              double radiusPx) const {
    if (!s.isWebMercator() || !s.hasValidExtent())
        return std::nullopt;
    std::optional<FeatureHit> best;
    const int n = std::min<int>(static_cast<int>(m_data->candidates.size()), kMaxBadges);
    for (int i = 0; i < n; ++i) {
        const TraceCandidateMark& c = m_data->candidates[static_cast<size_t>(i)];
        const QPointF d = s.worldToPixel(c.world) - pixel;
        const double dist = std::hypot(d.x(), d.y());
        if (dist > radiusPx + 11 || (best && dist >= best->distancePx))
            continue;
        FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("enterprise");
        h.featureId = c.enterpriseId;
        h.name = c.enterpriseId;
        h.world = c.world;
        h.distancePx = dist;
        h.attributes = {{QStringLiteral("rank"), c.rank},
                        {QStringLiteral("outlet"), c.outletId},
                        {QStringLiteral("p_top1"), c.pTop1},
                        {QStringLiteral("p_top3"), c.pTop3}};
        best = h;
    }
    return best;
}

} // namespace eco::render
