#include "core/render/SurfaceLayer.h"

#include "core/geo/WebMercator.h"
#include "core/model/Site.h"
#include "core/model/Time.h"
#include "core/render/ColourRamp.h"
#include "core/render/LayerProjector.h"
#include "core/render/MapSettings.h"

#include <QCoreApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <map>

namespace eco::render {

namespace {

ColourRamp pollutionRamp() {
    return ColourRamp({QColor(0x00, 0xa8, 0x5a), QColor(0xf5, 0xe0, 0x3c), QColor(0xff, 0x8c, 0x1a),
                       QColor(0xe8, 0x2a, 0x2a), QColor(0x8f, 0x3f, 0x97),
                       QColor(0x7e, 0x00, 0x23)});
}

class SurfaceRenderer : public MapLayerRenderer {
public:
    SurfaceRenderer(std::shared_ptr<const SurfaceData> data, MapLayer::LonLatDatum datum)
        : m_data(std::move(data)), m_datum(datum) {}

    void render(QImage& image, const RenderContext& ctx) override {
        const MapSettings& s = ctx.settings;
        const SurfaceData& d = *m_data;
        const LayerProjector proj(s, m_datum);
        if (!proj.error().isEmpty()) {
            setError(proj.error());
            return;
        }
        // The newest hour at or before the map time, not too old.
        const auto it = std::upper_bound(d.hours.begin(), d.hours.end(), s.time());
        if (it == d.hours.begin() || s.time() - *(it - 1) > SurfaceLayer::kMaxAgeS)
            return; // nothing measured near this time: nothing to draw, not an error
        const auto hour = static_cast<std::size_t>(it - d.hours.begin() - 1);
        m_hour = d.hours[hour];
        const std::size_t n = d.world.size();
        struct Station {
            float x, y, v;
        };
        std::vector<Station> stations;
        for (std::size_t i = 0; i < n; ++i) {
            const float v = d.values[hour * n + i];
            if (std::isnan(v))
                continue;
            const QPointF px = proj.toPixel(d.world[i]);
            if (std::isfinite(px.x()) && std::isfinite(px.y()))
                stations.push_back({static_cast<float>(px.x()), static_cast<float>(px.y()), v});
        }
        if (stations.empty())
            return;
        // The search radius in pixels, measured at the view centre (metres on the ground).
        const QPointF c = s.visibleExtent().centre();
        double metresPerPixel = s.mapUnitsPerPixel();
        if (s.isWebMercator())
            metresPerPixel *= std::cos(geo::WebMercator::toLonLat(c).y() * M_PI / 180);
        const float radius = static_cast<float>(SurfaceLayer::kRadiusM / metresPerPixel);
        const float radius2 = radius * radius;
        constexpr int kCell = 12; // DIP per grid cell
        const int gw = s.outputSize().width() / kCell + 2, gh = s.outputSize().height() / kCell + 2;
        QImage field(gw, gh, QImage::Format_ARGB32_Premultiplied);
        field.fill(Qt::transparent);
        const ColourRamp ramp = pollutionRamp();
        constexpr int kAlpha = 150;
        for (int j = 0; j < gh; ++j) {
            if (ctx.isCancelled())
                return;
            auto* line = reinterpret_cast<QRgb*>(field.scanLine(j));
            const float y = static_cast<float>((j - 0.5) * kCell);
            for (int i = 0; i < gw; ++i) {
                const float x = static_cast<float>((i - 0.5) * kCell);
                float wsum = 0, vsum = 0;
                bool exact = false;
                for (const Station& st : stations) {
                    const float dx = st.x - x, dy = st.y - y;
                    const float d2 = dx * dx + dy * dy;
                    if (d2 > radius2)
                        continue;
                    if (d2 < 1e-3f) {
                        vsum = st.v;
                        wsum = 1;
                        exact = true;
                        break;
                    }
                    const float w = 1.0f / d2;
                    wsum += w;
                    vsum += w * st.v;
                }
                if (wsum <= 0)
                    continue;
                const double v = exact ? vsum : vsum / wsum;
                const QRgb rgb = ramp.premultipliedAt(std::clamp(v / m_data->rampMax, 0.0, 1.0));
                line[i] = qRgba(qRed(rgb) * kAlpha / 255, qGreen(rgb) * kAlpha / 255,
                                qBlue(rgb) * kAlpha / 255, kAlpha);
            }
        }
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        // Cell (i, j) is centred on pixel ((i - 0.5) * kCell, (j - 0.5) * kCell).
        p.drawImage(QRectF(-kCell, -kCell, gw * kCell, gh * kCell), field);
        m_drawn = true;
    }

    std::optional<Legend> legend() const override {
        if (!m_drawn)
            return std::nullopt;
        Legend l;
        l.title = QCoreApplication::translate("eco::render::SurfaceLayer", "%1 surface  %2")
                      .arg(m_data->pollutantLabel, model::formatLocal(m_hour));
        l.ramp = true;
        const ColourRamp ramp = pollutionRamp();
        for (const QColor& c : ramp.stops())
            l.entries.push_back({QString(), c});
        l.lowLabel = QStringLiteral("0");
        l.highLabel = QStringLiteral("≥ %1").arg(m_data->rampMax);
        return l;
    }

private:
    std::shared_ptr<const SurfaceData> m_data;
    MapLayer::LonLatDatum m_datum;
    std::int64_t m_hour = 0;
    bool m_drawn = false;
};

} // namespace

SurfaceLayer::SurfaceLayer(const QString& pollutantLabel, const QList<model::Site>& sites,
                           const QHash<QString, std::vector<store::SeriesPoint>>& series,
                           double rampMax)
    : MapLayer(QStringLiteral("surface"),
               QCoreApplication::translate("eco::render::SurfaceLayer", "%1 surface (IDW)")
                   .arg(pollutantLabel)) {
    auto data = std::make_shared<SurfaceData>();
    data->pollutantLabel = pollutantLabel;
    data->rampMax = rampMax > 0 ? rampMax : 150;
    std::map<std::int64_t, std::size_t> hourIndex;
    for (const auto& points : series)
        for (const store::SeriesPoint& pt : points)
            hourIndex.emplace(pt.ts, 0);
    std::size_t k = 0;
    for (auto& [ts, index] : hourIndex) {
        index = k++;
        data->hours.push_back(ts);
    }
    const QList<model::Site> used = [&] {
        QList<model::Site> out;
        for (const model::Site& site : sites)
            if (series.contains(site.id))
                out << site;
        return out;
    }();
    const std::size_t n = static_cast<std::size_t>(used.size());
    data->values.assign(data->hours.size() * n, std::numeric_limits<float>::quiet_NaN());
    for (std::size_t i = 0; i < n; ++i) {
        const model::Site& site = used[static_cast<qsizetype>(i)];
        data->world.push_back(geo::WebMercator::fromLonLat(site.lon, site.lat));
        data->lonLatExtent = data->lonLatExtent.including({site.lon, site.lat});
        for (const store::SeriesPoint& pt : series.value(site.id))
            if (std::isfinite(pt.value) && pt.value >= 0)
                data->values[hourIndex[pt.ts] * n + i] = static_cast<float>(pt.value);
    }
    m_data = std::move(data);
}

std::unique_ptr<MapLayerRenderer> SurfaceLayer::createRenderer(const MapSettings&) const {
    return std::make_unique<SurfaceRenderer>(m_data, lonLatDatum());
}

} // namespace eco::render
