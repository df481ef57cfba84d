#include "core/render/SiteLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/AirQualityColours.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"
#include "core/render/MarkerSprites.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace eco::render {

namespace {

class SiteRenderer : public MapLayerRenderer {
public:
    SiteRenderer(std::shared_ptr<const SiteData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        const double dpr = s.devicePixelRatio();
        // One sprite per (level, size): 7 levels including "no data".
        std::array<QImage, AirQuality::kLevels + 1> major, micro;
        for (int level = -1; level < AirQuality::kLevels; ++level) {
            const QColor fill = AirQuality::levelColour(level);
            const auto k = static_cast<std::size_t>(level + 1);
            major[k] = MarkerSprites::circle(fill, QColor(0x20, 0x20, 0x20),
                                             SiteLayer::kMajorDiameter, dpr);
            micro[k] = MarkerSprites::circle(fill, QColor(0x40, 0x40, 0x40, 200),
                                             SiteLayer::kMicroDiameter, dpr);
        }
        QPainter p(&image);
        const geo::GeoRect view = s.visibleExtent().buffered(s.mapUnitsPerPixel() * 12);
        std::vector<int> visible;
        if (proj.isIdentity()) {
            visible = m_data->grid.query(view);
        } else {
            visible.resize(m_data->sites.size());
            for (std::size_t i = 0; i < visible.size(); ++i)
                visible[i] = static_cast<int>(i);
        }
        std::sort(visible.begin(), visible.end()); // data order: micro first
        for (int i : visible) {
            if (ctx.isCancelled())
                return;
            const SiteMarker& m = m_data->sites[static_cast<std::size_t>(i)];
            const auto k =
                static_cast<std::size_t>(AirQuality::pm25Level(m.pm25, m_data->time) + 1);
            MarkerSprites::draw(p, m.major() ? major[k] : micro[k], proj.toPixel(m.world));
        }
    }

    std::optional<Legend> legend() const override {
        Legend l;
        l.title = QCoreApplication::translate("eco::render::SiteLayer", "Stations: PM2.5 (µg/m³)");
        const auto b = AirQuality::pm25Bounds(m_data->time);
        double lo = 0;
        for (int level = 0; level < AirQuality::kLevels; ++level) {
            const QString range =
                level < 5 ? QStringLiteral("%1–%2").arg(lo).arg(b[static_cast<std::size_t>(level)])
                          : QStringLiteral("> %1").arg(lo);
            l.entries.push_back({range, AirQuality::levelColour(level)});
            if (level < 5)
                lo = b[static_cast<std::size_t>(level)];
        }
        l.entries.push_back({QCoreApplication::translate("eco::render::SiteLayer", "no data"),
                             AirQuality::levelColour(-1)});
        return l;
    }

private:
    std::shared_ptr<const SiteData> m_data;
    MapLayer::LonLatDatum m_datum;
};

} // namespace

SiteLayer::SiteLayer(const QList<model::Site>& sites, const QHash<QString, double>& pm25,
                     std::int64_t ts)
    : MapLayer(QStringLiteral("sites"),
               QCoreApplication::translate("eco::render::SiteLayer", "Monitoring stations")) {
    auto data = std::make_shared<SiteData>();
    data->time = ts;
    for (const model::Site& s : sites) {
        SiteMarker m{s.id, s.name, s.kind, s.district, geo::WebMercator::fromLonLat(s.lon, s.lat)};
        if (auto it = pm25.find(s.id); it != pm25.end())
            m.pm25 = *it;
        data->lonLatExtent = data->lonLatExtent.including({s.lon, s.lat});
        data->sites.push_back(std::move(m));
    }
    std::stable_sort(
        data->sites.begin(), data->sites.end(),
        [](const SiteMarker& a, const SiteMarker& b) { return !a.major() && b.major(); });
    std::vector<QPointF> points;
    points.reserve(data->sites.size());
    for (const auto& m : data->sites)
        points.push_back(m.world);
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> SiteLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<SiteRenderer>(m_data, lonLatDatum());
}

std::optional<FeatureHit> SiteLayer::hitTest(const MapSettings& s, QPointF pixel,
                                             double radiusPx) const {
    if (!s.isWebMercator() || !s.hasValidExtent())
        return std::nullopt;
    const double r = (radiusPx + kMajorDiameter / 2) * s.mapUnitsPerPixel();
    const QPointF world = s.pixelToWorld(pixel);
    // Nearest in pixels, with the marker's own radius: a big marker is easier to hit.
    std::optional<FeatureHit> best;
    for (int i : m_data->grid.query({world.x() - r, world.y() - r, world.x() + r, world.y() + r})) {
        const SiteMarker& m = m_data->sites[static_cast<std::size_t>(i)];
        const QPointF d = s.worldToPixel(m.world) - pixel;
        const double dist = std::hypot(d.x(), d.y());
        const double reach = radiusPx + (m.major() ? kMajorDiameter : kMicroDiameter) / 2;
        if (dist > reach || (best && dist >= best->distancePx))
            continue;
        FeatureHit h;
        h.layerId = id();
        h.kind = QStringLiteral("site");
        h.featureId = m.id;
        h.name = m.name;
        h.world = m.world;
        h.distancePx = dist;
        h.attributes = {{QStringLiteral("kind"), m.kind},
                        {QStringLiteral("district"), m.district},
                        {QStringLiteral("pm25"), m.pm25}};
        best = h;
    }
    return best;
}

} // namespace eco::render
