#include "core/render/EnterpriseLayer.h"

#include "core/geo/WebMercator.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"
#include "core/render/MarkerSprites.h"

#include <QCoreApplication>
#include <QPainter>

#include <array>
#include <cmath>

namespace eco::render {

namespace {

constexpr std::array<QRgb, 10> kPalette{0xff6a3d9a, 0xffb15928, 0xff1f78b4, 0xffe31a1c, 0xff33a02c,
                                        0xffff7f00, 0xff636363, 0xffcab2d6, 0xfffb9a99, 0xff17becf};

class EnterpriseRenderer : public MapLayerRenderer {
public:
    EnterpriseRenderer(std::shared_ptr<const EnterpriseData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        std::array<QImage, kPalette.size()> sprites;
        for (std::size_t i = 0; i < kPalette.size(); ++i)
            sprites[i] = MarkerSprites::factory(QColor::fromRgba(kPalette[i]),
                                                EnterpriseLayer::kSize, s.devicePixelRatio());
        QPainter p(&image);
        std::vector<int> visible;
        if (proj.isIdentity()) {
            visible = m_data->grid.query(s.visibleExtent().buffered(s.mapUnitsPerPixel() * 12));
        } else {
            visible.resize(m_data->enterprises.size());
            for (std::size_t i = 0; i < visible.size(); ++i)
                visible[i] = static_cast<int>(i);
        }
        for (int i : visible) {
            if (ctx.isCancelled())
                return;
            const EnterpriseMarker& m = m_data->enterprises[static_cast<std::size_t>(i)];
            MarkerSprites::draw(p,
                                sprites[static_cast<std::size_t>(m.colourIndex) % sprites.size()],
                                proj.toPixel(m.world));
        }
    }

    std::optional<Legend> legend() const override {
        if (m_data->industries.isEmpty() || m_data->industries.size() > qsizetype(kPalette.size()))
            return std::nullopt; // colours would repeat: a legend would mislead
        Legend l;
        l.title =
            QCoreApplication::translate("eco::render::EnterpriseLayer", "Enterprises by industry");
        for (qsizetype i = 0; i < m_data->industries.size(); ++i)
            l.entries.push_back(
                {m_data->industries[i].isEmpty()
                     ? QCoreApplication::translate("eco::render::EnterpriseLayer", "(unknown)")
                     : m_data->industries[i],
                 EnterpriseLayer::industryColour(static_cast<int>(i))});
        return l;
    }

private:
    std::shared_ptr<const EnterpriseData> m_data;
    MapLayer::LonLatDatum m_datum;
};

} // namespace

QColor EnterpriseLayer::industryColour(int index) {
    return QColor::fromRgba(kPalette[static_cast<std::size_t>(index) % kPalette.size()]);
}

EnterpriseLayer::EnterpriseLayer(const QList<model::Enterprise>& enterprises)
    : MapLayer(QStringLiteral("enterprises"),
               QCoreApplication::translate("eco::render::EnterpriseLayer", "Enterprises")) {
    auto data = std::make_shared<EnterpriseData>();
    for (const auto& e : enterprises)
        if (!data->industries.contains(e.industry))
            data->industries << e.industry;
    data->industries.sort();
    std::vector<QPointF> points;
    for (const auto& e : enterprises) {
        EnterpriseMarker m{e.id,
                           e.name,
                           e.industry,
                           e.district,
                           e.tags,
                           geo::WebMercator::fromLonLat(e.lon, e.lat),
                           static_cast<int>(data->industries.indexOf(e.industry))};
        points.push_back(m.world);
        data->lonLatExtent = data->lonLatExtent.including({e.lon, e.lat});
        data->enterprises.push_back(std::move(m));
    }
    data->grid = SpatialGrid(points, 500);
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> EnterpriseLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<EnterpriseRenderer>(m_data, lonLatDatum());
}

std::optional<FeatureHit> EnterpriseLayer::hitTest(const MapSettings& s, QPointF pixel,
                                                   double radiusPx) const {
    if (!s.isWebMercator() || !s.hasValidExtent())
        return std::nullopt;
    const double reach = radiusPx + kSize / 2;
    const QPointF world = s.pixelToWorld(pixel);
    const auto i = m_data->grid.nearest(world, reach * s.mapUnitsPerPixel());
    if (!i)
        return std::nullopt;
    const EnterpriseMarker& m = m_data->enterprises[static_cast<std::size_t>(*i)];
    const QPointF d = s.worldToPixel(m.world) - pixel;
    FeatureHit h;
    h.layerId = id();
    h.kind = QStringLiteral("enterprise");
    h.featureId = m.id;
    h.name = m.name;
    h.world = m.world;
    h.distancePx = std::hypot(d.x(), d.y());
    h.attributes = {{QStringLiteral("industry"), m.industry},
                    {QStringLiteral("district"), m.district},
                    {QStringLiteral("tags"), m.tags}};
    return h;
}

} // namespace eco::render
