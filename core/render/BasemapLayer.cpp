#include "core/render/BasemapLayer.h"

#include "core/geo/WebMercator.h"
#include "core/geo/WkbPath.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace eco::render {

namespace {

class BasemapRenderer : public MapLayerRenderer {
public:
    BasemapRenderer(std::shared_ptr<const BasemapData> data, BasemapStyle style,
                    MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_style(std::move(style)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        // Culling works on the stored Web Mercator bounds: in another CRS, cull by the view's
        // corners taken back to Web Mercator would be wrong near the poles, so draw everything.
        const geo::GeoRect view = s.visibleExtent();
        // Lines widen as the user zooms in, within limits, so roads stay roads at every scale.
        const double zoom = geo::WebMercator::zoomForMetresPerPixel(s.mapUnitsPerPixel());
        const double widthScale = std::clamp(std::pow(1.3, zoom - 12.0), 0.5, 3.0);
        for (const BasemapShape& shape : m_data->shapes) {
            if (ctx.isCancelled())
                return;
            if (proj.isIdentity() &&
                !shape.bounds.intersects(view.buffered(s.mapUnitsPerPixel() * 10)))
                continue;
            // Sub-pixel features add nothing but stroking cost.
            if (shape.bounds.width() < s.mapUnitsPerPixel() * 0.5 &&
                shape.bounds.height() < s.mapUnitsPerPixel() * 0.5 && proj.isIdentity())
                continue;
            const FeatureStyle st = m_style.style(shape.layer);
            const QPainterPath px = proj.toPixel(shape.path);
            const double k = st.scaleWithZoom ? widthScale : 1.0;
            if (shape.polygonal) {
                // Fills without anti-aliasing: their edges lie under the outline stroke, and an
                // aliased fill of a district at 4K is several times cheaper.
                p.setRenderHint(QPainter::Antialiasing, false);
                if (st.fill.isValid())
                    p.fillPath(px, st.fill);
                if (st.hatch)
                    p.fillPath(px, QBrush(st.stroke.isValid() ? st.stroke : st.fill.darker(130),
                                          Qt::BDiagPattern));
                p.setRenderHint(QPainter::Antialiasing, true);
            }
            if (st.casing.isValid() && st.casingWidth > 0) {
                p.strokePath(px, QPen(st.casing, st.casingWidth * k, Qt::SolidLine, Qt::RoundCap,
                                      Qt::RoundJoin));
            }
            if (st.stroke.isValid() && st.strokeWidth > 0) {
                QPen pen(st.stroke, st.strokeWidth * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
                if (st.dashed)
                    pen.setDashPattern({5, 3});
                p.strokePath(px, pen);
            }
        }
    }

private:
    std::shared_ptr<const BasemapData> m_data;
    BasemapStyle m_style;
    MapLayer::LonLatDatum m_datum;
};

} // namespace

BasemapLayer::BasemapLayer(const QList<model::BasemapFeature>& features, BasemapStyle style)
    : MapLayer(QStringLiteral("basemap"),
               QCoreApplication::translate("eco::render::BasemapLayer", "Basemap")),
      m_style(std::move(style)) {
    auto data = std::make_shared<BasemapData>();
    QStringList bad;
    const auto project = [](double lon, double lat) {
        return geo::WebMercator::fromLonLat(lon, lat);
    };
    for (const model::BasemapFeature& f : features) {
        QString error;
        auto shape = geo::wkbToShape(f.wkb, project, &error);
        if (!shape) {
            bad << f.id + QStringLiteral(": ") + error;
            continue;
        }
        const QRectF r = shape->path.boundingRect();
        BasemapShape s;
        s.layer = f.layer;
        s.name = f.name;
        s.rank = f.rank;
        s.bounds = geo::GeoRect(r.left(), r.top(), r.right(), r.bottom()).buffered(1.0);
        s.polygonal = shape->polygonal;
        s.labelPoint = shape->labelPoint;
        s.path = std::move(shape->path);
        data->lonLatExtent = data->lonLatExtent.united(geo::WebMercator::toLonLat(s.bounds));
        data->shapes.push_back(std::move(s));
    }
    std::stable_sort(data->shapes.begin(), data->shapes.end(),
                     [this](const BasemapShape& a, const BasemapShape& b) {
                         const int oa = m_style.order(a.layer), ob = m_style.order(b.layer);
                         return oa != ob ? oa < ob : a.rank < b.rank;
                     });
    if (!bad.isEmpty())
        setLoadError(QCoreApplication::translate("eco::render::BasemapLayer",
                                                 "basemap features skipped (%1): %2")
                         .arg(bad.size())
                         .arg(bad.mid(0, 3).join(QStringLiteral("; "))));
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> BasemapLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<BasemapRenderer>(m_data, m_style, lonLatDatum());
}

} // namespace eco::render
