#include "core/render/BasemapLabelLayer.h"

#include "core/render/LayerProjector.h"
#include "core/render/MapFonts.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <vector>

namespace eco::render {

namespace {

class LabelRenderer : public MapLayerRenderer {
public:
    LabelRenderer(std::shared_ptr<const BasemapData> data, BasemapStyle style,
                  MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_style(std::move(style)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty())
            return; // the basemap itself reports the CRS problem
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF area(QPointF(0, 0), QSizeF(s.outputSize()));
        std::vector<QRectF> placed; // a label that would overlap one already drawn is dropped
        for (const BasemapShape& shape : m_data->shapes) {
            if (ctx.isCancelled())
                return;
            const FeatureStyle st = m_style.style(shape.layer);
            if (!st.label.isValid() || shape.name.isEmpty())
                continue;
            const QPointF at = proj.toPixel(shape.labelPoint);
            const QFont font = MapFonts::font(st.labelSize, true);
            const QFontMetricsF fm(font);
            const double w = fm.horizontalAdvance(shape.name);
            const QRectF box(at.x() - w / 2, at.y() - fm.height() / 2, w, fm.height());
            if (!area.contains(box))
                continue;
            bool overlaps = false;
            for (const QRectF& r : placed)
                overlaps = overlaps || r.intersects(box);
            if (overlaps)
                continue;
            placed.push_back(box.adjusted(-4, -2, 4, 2));
            QPainterPath text;
            text.addText(QPointF(box.left(), at.y() + (fm.ascent() - fm.descent()) / 2), font,
                         shape.name);
            p.strokePath(text, QPen(QColor(255, 255, 255, 230), 3.5, Qt::SolidLine, Qt::RoundCap,
                                    Qt::RoundJoin));
            p.fillPath(text, st.label);
        }
    }

private:
    std::shared_ptr<const BasemapData> m_data;
    BasemapStyle m_style;
    MapLayer::LonLatDatum m_datum;
};

} // namespace

BasemapLabelLayer::BasemapLabelLayer(const BasemapLayer& basemap)
    : MapLayer(QStringLiteral("labels"),
               QCoreApplication::translate("eco::render::BasemapLabelLayer", "Place names")),
      m_data(basemap.data()), m_style(basemap.style()) {}

std::unique_ptr<MapLayerRenderer> BasemapLabelLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<LabelRenderer>(m_data, m_style, lonLatDatum());
}

} // namespace eco::render
